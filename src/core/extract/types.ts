import type { LineFacts } from './line-facts.js';

export type FileFormat = 'pdf' | 'docx' | 'text' | 'image';

/** How an OCR'd file read: set when the text came from OCR (a picture, or a PDF without a text layer). */
export interface OcrInfo {
  /** Mean word confidence, 0–100, over the pages read. */
  confidence: number;
  /** Pages (1-based) whose confidence was low: their lines are the likeliest to hold misreads. */
  lowConfidencePages: number[];
  /** Milliseconds spent recognising (all pages). */
  ms: number;
  /** Words recognised. */
  words: number;
}

/** A link found in the document: PDF link annotations, DOCX hyperlinks, or URLs in the text. */
export interface ExtractedLink {
  /** The visible text the link sits on (e.g. "LinkedIn"), when known. */
  text: string | null;
  url: string;
  page: number | null;
}

export interface ExtractOptions {
  /** Hard byte cap, checked before anything else. Default 5 MB. */
  maxBytes?: number;
  /** Analyse at most this many pages; the rest is ignored and reported. Default 4. */
  maxPages?: number;
  /** Kill the parse after this long. Default 10 000 ms. */
  timeoutMs?: number;
  /** Kill OCR (pictures, scanned PDFs) after this long. Default OCR_TIMEOUT_MS, else 20 000 ms. */
  ocrTimeoutMs?: number;
  /** The file name as the user sent it: reported, never used to decide the format. */
  fileName?: string | null;
  /** Files with more pages than this are refused with `too-many-pages` (a resume is not a book). Default 50. */
  maxTotalPages?: number;
}

export interface ExtractResult {
  format: FileFormat;
  /** Cleaned plain text, one visual line per line, in reading order. */
  text: string;
  /** Total pages in the file (null for DOCX/text). */
  pages: number | null;
  /** Pages actually analysed (≤ maxPages). */
  pagesAnalysed: number | null;
  /** True when pages beyond maxPages were skipped. */
  truncated: boolean;
  links: ExtractedLink[];
  bytes: number;
  fileName: string | null;
  /** Free-form notes about the extraction (e.g. "reading order rebuilt from 2 columns"), safe to show. */
  notes: string[];
  /** PDF only: 'stored' when the file's own text order was kept, 'rebuilt' when it was rebuilt from positions. */
  readingOrder?: 'stored' | 'rebuilt';
  /**
   * Layout facts (font, size, position, gaps) for each line of `text` split on "\n", null where unknown;
   * absent when the format has no layout (pasted text). The section parser uses them as heading evidence.
   */
  lineFacts?: (LineFacts | null)[];
  /** Present when the text was read by OCR: quoted lines may hold misreads. */
  ocr?: OcrInfo;
}
