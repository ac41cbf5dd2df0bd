import type { Line } from './pdf-lines.js';

/**
 * Counts places where the stored order jumps back up the page within the same column: the next line sits
 * above the previous one and their horizontal spans overlap. Moving to the top of the next column does not
 * count (no overlap). LaTeX/Word/Docs files score 0–1; Canva/Figma exports score many.
 */
export function upwardJumps(lines: readonly Line[]): number {
  let jumps = 0;
  for (let i = 1; i < lines.length; i += 1) {
    const prev = lines[i - 1];
    const next = lines[i];
    if (!prev || !next) continue;
    const above = next.y < prev.y - Math.max(prev.size, next.size) * 0.8;
    const overlap = Math.min(prev.x1, next.x1) - Math.max(prev.x0, next.x0);
    if (above && overlap > 0) jumps += 1;
  }
  return jumps;
}

/** Stored order is broken when it goes back up the same column more than a header/footer would explain. */
export function isStoredOrderBroken(lines: readonly Line[]): boolean {
  return upwardJumps(lines) >= 3;
}
