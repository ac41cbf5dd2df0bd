import { describe, expect, it } from 'vitest';
import {
  MIN_LINE_CONFIDENCE,
  ocrPageLines,
  restoreBullet,
  type OcrLineLike,
} from '../../src/core/extract/ocr-lines.js';

function line(text: string, confidence: number, y0: number, height = 20): OcrLineLike {
  return {
    text: `${text}\n`,
    confidence,
    bbox: { x0: 100, y0, x1: 700, y1: y0 + height },
    baseline: { y0: y0 + height - 4, y1: y0 + height - 4 },
    rowAttributes: { rowHeight: height },
    words: text.split(' ').map((w) => ({ text: w, confidence })),
  };
}

describe('ocrPageLines', () => {
  it('keeps tesseract reading order, converts pixels to points and counts word confidence', () => {
    const page = ocrPageLines(
      [
        { paragraphs: [{ lines: [line('EXPERIENCE', 95, 100, 30), line('Built the orders API', 90, 140)] }] },
        { paragraphs: [{ lines: [line('SKILLS', 80, 50, 30)] }] },
      ],
      0.5,
    );
    expect(page.lines.map((l) => l.text)).toEqual(['EXPERIENCE', 'Built the orders API', 'SKILLS']);
    expect(page.lines[0]).toMatchObject({ x0: 50, x1: 350, y: 63, size: 15, font: null });
    expect(page.words).toBe(6);
    expect(page.confidenceSum).toBe(95 + 90 * 4 + 80);
  });

  it('drops lines too unsure to be text, and lines with no letter or digit', () => {
    const page = ocrPageLines(
      [
        {
          paragraphs: [
            { lines: [line('Go Python', 90, 0), line('~~ ||', 90, 30), line('Wl1 ;', MIN_LINE_CONFIDENCE - 1, 60)] },
          ],
        },
      ],
      1,
    );
    expect(page.lines.map((l) => l.text)).toEqual(['Go Python']);
    expect(page.words).toBe(2);
  });
});

describe('restoreBullet', () => {
  it.each([
    ['e Responsible for the API', '• Responsible for the API'],
    ['« Worked on billing', '• Worked on billing'],
    ['© Cut latency by 40%', '• Cut latency by 40%'],
    ['* 3 services migrated', '• 3 services migrated'],
    ['¢ Responsible for billing', '• Responsible for billing'],
  ])('reads a misread bullet glyph as a bullet: %s', (input, expected) => {
    expect(restoreBullet(input)).toBe(expected);
  });

  it.each([
    'e-commerce platform',
    'o and then',
    'Engineer at Parcelwise',
    'eBay Marketplace',
    '$ 5M raised',
    '(Remote)',
  ])('leaves ordinary text alone: %s', (input) => {
    expect(restoreBullet(input)).toBe(input);
  });
});
