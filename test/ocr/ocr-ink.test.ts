/**
 * The page image made plain before tesseract reads it: white text on a dark sidebar turned dark on light,
 * light coloured text stretched to near black, rules erased, letters kept.
 */
import { describe, expect, it } from 'vitest';
import { plainInk } from '../../src/core/extract/ocr-ink.js';

const W = 400;
const H = 300;

function page(shade = 255): Uint8ClampedArray {
  return new Uint8ClampedArray(W * H * 4).fill(shade);
}

function fill(rgba: Uint8ClampedArray, x0: number, y0: number, x1: number, y1: number, rgb: [number, number, number]) {
  for (let y = y0; y < y1; y += 1)
    for (let x = x0; x < x1; x += 1) {
      const i = 4 * (y * W + x);
      rgba[i] = rgb[0];
      rgba[i + 1] = rgb[1];
      rgba[i + 2] = rgb[2];
      rgba[i + 3] = 255;
    }
}

const grey = (rgba: Uint8ClampedArray, x: number, y: number): number => rgba[4 * (y * W + x)] ?? -1;

/** Letter-like strokes: short vertical bars 3 px wide, 14 px tall, 6 px apart. */
function strokes(rgba: Uint8ClampedArray, x0: number, y0: number, n: number, rgb: [number, number, number]) {
  for (let k = 0; k < n; k += 1) fill(rgba, x0 + 9 * k, y0, x0 + 9 * k + 3, y0 + 14, rgb);
}

describe('plainInk', () => {
  it('turns white strokes on a dark sidebar into dark strokes on a light ground', () => {
    const rgba = page();
    fill(rgba, 0, 0, 160, H, [20, 60, 80]);
    strokes(rgba, 40, 100, 6, [255, 255, 255]);
    const result = plainInk(rgba, W, H);
    expect(result.invertedTiles).toBeGreaterThan(0);
    expect(grey(rgba, 41, 105)).toBeLessThan(60);
    expect(grey(rgba, 46, 105)).toBeGreaterThan(200);
    expect(grey(rgba, 80, 200)).toBeGreaterThan(200);
  });

  it('leaves black text on white as it is and makes orange text near black', () => {
    const rgba = page();
    strokes(rgba, 200, 40, 5, [0, 0, 0]);
    strokes(rgba, 200, 120, 5, [212, 112, 77]);
    expect(plainInk(rgba, W, H).invertedTiles).toBe(0);
    expect(grey(rgba, 201, 45)).toBe(0);
    expect(grey(rgba, 201, 125)).toBeLessThan(60);
    expect(grey(rgba, 205, 125)).toBe(255);
  });

  it('a big dark letter is no sidebar: it is not inverted', () => {
    const rgba = page();
    fill(rgba, 100, 100, 140, 160, [0, 0, 0]);
    plainInk(rgba, W, H);
    expect(grey(rgba, 120, 130)).toBe(0);
  });

  it('erases an underline and a table border, keeps the strokes they touch', () => {
    const rgba = page();
    strokes(rgba, 60, 50, 8, [0, 0, 0]);
    fill(rgba, 55, 66, 180, 68, [0, 0, 0]);
    fill(rgba, 300, 20, 302, 280, [0, 0, 0]);
    expect(plainInk(rgba, W, H).rules).toBeGreaterThan(0);
    expect(grey(rgba, 120, 67)).toBe(255);
    expect(grey(rgba, 301, 150)).toBe(255);
    expect(grey(rgba, 61, 55)).toBe(0);
  });
});

describe('plainInk: dark regions', () => {
  it('inverts white text dense enough to light a tile inside a dark sidebar with the sidebar', () => {
    const rgba = page();
    fill(rgba, 0, 0, 200, H, [20, 60, 80]);
    fill(rgba, 64, 128, 96, 160, [255, 255, 255]);
    plainInk(rgba, W, H);
    expect(grey(rgba, 80, 144)).toBeLessThan(60);
    expect(grey(rgba, 30, 30)).toBeGreaterThan(200);
  });
});
