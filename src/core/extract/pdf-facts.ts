import { isAllCaps, isLetterSpacedText, type LineFacts } from './line-facts.js';
import type { Line } from './pdf-lines.js';

/** A line of a page in reading order, with its layout facts (before text clean-up). */
export interface FactLine {
  text: string;
  facts: LineFacts;
}

/**
 * The baseline step from one line to the next in reading order, when the next is below it (the top of a new
 * column, up the page, has none).
 */
function step(prev: Line, next: Line): number | null {
  const dy = next.y - prev.y;
  const size = Math.max(prev.size, next.size);
  if (dy <= 0.3 * size || dy > 12 * size) return null;
  return dy;
}

const overlapsX = (a: Line, b: Line): boolean => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0);

/** The most common font size, by characters: the body text's. */
function bodySize(pages: readonly (readonly Line[])[]): number {
  const chars = new Map<number, number>();
  for (const page of pages) {
    for (const line of page) {
      const size = Math.round(line.size * 2) / 2;
      chars.set(size, (chars.get(size) ?? 0) + line.text.length);
    }
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) {
    if (n > most) {
      best = size;
      most = n;
    }
  }
  return best;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

/**
 * Layout facts for every line of every page (pages in reading order). The usual line gap is the median
 * baseline step between consecutive body-size lines of the same block, over the whole document; a line's gapAbove is
 * its step from the line before it in that unit, null at the top of a page or a column.
 */
export function pdfLineFacts(pages: readonly (readonly Line[])[]): FactLine[][] {
  const body = bodySize(pages);
  const steps: number[] = [];
  const bodySteps: number[] = [];
  for (const page of pages) {
    for (let i = 1; i < page.length; i += 1) {
      const prev = page[i - 1];
      const next = page[i];
      const s = prev && next ? step(prev, next) : null;
      if (s === null || !prev || !next || !overlapsX(prev, next)) continue;
      steps.push(s);
      if (Math.abs(prev.size - body) < 0.5 && Math.abs(next.size - body) < 0.5) bodySteps.push(s);
    }
  }
  const usual = median(bodySteps.length > 0 ? bodySteps : steps);
  return pages.map((page, p) =>
    page.map((line, i) => {
      const prev = page[i - 1];
      const s = prev === undefined ? null : step(prev, line);
      return {
        text: line.text,
        facts: {
          page: p + 1,
          x: round(line.x0),
          y: round(line.y),
          width: round(line.x1 - line.x0),
          size: round(line.size),
          font: line.font,
          bold: null,
          italic: null,
          caps: isAllCaps(line.text),
          letterSpaced: isLetterSpacedText(line.text) || / {2}\S/u.test(line.text.trim()),
          gapAbove: s === null || usual === null || usual <= 0 ? null : round(s / usual),
          rule: null,
        },
      };
    }),
  );
}

const round = (n: number): number => Math.round(n * 100) / 100;
