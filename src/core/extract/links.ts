import type { ExtractedLink } from './types.js';

const ALLOWED_SCHEMES = /^(?:https?:|mailto:|tel:)/i;

/** Normalises a link target; null for schemes we never pass on (javascript:, file:, …). */
export function normaliseUrl(raw: string): string | null {
  const url = raw.trim();
  if (url.length === 0 || url.length > 2048) return null;
  if (ALLOWED_SCHEMES.test(url)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[\w-]+\.[\w.-]+:\d/.test(url)) return null;
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(url)) return `mailto:${url}`;
  if (/^(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:[/:?#]\S*)?$/i.test(url)) return `https://${url}`;
  return null;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;
// Scheme URLs, www. URLs and bare profile hosts people print ("linkedin.com/in/x", "github.com/x").
const URL_IN_TEXT =
  /\b(?:https?:\/\/[^\s<>()"'\]]+|www\.[^\s<>()"'\]]+|(?:[\w-]+\.)*(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|behance\.net|dribbble\.com|medium\.com|kaggle\.com|stackoverflow\.com)\/[^\s<>()"'\]]+|[\w-]+\.github\.io(?:\/[^\s<>()"'\]]*)?)/gi;

function trimTrailingPunctuation(url: string): string {
  return url.replace(/[.,;:!?)\]}|]+$/, '');
}

/** Tokens longer than this are not links (and would make the patterns slow on hostile input). */
const MAX_TOKEN = 512;

/** URLs and e-mail addresses printed in the text (the visible text is the URL itself). Linear in the text. */
export function findTextLinks(text: string): ExtractedLink[] {
  const urls: ExtractedLink[] = [];
  const emails: ExtractedLink[] = [];
  for (const token of text.split(/\s+/)) {
    if (token.length === 0 || token.length > MAX_TOKEN) continue;
    // Every address has a dot, an @ or a scheme; most words have none, and skip the patterns.
    if (!token.includes('.') && !token.includes('@') && !token.includes('://')) continue;
    for (const match of token.matchAll(URL_IN_TEXT)) {
      const shown = trimTrailingPunctuation(match[0]);
      const url = normaliseUrl(shown);
      if (url) urls.push({ text: shown, url, page: null });
    }
    for (const match of token.matchAll(EMAIL)) {
      // Skip e-mails that are part of a URL we already have (e.g. https://x.com/@user).
      if (token[(match.index ?? 0) - 1] === '/') continue;
      emails.push({ text: match[0], url: `mailto:${match[0]}`, page: null });
    }
  }
  return [...urls, ...emails];
}

function key(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/**
 * Annotation links first (they know the visible label and the page; one entry per label and target), then
 * links found in the text whose target no annotation already has.
 */
export function mergeLinks(annotated: readonly ExtractedLink[], found: readonly ExtractedLink[]): ExtractedLink[] {
  const out: ExtractedLink[] = [];
  const seen = new Set<string>();
  for (const link of annotated) {
    const k = `${key(link.url)}\u0000${(link.text ?? '').toLowerCase()}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(link);
  }
  const targets = new Set(annotated.map((l) => key(l.url)));
  for (const link of found) {
    const k = key(link.url);
    if (targets.has(k)) continue;
    targets.add(k);
    out.push(link);
  }
  return out;
}
