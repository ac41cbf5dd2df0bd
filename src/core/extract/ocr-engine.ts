/**
 * The tesseract.js engine, inside the OCR worker process. One engine per process, created on first use and
 * reused between files. The English model is read from node_modules (@tesseract.js-data/eng), never
 * downloaded: langPath is that package's directory and nothing is cached on disk (cacheMethod 'none').
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { z } from 'zod';

const engPackageSchema = z.object({ code: z.literal('eng'), langPath: z.string() });

/**
 * The LSTM model ("best_int", 2.9 MB): what tesseract.js itself picks for OEM.LSTM_ONLY, next to the package's
 * default directory (which holds the larger legacy+LSTM model).
 */
export function engLangPath(): string {
  const eng = engPackageSchema.parse(createRequire(import.meta.url)('@tesseract.js-data/eng'));
  return join(eng.langPath, '..', '4.0.0_best_int');
}

let engine: Promise<Worker> | null = null;

/**
 * Page segmentation: tesseract's full layout analysis (PSM 3), not tesseract.js's default single block (PSM 6).
 * Read as one block, a page loses its lines set much larger than the body (headings, the name: tesseract takes
 * them for noise beside the block's line height) — on the train split's pictures, 15 hard files: section
 * sequence equal 3 → 10, findings recall 0.540 → 0.617, names 10 → 12 (PSM 4: 8 / 0.620; PSM 11: 10 / 0.551).
 * Reading order is rebuilt from word positions afterwards (ocr-lines.ts), so its block order does not matter.
 */
const ENGINE_PARAMETERS = { tessedit_pageseg_mode: PSM.AUTO };

async function configured(worker: Worker): Promise<Worker> {
  await worker.setParameters(ENGINE_PARAMETERS);
  return worker;
}

export function ocrEngine(): Promise<Worker> {
  engine ??= createWorker('eng', OEM.LSTM_ONLY, {
    langPath: engLangPath(),
    cacheMethod: 'none',
    gzip: true,
    // Without a handler tesseract.js throws a failed job's error from an event listener (an uncaught
    // exception); with one, only the job's promise rejects.
    errorHandler: () => undefined,
  })
    .then(configured)
    .catch((err: unknown) => {
      engine = null;
      throw err;
    });
  return engine;
}
