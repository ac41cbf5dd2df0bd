/**
 * "Run a check" kept apart from "handle an event": a CheckJob is plain JSON (ids, role, job description,
 * the file as base64 or the pasted text) and a JobResult is plain JSON too (report + reply document), so
 * a later issue can carry jobs through a durable queue shared by several processes. The in-process
 * runner round-trips both through JSON to keep that promise honest.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CodedError } from '../errors.js';
import type { Report } from '../report/index.js';
import type { ReplyDocument } from '../reply/types.js';
import { ROLE_IDS } from '../roles/types.js';
import type { Analyzer } from './analyzer.js';
import { replyDocumentSchema } from './reply-schema.js';

export const checkJobSchema = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  platform: z.string(),
  userId: z.string(),
  conversationId: z.string(),
  threadId: z.string().nullable(),
  role: z.enum(ROLE_IDS).nullable(),
  jobDescription: z.string().nullable(),
  input: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('file'),
      name: z.string().nullable(),
      mimeType: z.string().nullable(),
      base64: z.string(),
    }),
    z.object({ kind: z.literal('text'), text: z.string() }),
  ]),
  limits: z.object({
    maxBytes: z.number().int().positive(),
    maxPages: z.number().int().positive(),
    timeoutMs: z.number().int().positive(),
  }),
});
export type CheckJob = z.infer<typeof checkJobSchema>;

export interface JobResult {
  jobId: string;
  report: Report;
  document: ReplyDocument;
}

const jobResultEnvelope = z.object({ jobId: z.string(), report: z.unknown(), document: replyDocumentSchema });

export interface JobRunner {
  run(job: CheckJob): Promise<JobResult>;
  close(): Promise<void>;
}

export function newJobId(): string {
  return randomUUID();
}

export function encodeJob(job: CheckJob): string {
  return JSON.stringify(checkJobSchema.parse(job));
}

export function decodeJob(json: string): CheckJob {
  return checkJobSchema.parse(JSON.parse(json));
}

export function encodeJobResult(result: JobResult): string {
  return JSON.stringify(result);
}

export function decodeJobResult(json: string, analyzer: Pick<Analyzer, 'parseReport'>): JobResult {
  const envelope = jobResultEnvelope.parse(JSON.parse(json));
  const report = analyzer.parseReport(envelope.report);
  if (!report)
    throw new CodedError('internal', 'The check produced a report I could not read.', {
      context: { jobId: envelope.jobId },
    });
  return { jobId: envelope.jobId, report, document: envelope.document };
}

/** Runs a job with the analyzer in this process. */
export async function runCheckJob(job: CheckJob, analyzer: Analyzer): Promise<JobResult> {
  const options = {
    fileName: job.input.kind === 'file' ? job.input.name : null,
    role: job.role,
    jobDescription: job.jobDescription,
    limits: job.limits,
  };
  const analysis =
    job.input.kind === 'file'
      ? await analyzer.analyzeFile(new Uint8Array(Buffer.from(job.input.base64, 'base64')), options)
      : await analyzer.analyzeText(job.input.text, options);
  return { jobId: job.id, report: analysis.report, document: analysis.document };
}

export function createInProcessJobRunner(analyzer: Analyzer): JobRunner {
  return {
    async run(job) {
      const result = await runCheckJob(decodeJob(encodeJob(job)), analyzer);
      return decodeJobResult(encodeJobResult(result), analyzer);
    },
    async close() {},
  };
}
