/**
 * The text pool's worker process: extraction requests (extract/protocol.ts) and whole checks
 * (pipeline-protocol.ts: parse → rules → review → reply document, after extracting a PDF/DOCX here), so the
 * process that asked only stores and posts. One request at a time; the parent enforces time and memory.
 */
// First: source maps off and built-ins recorded, before pdf.js loads (see worker-preamble.ts).
import './extract/worker-preamble.js';
import { CodedError, isCodedError } from './errors.js';
import { corrupt } from './extract/errors.js';
import { jobRequestSchema } from './extract/protocol.js';
import { extractPastedText } from './extract/text.js';
import type { ExtractResult } from './extract/types.js';
import { extractInWorker, requestId, serveTextPool, toWireError } from './extract/worker.js';
import { analyzeExtracted } from './pipeline.js';
import {
  type CheckRequest,
  type CheckResult,
  type CheckWorkerMessage,
  checkErrorSchema,
  checkRequestSchema,
} from './pipeline-protocol.js';
import { WARM_UP_RESUME } from './pipeline-warm-up.js';

function send(message: unknown): void {
  process.send?.(message);
}

/** The request's text, extracted here when it is a file (its errors are the file's: toWireError). */
async function extracted(request: CheckRequest): Promise<ExtractResult> {
  const { input, fileName } = request;
  if (input.from === 'extracted') return input.extracted;
  if (input.from === 'text') {
    const result = extractPastedText(input.text, { maxBytes: input.maxBytes, maxPages: input.maxPages, fileName });
    return input.bytes === null ? result : { ...result, bytes: input.bytes };
  }
  const { format, data, maxPages, maxTotalPages } = input;
  const result = await extractInWorker({ kind: format, data, maxPages, maxTotalPages });
  return { format, ...result, bytes: data.length, fileName };
}

function review(request: CheckRequest, text: ExtractResult): CheckResult {
  const { role, jobDescription, now } = request;
  const analysis = analyzeExtracted(
    text,
    now === null ? { role, jobDescription } : { role, jobDescription, now: new Date(now) },
  );
  return { report: analysis.report, document: analysis.document };
}

/** A review that broke is ours to retry, not a damaged file. */
function reviewFailure(err: unknown): CodedError {
  if (isCodedError(err)) return err;
  return new CodedError('internal', 'Something went wrong while reviewing your resume. Please try again.', {
    context: { detail: 'review-error', errName: err instanceof Error ? err.name : 'unknown' },
  });
}

async function check(request: CheckRequest): Promise<CheckWorkerMessage> {
  let text: ExtractResult;
  try {
    text = await extracted(request);
  } catch (err) {
    return { type: 'failed', id: request.id, error: toWireError(err) };
  }
  try {
    return { type: 'done', id: request.id, result: review(request, text) };
  } catch (err) {
    const coded = reviewFailure(err);
    const error = checkErrorSchema.safeParse({
      code: coded.code,
      userMessage: coded.userMessage,
      context: { ...coded.context },
    });
    return {
      type: 'failed',
      id: request.id,
      error: error.success ? error.data : { code: 'internal', userMessage: coded.userMessage, context: {} },
    };
  }
}

async function handle(raw: unknown): Promise<void> {
  const asCheck = checkRequestSchema.safeParse(raw);
  if (asCheck.success) return send(await check(asCheck.data));
  const asJob = jobRequestSchema.safeParse(raw);
  if (asJob.success) {
    const job = asJob.data;
    try {
      send({ type: 'done', id: job.id, result: await extractInWorker(job) });
    } catch (err) {
      send({ type: 'failed', id: job.id, error: toWireError(err) });
    }
    return;
  }
  const id = requestId(raw);
  if (id !== null) send({ type: 'failed', id, error: toWireError(corrupt('bad-request')) });
}

await serveTextPool(handle, () => {
  // Load the parser's and the rules' data (compromise's lexicon, role profiles) before the first check.
  try {
    analyzeExtracted(extractPastedText(WARM_UP_RESUME));
  } catch {
    // The first check will report it.
  }
});
