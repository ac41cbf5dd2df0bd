/**
 * Pillar coverage: for each pillar of a role profile, whether the resume's own prose (bullets, summary,
 * entry lines — not the skills list) shows evidence of it, with up to three verbatim lines as proof.
 * Terms match case-insensitively on word boundaries, with plurals and simple inflections ("shard" → "sharded",
 * "cache" → "caching"), and a few well-known names count for their category ("Kafka" for a queue, "k8s" for
 * Kubernetes).
 */
import type { Resume, SectionKind } from '../resume/types.js';
import type { Pillar, RoleProfile } from './types.js';

export interface PillarCoverage {
  id: string;
  label: string;
  covered: boolean;
  /** Verbatim lines (whole bullet or line) from the resume, at most three. */
  evidence: string[];
}

export const MAX_EVIDENCE = 3;

/** A vocabulary term → well-known names that show the same thing. */
const ALIASES: Record<string, readonly string[]> = {
  'queue': ['Kafka', 'RabbitMQ', 'SQS', 'Kinesis', 'NATS', 'Pulsar', 'ActiveMQ', 'pub/sub', 'message broker', 'event stream'],
  'message queue': ['Kafka', 'RabbitMQ', 'SQS', 'Kinesis', 'NATS', 'Pulsar', 'ActiveMQ', 'pub/sub', 'message broker'],
  'database': ['PostgreSQL', 'Postgres', 'MySQL', 'MariaDB', 'MongoDB', 'Cassandra', 'DynamoDB', 'SQLite', 'CockroachDB',
    'Spanner', 'Bigtable', 'SQL Server', 'Oracle DB'],
  'cache': ['Redis', 'Memcached'],
  'caching': ['Redis', 'Memcached'],
  'kubernetes': ['k8s'],
  'k8s': ['Kubernetes'],
  'high availability': ['HA'],
  'qps': ['requests per second', 'queries per second', 'RPS', 'req/s'],
  'latency': ['p99', 'p95', 'p90', 'p50', 'response time'],
  'load testing': ['load test', 'load tests', 'load-tested', 'stress test', 'k6', 'JMeter', 'Gatling', 'Locust'],
  'monitoring': ['Prometheus', 'Grafana', 'Datadog', 'New Relic', 'alerting', 'observability'],
  'ci/cd': ['continuous integration', 'continuous delivery', 'continuous deployment', 'GitHub Actions', 'Jenkins', 'GitLab CI'],
  'api': ['REST', 'gRPC', 'GraphQL', 'endpoint'],
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function termBody(term: string): string {
  const t = term.trim();
  const body = escapeRegExp(t).replace(/[\s-]+/g, '[\\s-]+');
  if (!/[A-Za-z]$/.test(t)) return body;
  // Lowercase words inflect ("shard" → "sharded"); names and acronyms only take a plural ("APIs").
  if (t === t.toLowerCase() && t.length >= 4) {
    const stem = t.endsWith('e') ? `(?:${body}|${escapeRegExp(t.slice(0, -1))}(?=ing|ed))` : body;
    return `${stem}(?:e?s|ed|d|ing|er|ers)?`;
  }
  return `${body}(?:e?s)?`;
}

const termCache = new Map<string, RegExp[]>();

/** One pattern per case mode for a list of terms (two-letter acronyms like "HA" match their case only). Cached. */
export function compileTerms(terms: readonly string[]): RegExp[] {
  const key = terms.join('\u0000');
  let hit = termCache.get(key);
  if (!hit) {
    hit = buildTerms(terms);
    termCache.set(key, hit);
  }
  return hit;
}

function buildTerms(terms: readonly string[]): RegExp[] {
  const expanded = new Set<string>();
  for (const t of terms) {
    expanded.add(t);
    for (const a of ALIASES[t.toLowerCase()] ?? []) expanded.add(a);
  }
  const exact = [...expanded].filter((t) => /^[A-Z]{2}$/.test(t));
  const loose = [...expanded].filter((t) => !/^[A-Z]{2}$/.test(t));
  const wrap = (list: string[], flags: string): RegExp =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.sort((a, b) => b.length - a.length).map(termBody).join('|')})(?![\\p{L}\\p{N}+#])`, flags);
  const out: RegExp[] = [];
  if (loose.length > 0) out.push(wrap(loose, 'iu'));
  if (exact.length > 0) out.push(wrap(exact, 'u'));
  return out;
}

function patternsFor(pillar: Pillar): RegExp[] {
  return compileTerms(pillar.evidence);
}

export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((re) => re.test(text));
}

const ENTRY_KINDS: readonly SectionKind[] = ['experience', 'projects', 'volunteering', 'leadership', 'education', 'other'];
const PROSE_KINDS: readonly SectionKind[] = ['summary', 'other', 'publications', 'awards'];

/** The resume's own prose, best evidence first: experience and project bullets, then the rest. */
export function proseLines(resume: Resume): string[] {
  const rank = (kind: SectionKind): number => {
    const i = ENTRY_KINDS.indexOf(kind);
    return i >= 0 ? i : ENTRY_KINDS.length;
  };
  const order = resume.sections.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s.kind) - rank(b.s.kind) || a.i - b.i);
  const out: string[] = [];
  for (const { s } of order) {
    if (ENTRY_KINDS.includes(s.kind)) {
      for (const e of s.entries) {
        // A project's title often names its stack: "Course Planner (React, Flask)".
        if (s.kind === 'projects' && e.title) out.push(e.title);
        out.push(...e.bullets, ...e.lines);
      }
      if (s.entries.length === 0 && PROSE_KINDS.includes(s.kind)) out.push(...s.lines);
    } else if (PROSE_KINDS.includes(s.kind)) {
      out.push(...s.lines);
    }
  }
  return [...new Set(out.map((l) => l.trim()).filter((l) => l.length > 0))];
}

const memo = new WeakMap<Resume, Map<RoleProfile, PillarCoverage[]>>();

/** Memoised per resume object and role (the rules and the review both ask); treat the result as read-only. */
export function computeCoverage(resume: Resume, role: RoleProfile): PillarCoverage[] {
  let byRole = memo.get(resume);
  if (!byRole) {
    byRole = new Map();
    memo.set(resume, byRole);
  }
  let result = byRole.get(role);
  if (!result) {
    result = coverageOf(resume, role);
    byRole.set(role, result);
  }
  return result.map((c) => ({ ...c, evidence: [...c.evidence] }));
}

function coverageOf(resume: Resume, role: RoleProfile): PillarCoverage[] {
  const lines = proseLines(resume);
  return role.pillars.map((pillar) => {
    const patterns = patternsFor(pillar);
    const evidence: string[] = [];
    for (const line of lines) {
      if (evidence.length >= MAX_EVIDENCE) break;
      if (matchesAny(line, patterns)) evidence.push(line);
    }
    return { id: pillar.id, label: pillar.label, covered: evidence.length > 0, evidence };
  });
}
