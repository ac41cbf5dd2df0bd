/**
 * Whole-word term matching shared by role detection and job-description matching. A term matches when it
 * is not glued to other letters or digits on either side, so "Go" never matches "Google" and "C++" or
 * "CI/CD" match as written. Alphabetic terms also match their plural ("API" → "APIs").
 */
const cache = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export interface TermOptions {
  /** Match the letter case exactly (for terms that are also English words, e.g. "Go"). */
  caseSensitive?: boolean;
}

export function termPattern(term: string, { caseSensitive = false }: TermOptions = {}): RegExp {
  const key = `${caseSensitive ? 'c' : 'i'}:${term}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const body = escapeRegExp(term.trim()).replace(/[\s-]+/g, '[\\s-]+');
  const plural = !caseSensitive && /[a-z]$/i.test(term) ? '(?:e?s)?' : '';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}${plural}(?![\\p{L}\\p{N}+#])`, `gu${caseSensitive ? '' : 'i'}`);
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
