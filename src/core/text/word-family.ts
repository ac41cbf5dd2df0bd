/**
 * Word families for phrases written in another order or form: "patient counselling" is shown by "Counsel
 * patients on new medications", "prior authorisations" by "handled prior authorization requests". A crude
 * suffix stripper (not a full Porter stemmer): enough to let two spellings of one family meet, kept strict
 * by requiring every content word of the phrase on one line.
 */
const SUFFIXES = [
  'isations',
  'izations',
  'isation',
  'ization',
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ised',
  'ized',
  'ises',
  'izes',
  'ise',
  'ize',
  'ed',
  'ers',
  'er',
  'es',
  's',
];

const FUNCTION_WORDS = new Set(['and', 'or', 'of', 'for', 'the', 'a', 'an', 'to', 'in', 'on', 'with', '&']);

/** The family key of one lowercase word ("counselling", "counseling", "counsel" → "counsel"). */
export function familyKey(word: string): string {
  let w = word.toLowerCase();
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // British doubled consonants and a trailing silent e: "counsell" → "counsel", "manage" → "manag".
  if (/([lpt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const LETTERS = /[\p{L}]+/gu;

/** The family keys of a phrase's content words (function words and one- or two-letter words left out). */
export function familyKeys(phrase: string): string[] {
  return (phrase.match(LETTERS) ?? [])
    .filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w.toLowerCase()))
    .map(familyKey);
}

/** Prose lines with their word families worked out once, for looking up many phrases. */
export class FamilyIndex {
  private readonly keyed: ReadonlyArray<{ line: string; keys: ReadonlySet<string> }>;

  constructor(lines: readonly string[]) {
    this.keyed = lines.map((line) => ({ line, keys: new Set(familyKeys(line)) }));
  }

  /**
   * The first line holding a word of every family the phrase names, in whatever order, or undefined.
   * A phrase of one content word is left to exact matching (too loose on its own).
   */
  lineWith(phrase: string): string | undefined {
    const wanted = [...new Set(familyKeys(phrase))];
    if (wanted.length < 2) return undefined;
    return this.keyed.find(({ keys }) => wanted.every((k) => keys.has(k)))?.line;
  }
}

/** One phrase against a few lines (see FamilyIndex.lineWith). */
export function lineWithFamilies(phrase: string, lines: readonly string[]): string | undefined {
  return new FamilyIndex(lines).lineWith(phrase);
}
