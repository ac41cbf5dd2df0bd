/**
 * The text pool's worker side (its entry is src/core/pipeline-worker.ts, which also runs the rest of a
 * check): parses one file at a time and answers over IPC. The parent kills the process on a timeout or when
 * its memory grows too much, so nothing here needs to defend against slow files.
 */
import { z } from 'zod';
import { isCodedError } from '../errors.js';
import { extractDocx } from './docx.js';
import { corrupt } from './errors.js';
import { restoreNatives } from './natives.js';
import { extractPdf } from './pdf.js';
import { type JobRequest, type JobResult, type WireError, wireErrorSchema } from './protocol.js';
import { WARM_UP_PDF } from './warm-up.js';

/** One file, as a job request names it (the id is the caller's business). */
export async function extractInWorker(job: Omit<JobRequest, 'id' | 'data'> & { data: Uint8Array }): Promise<JobResult> {
  try {
    if (job.kind === 'pdf') {
      return await extractPdf(job.data, { maxPages: job.maxPages, maxTotalPages: job.maxTotalPages });
    }
    if (job.kind !== 'docx') throw corrupt('wrong-pool');
    const docx = await extractDocx(job.data, { maxPages: job.maxPages });
    return { ...docx, pages: null, pagesAnalysed: null };
  } finally {
    restoreNatives(); // in case a lazily loaded part of pdf.js / mammoth patched them again
  }
}

/** Extraction errors travel as code + message; anything unexpected from a parser means an unreadable file. */
export function toWireError(err: unknown): WireError {
  const coded = isCodedError(err) ? err : corrupt('parser-error', err);
  const parsed = wireErrorSchema.safeParse({
    code: coded.code,
    userMessage: coded.userMessage,
    context: { ...coded.context },
  });
  if (parsed.success) return parsed.data;
  const fallback = corrupt('parser-error');
  return { code: 'corrupt', userMessage: fallback.userMessage, context: { detail: 'parser-error' } };
}

const idSchema = z.object({ id: z.number().int() });

/** The id of a request that failed its schema, so the parent can be answered instead of waiting for its time limit. */
export function requestId(raw: unknown): number | null {
  const parsed = idSchema.safeParse(raw);
  return parsed.success ? parsed.data.id : null;
}

/**
 * Serves the pool: each request goes to `handle` (which answers it with process.send), one at a time and in
 * order. Loads pdf.js (and its fake worker) and JITs the hot paths first, then says it is ready.
 */
export async function serveTextPool(
  handle: (raw: unknown) => Promise<void>,
  warmUp: () => Promise<void>,
): Promise<void> {
  // Requests arrive one at a time (the pool never sends a second before the answer); keep them in order anyway.
  let chain: Promise<void> = Promise.resolve();
  process.on('message', (raw: unknown) => {
    // A handler that throws must not stop the ones after it (a rejected chain would skip them).
    chain = chain.then(() => handle(raw)).catch(() => undefined);
  });
  // The parent went away: nothing left to do.
  process.on('disconnect', () => process.exit(0));
  await extractPdf(WARM_UP_PDF, { maxPages: 1, maxTotalPages: 1 }).catch(() => undefined);
  restoreNatives();
  await warmUp();
  process.send?.({ type: 'ready' });
}
