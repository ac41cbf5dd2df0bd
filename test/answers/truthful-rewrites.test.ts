/**
 * Every rewrite the bot offers (in the review and in follow-up answers) keeps to the user's line: it never
 * carries the bot's own labels ("Results with numbers: …", "Shows impact: …") and never adds a number
 * outside [brackets] that the line did not have. Run over the rule fixtures' resumes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/conversation/answers/index.js';
import { analyzeText } from '../../src/core/pipeline.js';
import { NOW } from '../conversation/answers/resume.js';

const DIR = fileURLToPath(new URL('../fixtures/resumes', import.meta.url));
const RESUMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const BOT_LABEL =
  /\b(Results with numbers|Shows [a-z]+( and [a-z]+)?:|Bullets open with action verbs|What works|What to fix first)\b/;
const numbersOf = (text: string) =>
  text
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\bp(50|95|99)\b/g, ' ')
    .match(/\d+/g) ?? [];

describe('rewrites keep to the user’s own line', () => {
  it.each(RESUMES)('%s: review and follow-up rewrites carry no bot label and no new number', async (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const { report } = await analyzeText(text, { now: NOW });
    const rewrites: { before: string; after: string }[] = report.sections.flatMap((s) =>
      s.findings.flatMap((f) => (f.rewrite ? [{ before: f.rewrite.before, after: f.rewrite.after }] : [])),
    );
    for (const q of ['how do i quantify this', 'fix my summary', 'rewrite my weakest bullets']) {
      const a = answerQuestion({ text: q, report, focusSection: null, jobDescription: null, now: NOW });
      for (const b of a.blocks) if (b.type === 'rewrite') rewrites.push({ before: b.before, after: b.after });
    }
    for (const r of rewrites) {
      expect(r.after).not.toMatch(BOT_LABEL);
      const mine = new Set(numbersOf(r.before));
      for (const n of numbersOf(r.after)) expect(mine, `${n} in "${r.after}"`).toContain(n);
    }
  });
});
