/**
 * The score card as plain data: what the picture says, with no pixels in it. The reply document carries a
 * card on the summary (and on the before/after message of a re-check); each adapter decides how to post
 * it, and renders it with `renderCard`. Every string is plain text from the report, never the user's name.
 */
import { z } from 'zod';

const score = z.number().int().min(0).max(100);

export const scoreCardSchema = z.object({
  kind: z.literal('score'),
  score,
  /** The role the resume was reviewed against, e.g. "Backend engineer". */
  role: z.string(),
  /** How the role was chosen: "detected", "your choice", "general checks". */
  roleNote: z.string().nullable(),
  /** One bar per section in document order; `score` null: not scored; `missing`: expected but absent. */
  sections: z.array(
    z.object({
      label: z.string(),
      /** The section kind's own name ("Experience"), shown when the label has letters the font lacks. */
      kindLabel: z.string(),
      score: score.nullable(),
      missing: z.boolean(),
    }),
  ),
  pillars: z.array(z.object({ label: z.string(), shown: z.boolean() })),
  /** At most three, short, with the points each is worth (null when unknown). */
  fixes: z.array(z.object({ text: z.string(), points: z.number().int().min(0).nullable() })).max(3),
});
export type ScoreCard = z.infer<typeof scoreCardSchema>;

export const deltaCardSchema = z.object({
  kind: z.literal('delta'),
  before: score,
  after: score,
  /** Sections of the new version, with their score before (null: new section) and after. */
  sections: z.array(
    z.object({ label: z.string(), kindLabel: z.string(), before: score.nullable(), after: score.nullable() }),
  ),
  fixed: z.number().int().min(0),
  stillOpen: z.number().int().min(0),
  new: z.number().int().min(0),
});
export type DeltaCard = z.infer<typeof deltaCardSchema>;

export const cardSchema = z.discriminatedUnion('kind', [scoreCardSchema, deltaCardSchema]);
export type Card = z.infer<typeof cardSchema>;

/** The card picture's size: the 1.91:1 link-preview shape, readable on a phone. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
