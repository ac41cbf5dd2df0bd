/**
 * The name at the top of a page, set far larger than the rest, is often missing from tesseract's page read
 * (its layout analysis takes the huge letters for something other than text: on the train split a third of
 * the names were lost so), while a read of the strip above the first line finds it. So when the first page has
 * ink above the first line read, that strip is read on its own and its lines put before the page's.
 * Runs in the OCR worker.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { PageImage } from './ocr-picture.js';
import { encodePng } from './canvas-png.js';
import type { OcrBlockLike } from './ocr-types.js';

/** Dark pixels (of the strip) that count as something written there, not a speck or a thin rule. */
const MIN_INK_SHARE = 0.004;
/** Below this luminance (0–255) a pixel is ink. */
const INK = 110;

/** The strip of the page above the first line tesseract read, as a PNG, when there is ink in it; else null. */
export async function unreadHeader(image: PageImage, blocks: readonly OcrBlockLike[]): Promise<Buffer | null> {
  const tops = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map((l) => l.bbox.y0)));
  const top = Math.floor(Math.min(image.height, ...tops)) - 2;
  if (top < 0.02 * image.height) return null;
  const picture = await loadImage(image.png);
  const canvas = createCanvas(image.width, top);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(picture, 0, 0, image.width, top, 0, 0, image.width, top);
  const { data } = ctx.getImageData(0, 0, image.width, top);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4)
    if (0.299 * (data[i] ?? 255) + 0.587 * (data[i + 1] ?? 255) + 0.114 * (data[i + 2] ?? 255) < INK) ink += 1;
  return ink >= MIN_INK_SHARE * image.width * top ? encodePng(canvas) : null;
}
