import { describe, expect, it } from 'vitest';
import type { OcrLineLike } from '../../src/core/extract/ocr-types.js';
import { CAP_HEIGHT_EM, ocrLineSizes, snapSizes, wordShape } from '../../src/core/extract/ocr-size.js';

/** A line whose words have the given box heights. */
function line(words: [string, number][], rowHeight = 99): OcrLineLike {
  return {
    text: words.map(([t]) => t).join(' '),
    confidence: 95,
    bbox: { x0: 0, y0: 0, x1: 100, y1: 30 },
    baseline: { x0: 0, y0: 30, x1: 100, y1: 30 },
    rowAttributes: { rowHeight },
    words: words.map(([text, h]) => ({ text, confidence: 95, bbox: { x0: 0, y0: 30 - h, x1: 10, y1: 30 } })),
  };
}

describe('wordShape', () => {
  it.each([
    ['Led', 'cap'],
    ['SKILLS', 'cap'],
    ['2024', 'cap'],
    ['name', 'x'],
    ['Project', 'descending'],
    ['gym', null],
    ['test', null],
    ['tools,', null],
  ])('%s → %s', (word, shape) => {
    expect(wordShape(word)).toBe(shape);
  });
});

describe('ocrLineSizes', () => {
  it('takes the median cap-height word, ÷ the cap height share of the font size', () => {
    const [size] = ocrLineSizes([
      line([
        ['Led', 21],
        ['Built', 21],
        ['API', 23],
        ['name', 14],
      ]),
    ]);
    expect(size).toBeCloseTo(21 / CAP_HEIGHT_EM, 5);
  });

  it("scales an x-height-only line by the page's own cap / x-height ratio, not by its row height", () => {
    const sizes = ocrLineSizes([
      line([
        ['Led', 21],
        ['one', 14],
      ]),
      line(
        [
          ['more', 14],
          ['ones', 14],
        ],
        40,
      ),
    ]);
    expect(sizes[1]).toBeCloseTo(sizes[0] ?? 0, 5);
  });

  it("falls back to tesseract's row height when no word says anything", () => {
    expect(ocrLineSizes([line([['—', 3]], 28)])[0]).toBeCloseTo(28 / CAP_HEIGHT_EM, 5);
  });
});

describe('snapSizes', () => {
  it('gives lines a few percent apart one size (the one with most text), and keeps a distinct size apart', () => {
    const out = snapSizes([
      { size: 10, weight: 80 },
      { size: 10.4, weight: 60 },
      { size: 9.8, weight: 50 },
      { size: 12.4, weight: 10 },
      { size: 12, weight: 12 },
    ]);
    expect(new Set(out.slice(0, 3)).size).toBe(1);
    expect(out[3]).toBe(out[4]);
    expect(out[3]).not.toBe(out[0]);
  });
});

describe('ocrLineSizes from character boxes', () => {
  /** A word whose characters have the given heights (tesseract's symbols). */
  function symbolLine(text: string, heights: number[]): OcrLineLike {
    const base = line([[text, Math.max(...heights)]]);
    const [word] = base.words;
    const symbols = [...text].map((c, i) => ({
      text: c,
      confidence: 95,
      bbox: { x0: 10 * i, y0: 30 - (heights[i] ?? 0), x1: 10 * i + 9, y1: 30 },
    }));
    return { ...base, words: word ? [{ ...word, symbols }] : [] };
  }

  it("measures capitals by their own boxes: an accent's dots or a slash do not make the line taller", () => {
    // BILDUNGSABSCHLÜSSE: the Ü (read as U) reaches 34 px, the other capitals 26.
    const accented = symbolLine(
      'BILDUNGSABSCHLUSSE',
      [26, 26, 26, 26, 34, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26],
    );
    const plain = symbolLine('SPRACHEN', [26, 26, 26, 26, 27, 26, 26, 26]);
    const [a, b] = ocrLineSizes([accented, plain]);
    expect(a).toBeCloseTo(26 / CAP_HEIGHT_EM, 5);
    expect(a).toBe(b);
  });

  it("sizes a line of dates by its digits, scaled by the page's capital / digit ratio (not by the row height)", () => {
    const body = symbolLine('Built2024', [16, 11, 11, 16, 15, 18, 18, 18, 18]);
    const dates = { ...symbolLine('10/2020', [18, 18, 21, 18, 18, 18, 18]), rowAttributes: { rowHeight: 40 } };
    const [b, d] = ocrLineSizes([body, dates]);
    expect(d).toBeCloseTo(b ?? 0, 5);
  });
});
