/** A small pasted resume run through the real pipeline, for answer tests (written for these tests). */
import type { Answer, AnswerCursor } from '../../../src/core/conversation/answers/index.js';
import { answerQuestion } from '../../../src/core/conversation/answers/index.js';
import type { ReportView } from '../../../src/core/conversation/answers/view.js';
import { analyzeText } from '../../../src/core/pipeline.js';
import type { Block, ReplyMessage } from '../../../src/core/reply/types.js';

export const NOW = new Date('2026-12-03T00:00:00Z');

export const SHOP_RESUME = `Robin Vale
Retail Supervisor
robin.vale@example.com | +1 555 0100 | Springfield

PERSONAL DETAILS
Date of Birth: 04/05/1995
Marital Status: Single

SUMMARY
Retail supervisor with six years on the shop floor. Quick learner and team player.

EXPERIENCE
Store Supervisor, Harbour Fashion                                    2022 – Present
• Responsible for 12 staff across morning and evening shifts
• Train new sales associates on the till and returns
• Cut stock discrepancies by 30% by introducing weekly counts

Sales Associate, Harbour Fashion                                     2019 – 2022
• Helps customers find sizes and styles on the shop floor
• Assists with deliveries and takes stock counts
• Was awarded Employee of the Month three times

Stock Clerk, Help Desk Hardware                                      2017 – 2019
• Unloaded deliveries and shelved stock

SKILLS
Retail: customer service, visual merchandising, cash handling
Certifications: First Aid, Food Hygiene Level 2
`;

const cache = new Map<string, Promise<ReportView>>();

export function reportOf(text: string = SHOP_RESUME): Promise<ReportView> {
  let r = cache.get(text);
  if (!r) {
    r = analyzeText(text, { now: NOW }).then((a) => a.report);
    cache.set(text, r);
  }
  return r;
}

/** Asks the questions in turn, carrying the cursor like a conversation does; returns every answer. */
export function converse(report: ReportView, ...questions: string[]): Answer[] {
  let cursor: AnswerCursor | null = null;
  return questions.map((text) => {
    const out = answerQuestion({ text, report, focusSection: null, jobDescription: null, cursor, now: NOW });
    cursor = out.cursor;
    return out;
  });
}

export function textOf(message: ReplyMessage): string {
  return [message.title, ...message.blocks.map(blockText)].join('\n');
}

function blockText(b: Block): string {
  switch (b.type) {
    case 'list':
      return b.items.join('\n');
    case 'rewrite':
      return `${b.before}\n${b.after}\n${b.note ?? ''}`;
    case 'finding':
      return `${b.title}\n${b.evidence ?? ''}\n${b.suggestion ?? ''}`;
    case 'fields':
      return b.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'divider':
      return '';
    default:
      return b.text;
  }
}

export function quoted(message: ReplyMessage): string[] {
  return message.blocks.flatMap((b) =>
    b.type === 'quote'
      ? [b.text]
      : b.type === 'rewrite'
        ? [b.before]
        : b.type === 'finding' && b.evidence
          ? [b.evidence]
          : [],
  );
}
