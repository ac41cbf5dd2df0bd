import { describe, expect, it } from 'vitest';
import { vagueClaim } from '../../src/core/rules/vague-claim.js';
import { firstPerson, firstPersonHits } from '../../src/core/rules/first-person.js';
import { passiveVoice } from '../../src/core/rules/passive-voice.js';
import { wordyPhrase } from '../../src/core/rules/wordy-phrase.js';
import { fillerWord } from '../../src/core/rules/filler-word.js';
import { vagueQuantity } from '../../src/core/rules/vague-quantity.js';
import { metricSanity } from '../../src/core/rules/metric-sanity.js';
import type { Rule } from '../../src/core/rules/types.js';
import { ctx, makeResume, withBullets } from './helpers.js';

const evidenceOf = (rule: Rule, bullet: string): Array<string | null> =>
  rule.check(ctx(withBullets([bullet]))).map((f) => f.evidence);
const summary = (...lines: string[]) => makeResume({ sections: [{ kind: 'summary', lines }] });

describe('vague-claim', () => {
  it('flags each self-praise phrase in the summary, quoting the phrase', () => {
    const f = vagueClaim.check(
      ctx(
        summary('Passionate and results-driven backend engineer with strong backend experience. I am a team player.'),
      ),
    );
    expect(f.map((x) => x.evidence)).toEqual([
      'Passionate',
      'results-driven',
      'strong backend experience',
      'team player',
    ]);
    expect(f.every((x) => x.sectionIndex === 0)).toBe(true);
  });
  it.each([
    ['Built scalable and robust microservices', ['scalable', 'robust']],
    ['Detail-oriented engineer who writes clean code', ['Detail-oriented']],
    ['Excellent communication skills with product teams', ['Excellent communication skills']],
  ])('flags %s', (b, expected) => {
    expect(evidenceOf(vagueClaim, b)).toEqual(expected);
  });
  it.each([
    'Built a scalable ingest pipeline handling 2M events/day',
    'Made the payment flow robust: retries cut failed charges by 38%',
    'Strong backend experience: 6 years building payment APIs at 10k QPS',
  ])('accepts %s (a number backs it)', (b) => {
    expect(evidenceOf(vagueClaim, b)).toEqual([]);
  });
  it('flags personality words in a skills list but not technical terms', () => {
    const r = makeResume({
      sections: [{ kind: 'skills', items: ['Responsible AI, Robust optimization, Team player, PyTorch'] }],
    });
    expect(vagueClaim.check(ctx(r)).map((f) => f.evidence)).toEqual(['Team player']);
  });
});

describe('first-person', () => {
  it.each([
    ['I built the search API', ['I']],
    ["I'm leading the data platform", ["I'm"]],
    ['Mentored my team of 4', ['my']],
    ['The cache was designed by me', ['me']],
    ['My focus: payments', ['My']],
  ])('finds %s', (line, expected) => {
    expect(firstPersonHits(line).map((h) => h.text)).toEqual(expected);
  });
  it.each([
    'Tuned I/O scheduling on 40 hosts',
    'Promoted from Software Engineer I to Software Engineer II',
    'Level II support for 3 clinics',
    'Analyst I at Brightline, 2019',
    'Built on MySQL and Memcached',
    'Phase I rollout to 12 stores',
    'Filed I-9 forms for 30 hires',
    'Created the R&D roadmap',
    'Cut Amy’s build time',
    'Calc I Tutor, Oklahoma State',
  ])('does not find first person in %s', (line) => {
    expect(firstPersonHits(line)).toEqual([]);
  });
  it('quotes the bullet, or the sentence in a summary', () => {
    expect(evidenceOf(firstPerson, 'I built the search API')).toEqual(['I built the search API']);
    const f = firstPerson.check(ctx(summary('Backend engineer with 6 years in payments. I love hard problems.')));
    expect(f.map((x) => x.evidence)).toEqual(['I love hard problems.']);
  });
  it('quotes each summary sentence that has a pronoun, once', () => {
    const text =
      'Analyst with a bootcamp behind me. Since 2024 I build dashboards, and my team relies on them. No pronoun here.';
    const f = firstPerson.check(ctx(summary(text)));
    expect(f.map((x) => x.evidence)).toEqual([
      'Analyst with a bootcamp behind me.',
      'Since 2024 I build dashboards, and my team relies on them.',
    ]);
  });
  it('ignores titles and skills', () => {
    const r = makeResume({
      sections: [
        { kind: 'experience', entries: [{ title: 'Software Engineer I', bullets: ['Shipped 3 features'] }] },
        { kind: 'skills', items: ['I/O tuning, C'] },
      ],
    });
    expect(firstPerson.check(ctx(r))).toEqual([]);
  });
});

describe('passive-voice', () => {
  it.each([
    'The caching layer was designed by me',
    'New endpoints were implemented by the team',
    'Tests were written for 40 modules',
    'The service was successfully migrated to Kubernetes',
    'Data is stored in S3',
  ])('fires on %s', (b) => {
    expect(evidenceOf(passiveVoice, b)).toEqual([b]);
  });
  it.each([
    'Was promoted to Senior Engineer after 18 months',
    'Was selected for the 2023 leadership program',
    'Was based in Berlin',
    'Designed the caching layer',
    'Was involved in the migration',
    'Redesigned onboarding, which was used by 3,000 users',
  ])('does not fire on %s', (b) => {
    expect(evidenceOf(passiveVoice, b)).toEqual([]);
  });
});

describe('wordy-phrase and filler-word', () => {
  it('suggests the short form and quotes the phrase', () => {
    const [f] = wordyPhrase.check(ctx(withBullets(['Utilized Redis in order to cache 2M sessions'])));
    expect(f?.evidence).toBe('Utilized');
    const all = wordyPhrase.check(ctx(withBullets(['Utilized Redis in order to cache 2M sessions'])));
    expect(all.map((x) => x.evidence)).toEqual(['Utilized', 'in order to']);
    expect(all[1]?.suggestion).toContain('"to"');
  });
  it('finds a number of and due to the fact that', () => {
    expect(evidenceOf(wordyPhrase, 'Fixed a number of bugs due to the fact that tests were missing')).toEqual([
      'a number of',
      'due to the fact that',
    ]);
  });
  it('does not flag "use" or "order"', () => {
    expect(evidenceOf(wordyPhrase, 'Used Redis to cache orders; built order-to-cash flow')).toEqual([]);
  });
  it('flags various / very / really / etc.', () => {
    expect(evidenceOf(fillerWord, 'Fixed various bugs in very old code, really fast, etc.')).toEqual([
      'various',
      'very',
      'really',
      'etc.',
    ]);
  });
  it('does not flag words that contain them', () => {
    expect(evidenceOf(fillerWord, 'Cut delivery time by 30% and improved variance tracking')).toEqual([]);
  });
});

describe('vague-quantity', () => {
  it.each([
    ['Fixed many bugs in the billing service', 'many'],
    ['Significantly reduced latency', 'Significantly'],
    ['Deployed to multiple regions', 'multiple'],
    ['Greatly improved developer experience', 'Greatly'],
  ])('flags %s', (b, word) => {
    expect(evidenceOf(vagueQuantity, b)).toEqual([word]);
  });
  it.each([
    'Significantly reduced p99 latency from 300 ms to 40 ms',
    'Modelled many-to-many relations in PostgreSQL',
    'Fit a multiple regression on 2M rows',
  ])('does not flag %s', (b) => {
    expect(evidenceOf(vagueQuantity, b)).toEqual([]);
  });
  it('looks at the summary too', () => {
    expect(vagueQuantity.check(ctx(summary('Engineer with several years in fintech.'))).map((f) => f.evidence)).toEqual(
      ['several'],
    );
  });
});

describe('metric-sanity', () => {
  it.each([
    'Reduced latency by 150%',
    'Made the build 10x faster',
    'Cut API latency to 200',
    'Reduced latency from 800 ms to 120 ms',
  ])('flags %s', (b) => {
    expect(evidenceOf(metricSanity, b)).toEqual([b]);
  });
  it.each([
    'Cut p99 latency from 800 ms to 120 ms',
    'Reduced latency by 40%',
    'Increased revenue by 300%',
    'p99 40 ms at 12k QPS',
    'Made the build 10x faster (20 min → 2 min)',
    'Cut latency for 40 services by moving to gRPC, p95 down 30%',
    'Deployed 3 times a week instead of monthly',
  ])('accepts %s', (b) => {
    expect(evidenceOf(metricSanity, b)).toEqual([]);
  });
});
