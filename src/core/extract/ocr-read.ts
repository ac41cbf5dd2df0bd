/**
 * Page images → text, links, layout facts and confidence: what the OCR worker answers. Runs in the OCR worker.
 */
import { alignFacts } from './align-facts.js';
import { cleanText } from './clean.js';
import { dropPageFurniture } from './furniture.js';
import { findTextLinks } from './links.js';
import { ocrEngine } from './ocr-engine.js';
import { unreadHeader } from './ocr-header.js';
import { ocrPageLines, type OcrPage } from './ocr-lines.js';
import type { OcrBlockLike } from './ocr-types.js';
import { placeBlocks, unreadBands } from './ocr-unread.js';
import { snapSizes } from './ocr-size.js';
import { uprightTurns } from './ocr-orientation.js';
import { plainPageImage, turnImage, type PageImage } from './ocr-picture.js';
import { pdfLineFacts } from './pdf-facts.js';
import type { JobResult } from './protocol.js';

/** A page whose mean word confidence is below this is named in the review as likely to hold misreads. */
export const LOW_PAGE_CONFIDENCE = 75;

/** Page width in points the layout facts are expressed in, for pictures (US Letter): sizes then compare with PDFs'. */
const PICTURE_PAGE_POINTS = 612;

const OUTPUT = { blocks: true, text: false } as const;

/**
 * A page read this poorly may be sideways or upside down: orientation detection is asked (ocr-orientation.ts).
 * An upright resume page reads at 85–95 mean word confidence; a turned one as scattered low-confidence marks.
 */
const POOR_CONFIDENCE = 65;
const POOR_WORDS = 30;

const quality = (p: OcrPage): number => p.confidenceSum;

/**
 * One page image → its lines. `scale` gives the points per pixel of an image (a picture's depends on its
 * width, so on its orientation). A poor read is retried on the page turned upright when OSD says it is turned,
 * and the better read kept.
 */
export async function recognisePage(
  drawn: PageImage,
  scale: (image: PageImage) => number,
  options: { first?: boolean } = {},
): Promise<OcrPage> {
  const page = await readPage(drawn, scale(drawn), options);
  const poor = page.sideways || page.words < POOR_WORDS || page.confidenceSum < POOR_CONFIDENCE * page.words;
  if (!poor) return page;
  const turns = await uprightTurns(drawn.png);
  if (turns === 0) return page;
  const turned = await turnImage(drawn, turns);
  const again = await readPage(turned, scale(turned), options);
  // Tesseract reads text running up the page fairly surely, in a scrambled order: upright beats sideways.
  if (page.sideways !== again.sideways) return again.sideways ? page : again;
  return quality(again) > quality(page) ? again : page;
}

async function readPage(
  drawn: PageImage,
  pointsPerPixel: number,
  { first = false }: { first?: boolean } = {},
): Promise<OcrPage> {
  const engine = await ocrEngine();
  const { image, ink, crop } = await plainPageImage(drawn);
  // rotateAuto: tesseract measures the text lines' slope and reads the page straightened (a phone photo or a
  // scan a few degrees off: at 3° lines break in two, at 6° most words are misread without it). Upside-down
  // or sideways pages: recognisePage, by orientation detection.
  const { data } = await engine.recognize(image.png, { rotateAuto: true }, OUTPUT);
  const blocks: OcrBlockLike[] = data.blocks ?? [];
  // The strip is cut from the page as drawn: only when tesseract did not turn it (same coordinates).
  const upright = !data.rotateRadians;
  const header = first && upright ? await unreadHeader(image, blocks) : null;
  const read =
    header === null ? blocks : [...((await engine.recognize(header, {}, OUTPUT)).data.blocks ?? []), ...blocks];
  if (!upright) return ocrPageLines(read, pointsPerPixel);
  const found: OcrBlockLike[] = [];
  for (const band of unreadBands(ink, read)) {
    const part = await engine.recognize(await crop(band), {}, OUTPUT);
    found.push(...placeBlocks(sureLines(part.data.blocks ?? []), band));
  }
  return ocrPageLines([...read, ...found], pointsPerPixel, ink);
}

/** A band read on its own is kept only for the lines tesseract is fairly sure of (not an icon's scribble). */
const MIN_BAND_LINE_CONFIDENCE = 60;

function sureLines(blocks: readonly OcrBlockLike[]): OcrBlockLike[] {
  return blocks.map((b) => ({
    paragraphs: b.paragraphs.map((p) => ({ lines: p.lines.filter((l) => l.confidence >= MIN_BAND_LINE_CONFIDENCE) })),
  }));
}

export function picturePointsPerPixel(image: PageImage): number {
  return PICTURE_PAGE_POINTS / image.width;
}

export interface OcrPages {
  pages: OcrPage[];
  ms: number;
  totalPages: number;
  truncated: boolean;
}

/** Recognised pages → the worker's answer: cleaned text, links found in it, layout facts, confidence. */
export function ocrResult({ pages: measured, ms, totalPages, truncated }: OcrPages): JobResult {
  const flat = measured.flatMap((p) => p.lines);
  const levels = snapSizes(flat.map((l) => ({ size: l.size, weight: l.text.length })));
  let at = 0;
  const pages = measured.map((p) => ({ ...p, lines: p.lines.map((l) => ({ ...l, size: levels[at++] ?? l.size })) }));
  const pageTexts = pages.map((p) => p.lines.map((l) => l.text));
  const cleaned = cleanText(
    dropPageFurniture(pageTexts)
      .map((p) => p.join('\n'))
      .join('\n\n'),
  );
  const words = pages.reduce((n, p) => n + p.words, 0);
  const sum = pages.reduce((n, p) => n + p.confidenceSum, 0);
  const confidence = words === 0 ? 0 : sum / words;
  const lowConfidencePages = pages
    .map((p, i) => ({ page: i + 1, confidence: p.words === 0 ? 0 : p.confidenceSum / p.words }))
    .filter((p) => p.confidence < LOW_PAGE_CONFIDENCE)
    .map((p) => p.page);
  const notes = ['Read by OCR: quoted lines may contain misreads.'];
  if (truncated) notes.push(`Only the first ${pages.length} of ${totalPages} pages were read.`);
  return {
    text: cleaned,
    pages: totalPages,
    pagesAnalysed: pages.length,
    truncated,
    links: findTextLinks(cleaned),
    notes,
    readingOrder: 'rebuilt',
    lineFacts: alignFacts(cleaned, pdfLineFacts(pages.map((p) => p.lines)).flat(), cleanText),
    ocr: {
      confidence: Math.round(confidence * 10) / 10,
      lowConfidencePages,
      ms: Math.round(ms),
      words,
    },
  };
}
