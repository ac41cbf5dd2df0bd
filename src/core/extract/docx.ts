import mammoth from 'mammoth';
import { cleanText } from './clean.js';
import { corrupt, empty } from './errors.js';
import { htmlToLines } from './html-lines.js';
import { CHARS_PER_PAGE } from './limits.js';
import { findTextLinks, mergeLinks } from './links.js';
import { truncateText } from './truncate.js';
import type { ExtractedLink } from './types.js';

export interface DocxExtraction {
  text: string;
  truncated: boolean;
  links: ExtractedLink[];
  notes: string[];
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
  const { lines, links } = htmlToLines(html);
  const cleaned = cleanText(lines.join('\n'));
  if (cleaned.replace(/[\s•]/g, '').length === 0) throw empty();
  const { text, truncated } = truncateText(cleaned, limits.maxPages * CHARS_PER_PAGE);
  const notes = truncated ? [`The document is long: only about the first ${limits.maxPages} pages were read.`] : [];
  return { text, truncated, links: mergeLinks(links, findTextLinks(text)), notes };
}
