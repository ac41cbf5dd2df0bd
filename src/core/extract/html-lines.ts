import { normaliseUrl } from './links.js';
import type { ExtractedLink } from './types.js';

/** Tags that end a visual line in mammoth's HTML. */
const BLOCK = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'td',
  'th',
  'br',
  'div',
  'blockquote',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(body.slice(2), 16) || 0xfffd);
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10) || 0xfffd);
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export interface HtmlText {
  lines: string[];
  links: ExtractedLink[];
}

/**
 * mammoth's HTML (simple, well-formed) → one line per paragraph / heading / list item / table cell, with list
 * items marked "• " like bullets in PDFs, and hyperlinks with their visible text.
 */
export function htmlToLines(html: string): HtmlText {
  const lines: string[] = [];
  const links: ExtractedLink[] = [];
  let current = '';
  let link: { url: string | null; text: string } | null = null;
  const flush = (): void => {
    if (current.trim().length > 0) lines.push(current.trim());
    current = '';
  };
  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    const [, closing, rawTag, attributes, text] = match;
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      current += decoded;
      if (link) link.text += decoded;
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    if (tag === 'a') {
      if (!closing) {
        const href = /\bhref="([^"]*)"/i.exec(attributes ?? '')?.[1];
        link = { url: href && !href.startsWith('#') ? normaliseUrl(decodeEntities(href)) : null, text: '' };
      } else if (link) {
        if (link.url) links.push({ text: link.text.trim() || null, url: link.url, page: null });
        link = null;
      }
      continue;
    }
    if (!BLOCK.has(tag)) continue;
    flush();
    if (tag === 'li' && !closing) current = '• ';
  }
  flush();
  return { lines: lines.filter((l) => l !== '•'), links };
}
