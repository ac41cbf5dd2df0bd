/**
 * "my experience is written in paragraphs, is that a problem": yes — a reviewer scans, so each duty or
 * result gets its own line. Shows the user's own paragraph and the lines it splits into.
 */
import type { Block, ReplyMessage } from '../../reply/types.js';
import { sentences } from '../../text/words.js';
import { WORK_KINDS } from './outline.js';
import { answer, type ReportView, sectionName } from './view.js';

/** The longest work-section line that holds two or more sentences: the paragraph the user means. */
function paragraphOf(report: ReportView): { text: string; section: string } | null {
  const lines = report.sections
    .filter((s) => WORK_KINDS.includes(s.kind))
    .flatMap((s) => (s.lines ?? []).map((text) => ({ text, section: sectionName(s) })))
    .filter((l) => sentences(l.text).length >= 2);
  return lines.sort((a, b) => b.text.length - a.text.length)[0] ?? null;
}

export function paragraphsAnswer(report: ReportView): ReplyMessage {
  const paragraph = paragraphOf(report);
  if (paragraph === null)
    return answer('Paragraphs or bullets', [
      {
        type: 'paragraph',
        text: 'Your jobs already read as separate lines. Keep it that way: one duty or result a bullet, each starting with what you did.',
      },
    ]);
  const parts = sentences(paragraph.text).map((s) => s.replace(/[.;]\s*$/u, ''));
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `Yes, split it: a reviewer skims for a few seconds, and a paragraph hides your results. In ${paragraph.section}, give each duty or result its own line, starting with what you did. Yours, as bullets:`,
    },
    { type: 'quote', text: paragraph.text },
    { type: 'list', items: parts },
    {
      type: 'context',
      text: 'Then lead with the line that has a number, and give the others a result too (ask me to rewrite any of them).',
    },
  ];
  return answer('Paragraphs or bullets', blocks);
}
