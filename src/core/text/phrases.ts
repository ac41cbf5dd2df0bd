/** Phrase lists matched on word boundaries (filler words, wordy phrases, vague claims). */
import { escapeRegExp } from './words.js';

/**
 * A case-insensitive phrase pattern that matches on word boundaries (letters/digits on neither side);
 * spaces in the phrase match a run of spaces or hyphens.
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

/** Every occurrence of a phrase from the list, in text order, non-overlapping, longest phrase first. */
export function findPhrases(text: string, phrases: readonly string[]): PhraseHit[] {
  const { re, byKey } = phraseSet(phrases);
  const hits: PhraseHit[] = [];
  for (const m of text.matchAll(re)) {
    hits.push({ text: m[0], index: m.index, phrase: byKey.get(keyOf(m[0])) ?? m[0] });
  }
  return hits;
}
