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

/** How a line was set in the document: its block (a heading level, a list item, a paragraph) and weight. */
export interface HtmlLineStyle {
  /** 'h1'…'h6', 'li', or 'p' for every other block. */
  block: string;
  /** Every letter of the line inside <strong>/<b>. */
  bold: boolean;
}

export interface HtmlText {
  lines: string[];
  /** One per line. */
  styles: HtmlLineStyle[];
  links: ExtractedLink[];
}

const HEADING_TAG = /^h[1-6]$/u;

/**
 * mammoth's HTML (simple, well-formed) → one line per paragraph / heading / list item / table cell, with list
 * items marked "• " like bullets in PDFs, and hyperlinks with their visible text.
 */
export function htmlToLines(html: string): HtmlText {
  const lines: string[] = [];
  const styles: HtmlLineStyle[] = [];
  const links: ExtractedLink[] = [];
  let current = '';
  let link: { url: string | null; text: string } | null = null;
  let block = 'p';
  let strong = 0;
  let letters = 0;
  let boldLetters = 0;
  const flush = (): void => {
    const text = current.trim();
    if (text.length > 0) {
      lines.push(text);
      styles.push({ block, bold: letters > 0 && boldLetters === letters });
    }
    current = '';
    letters = 0;
    boldLetters = 0;
  };
  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    const [, closing, rawTag, attributes, text] = match;
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      current += decoded;
      const n = decoded.match(/\p{L}/gu)?.length ?? 0;
      letters += n;
      if (strong > 0) boldLetters += n;
      if (link) link.text += decoded;
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    if (tag === 'strong' || tag === 'b') {
      strong = Math.max(0, strong + (closing ? -1 : 1));
      continue;
    }
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
    if (!closing) block = HEADING_TAG.test(tag) || tag === 'li' ? tag : tag === 'p' && block === 'li' ? 'li' : 'p';
    else if (tag === 'li' || HEADING_TAG.test(tag)) block = 'p';
    if (tag === 'li' && !closing) current = '• ';
  }
  flush();
  const kept = lines.map((l, i) => [l, styles[i]] as const).filter(([l]) => l !== '•');
  return { lines: kept.map(([l]) => l), styles: kept.map(([, st]) => st ?? { block: 'p', bold: false }), links };
}
