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
 * Lines emitted into a gap between two lines already emitted in the same column (a heading written after its
 * section, the Canva/Figma pattern). A sound reading order never goes back to fill a gap.
 */
export function gapFills(lines: readonly Line[]): number {
  let fills = 0;
  for (let i = 2; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    let above = false;
    let below = false;
    for (let j = 0; j < i - 1 && !(above && below); j += 1) {
      const earlier = lines[j];
      if (!earlier || overlapX(earlier, line) <= 0) continue;
      const size = Math.max(earlier.size, line.size);
      const dy = earlier.y - line.y;
      if (dy < -0.5 * size && dy > -3 * size) above = true;
      if (dy > 0.5 * size && dy < 3 * size) below = true;
    }
    if (above && below) fills += 1;
  }
  return fills;
}

/**
 * Stored order is broken when it goes back up a column or back into a gap more often than a stray text box
 * explains. On the corpus, sound files score 0–1 per page and Canva/Figma/Chrome-positioned pages 3–14.
 */
export function isStoredOrderBroken(lines: readonly Line[]): boolean {
  return upwardJumps(lines) + gapFills(lines) >= 3;
}
