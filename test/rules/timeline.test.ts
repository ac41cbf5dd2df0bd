import { describe, expect, it } from 'vitest';
import { tenseMismatch } from '../../src/core/rules/tense-mismatch.js';
import { inconsistentDates } from '../../src/core/rules/inconsistent-dates.js';
import { reverseChronological } from '../../src/core/rules/reverse-chronological.js';
import { bulletCount } from '../../src/core/rules/bullet-count.js';
import { ctx, makeResume, withBullets, type EntrySpec } from './helpers.js';

const roles = (...entries: EntrySpec[]) => makeResume({ sections: [{ kind: 'experience', entries }] });

describe('tense-mismatch', () => {
  it('flags present tense in a past role', () => {
    const r = withBullets([
      'Manage a team of 4 engineers',
      'Built the billing API',
      'Develops internal tooling',
      'Leading the migration to Go',
    ]);
    expect(tenseMismatch.check(ctx(r)).map((f) => f.evidence)).toEqual([
      'Manage a team of 4 engineers',
      'Develops internal tooling',
      'Leading the migration to Go',
    ]);
  });
  it('reads verbs our lists do not hold with compromise (healthcare, retail wording)', () => {
    const ended = withBullets(['Supports nurses with personal care', 'Assists with admissions', 'Worked night shifts']);
    expect(tenseMismatch.check(ctx(ended)).map((f) => f.evidence)).toEqual([
      'Supports nurses with personal care',
      'Assists with admissions',
    ]);
    const current = withBullets(
      ['Care for 8 patients a shift', 'Liaise with social services', 'Coordinated discharges with social services'],
      {
        end: 'present',
      },
    );
    expect(tenseMismatch.check(ctx(current)).map((f) => f.evidence)).toEqual([
      'Coordinated discharges with social services',
    ]);
  });
  it('in a current role that is half present, half past, flags the past-tense bullets', () => {
    const r = withBullets(['Run paid social campaigns', 'Grew subscribers from 8,000 to 31,000'], { end: 'present' });
    expect(tenseMismatch.check(ctx(r)).map((f) => f.evidence)).toEqual(['Grew subscribers from 8,000 to 31,000']);
  });
  it('does not flag noun openings or same-form verbs in a past role', () => {
    const r = withBullets([
      'Lead engineer for the payments team',
      'Cut costs by 20%',
      'Set up CI for 12 repos',
      'Design system work for 3 apps',
    ]);
    expect(tenseMismatch.check(ctx(r))).toEqual([]);
  });
  it('accepts a current role written all in past or all in present tense', () => {
    expect(
      tenseMismatch.check(
        ctx(withBullets(['Designed the API', 'Sharded the store', 'Cut p99 by 40%'], { end: 'present' })),
      ),
    ).toEqual([]);
    expect(
      tenseMismatch.check(
        ctx(withBullets(['Design the API', 'Own the store', 'Mentor 3 engineers'], { end: 'present' })),
      ),
    ).toEqual([]);
  });
  it('flags the odd one out when a current role mixes tenses', () => {
    const r = withBullets(['Design the public API', 'Own the orders store', 'Migrated 40 services to Kubernetes'], {
      end: 'present',
    });
    expect(tenseMismatch.check(ctx(r)).map((f) => f.evidence)).toEqual(['Migrated 40 services to Kubernetes']);
  });
  it('does not count "Was …" or "Had …" states as the tense of the work', () => {
    const r = withBullets(
      ['Run the platform for 70 teams', 'Was based in the Milan office', 'Own the CI for 12 repos'],
      { end: 'present' },
    );
    expect(tenseMismatch.check(ctx(r))).toEqual([]);
  });
  it('skips roles with no end date and project sections', () => {
    const r = makeResume({
      sections: [
        { kind: 'experience', entries: [{ bullets: ['Manage the team'] }] },
        { kind: 'projects', entries: [{ start: '2019', end: '2020', bullets: ['Builds a tracker'] }] },
      ],
    });
    expect(tenseMismatch.check(ctx(r))).toEqual([]);
  });
});

describe('inconsistent-dates', () => {
  it('flags an end before its start, quoting the range', () => {
    const r = roles({ start: '2021-03', end: '2019-06', dateText: 'Mar 2021 – Jun 2019' });
    const [f] = inconsistentDates.check(ctx(r));
    expect(f).toMatchObject({ evidence: 'Mar 2021 – Jun 2019', severity: 'medium', entryIndex: 0 });
  });
  it('flags the range written differently from the rest of the section', () => {
    const r = roles(
      { start: '2022-01', end: 'present', dateText: 'Jan 2022 – Present' },
      { start: '2019-05', end: '2021-12', dateText: 'May 2019 – Dec 2021' },
      { start: '2017-09', end: '2019-04', dateText: '09/2017 – 04/2019' },
    );
    const f = inconsistentDates.check(ctx(r));
    expect(f.map((x) => x.evidence)).toEqual(['09/2017 – 04/2019']);
    expect(f[0]?.severity).toBe('low');
  });
  it('accepts one consistent style, and May/June next to either spelling', () => {
    const r = roles(
      { start: '2022-01', end: 'present', dateText: 'January 2022 – Present' },
      { start: '2019-05', end: '2021-12', dateText: 'May 2019 – December 2021' },
    );
    expect(inconsistentDates.check(ctx(r))).toEqual([]);
    const same = roles(
      { start: '2022', end: 'present', dateText: '2022 – Present' },
      { start: '2019', end: '2021', dateText: '2019 – 2021' },
    );
    expect(inconsistentDates.check(ctx(same))).toEqual([]);
  });
  it('treats seasons as compatible with any style', () => {
    const r = roles(
      { start: '2022-01', end: 'present', dateText: 'Jan 2022 – Present' },
      { start: '2021', end: '2021', dateText: 'Summer 2021' },
    );
    expect(inconsistentDates.check(ctx(r))).toEqual([]);
  });
  it('compares styles within a section only (years in education, months in experience is fine)', () => {
    const r = makeResume({
      sections: [
        { kind: 'experience', entries: [{ start: '2022-01', end: 'present', dateText: 'Jan 2022 – Present' }] },
        { kind: 'education', entries: [{ start: '2014', end: '2018', dateText: '2014 – 2018' }] },
      ],
    });
    expect(inconsistentDates.check(ctx(r))).toEqual([]);
  });
});

describe('reverse-chronological', () => {
  it('flags a newer role listed below an older one', () => {
    const r = roles(
      { title: 'Engineer', start: '2016-01', end: '2018-12', dateText: '2016 – 2018' },
      { title: 'Senior Engineer', start: '2019-01', end: 'present', dateText: '2019 – Present' },
    );
    const f = reverseChronological.check(ctx(r));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ evidence: '2019 – Present', entryIndex: 1 });
  });
  it('accepts a long-running side role that started earlier, listed below newer jobs', () => {
    const r = roles(
      { start: '2020-08', end: 'present' },
      { start: '2019-05', end: '2019-08' },
      { start: '2017-09', end: 'present' },
    );
    expect(reverseChronological.check(ctx(r))).toEqual([]);
  });
  it('accepts newest-first, concurrent current roles, and undated entries', () => {
    const r = roles(
      { start: '2019-01', end: 'present' },
      { start: '2021-01', end: 'present' },
      { title: 'Freelance' },
      { start: '2016-01', end: '2018-12' },
      { start: '2014-01', end: '2018' },
    );
    expect(reverseChronological.check(ctx(r))).toEqual([]);
  });
});

describe('bullet-count', () => {
  const b = (n: number) => Array.from({ length: n }, (_, i) => `Shipped feature ${i + 1}`);
  it('flags more than 6 bullets on any role', () => {
    const r = roles({ title: 'A', bullets: b(4) }, { title: 'B', bullets: b(4) }, { title: 'C', bullets: b(7) });
    const f = bulletCount.check(ctx(r));
    expect(f.map((x) => [x.evidence, x.entryIndex])).toEqual([['C', 2]]);
  });
  it('flags fewer than 3 bullets on the two most recent roles only', () => {
    const r = roles({ title: 'A', bullets: b(2) }, { title: 'B', bullets: b(3) }, { title: 'C', bullets: b(1) });
    expect(bulletCount.check(ctx(r)).map((x) => x.evidence)).toEqual(['A']);
  });
  it('leaves roles written as paragraphs alone', () => {
    expect(
      bulletCount.check(ctx(roles({ title: 'A', lines: ['Built the platform team from 2 to 9 people.'] }))),
    ).toEqual([]);
  });
});
