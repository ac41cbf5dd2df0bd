import { cleanText } from './clean.js';
import { empty, tooLarge } from './errors.js';
import { CHARS_PER_PAGE, resolveLimits } from './limits.js';
import { findTextLinks, mergeLinks } from './links.js';
import { markdownToLines } from './markdown.js';
import { truncateText } from './truncate.js';
import type { ExtractOptions, ExtractResult } from './types.js';

/** Pasted text or Markdown (or a .txt/.md file) → ExtractResult. Cheap and synchronous: no worker needed. */
export function extractPastedText(text: string, opts: ExtractOptions = {}): ExtractResult {
  const limits = resolveLimits(opts);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxBytes) throw tooLarge(bytes, limits.maxBytes);
  // This runs on the caller's thread: cut the input to twice the budget before a regex sees it.
  const budget = limits.maxPages * CHARS_PER_PAGE;
  const input = truncateText(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), 2 * budget);
  const { lines, links } = markdownToLines(input.text);
  const cleaned = cleanText(lines.join('\n'));
  if (cleaned.replace(/[\s•]/g, '').length === 0) throw empty();
  const cut = truncateText(cleaned, budget);
  const kept = cut.text;
  const truncated = cut.truncated || input.truncated;
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
