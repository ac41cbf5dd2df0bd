/**
 * Pictures of resumes for the OCR tests, drawn at test time with @napi-rs/canvas in the card's own font
 * (no system font, no binary fixtures), and the same picture inside an image-only PDF (pdf-lib).
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { cssFont, registerCardFont } from '../../src/core/card/font.js';

export interface PictureLine {
  text: string;
  /** Font size in pixels (default 22: a page screenshot at ~1240 px wide). */
  size?: number;
  bold?: boolean;
  /** Extra pixels above the line. */
  gap?: number;
}

export const heading = (text: string): PictureLine => ({ text, size: 30, bold: true, gap: 18 });
export const body = (...texts: string[]): PictureLine[] => texts.map((text) => ({ text }));

export interface PictureOptions {
  width?: number;
  margin?: number;
  /** Light grey noise dots over the page, 0–1 of pixels (a poor photo). */
  noise?: number;
  /** Draw the text this light (0 black … 255 white): a washed-out scan. */
  ink?: number;
  mime?: 'image/png' | 'image/jpeg' | 'image/webp';
}

export function drawPicture(lines: readonly PictureLine[], opts: PictureOptions = {}): Buffer {
  registerCardFont();
  const { width = 1240, margin = 80, noise = 0, ink = 20, mime = 'image/png' } = opts;
  const height = Math.max(
    400,
    lines.reduce((y, l) => y + (l.size ?? 22) * 1.5 + (l.gap ?? 0), margin * 2),
  );
  const canvas = createCanvas(width, Math.ceil(height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = `rgb(${ink},${ink},${ink})`;
  let y = margin;
  for (const line of lines) {
    const size = line.size ?? 22;
    y += (line.gap ?? 0) + size * 1.5;
    ctx.font = cssFont({ size, weight: line.bold ? 700 : 400 });
    ctx.fillText(line.text, margin, y);
  }
  if (noise > 0) {
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const dots = Math.round(width * height * noise);
    for (let i = 0; i < dots; i += 1) {
      const shade = Math.round(next() * 255);
      ctx.fillStyle = `rgb(${shade},${shade},${shade})`;
      ctx.fillRect(Math.floor(next() * width), Math.floor(next() * height), 2, 2);
    }
  }
  return mime === 'image/png' ? canvas.toBuffer('image/png') : canvas.toBuffer(mime, 92);
}

/** The picture as the only content of a US Letter page: what a scanner's "save as PDF" gives. */
export async function scannedPdf(png: Buffer): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  const page = doc.addPage([612, 792]);
  const scale = 612 / image.width;
  page.drawImage(image, { x: 0, y: 792 - image.height * scale, width: 612, height: image.height * scale });
  return doc.save({ useObjectStreams: false });
}

export const SAMPLE_LINES: PictureLine[] = [
  { text: 'Jordan Avery', size: 40, bold: true },
  ...body('Backend Engineer · jordan.avery@example.com · +1 415 555 0134'),
  heading('EXPERIENCE'),
  { text: 'Senior Backend Engineer, Parcelwise — 2021 to 2024', bold: true },
  ...body(
    '• Responsible for the shipment tracking API',
    '• Worked on the billing service and its PostgreSQL schema',
    '• Cut p99 latency of the orders API from 480 ms to 120 ms at 3,000 QPS',
  ),
  heading('EDUCATION'),
  ...body('B.Sc. Computer Science, University of Leeds — 2017'),
  heading('SKILLS'),
  ...body('Go, Python, PostgreSQL, Redis, Kafka, Kubernetes, gRPC'),
];

/** The picture turned by `degrees` (clockwise) on a white page with a margin: a photo taken slightly askew. */
export async function rotatePicture(png: Buffer, degrees: number): Promise<Buffer> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width + 200, image.height + 200);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.drawImage(image, -image.width / 2, -image.height / 2);
  return canvas.encode('png');
}

/** The picture turned by quarter turns clockwise, whole (width and height swap for 90° and 270°). */
export async function turnPicture(png: Buffer, degrees: 90 | 180 | 270): Promise<Buffer> {
  const image = await loadImage(png);
  const sideways = degrees !== 180;
  const canvas = createCanvas(sideways ? image.height : image.width, sideways ? image.width : image.height);
  const ctx = canvas.getContext('2d');
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.drawImage(image, -image.width / 2, -image.height / 2);
  return canvas.encode('png');
}
