/**
 * The slice of the stored report (the public report contract) that follow-up answers read. Declared
 * structurally so every `Report` fits, and so answers work on exactly what the store keeps.
 */
import type { ReplyMessage, Block, Tone } from '../../reply/types.js';

export interface FindingView {
  rule: string;
  severity: 'high' | 'medium' | 'low';
  message: string;
  evidence?: string | null;
  suggestion?: string | null;
  pillar?: string;
  entryIndex?: number;
  bulletIndex?: number;
  rewrite?: { before: string; after: string; placeholders: string[]; where: string };
}

export interface EntryView {
  title?: string | null;
  organization?: string | null;
  location?: string | null;
  start?: string | null;
  end?: string | null;
  bullets?: string[];
  dateText?: string | null;
}

export interface SectionView {
  kind: string;
  heading: string | null;
  score?: number | null;
  entries?: EntryView[];
  findings: FindingView[];
  items?: string[];
  lines?: string[];
}

export interface ReportView {
  file: { format: string; pages?: number | null; words: number; name?: string | null };
  role: {
    id: string;
    label?: string;
    source: string;
    confidence?: number;
    runnerUp?: { id: string; label: string; confidence: number } | null;
  };
  score: number;
  summary?: { strengths?: string[]; topFixes?: string[] };
  contact: {
    name?: string | null;
    email?: string | null;
    phone?: string | null;
    location?: string | null;
    links?: { kind: string; url: string }[];
  };
  sections: SectionView[];
  findings: FindingView[];
  coverage: { id: string; label?: string; covered: boolean; evidence: string[] }[];
  match?: unknown;
  scoreBreakdown?: {
    deductions: { rule: string; severity: string; count: number; points: number; detail: string }[];
  };
}

const SEVERITY_RANK: Record<FindingView['severity'], number> = { high: 0, medium: 1, low: 2 };

export function bySeverity(a: FindingView, b: FindingView): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

export function allFindings(report: ReportView): { finding: FindingView; section: number | null }[] {
  const out: { finding: FindingView; section: number | null }[] = report.findings.map((finding) => ({
    finding,
    section: null,
  }));
  for (const [i, s] of report.sections.entries()) for (const finding of s.findings) out.push({ finding, section: i });
  return out;
}

export function sectionName(section: SectionView): string {
  return section.heading ?? (section.kind === 'contact' ? 'your header' : section.kind);
}

export function findSection(report: ReportView, kinds: readonly string[]): number | null {
  const i = report.sections.findIndex((s) => kinds.includes(s.kind));
  return i === -1 ? null : i;
}

/** Where "this" points when the user did not reply to a section: the section with the most serious findings. */
export function weakestSection(report: ReportView): number | null {
  let best: { index: number; weight: number; score: number } | null = null;
  for (const [index, s] of report.sections.entries()) {
    const weight = s.findings.reduce((w, f) => w + (3 - SEVERITY_RANK[f.severity]) ** 2, 0);
    const score = s.score ?? 100;
    if (weight === 0) continue;
    if (!best || weight > best.weight || (weight === best.weight && score < best.score))
      best = { index, weight, score };
  }
  return best?.index ?? null;
}

export function bullets(section: SectionView): string[] {
  return (section.entries ?? []).flatMap((e) => e.bullets ?? []);
}

export function answer(title: string, blocks: Block[], tone: Tone = 'info'): ReplyMessage {
  return { kind: 'answer', title, tone, blocks };
}

export function findingBlock(f: FindingView): Block {
  return {
    type: 'finding',
    severity: f.severity,
    rule: f.rule,
    title: f.message,
    evidence: f.evidence ?? null,
    suggestion: f.suggestion ?? null,
  };
}
