/**
 * Names a text mentions: capitalised words (employers, schools, products, places, titles as written),
 * technology terms (the job-description dictionary, case-insensitive) and job-title words written in lower case.
 */
import { hasTechTerm } from '../text/tech-terms.js';
import { TECH_TERMS } from '../text/tech-terms.js';
import { isTitleLike } from '../text/title-case.js';
import { isLowerCaseWord } from './english.js';
import { WORD_NAMES } from './known-names.js';

export interface Word {
  text: string;
  /** First word of a sentence (or of a quoted sentence): a capital there says nothing. */
  initial: boolean;
  /** Where the word starts in the text. */
  index: number;
}

/** Capitalised words a coaching answer uses without naming anything about the person. */
const ALWAYS_ALLOWED = new Set(['I', 'ATS', 'CV', 'PDF', 'STAR', 'OK']);

/** Title words: "director", "senior" in the model's text must come from the facts ("recruiter" is the reader, not a title). */
const TITLE_WORDS = new Set(
  `senior junior principal director manager vp president chief ceo cto cfo coo architect engineer developer nurse
teacher analyst designer scientist consultant intern officer specialist coordinator supervisor administrator
technician accountant actuary professor instructor therapist physician pharmacist founder cofounder
co-founder executive superintendent foreman`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words as written, split at hyphens and slashes, possessives dropped, each marked sentence-initial or not. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.+#&]*/gu)) {
    // The nearest character before the word that is not space, a quote, a bracket or a bullet glyph.
    let at = m.index - 1;
    while (at >= 0 && /[\s"“”'‘([*•-]/u.test(text[at]!)) at -= 1;
    const initial = at < 0 || /[.!?:;]/.test(text[at]!);
    // Possessives and contractions off: "Jude's" → "Jude", "I'd" → "I", "Isn't" → "Is", "Can't" → "Can".
    const token = m[0]
      .replace(/\.+$/, '')
      .replace(/^(can)['’]t$/i, '$1')
      .replace(/n['’]t$/i, '')
      .replace(/['’](s|d|m|ve|ll|re)$/i, '');
    token
      .split(/[-/]/)
      .filter((w) => /\p{L}/u.test(w))
      .forEach((w, i) => {
        out.push({ text: w.replace(/['’]$/, ''), initial: initial && i === 0, index: m.index });
      });
  }
  return out;
}

export function wordSet(text: string): Set<string> {
  return new Set(wordsOf(text).map((w) => w.text.toLowerCase()));
}

/** Lower-case singular-ish form, so "nurses" matches "nurse". */
export function hasWordForm(word: string, facts: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  return facts.has(w) || facts.has(w.replace(/e?s$/, '')) || facts.has(`${w}s`) || facts.has(`${w}es`);
}

/**
 * Character ranges of Title Case headings ("Quantify Your Impact", "**Next Steps for Your Summary**:"): a line,
 * or its part before ": " or a dash, that reads as a title. Every word there is capitalised as a sentence's
 * first word is, so each is judged like one.
 */
function headingRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const head = line.split(/\s[—–|-]\s|:\s|:$/)[0] ?? '';
    const bare = head.replace(/[*_#>`]+/g, ' ').trim();
    if (bare !== '' && isTitleLike(bare)) ranges.push([offset, offset + head.length]);
    offset += line.length + 1;
  }
  return ranges;
}

/** Determiners after a sentence-initial word: "Target the 4 bullets" is the verb, "Target hires" the shop. */
const DETERMINER_NEXT = new Set(['the', 'a', 'an', 'your', 'this', 'these', 'that', 'those', 'each', 'every', 'it']);

/**
 * Capitalised words the facts never use: anywhere but a sentence start or a Title Case heading; there, a
 * word the dictionary only knows capitalised ("Walmart", "Stanford"), or a well-known name that is also a
 * word ("Apple", "Amazon", "Target") unless a determiner follows it ("Target the lines…" is the verb).
 */
export function newNames(text: string, factWords: ReadonlySet<string>): string[] {
  const headings = headingRanges(text);
  const words = wordsOf(text);
  return words
    .filter((w) => /\p{Lu}/u.test(w.text) && !ALWAYS_ALLOWED.has(w.text) && !hasWordForm(w.text, factWords))
    .filter((w, _i) => {
      const initial = w.initial || headings.some(([from, to]) => w.index >= from && w.index < to);
      if (!initial || !/^\p{Lu}[\p{Ll}'’]*$/u.test(w.text) || !isLowerCaseWord(w.text)) return true;
      if (!WORD_NAMES.has(w.text.toLowerCase())) return false;
      const next = words[words.indexOf(w) + 1]?.text.toLowerCase() ?? '';
      return !DETERMINER_NEXT.has(next);
    })
    .map((w) => w.text);
}

/** Title words (case-insensitive) that the facts never use. */
export function newTitles(text: string, factWords: ReadonlySet<string>): string[] {
  // The people who read a resume are not a title claimed for the user.
  return wordsOf(text.replace(/\bhiring managers?\b/gi, ' '))
    .map((w) => w.text.toLowerCase())
    .filter((w) => TITLE_WORDS.has(w.replace(/s$/, '')) && !hasWordForm(w, factWords));
}

/** A sentence's first word in lower case when it is an ordinary word ("Go through…" is not the Go language). */
function sentenceStartsLowered(text: string): string {
  return text.replace(
    /(^|[.!?:;]\s+)(\p{Lu})(\p{Ll}+)(?![\p{L}])/gu,
    (whole, lead: string, first: string, rest: string) =>
      isLowerCaseWord(first + rest) ? `${lead}${first.toLowerCase()}${rest}` : whole,
  );
}

/** Technology terms the text names, by their dictionary name. */
export function toolsIn(text: string): Set<string> {
  const lowered = sentenceStartsLowered(text);
  const lower = lowered.toLowerCase();
  // A cheap substring test first: only terms whose spelling occurs at all pay for the whole-word match.
  const candidates = TECH_TERMS.filter(
    (t) =>
      [...t.aliases, ...(t.cs ?? [])].some((a) => lower.includes(a.toLowerCase())) || (t.patterns?.length ?? 0) > 0,
  );
  return new Set(candidates.filter((t) => hasTechTerm(lowered, t)).map((t) => t.name));
}
