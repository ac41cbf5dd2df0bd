/**
 * Extraction worker: a child process of the pool. Parses one file at a time and answers over IPC. The parent
 * kills it on a timeout or when its memory grows too much, so nothing here needs to defend against slow files.
 */
// First: source maps off and built-ins recorded, before pdf.js loads (see worker-preamble.ts).
import './worker-preamble.js';
import { z } from 'zod';
import { isCodedError } from '../errors.js';
import { extractDocx } from './docx.js';
import { corrupt } from './errors.js';
import { restoreNatives } from './natives.js';
import { extractPdf } from './pdf.js';
import {
  jobRequestSchema,
  wireErrorSchema,
  type JobRequest,
  type JobResult,
  type WireError,
  type WorkerMessage,
} from './protocol.js';
import { WARM_UP_PDF } from './warm-up.js';

function send(message: WorkerMessage): void {
  process.send?.(message);
}

async function run(job: JobRequest): Promise<JobResult> {
  if (job.kind === 'pdf') {
    return extractPdf(job.data, { maxPages: job.maxPages, maxTotalPages: job.maxTotalPages });
  }
  const docx = await extractDocx(job.data, { maxPages: job.maxPages });
  return { ...docx, pages: null, pagesAnalysed: null };
}

/** Extraction errors travel as code + message; anything unexpected from a parser means an unreadable file. */
function toWireError(err: unknown): WireError {
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

async function handle(raw: unknown): Promise<void> {
  const parsed = jobRequestSchema.safeParse(raw);
  if (!parsed.success) {
    // Answer what we can, so the parent does not wait for its time limit.
    const id = z.object({ id: z.number().int() }).safeParse(raw);
    if (id.success) send({ type: 'failed', id: id.data.id, error: toWireError(corrupt('bad-request')) });
    return;
  }
  const job = parsed.data;
  try {
    send({ type: 'done', id: job.id, result: await run(job) });
  } catch (err) {
    send({ type: 'failed', id: job.id, error: toWireError(err) });
  } finally {
    restoreNatives(); // in case a lazily loaded part of pdf.js / mammoth patched them again
  }
}

// Jobs arrive one at a time (the pool never sends a second before the answer), but keep them in order anyway.
let chain: Promise<void> = Promise.resolve();
process.on('message', (raw: unknown) => {
  chain = chain.then(() => handle(raw));
});
// The parent went away: nothing left to do.
process.on('disconnect', () => process.exit(0));

// Load pdf.js (and its fake worker) and JIT the hot paths before saying we are ready.
await extractPdf(WARM_UP_PDF, { maxPages: 1, maxTotalPages: 1 }).catch(() => undefined);
restoreNatives();
send({ type: 'ready' });
