import { EMAIL_RE } from './contact.js';
import { findUrls } from './links.js';
import { findPhones } from './phone.js';

export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A line carrying contact data: e-mail, phone, URL or a profile label. */
export function isContactData(text: string): boolean {
  return (
    (text.includes('@') && EMAIL_RE.test(text)) ||
    (/\d(?:\D*\d){6}/u.test(text) && findPhones(text).length > 0) ||
    (/[./]/u.test(text) && findUrls(text).length > 0) ||
    (/\b(?:linkedin|github|e-?mail|phone|mobile)\b/iu.test(text) && wordCount(text) <= 6)
  );
}

/**
 * A line of running text: several words, mostly lower-case, no contact data. Used to find an
 * unheaded summary paragraph.
 */
export function isProseLine(text: string): boolean {
  if (isContactData(text)) return false;
  const words = text.trim().split(/\s+/u);
  if (words.length < 5) return false;
  const lower = words.filter((w) => /^[\p{Ll}]/u.test(w)).length;
  return lower / words.length >= 0.4;
}

/** Consecutive prose lines form a paragraph worth calling a summary. */
export function isParagraph(texts: readonly string[]): boolean {
  const words = texts.reduce((n, t) => n + wordCount(t), 0);
  if (texts.length >= 2 && words >= 12) return true;
  const only = texts[0];
  return texts.length === 1 && only !== undefined && words >= 8 && /[.!]$/u.test(only.trim());
}

/** Length (in characters) most full lines reach: lines wrap near it. */
export function fullLineLength(texts: readonly string[]): number {
  const lengths = texts.map((t) => t.length).sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  // Few lines: the longest one is the best guess of the width.
  const at = lengths.length < 20 ? lengths.length - 1 : Math.floor((lengths.length - 1) * 0.9);
  return lengths[at] ?? 80;
}
