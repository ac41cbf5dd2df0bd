import { isCodedError } from '../errors.js';
import { log } from '../log.js';
import { empty, expandsTooMuch, tooLarge, unsupportedFormat } from './errors.js';
import { MAX_DOCX_INFLATED_BYTES, resolveLimits } from './limits.js';
import { ocrSettings } from './ocr-config.js';
import { checkOcrResult, checkPictureSize } from './ocr-limits.js';
import { ExtractorPool, type PoolCall, type PoolJob, type PoolOptions } from './pool.js';
import type { JobKind, JobResult } from './protocol.js';
import { identify } from './sniff.js';
import { extractPastedText } from './text.js';
import type { ExtractOptions, ExtractResult, FileFormat } from './types.js';

let pool: ExtractorPool | null = null;
let ocrPool: ExtractorPool | null = null;
let poolOptions: PoolOptions = {};
/**
 * OCR has its own pool: one process (OCR is CPU-bound: two at once on a small machine only halve each other),
 * started on the first picture, not at start-up. tesseract's WebAssembly memory is outside the V8 heap,
 * hence the larger resident-memory cap.
 */
const OCR_POOL: PoolOptions = {
  worker: 'ocr',
  size: 1,
  heapMb: 384,
  rssLimitMb: 1_200,
  niceness: 10,
  // Loading pdf.js and the model at niceness 10 took over 30 s on this 2-core machine at load 20 (measured).
  startupTimeoutMs: 90_000,
};

/**
 * Settings of the text pool's workers from the next start of the pool on (a pool already running keeps
 * its own): pipeline-pooled.ts has them load the check's modules up front.
 */
export function configureTextPool(options: Pick<PoolOptions, 'workerArgs'>): void {
  poolOptions = { ...poolOptions, ...options };
}

function getPool(): ExtractorPool {
  pool ??= new ExtractorPool(poolOptions);
  return pool;
}

function getOcrPool(): ExtractorPool {
  ocrPool ??= new ExtractorPool(OCR_POOL);
  return ocrPool;
}

/**
 * Starts the worker processes now instead of on the first file (bot start-up, benchmarks). The promise
 * resolves when they are all ready; callers that do not care can ignore it (it is never left rejecting
 * unhandled). The OCR worker is not started here (see warmUpOcr).
 */
export function warmUpExtractors(): Promise<void> {
  const ready = getPool().warmUp();
  ready.catch(() => undefined);
  return ready;
}

/** Starts the OCR worker now (benchmarks, tests); otherwise it starts with the first picture or scan. */
export function warmUpOcr(): Promise<void> {
  const ready = getOcrPool().warmUp();
  ready.catch(() => undefined);
  return ready;
}

/** Stops the worker processes. Extraction still works afterwards (a new pool starts on demand). */
export async function shutdownExtractors(): Promise<void> {
  const current = [pool, ocrPool];
  pool = null;
  ocrPool = null;
  await Promise.all(current.map((p) => p?.shutdown()));
}

async function runJob(target: ExtractorPool, job: PoolJob, bytes: number): Promise<JobResult> {
  const started = performance.now();
  try {
    const result = await target.run(job);
    log.debug({ kind: job.kind, bytes, ms: Math.round(performance.now() - started), pages: result.pages }, 'extracted');
    return result;
  } catch (err) {
    log.info(
      {
        kind: job.kind,
        bytes,
        ms: Math.round(performance.now() - started),
        code: isCodedError(err) ? err.code : 'unexpected',
      },
      'extraction failed',
    );
    throw err;
  }
}

/** Runs a request on the text pool's worker (the whole check does: pipeline-pooled.ts). */
export function callTextPool<T>(call: PoolCall<T>): Promise<T> {
  return getPool().call(call);
}

/** A PDF or DOCX for the text pool, under the file's limits. */
export interface ParseRequest {
  format: 'pdf' | 'docx';
  data: Uint8Array;
  maxPages: number;
  maxTotalPages: number;
  timeoutMs: number;
}

/**
 * What becomes of a file once its format is known. extractFile stops at the text; a check (pipeline-pooled.ts)
 * goes on in the same worker to the review, so its main thread only stores and posts.
 */
export interface FileRoute<T> {
  /** A text file, decoded (its size in bytes is the file's). */
  text(text: string, bytes: number): Promise<T>;
  /** A PDF or DOCX, parsed in the text pool. Fails with 'no-text-layer' for a scan, which OCR then reads. */
  parse(request: ParseRequest): Promise<T>;
  /** OCR's reading of a picture or a scanned PDF. */
  read(result: ExtractResult): Promise<T>;
}

/**
 * File bytes → the route's result. The format is sniffed from the bytes; PDF and DOCX go to the text pool
 * under the time, page and memory limits; pictures, and PDFs without a text layer, are read by OCR in a
 * separate killable worker under OCR's own time limit.
 */
export async function routeFile<T>(bytes: Uint8Array, opts: ExtractOptions, route: FileRoute<T>): Promise<T> {
  const limits = resolveLimits(opts);
  const fileName = opts.fileName ?? null;
  if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits.maxBytes);
  if (bytes.length === 0) throw empty();
  const identified = identify(bytes);
  if (identified.format === null) throw unsupportedFormat(identified.kind);
  if (identified.format === 'text') return route.text(identified.text, bytes.length);
  if (identified.format === 'docx' && identified.entries) {
    const inflated = identified.entries.reduce((n, e) => n + e.uncompressedSize, 0);
    if (inflated > MAX_DOCX_INFLATED_BYTES) throw expandsTooMuch();
  }
  const ocrTimeoutMs = opts.ocrTimeoutMs ?? ocrSettings().timeoutMs;
  const ocrJob = (kind: JobKind): PoolJob => ({
    kind,
    data: bytes,
    maxPages: limits.maxPages,
    maxTotalPages: limits.maxTotalPages,
    timeoutMs: ocrTimeoutMs,
  });
  const read = async (kind: JobKind, format: FileFormat): Promise<T> => {
    const result = await runJob(getOcrPool(), ocrJob(kind), bytes.length);
    checkOcrResult(result);
    return route.read({ format, ...result, bytes: bytes.length, fileName });
  };
  if (identified.format === 'image') {
    checkPictureSize(bytes);
    return read('image', 'image');
  }
  const { format } = identified;
  try {
    return await route.parse({
      format,
      data: bytes,
      maxPages: limits.maxPages,
      maxTotalPages: limits.maxTotalPages,
      timeoutMs: limits.timeoutMs,
    });
  } catch (err) {
    if (!(isCodedError(err) && err.code === 'no-text-layer')) throw err;
    // A scan: read it by OCR instead of turning it away.
    return read('pdf-ocr', 'pdf');
  }
}

/** File bytes → cleaned text (text files are handled here, the rest as routeFile says). */
export async function extractFile(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<ExtractResult> {
  const fileName = opts.fileName ?? null;
  return routeFile(bytes, opts, {
    text: async (text, size) => ({ ...extractPastedText(text, opts), bytes: size, fileName }),
    parse: async ({ format, ...job }) => {
      const result = await runJob(getPool(), { kind: format, ...job }, bytes.length);
      return { format, ...result, bytes: bytes.length, fileName };
    },
    read: async (result) => result,
  });
}
