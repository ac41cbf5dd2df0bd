import { describe, expect, it } from 'vitest';
import { cutAtColumnGaps } from '../../src/core/extract/ocr-columns.js';
import { ocrPageLines } from '../../src/core/extract/ocr-lines.js';
import type { OcrLineLike, OcrWordLike } from '../../src/core/extract/ocr-types.js';

const H = 20;

/** Words laid out left to right from x, one line at row y (boxes H high, 12 px a letter, 8 px spaces). */
function words(texts: readonly string[], x: number, y: number): OcrWordLike[] {
  let at = x;
  return texts.map((text) => {
    const w = { text, confidence: 95, bbox: { x0: at, y0: y, x1: at + 12 * text.length, y1: y + H } };
    at = w.bbox.x1 + 8;
    return w;
  });
}

function line(ws: OcrWordLike[]): OcrLineLike {
  const x0 = Math.min(...ws.map((w) => w.bbox.x0));
  const x1 = Math.max(...ws.map((w) => w.bbox.x1));
  const y0 = Math.min(...ws.map((w) => w.bbox.y0));
  return {
    text: ws.map((w) => w.text).join(' '),
    confidence: 95,
    bbox: { x0, y0, x1, y1: y0 + H },
    baseline: { x0, y0: y0 + H, x1, y1: y0 + H },
    rowAttributes: { rowHeight: H },
    words: ws,
  };
}

const LEFT = 40;
// A gutter of 28 px (14 pt at 0.5 pt a pixel): under the 1.5 em at which the rebuilt order splits a row by itself.
const RIGHT = 240;

/** Two columns of ten rows; in rows 0 and 4 tesseract read the left and right lines as one. */
function twoColumns(): OcrLineLike[] {
  const out: OcrLineLike[] = [];
  for (let row = 0; row < 10; row += 1) {
    const y = 100 + row * 30;
    const left = words(row === 0 ? ['Education'] : ['College', 'of', 'Arts'], LEFT, y);
    // A column: its lines start at one x and end wherever their words do.
    const right = words(
      row === 0 ? ['About', 'Me'] : ['Built', 'the', 'billing', 'API'].slice(0, 2 + (row % 3)),
      RIGHT,
      y,
    );
    if (row === 0 || row === 4) out.push(line([...left, ...right]));
    else out.push(line(left), line(right));
  }
  return out;
}

describe('cutAtColumnGaps', () => {
  it('cuts a line read across two columns at the gutter', () => {
    const pieces = cutAtColumnGaps(twoColumns(), 1000);
    const texts = pieces.map((p) => p.line.text);
    expect(texts).toContain('Education');
    expect(texts).toContain('About Me');
    expect(texts).not.toContain('Education About Me');
    const about = pieces.find((p) => p.line.text === 'About Me');
    expect(about?.broken).toBe(true);
    expect(about?.line.bbox.x0).toBe(RIGHT);
  });

  it('marks a right-column line that sits in the same row as a left-column one', () => {
    const pieces = cutAtColumnGaps(twoColumns(), 1000);
    const right = pieces.filter((p) => p.line.text.startsWith('Built the'));
    expect(right.length).toBeGreaterThan(5);
    expect(right.every((p) => p.broken)).toBe(true);
    expect(pieces.filter((p) => p.line.text === 'College of Arts').every((p) => !p.broken)).toBe(true);
  });

  it('leaves a table of entries alone: dates and places set flush right are rows, not a column', () => {
    const lines: OcrLineLike[] = [];
    const dates = [
      'Aug 2012 - Dec 2013',
      'Atlanta, GA',
      'Oct 2016 - Present',
      'Mountain View, CA',
      'May 2019',
      'Pilani',
    ];
    for (let row = 0; row < 12; row += 1) {
      const y = 100 + row * 30;
      const right = (dates[row % dates.length] ?? '').split(' ');
      const width = right.reduce((n, w) => n + 12 * w.length + 8, -8);
      lines.push(
        line([
          ...words(['Software', 'Engineer', 'at', 'Google'].slice(0, 2 + (row % 3)), LEFT, y),
          ...words(right, 700 - width, y),
        ]),
      );
    }
    const pieces = cutAtColumnGaps(lines, 1000);
    expect(pieces).toHaveLength(lines.length);
    expect(pieces.some((p) => p.broken)).toBe(false);
  });

  it('leaves one column alone: a wide gap with text above and below it is not a gutter', () => {
    const lines: OcrLineLike[] = [];
    const prose =
      'Shipped the mobile checkout redesign for all stores and cut the time it took to pay by a third'.split(' ');
    for (let row = 0; row < 10; row += 1)
      lines.push(line(words([...prose.slice(row), ...prose.slice(0, row)].slice(0, 7), LEFT, 100 + row * 30)));
    lines.push(line([...words(['Python'], LEFT, 420), ...words(['Expert'], LEFT + 140, 420)]));
    const pieces = cutAtColumnGaps(lines, 1000);
    expect(pieces).toHaveLength(lines.length);
    expect(pieces.some((p) => p.broken)).toBe(false);
  });

  it('reads the two columns apart: the headings come back as lines of their own, left column first', () => {
    const page = ocrPageLines([{ paragraphs: [{ lines: twoColumns() }] }], 0.5);
    const texts = page.lines.map((l) => l.text);
    expect(texts).toContain('Education');
    expect(texts).toContain('About Me');
    expect(texts.indexOf('About Me')).toBeGreaterThan(texts.lastIndexOf('College of Arts'));
  });
});
