/** Every ask about one section: the section's own answer, or the paged line work for sections with entries. */
import type { ReplyMessage } from '../../reply/types.js';
import type { Ask } from './asks.js';
import { pagedBullets, type Paged } from './bullets.js';
import { closestHelpAnswer } from './meta.js';
import { sectionLines } from './outline.js';
import { contactAnswer, educationAnswer, projectsAnswer, skillsAnswer, summaryAnswer } from './sections.js';
import { certificationsAnswer, headingAnswer, interestsAnswer } from './subjects.js';
import { keepSectionText } from './keep-section.js';
import { findingBlock, type ReportView, sectionName } from './view.js';

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
  const own = ownAnswer(report, index, now);
  const keep = ask === 'keep' ? keepSectionText(report, index) : null;
  if (keep) {
    // The verdict names what it is about: the section's own lines, unless its answer already quotes them.
    const quoted = own.blocks.some((b) => b.type === 'quote');
    const lines = quoted ? [] : bodyFirst(sectionLines(section)).slice(0, 3);
    own.blocks.unshift({ type: 'paragraph', text: keep }, ...lines.map((text) => ({ type: 'quote' as const, text })));
  }
  return single(own);
}

/** The section kind's own answer (skills, summary, education, …), or the closest help about its lines. */
function ownAnswer(report: ReportView, index: number, now: Date): ReplyMessage {
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
      const about = bodyFirst(sectionLines(section))
        .slice(0, 3)
        .map((text) => ({ type: 'quote' as const, text }));
      return closestHelpAnswer(sectionName(section), about, section.findings.slice(0, 3).map(findingBlock));
    }
  }
}

/**
 * Lines that say something (five words or more) before the short ones, so a job left as a section of its own
 * is quoted by what was done, not by "Full-time" and its dates.
 */
function bodyFirst(lines: readonly string[]): string[] {
  const says = (l: string) =>
    (l.match(/\b[a-z]{3,}\b/gi) ?? []).filter(
      (w) => !/^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|present|now|current|yrs?|mos?)$/i.test(w),
    ).length >= 4;
  const long = lines.filter(says);
  return long.length > 0 ? [...long, ...lines.filter((l) => !long.includes(l))] : [...lines];
}
