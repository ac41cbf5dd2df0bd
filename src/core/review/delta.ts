/** Before/after: what a re-uploaded resume fixed, what is still open and what is new. */
import type { Report, ReportFinding } from '../report/schema.js';

export interface DeltaFinding {
  rule: string;
  severity: ReportFinding['severity'];
  message: string;
  evidence: string | null;
  /** The section heading (or kind) the finding is in; null for document-level findings. */
  section: string | null;
}

export interface ReviewDelta {
  scoreBefore: number;
  scoreAfter: number;
  /** after − before. */
  scoreChange: number;
  fixed: DeltaFinding[];
  stillOpen: DeltaFinding[];
  new: DeltaFinding[];
  /** Per section kind present in both reports: the score change. */
  sections: { kind: string; heading: string | null; before: number | null; after: number | null }[];
}

interface Keyed extends DeltaFinding {
  pillar: string | null;
}

function flatten(report: Report): Keyed[] {
  const toKeyed = (f: ReportFinding, section: string | null): Keyed => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    evidence: f.evidence ?? null,
    section,
    pillar: f.pillar ?? null,
  });
  return [
    ...report.findings.map((f) => toKeyed(f, null)),
    ...report.sections.flatMap((s) => s.findings.map((f) => toKeyed(f, s.heading ?? s.kind))),
  ];
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Same rule on the same text (or, for absences, the same rule in the same place) is the same finding. */
function keyOf(f: Keyed): string {
  const where = f.evidence === null ? `@${normalise(f.section ?? '')}|${normalise(f.message)}` : normalise(f.evidence);
  return `${f.rule}|${f.pillar ?? ''}|${where}`;
}

function strip(f: Keyed): DeltaFinding {
  return { rule: f.rule, severity: f.severity, message: f.message, evidence: f.evidence, section: f.section };
}

/** Multiset difference: the items of `from` not matched one-for-one by an item of `against`. */
function split(from: readonly Keyed[], against: readonly Keyed[]): { matched: Keyed[]; unmatched: Keyed[] } {
  const remaining = new Map<string, number>();
  for (const f of against) remaining.set(keyOf(f), (remaining.get(keyOf(f)) ?? 0) + 1);
  const matched: Keyed[] = [];
  const unmatched: Keyed[] = [];
  for (const f of from) {
    const n = remaining.get(keyOf(f)) ?? 0;
    if (n > 0) {
      remaining.set(keyOf(f), n - 1);
      matched.push(f);
    } else {
      unmatched.push(f);
    }
  }
  return { matched, unmatched };
}

export function compareReports(prev: Report, next: Report): ReviewDelta {
  const before = flatten(prev);
  const after = flatten(next);
  const { matched: stillOpen, unmatched: fixed } = split(before, after);
  const added = split(after, before).unmatched;

  const sections = next.sections.map((s) => {
    const old =
      prev.sections.find((p) => p.kind === s.kind && (p.heading ?? '') === (s.heading ?? '')) ??
      prev.sections.find((p) => p.kind === s.kind);
    return { kind: s.kind, heading: s.heading, before: old?.score ?? null, after: s.score ?? null };
  });
  return {
    scoreBefore: prev.score,
    scoreAfter: next.score,
    scoreChange: next.score - prev.score,
    fixed: fixed.map(strip),
    stillOpen: stillOpen.map(strip),
    new: added.map(strip),
    sections,
  };
}
