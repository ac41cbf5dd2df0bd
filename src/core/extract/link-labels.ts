import type { TextItem } from './pdf-lines.js';
import { applyMatrix, type Matrix } from './pdfjs-shapes.js';

/** An axis-aligned box in the same (top-down) page coordinates as the text items. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box around four corners after the viewport transform (which flips y and may rotate). */
function boxOf(m: Matrix, xs: readonly number[], ys: readonly number[]): Box {
  const points = xs.flatMap((x) => ys.map((y) => applyMatrix(m, x, y)));
  return {
    x0: Math.min(...points.map((p) => p[0])),
    y0: Math.min(...points.map((p) => p[1])),
    x1: Math.max(...points.map((p) => p[0])),
    y1: Math.max(...points.map((p) => p[1])),
  };
}

/**
 * A link annotation's clickable area in page coordinates: its quadrilaterals when it has them (a link that
 * wraps onto a second line), else its rectangle. Both arrive in PDF user space (y up).
 */
export function linkBoxes(rect: readonly number[], quadPoints: readonly number[] | null, viewport: Matrix): Box[] {
  if (quadPoints && quadPoints.length >= 8 && quadPoints.length % 8 === 0) {
    const boxes: Box[] = [];
    for (let i = 0; i < quadPoints.length; i += 8) {
      const q = quadPoints.slice(i, i + 8);
      boxes.push(
        boxOf(viewport, [q[0] ?? 0, q[2] ?? 0, q[4] ?? 0, q[6] ?? 0], [q[1] ?? 0, q[3] ?? 0, q[5] ?? 0, q[7] ?? 0]),
      );
    }
    return boxes;
  }
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = rect;
  return [boxOf(viewport, [x0, x1], [y0, y1])];
}

function inside(boxes: readonly Box[], x: number, y: number): boolean {
  return boxes.some((b) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1);
}

/**
 * Helvetica's advance widths (1/1000 em) for printable ASCII, from space (0x20) to '~' (0x7e). Only the
 * proportions matter: they place a word inside a text item better than counting characters does.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  return ASCII_WIDTHS[code - 0x20] ?? 556;
}

/** Each character's left edge and the total, in the same units. */
function edges(str: string): { starts: number[]; total: number } {
  const starts: number[] = [];
  let total = 0;
  for (let i = 0; i < str.length; i += 1) {
    starts.push(total);
    total += charWidth(str.charAt(i));
  }
  return { starts, total };
}

/** Separators and sentence punctuation that sit next to a link's words without being part of its label. */
const EDGE_PUNCTUATION = /^[\s|,;:.•·]+|[\s|,;:.•·]+$/g;

/** Drops the punctuation around a label, and brackets around all of it or left without a partner ("(link)." → "link"). */
function trimLabel(label: string): string {
  let out = label.replace(EDGE_PUNCTUATION, '');
  if (/^\([^()]*\)$/.test(out)) out = out.slice(1, -1);
  if (out.startsWith('(') && !out.includes(')')) out = out.slice(1);
  if (out.endsWith(')') && !out.includes('(')) out = out.slice(0, -1);
  return out.replace(EDGE_PUNCTUATION, '');
}

/**
 * The visible text under a link: the words of the page whose middle lies inside the link's area, in the
 * file's order, without the punctuation around them. pdf.js can compute this too (per glyph), but only by
 * reading the page's text a second time; we already have the positioned text. A word's middle is placed
 * from typical letter widths, exact enough at word level (links cover whole words). The height tested is
 * just above the baseline, inside the letters.
 */
export function labelUnder(items: readonly TextItem[], boxes: readonly Box[]): string {
  if (boxes.length === 0) return '';
  const top = Math.min(...boxes.map((b) => b.y0));
  const bottom = Math.max(...boxes.map((b) => b.y1));
  let label = '';
  let previous: { item: TextItem; endX: number; spaceAfter: boolean } | null = null;
  for (const item of items) {
    const y = item.y - 0.25 * item.size;
    if (y <= top || y >= bottom || item.str.length === 0) continue;
    const { starts, total } = edges(item.str);
    const xAt = (i: number): number => item.x + (item.width * (starts[i] ?? total)) / total;
    for (const word of item.str.matchAll(/\S+/g)) {
      const start = word.index;
      const end = start + word[0].length;
      if (!inside(boxes, (xAt(start) + xAt(end)) / 2, y)) continue;
      if (previous !== null) {
        const newLine = Math.abs(item.y - previous.item.y) > 0.5 * item.size;
        const gap = xAt(start) - previous.endX;
        const spaced = previous.item === item || previous.spaceAfter || start > 0 || newLine || gap > 0.18 * item.size;
        if (spaced) label += ' ';
      }
      label += word[0];
      previous = { item, endX: xAt(end), spaceAfter: end < item.str.length };
    }
  }
  return trimLabel(label);
}
