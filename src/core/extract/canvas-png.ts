/**
 * A canvas → PNG bytes, the canvas held until its encoding is done. @napi-rs/canvas (0.1.80) encodes on its own
 * thread pool from the canvas's memory without holding the JS object: a canvas garbage-collected before `encode`
 * resolves crashes the process (SIGSEGV). Used for every encoding off the calling thread: the OCR worker's crops,
 * strips and turned pages (test/ocr/ocr-png.test.ts) and the summary card (test/card/render-gc.test.ts).
 */
import type { Canvas } from '@napi-rs/canvas';

const encoding = new Set<Canvas>();

export async function encodePng(canvas: Canvas): Promise<Buffer> {
  encoding.add(canvas);
  try {
    return await canvas.encode('png');
  } finally {
    encoding.delete(canvas);
  }
}
