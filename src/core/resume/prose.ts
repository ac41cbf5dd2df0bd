import nlp from 'compromise';
import { FUNCTION_TAGS, mayBeFunctionWord } from '../text/function-words.js';
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

/** Words a line cannot end on when its sentence or name goes on: compromise's grammar, plus a few it reads otherwise. */
const OPEN_END_RE = /\b(?:and|or|of|the|in|for|with|to|a|an|on|at|by|from|using|into|our|my|as)$/iu;

/** The line stops on a word that needs more after it ("… by the School of", "Cambridge Assessment English and"). */
export function endsOpen(text: string): boolean {
  const t = text.trim();
  if (OPEN_END_RE.test(t)) return true;
  const last = /(\p{L}+)$/u.exec(t)?.[1];
  if (last === undefined || last.length > 8) return false;
  // A plain last word compromise never tags so needs no parse ("… certified"); "company's", "e-mail" do.
  if (/(?:^|\s)\p{L}+$/u.test(t) && !mayBeFunctionWord(last)) return false;
  // The word in its line's context: "… certified" is an adjective, "… via" a preposition.
  const tags = nlp(t.slice(-60)).termList().at(-1)?.tags;
  return tags !== undefined && FUNCTION_TAGS.some((tag) => tags.has(tag));
}

/** Width of a line's first word in points, estimated from the line's width and its share of the characters. */
function firstWordWidth(line: { text: string; width: number }): number {
  const word = /^\S+/u.exec(line.text)?.[0] ?? '';
  return (line.width * (word.length + 1)) / Math.max(1, line.text.length);
}

export interface Placed {
  text: string;
  facts: { x: number | null; width: number | null; gapAbove: number | null } | null;
}

/**
 * With layout facts: did `next` wrap from `prev`? It did when its first word would not have fitted after
 * `prev` before the column's right edge (`right`: the furthest right edge of the lines around) and it sits
 * under it with an ordinary line gap. Null when the facts needed are missing (plain or pasted text).
 */
export function wrapsByLayout(prev: Placed, next: Placed, right: number | null): boolean | null {
  const a = prev.facts;
  const b = next.facts;
  if (
    right === null ||
    a === null ||
    b === null ||
    a.x === null ||
    a.width === null ||
    b.x === null ||
    b.width === null
  )
    return null;
  if (b.gapAbove !== null && b.gapAbove > 1.4) return false;
  if (Math.abs(a.x - b.x) > 0.05 * (right - Math.min(a.x, b.x))) return false;
  return a.x + a.width + firstWordWidth({ text: next.text, width: b.width }) > right;
}

/** The furthest right edge among lines with layout facts (null when none has them). */
export function rightEdge(lines: readonly Placed[]): number | null {
  let right: number | null = null;
  for (const l of lines) {
    const f = l.facts;
    if (f?.x == null || f.width == null) continue;
    right = Math.max(right ?? 0, f.x + f.width);
  }
  return right;
}
