/** A bullet mark left of a line, which tesseract's page layout drops, is found in the ink; an icon is not one. */
import { describe, expect, it } from 'vitest';
import { bulletMarkBefore, type PageInk } from '../../src/core/extract/ocr-bullets.js';

const W = 300;
const H = 80;

function ink(...boxes: [number, number, number, number][]): PageInk {
  const grey = new Uint8Array(W * H).fill(255);
  for (const [x0, y0, x1, y1] of boxes)
    for (let y = y0; y < y1; y += 1) for (let x = x0; x < x1; x += 1) grey[y * W + x] = 0;
  return { grey, width: W, height: H };
}

// A line of text whose first word starts at x 100, letters 20 px high (cap height 20).
const line = { x0: 100, y0: 30, x1: 280, y1: 50 };
const firstWord = { x0: 100, y0: 30, x1: 150, y1: 50 };
const word: [number, number, number, number] = [100, 30, 150, 50];

describe('bulletMarkBefore', () => {
  it('finds a dot set before the first word', () => {
    expect(bulletMarkBefore(ink(word, [76, 36, 84, 44]), line, firstWord, 20)).toEqual({
      x0: 76,
      y0: 36,
      x1: 84,
      y1: 44,
    });
  });

  it('finds nothing when nothing is drawn there', () => {
    expect(bulletMarkBefore(ink(word), line, firstWord, 20)).toBeNull();
  });

  it('an icon as tall as the letters is no bullet', () => {
    expect(bulletMarkBefore(ink(word, [70, 28, 92, 52]), line, firstWord, 20)).toBeNull();
  });

  it('a mark after other ink (the end of a word of the column to the left) is no bullet', () => {
    expect(bulletMarkBefore(ink(word, [60, 32, 70, 48], [78, 36, 86, 44]), line, firstWord, 20)).toBeNull();
  });
});
