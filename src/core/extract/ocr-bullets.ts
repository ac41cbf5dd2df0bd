/**
 * Bullet marks tesseract left out. Its full page layout (PSM 3) takes a lone dot, square or arrow before a line
 * for noise and drops it, so "• Led a team of 5" comes back as "Led a team of 5": the rules that read bullets
 * then see none. Here the page's ink left of each line read is looked at: one small mark there, alone, about the
 * size of a bullet and no taller than the letters' x-height band, before the first word, is a bullet.
 * Runs in the OCR worker, on the grey page tesseract was given (ocr-ink.ts).
 */
import type { OcrBox } from './ocr-types.js';

/** The grey page (0 = ink, 255 = paper), one byte a pixel. */
export interface PageInk {
  grey: Uint8Array;
  width: number;
  height: number;
}

const INK = 128;
/** How far left of the first word a bullet may sit, in cap heights. */
const REACH = 3.2;

interface Blob {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  touchesEdge: boolean;
}

/** Connected ink (8-neighbours) inside the region, each as its box. */
function blobsIn(ink: PageInk, region: OcrBox): Blob[] {
  const w = region.x1 - region.x0;
  const h = region.y1 - region.y0;
  if (w <= 0 || h <= 0) return [];
  const seen = new Uint8Array(w * h);
  const isInk = (x: number, y: number): boolean => (ink.grey[(region.y0 + y) * ink.width + region.x0 + x] ?? 255) < INK;
  const blobs: Blob[] = [];
  const stack: number[] = [];
  for (let y = 0; y < h; y += 1)
    for (let x = 0; x < w; x += 1) {
      if (seen[y * w + x] || !isInk(x, y)) continue;
      const blob: Blob = { x0: x, y0: y, x1: x, y1: y, touchesEdge: false };
      seen[y * w + x] = 1;
      stack.push(y * w + x);
      while (stack.length > 0) {
        const p = stack.pop() ?? 0;
        const px = p % w;
        const py = (p - px) / w;
        blob.x0 = Math.min(blob.x0, px);
        blob.x1 = Math.max(blob.x1, px);
        blob.y0 = Math.min(blob.y0, py);
        blob.y1 = Math.max(blob.y1, py);
        if (px === 0 || py === 0 || py === h - 1) blob.touchesEdge = true;
        for (let dy = -1; dy <= 1; dy += 1)
          for (let dx = -1; dx <= 1; dx += 1) {
            const nx = px + dx;
            const ny = py + dy;
            if (nx < 0 || ny < 0 || nx >= w || ny >= h || seen[ny * w + nx] || !isInk(nx, ny)) continue;
            seen[ny * w + nx] = 1;
            stack.push(ny * w + nx);
          }
      }
      blobs.push({
        x0: blob.x0 + region.x0,
        x1: blob.x1 + region.x0 + 1,
        y0: blob.y0 + region.y0,
        y1: blob.y1 + region.y0 + 1,
        touchesEdge: blob.touchesEdge,
      });
    }
  return blobs;
}

/**
 * The bullet mark drawn left of a line, or null. `line` is the line's box, `firstWord` its first word's,
 * `cap` the line's cap height in pixels.
 */
export function bulletMarkBefore(ink: PageInk, line: OcrBox, firstWord: OcrBox, cap: number): OcrBox | null {
  if (cap < 4) return null;
  const region: OcrBox = {
    x0: Math.max(0, Math.floor(firstWord.x0 - REACH * cap)),
    x1: Math.max(0, Math.floor(firstWord.x0 - 1)),
    y0: Math.max(0, Math.floor(line.y0 - 0.35 * cap)),
    y1: Math.min(ink.height, Math.ceil(line.y1 + 0.35 * cap)),
  };
  const blobs = blobsIn(ink, region).filter((b) => b.x1 - b.x0 >= 2 && b.y1 - b.y0 >= 2);
  if (blobs.length === 0) return null;
  const mark = blobs.reduce((a, b) => (b.x1 > a.x1 ? b : a));
  const w = mark.x1 - mark.x0;
  const h = mark.y1 - mark.y0;
  if (mark.touchesEdge || h > 0.8 * cap || w > 1.4 * cap || Math.max(w, h) < 0.18 * cap) return null;
  // Alone: nothing else inked in the cap height before it (a word, an icon of a contact line).
  if (blobs.some((b) => b !== mark && b.x1 > mark.x0 - cap)) return null;
  // Set in the letters' band: its middle between the line's top and its baseline region.
  const middle = (mark.y0 + mark.y1) / 2;
  if (middle < line.y0 || middle > line.y1) return null;
  return { x0: mark.x0, y0: mark.y0, x1: mark.x1, y1: mark.y1 };
}
