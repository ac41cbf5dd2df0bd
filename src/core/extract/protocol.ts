import { z } from 'zod';
import { ERROR_CODES, EXTRACT_ERROR_CODES } from '../errors.js';
import { lineFactsListSchema } from './line-facts.js';

/** Messages between the extraction pool (parent) and its worker processes. Both sides validate. */

/** pdf/docx: the text pool (worker.ts); image and pdf-ocr (a PDF without a text layer): the OCR pool (ocr-worker.ts). */
export const jobKindSchema = z.enum(['pdf', 'docx', 'image', 'pdf-ocr']);
export type JobKind = z.infer<typeof jobKindSchema>;

export const jobRequestSchema = z.object({
  id: z.number().int(),
  kind: jobKindSchema,
  data: z.instanceof(Uint8Array),
  maxPages: z.number().int().positive(),
  maxTotalPages: z.number().int().positive(),
});
export type JobRequest = z.infer<typeof jobRequestSchema>;

const linkSchema = z.object({ text: z.string().nullable(), url: z.string(), page: z.number().int().nullable() });

export const jobResultSchema = z.object({
  text: z.string(),
  pages: z.number().int().nullable(),
  pagesAnalysed: z.number().int().nullable(),
  truncated: z.boolean(),
  links: z.array(linkSchema),
  notes: z.array(z.string()),
  readingOrder: z.enum(['stored', 'rebuilt']).optional(),
  /** One entry per line of `text` (line-facts.ts); absent when the format gives no layout. */
  lineFacts: lineFactsListSchema.optional(),
  ocr: z
    .object({
      confidence: z.number().min(0).max(100),
      lowConfidencePages: z.array(z.number().int().positive()),
      ms: z.number().nonnegative(),
      /** Words recognised, for the too-little-read decision. */
      words: z.number().int().nonnegative(),
    })
    .optional(),
});
export type JobResult = z.infer<typeof jobResultSchema>;

export const wireErrorSchema = z.object({
  code: z.enum(EXTRACT_ERROR_CODES),
  userMessage: z.string(),
  context: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type WireError = z.infer<typeof wireErrorSchema>;

export const workerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('done'), id: z.number().int(), result: jobResultSchema }),
  z.object({ type: z.literal('failed'), id: z.number().int(), error: wireErrorSchema }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;

/**
 * What the pool reads from a worker of either module: the envelope only. A result is checked by the schema
 * of the request it answers (an extraction's jobResultSchema, a whole check's in pipeline-protocol.ts);
 * a failure may carry a code beyond extraction's (a review that broke is 'internal', not a damaged file).
 */
export const poolMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('done'), id: z.number().int(), result: z.unknown() }),
  z.object({
    type: z.literal('failed'),
    id: z.number().int(),
    error: wireErrorSchema.extend({ code: z.enum(ERROR_CODES) }),
  }),
]);
