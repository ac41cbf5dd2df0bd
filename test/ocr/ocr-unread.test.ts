/** Ink no line read covers, shaped like a line of text, is found to be read on its own; covered ink is not. */
import { describe, expect, it } from 'vitest';
import type { PageInk } from '../../src/core/extract/ocr-bullets.js';
import { readsAsWords } from '../../src/core/extract/ocr-lines.js';
import type { OcrBlockLike, OcrBox } from '../../src/core/extract/ocr-types.js';
import { placeBlocks, unreadBands } from '../../src/core/extract/ocr-unread.js';

const W = 600;
const H = 400;

/** Letter-like strokes (4 px wide, 6 px apart) filling the box. */
function page(...texts: OcrBox[]): PageInk {
  const grey = new Uint8Array(W * H).fill(255);
  for (const t of texts)
    for (let y = t.y0; y < t.y1; y += 1) for (let x = t.x0; x < t.x1; x += 1) if (x % 10 < 4) grey[y * W + x] = 0;
  return { grey, width: W, height: H };
}

function read(...boxes: OcrBox[]): OcrBlockLike[] {
  const lines = boxes.map((bbox) => ({
    text: 'read',
    confidence: 90,
    bbox,
    baseline: { x0: bbox.x0, y0: bbox.y1, x1: bbox.x1, y1: bbox.y1 },
    rowAttributes: { rowHeight: bbox.y1 - bbox.y0 },
    words: [{ text: 'read', confidence: 90, bbox }],
  }));
  return [{ paragraphs: [{ lines }] }];
}

const body1 = { x0: 50, y0: 100, x1: 500, y1: 120 };
const body2 = { x0: 50, y0: 130, x1: 500, y1: 150 };
const heading = { x0: 50, y0: 200, x1: 200, y1: 224 };

describe('unreadBands', () => {
  it('finds a heading tesseract did not read, between lines it did', () => {
    const bands = unreadBands(page(body1, body2, heading), read(body1, body2));
    expect(bands).toHaveLength(1);
    const [band] = bands;
    expect(band?.y0).toBeLessThanOrEqual(heading.y0);
    expect(band?.y1).toBeGreaterThanOrEqual(heading.y1);
    expect(band?.x0).toBeLessThanOrEqual(heading.x0);
  });

  it('finds nothing when every line was read, or when the ink is a solid picture', () => {
    expect(unreadBands(page(body1, body2, heading), read(body1, body2, heading))).toEqual([]);
    const solid = page(body1, body2);
    for (let y = 250; y < 300; y += 1) solid.grey.fill(0, y * W + 300, y * W + 420);
    expect(unreadBands(solid, read(body1, body2))).toEqual([]);
  });
});

describe('placeBlocks', () => {
  it('moves what was read in a crop back to where the crop sits', () => {
    const [block] = placeBlocks(read({ x0: 5, y0: 6, x1: 50, y1: 26 }), { x0: 100, y0: 200, x1: 300, y1: 240 });
    expect(block?.paragraphs[0]?.lines[0]?.words[0]?.bbox).toEqual({ x0: 105, y0: 206, x1: 150, y1: 226 });
  });
});

describe('readsAsWords', () => {
  it.each([
    ['EDUCATION', true],
    ['Work Experience', true],
    ['Skills & Tools:', true],
    ['av', false],
    ['\\4', false],
    ['Wl1 ;', false],
    ['~~ ||', false],
  ])('%s → %s', (text, expected) => {
    expect(readsAsWords(text)).toBe(expected);
  });
});
