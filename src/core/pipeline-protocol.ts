/**
 * A whole check in the text pool's worker (pipeline-worker.ts): the request the bot or queue worker sends
 * and the answer it gets — the report and the reply document, nothing else. Both sides validate; the
 * parent's check matters most, since the worker has just parsed a hostile file.
 */
import { z } from 'zod';
import { ERROR_CODES } from './errors.js';
import { jobResultSchema, wireErrorSchema } from './extract/protocol.js';
import { replyDocumentSchema } from './conversation/reply-schema.js';
import { reportSchema } from './report/index.js';
import { ROLE_IDS } from './roles/types.js';

/** The text pool's worker argument that has it load the check's modules at start (pipeline-pooled.ts sets it). */
export const CHECKS_ARG = '--checks';

/** What the extraction of a picture or scan by OCR (in its own pool) hands on to the check. */
const extractedSchema = jobResultSchema.extend({
  format: z.enum(['pdf', 'docx', 'text', 'image']),
  bytes: z.number().int().nonnegative(),
  fileName: z.string().nullable(),
});

const inputSchema = z.discriminatedUnion('from', [
  /** A PDF or DOCX: extracted in the worker first. */
  z.object({
    from: z.literal('file'),
    format: z.enum(['pdf', 'docx']),
    data: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes'),
    maxPages: z.number().int().positive(),
    maxTotalPages: z.number().int().positive(),
  }),
  /** Pasted text, or a text file decoded (`bytes`: the file's size). */
  z.object({
    from: z.literal('text'),
    text: z.string(),
    bytes: z.number().int().nonnegative().nullable(),
    maxBytes: z.number().positive(),
    maxPages: z.number().int().positive(),
  }),
  /** Text OCR read. */
  z.object({ from: z.literal('extracted'), extracted: extractedSchema }),
]);

export const checkRequestSchema = z.object({
  kind: z.literal('check'),
  id: z.number().int(),
  input: inputSchema,
  fileName: z.string().nullable(),
  role: z.enum(ROLE_IDS).nullable(),
  jobDescription: z.string().nullable(),
  /** The date "present" means, as epoch ms (null: the worker's clock). */
  now: z.number().nullable(),
});
export type CheckRequest = z.infer<typeof checkRequestSchema>;
export type CheckInput = CheckRequest['input'];

export const checkResultSchema = z.object({ report: reportSchema, document: replyDocumentSchema });
export type CheckResult = z.infer<typeof checkResultSchema>;

/** A failed check: an extraction's codes, or 'internal' when the review itself broke. */
export const checkErrorSchema = wireErrorSchema.extend({ code: z.enum(ERROR_CODES) });

export type CheckError = z.infer<typeof checkErrorSchema>;

export type CheckWorkerMessage =
  | { type: 'done'; id: number; result: CheckResult }
  | { type: 'failed'; id: number; error: CheckError };
