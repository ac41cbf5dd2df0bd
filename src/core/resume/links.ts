import type { ExtractedLink } from '../extract/types.js';
import type { ContactLink, LinkKind } from './types.js';

const URL_RE =
  /\b(?:https?:\/\/|www\.)[^\s<>"'|,;)]+|(?<![\w.-])(?:linkedin\.com|github\.com|gitlab\.com|[a-z0-9-]+\.github\.io)\/?[^\s<>"'|,;)]*/giu;
const EMAIL_LIKE_RE = /@/u;

export function linkKind(url: string): LinkKind {
  const u = url.toLowerCase();
  if (/linkedin\.com/u.test(u)) return 'linkedin';
  if (/(?:^|\/\/|\.)github\.com/u.test(u)) return 'github';
  if (/^(?:mailto|tel):/u.test(u)) return 'other';
  return 'portfolio';
}

export function normaliseUrl(url: string): string {
  const trimmed = url.trim().replace(/[.)\]]+$/u, '');
  return /^[a-z][a-z0-9+.-]*:/iu.test(trimmed) ? trimmed : `https://${trimmed}`;
}

function sameUrl(a: string, b: string): boolean {
  const key = (u: string): string =>
    u
      .toLowerCase()
      .replace(/^https?:\/\/(?:www\.)?/u, '')
      .replace(/\/+$/u, '');
  return key(a) === key(b);
}

/** URLs written in a line of text (not e-mail addresses). */
export function findUrls(line: string): string[] {
  const urls: string[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(line); m !== null; m = URL_RE.exec(line)) {
    const before = line.slice(Math.max(0, m.index - 1), m.index);
    if (EMAIL_LIKE_RE.test(before)) continue;
    urls.push(m[0]);
  }
  return urls;
}

/** A profile URL (linkedin.com/in/x, github.com/x), as opposed to a repository or a post. */
function isProfileUrl(url: string): boolean {
  const kind = linkKind(url);
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '').replace(/^(?:www\.)?[^/]+/iu, '');
  const segments = path.split('/').filter((s) => s.length > 0);
  if (kind === 'github') return segments.length <= 1;
  if (kind === 'linkedin') return segments.length <= 2;
  return true;
}

/**
 * Profile links for the contact block: link annotations (keeping their visible text, e.g. "LinkedIn")
 * and URLs written in the contact lines. Mail and phone links are left out (they are email/phone).
 */
export function collectContactLinks(
  contactLines: readonly string[],
  extracted: readonly ExtractedLink[],
): ContactLink[] {
  const links: ContactLink[] = [];
  const add = (url: string, text: string | null): void => {
    const normalised = normaliseUrl(url);
    if (/^(?:mailto|tel|sms|javascript|file):/iu.test(normalised)) return;
    if (links.some((l) => sameUrl(l.url, normalised))) return;
    const visible = text !== null && text.trim().length > 0 && !sameUrl(text, normalised) ? text.trim() : null;
    links.push({ kind: linkKind(normalised), url: normalised, text: visible });
  };
  const contactText = contactLines.join('\n').toLowerCase();
  for (const link of extracted) {
    const kind = linkKind(link.url);
    const visible = link.text?.trim() ?? '';
    const shownInContact = visible.length > 0 && contactText.includes(visible.toLowerCase());
    if (((kind === 'linkedin' || kind === 'github') && isProfileUrl(link.url)) || shownInContact)
      add(link.url, link.text);
  }
  for (const line of contactLines) for (const url of findUrls(line)) add(url, null);
  return links;
}
