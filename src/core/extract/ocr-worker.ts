/**
 * OCR worker: a child process of the OCR pool, separate from the text pool so a slow scan never holds up
 * PDF/DOCX parsing. Reads pictures and PDFs without a text layer, one at a time; the parent kills it on its
 * own time limit (OCR_TIMEOUT_MS) or when its memory grows too much (tesseract's WebAssembly heap is outside
 * V8's, so only the resident-memory watch covers it).
 */
import './worker-preamble.js';
import { z } from 'zod';
import { isCodedError } from '../errors.js';
import { corrupt } from './errors.js';
import { ocrEngine } from './ocr-engine.js';
import { renderPdfPages } from './ocr-pdf.js';
import { preparePicture } from './ocr-picture.js';
import { picturePointsPerPixel, ocrResult, recognisePage } from './ocr-read.js';
import type { OcrPage } from './ocr-lines.js';
import { restoreNatives } from './natives.js';
import {
  jobRequestSchema,
  wireErrorSchema,
  type JobRequest,
  type JobResult,
  type WireError,
  type WorkerMessage,
} from './protocol.js';

function send(message: WorkerMessage): void {
  process.send?.(message);
}

async function run(job: JobRequest): Promise<JobResult> {
  const started = performance.now();
  if (job.kind === 'image') {
    const image = await preparePicture(job.data);
    const page = await recognisePage(image, picturePointsPerPixel, { first: true });
    return ocrResult({ pages: [page], ms: performance.now() - started, totalPages: 1, truncated: false });
  }
  if (job.kind !== 'pdf-ocr') throw corrupt('wrong-pool');
  const rendered = await renderPdfPages(job.data, { maxPages: job.maxPages, maxTotalPages: job.maxTotalPages });
  try {
    const pages: OcrPage[] = [];
    for await (const { image, pointsPerPixel } of rendered.pages)
      pages.push(await recognisePage(image, () => pointsPerPixel, { first: pages.length === 0 }));
    return ocrResult({
      pages,
      ms: performance.now() - started,
      totalPages: rendered.total,
      truncated: rendered.total > pages.length,
    });
  } finally {
    await rendered.close();
  }
}

function toWireError(err: unknown): WireError {
  const coded = isCodedError(err) ? err : corrupt('ocr-error', err);
  const parsed = wireErrorSchema.safeParse({
    code: coded.code,
    userMessage: coded.userMessage,
    context: { ...coded.context },
  });
  if (parsed.success) return parsed.data;
  return { code: 'corrupt', userMessage: corrupt('ocr-error').userMessage, context: { detail: 'ocr-error' } };
}

async function handle(raw: unknown): Promise<void> {
  const parsed = jobRequestSchema.safeParse(raw);
  if (!parsed.success) {
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
    restoreNatives();
  }
}

let chain: Promise<void> = Promise.resolve();
process.on('message', (raw: unknown) => {
  chain = chain.then(() => handle(raw));
});
process.on('disconnect', () => process.exit(0));

// The engine (model load, ~0.3 s) before saying we are ready: the first file then pays only for itself.
await ocrEngine();
restoreNatives();
send({ type: 'ready' });
