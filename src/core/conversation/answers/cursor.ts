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
  /** For list answers (quantify, improve, …): the lines already shown, in order. */
  shown: z.array(z.string()).max(60),
  /** True when a list answer had more lines than it showed. */
  more: z.boolean(),
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
