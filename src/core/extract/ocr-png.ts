/**
 * A canvas → PNG bytes, the canvas held until its encoding is done. @napi-rs/canvas encodes on its own thread
 * pool from the canvas's memory without holding the JS object: a canvas garbage-collected before `encode`
 * resolves crashes the process (SIGSEGV). The OCR worker encodes crops, strips and turned pages from canvases
 * that go out of scope at once (a crop read ~300 times with a GC during each encoding crashed on the first
 * few: test/ocr/ocr-png.test.ts); the card renderer guards its own canvas the same way (card/render.ts).
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
