import { describe, expect, it } from 'vitest';
import { vagueDuty } from '../../src/core/rules/vague-duty.js';
import { unquantifiedBullet } from '../../src/core/rules/unquantified-bullet.js';
import { weakOpeningRule } from '../../src/core/rules/weak-opening.js';
import { longBullet } from '../../src/core/rules/long-bullet.js';
import { repeatedVerb } from '../../src/core/rules/repeated-verb.js';
import type { Rule } from '../../src/core/rules/types.js';
import { ctx, makeResume, withBullets } from './helpers.js';

const fires = (rule: Rule, bullet: string): boolean => rule.check(ctx(withBullets([bullet]))).length > 0;

describe('vague-duty', () => {
  it.each([
    'Responsible for the orders API',
    'Worked on database migrations for the billing service',
    'Involved in building internal tools',
    'Helped with on-call and production issues',
    'Helped the team ship the new checkout',
    'Assisted senior engineers with code reviews',
    'Tasked with improving the CI pipeline',
    'Duties included writing release notes',
    'I was responsible for payments reconciliation',
  ])('fires on %s', (b) => {
    expect(fires(vagueDuty, b)).toBe(true);
  });
  it.each([
    'Provided help desk support to 300 staff across 4 offices',
    'Owned the orders API, cutting p99 latency from 900 ms to 200 ms',
    'Built a Responsible AI review checklist adopted by 6 teams',
    'Networked on-prem services to the cloud VPC',
    'Led the data team responsible for 78% of the quality gains',
  ])('does not fire on %s', (b) => {
    expect(fires(vagueDuty, b)).toBe(false);
  });
  it('quotes the whole bullet and points at it', () => {
    const [f] = vagueDuty.check(ctx(withBullets(['Shipped X in 2 weeks', 'Responsible for the orders API'])));
    expect(f).toMatchObject({
      rule: 'vague-duty',
      severity: 'high',
      evidence: 'Responsible for the orders API',
      sectionIndex: 0,
      entryIndex: 0,
      bulletIndex: 1,
    });
    expect(f?.message).toContain('Responsible for');
  });
  it('does not look at a "help desk" job title or a skills list', () => {
    const r = makeResume({
      sections: [
        {
          kind: 'experience',
          entries: [{ title: 'Help Desk Technician', bullets: ['Resolved 40 tickets a day for 300 staff'] }],
        },
        { kind: 'skills', items: ['Responsible AI, model evaluation, PyTorch'] },
      ],
    });
    expect(vagueDuty.check(ctx(r))).toEqual([]);
  });
});

describe('unquantified-bullet', () => {
  it.each([
    'Built internal tools for the support team',
    'Improved the reliability of the payments service',
    'Upgraded the services to Python 3.11',
    'Rebuilt the data pipeline in Q3 2021',
  ])('fires on %s', (b) => {
    expect(fires(unquantifiedBullet, b)).toBe(true);
  });
  it.each([
    'Led 3 engineers to ship the billing rewrite',
    'Cut p99 40 ms on the checkout path',
    'Promoted to Senior Engineer in 2021',
    'Tech stack: Go, PostgreSQL, Kafka',
    'Made the importer 10x faster',
    'Was based in Milan and was promoted to platform lead in 2023',
    'Was featured in a national design magazine',
  ])('does not fire on %s', (b) => {
    expect(fires(unquantifiedBullet, b)).toBe(false);
  });
  it('ignores education and volunteering bullets; is low severity on projects', () => {
    const r = makeResume({
      sections: [
        { kind: 'education', entries: [{ title: 'BSc', bullets: ['Studied distributed systems'] }] },
        { kind: 'volunteering', entries: [{ title: 'Mentor', bullets: ['Mentored students at a coding club'] }] },
        { kind: 'projects', entries: [{ title: 'Tracker', bullets: ['Built a habit tracker in Rust'] }] },
      ],
    });
    const f = unquantifiedBullet.check(ctx(r));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'low', evidence: 'Built a habit tracker in Rust', sectionIndex: 2 });
  });
});

describe('weak-opening', () => {
  it.each([
    'Responsible for the orders API',
    'Worked on the billing service with 3 teams',
    'Successfully delivered the migration on time',
    'The caching layer was designed by me',
    'Team member on the payments squad',
    'Various backend tasks in Go',
    'I built the search API',
    'Utilized Kafka to decouple 4 services',
  ])('fires on %s', (b) => {
    expect(fires(weakOpeningRule, b)).toBe(true);
  });
  it.each([
    'Sharded the PostgreSQL orders store into 16 partitions',
    'Instrumented 12 services with OpenTelemetry',
    'Containerized the legacy billing app',
    'Co-led the migration of 40 services',
    'Re-architected the ingest path',
    '• Built the REST invoicing service',
    'Lead the platform guild of 12 engineers',
    'Tech stack: Go, PostgreSQL',
    'Spearheaded the SOC 2 audit',
    'Other Achievements:',
    'Projects',
    'Github Link : https://github.com/x/y',
  ])('does not fire on %s', (b) => {
    expect(fires(weakOpeningRule, b)).toBe(false);
  });
});

describe('long-bullet', () => {
  it('fires over 35 words and quotes the bullet', () => {
    const long = Array.from({ length: 36 }, (_, i) => `word${i}`).join(' ');
    const f = longBullet.check(ctx(withBullets([long])));
    expect(f).toHaveLength(1);
    expect(f[0]?.evidence).toBe(long);
    expect(f[0]?.message).toContain('36');
  });
  it('does not fire at 35 words', () => {
    const b = Array.from({ length: 35 }, (_, i) => `word${i}`).join(' ');
    expect(longBullet.check(ctx(withBullets([b])))).toEqual([]);
  });
});

describe('repeated-verb', () => {
  it('fires once when three bullets open with the same verb, across roles', () => {
    const r = makeResume({
      sections: [
        {
          kind: 'experience',
          entries: [
            { title: 'A', bullets: ['Developed the API in Go', 'Developed a cache layer', 'Cut costs 20%'] },
            { title: 'B', bullets: ['developed the admin UI', 'Shipped 3 features'] },
          ],
        },
      ],
    });
    const f = repeatedVerb.check(ctx(r));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ evidence: 'Developed', entryIndex: 0, bulletIndex: 0 });
    expect(f[0]?.message).toContain('3 bullets');
  });
  it('does not fire on two, or on repeated non-verbs', () => {
    const r = withBullets(['Built X', 'Built Y', 'The API was slow', 'The cache was cold', 'The queue was full']);
    expect(repeatedVerb.check(ctx(r))).toEqual([]);
  });
});
