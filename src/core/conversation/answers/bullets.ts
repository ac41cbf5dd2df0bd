/** Answers about the user's bullets: how to quantify them, how to make them stronger. */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { rewriteBullet } from '../../review/index.js';
import { WEAK_BULLET_RULES } from '../../rules/index.js';
import { DEFAULT_WHERE, pickTopic } from '../../review/topics.js';
import { roleFor } from './role.js';
import { answer, bullets, findSection, sectionName, type FindingView, type ReportView } from './view.js';

/** The rewrite the review already suggested for a bullet, if any. */
function suggestedRewrite(findings: readonly FindingView[], bullet: string): string | null {
  for (const f of findings) {
    if (f.evidence === bullet && f.suggestion && /\[[^\]]+\]/.test(f.suggestion)) return f.suggestion;
  }
  return null;
}

/** The review's rewrite of a bullet; a bare result placeholder when the rewriter has nothing to change. */
function placeholderRewrite(report: ReportView, bullet: string): string {
  return rewriteBullet(bullet, roleFor(report))?.after ?? `${bullet.replace(/[.;\s]+$/, '')}: [measurable result]`;
}

function whereToFind(bullet: string): string {
  return pickTopic(bullet)?.where ?? DEFAULT_WHERE;
}

function sectionsToScan(report: ReportView, focus: number | null): number[] {
  if (focus !== null && (report.sections[focus]?.entries?.length ?? 0) > 0) return [focus];
  const exp = report.sections
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.kind === 'experience' || s.kind === 'projects')
    .map(({ i }) => i);
  if (exp.length > 0) return exp;
  const any = findSection(report, ['volunteering', 'leadership']);
  return any === null ? [] : [any];
}

export function quantifyAnswer(report: ReportView, focus: number | null, limit = 5): ReplyMessage {
  const scanned = sectionsToScan(report, focus);
  const blocks: Block[] = [];
  const unquantified: { bullet: string; section: number }[] = [];
  for (const i of scanned) {
    const section = report.sections[i]!;
    const flagged = new Set(section.findings.filter((f) => f.rule === 'unquantified-bullet').map((f) => f.evidence));
    for (const b of bullets(section)) if (flagged.has(b)) unquantified.push({ bullet: b, section: i });
  }
  const where = scanned.map((i) => sectionName(report.sections[i]!)).join(' and ') || 'your resume';
  if (scanned.length === 0) {
    return answer('Quantifying your work', [
      {
        type: 'paragraph',
        text: 'I could not find experience or project bullets in your resume to work on. Add a section with what you did (one line per achievement) and ask me again.',
      },
    ]);
  }
  if (unquantified.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: `Every bullet in ${where} already carries a number. Check that each number says what changed (before → after), at what scale, and over what period.`,
    });
    return answer('Quantifying your work', blocks, 'ok');
  }
  blocks.push({
    type: 'paragraph',
    text: `${unquantified.length} bullet${unquantified.length === 1 ? '' : 's'} in ${where} ${unquantified.length === 1 ? 'has' : 'have'} no measurable result. Here ${unquantified.length === 1 ? 'it is' : `are the first ${Math.min(limit, unquantified.length)}`}, rewritten with [placeholders] for the numbers only you know. Replace each placeholder with the real figure, or drop the clause if you can't find one: never guess.`,
  });
  for (const { bullet, section } of unquantified.slice(0, limit)) {
    const after = suggestedRewrite(report.sections[section]!.findings, bullet) ?? placeholderRewrite(report, bullet);
    blocks.push({ type: 'rewrite', before: bullet, after, note: `Where to find the number: ${whereToFind(bullet)}` });
  }
  if (unquantified.length > limit) {
    blocks.push({
      type: 'context',
      text: `${unquantified.length - limit} more after these: reply to a section's message and ask again to work through that section.`,
    });
  }
  blocks.push({
    type: 'context',
    text: 'No exact figure? A range ("~40%"), a count (requests, users, services, engineers) or a time span ("in 6 weeks") still beats none.',
  });
  return answer('Quantifying your work', blocks);
}

export function improveAnswer(report: ReportView, focus: number | null, limit = 5): ReplyMessage {
  const index = focus ?? findSection(report, ['experience', 'projects']);
  const section = index === null ? undefined : report.sections[index];
  if (!section) {
    return answer('Making it stronger', [
      {
        type: 'paragraph',
        text: 'Reply to one of my section messages and ask again, and I will rework that section line by line.',
      },
    ]);
  }
  const weak = section.findings.filter((f) => f.evidence && WEAK_BULLET_RULES.has(f.rule));
  const seen = new Set<string>();
  const blocks: Block[] = [];
  for (const f of weak) {
    const bullet = f.evidence!;
    if (seen.has(bullet)) continue;
    seen.add(bullet);
    if (seen.size > limit) break;
    const problems = weak.filter((w) => w.evidence === bullet).map((w) => w.message);
    blocks.push({
      type: 'rewrite',
      before: bullet,
      after: suggestedRewrite(section.findings, bullet) ?? placeholderRewrite(report, bullet),
      note: problems[0] ?? '',
    });
  }
  const other = section.findings.filter((f) => !WEAK_BULLET_RULES.has(f.rule));
  if (blocks.length === 0 && other.length === 0) {
    return answer(
      `${sectionName(section)}: making it stronger`,
      [
        {
          type: 'paragraph',
          text: `I found nothing weak in ${sectionName(section)}. To push it further, lead each line with the result, then how you got it.`,
        },
      ],
      'ok',
    );
  }
  const intro: Block = {
    type: 'paragraph',
    text: `Here is how I would rework ${sectionName(section)}, keeping your own facts. [Brackets] mark numbers or details only you can fill in.`,
  };
  const rest: Block[] = other.slice(0, 3).map((f) => ({
    type: 'finding',
    severity: f.severity,
    rule: f.rule,
    title: f.message,
    evidence: f.evidence ?? null,
    suggestion: f.suggestion ?? null,
  }));
  return answer(`${sectionName(section)}: making it stronger`, [intro, ...blocks, ...rest]);
}
