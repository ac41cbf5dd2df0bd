import { cleanText } from './clean.js';
import { truncateText } from './docx.js';
import { empty, tooLarge } from './errors.js';
import { CHARS_PER_PAGE, resolveLimits } from './limits.js';
import { findTextLinks, mergeLinks } from './links.js';
import { markdownToLines } from './markdown.js';
import type { ExtractOptions, ExtractResult } from './types.js';

/** Pasted text or Markdown (or a .txt/.md file) → ExtractResult. Cheap and synchronous: no worker needed. */
export function extractPastedText(text: string, opts: ExtractOptions = {}): ExtractResult {
  const limits = resolveLimits(opts);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) throw tooLarge(bytes, limits.maxBytes);
  const { lines, links } = markdownToLines(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const cleaned = cleanText(lines.join('\n'));
  if (cleaned.replace(/[\s•]/g, '').length === 0) throw empty();
  const { text: kept, truncated } = truncateText(cleaned, limits.maxPages * CHARS_PER_PAGE);
  return {
    format: 'text',
    text: kept,
    pages: null,
    pagesAnalysed: null,
    truncated,
    links: mergeLinks(links, findTextLinks(kept)),
    bytes,
    fileName: opts.fileName ?? null,
    notes: truncated ? [`The text is long: only about the first ${limits.maxPages} pages' worth was read.`] : [],
  };
}
