/**
 * A picture (PNG, JPEG, WebP, GIF, BMP) → an upright page image at a size tesseract reads well. Runs in the OCR
 * worker: decoding is done by @napi-rs/canvas (Skia), so a malformed file fails there, where it can be killed.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { imageSize } from 'image-size';
import { corrupt } from './errors.js';
import type { PageInk } from './ocr-bullets.js';
import { plainInk } from './ocr-ink.js';
import { encodePng } from './canvas-png.js';
import type { OcrBox } from './ocr-types.js';

/**
 * Long side the page image is brought to when smaller. A phone screenshot of a page is ~1000–1300 px wide,
 * body text then ~10 px high: tesseract misreads much of it below ~20 px, so it is scaled up (at most ×3).
 */
export const MIN_LONG_SIDE = 2400;
/** Long side above which the picture is scaled down (a 12 MP photo gains nothing over this, costs time). */
export const MAX_LONG_SIDE = 3600;
const MAX_UPSCALE = 3;

export interface PageImage {
  /** PNG bytes. */
  png: Buffer;
  width: number;
  height: number;
}

/** EXIF orientation → clockwise quarter turns (phones store photos sideways and say so in EXIF). */
function quarterTurns(orientation: number | undefined): number {
  if (orientation === 3 || orientation === 4) return 2;
  if (orientation === 6 || orientation === 5) return 1;
  if (orientation === 8 || orientation === 7) return 3;
  return 0;
}

export function pictureScale(width: number, height: number): number {
  const long = Math.max(width, height);
  if (long < MIN_LONG_SIDE) return Math.min(MAX_UPSCALE, MIN_LONG_SIDE / long);
  if (long > MAX_LONG_SIDE) return MAX_LONG_SIDE / long;
  return 1;
}

export async function preparePicture(data: Uint8Array): Promise<PageImage> {
  let orientation: number | undefined;
  try {
    orientation = imageSize(data).orientation;
  } catch {
    orientation = undefined;
  }
  const image = await loadImage(Buffer.from(data.buffer, data.byteOffset, data.byteLength)).catch((err: unknown) => {
    throw corrupt('image-decode', err);
  });
  if (image.width < 1 || image.height < 1) throw corrupt('image-empty');
  const turns = quarterTurns(orientation);
  const scale = pictureScale(image.width, image.height);
  const w = Math.max(1, Math.round(image.width * scale));
  const h = Math.max(1, Math.round(image.height * scale));
  const [cw, ch] = turns % 2 === 1 ? [h, w] : [w, h];
  const canvas = createCanvas(cw, ch);
  const ctx = canvas.getContext('2d');
  // White under transparent pixels (a PNG with alpha would otherwise read as black on black).
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, cw, ch);
  ctx.imageSmoothingQuality = 'high';
  ctx.translate(cw / 2, ch / 2);
  ctx.rotate((turns * Math.PI) / 2);
  ctx.drawImage(image, -w / 2, -h / 2, w, h);
  return { png: await encodePng(canvas), width: cw, height: ch };
}

/** The page turned clockwise by quarter turns. */
export async function turnImage(image: PageImage, turns: number): Promise<PageImage> {
  const picture = await loadImage(image.png);
  const [w, h] = turns % 2 === 1 ? [image.height, image.width] : [image.width, image.height];
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.translate(w / 2, h / 2);
  ctx.rotate((turns * Math.PI) / 2);
  ctx.drawImage(picture, -image.width / 2, -image.height / 2);
  return { png: await encodePng(canvas), width: w, height: h };
}

/** The page image with plain dark-on-white ink (ocr-ink.ts): what tesseract is given, and its grey pixels. */
export interface PlainPage {
  image: PageImage;
  ink: PageInk;
  /** A part of the plain page as a PNG. */
  crop: (box: OcrBox) => Promise<Buffer>;
}

export async function plainPageImage(image: PageImage): Promise<PlainPage> {
  const picture = await loadImage(image.png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(picture, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height);
  plainInk(data.data, image.width, image.height);
  ctx.putImageData(data, 0, 0);
  const grey = new Uint8Array(image.width * image.height);
  for (let p = 0; p < grey.length; p += 1) grey[p] = data.data[4 * p] ?? 255;
  return {
    image: { png: await encodePng(canvas), width: image.width, height: image.height },
    ink: { grey, width: image.width, height: image.height },
    crop: (box) => {
      const w = Math.max(1, Math.round(box.x1 - box.x0));
      const h = Math.max(1, Math.round(box.y1 - box.y0));
      const part = createCanvas(w, h);
      part.getContext('2d').drawImage(canvas, box.x0, box.y0, w, h, 0, 0, w, h);
      return encodePng(part);
    },
  };
}
