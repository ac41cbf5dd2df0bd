/** One review: role → rules → rewrites → coverage → scores → summary → report. */
import type { Resume } from '../resume/types.js';
import { computeCoverage } from '../roles/coverage.js';
import { resolveRole } from '../roles/detect.js';
import { getRoleProfile } from '../roles/registry.js';
import { REWRITE_RULES, runRules } from '../rules/index.js';
import { isPresent } from '../rules/support/dates.js';
import type { Finding } from '../rules/types.js';
import { toReport } from '../report/to-report.js';
import type { BulletRewriteInfo } from '../report/schema.js';
import { matchJobDescription } from './match.js';
import { rewriteBullet } from './rewrite.js';
import { scoreOverall, scoreSection } from './score.js';
import { formatFix, strengths, topFixes } from './summary.js';
import type { BulletRewriteRef, Review, ReviewOptions } from './types.js';

/**
 * The tense a rewrite of this bullet is written in: the past for an ended role, the present where the rules say the
 * current role should be; otherwise the bullet's own.
 */
function tenseFor(resume: Resume, f: Finding, findings: readonly Finding[]): 'past' | 'present' | undefined {
  const entry = f.sectionIndex === null ? undefined : resume.sections[f.sectionIndex]?.entries[f.entryIndex ?? -1];
  if (!entry || (entry.start === null && entry.end === null)) return undefined;
  if (!isPresent(entry.end)) return 'past';
  const mismatch = findings.some(
    (x) =>
      x.rule === 'tense-mismatch' &&
      x.sectionIndex === f.sectionIndex &&
      x.entryIndex === f.entryIndex &&
      x.bulletIndex === f.bulletIndex,
  );
  return mismatch ? 'present' : undefined;
}

function bulletOf(resume: Resume, f: Finding): string | null {
  if (f.sectionIndex === null || f.entryIndex === undefined || f.bulletIndex === undefined) return null;
  return resume.sections[f.sectionIndex]?.entries[f.entryIndex]?.bullets[f.bulletIndex] ?? null;
}

export function reviewResume(resume: Resume, { role = null, jobDescription = null, now }: ReviewOptions = {}): Review {
  const roleInfo = resolveRole(resume, role);
  const profile = getRoleProfile(roleInfo.id);
  const findings = runRules(now ? { resume, role: profile, now } : { resume, role: profile });

  // One rewrite per weak bullet, attached to each of its weak-bullet findings.
  const rewrites: BulletRewriteRef[] = [];
  const byFinding = new Map<Finding, BulletRewriteInfo>();
  const byBullet = new Map<string, BulletRewriteRef | null>();
  for (const f of findings) {
    if (!REWRITE_RULES.has(f.rule)) continue;
    const bullet = bulletOf(resume, f);
    if (bullet === null || f.sectionIndex === null || f.entryIndex === undefined || f.bulletIndex === undefined)
      continue;
    const key = `${f.sectionIndex}:${f.entryIndex}:${f.bulletIndex}`;
    if (!byBullet.has(key)) {
      const tense = tenseFor(resume, f, findings);
      const r = rewriteBullet(bullet, profile, tense ? { tense } : {});
      const ref: BulletRewriteRef | null = r
        ? {
            ...r,
            before: bullet,
            sectionIndex: f.sectionIndex,
            entryIndex: f.entryIndex,
            bulletIndex: f.bulletIndex,
            rules: [],
          }
        : null;
      byBullet.set(key, ref);
      if (ref) rewrites.push(ref);
    }
    const ref = byBullet.get(key);
    if (!ref) continue;
    ref.rules.push(f.rule);
    f.suggestion = ref.after;
    byFinding.set(f, { before: ref.before, after: ref.after, placeholders: ref.placeholders, where: ref.where });
  }

  const coverage = computeCoverage(resume, profile);
  const overall = scoreOverall(resume, findings, {
    covered: coverage.filter((c) => c.covered).length,
    total: coverage.length,
  });
  const sectionScores = resume.sections.map((_s, i) => scoreSection(resume, i, findings));
  const summary = {
    strengths: strengths(resume, findings, coverage),
    topFixes: topFixes(overall, findings, coverage, profile).map(formatFix),
  };
  const match = jobDescription?.trim() ? matchJobDescription(jobDescription, resume) : null;
  const report = toReport({
    resume,
    role: roleInfo,
    findings,
    rewrites: byFinding,
    coverage,
    score: overall,
    sectionScores,
    summary,
    match,
  });
  return { report, findings, role: roleInfo, rewrites, coverage, match, resume };
}
