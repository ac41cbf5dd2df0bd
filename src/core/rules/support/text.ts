/** Small text helpers shared by the rules. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Words as written (letters/digits, with inner apostrophes, hyphens, dots, slashes kept). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.\-/+#&]*/gu) ?? [];
}

export function wordCount(text: string): number {
  return words(text).length;
}

/** The first word of a bullet, without leading glyphs or punctuation, as written. */
export function firstWord(text: string): string | null {
  const m = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(text);
  return m ? m[0] : null;
}

/** Sentences of a line, verbatim (split after . ! ? followed by whitespace). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The sentence of `text` that contains position `index`, verbatim. */
export function sentenceAt(text: string, index: number): string {
  let start = 0;
  for (const s of sentences(text)) {
    const at = text.indexOf(s, start);
    if (at <= index && index < at + s.length) return s;
    start = at + s.length;
  }
  return text.trim();
}

/**
 * A case-insensitive phrase pattern that matches on word boundaries (letters/digits on neither side);
 * spaces in the phrase match any run of spaces or hyphens.
 */
const phraseCache = new Map<string, RegExp>();

/** Cached: do not use `lastIndex` on the result (use matchAll, or a flag set without g). */
export function phrasePattern(phrase: string, flags = 'giu'): RegExp {
  const key = `${flags}:${phrase}`;
  let re = phraseCache.get(key);
  if (!re) {
    const body = escapeRegExp(phrase).replace(/\s+/g, '[\\s\\-]+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
    phraseCache.set(key, re);
  }
  return re;
}

export interface PhraseHit {
  /** The matched text, verbatim. */
  text: string;
  index: number;
  /** The phrase from the list that matched. */
  phrase: string;
}

interface PhraseSet {
  re: RegExp;
  byKey: Map<string, string>;
}
const setCache = new Map<string, PhraseSet>();
const setByList = new WeakMap<readonly string[], PhraseSet>();

const keyOf = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, ' ');

/** One alternation for the whole list (longest first), cached per list. */
function phraseSet(phrases: readonly string[]): PhraseSet {
  const known = setByList.get(phrases);
  if (known) return known;
  const cacheKey = phrases.join('\u0000');
  let set = setCache.get(cacheKey);
  if (!set) {
    const sorted = [...phrases].sort((a, b) => b.length - a.length);
    const body = sorted.map((p) => escapeRegExp(p).replace(/\s+/g, '[\\s\\-]+')).join('|');
    set = {
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu'),
      byKey: new Map(phrases.map((p) => [keyOf(p), p])),
    };
    setCache.set(cacheKey, set);
  }
  setByList.set(phrases, set);
  return set;
}

/** Every occurrence of any phrase in the list, in text order, non-overlapping, longest phrase first. */
export function findPhrases(text: string, phrases: readonly string[]): PhraseHit[] {
  const { re, byKey } = phraseSet(phrases);
  const hits: PhraseHit[] = [];
  for (const m of text.matchAll(re)) {
    hits.push({ text: m[0], index: m.index, phrase: byKey.get(keyOf(m[0])) ?? m[0] });
  }
  return hits;
}

export function quote(text: string, max = 60): string {
  const t = text.trim();
  return t.length <= max ? `"${t}"` : `"${t.slice(0, max - 1).trimEnd()}…"`;
}
