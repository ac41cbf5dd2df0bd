import { isCodedError } from '../errors.js';
import { log } from '../log.js';
import { empty, expandsTooMuch, tooLarge, unsupportedFormat } from './errors.js';
import { MAX_DOCX_INFLATED_BYTES, resolveLimits } from './limits.js';
import { ExtractorPool, type PoolOptions } from './pool.js';
import type { JobKind, JobResult } from './protocol.js';
import { identify } from './sniff.js';
import { extractPastedText } from './text.js';
import type { ExtractOptions, ExtractResult } from './types.js';

let pool: ExtractorPool | null = null;
const poolOptions: PoolOptions = {};

function getPool(): ExtractorPool {
  pool ??= new ExtractorPool(poolOptions);
  return pool;
}

/**
 * Starts the worker processes now instead of on the first file (bot start-up, benchmarks). The promise
 * resolves when they are all ready; callers that do not care can ignore it (it is never left rejecting
 * unhandled).
 */
export function warmUpExtractors(): Promise<void> {
  const ready = getPool().warmUp();
  ready.catch(() => undefined);
  return ready;
}

/** Stops the worker processes. Extraction still works afterwards (a new pool starts on demand). */
export async function shutdownExtractors(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.shutdown();
}

/**
 * File bytes → cleaned text. The format is sniffed from the bytes; PDF and DOCX are parsed in a killable
 * worker process under the time, page and memory limits; text is handled here.
 */
export async function extractFile(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<ExtractResult> {
  const limits = resolveLimits(opts);
  const fileName = opts.fileName ?? null;
  if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits.maxBytes);
  if (bytes.length === 0) throw empty();
  const identified = identify(bytes);
  if (identified.format === null) throw unsupportedFormat(identified.kind);
  if (identified.format === 'text')
    return { ...extractPastedText(identified.text, opts), bytes: bytes.length, fileName };
  if (identified.format === 'docx' && identified.entries) {
    const inflated = identified.entries.reduce((n, e) => n + e.uncompressedSize, 0);
    if (inflated > MAX_DOCX_INFLATED_BYTES) throw expandsTooMuch();
  }
  const kind: JobKind = identified.format;
  const started = performance.now();
  let result: JobResult;
  try {
    result = await getPool().run({ kind, data: bytes, ...limits });
  } catch (err) {
    log.info(
      {
        kind,
        bytes: bytes.length,
        ms: Math.round(performance.now() - started),
        code: isCodedError(err) ? err.code : 'unexpected',
      },
      'extraction failed',
    );
    throw err;
  }
  log.debug(
    { kind, bytes: bytes.length, ms: Math.round(performance.now() - started), pages: result.pages },
    'extracted',
  );
  return { format: kind, ...result, bytes: bytes.length, fileName };
}
