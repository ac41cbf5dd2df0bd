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

function flatten(report: Report): DeltaFinding[] {
  const out: DeltaFinding[] = report.findings.map((f) => toDelta(f, null));
  for (const s of report.sections) out.push(...s.findings.map((f) => toDelta(f, s.heading ?? s.kind)));
  return out;
}

function toDelta(f: ReportFinding, section: string | null): DeltaFinding {
  return { rule: f.rule, severity: f.severity, message: f.message, evidence: f.evidence ?? null, section };
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Same rule on the same text (or, for absences, the same rule in the same place) is the same finding. */
function keyOf(f: DeltaFinding & { pillar?: string }): string {
  return `${f.rule}|${f.pillar ?? ''}|${f.evidence === null ? `@${normalise(f.section ?? '')}|${normalise(f.message)}` : normalise(f.evidence)}`;
}

function withPillars(report: Report): (DeltaFinding & { pillar?: string })[] {
  const list = [...report.findings, ...report.sections.flatMap((s) => s.findings)];
  return flatten(report).map((d, i) => {
    const pillar = list[i]?.pillar;
    return pillar === undefined ? d : { ...d, pillar };
  });
}

export function compareReports(prev: Report, next: Report): ReviewDelta {
  const before = withPillars(prev);
  const after = withPillars(next);
  const remaining = new Map<string, number>();
  for (const f of after) remaining.set(keyOf(f), (remaining.get(keyOf(f)) ?? 0) + 1);

  const fixed: DeltaFinding[] = [];
  const stillOpen: DeltaFinding[] = [];
  for (const f of before) {
    const k = keyOf(f);
    const n = remaining.get(k) ?? 0;
    if (n > 0) {
      remaining.set(k, n - 1);
      stillOpen.push(strip(f));
    } else {
      fixed.push(strip(f));
    }
  }
  const seen = new Map<string, number>();
  for (const f of before) seen.set(keyOf(f), (seen.get(keyOf(f)) ?? 0) + 1);
  const added: DeltaFinding[] = [];
  for (const f of after) {
    const k = keyOf(f);
    const n = seen.get(k) ?? 0;
    if (n > 0) seen.set(k, n - 1);
    else added.push(strip(f));
  }

  const sections = next.sections.map((s) => {
    const old = prev.sections.find((p) => p.kind === s.kind && (p.heading ?? '') === (s.heading ?? '')) ??
      prev.sections.find((p) => p.kind === s.kind);
    return { kind: s.kind, heading: s.heading, before: old?.score ?? null, after: s.score ?? null };
  });
  return { scoreBefore: prev.score, scoreAfter: next.score, scoreChange: next.score - prev.score, fixed, stillOpen, new: added, sections };
}

function strip(f: DeltaFinding & { pillar?: string }): DeltaFinding {
  return { rule: f.rule, severity: f.severity, message: f.message, evidence: f.evidence, section: f.section };
}
