/**
 * Whole-word term matching, the one matcher for role detection, pillar coverage, skills and job descriptions.
 * A term matches when it is not glued to other letters or digits on either side ("Go" never matches "Google";
 * "C++" and "CI/CD" match as written). Terms ending in a letter also match their plural ("API" → "APIs"),
 * unless they match case-sensitively. A text is split once into word tokens: one-word terms are looked up in a
 * set of their forms; only terms with spaces or symbols ("load testing", "CI/CD") use a regular expression,
 * after a cheap substring check.
 */
import { escapeRegExp } from './words.js';

/**
 * Letters and digits (Latin, Greek, Cyrillic, CJK …; not the punctuation block U+2000–U+2BFF). A plain
 * character class instead of \p{L} keeps the patterns out of unicode mode, which scans several times faster.
 */
const WORD = 'A-Za-z0-9\\u00C0-\\u1FFF\\u2C00-\\uD7FF';
/** A token: a run of letters and digits, then optional + or # marks ("C++", "C#"). */
const TOKEN = new RegExp(`[${WORD}]+[+#]*`, 'g');

export class TextIndex {
  readonly lower: string;
  /** Tokens lowercased. */
  readonly words: readonly string[];
  /** Tokens as written. */
  readonly exact: readonly string[];

  constructor(readonly text: string) {
    this.lower = text.toLowerCase();
    this.exact = text.match(TOKEN) ?? [];
    this.words = this.lower.match(TOKEN) ?? [];
  }
}

export interface TermOptions {
  /** Match the letter case exactly (for terms that are also English words, e.g. "Go"). */
  caseSensitive?: boolean;
  /** Lowercase one-word terms of 4+ letters also match -ed/-ing/-er forms (for vocabularies, not names). */
  inflect?: boolean;
}

const inflects = (term: string, inflect: boolean): boolean =>
  inflect && term === term.toLowerCase() && term.length >= 4;

/** The regular-expression body for one term: spaces and hyphens interchangeable, plural/inflections optional. */
function termBody(term: string, { caseSensitive = false, inflect = false }: TermOptions): string {
  const body = escapeRegExp(term.trim()).replace(/[\s-]+/g, '[\\s-]+');
  if (caseSensitive || !/[A-Za-z]$/.test(term)) return body;
  return `${body}${inflects(term, inflect) ? '(?:e?s|ed|d|ing|er|ers)?' : '(?:e?s)?'}`;
}

const bounded = (body: string): string => `(?<![${WORD}])(?:${body})(?![${WORD}+#])`;

const patternCache = new Map<string, RegExp>();

/** A global pattern for one term (cached: reset `lastIndex` or use matchAll). */
export function termPattern(term: string, options: TermOptions = {}): RegExp {
  const key = `${options.caseSensitive ? 'c' : 'i'}${options.inflect ? 'f' : ''}:${term}`;
  let re = patternCache.get(key);
  if (!re) {
    re = new RegExp(bounded(termBody(term, options)), options.caseSensitive ? 'g' : 'gi');
    patternCache.set(key, re);
  }
  return re;
}

export function hasTerm(text: string, term: string, options: TermOptions = {}): boolean {
  const pattern = termPattern(term, options);
  pattern.lastIndex = 0;
  return pattern.test(text);
}

export function countTerm(text: string, term: string, options: TermOptions = {}): number {
  return [...text.matchAll(termPattern(term, options))].length;
}

export interface MatchOptions {
  /** Lowercase one-word terms of 4+ letters also match -ed/-ing/-er forms (for vocabularies, not names). */
  inflect?: boolean;
  /** Terms matched with the case as written (e.g. "Go", "HA"). */
  caseSensitive?: (term: string) => boolean;
}

export interface TermMatcher {
  test(index: TextIndex): boolean;
  /** The terms that matched, each once, in list order of discovery (for tests and explanations). */
  matches(index: TextIndex): string[];
}

const SIMPLE = new RegExp(`^[${WORD}]+[+#]*$`);

function formsOf(term: string, inflect: boolean): string[] {
  const t = term.toLowerCase();
  if (!/[a-z]$/.test(t)) return [t];
  const forms = [t, `${t}s`, `${t}es`];
  if (inflects(term, inflect)) {
    const stem = t.endsWith('e') ? t.slice(0, -1) : t;
    forms.push(`${t}d`, `${t}ed`, `${stem}ed`, `${stem}ing`, `${t}ing`, `${t}er`, `${t}ers`, `${stem}er`, `${stem}ers`);
  }
  return forms;
}

export function compileMatcher(
  terms: readonly string[],
  { inflect = false, caseSensitive = () => false }: MatchOptions = {},
): TermMatcher {
  const loose = new Map<string, string>(); // form → term
  const exact = new Map<string, string>();
  const complex: Array<{ term: string; probe: string; re: RegExp }> = [];
  for (const term of terms) {
    const cs = caseSensitive(term);
    if (SIMPLE.test(term)) {
      if (cs) exact.set(term, term);
      else for (const f of formsOf(term, inflect)) if (!loose.has(f)) loose.set(f, term);
    } else {
      const probe = (term.toLowerCase().match(/[\p{L}\p{N}]+/u) ?? [''])[0];
      const re = new RegExp(bounded(termBody(term, { caseSensitive: cs, inflect })), cs ? '' : 'i');
      complex.push({ term, probe, re });
    }
  }
  const matches = (index: TextIndex, all: boolean): string[] => {
    const out: string[] = [];
    for (const w of index.words) {
      const t = loose.get(w);
      if (t !== undefined) {
        out.push(t);
        if (!all) return out;
      }
    }
    for (const w of index.exact) {
      const t = exact.get(w);
      if (t !== undefined) {
        out.push(t);
        if (!all) return out;
      }
    }
    for (const c of complex) {
      if (c.probe && !index.lower.includes(c.probe)) continue;
      if (c.re.test(index.text)) {
        out.push(c.term);
        if (!all) return out;
      }
    }
    return out;
  };
  return { test: (index) => matches(index, false).length > 0, matches: (index) => [...new Set(matches(index, true))] };
}

const listCache = new WeakMap<readonly string[], TermMatcher>();
let lastIndex: TextIndex | null = null;

/** A case-insensitive matcher for a list (cached per list object). */
function listMatcher(terms: readonly string[]): TermMatcher {
  let m = listCache.get(terms);
  if (!m) {
    m = compileMatcher(terms);
    listCache.set(terms, m);
  }
  return m;
}

/** The index of a text (the last one is kept: callers ask several lists about the same text). */
function indexOf(text: string): TextIndex {
  if (lastIndex?.text !== text) lastIndex = new TextIndex(text);
  return lastIndex;
}

/** Whether at least one term of the list occurs in the text (case-insensitively). */
export function hasAnyTerm(text: string, terms: readonly string[]): boolean {
  return terms.length > 0 && listMatcher(terms).test(indexOf(text));
}

/** The terms of the list that occur in the text (case-insensitively), in the list's order. */
export function termsIn(text: string, terms: readonly string[]): string[] {
  if (terms.length === 0) return [];
  const found = new Set(listMatcher(terms).matches(indexOf(text)));
  return terms.filter((t) => found.has(t));
}

/** How many different terms of the list occur in the text (case-insensitively). */
export function countDistinctTerms(text: string, terms: readonly string[]): number {
  return terms.length === 0 ? 0 : listMatcher(terms).matches(indexOf(text)).length;
}
