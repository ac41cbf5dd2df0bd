/**
 * OCR's settings. The environment is read with the rest of the config (OCR_TIMEOUT_MS in src/config.ts, zod);
 * main.ts hands the value over at start-up. The CLI, tests and evals get the default.
 */
export interface OcrSettings {
  /** OCR's own time limit per file: a scan takes seconds a page, far over EXTRACT_TIMEOUT_MS. */
  timeoutMs: number;
}

export const DEFAULT_OCR_TIMEOUT_MS = 20_000;

let settings: OcrSettings = { timeoutMs: DEFAULT_OCR_TIMEOUT_MS };

export function configureOcr(next: OcrSettings): void {
  settings = { ...next };
}

export function ocrSettings(): OcrSettings {
  return settings;
}
