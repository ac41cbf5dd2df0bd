/**
 * The conversation's memory of the last answer, small enough to store with the thread: what was asked,
 * about what, and which of the user's lines it already showed. "and the next ones?", "ok and after
 * that", "what about my skills then" continue from it.
 */
import { z } from 'zod';

export const answerCursorSchema = z.object({
  v: z.literal(1),
  /** The ask of the last answer (an Ask id). */
  ask: z.string(),
  /** What it was about. */
  section: z.number().int().min(0).nullable(),
  entry: z.number().int().min(0).nullable(),
  bullet: z.number().int().min(0).nullable(),
  /** For list answers (quantify, improve, …): the lines already shown, in order; for 'priorities', "rule:<id>" of the checks listed. */
  shown: z.array(z.string()).max(60),
  /** True when a list answer had more lines than it showed. */
  more: z.boolean(),
  /** The review it was about (reviewMark): a cursor from an earlier review of the thread is no cursor. */
  review: z.string().max(16).optional(),
});
export type AnswerCursor = z.infer<typeof answerCursorSchema>;

export function cursorFor(
  ask: string,
  about: { section?: number | null; entry?: number | null; bullet?: number | null },
  shown: readonly string[] = [],
  more = false,
): AnswerCursor {
  return {
    v: 1,
    ask,
    section: about.section ?? null,
    entry: about.entry ?? null,
    bullet: about.bullet ?? null,
    shown: shown.slice(-60),
    more,
  };
}

/** A stored cursor read back: anything malformed is no cursor. */
export function parseCursor(value: unknown): AnswerCursor | null {
  const parsed = answerCursorSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** FNV-1a, 32 bit, as hex. */
function fnv(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

const marks = new WeakMap<object, string>();

/** A short mark of one review: its score and every line the cursor can point at, in order. */
export function reviewMark(report: {
  score: number;
  sections: readonly { heading: string | null; entries?: readonly { bullets?: readonly string[] }[] }[];
}): string {
  let mark = marks.get(report);
  if (!mark) {
    const parts = report.sections.map(
      (s) => `${s.heading ?? ''}:${(s.entries ?? []).map((e) => (e.bullets ?? []).join('\u0001')).join('\u0002')}`,
    );
    mark = fnv(`${report.score}\u0003${parts.join('\u0003')}`);
    marks.set(report, mark);
  }
  return mark;
}

/**
 * The cursor to store after an answer: tied to its review, and for an answer that pointed at no list or
 * line of its own, the user's lines it quoted (so "and the next one?" moves past them).
 */
export function withQuoted(
  cursor: AnswerCursor | null,
  quoted: readonly string[],
  review: string,
): AnswerCursor | null {
  if (!cursor) return null;
  const shown = cursor.shown.length === 0 && cursor.bullet === null ? [...new Set(quoted)].slice(-60) : cursor.shown;
  return { ...cursor, shown, review };
}
