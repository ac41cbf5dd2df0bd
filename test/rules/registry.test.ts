import { describe, expect, it } from 'vitest';
import { REWRITE_RULES, RULES, WEAK_BULLET_RULES, getRule, runRules } from '../../src/core/rules/index.js';
import { BACKEND, ctx, makeResume } from './helpers.js';

const DESIGN_IDS = [
  'vague-duty',
  'unquantified-bullet',
  'vague-claim',
  'missing-pillar',
  'skills-ungrouped',
  'missing-section',
  'missing-contact',
  'weak-opening',
  'first-person',
  'passive-voice',
  'long-bullet',
  'too-long',
  'tense-mismatch',
  'inconsistent-dates',
  'repeated-verb',
  'personal-details',
];
const EXTRA_IDS = [
  'wordy-phrase',
  'filler-word',
  'metric-sanity',
  'vague-quantity',
  'bullet-count',
  'reverse-chronological',
  'skill-not-evidenced',
  'link-text-mismatch',
];

const WEAK = makeResume({
  contact: { links: [] },
  sections: [
    {
      kind: 'contact',
      heading: null,
      lines: ['Jordan Avery', 'jordan.avery@example.com | +1 415 555 0142 | Portland, OR'],
    },
    {
      kind: 'summary',
      lines: ['Passionate and results-driven backend engineer with strong backend experience. I am a team player.'],
    },
    {
      kind: 'experience',
      entries: [
        {
          title: 'Software Engineer',
          organization: 'Orderly Inc.',
          start: '2021-01',
          end: 'present',
          dateText: 'Jan 2021 – Present',
          bullets: [
            'Responsible for the orders API',
            'Worked on database migrations for the billing service',
            'Helped with on-call and various production issues',
            'The caching layer was designed by me to make things faster',
          ],
        },
        {
          title: 'Junior Developer',
          organization: 'Bluefin Labs',
          start: '2018-06',
          end: '2020-12',
          dateText: 'Jun 2018 – Dec 2020',
          bullets: ['Involved in building internal tools', 'Assisted senior engineers with code reviews'],
        },
      ],
    },
    {
      kind: 'education',
      entries: [{ title: 'B.S. Computer Science', start: '2014', end: '2018', dateText: '2014 – 2018' }],
    },
    {
      kind: 'skills',
      items: [
        'Java, Python, Go, Spring, Docker, Kubernetes, PostgreSQL, Redis, Kafka, Git, Linux, AWS, Terraform, gRPC, REST',
      ],
    },
  ],
});

describe('registry', () => {
  it('has every rule id from the design table, plus the extras, each once, kebab-case, documented', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([...DESIGN_IDS, ...EXTRA_IDS]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.why.length).toBeGreaterThan(10);
      expect(getRule(r.id)).toBe(r);
    }
    expect(getRule('nope')).toBeUndefined();
  });

  it('runs every rule on a weak resume with evidence quoted verbatim from it', () => {
    const findings = runRules(ctx(WEAK));
    const rules = new Set(findings.map((f) => f.rule));
    for (const id of [
      'vague-duty',
      'unquantified-bullet',
      'vague-claim',
      'missing-pillar',
      'skills-ungrouped',
      'missing-contact',
      'weak-opening',
      'first-person',
      'passive-voice',
      'filler-word',
      'bullet-count',
      'skill-not-evidenced',
    ]) {
      expect(rules, id).toContain(id);
    }
    for (const f of findings) {
      expect(['high', 'medium', 'low']).toContain(f.severity);
      expect(f.message.length).toBeGreaterThan(0);
      if (f.evidence !== null) expect(WEAK.text, `${f.rule}: ${f.evidence}`).toContain(f.evidence);
      if (f.bulletIndex !== undefined) {
        const bullet = WEAK.sections[f.sectionIndex ?? -1]?.entries[f.entryIndex ?? -1]?.bullets[f.bulletIndex];
        expect(bullet, f.rule).toBeDefined();
      }
    }
    expect(findings.filter((f) => f.rule === 'missing-pillar').map((f) => f.pillar)).toEqual(['performance']); // "on-call" is reliability vocabulary
  });

  it('sorts deterministically: document-level first, then by position, then by rule order', () => {
    const a = runRules(ctx(WEAK));
    const b = runRules(ctx(WEAK));
    expect(a).toEqual(b);
    const firstPositioned = a.findIndex((f) => f.sectionIndex !== null);
    expect(a.slice(0, firstPositioned).every((f) => f.sectionIndex === null)).toBe(true);
    expect(a.slice(firstPositioned).every((f) => f.sectionIndex !== null)).toBe(true);
    const positions = a
      .slice(firstPositioned)
      .map((f) => [f.sectionIndex ?? -1, f.entryIndex ?? -1, f.bulletIndex ?? -1]);
    const sorted = [...positions].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!);
    expect(positions).toEqual(sorted);
  });

  it('can run a subset of rules', () => {
    expect(new Set(runRules(ctx(WEAK), { only: ['vague-duty'] }).map((f) => f.rule))).toEqual(new Set(['vague-duty']));
  });

  it('finds nothing to flag about contact/sections/pillars on a strong resume', () => {
    const strong = makeResume({
      sections: [
        {
          kind: 'experience',
          entries: [
            {
              title: 'Senior Backend Engineer',
              start: '2021-03',
              end: 'present',
              dateText: 'Mar 2021 – Present',
              bullets: [
                'Designed the gRPC shipment-tracking API serving 12k QPS at 45 ms p99 across 3 regions',
                'Sharded the PostgreSQL orders store into 16 partitions, cutting p95 query time from 220 ms to 35 ms',
                'Raised availability from 99.5% to 99.95% with circuit breakers, SLO alerts and weekly load tests',
              ],
            },
          ],
        },
        { kind: 'education', entries: [{ title: 'MEng', start: '2013', end: '2017', dateText: '2013 – 2017' }] },
        { kind: 'skills', items: ['Languages: Go, Java', 'Storage: PostgreSQL, Redis'] },
      ],
    });
    const rules = runRules(ctx(strong, BACKEND)).map((f) => f.rule);
    for (const id of [
      'missing-pillar',
      'missing-section',
      'missing-contact',
      'vague-duty',
      'unquantified-bullet',
      'weak-opening',
      'first-person',
      'passive-voice',
    ]) {
      expect(rules).not.toContain(id);
    }
  });
});

describe('rule facts live on the rule', () => {
  it('gives every rule a unique id, a label and names people ask about', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.label.length, r.id).toBeGreaterThan(3);
      for (const phrase of r.askedAs) expect(phrase, r.id).toBe(phrase.toLowerCase());
    }
    const phrases = RULES.flatMap((r) => r.askedAs);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
  it('keeps "a rewrite answers it" and "the bullet is weak" apart', () => {
    expect([...REWRITE_RULES].sort()).toEqual([
      'first-person',
      'passive-voice',
      'unquantified-bullet',
      'vague-duty',
      'weak-opening',
    ]);
    expect([...WEAK_BULLET_RULES].sort()).toEqual([...REWRITE_RULES, 'vague-quantity'].sort());
    for (const id of REWRITE_RULES) expect(WEAK_BULLET_RULES.has(id)).toBe(true);
  });
  it('writes the missing-section fix from the findings, not from their messages', () => {
    const rule = getRule('missing-section');
    const findings = rule?.check(ctx(makeResume({ sections: [] }), BACKEND)) ?? [];
    expect(findings.length).toBeGreaterThan(0);
    const text =
      rule?.fix?.(
        findings.map((f) => ({ ...f, message: 'reworded' })),
        BACKEND,
      ) ?? '';
    expect(text).toMatch(/^Add the missing sections?: .*Experience/);
  });
});
