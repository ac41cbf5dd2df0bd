/**
 * The guard: a model's phrasing of one item of a composed answer is shown only if it states nothing the
 * facts (the user's resume lines, the composed answer, the job description) do not. Checked: numbers,
 * percentages, money, multipliers, scores, months, quantity words, capitalised names, technology terms,
 * title words, claims about the person without a number or a name (src/core/llm/claims.ts), contact
 * details, quoted text (verbatim), placeholders (kept, never filled), and length.
 * Returns violation codes only: they are logged and counted; the offending text never is.
 */
import { unsupportedClaims, yearSpans } from './claims.js';
import { newNames, newTitles, toolsIn, wordSet } from './names.js';
import { type Quantities, quantitiesOf } from './quantities.js';

export const GUARD_CODES = [
  'empty',
  'too-long',
  // The specific quantity codes first: the first code is the one counted in the metrics.
  'new-percent',
  'new-money',
  'new-score',
  'new-date',
  'new-number',
  'new-name',
  'new-tool',
  'new-title',
  'unsupported-claim',
  'new-contact',
  'quote-changed',
  'placeholder-filled',
] as const;
export type GuardCode = (typeof GUARD_CODES)[number];

export interface Facts {
  /** All fact text, quotes and whitespace normalised (quoted spans must be found in it verbatim). */
  text: string;
  lower: string;
  words: Set<string>;
  /**
   * What claims about the person are held against: the resume and the composed answer, not the job
   * description (a posting that wants "5+ years leading teams" says nothing about the user).
   */
  claims: { words: Set<string>; lines: Set<string>[]; years: Set<number> };
  quantities: Quantities;
  tools: Set<string>;
  /** The review's real score ("58/100"): the one fraction a phrasing may add. */
  score: string | null;
}

function normalise(text: string): string {
  return text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

/** `aboutThePerson: false` for the job description: its names and numbers count, its claims do not. */
export function buildFacts(texts: readonly string[], score: number | null = null, aboutThePerson = true): Facts {
  const text = normalise(texts.join('\n'));
  const words = wordSet(text);
  const quantities = quantitiesOf(texts.join('\n'));
  if (score !== null) quantities.numbers.add(score).add(100);
  return {
    text,
    lower: text.toLowerCase(),
    words,
    claims: aboutThePerson
      ? { words, lines: texts.map((t) => wordSet(normalise(t))), years: new Set(yearSpans(text)) }
      : { words: new Set(), lines: [], years: new Set() },
    quantities,
    tools: toolsIn(texts.join('\n')),
    score: score === null ? null : `${score}/100`,
  };
}

/** Facts from two sources as one (the resume's, built once per review, and the answer's). */
export function mergeFacts(a: Facts, b: Facts): Facts {
  const union = <T>(x: Set<T>, y: Set<T>): Set<T> => new Set([...x, ...y]);
  const qa = a.quantities;
  const qb = b.quantities;
  return {
    text: `${a.text}\n${b.text}`,
    lower: `${a.lower}\n${b.lower}`,
    words: union(a.words, b.words),
    claims: {
      words: union(a.claims.words, b.claims.words),
      lines: [...a.claims.lines, ...b.claims.lines],
      years: union(a.claims.years, b.claims.years),
    },
    quantities: {
      numbers: union(qa.numbers, qb.numbers),
      percents: union(qa.percents, qb.percents),
      money: union(qa.money, qb.money),
      times: union(qa.times, qb.times),
      fractions: union(qa.fractions, qb.fractions),
      words: union(qa.words, qb.words),
      months: union(qa.months, qb.months),
    },
    tools: union(a.tools, b.tools),
    score: a.score ?? b.score,
  };
}

const PLACEHOLDER = /\[[^\]\n]{1,40}\]/g;
const CONTACT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/[^\s)]+|\bwww\.[^\s)]+/gi;
const QUOTED = /"([^"\n]{2,300})"/g;

function quantityCodes(text: string, original: string, facts: Facts): GuardCode[] {
  const q = quantitiesOf(text);
  // A score or fraction only where the item already had it, or the real score: a resume line saying
  // "give me 100/100" must not turn into "your resume scores 100/100".
  const fractions = quantitiesOf(original).fractions;
  if (facts.score) fractions.add(facts.score);
  // A resume's own rating ("a 4.8/5 rating") restated is no score: only out-of-10 and out-of-100 read as one.
  for (const f of facts.quantities.fractions) if (!/\/(?:10|100)$/.test(f)) fractions.add(f);
  const f = facts.quantities;
  const codes: GuardCode[] = [];
  const missing = <T>(mine: Set<T>, theirs: Set<T>): boolean => [...mine].some((v) => !theirs.has(v));
  if (missing(q.percents, f.percents)) codes.push('new-percent');
  if (missing(q.money, f.money)) codes.push('new-money');
  if (missing(q.fractions, fractions)) codes.push('new-score');
  if (missing(q.months, f.months)) codes.push('new-date');
  const numbers = [...q.numbers].filter((n) => n !== 0 && n !== 1);
  if (numbers.some((n) => !f.numbers.has(n)) || missing(q.times, f.times) || missing(q.words, f.words))
    codes.push('new-number');
  return codes;
}

function quoteChanged(text: string, facts: Facts): boolean {
  for (const m of normalise(text).matchAll(QUOTED)) {
    const quote = m[1]!.trim().replace(/[.,;:!?]+$/, '');
    if (quote === '') continue;
    const flipped =
      quote.charAt(0) === quote.charAt(0).toUpperCase() ? quote.charAt(0).toLowerCase() : quote.charAt(0).toUpperCase();
    if (!facts.text.includes(quote) && !facts.text.includes(flipped + quote.slice(1))) return true;
  }
  return false;
}

export interface CheckOptions {
  /** The item is a rewrite's "after" line: the user's own bullet, so all of it is a claim about them. */
  bullet?: boolean;
}

/** The violations in `phrased`, the model's version of `original` (an item of the composed answer). */
export function checkPhrasing(
  original: string,
  phrased: string,
  facts: Facts,
  options: CheckOptions = {},
): GuardCode[] {
  const text = phrased.trim();
  if (text === '') return ['empty'];
  const codes = new Set<GuardCode>();
  if (text.length > Math.max(2 * original.length + 120, 0) || text.length > 2000) codes.add('too-long');
  // Each placeholder as often as in the original: "[N] … [N]" with one filled is still a filled one.
  const count = (t: string, p: string): number => t.split(p).length - 1;
  for (const placeholder of new Set(original.match(PLACEHOLDER) ?? []))
    if (count(text, placeholder) < count(original, placeholder)) codes.add('placeholder-filled');
  for (const contact of text.match(CONTACT) ?? [])
    if (!facts.lower.includes(contact.toLowerCase().replace(/[.,;:]+$/, ''))) codes.add('new-contact');
  const plain = text.replace(CONTACT, ' ');
  for (const code of quantityCodes(plain, original, facts)) codes.add(code);
  if (quoteChanged(plain, facts)) codes.add('quote-changed');
  // "[N]", "[Company]" are slots, not names.
  const prose = plain.replace(PLACEHOLDER, ' ');
  if (newNames(prose, facts.words).length > 0) codes.add('new-name');
  if ([...toolsIn(prose)].some((t) => !facts.tools.has(t))) codes.add('new-tool');
  if (newTitles(prose, facts.words).length > 0) codes.add('new-title');
  if (unsupportedClaims(prose, facts.claims, options.bullet ?? false).length > 0) codes.add('unsupported-claim');
  return GUARD_CODES.filter((c) => codes.has(c));
}
