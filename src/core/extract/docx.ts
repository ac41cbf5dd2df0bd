import mammoth from 'mammoth';
import { cleanText } from './clean.js';
import { corrupt, empty } from './errors.js';
import { alignFacts } from './align-facts.js';
import { htmlToLines, type HtmlLineStyle } from './html-lines.js';
import { isAllCaps, isLetterSpacedText, type LineFacts } from './line-facts.js';
import { CHARS_PER_PAGE } from './limits.js';
import { findTextLinks, mergeLinks } from './links.js';
import { truncateText } from './truncate.js';
import type { ExtractedLink } from './types.js';

export interface DocxExtraction {
  text: string;
  truncated: boolean;
  links: ExtractedLink[];
  notes: string[];
  /** Per line of `text`: the paragraph's block (heading level, list item, paragraph) as its font, and its weight. */
  lineFacts: (LineFacts | null)[];
}

/**
 * What a DOCX paragraph says about its typography: its block (Heading 1–6, list item, paragraph) stands in for
 * the font, bold when every letter is; no positions, sizes or gaps (mammoth gives none).
 */
function docxLineFacts(text: string, style: HtmlLineStyle | undefined): LineFacts {
  return {
    page: 1,
    x: null,
    y: null,
    width: null,
    size: null,
    font: style?.block ?? 'p',
    bold: style?.bold ?? false,
    italic: null,
    caps: isAllCaps(text),
    letterSpaced: isLetterSpacedText(text),
    gapAbove: null,
    rule: null,
  };
}

/** DOCX bytes → cleaned text and hyperlinks. Runs inside an extraction worker process. */
export async function extractDocx(data: Uint8Array, limits: { maxPages: number }): Promise<DocxExtraction> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      {
        // Never read image data (it would be base64-inlined into the HTML): we only want text.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch (err) {
    throw corrupt('docx', err);
  }
  const { lines, styles, links } = htmlToLines(html);
  const cleaned = cleanText(lines.join('\n'));
  if (cleaned.replace(/[\s•]/g, '').length === 0) throw empty();
  const { text, truncated } = truncateText(cleaned, limits.maxPages * CHARS_PER_PAGE);
  const notes = truncated ? [`The document is long: only about the first ${limits.maxPages} pages were read.`] : [];
  const raw = lines.map((line, i) => ({ text: line, facts: docxLineFacts(line, styles[i]) }));
  return {
    text,
    truncated,
    links: mergeLinks(links, findTextLinks(text)),
    notes,
    lineFacts: alignFacts(text, raw, cleanText),
  };
}
