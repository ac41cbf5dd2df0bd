/**
 * A whole check inside the text pool's worker (pipeline-protocol.ts): the request's text (extracted here
 * for a PDF/DOCX) → parse → rules → review → reply document. Loaded by pipeline-worker.ts on the first
 * check, or at its start when the parent runs checks (the review's modules cost seconds to load: a worker
 * that only extracts never pays for them).
 */
import { CodedError, isCodedError } from './errors.js';
import { extractPastedText } from './extract/text.js';
import type { ExtractResult } from './extract/types.js';
import { extractInWorker, toWireError } from './extract/worker.js';
import { analyzeExtracted } from './pipeline.js';
import { type CheckRequest, type CheckResult, type CheckWorkerMessage, checkErrorSchema } from './pipeline-protocol.js';
import { WARM_UP_RESUME } from './pipeline-warm-up.js';

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

export async function runCheck(request: CheckRequest): Promise<CheckWorkerMessage> {
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

/** Loads the parser's and the rules' data (compromise's lexicon, role profiles) and JITs them once. */
export function warmUpChecks(): void {
  try {
    analyzeExtracted(extractPastedText(WARM_UP_RESUME));
  } catch {
    // The first check will report it.
  }
}
