/**
 * Pages photographed or scanned sideways or upside down: tesseract's orientation detection (its OSD model, from
 * @tesseract.js-data/osd in node_modules, never downloaded) says how far the page is turned. OSD needs
 * tesseract's legacy engine, a second WebAssembly module of its own (~60 MB resident), so it is started only for
 * a page whose first read came out poor, and ended right after. Runs in the OCR worker.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createWorker, OEM } from 'tesseract.js';
import { z } from 'zod';

const osdPackageSchema = z.object({ code: z.literal('osd'), langPath: z.string() });
const detectSchema = z.object({
  orientation_degrees: z.number().nullable(),
  orientation_confidence: z.number().nullable(),
});

/**
 * Below this OSD confidence the page is left as it is. Measured on a rendered resume page turned each way:
 * right answers came with 2.1–5.0, the upright page with 4.9; a turn is only tried on a poor read and only kept
 * when the turned page reads better (ocr-read.ts), so a wrong turn costs time, never text.
 */
const MIN_ORIENTATION_CONFIDENCE = 1.5;

export function osdLangPath(): string {
  const osd = osdPackageSchema.parse(createRequire(import.meta.url)('@tesseract.js-data/osd'));
  return join(osd.langPath, '..', '4.0.0_best_int');
}

/** Clockwise quarter turns that make the page upright (0 when it is, or when OSD is unsure). */
export async function uprightTurns(png: Buffer): Promise<number> {
  const worker = await createWorker('osd', OEM.TESSERACT_ONLY, {
    langPath: osdLangPath(),
    cacheMethod: 'none',
    gzip: true,
    legacyCore: true,
    legacyLang: true,
    errorHandler: () => undefined,
  });
  try {
    const detected = detectSchema.safeParse((await worker.detect(png)).data);
    if (!detected.success) return 0;
    const { orientation_degrees: degrees, orientation_confidence: confidence } = detected.data;
    if (degrees === null || confidence === null || confidence < MIN_ORIENTATION_CONFIDENCE) return 0;
    return Math.round(degrees / 90) % 4;
  } finally {
    await worker.terminate().catch(() => undefined);
  }
}
