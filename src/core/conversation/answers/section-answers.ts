/** Every ask about one section: the section's own answer, or the paged line work for sections with entries. */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { sentences } from '../../text/words.js';
import { findingsForLine } from './judge-line.js';
import { hasNumber, rewriteOf, WEAK_BULLET_RULES, whereToFind } from './rewrites.js';
import type { Ask } from './asks.js';
import { pagedBullets, type Paged } from './bullets.js';
import { closestHelpAnswer } from './meta.js';
import { sectionLines } from './outline.js';
import { contactAnswer, educationAnswer, projectsAnswer, skillsAnswer, summaryAnswer } from './sections.js';
import { certificationsAnswer, headingAnswer, interestsAnswer } from './subjects.js';
import { keepSectionText } from './keep-section.js';
import { answer, findingBlock, type ReportView, sectionName } from './view.js';

const LINE_WORK: ReadonlySet<Ask> = new Set([
  'rewrite',
  'improve',
  'judge',
  'keep',
  'review',
  'quantify',
  'finding',
  'explain',
]);

const INTROS: Partial<Record<Ask, string>> = {
  judge: 'Your weakest lines here, weakest first, with a stronger version of each:',
  keep: 'If you need to cut, cut or fix these first (they carry no result yet):',
};

export function sectionAnswer(
  report: ReportView,
  index: number,
  ask: Ask,
  now: Date,
  shown: readonly string[] = [],
): Paged {
  const section = report.sections[index]!;
  const single = (message: ReplyMessage): Paged => ({ message, shown: [...shown], more: false });
  if (ask === 'heading') return single(headingAnswer(report, index));
  const hasEntries = (section.entries ?? []).some((e) => (e.bullets ?? []).length > 0);
  if (hasEntries && section.kind !== 'education' && (LINE_WORK.has(ask) || section.kind === 'experience')) {
    const paged = pagedBullets(report, index, ask === 'quantify' ? 'quantify' : 'improve', shown);
    const intro = INTROS[ask];
    if (intro && shown.length === 0) paged.message.blocks.unshift({ type: 'paragraph', text: intro });
    return paged;
  }
  const own = ownAnswer(report, index, now, ask === 'keep');
  const keep = ask === 'keep' ? keepSectionText(report, index) : null;
  if (keep) {
    // The verdict names what it is about: the section's own lines, unless its answer already quotes them.
    const quoted = own.blocks.some((b) => b.type === 'quote' || b.type === 'rewrite');
    const lines = quoted ? [] : bodyFirst(sectionLines(section)).slice(0, 3);
    own.blocks.unshift({ type: 'paragraph', text: keep }, ...lines.map((text) => ({ type: 'quote' as const, text })));
  }
  return single(own);
}

/** The section kind's own answer (skills, summary, education, …), or the closest help about its lines. */
function ownAnswer(report: ReportView, index: number, now: Date, verdictGiven = false): ReplyMessage {
  const section = report.sections[index]!;
  switch (section.kind) {
    case 'skills':
      return skillsAnswer(report);
    case 'summary':
      return summaryAnswer(report);
    case 'education':
      return educationAnswer(report, now);
    case 'projects':
      return projectsAnswer(report);
    case 'contact':
      return contactAnswer(report);
    case 'certifications':
      return certificationsAnswer(report);
    case 'interests':
      return interestsAnswer(report);
    default: {
      const judged = section.kind === 'other' ? unmappedLinesAnswer(report, index) : null;
      if (judged) return judged;
      const about = bodyFirst(sectionLines(section))
        .slice(0, 3)
        .map((text) => ({ type: 'quote' as const, text }));
      const findings = section.findings.slice(0, 3).map(findingBlock);
      // After a keep-or-drop verdict, the lines it is about; no "what do you want to know" on top of it.
      if (verdictGiven) return answer(sectionName(section), [...about, ...findings]);
      return closestHelpAnswer(sectionName(section), about, findings);
    }
  }
}

/** A line with four words or more besides month names and durations (not "Jan 2022 - Jul 2023 · 1 yr 7 mos"). */
function saysSomething(line: string): boolean {
  return (
    (line.match(/\b[a-z]{3,}\b/gi) ?? []).filter(
      (w) => !/^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|present|now|current|yrs?|mos?)$/i.test(w),
    ).length >= 4
  );
}

/**
 * Lines that say something (four words or more) before the short ones, so a job left as a section of its own
 * is quoted by what was done, not by "Full-time" and its dates.
 */
function bodyFirst(lines: readonly string[]): string[] {
  const long = lines.filter(saysSomething);
  return long.length > 0 ? [...long, ...lines.filter((l) => !long.includes(l))] : [...lines];
}

/**
 * A section the parser could not map whose lines are sentences (a job pasted from LinkedIn, written as a
 * paragraph): its sentences judged like bullets, the weak ones rewritten, instead of "what do you want to know".
 */
function unmappedLinesAnswer(report: ReportView, index: number): ReplyMessage | null {
  const section = report.sections[index]!;
  const lines = (section.lines ?? []).flatMap((l) => sentences(l)).filter(saysSomething);
  // The employer and place lines under the heading ("Paywise Ltd", "London"), not "Full-time" or the dates.
  const header = (section.lines ?? []).filter(
    (l) =>
      !saysSomething(l) && !/\d/.test(l) && !/\b(full|part)[- ]time|contract|freelance|self[- ]employed\b/i.test(l),
  );
  const prose = (section.lines ?? []).some((l) => sentences(l).length >= 2);
  if (lines.length === 0) return null;
  const judged = lines.map((line) => ({ line, findings: findingsForLine(report, line) }));
  const weak = judged.filter((j) => j.findings.some((f) => WEAK_BULLET_RULES.has(f.rule)) || !hasNumber(j.line));
  const works = judged.filter((j) => !weak.includes(j));
  const name = sectionName(section);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `${name}${header.length > 0 ? ` (${header.slice(0, 2).join(', ')})` : ''}: ${lines.length} line${lines.length === 1 ? '' : 's'}, ${weak.length} to work on.`,
    },
  ];
  for (const j of weak.slice(0, 3))
    blocks.push({
      type: 'rewrite',
      before: j.line,
      after: rewriteOf(report, j.line, j.findings),
      note: `[Brackets] are for facts only you know. Where to find the number: ${whereToFind(j.line, report)}`,
    });
  if (works.length > 0) {
    blocks.push({ type: 'paragraph', text: 'What already works (a result with a number):' });
    for (const j of works.slice(0, 2)) blocks.push({ type: 'quote', text: j.line });
  }
  if (prose)
    blocks.push({
      type: 'context',
      text: 'It is written as a paragraph: give each duty or result its own bullet, starting with what you did, the one with a number first.',
    });
  return answer(`${name}: making it stronger`, blocks, weak.length > 0 ? 'medium' : 'ok');
}
