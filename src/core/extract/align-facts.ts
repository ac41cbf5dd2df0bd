import type { LineFacts } from './line-facts.js';

/** A line before clean-up, with its facts. */
export interface RawFactLine {
  text: string;
  facts: LineFacts;
}

const squash = (s: string): string => s.replace(/\s+/gu, '');

/** How far ahead a cleaned line is looked for among the raw lines (furniture and dropped lines are skipped). */
const LOOKAHEAD = 12;

/**
 * Facts for each line of `cleaned` (the whole-document clean-up of the raw lines), found by walking the raw
 * lines in order: `clean` applied to one raw line gives, whitespace aside, what that line became. Clean-up
 * may drop lines (page furniture, markers), join them (soft hyphens) or split one (a glued name and title):
 * a cleaned line gets the facts of the raw line it starts in, or null when none matches.
 */
export function alignFacts(
  cleaned: string,
  raw: readonly RawFactLine[],
  clean: (line: string) => string,
): (LineFacts | null)[] {
  const keys = raw.map((r) => squash(clean(r.text)));
  const out: (LineFacts | null)[] = [];
  let next = 0;
  let remainder = '';
  let remainderFacts: LineFacts | null = null;
  for (const line of cleaned.split('\n')) {
    const key = squash(line);
    if (key.length === 0) {
      out.push(null);
      continue;
    }
    if (remainder.length > 0 && remainder.startsWith(key)) {
      out.push(remainderFacts);
      remainder = remainder.slice(key.length);
      continue;
    }
    remainder = '';
    const found = find(keys, next, key);
    if (found === null) {
      out.push(null);
      continue;
    }
    const facts = raw[found.at]?.facts ?? null;
    out.push(facts);
    next = found.end;
    if (found.rest.length > 0) {
      remainder = found.rest;
      remainderFacts = facts;
    }
  }
  return out;
}

interface Found {
  at: number;
  /** First raw line after the ones this cleaned line used. */
  end: number;
  /** What is left of the raw line when the cleaned line is only its start. */
  rest: string;
}

function find(keys: readonly string[], from: number, key: string): Found | null {
  const to = Math.min(keys.length, from + LOOKAHEAD);
  for (let j = from; j < to; j += 1) if (keys[j] === key) return { at: j, end: j + 1, rest: '' };
  for (let j = from; j < to; j += 1) {
    const k = keys[j] ?? '';
    if (k.length === 0) continue;
    if (k.startsWith(key)) return { at: j, end: j + 1, rest: k.slice(key.length) };
    if (key.startsWith(k)) {
      // Lines joined by clean-up: consume the raw lines the cleaned one is made of.
      let used = k.length;
      let end = j + 1;
      while (used < key.length && end < keys.length && key.startsWith(keys[end] ?? '\u0000', used)) {
        used += (keys[end] ?? '').length;
        end += 1;
      }
      return { at: j, end, rest: '' };
    }
  }
  return null;
}
