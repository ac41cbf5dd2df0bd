/** Answers about one line: rewrite, judge, explain a flag, quantify, keep or drop — for a resume line or new text. */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { getRule } from '../../rules/index.js';
import type { Ask } from './asks.js';
import { findingsForLine } from './judge-line.js';
import { type BulletRef, entryLabel, findingsOnBullet } from './outline.js';
import { hasNumber, rewriteOf, WEAK_BULLET_RULES, whereToFind } from './rewrites.js';
import { tenseBlocks } from './tense-answer.js';
import { answer, type EntryView, type FindingView, type ReportView, sectionName } from './view.js';

function uniqueRules(findings: readonly FindingView[]): FindingView[] {
  const seen = new Set<string>();
  const out: FindingView[] = [];
  for (const f of findings) {
    if (seen.has(f.rule)) continue;
    seen.add(f.rule);
    out.push(f);
  }
  return out;
}

/** A finding's message inside a sentence: first letter lowered, quoted words as the user wrote them ("I"). */
function clause(message: string): string {
  const m = message.replace(/[.\s]*$/, '');
  return /^[A-Z][a-z]/.test(m) ? m[0]!.toLowerCase() + m.slice(1) : m;
}

function verdictText(line: string, findings: readonly FindingView[]): string {
  const weak = findings.filter((f) => WEAK_BULLET_RULES.has(f.rule));
  if (weak.length === 0) {
    return hasNumber(line)
      ? 'This one works: it starts with what you did and carries a measurable result. Keep it; at most tighten the wording.'
      : 'It reads clearly and I found nothing to flag, but it has no number yet: a result (how much, how many, how fast) would make it strong.';
  }
  const problems = weak.map((f) => clause(f.message));
  return `It is weak as it stands: ${problems.join('; ')}.`;
}

function keepText(line: string, findings: readonly FindingView[], where: string): string {
  const weak = findings.filter((f) => WEAK_BULLET_RULES.has(f.rule));
  if (weak.length === 0 && hasNumber(line)) return `Keep it: it is one of the stronger lines in ${where}.`;
  if (weak.length === 0)
    return `Keep it if it shows something the other lines in ${where} do not; add a result to make it earn its place.`;
  return `Keep it only if you can add what came of it (a number, a scale, an outcome); otherwise drop it and give the space to a line with a result. As it stands: ${clause(weak[0]!.message)}.`;
}

function explainBlocks(findings: readonly FindingView[]): Block[] {
  if (findings.length === 0)
    return [{ type: 'paragraph', text: 'I did not flag this line: none of my checks found a problem in it.' }];
  const blocks: Block[] = [{ type: 'paragraph', text: 'I flagged it because:' }];
  blocks.push({
    type: 'list',
    items: uniqueRules(findings).map((f) => {
      const why = getRule(f.rule)?.why;
      return `${f.message.replace(/\.$/, '')} (${f.rule})${why ? `: ${why}` : ''}`;
    }),
  });
  return blocks;
}

function lineBlocks(
  report: ReportView,
  line: string,
  findings: readonly FindingView[],
  ask: Ask,
  where: string,
  entry?: EntryView,
): Block[] {
  const blocks: Block[] = [{ type: 'quote', text: line }];
  if (ask === 'tense') return [...blocks, ...tenseBlocks(line, entry, findings)];
  const weak = findings.some((f) => WEAK_BULLET_RULES.has(f.rule)) || !hasNumber(line);
  const rewrite = (): Block => ({
    type: 'rewrite',
    before: line,
    after: rewriteOf(report, line, findings),
    note: `[Brackets] are for facts only you know. Where to find the number: ${whereToFind(line, report)}`,
  });
  switch (ask) {
    case 'explain':
      blocks.push(...explainBlocks(findings));
      if (findings.length > 0) blocks.push(rewrite());
      break;
    case 'keep':
      blocks.push({ type: 'paragraph', text: keepText(line, findings, where) });
      if (weak) blocks.push(rewrite());
      break;
    case 'judge':
      blocks.push({ type: 'paragraph', text: verdictText(line, findings) });
      if (weak) blocks.push(rewrite());
      break;
    case 'quantify':
      blocks.push({
        type: 'paragraph',
        text: hasNumber(line)
          ? 'It already has a number. Make sure it says what changed (before → after) and at what scale.'
          : 'It has no number yet. Add the result with the real figure in place of the [brackets]:',
      });
      blocks.push(rewrite());
      break;
    default:
      blocks.push({ type: 'paragraph', text: verdictText(line, findings) });
      // A line that already works gets no placeholder tacked on.
      if (weak) blocks.push(rewrite());
  }
  const other = findings.filter((f) => !WEAK_BULLET_RULES.has(f.rule));
  if (other.length > 0 && ask !== 'explain')
    blocks.push({
      type: 'context',
      text: `Also flagged: ${uniqueRules(other)
        .map((f) => f.message.replace(/\.$/, ''))
        .join('; ')}.`,
    });
  return blocks;
}

const TITLES: Partial<Record<Ask, string>> = {
  explain: 'Why I flagged this line',
  keep: 'Keep or drop this line?',
  judge: 'How this line reads',
  quantify: 'Adding a number to this line',
  rewrite: 'A stronger version of this line',
  tense: 'The tense of this line',
};

export function bulletAnswer(report: ReportView, ref: BulletRef, ask: Ask): ReplyMessage {
  const section = report.sections[ref.section]!;
  const entry = section.entries?.[ref.entry];
  const where = entry ? `${entryLabel(entry)} (${sectionName(section)})` : sectionName(section);
  const findings = findingsOnBullet(report, ref);
  const blocks = lineBlocks(report, ref.text, findings, ask, where, entry);
  blocks.splice(1, 0, { type: 'context', text: `Bullet ${ref.bullet + 1} under ${where}.` });
  return answer(TITLES[ask] ?? 'About this line', blocks, findings.length > 0 ? 'medium' : 'ok');
}

/** A line the user wrote in the question that is not in their resume: judged on its own. */
export function newLineAnswer(report: ReportView, line: string, ask: Ask): ReplyMessage {
  const findings = findingsForLine(report, line);
  const effective: Ask = ask === 'rewrite' || ask === 'quantify' || ask === 'keep' ? ask : 'judge';
  const blocks = lineBlocks(report, line, findings, effective, 'your resume');
  blocks.splice(1, 0, {
    type: 'context',
    text: 'This line is not in the resume you sent; I judged it on its own, with the same checks.',
  });
  return answer(TITLES[effective] ?? 'How this line reads', blocks, findings.length > 0 ? 'medium' : 'ok');
}

/** Keep or drop one line of a list section, by what that section is for. */
const LIST_KEEP: Partial<Record<string, string>> = {
  skills:
    'Keep a skill only if you have used it and would be happy to be asked about it in an interview; name it in the bullet where you used it. A skill at a beginner level can stay if the jobs you want ask for it; otherwise drop it to make room.',
  certifications:
    'Keep it if the jobs you apply for ask for it or it is current; an old or unrelated one can go when space is tight. Give it its year and issuer.',
  education:
    'Keep your highest qualifications, one line each; a school-level line can go once you have a degree or a college certificate, and stays while it is your highest.',
  interests:
    'Keep it if it shows something the job values (responsibility, teamwork, a skill) or gives a reviewer something to talk about; it is the first line to cut when the page is full.',
};

/** A pasted line that matches a non-bullet line (summary, a list item). */
export function otherLineAnswer(
  report: ReportView,
  line: string,
  ask: Ask,
  section: number | null = null,
): ReplyMessage {
  const findings = report.sections.flatMap((s) => s.findings).filter((f) => f.evidence && line.includes(f.evidence));
  const home = section === null ? undefined : report.sections[section];
  const where = home ? sectionName(home) : 'your resume';
  const listKeep = (ask === 'keep' || ask === 'judge') && home ? LIST_KEEP[home.kind] : undefined;
  // A skill, credential or interest line is kept for what it is, not for a result it cannot carry.
  const blocks: Block[] = listKeep
    ? [
        { type: 'quote', text: line },
        { type: 'paragraph', text: listKeep },
      ]
    : lineBlocks(report, line, findings, ask === 'review' ? 'judge' : ask, where);
  if (home) blocks.splice(1, 0, { type: 'context', text: `A line of your ${where}.` });
  return answer(TITLES[ask] ?? 'About this line', blocks, findings.length > 0 ? 'medium' : 'ok');
}
