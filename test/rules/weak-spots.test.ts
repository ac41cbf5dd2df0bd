/** Issue 12's weak spots for the rules: each behaviour with a positive and a negative case. Invented lines only. */
import { describe, expect, it } from 'vitest';
import { passiveHits } from '../../src/core/rules/passive-voice.js';
import { tenseMismatch } from '../../src/core/rules/tense-mismatch.js';
import { weakOpening } from '../../src/core/rules/weak-opening.js';
import { vagueDuty } from '../../src/core/rules/vague-duty.js';
import { skillNotEvidenced } from '../../src/core/rules/skill-not-evidenced.js';
import { openingOf } from '../../src/core/text/verbs/opening.js';
import { ctx, makeResume, withBullets } from './helpers.js';

const current = { start: '2022-05', end: 'present', dateText: 'May 2022 – Present' };

describe('tense-mismatch: a current role wholly in the past', () => {
  it('flags once, on the first bullet, when the bullets are ongoing duties', () => {
    const r = withBullets(
      ['Ran the night shift of 35 pickers', 'Trained 12 new starters on voice picking', 'Supported 20 residents'],
      current,
    );
    expect(tenseMismatch.check(ctx(r)).map((f) => f.evidence)).toEqual(['Ran the night shift of 35 pickers']);
  });
  it('leaves a current role of finished, measured results alone', () => {
    const r = withBullets(
      ['Cut p99 latency from 180 ms to 40 ms', 'Saved $310K a year by moving batch jobs', 'Wrote the runbook'],
      current,
    );
    expect(tenseMismatch.check(ctx(r))).toEqual([]);
  });
  it('leaves finished projects led or managed in a current role alone', () => {
    const r = withBullets(['Led the migration of the ledger to PostgreSQL', 'Managed the launch of the app'], current);
    expect(tenseMismatch.check(ctx(r))).toEqual([]);
  });
  it('needs at least two past bullets', () => {
    expect(tenseMismatch.check(ctx(withBullets(['Ran the night shift of 35 pickers'], current)))).toEqual([]);
  });
  it('reads "Load and unload" as two verbs in an ended role', () => {
    const r = withBullets(['Load and unload 20 trailers a shift', 'Kept the yard tidy']);
    expect(tenseMismatch.check(ctx(r)).map((f) => f.evidence)).toEqual(['Load and unload 20 trailers a shift']);
  });
});

describe('passive voice in the middle of a sentence', () => {
  it.each([
    ['Stores links in PostgreSQL; the API was load tested with k6', 'was load tested'],
    ['Set up a buddy scheme, which is now run by two other teachers', 'is now run'],
    ['Collected feedback each month, which was then shared with head office', 'was then shared'],
    ['Drafted the guide, which was peer-reviewed by 3 editors', 'was peer-reviewed'],
    ['The fixed-asset register was rebuilt by me after a migration', 'was rebuilt by'],
    ['The style guide was co-written with legal', 'was co-written'],
  ])('finds it in %s', (line, text) => {
    expect(passiveHits(line)[0]?.text).toMatch(new RegExp(`^${text}`));
  });
  it.each([
    'The team is data driven',
    'Was a skilled line cook',
    'The launch is set to open in May',
    'Was promoted to team lead',
    'Is customer focused',
    'When I find a bug, I pair with the developer until it is fixed',
    'Chased the suppliers once they were signed off',
  ])('does not fire on %s', (line) => {
    expect(passiveHits(line)).toEqual([]);
  });
});

describe('weak openings', () => {
  it('an -ing opening is weak', () => {
    expect(weakOpening('Putting away stock to the high bays')?.word).toBe('Putting');
  });
  it('a role named by a gerund is not a verb opening', () => {
    expect(openingOf('Teaching assistant for STAT 230')?.verb).toBeNull();
  });
  it('coordinated verbs open as verbs; coordinated nouns do not', () => {
    expect(openingOf('Load and unload 20 trailers a shift')?.verb?.base).toBe('load');
    expect(openingOf('Research and development of new products')?.verb).toBeNull();
    expect(openingOf('Support and maintenance of the app')?.verb).toBeNull();
    expect(weakOpening('Load and unload 20 trailers a shift')).toBeNull();
    expect(weakOpening('Health and safety champion for the inbound area')).not.toBeNull();
  });
});

describe('skill-not-evidenced: an acronym skill', () => {
  const resume = (bullet: string, skill: string) =>
    makeResume({
      sections: [
        {
          kind: 'experience',
          entries: [{ title: 'Nurse', bullets: [bullet, 'Cared for 8 patients a shift', 'Wrote discharge notes'] }],
        },
        { kind: 'skills', items: [skill] },
      ],
    });
  it('"IV therapy" is shown by a bullet about IV medication', () => {
    expect(skillNotEvidenced.check(ctx(resume('Administer IV medication', 'IV therapy')))).toEqual([]);
  });
  it('"AWS Lambda" is not shown by AWS alone', () => {
    expect(skillNotEvidenced.check(ctx(resume('Moved files to AWS', 'AWS Lambda'))).length).toBe(1);
  });
});

describe('top-fix wording', () => {
  it('agrees in number: one bullet says, two bullets say', () => {
    const one = vagueDuty.check(ctx(withBullets(['Responsible for 3 loading bays', 'Cut mis-picks by 20%'])));
    const two = vagueDuty.check(ctx(withBullets(['Responsible for 3 loading bays', 'Responsible for the rota'])));
    expect(vagueDuty.fix?.(one, ctx(withBullets([])).role)).toMatch(/1 bullet says what/);
    expect(vagueDuty.fix?.(two, ctx(withBullets([])).role)).toMatch(/2 bullets say what/);
  });
});
