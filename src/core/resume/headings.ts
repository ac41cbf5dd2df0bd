import {
  FIRST_PERSON_VERBS,
  HEADING_JOINERS,
  HEADING_KEYWORDS,
  HEADING_MODIFIERS,
  HEADING_PHRASES,
} from './heading-vocabulary.js';
import {
  INTL_JOINERS,
  INTL_KEYWORDS,
  INTL_MODIFIERS,
  INTL_PHRASES,
  germanCompoundKind,
} from './heading-vocabulary-intl.js';
import type { SectionKind } from './types.js';

/** Keywords that only make a heading when they are the whole heading ("Software", not "Software Engineering"). */
const ALONE_ONLY: ReadonlySet<string> = new Set([
  'software',
  'service',
  'writing',
  'presentation',
  'knowledge',
  'stack',
  'about',
  'work',
]);

/**
 * Head nouns that a field word may qualify without being in the modifier list: "Kitchen Experience",
 * "Retail Experience", "Laboratory Skills". Every field has its own first word; the head noun carries the kind.
 */
const FIELD_QUALIFIED_HEADS: ReadonlySet<string> = new Set([
  'experience',
  'experiences',
  'skills',
  'projects',
  // "Mandatory Training", "Food Safety", "Site Safety": the training of a field.
  'training',
  'safety',
  // "Plant Knowledge", "Product Knowledge": what a field's worker knows.
  'knowledge',
]);

/** "Away From the Tools", "Outside the Office", "Outside of Work": the life beyond the job. */
const BEYOND_WORK_RE = /^(?:away from|outside(?: of)?|beyond) (?:the |my )?[a-z]+$/u;

/** English first: where a word is in both, the English kind wins. */
const PHRASES: Readonly<Record<string, SectionKind>> = { ...INTL_PHRASES, ...HEADING_PHRASES };
const KEYWORDS: Readonly<Record<string, SectionKind>> = { ...INTL_KEYWORDS, ...HEADING_KEYWORDS };
const MODIFIERS: ReadonlySet<string> = new Set([...HEADING_MODIFIERS, ...INTL_MODIFIERS]);
const JOINERS: ReadonlySet<string> = new Set([...HEADING_JOINERS, ...INTL_JOINERS]);

/** A word of the English heading vocabulary. */
export function isEnglishHeadingWord(word: string): boolean {
  return HEADING_KEYWORDS[word] !== undefined || HEADING_MODIFIERS.has(word) || HEADING_JOINERS.has(word);
}

const MAX_HEADING_CHARS = 60;
const MAX_HEADING_WORDS = 7;

/** Lower-case, accents and punctuation folded, "&" → "and", markdown and numbering removed. */
export function headingKey(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/gu, '')
      .toLowerCase()
      .replace(/^[#*_=\s]+|[#*_=\s]+$/gu, '')
      .replace(/^(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+/u, '')
      .replace(/[’‘`´]/gu, "'")
      // A German truncated compound shares the last word's head: "Fort- und Weiterbildungen" reads as the latter.
      .replace(/\p{L}+-\s+(?:und|oder|u\.)\s+/gu, '')
      .replace(/\s*[&+]\s*/gu, ' and ')
      .replace(/\s*\/\s*/gu, ' / ')
      .replace(/[-–—_]/gu, ' ')
      .replace(/[:.,;!?()[\]{}"“”]/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** Words between the verbs of a first-person heading: "what i'm really good at", "where i've worked and studied". */
const FIRST_PERSON_FILLERS: ReadonlySet<string> = new Set(['and', '/', 'at', 'about', 'really', 'also', 'most']);

/**
 * "where i've worked", "what i have built and shipped", "kitchens i've run", "things i've made": the first
 * verb's kind; a place verb makes it 'other'.
 */
function firstPersonKind(key: string): SectionKind | null {
  const m = /^(?:where|what|[a-z]{3,}(?: [a-z]{3,})?) i(?:'ve| have|'m| am)? (.+)$/u.exec(key);
  if (m?.[1] === undefined) return null;
  const kinds: SectionKind[] = [];
  for (const word of m[1].split(' ')) {
    if (FIRST_PERSON_FILLERS.has(word)) continue;
    const verbKind = FIRST_PERSON_VERBS[word];
    if (verbKind === undefined) return null;
    kinds.push(verbKind);
  }
  return kinds.includes('other') ? 'other' : (kinds[0] ?? null);
}

/**
 * The canonical kind of a heading text, or null when it is not a recognised heading. An aside in
 * parentheses ("(PoRs)", "(Under Review)") does not count; a heading naming several parts ("Positions of
 * Responsibility and Volunteering") takes the kind of the first when every part is a heading.
 */
export function classifyHeadingText(text: string): SectionKind | null {
  const key = headingKey(text);
  const whole = byParts(key) ?? classifyKey(key);
  if (whole === 'education' && qualificationsAsCertificates(key)) return 'certifications';
  if (whole !== null) return whole;
  const bare = text.replace(/\s*\([^()]{1,30}\)\s*/gu, ' ').trim();
  if (bare === text.trim()) return null;
  const bareKey = headingKey(bare);
  return byParts(bareKey) ?? classifyKey(bareKey);
}

/**
 * "Qualifications & Tickets", "Qualifications and Licences": qualifications named with certificates are the
 * trade's or the profession's certificates, not its schooling (alone, "Qualifications" stays education).
 */
function qualificationsAsCertificates(key: string): boolean {
  const m = /^(?:[a-z]+ )?qualifications? (?:and|\/) (.+)$/u.exec(key);
  return m?.[1] !== undefined && classifyKey(m[1]) === 'certifications';
}

/**
 * "positions of responsibility and volunteering": each part a heading, and the first a known phrase (which
 * word by word would read differently) or every part needed: the first part's kind.
 */
function byParts(key: string): SectionKind | null {
  if (PHRASES[key] !== undefined) return null;
  const parts = key.split(/ (?:and|\/) /u);
  const first = parts[0];
  if (parts.length < 2 || first === undefined) return null;
  const kinds = parts.map(classifyKey);
  if (!kinds.every((k) => k !== null)) return null;
  return PHRASES[first] !== undefined || classifyKey(key) === null ? (kinds[0] ?? null) : null;
}

function classifyKey(key: string): SectionKind | null {
  if (key.length === 0) return null;
  const phrase = PHRASES[key];
  if (phrase !== undefined) return phrase;
  // "Selected Built Work", "Recent Pro Bono Work": modifiers before a known phrase keep its kind.
  const unmodified = key.split(' ');
  while (unmodified.length > 1 && MODIFIERS.has(unmodified[0] ?? '')) unmodified.shift();
  const modifiedPhrase = unmodified.length < key.split(' ').length ? PHRASES[unmodified.join(' ')] : undefined;
  if (modifiedPhrase !== undefined) return modifiedPhrase;
  const firstPerson = firstPersonKind(key);
  if (firstPerson !== null) return firstPerson;
  if (BEYOND_WORK_RE.test(key)) return 'interests';
  const words = key.split(' ');
  // "Kitchen Experience", "Instructional Design Projects": one or two field words before the head noun.
  const head = words.at(-1);
  const fields = words.slice(0, -1);
  if (head !== undefined && FIELD_QUALIFIED_HEADS.has(head) && fields.length >= 1 && fields.length <= 2) {
    const fieldWords = fields.every((f) => /^\p{L}{3,}$/u.test(f) && KEYWORDS[f] === undefined);
    // With two field words, at most one may be outside the vocabulary ("Instructional Design", not two unknowns).
    const known = fields.filter((f) => MODIFIERS.has(f)).length;
    if (fieldWords && (fields.length === 1 || known >= 1)) return KEYWORDS[head] ?? null;
  }
  let firstPure: SectionKind | null = null;
  let firstAny: SectionKind | null = null;
  for (const word of words) {
    const kind = KEYWORDS[word] ?? (MODIFIERS.has(word) ? undefined : (germanCompoundKind(word) ?? undefined));
    if (kind !== undefined && !(ALONE_ONLY.has(word) && words.length > 1)) {
      firstAny ??= kind;
      if (!MODIFIERS.has(word)) firstPure ??= kind;
      continue;
    }
    if (MODIFIERS.has(word) || JOINERS.has(word) || ALONE_ONLY.has(word)) continue;
    return null;
  }
  return firstPure ?? firstAny;
}

/** "fellowships" → "fellowship", "activities" → "activity": the forms a keyword may be listed under. */
function wordForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  else forms.push(`${word}s`);
  return forms;
}

/**
 * The kind of a line already known to be a heading (by its typography): the vocabulary's answer when it
 * has one, else the first word that names a kind (in one of its listed forms), else `other`.
 */
export function kindOfHeadingWords(text: string): SectionKind {
  return kindNamedBy(text) ?? 'other';
}

/** One letter changed, added, dropped, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * "Summery", "Experiance", "Educaton": a single-word heading (already set as one) one slip away from a keyword
 * of six letters or more names that keyword's kind, when only one kind is that close.
 */
function misspeltKeywordKind(word: string): SectionKind | null {
  if (word.length < 6) return null;
  const kinds = new Set<SectionKind>();
  for (const [keyword, kind] of Object.entries(KEYWORDS))
    if (keyword.length >= 6 && !MODIFIERS.has(keyword) && oneEditApart(word, keyword)) kinds.add(kind);
  return kinds.size === 1 ? ([...kinds][0] ?? null) : null;
}

/** The kind a heading's words name (whole-heading vocabulary first, then a single word), or null. */
export function kindNamedBy(text: string): SectionKind | null {
  const known = classifyHeadingText(text);
  if (known !== null) return known;
  const words = headingKey(text)
    .split(' ')
    .filter((w) => /\p{L}/u.test(w));
  let modifierKind: SectionKind | null = null;
  for (const word of words) {
    if (ALONE_ONLY.has(word) && words.length > 1) continue;
    for (const form of wordForms(word)) {
      const kind = KEYWORDS[form];
      if (kind === undefined) continue;
      if (!MODIFIERS.has(form)) return kind;
      modifierKind ??= kind;
    }
  }
  if (modifierKind === null && words.length === 1 && words[0] !== undefined) {
    const misspelt = misspeltKeywordKind(words[0]);
    if (misspelt !== null) return misspelt;
  }
  // "Care Work", "Relief Work" set as a heading: the roles held (alone, "work" names too much to be a heading by
  // its words).
  return modifierKind ?? (words.length > 1 && words.at(-1) === 'work' ? 'experience' : null);
}

const VOCABULARY: ReadonlySet<string> = new Set(
  [
    ...Object.keys(HEADING_KEYWORDS),
    ...HEADING_MODIFIERS,
    ...[...HEADING_JOINERS].filter((w) => w !== '/'),
    ...Object.keys(HEADING_PHRASES).flatMap((p) => p.split(' ')),
  ].filter((w) => /^[a-z']+$/u.test(w)),
);
const MAX_WORD = Math.max(...[...VOCABULARY].map((w) => w.length));

/**
 * "EDUCATIONANDCERTIFICATION" (letter-spaced text whose word gaps were lost) → "EDUCATION AND
 * CERTIFICATION", when the whole string splits into heading words; otherwise null.
 */
export function segmentGluedHeading(text: string): string | null {
  const s = text.toLowerCase();
  if (!/^[a-z']{8,40}$/u.test(s)) return null;
  // fewest[i]: fewest words covering s[0, i); from[i]: where the last of them starts.
  const fewest: number[] = new Array<number>(s.length + 1).fill(Infinity);
  const from: number[] = new Array<number>(s.length + 1).fill(-1);
  fewest[0] = 0;
  for (let i = 1; i <= s.length; i++) {
    for (let len = 1; len <= Math.min(MAX_WORD, i); len++) {
      const start = i - len;
      const before = fewest[start] ?? Infinity;
      if (before === Infinity || !VOCABULARY.has(s.slice(start, i))) continue;
      if (before + 1 < (fewest[i] ?? Infinity)) {
        fewest[i] = before + 1;
        from[i] = start;
      }
    }
  }
  if (fewest[s.length] === Infinity) return null;
  const words: string[] = [];
  for (let i = s.length; i > 0; ) {
    const start = from[i] ?? -1;
    if (start < 0) return null;
    words.unshift(text.slice(start, i));
    i = start;
  }
  return words.length >= 2 ? words.join(' ') : null;
}

export interface HeadingStyle {
  /** Mostly upper-case letters (ALL CAPS, or small caps read as capitals). */
  caps: boolean;
  /** Ends with a colon. */
  colon: boolean;
}

export function headingStyle(text: string): HeadingStyle {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return { caps: letters.length > 0 && upper / letters.length >= 0.8, colon: /:\s*$/u.test(text) };
}

/**
 * True when the text could be a heading by its shape alone: short, no digits, contact data, sentence
 * punctuation or list separators, and starting with a capital letter.
 */
export function isHeadingShaped(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS + 10) return false;
  let t = text.replace(/^[#*_=\s]+|[*_=\s]+$/gu, '');
  if (t.endsWith(':')) t = t.slice(0, -1).trimEnd();
  if (t.length < 2 || t.length > MAX_HEADING_CHARS) return false;
  if (t.split(/\s+/u).length > MAX_HEADING_WORDS) return false;
  if (/\d|@|https?:|www\.|\t|\||•|·|:|,/iu.test(t)) return false;
  if (/[.,;!?]$/u.test(t)) return false;
  // Capitalised, or a script without case (Chinese headings).
  return /^[\p{Lu}\p{Lo}]/u.test(t) || /^\p{Lu}/u.test(t.normalize('NFKD'));
}

export interface HeadingMatch {
  kind: SectionKind;
  /** The heading as written (icon prefix removed, letter spacing collapsed). */
  heading: string;
  key: string;
  style: HeadingStyle;
}

/** Classifies one line's text as a heading by vocabulary and shape; null when it is not one. */
export function matchHeading(text: string): HeadingMatch | null {
  if (text.length > MAX_HEADING_CHARS + 10) return null;
  const variants = [text];
  // An icon glyph read as a stray character: "r Experiences", "Ô Technical Skills".
  const icon = /^(\S)\s+(\S.*)$/u.exec(text);
  if (icon?.[2] !== undefined && !/^[AI]$/u.test(icon[1] ?? '')) variants.push(icon[2]);
  // "A Recent Research Publications": an article does not stand before a plural heading noun, so the "A" is an
  // icon glyph read as a letter; the heading as written starts after it.
  else if (icon?.[2] !== undefined && icon[1] === 'A' && /\p{Ll}s$/u.test(icon[2])) variants.unshift(icon[2]);
  // Numbering and brackets are not part of the heading as written: "2. EXPERIENCE:", "IV) Skills", "【工作经历】".
  for (const v of [...variants]) {
    const bare = v
      .replace(/^(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)]\s+(?=\p{L})/u, '')
      .replace(/^[【〖「［[]\s*(\S.*?)\s*[】〗」］\]]$/u, '$1');
    if (bare !== v) variants.push(bare);
  }
  for (const variant of variants) {
    // Markdown markers are not part of the heading as written: "## Skills", "**Skills**".
    const candidate = variant.replace(/^[#*_=\s]+|[*_=\s]+$/gu, '');
    if (!isHeadingShaped(candidate)) continue;
    let kind = classifyHeadingText(candidate);
    let heading = candidate;
    if (kind === null) {
      const segmented = segmentGluedHeading(candidate.replace(/:$/u, ''));
      if (segmented === null) continue;
      kind = classifyHeadingText(segmented);
      heading = segmented;
    }
    if (kind === null) continue;
    return { kind, heading, key: headingKey(heading), style: headingStyle(heading) };
  }
  return null;
}
