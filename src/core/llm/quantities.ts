/**
 * Every quantity a text states, as comparable values: plain numbers (with k/m suffixes and number words),
 * percentages, money, multipliers, fractions/scores ("58/100"), quantity words ("doubled"), and month
 * names. The guard compares the model's quantities with the facts' (src/core/text/metrics answers a
 * different question: whether a line carries a result at all).
 */

export interface Quantities {
  /** Every numeric value stated, whatever its kind (a percentage's 30 is also a plain 30). */
  numbers: Set<number>;
  percents: Set<number>;
  money: Set<number>;
  times: Set<number>;
  /** "58/100" → "58/100" (and "58 out of 100"). */
  fractions: Set<string>;
  /** Quantity words with no digit: doubled, halved, dozens, hundreds … (lower case). */
  words: Set<string>;
  /** Month numbers 1–12 named in the text. */
  months: Set<number>;
}

const UNITS: Record<string, number> = {
  zero: 0,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// "one" is left out on purpose: "one of your bullets" is how people talk, not a figure.
const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}])(${Object.keys(TENS).join('|')})(?:[-\\s](one|${Object.keys(UNITS).join('|')}))?(?![\\p{L}])|(?<![\\p{L}-])(${Object.keys(UNITS).join('|')})(?![\\p{L}])`,
  'giu',
);
const QUANTITY_WORDS =
  /(?<![\p{L}])(doubled|doubling|tripled|tripling|quadrupled|halved|halving|twofold|threefold|tenfold|dozens?|hundreds|thousands|millions|billions|half)(?![\p{L}])/giu;

const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
// Capitalised, as dates are written; "May" and the short forms only beside a number ("May 2021", "Mar '19").
const MONTH_WORD = /(?<![\p{L}])([A-Z][a-z]{2,8})\.?(?![\p{L}])/gu;

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

const FRACTION = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s?(?:\/|out of)\s?(\d+)(?![\p{N}])/giu;
// A number not glued to letters on its left ("S3", "p99", "GPT-4" are names), with its currency, scale and unit.
const NUMBER =
  /(?<![\p{L}\p{N}.,])([$€£¥₹])?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(k|mm|m|bn|b|thousand|million|billion)(?![\p{L}]))?(?:\s?(%|percent(?![\p{L}])|pct(?![\p{L}])|x(?![\p{L}])|×|times(?![\p{L}])))?/giu;

/** Bracketed placeholders ("[99.9]%", "[N]") are not stated quantities. */
function withoutPlaceholders(text: string): string {
  return text.replace(/\[[^\]\n]*\]/g, ' ');
}

export function quantitiesOf(input: string): Quantities {
  const q: Quantities = {
    numbers: new Set(),
    percents: new Set(),
    money: new Set(),
    times: new Set(),
    fractions: new Set(),
    words: new Set(),
    months: new Set(),
  };
  let text = withoutPlaceholders(input);
  text = text.replace(FRACTION, (whole, a: string, b: string) => {
    q.fractions.add(`${Number(a)}/${Number(b)}`);
    q.numbers.add(Number(a));
    q.numbers.add(Number(b));
    return ' '.repeat(whole.length);
  });
  for (const m of text.matchAll(NUMBER)) {
    const [, currency, digits = '', decimals = '', scale, unit] = m;
    const raw = Number(`${digits.replace(/,/g, '')}${decimals}`);
    const value = scale ? raw * (SCALE[scale.toLowerCase()] ?? 1) : raw;
    q.numbers.add(raw);
    q.numbers.add(value);
    if (currency) q.money.add(value);
    const u = unit?.toLowerCase();
    if (u === '%' || u === 'percent' || u === 'pct') q.percents.add(value);
    else if (u === 'x' || u === '×' || u === 'times') q.times.add(value);
  }
  for (const m of text.matchAll(NUMBER_WORD)) {
    const tens = m[1] ? (TENS[m[1].toLowerCase()] ?? 0) : 0;
    const unit = m[2] ?? m[3];
    const value = tens + (unit ? (unit.toLowerCase() === 'one' ? 1 : (UNITS[unit.toLowerCase()] ?? 0)) : 0);
    q.numbers.add(value);
    // "thirty percent", "five times"
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (/^\s?(%|percent\b)/i.test(after)) q.percents.add(value);
    if (/^\s?(x\b|×|times\b)/i.test(after)) q.times.add(value);
  }
  for (const m of text.matchAll(QUANTITY_WORDS)) q.words.add(m[1]!.toLowerCase());
  for (const m of text.matchAll(MONTH_WORD)) {
    const word = m[1]!;
    const month = MONTH_OF.get(word.toLowerCase());
    if (month === undefined) continue;
    const full = MONTHS[month - 1]![0] === word.toLowerCase() && word !== 'May';
    const near = text.slice(Math.max(0, (m.index ?? 0) - 3), (m.index ?? 0) + m[0].length + 4);
    if (full || /\d/.test(near)) q.months.add(month);
  }
  return q;
}
