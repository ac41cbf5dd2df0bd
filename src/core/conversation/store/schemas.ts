/** What the conversation store keeps, validated with zod whenever it is read back. */
import { z } from 'zod';

export const KEY_KINDS = ['review', 'last', 'message', 'thread', 'role', 'jd', 'input', 'cursor'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

export const storedReviewSchema = z.object({
  v: z.literal(1),
  /** Unique per check: tells a stale section link from a current one after a re-check. */
  id: z.string(),
  key: z.string(),
  platform: z.string(),
  userId: z.string(),
  conversationId: z.string(),
  threadId: z.string().nullable(),
  createdAt: z.number(),
  summaryMessageId: z.string().nullable(),
  /** The public report (validated against the report schema by the reader). */
  report: z.unknown(),
  jobDescription: z.string().nullable(),
  /** Bot message id → section index (null: the summary or a delta message). */
  sectionMessages: z.record(z.string(), z.number().int().nullable()),
});
export type StoredReview = z.infer<typeof storedReviewSchema>;

export const messageLinkSchema = z.object({
  reviewKey: z.string(),
  reviewId: z.string(),
  sectionIndex: z.number().int().nullable(),
  sectionKind: z.string().nullable(),
});
export type MessageLink = z.infer<typeof messageLinkSchema>;

/** One part of a paste a platform cut (its event id, its text, and which process's append it was). */
export const pastePartSchema = z.object({ id: z.string(), text: z.string(), token: z.string() });
export type PastePart = z.infer<typeof pastePartSchema>;

export const lastInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('file'),
    name: z.string().nullable(),
    mimeType: z.string().nullable(),
    base64: z.string(),
    savedAt: z.number(),
  }),
  z.object({ kind: z.literal('text'), text: z.string(), savedAt: z.number() }),
]);
export type LastInput = z.infer<typeof lastInputSchema>;
