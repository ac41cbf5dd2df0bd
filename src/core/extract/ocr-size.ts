import type { OcrLineLike } from './ocr-types.js';

/**
 * A line's font size from tesseract's word boxes. A word's box is as tall as its letters reach: "am" is the
 * x-height, "Led" or "SKILLS" the cap/ascender height, "Project" ascender plus descender. The cap height of
 * a line is the median height of its words that reach the ascender line and not below the baseline; when a
 * line has none, its x-height-only or descending words are scaled by the page's own ratios. The font size is
 * the cap height ÷ CAP_HEIGHT_EM (measured on the corpus: npm run eval:ocr, /work/notes/ocr.md). Tesseract's
 * row height, used before, swings ±10 % between lines of one style; this stays within a pixel or two.
 */

/** Cap height as a share of the font size: 0.70 for the common text faces (Latin Modern, Calibri, Arial). */
export const CAP_HEIGHT_EM = 0.7;

/** Words this unsure may be an icon or a smudge: their box says nothing about the letters' height. */
const MIN_WORD_CONFIDENCE = 60;

type Shape = 'cap' | 'x' | 'descending';

/** 't' stops short of the ascender line: a word whose only tall letter is a 't' is not a cap-height word. */
const ASCENDING = /[\p{Lu}\p{N}bdfhkl]/u;
const DESCENDING = /[gjpqyQ]/u;
const X_ONLY = /^[acemnorsuvwxz]+$/u;

/** Which heights a word's letters span; null when unclear (punctuation, i/j dots, other scripts). */
export function wordShape(text: string): Shape | null {
  if (!/^[\p{L}\p{N}]+$/u.test(text)) return null;
  if (DESCENDING.test(text)) return ASCENDING.test(text) || /[ij]/u.test(text) ? 'descending' : null;
  if (ASCENDING.test(text)) return 'cap';
  return X_ONLY.test(text) ? 'x' : null;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** What a line's letters measure, in pixels; null for a height it has no letters for. */
interface LineHeights {
  cap: number | null;
  x: number | null;
  descending: number | null;
  digit: number | null;
}

/**
 * Single characters by the heights they span: capitals (not J or Q, which reach below the baseline on many
 * faces), digits (as tall as the capitals on some faces, taller or shorter on others: scaled by the page's
 * own ratio) and x-height letters.
 */
const CAP_LETTER = /^[A-IK-PR-Z]$/u;
const DIGIT = /^[0-9]$/u;
const X_LETTER = /^[acemnorsuvwxz]$/u;

/**
 * From its characters' boxes when tesseract gave them: one box per letter measures far better than a word's,
 * which reaches as high as its tallest mark ("BILDUNGSABSCHLÜSSE": the Ü's dots; a "/" in "10/2020"; a stray
 * mark read into the word). Medians: a misread character or two does not move them.
 */
function symbolHeights(line: OcrLineLike): LineHeights | null {
  const by = { cap: [] as number[], x: [] as number[], digit: [] as number[] };
  let any = false;
  for (const word of line.words) {
    if (word.symbols === undefined) continue;
    for (const symbol of word.symbols) {
      any = true;
      if (symbol.confidence < MIN_WORD_CONFIDENCE && word.confidence < MIN_WORD_CONFIDENCE) continue;
      const h = symbol.bbox.y1 - symbol.bbox.y0;
      if (CAP_LETTER.test(symbol.text)) by.cap.push(h);
      else if (DIGIT.test(symbol.text)) by.digit.push(h);
      else if (X_LETTER.test(symbol.text)) by.x.push(h);
    }
  }
  if (!any) return null;
  return { cap: median(by.cap), x: median(by.x), descending: null, digit: median(by.digit) };
}

function heightsOf(line: OcrLineLike): LineHeights {
  const symbols = symbolHeights(line);
  if (symbols !== null && (symbols.cap ?? symbols.x ?? symbols.digit) !== null) return symbols;
  const by: Record<Shape, number[]> = { cap: [], x: [], descending: [] };
  for (const word of line.words) {
    if (word.confidence < MIN_WORD_CONFIDENCE) continue;
    const shape = wordShape(word.text);
    if (shape !== null) by[shape].push(word.bbox.y1 - word.bbox.y0);
  }
  return { cap: median(by.cap), x: median(by.x), descending: median(by.descending), digit: null };
}

/**
 * Each line's font size in pixels (same order as `lines`): from its cap height, else from its x-height,
 * digits or descending words by the page's ratios to the cap height, else from tesseract's row height.
 */
export function ocrLineSizes(lines: readonly OcrLineLike[]): number[] {
  const heights = lines.map(heightsOf);
  const ratio = (other: 'x' | 'descending' | 'digit'): number | null =>
    median(heights.flatMap((h) => (h.cap !== null && h[other] !== null ? [h.cap / (h[other] ?? 1)] : [])));
  const xRatio = ratio('x') ?? 1.45;
  const digitRatio = ratio('digit') ?? 1;
  const descendingRatio = ratio('descending') ?? 0.78;
  return lines.map((line, i) => {
    const h = heights[i];
    const cap =
      h?.cap ??
      (h?.x != null ? h.x * xRatio : null) ??
      (h?.digit != null ? h.digit * digitRatio : null) ??
      (h?.descending != null ? h.descending * descendingRatio : null) ??
      line.rowAttributes.rowHeight;
    return Math.max(1, cap) / CAP_HEIGHT_EM;
  });
}

/**
 * Sizes within this share of a level are that level: a pixel's noise at a scan's resolution, not a style.
 * Tuned on the train split (0.04 / 0.07 / 0.10 / 0.14: 0.07 read the most section sequences right).
 */
const SIZE_TOLERANCE = 0.07;

/**
 * Document-wide size levels: OCR measures a line's size to a pixel or two, so lines set in one size come out a
 * few percent apart, while the parser compares sizes to half a point. The levels are found densest first (by
 * characters): the size with the most text within the tolerance around it becomes a level (the weighted
 * median of those lines), its lines take it, and so on with the lines left. The body text is the first level.
 */
export function snapSizes(lines: readonly { size: number; weight: number }[]): number[] {
  const out: number[] = lines.map((l) => l.size);
  const left = new Set(lines.map((_, i) => i));
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= SIZE_TOLERANCE * Math.min(a, b);
  while (left.size > 0) {
    let best = -1;
    let bestWeight = -1;
    for (const i of left) {
      const s = lines[i]?.size ?? 0;
      let w = 0;
      for (const j of left) if (near(s, lines[j]?.size ?? 0)) w += lines[j]?.weight ?? 0;
      if (w > bestWeight) {
        best = i;
        bestWeight = w;
      }
    }
    const center = lines[best]?.size ?? 0;
    const members = [...left].filter((j) => near(center, lines[j]?.size ?? 0));
    const sorted = members.map((j) => lines[j] ?? { size: center, weight: 0 }).sort((a, b) => a.size - b.size);
    let acc = 0;
    const half = sorted.reduce((n, l) => n + l.weight, 0) / 2;
    let level = center;
    for (const l of sorted) {
      acc += l.weight;
      if (acc >= half) {
        level = l.size;
        break;
      }
    }
    for (const j of members) {
      out[j] = level;
      left.delete(j);
    }
  }
  return out;
}
