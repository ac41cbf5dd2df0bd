import { imageSize } from 'image-size';
import { corrupt, imageTooLarge, ocrUnclear } from './errors.js';
import type { JobResult } from './protocol.js';

/** A 12 MP phone photo is 12 M pixels; past 40 M decoding alone costs 160 MB, for nothing a page needs. */
export const MAX_IMAGE_PIXELS = 40_000_000;
export const MAX_IMAGE_SIDE = 16_000;

/**
 * Mean word confidence (0–100) below which the text is not reviewed: measured (npm run eval:ocr) as where
 * OCR output stops being the resume's words. Few words read at all means the same.
 */
export const MIN_OCR_CONFIDENCE = 55;
export const MIN_OCR_WORDS = 15;

/** Width × height from the header alone, refused before anything decodes the picture (a pixel bomb). */
export function checkPictureSize(bytes: Uint8Array): { width: number; height: number } {
  let size: { width: number; height: number };
  try {
    size = imageSize(bytes);
  } catch (err) {
    throw corrupt('image-header', err);
  }
  const { width, height } = size;
  if (!(width > 0 && height > 0)) throw corrupt('image-header');
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS)
    throw imageTooLarge(width, height);
  return { width, height };
}

/** A review of text OCR was unsure of would be a review of misreads: say so instead. */
export function checkOcrResult(result: JobResult): void {
  const ocr = result.ocr;
  if (!ocr) return;
  if (ocr.words < MIN_OCR_WORDS || ocr.confidence < MIN_OCR_CONFIDENCE) throw ocrUnclear(ocr.confidence, ocr.words);
}
