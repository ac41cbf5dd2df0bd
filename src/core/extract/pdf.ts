import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { alignFacts } from './align-facts.js';
import { pageReadingOrder } from './column-order.js';
import { cleanText } from './clean.js';
import { corrupt, encrypted, noTextLayer, tooManyPages } from './errors.js';
import { dropPageFurniture } from './furniture.js';
import type { LineFacts } from './line-facts.js';
import { findTextLinks, mergeLinks, normaliseUrl } from './links.js';
import { pdfLineFacts } from './pdf-facts.js';
import type { Line, TextItem } from './pdf-lines.js';
import { labelUnder, linkBoxes } from './link-labels.js';
import {
  LINK_ANNOTATION_TYPE,
  applyMatrix,
  loadDocument,
  pdfLinkAnnotationsSchema,
  pdfTextContentSchema,
  pdfTextItemSchema,
  type Matrix,
  type PdfDocument,
  type PdfLinkAnnotation,
  type PdfPage,
} from './pdfjs-shapes.js';
import type { ExtractedLink } from './types.js';

export interface PdfLimits {
  maxPages: number;
  maxTotalPages: number;
}

export interface PdfExtraction {
  text: string;
  pages: number;
  pagesAnalysed: number;
  truncated: boolean;
  links: ExtractedLink[];
  notes: string[];
  readingOrder: 'stored' | 'rebuilt';
  /** Layout facts for each line of `text` (see line-facts.ts). */
  lineFacts: (LineFacts | null)[];
}

/** Fewer visible characters than this per analysed page means an image-only (scanned) PDF. */
export const MIN_CHARS_PER_PAGE = 50;

function cMapUrl(): string | undefined {
  try {
    // pdfjs-dist as pdf-parse sees it (a dependency of pdf-parse, not of ours).
    const pdfParseMain = createRequire(import.meta.url).resolve('pdf-parse');
    const pdfjsPackage = createRequire(pdfParseMain).resolve('pdfjs-dist/package.json');
    return `${join(dirname(pdfjsPackage), 'cmaps')}/`;
  } catch {
    return undefined;
  }
}
const CMAP_URL = cMapUrl();

/** Maps pdf.js / pdf-parse failures to our codes: a password prompt is `encrypted`, anything else `corrupt`. */
function mapPdfError(err: unknown): Error {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') return encrypted();
  return corrupt(name || 'pdf', err);
}

interface PageText {
  items: TextItem[];
  /** Text drawn at an angle (sidebars with rotated labels): kept, but out of the layout analysis. */
  rotated: TextItem[];
}

async function readItems(page: PdfPage, viewport: Matrix): Promise<PageText> {
  const content = pdfTextContentSchema.parse(await page.getTextContent());
  const items: TextItem[] = [];
  const rotated: TextItem[] = [];
  for (const raw of content.items) {
    const parsed = pdfTextItemSchema.safeParse(raw);
    if (!parsed.success) continue;
    const { str, transform, width, height, hasEOL, fontName } = parsed.data;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = transform;
    const [x, y] = applyMatrix(viewport, e, f);
    const size = height > 0 ? height : Math.hypot(c, d);
    const item: TextItem = { str, x, y, width, size: size > 0 ? size : 1, hasEOL };
    if (fontName !== undefined) item.font = fontName;
    if (Math.abs(b) > Math.abs(a) * 0.1) rotated.push(item);
    else items.push(item);
  }
  return { items, rotated };
}

/** pdf.js annotation flags that hide an annotation from the screen: Invisible (1) and NoView (32). */
const NOT_VIEWED = 1 | 32;

/** The link annotations of the first `pages` pages, grouped by page index; none when the file's are unreadable. */
async function readLinkAnnotations(doc: PdfDocument, pages: number): Promise<Map<number, PdfLinkAnnotation[]>> {
  const skip = new Set<number>();
  for (let i = pages; i < doc.numPages; i += 1) skip.add(i);
  const byPage = new Map<number, PdfLinkAnnotation[]>();
  const parsed = pdfLinkAnnotationsSchema.safeParse(
    await doc.getAnnotationsByType(new Set([LINK_ANNOTATION_TYPE]), skip).catch(() => null),
  );
  if (!parsed.success || parsed.data === null) return byPage;
  for (const annotation of parsed.data) {
    if (annotation === null || annotation.subtype !== 'Link' || ((annotation.annotationFlags ?? 0) & NOT_VIEWED) !== 0)
      continue;
    const list = byPage.get(annotation.pageIndex) ?? [];
    list.push(annotation);
    byPage.set(annotation.pageIndex, list);
  }
  return byPage;
}

/** A page's links, each with the visible text under it (read from the page's own text items). */
function pageLinks(
  annotations: readonly PdfLinkAnnotation[],
  items: readonly TextItem[],
  viewport: Matrix,
  pageNumber: number,
): ExtractedLink[] {
  const links: ExtractedLink[] = [];
  for (const annotation of annotations) {
    const url = normaliseUrl(annotation.url ?? annotation.unsafeUrl ?? '');
    if (!url) continue;
    const boxes = annotation.rect ? linkBoxes(annotation.rect, annotation.quadPoints ?? null, viewport) : [];
    const text = cleanText(labelUnder(items, boxes)).replace(/\n/g, ' ').trim();
    links.push({ text: text.length > 0 ? text : null, url, page: pageNumber });
  }
  return links;
}

/** Letters and digits: what a text layer has and a scan (or a page of shapes and icons) does not. */
function visibleChars(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** PDF bytes → cleaned text and links. Runs inside an extraction worker process. */
export async function extractPdf(data: Uint8Array, limits: PdfLimits): Promise<PdfExtraction> {
  const parser = new PDFParse({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(CMAP_URL ? { cMapUrl: CMAP_URL, cMapPacked: true } : {}),
  });
  try {
    const doc = await loadDocument(parser).catch((err: unknown) => {
      throw mapPdfError(err);
    });
    const total = doc.numPages;
    if (!Number.isInteger(total) || total < 1) throw corrupt('no-pages');
    if (total > limits.maxTotalPages) throw tooManyPages(total, limits.maxTotalPages);
    const toRead = Math.min(total, limits.maxPages);
    const linkAnnotations = await readLinkAnnotations(doc, toRead);
    const pageLineSets: Line[][] = [];
    const annotated: ExtractedLink[] = [];
    const notes: string[] = [];
    let rebuiltAny = false;
    for (let n = 1; n <= toRead; n += 1) {
      const page = await doc.getPage(n).catch((err: unknown) => {
        throw mapPdfError(err);
      });
      const viewport = page.getViewport({ scale: 1 }).transform;
      const text = await readItems(page, viewport).catch((err: unknown) => {
        throw mapPdfError(err);
      });
      const { lines: ordered, rebuilt, columns } = pageReadingOrder(text.items, text.rotated);
      if (rebuilt) {
        rebuiltAny = true;
        const cols = columns > 1 ? ` (${columns} columns)` : '';
        notes.push(
          `Page ${n}: the file's text order was scrambled, so reading order was rebuilt from the layout${cols}.`,
        );
      }
      pageLineSets.push(ordered);
      annotated.push(...pageLinks(linkAnnotations.get(n - 1) ?? [], text.items, viewport, n));
      page.cleanup();
    }
    const pageTexts = pageLineSets.map((lines) => lines.map((l) => l.text));
    if (visibleChars(pageTexts.flat().join('\n')) < MIN_CHARS_PER_PAGE * toRead) throw noTextLayer();
    // Pages are separated by a blank line (a paragraph break for the parser).
    const cleaned = cleanText(
      dropPageFurniture(pageTexts)
        .map((p) => p.join('\n'))
        .join('\n\n'),
    );
    const truncated = total > toRead;
    if (truncated) notes.push(`Only the first ${toRead} of ${total} pages were read.`);
    return {
      text: cleaned,
      pages: total,
      pagesAnalysed: toRead,
      truncated,
      links: mergeLinks(annotated, findTextLinks(cleaned)),
      notes,
      readingOrder: rebuiltAny ? 'rebuilt' : 'stored',
      lineFacts: alignFacts(cleaned, pdfLineFacts(pageLineSets).flat(), cleanText),
    };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
