/** One rewrite per user line: the review's own when it made one, else the rewriter's, else a placeholder. */
import { rewriteBullet } from '../../review/index.js';
import { WEAK_BULLET_RULES } from '../../rules/index.js';
import { hasMetric } from '../../text/metrics.js';
import { whereFor } from '../../review/rewrite-outcome.js';
import { roleFor } from './role.js';
import { joinedVerbsPast } from './tense-fix.js';
import type { FindingView, ReportView } from './view.js';

export { WEAK_BULLET_RULES };

export function rewriteOf(report: ReportView, line: string, findings: readonly FindingView[] = []): string {
  return joinedVerbsPast(rewriteFor(report, line, findings));
}

function rewriteFor(report: ReportView, line: string, findings: readonly FindingView[]): string {
  for (const f of findings) {
    if (f.rewrite && f.rewrite.before === line) return f.rewrite.after;
    if (f.evidence === line && f.suggestion && /\[[^\]]+\]/.test(f.suggestion)) return f.suggestion;
  }
  return rewriteBullet(line, roleFor(report))?.after ?? `${line.replace(/[.;\s]+$/, '')}, [with what result: a number]`;
}

/** Where numbers for this line usually are, in the words of the profile the review used (no APM for a nurse). */
export function whereToFind(line: string, report: ReportView): string {
  return whereFor(line, roleFor(report));
}

/** A measurable result in the line (the shared metric scanner: "40%", "12k", "from 6 hours to 90 minutes"). */
export function hasNumber(line: string): boolean {
  return hasMetric(line);
}
