import { createCanvas } from '@napi-rs/canvas';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { unreadHeader } from '../../src/core/extract/ocr-header.js';
import type { OcrBlockLike } from '../../src/core/extract/ocr-types.js';

/** A 1000 × 1400 white page, with a black bar (a big name) at the top when `name` is set. */
function page(name: boolean): { png: Buffer; width: number; height: number } {
  const canvas = createCanvas(1000, 1400);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 1000, 1400);
  ctx.fillStyle = '#000000';
  if (name) ctx.fillRect(100, 40, 500, 60);
  ctx.fillRect(100, 200, 800, 20);
  return { png: canvas.toBuffer('image/png'), width: 1000, height: 1400 };
}

/** Tesseract read one line, starting at y = 190. */
const blocks: OcrBlockLike[] = [
  {
    paragraphs: [
      {
        lines: [
          {
            text: 'first line read',
            confidence: 90,
            bbox: { x0: 100, y0: 190, x1: 900, y1: 225 },
            baseline: { x0: 100, y0: 220, x1: 900, y1: 220 },
            rowAttributes: { rowHeight: 30 },
            words: [],
          },
        ],
      },
    ],
  },
];

describe('unreadHeader', () => {
  it('cuts the strip above the first line read when something is written there', async () => {
    const strip = await unreadHeader(page(true), blocks);
    expect(strip).not.toBeNull();
    const size = imageSize(strip ?? Buffer.alloc(0));
    expect(size.width).toBe(1000);
    expect(size.height).toBe(188);
  });

  it('leaves a page alone whose top is blank, or whose first line read is at the top', async () => {
    expect(await unreadHeader(page(false), blocks)).toBeNull();
    const atTop = structuredClone(blocks);
    const first = atTop[0]?.paragraphs[0]?.lines[0];
    if (first) first.bbox.y0 = 10;
    expect(await unreadHeader(page(true), atTop)).toBeNull();
  });
});
