import type { Line } from './pdf-lines.js';

/** The parts of tesseract.js's result this module reads (its `blocks` output). */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface OcrWordLike {
  text: string;
  confidence: number;
}
export interface OcrLineLike {
  text: string;
  confidence: number;
  bbox: OcrBox;
  baseline: { y0: number; y1: number };
  rowAttributes: { rowHeight: number };
  words: OcrWordLike[];
}
export interface OcrBlockLike {
  paragraphs: { lines: OcrLineLike[] }[];
}

/** One page as OCR read it: lines in reading order (in points), and its word confidences. */
export interface OcrPage {
  lines: Line[];
  /** Words kept, and the sum of their confidences (0–100 each). */
  words: number;
  confidenceSum: number;
}

/** A line this unsure is noise (a photo's edge, an icon, a rule) far more often than text: it is dropped. */
export const MIN_LINE_CONFIDENCE = 30;

const hasLetterOrDigit = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/**
 * Tesseract reads a bullet glyph (•, ▪, ●) as a stray letter or sign: "e Responsible for…", "« Worked on…",
 * "© Built…". A lone one of those opening a line, before a capitalised word, is a bullet.
 */
const MISREAD_BULLET = /^(?:[^\p{L}\p{N}\s$€(["“'‘]|[eoc]|ee|oe|eo)\s+(?=[\p{Lu}\p{N}])/u;

export function restoreBullet(text: string): string {
  return text.replace(MISREAD_BULLET, '• ');
}

/**
 * tesseract.js blocks → lines in its reading order (blocks, then paragraphs, then lines: columns and sidebars
 * come out one after the other), with positions and sizes converted to points by `pointsPerPixel`, so the
 * layout facts the parser reads mean the same as a text PDF's. Size is tesseract's row height.
 */
export function ocrPageLines(blocks: readonly OcrBlockLike[], pointsPerPixel: number): OcrPage {
  const lines: Line[] = [];
  let words = 0;
  let confidenceSum = 0;
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = restoreBullet(line.text.replace(/\s+/gu, ' ').trim());
        if (text === '' || !hasLetterOrDigit(text) || line.confidence < MIN_LINE_CONFIDENCE) continue;
        for (const word of line.words) {
          if (!hasLetterOrDigit(word.text)) continue;
          words += 1;
          confidenceSum += word.confidence;
        }
        const baseline = Math.max(line.baseline.y0, line.baseline.y1);
        lines.push({
          text,
          x0: line.bbox.x0 * pointsPerPixel,
          x1: line.bbox.x1 * pointsPerPixel,
          y: (baseline > line.bbox.y0 ? baseline : line.bbox.y1) * pointsPerPixel,
          size: Math.max(1, line.rowAttributes.rowHeight) * pointsPerPixel,
          font: null,
        });
      }
    }
  }
  return { lines, words, confidenceSum };
}
