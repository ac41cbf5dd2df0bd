import { z } from 'zod';

/**
 * The few pdf.js shapes we read, checked with zod: pdf-parse types them loosely (untyped), and a hostile file
 * decides much of what comes back.
 */
export const pdfTextItemSchema = z.object({
  str: z.string(),
  transform: z.array(z.number()).length(6),
  width: z.number(),
  height: z.number(),
  hasEOL: z.boolean().optional().default(false),
  fontName: z.string().optional(),
});

/**
 * getTextContent(): the items are checked one by one with pdfTextItemSchema (text items have `str`;
 * marked-content markers do not and are skipped), so each is parsed once.
 */
export const pdfTextContentSchema = z.object({ items: z.array(z.unknown()) });

const numbersSchema = z.union([z.array(z.number()), z.instanceof(Float32Array).transform((a) => Array.from(a))]);

/** A link annotation as getAnnotationsByType returns it (in PDF user space, y up). */
export const pdfLinkAnnotationSchema = z
  .object({
    subtype: z.string().optional(),
    url: z.string().optional(),
    unsafeUrl: z.string().optional(),
    rect: z.array(z.number()).length(4).optional(),
    quadPoints: numbersSchema.optional(),
    annotationFlags: z.number().optional(),
    pageIndex: z.number().int(),
  })
  .loose();
export type PdfLinkAnnotation = z.infer<typeof pdfLinkAnnotationSchema>;
export const pdfLinkAnnotationsSchema = z.array(z.union([pdfLinkAnnotationSchema, z.null()])).nullable();

/** pdf.js's AnnotationType.LINK. */
export const LINK_ANNOTATION_TYPE = 2;

/** A pdf.js transform [a, b, c, d, e, f], e.g. a page viewport's (PDF user space → top-down page space). */
export type Matrix = readonly number[];

export function applyMatrix(m: Matrix, x: number, y: number): [number, number] {
  return [(m[0] ?? 1) * x + (m[2] ?? 0) * y + (m[4] ?? 0), (m[1] ?? 0) * x + (m[3] ?? 1) * y + (m[5] ?? 0)];
}

/** The parts of pdf.js's page and document objects we call. */
export interface PdfPage {
  view: number[];
  getViewport(params: { scale: number }): { transform: number[] };
  getTextContent(params?: { disableNormalization?: boolean }): Promise<unknown>;
  cleanup(): boolean | undefined;
}

export interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  /**
   * Annotations of the given types on every page not skipped (0-based indexes). Unlike page.getAnnotations,
   * it does not read each page's text again to fill in link labels.
   */
  getAnnotationsByType(types: Set<number>, pageIndexesToSkip: Set<number>): Promise<unknown>;
}

/**
 * pdf-parse 2.4.5 loads the pdf.js document in a private `load()` (getText only returns strings, and we need
 * positions and link rectangles). The version is pinned; this check fails loudly if that ever changes.
 */
export async function loadDocument(parser: object): Promise<PdfDocument> {
  const load: unknown = Reflect.get(parser, 'load');
  if (typeof load !== 'function') throw new Error('pdf-parse internals changed: no load()');
  const doc: unknown = await Reflect.apply(load, parser, []);
  if (
    typeof doc !== 'object' ||
    doc === null ||
    typeof Reflect.get(doc, 'numPages') !== 'number' ||
    typeof Reflect.get(doc, 'getPage') !== 'function' ||
    typeof Reflect.get(doc, 'getAnnotationsByType') !== 'function'
  ) {
    throw new Error('pdf-parse internals changed: load() did not return a pdf.js document');
  }
  return doc as PdfDocument;
}
