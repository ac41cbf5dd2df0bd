import { describe, expect, it } from 'vitest';
import { cardAltText, cardCaption, deltaCardOf, scoreCardOf, shortFix } from '../../src/core/card/index.js';
import { compareReports } from '../../src/core/review/index.js';
import { BASE_CARD, BASE_DELTA, EDGE_CARDS, weakReport } from './fixtures.js';

describe('scoreCardOf', () => {
  it('takes the score, role, section scores, pillars and top three fixes from the report', async () => {
    const report = await weakReport();
    const card = scoreCardOf(report);
    expect(card.score).toBe(report.score);
    expect(card.role).toBe(report.role.label);
    expect(card.roleNote).toBe('detected');
    expect(card.sections.filter((s) => !s.missing).map((s) => s.score)).toEqual(
      report.sections.map((s) => s.score ?? null),
    );
    expect(card.sections.map((s) => s.label)).toContain('Experience');
    expect(card.pillars).toEqual(report.coverage.map((c) => ({ label: c.label, shown: c.covered })));
    expect(card.fixes).toHaveLength(Math.min(3, report.summary?.topFixes?.length ?? 0));
    for (const fix of card.fixes) {
      expect(fix.text).not.toMatch(/about \d+ points/);
      expect(fix.points).toBeGreaterThan(0);
    }
  });

  it('never carries the name: a heading with the name becomes the section kind, other text is blanked', async () => {
    const report = await weakReport();
    const name = report.contact.name ?? '';
    expect(name).toBe('Jordan Avery');
    const named = {
      ...report,
      sections: report.sections.map((s, i) => (i === 0 ? { ...s, heading: 'About Jordan' } : s)),
      summary: { ...report.summary, topFixes: ['Tell Jordan Avery: add numbers (about 4 points)'] },
    };
    const card = scoreCardOf(named);
    const all = JSON.stringify(card);
    expect(all).not.toMatch(/Jordan|Avery/);
    expect(cardAltText(card)).not.toMatch(/Jordan|Avery/);
    expect(card.fixes[0]?.text).toBe('Tell … …');
  });

  it('adds the role’s expected sections that the resume lacks, as missing bars', async () => {
    const report = await weakReport();
    const withoutSkills = { ...report, sections: report.sections.filter((s) => s.kind !== 'skills') };
    const card = scoreCardOf(withoutSkills);
    expect(card.sections.at(-1)).toEqual({ label: 'Skills', kindLabel: 'Skills', score: null, missing: true });
  });
});

describe('shortFix', () => {
  it.each([
    [
      'Turn duties into results: 5 bullets say what you were responsible for (about 12 points)',
      'Turn duties into results',
      12,
    ],
    [
      'Replace self-praise ("passionate", "strong experience") with a line of proof',
      'Replace self-praise with a line of proof',
      null,
    ],
    ['Drop "I", "my" and "me" (3 places) (about 1 point)', 'Drop "I", "my" and "me"', 1],
    ['Say it: short (about 2 points)', 'Say it: short', 2],
  ])('%s', (input, text, points) => {
    expect(shortFix(input)).toEqual({ text, points });
  });
});

describe('deltaCardOf', () => {
  it('carries the score change, per-section scores and the counts of the delta', async () => {
    const before = await weakReport();
    const after = { ...before, score: Math.min(100, before.score + 9), findings: before.findings.slice(1) };
    const delta = compareReports(before, after);
    const card = deltaCardOf(delta, after);
    expect(card).toMatchObject({ before: before.score, after: after.score, fixed: delta.fixed.length });
    expect(card.stillOpen).toBe(delta.stillOpen.length);
    expect(card.new).toBe(delta.new.length);
    expect(card.sections.map((s) => [s.before, s.after])).toEqual(delta.sections.map((s) => [s.before, s.after]));
  });
});

describe('alt text', () => {
  it('says what the picture says', () => {
    const text = cardAltText(BASE_CARD);
    for (const fact of [
      '62/100',
      'Backend engineer',
      'Experience 48',
      'Skills 90',
      'Education 100',
      'shown Service design',
      'missing Storage',
      '1) Turn duties into results (about 12 points)',
    ])
      expect(text).toContain(fact);
    expect(cardCaption(BASE_CARD)).toBe('Resume score 62/100 as Backend engineer, 1 of 2 role pillars shown');
    const delta = cardAltText(BASE_DELTA);
    for (const fact of ['44 → 61 (+17)', '5 fixed, 7 still open, 1 new', 'Experience 30 → 58', 'Projects new (70)'])
      expect(delta).toContain(fact);
  });

  it('stays within the limit by listing fewer sections, keeping score, pillars and fixes', () => {
    const card = EDGE_CARDS['20 sections'];
    if (!card) throw new Error('fixture');
    const text = cardAltText(card, 600);
    expect(text.length).toBeLessThanOrEqual(600);
    expect(text).toMatch(/\d+ more/);
    expect(text).toContain('62/100');
    expect(text).toContain('Top fixes');
  });
});
