/**
 * Fast whole-word term matching. A text is split once into word tokens; simple one-word terms are looked up in
 * a set of their forms ("shard" → shards, sharded, sharding; "API" → APIs), and only terms with spaces or
 * symbols ("load testing", "CI/CD", "C++") fall back to a regular expression, after a cheap substring check.
 */
import { escapeRegExp } from './text.js';

/** Letters and digits (Latin, Greek, Cyrillic, CJK …; not the punctuation block U+2000–U+2BFF), then any + or #. */
const TOKEN = /[A-Za-z0-9\u00C0-\u1FFF\u2C00-\uD7FF]+[+#]*/g;

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

export interface MatchOptions {
  /** Lowercase one-word terms of 4+ letters also match -ed/-ing/-er forms (for vocabularies, not names). */
  inflect?: boolean;
  /** Terms matched with the case as written (e.g. "Go", "HA"). */
  caseSensitive?: (term: string) => boolean;
}

export interface TermMatcher {
  test(index: TextIndex): boolean;
  /** The terms that matched (for tests and explanations). */
  matches(index: TextIndex): string[];
}

const SIMPLE = /^[\p{L}\p{N}]+[+#]*$/u;

function formsOf(term: string, inflect: boolean): string[] {
  const t = term.toLowerCase();
  if (!/[a-z]$/.test(t)) return [t];
  const forms = [t, `${t}s`, `${t}es`];
  if (inflect && term === t && t.length >= 4) {
    const stem = t.endsWith('e') ? t.slice(0, -1) : t;
    forms.push(`${t}d`, `${t}ed`, `${stem}ed`, `${stem}ing`, `${t}ing`, `${t}er`, `${t}ers`, `${stem}er`, `${stem}ers`);
  }
  return forms;
}

function regexFor(term: string, caseSensitive: boolean, inflect: boolean): RegExp {
  const body = escapeRegExp(term.trim()).replace(/[\s-]+/g, '[\\s-]+');
  const tail = /[A-Za-z]$/.test(term)
    ? inflect && term === term.toLowerCase() && term.length >= 4
      ? '(?:e?s|ed|d|ing|er|ers)?'
      : '(?:e?s)?'
    : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${tail}(?![\\p{L}\\p{N}+#])`, caseSensitive ? 'u' : 'iu');
}

export function compileMatcher(
  terms: readonly string[],
  { inflect = false, caseSensitive = () => false }: MatchOptions = {},
): TermMatcher {
  const loose = new Map<string, string>(); // form → term
  const exact = new Map<string, string>();
  const complex: Array<{ term: string; probe: string; re: RegExp; cs: boolean }> = [];
  for (const term of terms) {
    const cs = caseSensitive(term);
    if (SIMPLE.test(term)) {
      if (cs) for (const f of [term, `${term}s`]) exact.set(f, term);
      else for (const f of formsOf(term, inflect)) loose.set(f, term);
    } else {
      const probe = (term.toLowerCase().match(/[\p{L}\p{N}]+/u) ?? [''])[0];
      complex.push({ term, probe, re: regexFor(term, cs, inflect), cs });
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
