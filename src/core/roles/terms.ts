/**
 * Whole-word term matching shared by role detection and job-description matching. A term matches when it
 * is not glued to other letters or digits on either side, so "Go" never matches "Google" and "C++" or
 * "CI/CD" match as written. Alphabetic terms also match their plural ("API" → "APIs").
 */
import { escapeRegExp } from '../rules/support/text.js';

const cache = new Map<string, RegExp>();

/**
 * Letters and digits (ASCII and Latin): a term must not touch one. A plain character class instead of
 * \p{L} keeps the patterns out of unicode mode, which makes scanning a resume several times faster.
 */
const WORD = 'A-Za-z0-9\\u00C0-\\u024F';

export interface TermOptions {
  /** Match the letter case exactly (for terms that are also English words, e.g. "Go"). */
  caseSensitive?: boolean;
}

/** One alternation for a list of case-insensitive terms, longest first (for scanning a text once). */
export function termsPattern(terms: readonly string[]): RegExp {
  const key = `list:${terms.join('\u0000')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const bodies = [...terms]
    .sort((a, b) => b.length - a.length)
    .map(
      (term) => `${escapeRegExp(term.trim()).replace(/[\s-]+/g, '[\\s-]+')}${/[a-z]$/i.test(term) ? '(?:e?s)?' : ''}`,
    );
  const pattern = new RegExp(`(?<![${WORD}])(?:${bodies.join('|')})(?![${WORD}+#])`, 'gi');
  cache.set(key, pattern);
  return pattern;
}

/** How many different terms of the list occur in the text (each counted once). */
export function countDistinctTerms(text: string, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  const pattern = termsPattern(terms);
  const seen = new Set<string>();
  for (const m of text.matchAll(pattern))
    seen.add(
      m[0]
        .toLowerCase()
        .replace(/[\s-]+/g, ' ')
        .replace(/e?s$/, ''),
    );
  return seen.size;
}

/** Whether any term of the list occurs in the text. */
export function hasAnyTerm(text: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  const pattern = termsPattern(terms);
  pattern.lastIndex = 0;
  return pattern.test(text);
}

export function termPattern(term: string, { caseSensitive = false }: TermOptions = {}): RegExp {
  const key = `${caseSensitive ? 'c' : 'i'}:${term}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const body = escapeRegExp(term.trim()).replace(/[\s-]+/g, '[\\s-]+');
  const plural = !caseSensitive && /[a-z]$/i.test(term) ? '(?:e?s)?' : '';
  const pattern = new RegExp(`(?<![${WORD}])${body}${plural}(?![${WORD}+#])`, `g${caseSensitive ? '' : 'i'}`);
  cache.set(key, pattern);
  return pattern;
}

export function hasTerm(text: string, term: string, options: TermOptions = {}): boolean {
  const pattern = termPattern(term, options);
  pattern.lastIndex = 0;
  return pattern.test(text);
}

export function countTerm(text: string, term: string, options: TermOptions = {}): number {
  const pattern = termPattern(term, options);
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count += 1;
  return count;
}

/** The first verbatim occurrence of the term in the text, or null. */
export function findTerm(text: string, term: string, options: TermOptions = {}): string | null {
  const pattern = termPattern(term, options);
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  return m ? m[0] : null;
}
