/**
 * Lines tesseract's page layout left out. Even with its full layout analysis it drops a line now and then — a
 * heading set apart (small capitals, a colour of its own), a name far larger than the rest — and a section
 * then goes missing. Here the page's ink that no line read covers is gathered into horizontal bands; a band
 * shaped like a line of text (a few letters high, wider than high, not a solid picture) is read on its own.
 * Pure: the grey page (ocr-bullets.ts's PageInk) and the lines read in, boxes out. Runs in the OCR worker.
 */
import { median } from './layout.js';
import type { PageInk } from './ocr-bullets.js';
import type { OcrBlockLike, OcrBox } from './ocr-types.js';

const INK = 128;
/** Uncovered ink pixels a row needs to count as part of a band (specks and a rule's remains do not). */
const MIN_ROW_INK = 3;
/** At most this many bands are read a page: each costs a recognition. */
export const MAX_UNREAD_BANDS = 6;

/** Bands of ink outside every line read, in page pixels, largest first, each padded for reading. */
export function unreadBands(ink: PageInk, blocks: readonly OcrBlockLike[]): OcrBox[] {
  const lines = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  if (lines.length === 0) return [];
  const lineHeight = median(lines.map((l) => l.bbox.y1 - l.bbox.y0));
  if (lineHeight < 4) return [];
  const { width, height, grey } = ink;
  const covered = new Uint8Array(width * height);
  const pad = Math.round(0.3 * lineHeight);
  for (const l of lines) {
    const x0 = Math.max(0, Math.floor(l.bbox.x0 - lineHeight));
    const x1 = Math.min(width, Math.ceil(l.bbox.x1 + pad));
    const y0 = Math.max(0, Math.floor(l.bbox.y0 - pad));
    const y1 = Math.min(height, Math.ceil(l.bbox.y1 + pad));
    for (let y = y0; y < y1; y += 1) covered.fill(1, y * width + x0, y * width + x1);
  }
  const rows: { n: number; x0: number; x1: number }[] = [];
  for (let y = 0; y < height; y += 1) {
    let n = 0;
    let x0 = width;
    let x1 = -1;
    for (let x = 0, p = y * width; x < width; x += 1, p += 1) {
      if (covered[p] || (grey[p] ?? 255) >= INK) continue;
      n += 1;
      if (x < x0) x0 = x;
      x1 = x;
    }
    rows.push({ n, x0, x1 });
  }
  const bands: (OcrBox & { ink: number })[] = [];
  let open: (OcrBox & { ink: number }) | null = null;
  let quiet = 0;
  for (let y = 0; y <= height; y += 1) {
    const row = rows[y];
    if (row !== undefined && row.n >= MIN_ROW_INK) {
      if (open === null) open = { x0: row.x0, x1: row.x1 + 1, y0: y, y1: y + 1, ink: 0 };
      open.x0 = Math.min(open.x0, row.x0);
      open.x1 = Math.max(open.x1, row.x1 + 1);
      open.y1 = y + 1;
      open.ink += row.n;
      quiet = 0;
      continue;
    }
    quiet += 1;
    if (open !== null && (quiet > 2 || row === undefined)) {
      bands.push(open);
      open = null;
    }
  }
  return bands
    .filter((b) => {
      const h = b.y1 - b.y0;
      const w = b.x1 - b.x0;
      const density = b.ink / (w * h);
      return h >= 0.5 * lineHeight && h <= 4 * lineHeight && w >= 1.5 * h && density >= 0.04 && density <= 0.5;
    })
    .sort((a, b) => b.ink - a.ink)
    .slice(0, MAX_UNREAD_BANDS)
    .map((b) => {
      const h = b.y1 - b.y0;
      const p = Math.round(0.4 * h) + 4;
      return {
        x0: Math.max(0, b.x0 - p),
        y0: Math.max(0, b.y0 - p),
        x1: Math.min(width, b.x1 + p),
        y1: Math.min(height, b.y1 + p),
      };
    });
}

const shift = (box: OcrBox, dx: number, dy: number): OcrBox => ({
  x0: box.x0 + dx,
  y0: box.y0 + dy,
  x1: box.x1 + dx,
  y1: box.y1 + dy,
});

/** Blocks read from a crop, moved back to where the crop sits on the page. */
export function placeBlocks(blocks: readonly OcrBlockLike[], at: OcrBox): OcrBlockLike[] {
  return blocks.map((b) => ({
    paragraphs: b.paragraphs.map((p) => ({
      lines: p.lines.map((l) => ({
        ...l,
        bbox: shift(l.bbox, at.x0, at.y0),
        baseline: shift(l.baseline, at.x0, at.y0),
        words: l.words.map((w) => ({
          ...w,
          bbox: shift(w.bbox, at.x0, at.y0),
          ...(w.symbols ? { symbols: w.symbols.map((c) => ({ ...c, bbox: shift(c.bbox, at.x0, at.y0) })) } : {}),
        })),
      })),
    })),
  }));
}
