import { hoistNameBlock, layoutLines } from './layout.js';
import { isStoredOrderBroken } from './order-check.js';
import { sameLineTolerance, storedOrderLines, type Line, type TextItem } from './pdf-lines.js';

/**
 * Which reading order a page gets: the file's stored order when it is sound, else the order rebuilt from
 * positions. Besides a scrambled order (order-check.ts), a two-column page whose stored order hops
 * between a sidebar and the main column (row band by row band, or main column first) is read as the
 * labels and a person read it: the name block, then the left column top to bottom, then the right.
 */

export interface PageOrder {
  lines: Line[];
  rebuilt: boolean;
  /** Most columns found side by side (1 = none). */
  columns: number;
}

/** Half the width of the whitespace strip a gutter must leave between the two columns. */
const HALF_GAP = 4;
/** At most this share of the lines may cross the gutter (a full-width header, a footer). */
const MAX_CROSSING = 0.15;
/** Each side needs this many lines to be a column rather than a stray label. */
const MIN_SIDE_LINES = 5;

type Side = 'L' | 'R' | 'S';

/**
 * A vertical whitespace strip that no line crosses but a few full-width ones, with a real column on
 * each side (lines side by side over the same height, not one block above the other); its x, or null.
 */
export function sidebarGutter(lines: readonly Line[]): number | null {
  if (lines.length < 2 * MIN_SIDE_LINES) return null;
  const x0 = Math.min(...lines.map((l) => l.x0));
  const x1 = Math.max(...lines.map((l) => l.x1));
  const width = x1 - x0;
  if (width < 200) return null;
  let best: { x: number; crossing: number; from: number; to: number } | null = null;
  for (let x = x0 + 0.12 * width; x <= x1 - 0.12 * width; x += 2) {
    let crossing = 0;
    let left = 0;
    let right = 0;
    for (const l of lines) {
      if (l.x1 <= x - HALF_GAP) left += 1;
      else if (l.x0 >= x + HALF_GAP) right += 1;
      else crossing += 1;
    }
    if (left < MIN_SIDE_LINES || right < MIN_SIDE_LINES || crossing > MAX_CROSSING * lines.length) continue;
    if (best !== null && crossing === best.crossing && x - best.to <= 2) best.to = x;
    else if (best === null || crossing < best.crossing) best = { x, crossing, from: x, to: x };
  }
  if (best === null) return null;
  const gutter = (best.from + best.to) / 2;
  const side = (s: Side): Line[] => lines.filter((l) => sideOf(l, gutter) === s);
  const [left, right] = [side('L'), side('R')];
  const span = (ls: readonly Line[]): [number, number] => [
    Math.min(...ls.map((l) => l.y)),
    Math.max(...ls.map((l) => l.y)),
  ];
  const [lt, lb] = span(left);
  const [rt, rb] = span(right);
  const overlap = Math.min(lb, rb) - Math.max(lt, rt);
  return overlap >= 0.5 * Math.min(lb - lt, rb - rt) ? gutter : null;
}

function sideOf(line: Line, gutter: number): Side {
  if (line.x1 <= gutter - HALF_GAP) return 'L';
  if (line.x0 >= gutter + HALF_GAP) return 'R';
  return 'S';
}

/** Lines a stored order may have out of place (a date drawn beside its title, a stray label) and still be sound. */
const STRAYS = 2;

/**
 * The stored order hops between the columns: more than a stray line or two (a date drawn beside its
 * title) would have to go for the rest to read "left column, then right column" (full-width lines aside).
 * Reading the right column first counts as hopping.
 */
export function hopsBetweenColumns(lines: readonly Line[], gutter: number): boolean {
  const sides = lines.map((l) => sideOf(l, gutter)).filter((s) => s !== 'S');
  let rightAfter = sides.filter((s) => s === 'R').length;
  let leftBefore = 0;
  let inOrder = rightAfter;
  for (const side of sides) {
    if (side === 'L') leftBefore += 1;
    else rightAfter -= 1;
    inOrder = Math.max(inOrder, leftBefore + rightAfter);
  }
  return sides.length - inOrder > STRAYS;
}

/**
 * Real columns, not a table: on the side with fewer lines, most lines have another line of their side
 * just above or below them (a date column beside titles is made of lone lines, each entry apart).
 */
function isRunOfLines(lines: readonly Line[], gutter: number): boolean {
  const left = lines.filter((l) => sideOf(l, gutter) === 'L');
  const right = lines.filter((l) => sideOf(l, gutter) === 'R');
  const few = left.length <= right.length ? left : right;
  const neighboured = few.filter((f) =>
    few.some((g) => g !== f && Math.abs(g.y - f.y) <= 2 * Math.max(f.size, g.size) && g.y !== f.y),
  ).length;
  return neighboured >= 0.6 * few.length;
}

/**
 * Column by column: full-width lines (a header, a footer, a heading across both columns) cut the page into
 * bands; within a band, the left column's lines top to bottom, then the right's.
 */
export function columnByColumn(lines: readonly Line[], gutter: number): Line[] {
  const spanners = lines.filter((l) => sideOf(l, gutter) === 'S').sort((a, b) => a.y - b.y);
  const bandOf = (line: Line): number => spanners.filter((s) => s.y < line.y).length;
  const out: Line[] = [];
  for (let band = 0; band <= spanners.length; band += 1) {
    const inBand = lines
      .filter((l) => sideOf(l, gutter) !== 'S' && bandOf(l) === band)
      .sort((a, b) => (Math.abs(a.y - b.y) <= sameLineTolerance(a.size, b.size) ? 0 : a.y - b.y));
    out.push(...inBand.filter((l) => sideOf(l, gutter) === 'L'), ...inBand.filter((l) => sideOf(l, gutter) === 'R'));
    const spanner = spanners[band];
    if (spanner !== undefined) out.push(spanner);
  }
  return out;
}

/** The reading order of one page: `items` are its upright text items, `rotated` the ones drawn at an angle. */
export function pageReadingOrder(items: readonly TextItem[], rotated: readonly TextItem[] = []): PageOrder {
  const all = [...items, ...rotated];
  const stored = storedOrderLines(all);
  if (isStoredOrderBroken(stored)) {
    const layout = layoutLines(items);
    return { lines: [...layout.lines, ...storedOrderLines(rotated)], rebuilt: true, columns: layout.columns };
  }
  const gutter = sidebarGutter(stored);
  if (gutter === null) return { lines: stored, rebuilt: false, columns: 1 };
  // The stored lines again, cut where they cross the gutter (two headings side by side on one baseline).
  const split = storedOrderLines(all, gutter);
  if (!hopsBetweenColumns(split, gutter) || !isRunOfLines(split, gutter))
    return { lines: stored, rebuilt: false, columns: 1 };
  return { lines: hoistNameBlock(columnByColumn(split, gutter)), rebuilt: true, columns: 2 };
}
