import type { Line } from './pdf-lines.js';

function overlapX(a: Line, b: Line): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

/**
 * Places where the stored order jumps back up the page within the same column: the next line sits above the
 * previous one and their horizontal spans overlap. Moving to the top of the next column does not count.
 */
export function upwardJumps(lines: readonly Line[]): number {
  let jumps = 0;
  for (let i = 1; i < lines.length; i += 1) {
    const prev = lines[i - 1];
    const next = lines[i];
    if (!prev || !next) continue;
    const above = next.y < prev.y - Math.max(prev.size, next.size) * 0.8;
    if (above && overlapX(prev, next) > 0) jumps += 1;
  }
  return jumps;
}

/**
 * Lines emitted after a line that sits just below them in the same column: a heading written after its
 * section's first lines (the Canva/Figma pattern). A sound reading order goes down a column, never back up
 * to fill in the line above.
 */
export function backfills(lines: readonly Line[]): number {
  let fills = 0;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    for (let j = 0; j < i; j += 1) {
      const earlier = lines[j];
      if (!earlier || overlapX(earlier, line) <= 0) continue;
      const size = Math.max(earlier.size, line.size);
      const below = earlier.y - line.y;
      if (below > 0.5 * size && below < 3 * size) {
        fills += 1;
        break;
      }
    }
  }
  return fills;
}

/**
 * Stored order is broken when it goes back up a column or back into a gap more often than a stray text box
 * explains. On the corpus, sound files score 0–1 per page and Canva/Figma/Chrome-positioned pages 3–14.
 */
export function isStoredOrderBroken(lines: readonly Line[]): boolean {
  return upwardJumps(lines) + backfills(lines) >= 3;
}
