/**
 * Column gaps inside tesseract's lines. Its page layout (PSM 3) now and then reads two columns as one: a line of
 * the left column and the line of the right column on the same baseline come back as one line ("Education
 * About Me", "Skills Work Experience"). Its size is then a mix of a heading's and the body's, and the rebuilt
 * reading order (layout.ts) sees a row crossing the gutter, so the columns are not split and the headings are
 * lost. A gap between two words of a line is a column gap when a channel free of words runs through it up and
 * down the page, with text on both sides of it: the line is cut there, each piece is a line of its own, and its
 * first word starts a new piece of the row whatever the gap (`breakBefore`). Pure: tesseract's lines in, pieces
 * out, in page pixels. Runs in the OCR worker.
 */
import type { OcrBox, OcrLineLike, OcrWordLike } from './ocr-types.js';

/** A piece of a tesseract line; `broken` when a column gap cut it from the words before it. */
export interface LinePiece {
  line: OcrLineLike;
  broken: boolean;
}

/** A column gap is at least this many of the line's letter heights wide (word spaces are ~0.3–0.5). */
const MIN_GAP_HEIGHTS = 0.9;
/** The channel runs at least this many line heights up and down (a table cell's gap runs a few rows). */
const MIN_CHANNEL_LINES = 5;
/** Other lines with a word right beside the channel, on each side: text it separates, not a margin. */
const MIN_LINES_EACH_SIDE = 3;
/** How near the channel a word must end (or start) to count as beside it, in letter heights. */
const BESIDE_HEIGHTS = 8;
/** A column's lines start within this many letter heights of its left edge. */
const ALIGNED_HEIGHTS = 0.6;

const height = (b: OcrBox): number => b.y1 - b.y0;
const minGap = (h: number): number => Math.max(MIN_GAP_HEIGHTS * h, 6);

function medianHeight(words: readonly OcrWordLike[]): number {
  const hs = words.map((w) => height(w.bbox)).sort((a, b) => a - b);
  return hs[Math.floor(hs.length / 2)] ?? 0;
}

interface Channel {
  top: number;
  bottom: number;
}

/** The stretch of page at x, around the line's middle, that no other line's word covers; null when blocked. */
function channelAt(x: number, line: OcrLineLike, others: readonly OcrLineLike[], pageBottom: number): Channel | null {
  const mid = (line.bbox.y0 + line.bbox.y1) / 2;
  let top = 0;
  let bottom = pageBottom;
  for (const other of others) {
    if (other.bbox.x0 > x + 1 || other.bbox.x1 < x - 1) continue;
    for (const w of other.words) {
      if (w.bbox.x0 > x + 1 || w.bbox.x1 < x - 1) continue;
      if (w.bbox.y1 <= mid) top = Math.max(top, w.bbox.y1);
      else if (w.bbox.y0 >= mid) bottom = Math.min(bottom, w.bbox.y0);
      else return null;
    }
  }
  return { top, bottom };
}

/** The most of the positions that lie within `tolerance` of one another. */
function mostAligned(xs: readonly number[], tolerance: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j += 1) {
    while ((sorted[j] ?? 0) - (sorted[i] ?? 0) > tolerance) i += 1;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

/** A word of text, not a bullet mark or an icon read as a letter or two. */
const isText = (w: OcrWordLike): boolean => (w.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 3;

/**
 * Other lines inside the channel with a word of text ending just left of x, and with one starting just right
 * of it at the column's left edge: a column's lines start at one x, more of them than end at one x, while
 * the dates and places of a table of entries are set flush right (those are rows, not a column).
 */
function linesBeside(x: number, channel: Channel, h: number, others: readonly OcrLineLike[]): [number, number] {
  const reach = BESIDE_HEIGHTS * h;
  let left = 0;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const other of others) {
    if (other.bbox.y0 < channel.top || other.bbox.y1 > channel.bottom) continue;
    const before = other.words.filter((w) => w.bbox.x1 <= x).at(-1);
    const after = other.words.find((w) => w.bbox.x0 >= x);
    // A line running on through a word space at x says nothing about columns.
    if (before !== undefined && after !== undefined && after.bbox.x0 - before.bbox.x1 < minGap(h)) continue;
    if (before !== undefined && isText(before) && before.bbox.x1 >= x - reach) left += 1;
    if (after === undefined || after.bbox.x0 > x + reach) continue;
    starts.push(after.bbox.x0);
    ends.push(other.bbox.x1);
  }
  const tolerance = Math.max(ALIGNED_HEIGHTS * h, 4);
  const flushLeft = mostAligned(starts, tolerance);
  return [left, flushLeft > mostAligned(ends, tolerance) ? flushLeft : 0];
}

/** Whether the gap from x0 to x1 beside `line` (in its row) holds a channel that separates columns. */
function channelInGap(
  x0: number,
  x1: number,
  h: number,
  line: OcrLineLike,
  others: readonly OcrLineLike[],
  pageBottom: number,
): boolean {
  if (x1 - x0 < minGap(h)) return false;
  for (let x = x0 + 2; x <= x1 - 2; x += 2) {
    const channel = channelAt(x, line, others, pageBottom);
    if (channel === null || channel.bottom - channel.top < MIN_CHANNEL_LINES * 1.5 * h) continue;
    const [left, right] = linesBeside(x, channel, h, others);
    if (left >= MIN_LINES_EACH_SIDE && right >= MIN_LINES_EACH_SIDE) return true;
  }
  return false;
}

/** Where a gap between two words of `line` is a column gap (the gap's index: before word i), if anywhere. */
function columnGaps(line: OcrLineLike, others: readonly OcrLineLike[], pageBottom: number): number[] {
  const h = medianHeight(line.words);
  if (h <= 0) return [];
  const cuts: number[] = [];
  for (let i = 1; i < line.words.length; i += 1) {
    const a = line.words[i - 1];
    const b = line.words[i];
    if (a !== undefined && b !== undefined && channelInGap(a.bbox.x1, b.bbox.x0, h, line, others, pageBottom))
      cuts.push(i);
  }
  return cuts;
}

/** Two boxes share a row: their vertical overlap is most of the smaller one's height. */
const sameRow = (a: OcrBox, b: OcrBox): boolean =>
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5 * Math.min(height(a), height(b));

/**
 * A line that another line's words precede in its row across a column gap: tesseract read the two columns'
 * lines apart, but the gap is narrow enough for the rebuilt order to join them (a gutter under 1.5 em).
 */
function afterColumnGap(line: OcrLineLike, others: readonly OcrLineLike[], pageBottom: number): boolean {
  const h = medianHeight(line.words);
  if (h <= 0) return false;
  let left = Number.NEGATIVE_INFINITY;
  for (const other of others)
    for (const w of other.words)
      if (w.bbox.x1 <= line.bbox.x0 && sameRow(w.bbox, line.bbox)) left = Math.max(left, w.bbox.x1);
  return Number.isFinite(left) && channelInGap(left, line.bbox.x0, h, line, others, pageBottom);
}

const boxOf = (words: readonly OcrWordLike[]): OcrBox => ({
  x0: Math.min(...words.map((w) => w.bbox.x0)),
  y0: Math.min(...words.map((w) => w.bbox.y0)),
  x1: Math.max(...words.map((w) => w.bbox.x1)),
  y1: Math.max(...words.map((w) => w.bbox.y1)),
});

/** A line's words from..to as a line of their own (tesseract's baseline, a straight fit, still applies). */
function piece(line: OcrLineLike, from: number, to: number): OcrLineLike {
  const words = line.words.slice(from, to);
  return {
    ...line,
    text: words.map((w) => w.text.trim()).join(' '),
    confidence: line.confidence,
    bbox: boxOf(words),
    words,
  };
}

/** The page's lines, each cut at its column gaps. `pageBottom`: the page height in pixels. */
export function cutAtColumnGaps(lines: readonly OcrLineLike[], pageBottom: number): LinePiece[] {
  const out: LinePiece[] = [];
  for (const line of lines) {
    const others = lines.filter((l) => l !== line);
    const cuts = line.words.length < 2 ? [] : columnGaps(line, others, pageBottom);
    const first = afterColumnGap(line, others, pageBottom);
    if (cuts.length === 0) {
      out.push({ line, broken: first });
      continue;
    }
    const bounds = [0, ...cuts, line.words.length];
    for (let k = 0; k + 1 < bounds.length; k += 1)
      out.push({ line: piece(line, bounds[k] ?? 0, bounds[k + 1] ?? 0), broken: k > 0 || first });
  }
  return out;
}
