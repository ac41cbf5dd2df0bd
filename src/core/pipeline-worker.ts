/**
 * The text pool's worker process: extraction requests (extract/protocol.ts) and whole checks
 * (pipeline-protocol.ts, run by pipeline-check.ts: parse → rules → review → reply document, after
 * extracting a PDF/DOCX here), so the process that asked only stores and posts. One request at a time;
 * the parent enforces time and memory. Started with CHECKS_ARG, it loads the check's modules before it
 * says it is ready; otherwise on its first check.
 */
// First: source maps off and built-ins recorded, before pdf.js loads (see worker-preamble.ts).
import './extract/worker-preamble.js';
import { corrupt } from './extract/errors.js';
import { jobRequestSchema } from './extract/protocol.js';
import { extractInWorker, requestId, serveTextPool, toWireError } from './extract/worker.js';
import { CHECKS_ARG, type CheckError, checkRequestSchema } from './pipeline-protocol.js';

function send(message: unknown): void {
  process.send?.(message);
}

const internalError: CheckError = {
  code: 'internal',
  userMessage: 'Something went wrong while reviewing your resume. Please try again.',
  context: { detail: 'check-module' },
};

let checks: Promise<typeof import('./pipeline-check.js')> | null = null;
const loadChecks = () => {
  checks ??= import('./pipeline-check.js');
  return checks;
};

async function handle(raw: unknown): Promise<void> {
  const asCheck = checkRequestSchema.safeParse(raw);
  if (asCheck.success) {
    const request = asCheck.data;
    try {
      const { runCheck } = await loadChecks();
      send(await runCheck(request));
    } catch {
      send({ type: 'failed', id: request.id, error: internalError });
    }
    return;
  }
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

await serveTextPool(handle, async () => {
  // A module that fails to load here fails each check instead (as 'internal'), not the worker's start.
  if (process.argv.includes(CHECKS_ARG))
    await loadChecks().then(
      (m) => m.warmUpChecks(),
      () => undefined,
    );
});
