/**
 * The whole check off this process's main thread: the text pool's worker (pipeline-worker.ts) extracts a
 * PDF/DOCX and goes straight on to parse → rules → review → reply document; pasted text and text OCR read
 * (in its own pool) go there too. Here only the format is sniffed and the answer checked, so a bot or
 * queue worker spends its main thread on storing and posting. Same results as pipeline.ts's in-process
 * analyzeFile/analyzeText.
 */
import { callTextPool, configureTextPool, routeFile } from './extract/extract-file.js';
import { resolveLimits } from './extract/limits.js';
import type { CheckInput, CheckResult } from './pipeline-protocol.js';
import { CHECKS_ARG, checkResultSchema } from './pipeline-protocol.js';
import type { AnalyzeOptions } from './pipeline.js';

// A process that runs checks this way has its text workers load the review before they say they are ready
// (warmUpExtractors at start-up then covers the first check too); one that only extracts never loads it.
configureTextPool({ workerArgs: [CHECKS_ARG] });

/**
 * Time the review itself may take on top of the extraction's limit (~40 ms on a busy 2-core machine; a
 * review is never killed for a slow extraction's sake, nor does a stuck one run forever).
 */
export const REVIEW_ALLOWANCE_MS = 10_000;

function call(input: CheckInput, timeoutMs: number, options: AnalyzeOptions): Promise<CheckResult> {
  const { fileName = null, role = null, jobDescription = null, now } = options;
  return callTextPool({
    kind: input.from === 'file' ? input.format : 'check',
    timeoutMs: timeoutMs + REVIEW_ALLOWANCE_MS,
    message: { kind: 'check', input, fileName, role, jobDescription, now: now ? now.getTime() : null },
    result: checkResultSchema,
  });
}

export function analyzeFilePooled(bytes: Uint8Array, options: AnalyzeOptions = {}): Promise<CheckResult> {
  const extractOptions = { ...options.limits, fileName: options.fileName ?? null };
  const limits = resolveLimits(extractOptions);
  const text = (value: string, size: number | null): CheckInput => ({
    from: 'text',
    text: value,
    bytes: size,
    maxBytes: limits.maxBytes,
    maxPages: limits.maxPages,
  });
  return routeFile(bytes, extractOptions, {
    text: (value, size) => call(text(value, size), 0, options),
    parse: ({ format, data, maxPages, maxTotalPages, timeoutMs }) =>
      call({ from: 'file', format, data, maxPages, maxTotalPages }, timeoutMs, options),
    read: (extracted) => call({ from: 'extracted', extracted }, 0, options),
  });
}

export function analyzeTextPooled(text: string, options: AnalyzeOptions = {}): Promise<CheckResult> {
  const limits = resolveLimits({ ...options.limits });
  return call({ from: 'text', text, bytes: null, maxBytes: limits.maxBytes, maxPages: limits.maxPages }, 0, options);
}
