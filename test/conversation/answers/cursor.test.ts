import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/conversation/answers/index.js';
import { converse, NOW, quoted, reportOf, SHOP_RESUME } from './resume.js';

describe('the cursor: "and the next one?"', () => {
  it('after one bullet, "next" is the following bullet, then the first of the next entry', async () => {
    const [first, second, third] = converse(
      await reportOf(),
      'the first bullet under store supervisor',
      'and the next one?',
      'next',
    );
    expect(quoted(first!)[0]).toBe('Responsible for 12 staff across morning and evening shifts');
    expect(quoted(second!)[0]).toBe('Train new sales associates on the till and returns');
    expect(quoted(third!)[0]).toBe('Cut stock discrepancies by 30% by introducing weekly counts');
  });

  it('after an answer with no list of its own, "next" shows lines it did not show', async () => {
    const [before, after] = converse(await reportOf(), 'which bullet should i fix first', 'and the next one?');
    const seen = new Set(quoted(before!));
    expect(quoted(after!).some((line) => !seen.has(line))).toBe(true);
  });

  it('is tied to the review it came from: after a re-check, "next" starts afresh', async () => {
    const report = await reportOf();
    const [a] = converse(report, 'the first bullet under store supervisor');
    expect(a!.cursor?.review).toMatch(/^[0-9a-f]+$/);
    const rechecked = await reportOf(SHOP_RESUME.replace('Train new sales', 'Trained 9 new sales'));
    const b = answerQuestion({
      text: 'and the next one?',
      report: rechecked,
      focusSection: null,
      jobDescription: null,
      cursor: a!.cursor,
      now: NOW,
    });
    // With the old cursor it would be bullet 2 of Store Supervisor; afresh it is the weakest lines list.
    expect(b.blocks.filter((x) => x.type === 'rewrite').length).toBeGreaterThan(1);
    const same = answerQuestion({
      text: 'and the next one?',
      report,
      focusSection: null,
      jobDescription: null,
      cursor: a!.cursor,
      now: NOW,
    });
    expect(quoted(same)[0]).toBe('Train new sales associates on the till and returns');
  });
});
