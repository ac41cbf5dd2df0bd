/**
 * Scores, deterministic and explainable (docs/scoring.md): start at 100 and take points off per rule.
 *
 * - Bullet-level findings (they point at one bullet): the rule costs WEIGHT[severity] × the share of
 *   bullets it hits, so a problem on every bullet costs the full weight and one bullet in twenty little.
 * - Other findings: POINTS[severity] each, at most CAP[severity] per rule.
 * - Overall only: role-pillar coverage costs COVERAGE_WEIGHT × (missing pillars / pillars); the
 *   missing-pillar findings themselves are not counted a second time.
 * - Section scores use the same rules on the section's own findings and bullets, with SECTION_FACTOR
 *   (one section has fewer chances to go wrong, so each problem weighs more).
 */
import type { Resume, SectionKind } from '../resume/types.js';
import { BULLET_KINDS as BULLET_KIND_LIST } from '../rules/support/scope.js';
import { COVERAGE_RULES } from '../rules/index.js';
import type { Finding, Severity } from '../rules/types.js';
import type { Deduction, ScoreBreakdown } from '../report/schema.js';

export const BULLET_WEIGHT: Readonly<Record<Severity, number>> = { high: 20, medium: 12, low: 5 };
export const FINDING_POINTS: Readonly<Record<Severity, number>> = { high: 8, medium: 4, low: 1.5 };
export const RULE_CAP: Readonly<Record<Severity, number>> = { high: 16, medium: 8, low: 3 };
export const COVERAGE_WEIGHT = 20;
export const SECTION_FACTOR = 2;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

function worst(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w), 'low');
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function bulletKey(f: Finding): string {
  return `${f.sectionIndex}:${f.entryIndex}:${f.bulletIndex}`;
}

function isBulletFinding(f: Finding): boolean {
  return f.sectionIndex !== null && f.entryIndex !== undefined && f.bulletIndex !== undefined;
}

/** Points one rule's findings cost in a scope with `bulletCount` bullets. */
function ruleDeduction(rule: string, findings: readonly Finding[], bulletCount: number, factor: number): Deduction {
  const severity = worst(findings);
  const bulletFindings = findings.filter(isBulletFinding);
  const otherFindings = findings.filter((f) => !isBulletFinding(f));
  let points = 0;
  let capped = false;
  const details: string[] = [];

  if (bulletFindings.length > 0) {
    const bullets = new Map<string, Severity>();
    for (const f of bulletFindings) {
      const prev = bullets.get(bulletKey(f));
      if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev]) bullets.set(bulletKey(f), f.severity);
    }
    const total = Math.max(bulletCount, bullets.size);
    for (const s of bullets.values()) points += (BULLET_WEIGHT[s] * factor) / total;
    details.push(`${bullets.size} of ${total} bullet${total === 1 ? '' : 's'}`);
  }
  if (otherFindings.length > 0) {
    const raw = otherFindings.reduce((sum, f) => sum + FINDING_POINTS[f.severity] * factor, 0);
    const cap = RULE_CAP[worst(otherFindings)] * factor;
    capped = raw > cap;
    points += Math.min(raw, cap);
    details.push(`${otherFindings.length} finding${otherFindings.length === 1 ? '' : 's'}${capped ? ' (capped)' : ''}`);
  }
  return { rule, severity, count: findings.length, points: round1(points), capped, detail: details.join(', ') };
}

function deductionsFor(findings: readonly Finding[], bulletCount: number, factor: number): Deduction[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    if (COVERAGE_RULES.has(f.rule)) continue;
    const list = byRule.get(f.rule) ?? [];
    list.push(f);
    byRule.set(f.rule, list);
  }
  return [...byRule]
    .map(([rule, list]) => ruleDeduction(rule, list, bulletCount, factor))
    .sort((a, b) => b.points - a.points || a.rule.localeCompare(b.rule));
}

function finalScore(base: number, deductions: readonly Deduction[], coveragePoints: number): number {
  const total = deductions.reduce((sum, d) => sum + d.points, 0) + coveragePoints;
  return Math.max(0, Math.min(100, Math.round(base - total)));
}

/** Sections whose bullets the bullet rules read. */
const BULLET_KINDS: ReadonlySet<SectionKind> = new Set(BULLET_KIND_LIST);

export function bulletCount(resume: Resume, sectionIndex: number | null = null): number {
  const sections = sectionIndex === null ? resume.sections : resume.sections.slice(sectionIndex, sectionIndex + 1);
  return sections
    .filter((s) => BULLET_KINDS.has(s.kind))
    .reduce((n, s) => n + s.entries.reduce((m, e) => m + e.bullets.filter((b) => b.trim()).length, 0), 0);
}

export interface CoverageCount {
  covered: number;
  total: number;
}

export function scoreOverall(resume: Resume, findings: readonly Finding[], coverage: CoverageCount): ScoreBreakdown {
  const deductions = deductionsFor(findings, bulletCount(resume), 1);
  const missing = coverage.total - coverage.covered;
  const coveragePoints = coverage.total > 0 ? round1((COVERAGE_WEIGHT * missing) / coverage.total) : 0;
  return {
    base: 100,
    deductions,
    coverage: { covered: coverage.covered, total: coverage.total, points: coveragePoints },
    score: finalScore(100, deductions, coveragePoints),
  };
}

export function scoreSection(resume: Resume, sectionIndex: number, findings: readonly Finding[]): ScoreBreakdown {
  const own = findings.filter((f) => f.sectionIndex === sectionIndex);
  const deductions = deductionsFor(own, bulletCount(resume, sectionIndex), SECTION_FACTOR);
  return { base: 100, deductions, coverage: null, score: finalScore(100, deductions, 0) };
}
