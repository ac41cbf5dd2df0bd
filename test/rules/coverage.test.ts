import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/core/roles/coverage.js';
import { missingPillar } from '../../src/core/rules/missing-pillar.js';
import { BACKEND, ctx, makeResume, withBullets } from './helpers.js';

describe('computeCoverage', () => {
  it('marks pillars covered with verbatim bullets as evidence', () => {
    const r = withBullets([
      'Designed the gRPC shipment API serving 12k QPS at 45 ms p99',
      'Sharded the PostgreSQL orders store into 16 partitions',
      'Introduced Kafka-based outbox events',
    ]);
    const c = computeCoverage(r, BACKEND);
    expect(c.map((p) => [p.id, p.covered])).toEqual([
      ['service-design', true],
      ['storage', true],
      ['performance', true],
      ['reliability', false],
    ]);
    expect(c[0]?.evidence).toEqual(['Designed the gRPC shipment API serving 12k QPS at 45 ms p99']);
    expect(c[1]?.evidence).toEqual([
      'Sharded the PostgreSQL orders store into 16 partitions',
      'Introduced Kafka-based outbox events',
    ]);
    expect(c[3]?.evidence).toEqual([]);
  });
  it('counts Kafka (and Redis) as storage/queue evidence even when the vocabulary only says "queue"/"cache"', () => {
    const c = computeCoverage(withBullets(['Moved order events onto Kafka, removing 4 batch jobs']), BACKEND);
    expect(c.find((p) => p.id === 'storage')?.covered).toBe(true);
  });
  it('matches inflections and plurals on word boundaries, case-insensitively', () => {
    const c = computeCoverage(
      withBullets(['Added caching to 3 endpoints', 'Ran weekly load tests', 'Owned 4 REST APIs']),
      BACKEND,
    );
    expect(c.every((p) => p.id === 'performance' || p.covered)).toBe(true);
    const none = computeCoverage(
      withBullets(['Rapid prototyping of databasey things', 'Reapplied the patch']),
      BACKEND,
    );
    expect(none.find((p) => p.id === 'service-design')?.covered).toBe(false);
  });
  it('keeps at most 3 snippets per pillar, experience first', () => {
    const r = makeResume({
      sections: [
        { kind: 'summary', lines: ['Backend engineer focused on API design'] },
        { kind: 'experience', entries: [{ bullets: ['Built API a', 'Built API b', 'Built API c', 'Built API d'] }] },
      ],
    });
    const c = computeCoverage(r, BACKEND);
    expect(c[0]?.evidence).toEqual(['Built API a', 'Built API b', 'Built API c']);
  });
  it('does not count the skills list as evidence', () => {
    const r = makeResume({
      sections: [
        { kind: 'experience', entries: [{ bullets: ['Built the admin UI'] }] },
        { kind: 'skills', items: ['PostgreSQL, Redis, Kafka'] },
      ],
    });
    expect(computeCoverage(r, BACKEND).find((p) => p.id === 'storage')?.covered).toBe(false);
  });
});

describe('missing-pillar', () => {
  it('emits one document-level finding per uncovered pillar, with the pillar id and no evidence', () => {
    const f = missingPillar.check(
      ctx(withBullets(['Designed REST APIs for 3 teams', 'Cut p99 latency from 900 ms to 120 ms'])),
    );
    expect(f.map((x) => x.pillar)).toEqual(['storage', 'reliability']);
    expect(f.every((x) => x.evidence === null && x.sectionIndex === null && x.severity === 'high')).toBe(true);
    expect(f[0]?.suggestion).toContain('[size] / [query time]');
  });
  it('says so when the pillar only shows up in the skills list', () => {
    const r = makeResume({
      sections: [
        { kind: 'experience', entries: [{ bullets: ['Designed REST APIs at 10k QPS with 99.9% availability'] }] },
        { kind: 'skills', items: ['PostgreSQL, Redis'] },
      ],
    });
    const [f] = missingPillar.check(ctx(r));
    expect(f?.pillar).toBe('storage');
    expect(f?.message).toContain('skills list');
  });
  it('is silent when every pillar is covered', () => {
    const r = withBullets([
      'Designed REST APIs at 10k QPS',
      'Sharded the database',
      'Kept 99.9% availability with monitoring',
    ]);
    expect(missingPillar.check(ctx(r))).toEqual([]);
  });
});

describe('coverage vocabulary expansions', () => {
  const role = {
    ...BACKEND,
    pillars: [
      {
        id: 'reliability',
        label: 'Reliability',
        description: 'd',
        evidence: ['high availability'],
        metrics: [],
        placeholder: 'p',
      },
      { id: 'platform', label: 'Platform', description: 'd', evidence: ['Kubernetes'], metrics: [], placeholder: 'p' },
    ],
  };
  it('counts the acronym "HA" (in capitals only) for high availability and k8s for Kubernetes', () => {
    const c = computeCoverage(withBullets(['Set up HA Postgres for 3 regions', 'Moved 12 services onto k8s']), role);
    expect(c.map((p) => p.covered)).toEqual([true, true]);
    const lower = computeCoverage(withBullets(['Said ha to the on-call pager']), role);
    expect(lower[0]?.covered).toBe(false);
  });
});
