/**
 * "more", "and the next one?", "the job after that": continuing from the previous answer's cursor. A list
 * answer pages on past the lines it showed; a one-bullet answer moves to the next bullet; an entry answer to
 * the next entry; anything else to the next lines that need work, skipping the ones already shown.
 */
import type { ReplyMessage } from '../../reply/types.js';
import { type Ask, askOf } from './asks.js';
import { pagedBullets, type Paged } from './bullets.js';
import { type AnswerCursor, cursorFor } from './cursor.js';
import { entryAnswer } from './entry-answers.js';
import { bulletAnswer } from './line-answers.js';
import { prioritiesAnswer, prioritiesShown } from './review-level.js';
import { type BulletRef, bulletsOf, type EntryRef, entriesOf } from './outline.js';
import { answer, type ReportView } from './view.js';

export interface Composed {
  message: ReplyMessage;
  cursor: AnswerCursor | null;
}

export function fromPaged(ask: Ask, section: number | null, p: Paged): Composed {
  return { message: p.message, cursor: cursorFor(ask, { section }, p.shown, p.more) };
}

/** The ask as it applies to one line ("improve this section" → rewrite this line). */
export function lineAsk(ask: Ask): Ask {
  if (ask === 'improve' || ask === 'review') return 'rewrite';
  if (ask === 'finding') return 'explain';
  return ask;
}

function nextEntry(report: ReportView, cursor: AnswerCursor): EntryRef | 'end' | null {
  if (cursor.section === null || cursor.entry === null) return null;
  const all = entriesOf(report);
  const at = all.findIndex((e) => e.section === cursor.section && e.entry === cursor.entry);
  if (at < 0) return null;
  return all[at + 1] ?? 'end';
}

/** The bullet after the cursor's: the next one in the same entry, else the first of the next entry. */
function nextBullet(report: ReportView, cursor: AnswerCursor): BulletRef | 'end' | null {
  if (cursor.section === null || cursor.entry === null || cursor.bullet === null) return null;
  const all = bulletsOf(report);
  const at = all.findIndex(
    (b) => b.section === cursor.section && b.entry === cursor.entry && b.bullet === cursor.bullet,
  );
  if (at < 0) return null;
  return all[at + 1] ?? 'end';
}

const lastOne = (what: string): ReplyMessage =>
  answer('That was the last one', [
    {
      type: 'paragraph',
      text: `That was the last ${what}. Ask "what should I fix first" for the next steps across the whole resume.`,
    },
  ]);

export function continueFrom(report: ReportView, cursor: AnswerCursor | null, now: Date): Composed {
  if (!cursor) return fromPaged('improve', null, pagedBullets(report, null, 'improve'));
  if (cursor.ask === 'priorities') {
    const listed = cursor.shown.filter((l) => l.startsWith('rule:')).map((l) => l.slice(5));
    const next = prioritiesShown(report, 3, listed);
    return {
      message: prioritiesAnswer(report, 3, listed),
      cursor: cursorFor(
        'priorities',
        {},
        [...listed, ...next].map((r) => `rule:${r}`),
        next.length > 0,
      ),
    };
  }
  const bullet = nextBullet(report, cursor);
  if (bullet === 'end') return { message: lastOne('bullet'), cursor };
  if (bullet) {
    const ask = lineAsk(askOf(cursor.ask));
    return {
      message: bulletAnswer(report, bullet, ask),
      cursor: cursorFor(ask, { section: bullet.section, entry: bullet.entry, bullet: bullet.bullet }),
    };
  }
  if (cursor.entry === null) {
    const mode = cursor.ask === 'quantify' ? 'quantify' : 'improve';
    return fromPaged(askOf(cursor.ask), cursor.section, pagedBullets(report, cursor.section, mode, cursor.shown));
  }
  const next = nextEntry(report, cursor);
  if (next === 'end') return { message: lastOne('entry with bullets'), cursor };
  const ask = askOf(cursor.ask);
  if (next)
    return {
      message: entryAnswer(report, next, ask, now),
      cursor: cursorFor(ask, { section: next.section, entry: next.entry }),
    };
  return fromPaged('improve', null, pagedBullets(report, null, 'improve', cursor.shown));
}
