import type { Resume, Section } from '../resume/types.js';
import type { Finding } from '../rules/types.js';
import type { BulletRewriteInfo, JobMatch, Report, ReportFinding, ReportSection, ScoreBreakdown } from './schema.js';

export interface CoverageItem {
  id: string;
  label: string;
  covered: boolean;
  evidence: string[];
}

export interface ToReportInput {
  resume: Resume;
  role: {
    id: string;
    label: string;
    source: 'detected' | 'requested' | 'default';
    confidence: number;
    runnerUp?: { id: string; label: string; confidence: number } | null;
  };
  findings: readonly Finding[];
  /** Rewrites keyed by finding (same object identity as in `findings`). */
  rewrites?: ReadonlyMap<Finding, BulletRewriteInfo>;
  coverage: readonly CoverageItem[];
  score: ScoreBreakdown;
  sectionScores: readonly ScoreBreakdown[];
  summary: { strengths: string[]; topFixes: string[] };
  match?: JobMatch | null;
}

function toReportFinding(finding: Finding, rewrite: BulletRewriteInfo | undefined): ReportFinding {
  const out: ReportFinding = {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    evidence: finding.evidence,
    suggestion: finding.suggestion,
  };
  if (finding.pillar !== undefined) out.pillar = finding.pillar;
  if (finding.entryIndex !== undefined) out.entryIndex = finding.entryIndex;
  if (finding.bulletIndex !== undefined) out.bulletIndex = finding.bulletIndex;
  if (rewrite) out.rewrite = rewrite;
  return out;
}

function toReportSection(
  section: Section,
  findings: ReportFinding[],
  score: ScoreBreakdown | undefined,
): ReportSection {
  const out: ReportSection = {
    kind: section.kind,
    heading: section.heading,
    score: score ? score.score : null,
    entries: section.entries.map((e) => ({
      title: e.title,
      organization: e.organization,
      start: e.start,
      end: e.end,
      bullets: [...e.bullets],
      location: e.location,
      dateText: e.dateText,
    })),
    findings,
  };
  if (section.items.length > 0) out.items = [...section.items];
  if (section.lines.length > 0) out.lines = [...section.lines];
  if (score) out.scoreBreakdown = score;
  return out;
}

/** Assembles the public report (schemaVersion 1) from the pieces of a review. */
export function toReport(input: ToReportInput): Report {
  const { resume, role, rewrites } = input;
  const bySection = resume.sections.map((): ReportFinding[] => []);
  const documentFindings: ReportFinding[] = [];
  for (const finding of input.findings) {
    const reportFinding = toReportFinding(finding, rewrites?.get(finding));
    const bucket = finding.sectionIndex === null ? undefined : bySection[finding.sectionIndex];
    (bucket ?? documentFindings).push(reportFinding);
  }
  const report: Report = {
    schemaVersion: 1,
    file: {
      name: resume.source.fileName,
      format: resume.source.format,
      pages: resume.source.pages,
      words: resume.source.words,
      bytes: resume.source.bytes,
      pagesAnalysed: resume.source.pagesAnalysed,
      truncated: resume.source.truncated,
      ...(resume.source.ocr
        ? {
            ocr: {
              confidence: resume.source.ocr.confidence,
              lowConfidencePages: resume.source.ocr.lowConfidencePages,
            },
          }
        : {}),
    },
    role: {
      id: role.id,
      label: role.label,
      source: role.source,
      confidence: role.confidence,
      ...(role.runnerUp ? { runnerUp: role.runnerUp } : {}),
    },
    score: input.score.score,
    summary: { strengths: [...input.summary.strengths], topFixes: [...input.summary.topFixes] },
    contact: {
      name: resume.contact.name,
      email: resume.contact.email,
      phone: resume.contact.phone,
      location: resume.contact.location,
      links: resume.contact.links.map((l) => ({ kind: l.kind, url: l.url, text: l.text })),
    },
    sections: resume.sections.map((s, i) => toReportSection(s, bySection[i] ?? [], input.sectionScores[i])),
    findings: documentFindings,
    coverage: input.coverage.map((c) => ({ id: c.id, label: c.label, covered: c.covered, evidence: [...c.evidence] })),
    scoreBreakdown: input.score,
  };
  if (input.match) report.match = input.match;
  return report;
}
