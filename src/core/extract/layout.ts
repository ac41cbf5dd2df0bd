import { joinRow, sameLineTolerance, type Line, type TextItem } from './pdf-lines.js';

/**
 * Rebuilds reading order from positions, for files whose stored order is scrambled (Canva, Figma):
 * rows are grouped by baseline, a row splits into fragments at wide gaps, and a vertical gutter that no
 * fragment crosses splits a band of rows into columns, read left column first. Pure: items in, lines out.
 */

interface Fragment {
  items: TextItem[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  row: number;
}

export interface LayoutResult {
  lines: Line[];
  /** Most columns found side by side anywhere on the page (1 = none). */
  columns: number;
}

const GUTTER_HALF_WIDTH = 3;
const MAX_DEPTH = 1;

function visible(item: TextItem): boolean {
  return item.str.trim().length > 0 && item.width > 0;
}

/** Groups items into rows by baseline, then splits each row into fragments at gaps wider than ~1.5 em. */
function fragmentsOf(items: readonly TextItem[]): Fragment[] {
  const sorted = items.filter(visible).sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextItem[][] = [];
  let rowY = -Infinity;
  let rowSize = 0;
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(item.y - rowY) <= sameLineTolerance(item.size, rowSize)) {
      row.push(item);
      rowSize = Math.max(rowSize, item.size);
    } else {
      rows.push([item]);
      rowY = item.y;
      rowSize = item.size;
    }
  }
  const fragments: Fragment[] = [];
  rows.forEach((row, rowIndex) => {
    row.sort((a, b) => a.x - b.x);
    let current: Fragment | null = null;
    for (const item of row) {
      const x1 = item.x + item.width;
      const near = item.x - (current?.x1 ?? 0) <= Math.max(1.5 * Math.max(current?.size ?? 0, item.size), 8);
      if (current && near && item.breakBefore !== true) {
        current.items.push(item);
        current.x1 = Math.max(current.x1, x1);
        current.size = Math.max(current.size, item.size);
      } else {
        current = { items: [item], x0: item.x, x1, y: item.y, size: item.size, row: rowIndex };
        fragments.push(current);
      }
    }
  });
  return fragments;
}

interface Band {
  fragments: Fragment[];
  columnar: boolean;
}

function rowsOf(fragments: readonly Fragment[]): number[] {
  return [...new Set(fragments.map((f) => f.row))];
}

/** A fragment with another one of its side just above or below it (a run of lines, not a lone label). */
function hasVerticalNeighbour(f: Fragment, side: readonly Fragment[]): boolean {
  return side.some(
    (g) =>
      g !== f &&
      g.row !== f.row &&
      Math.abs(g.y - f.y) <= 2 * Math.max(f.size, g.size) &&
      Math.min(f.x1, g.x1) > Math.max(f.x0, g.x0),
  );
}

/**
 * Two columns, or a table inside one column (title … date)? In a table the sparser side is made of lone
 * pieces, each on the baseline of a line on the other side; real columns are runs of consecutive lines.
 */
function isColumnar(left: readonly Fragment[], right: readonly Fragment[]): boolean {
  if (rowsOf(left).length < 2 || rowsOf(right).length < 2) return false;
  if (left.length + right.length < 6) return false;
  const [few, many] = left.length <= right.length ? [left, right] : [right, left];
  const manyRows = new Set(many.map((f) => f.row));
  const loneOnARow = few.filter((f) => manyRows.has(f.row) && !hasVerticalNeighbour(f, few)).length;
  return loneOnARow / few.length < 0.6;
}

/** Splits fragments into bands at rows that cross the gutter at x; marks bands that form two columns. */
function bandsFor(fragments: readonly Fragment[], x: number): Band[] {
  const crossing = (f: Fragment): boolean => f.x0 < x + GUTTER_HALF_WIDTH && f.x1 > x - GUTTER_HALF_WIDTH;
  const spannerRows = new Set(fragments.filter(crossing).map((f) => f.row));
  const bands: Band[] = [];
  let open: Fragment[] = [];
  const close = (): void => {
    if (open.length === 0) return;
    const left = open.filter((f) => f.x1 <= x);
    const right = open.filter((f) => f.x0 >= x);
    bands.push({ fragments: open, columnar: isColumnar(left, right) });
    open = [];
  };
  const byRow = [...fragments].sort((a, b) => a.row - b.row || a.x0 - b.x0);
  let lastRow = -1;
  for (const f of byRow) {
    if (spannerRows.has(f.row)) {
      if (f.row !== lastRow) close();
      bands.push({ fragments: [f], columnar: false });
    } else {
      open.push(f);
    }
    lastRow = f.row;
  }
  close();
  return mergeAdjacentPlain(bands);
}

function mergeAdjacentPlain(bands: Band[]): Band[] {
  const out: Band[] = [];
  for (const band of bands) {
    const prev = out[out.length - 1];
    if (prev && !prev.columnar && !band.columnar) prev.fragments.push(...band.fragments);
    else out.push({ fragments: [...band.fragments], columnar: band.columnar });
  }
  return out;
}

function columnarMass(bands: readonly Band[]): number {
  return bands.reduce((n, b) => n + (b.columnar ? b.fragments.length : 0), 0);
}

/** The gutter position that puts the most fragments into column bands (the middle of the widest such run). */
function findGutter(fragments: readonly Fragment[]): number | null {
  const x0 = Math.min(...fragments.map((f) => f.x0));
  const x1 = Math.max(...fragments.map((f) => f.x1));
  const width = x1 - x0;
  if (width < 100) return null;
  let bestMass = 0;
  let runs: { from: number; to: number }[] = [];
  let previousKey = '';
  let previousMass = 0;
  for (let x = x0 + 0.12 * width; x <= x1 - 0.12 * width; x += 2) {
    const crossing: number[] = [];
    fragments.forEach((f, i) => {
      if (f.x0 < x + GUTTER_HALF_WIDTH && f.x1 > x - GUTTER_HALF_WIDTH) crossing.push(i);
    });
    if (crossing.length > fragments.length * 0.5) continue;
    // Bands only change when the set of crossing fragments (or who is left/right) changes.
    const leftCount = fragments.filter((f) => f.x1 <= x).length;
    const key = `${leftCount}:${crossing.join(',')}`;
    const mass = key === previousKey ? previousMass : columnarMass(bandsFor(fragments, x));
    previousKey = key;
    previousMass = mass;
    if (mass === 0 || mass < bestMass) continue;
    const last = runs[runs.length - 1];
    if (mass > bestMass) {
      bestMass = mass;
      runs = [{ from: x, to: x }];
    } else if (last && x - last.to <= 2) {
      last.to = x;
    } else {
      runs.push({ from: x, to: x });
    }
  }
  if (bestMass === 0) return null;
  const widest = runs.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
  return (widest.from + widest.to) / 2;
}

function rowWise(fragments: readonly Fragment[]): Line[] {
  const byRow = new Map<number, TextItem[]>();
  for (const f of fragments) {
    const items = byRow.get(f.row) ?? [];
    items.push(...f.items);
    byRow.set(f.row, items);
  }
  return [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, items]) => joinRow(items))
    .filter((l): l is Line => l !== null);
}

function order(fragments: readonly Fragment[], depth: number): LayoutResult {
  if (fragments.length === 0) return { lines: [], columns: 1 };
  const gutter = depth < MAX_DEPTH ? findGutter(fragments) : null;
  if (gutter === null) return { lines: rowWise(fragments), columns: 1 };
  const lines: Line[] = [];
  let columns = 1;
  for (const band of bandsFor(fragments, gutter)) {
    if (!band.columnar) {
      lines.push(...rowWise(band.fragments));
      continue;
    }
    const left = order(
      band.fragments.filter((f) => f.x1 <= gutter),
      depth + 1,
    );
    const right = order(
      band.fragments.filter((f) => f.x0 >= gutter),
      depth + 1,
    );
    lines.push(...left.lines, ...right.lines);
    columns = Math.max(columns, left.columns + right.columns);
  }
  return { lines, columns };
}

/** The middle value (the upper one of an even count), 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The name block first: on a page read column by column, the name set larger than anything else at the very
 * top of the main column (beside a sidebar that starts lower) opens the page, with the short lines set right under it
 * (a title), before the sidebar.
 */
export function hoistNameBlock(lines: readonly Line[]): Line[] {
  if (lines.length < 3) return [...lines];
  const top = lines.reduce((a, b) => (b.y - b.size < a.y - a.size ? b : a));
  const at = lines.indexOf(top);
  // Larger than anything else on the page (not one of several headings of one size).
  const others = Math.max(...lines.filter((l) => l !== top).map((l) => l.size));
  if (at <= 0 || top.size < others + 1 || top.size < 1.5 * median(lines.map((l) => l.size))) return [...lines];
  let end = at + 1;
  for (let prev = top; end < lines.length; end += 1) {
    const next = lines[end];
    if (next === undefined) break;
    const close = next.y > prev.y && next.y - prev.y <= 2 * Math.max(next.size, 0.6 * prev.size);
    const below = Math.min(next.x1, top.x1) > Math.max(next.x0, top.x0);
    if (!close || !below || next.text.length > 60) break;
    prev = next;
  }
  return [...lines.slice(at, end), ...lines.slice(0, at), ...lines.slice(end)];
}

/** Reading order rebuilt from positions. */
export function layoutLines(items: readonly TextItem[]): LayoutResult {
  const result = order(fragmentsOf(items), 0);
  return result.columns > 1 ? { lines: hoistNameBlock(result.lines), columns: result.columns } : result;
}
