/** zod mirror of src/core/reply/types.ts, for reply documents that cross a process boundary (job results). */
import { z } from 'zod';
import { cardSchema } from '../card/types.js';
import { SECTION_KINDS } from '../resume/types.js';
import type { Block, ReplyDocument, ReplyMessage } from '../reply/types.js';

const severity = z.enum(['high', 'medium', 'low']);

export const blockSchema: z.ZodType<Block> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('heading'), text: z.string() }),
  z.object({ type: z.literal('list'), items: z.array(z.string()), ordered: z.boolean().optional() }),
  z.object({ type: z.literal('quote'), text: z.string() }),
  z.object({
    type: z.literal('finding'),
    severity,
    rule: z.string(),
    title: z.string(),
    evidence: z.string().nullable(),
    suggestion: z.string().nullable(),
  }),
  z.object({ type: z.literal('rewrite'), before: z.string(), after: z.string(), note: z.string().optional() }),
  z.object({ type: z.literal('fields'), fields: z.array(z.object({ label: z.string(), value: z.string() })) }),
  z.object({ type: z.literal('context'), text: z.string() }),
  z.object({ type: z.literal('divider') }),
]);

export const replyMessageSchema: z.ZodType<ReplyMessage> = z.object({
  kind: z.enum(['summary', 'section', 'answer', 'notice', 'error', 'progress']),
  title: z.string(),
  tone: z.enum(['high', 'medium', 'low', 'ok', 'info']),
  blocks: z.array(blockSchema),
  section: z
    .object({ index: z.number().int(), kind: z.enum(SECTION_KINDS), heading: z.string().nullable() })
    .optional(),
  private: z.boolean().optional(),
  card: cardSchema.optional(),
});

export const replyDocumentSchema: z.ZodType<ReplyDocument> = z.object({ messages: z.array(replyMessageSchema).min(1) });
