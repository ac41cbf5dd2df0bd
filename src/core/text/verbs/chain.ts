/**
 * Verbs coordinated after a bullet's first verb take its tense: "Supported the team and fixing bugs" is not
 * English, "Supported the team and fixed bugs" is. Conjugation comes from compromise (nlp.ts).
 */
import { NOUN_GERUNDS } from './lists.js';
import { baseOf, conjugate, leadVerb } from './nlp.js';

export type WriteTense = 'past' | 'present';

const NOT_GERUNDS: ReadonlySet<string> = new Set(
  'bring during evening king morning nothing ring something spring string thing anything everything ceiling sibling wing swing sting ping'.split(
    ' ',
  ),
);

/** "-ing" words that may be verbs ("fixing"), not "during" or "morning". */
export function isGerundForm(word: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 5 && w.endsWith('ing') && !NOT_GERUNDS.has(w.replace(/s$/, ''));
}

/** What follows a gerund when it is used as a verb with an object ("building the", "fixing 3"). */
const OBJECT_START = /^\s+(?:(?:the|a|an|our|their|its|new|all|internal|existing|multiple|several|legacy)\b|\d)/i;

/**
 * True when a gerund opening `rest` is an action ("building internal tools"), false when it names a thing
 * ("monitoring dashboards", "opening and closing the store", "billing service").
 */
export function isActionGerund(word: string, rest: string): boolean {
  if (!isGerundForm(word)) return false;
  if (!NOUN_GERUNDS.has(word.toLowerCase())) return true;
  return OBJECT_START.test(rest);
}

/** The verb in the form a rewrite writes it, capitalised like `like` ("fixing" → "fixed" / "fix"). */
export function writeVerb(word: string, tense: WriteTense, third = false): string {
  const forms = conjugate(baseOf(word));
  const out = tense === 'past' ? forms.past : third ? forms.third : forms.base;
  return /^\p{Lu}/u.test(word) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

const COORDINATED = /(,\s+(?:and\s+)?|\s+(?:and|or|then)\s+)([a-z]+ing)\b/g;

/**
 * Conjugates gerunds coordinated with the opening verb ("…, building and maintaining the service" → "…, built
 * and maintained the service"). A gerund right after another gerund is a compound noun ("picking and packing")
 * and stays; so does one the noun list says names a thing, unless an object follows it.
 */
export function conjugateChain(text: string, tense: WriteTense): string {
  let out = '';
  let last = 0;
  let convertedEnd = -1;
  for (const m of text.matchAll(COORDINATED)) {
    const [whole, sep = '', gerund = ''] = m;
    const start = m.index ?? 0;
    const end = start + whole.length;
    const before = /([\p{L}'’-]+)\W*$/u.exec(text.slice(0, start))?.[1] ?? '';
    // After a gerund we just conjugated, the chain goes on ("built and maintained"); after other words, it is a noun.
    const chained = start === convertedEnd;
    if ((!isGerundForm(before) || chained) && isActionGerund(gerund, text.slice(end))) {
      out += `${text.slice(last, start)}${sep}${writeVerb(gerund, tense)}`;
      last = end;
      convertedEnd = end;
    }
  }
  return out + text.slice(last);
}

const COORDINATED_WORD = /(,\s+(?:and\s+)?|\s+(?:and|or|then)\s+)([a-z]+)\b/g;

/**
 * Verbs coordinated with the opening one, moved to `tense` when the rewrite changes the line's tense ("Plan lessons
 * and mark homework" in an ended role → "Planned lessons and marked homework"). A coordinated word moves when
 * compromise reads the clause it opens as a verb phrase ("they mark homework …"); gerunds are conjugateChain's.
 */
export function retenseChain(text: string, tense: WriteTense, third = false): string {
  return text.replace(COORDINATED_WORD, (m: string, sep: string, word: string, offset: number) => {
    const clause = text.slice(offset + sep.length);
    const lead = leadVerb(clause);
    if (!lead || lead.word !== word || lead.tense === 'gerund' || /^(?:be|have|do)$/.test(lead.base)) return m;
    if (lead.tense === tense) return m;
    // "Plan orders and returns": after a verb without -s, an -s word is a plural noun.
    if (lead.third && !third) return m;
    return `${sep}${writeVerb(word, tense)}`;
  });
}
