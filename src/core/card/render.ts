/**
 * review → PNG bytes. Pure: the same card gives the same bytes (fixed size, our font only, no clock, no
 * randomness). Drawing runs on the calling thread (a few ms); PNG encoding is the costly part, and
 * `renderCard` hands it to the canvas library's own thread pool so the event loop stays free.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { encodePng } from '../extract/canvas-png.js';
import { drawOps } from './draw.js';
import { cssFont, registerCardFont } from './font.js';
import { layoutDeltaCard } from './layout-delta.js';
import { layoutScoreCard } from './layout-score.js';
import type { Op } from './ops.js';
import type { Measure } from './text-fit.js';
import { CARD_HEIGHT, CARD_WIDTH, type Card } from './types.js';

let measuring: SKRSContext2D | null = null;
const widths = new Map<string, number>();

/** Text widths with the card font, measured by the canvas (cached: layouts measure the same strings often). */
export const measureText: Measure = (text, font) => {
  const key = `${font.weight}|${font.size}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  registerCardFont();
  measuring ??= createCanvas(1, 1).getContext('2d');
  measuring.font = cssFont(font);
  const width = measuring.measureText(text).width;
  if (widths.size > 20_000) widths.clear();
  widths.set(key, width);
  return width;
};

export function layoutCard(card: Card, measure: Measure = measureText): Op[] {
  return card.kind === 'score' ? layoutScoreCard(card, measure) : layoutDeltaCard(card, measure);
}

function paint(card: Card) {
  registerCardFont();
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  drawOps(canvas.getContext('2d'), layoutCard(card));
  return canvas;
}

/**
 * Frees the canvas's 3 MB pixel surface now. V8 does not see that native memory, so without this a loop
 * of renders that makes little JS garbage grows RSS by ~3 MB a card until some GC (measured: peak +890 MB
 * after 300 sync renders, +25 MB with this).
 */
function release(canvas: Canvas): void {
  canvas.width = 1;
  canvas.height = 1;
}

/** The card as PNG bytes; encoding runs off the event loop. */
export async function renderCard(card: Card): Promise<Uint8Array> {
  const canvas = paint(card);
  try {
    // Held until encoded: a canvas collected mid-encoding crashes the process (extract/canvas-png.ts).
    const png = await encodePng(canvas);
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
  } finally {
    release(canvas);
  }
}

/** The same bytes, encoded on the calling thread (benchmarks, tests). */
export function renderCardSync(card: Card): Uint8Array {
  const canvas = paint(card);
  const png = canvas.toBuffer('image/png');
  release(canvas);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
