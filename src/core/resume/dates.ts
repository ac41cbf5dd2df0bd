/**
 * Date ranges as people write them on resumes: "Jan 2020", "January 2020", "01/2020", "2020-01",
 * "Spring 2021", "2019 – Present", "Jan. '20", "Sept 2019 - Current", "2018–2020", "06.2019", "2018-19".
 * Values are normalised to YYYY or YYYY-MM, and "present" for an open end.
 */

export interface DateRange {
  /** YYYY or YYYY-MM, null when only an end is known (e.g. "Expected May 2025"). */
  start: string | null;
  /** YYYY, YYYY-MM or "present"; equal to start for a single date. */
  end: string | null;
  /** The matched text, verbatim. */
  text: string;
  /** Offset of `text` in the searched line. */
  index: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const YEAR4 = String.raw`(?:19|20)\d{2}`;
const YEAR = String.raw`(?:${YEAR4}|['’‘]\d{2})`;
const SEASON = `(?:spring|summer|fall|autumn|winter)s?`;
// English, then German, Spanish, Portuguese, French and Chinese ("heute", "actualidad", "atual", "aujourd'hui", "至今").
const PRESENT = String.raw`(?:present|current(?:ly)?|now|today|ongoing|actual|till\s+date|to\s+date|date|(?:bis\s+)?heute|aktuell|derzeit|actualidad|actualmente|presente|hoy|atual(?:mente)?|aujourd['’]hui|pr[ée]sent|en\s+cours|至今|现在|今)`;

/** One date, alternatives ordered so the most specific wins at a given position. */
const SINGLE = [
  String.raw`(?<mname>${MONTH})\.?,?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?(?<myear>${YEAR})`,
  String.raw`(?<season>${SEASON})\s*(?<syear>${YEAR})`,
  String.raw`\d{1,2}\s+(?<dmname>${MONTH})\.?,?\s+(?<dmyear>${YEAR4})`,
  String.raw`(?<isoy>${YEAR4})\s*[-/.]\s*(?<isom>0[1-9]|1[0-2])(?:\s*[-/.]\s*\d{1,2})?(?![\d])`,
  String.raw`(?<num>0?[1-9]|1[0-2])\s*[/.\-]\s*(?<numy>${YEAR4})`,
  `(?<year>${YEAR4})`,
].join('|');

const SINGLE_RE = new RegExp(String.raw`(?<![\w\d]|\d[.,/])(?:${SINGLE})(?![\w\d])`, 'giu');
const SEPARATOR_RE = /^\s*(?:[-–—‑‐−~→>]+|to|until|till|through|thru)\s*$/iu;
/** Separator lost in extraction (e.g. a soft hyphen dropped): two dates side by side. */
const BLANK_RE = /^\s+$/u;
const LIST_RE = /^\s*(?:,|and|&)\s*$/iu;
const PRESENT_AFTER_RE = new RegExp(String.raw`^\s*(?:[-–—‑‐−~→>]+|to|until|till)\s*(?<p>${PRESENT})(?![\w])`, 'iu');
const SHORT_YEAR_AFTER_RE = /^\s*[-–—‑‐−~/]\s*(?<yy>\d{2})(?![\d\w])/u;
const SINCE_BEFORE_RE = /(?:since|from)\s*$/iu;

interface Token {
  value: string;
  index: number;
  text: string;
}

function twoDigitYear(yy: string): string {
  const n = Number(yy);
  const currentYy = new Date().getFullYear() % 100;
  return String(n <= currentYy + 5 ? 2000 + n : 1900 + n);
}

function yearOf(raw: string): string {
  const digits = raw.replace(/['’‘]/gu, '');
  return digits.length === 2 ? twoDigitYear(digits) : digits;
}

function pad(month: number): string {
  return month < 10 ? `0${month}` : String(month);
}

function monthNumber(name: string): number {
  const key = name.toLowerCase();
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)] ?? 1;
}

function tokenValue(groups: Record<string, string | undefined>): string | null {
  if (groups.mname && groups.myear) return `${yearOf(groups.myear)}-${pad(monthNumber(groups.mname))}`;
  if (groups.season && groups.syear) return yearOf(groups.syear);
  if (groups.dmname && groups.dmyear) return `${groups.dmyear}-${pad(monthNumber(groups.dmname))}`;
  if (groups.isoy && groups.isom) return `${groups.isoy}-${groups.isom}`;
  if (groups.num && groups.numy) return `${groups.numy}-${pad(Number(groups.num))}`;
  if (groups.year) return groups.year;
  return null;
}

/** Digit groups joined by dashes, slashes or dots: "03-2018-4471", "2016-2019", "12/03/2021". */
const DIGIT_RUN_RE = /\d+(?:[-/.]\d+)+/gu;
const YEAR4_RE = new RegExp(`^${YEAR4}$`, 'u');

/**
 * Spans of digit runs that are codes, not dates: a group of five digits or more, or of three or four digits
 * that is not a year ("license 03-2018-4471", "555-123-4567"). No date is read out of such a run.
 */
function codeSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of line.matchAll(DIGIT_RUN_RE)) {
    const groups = m[0].split(/[-/.]/u);
    if (groups.some((g) => g.length >= 5 || (g.length >= 3 && !YEAR4_RE.test(g)))) {
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}

function tokens(line: string): Token[] {
  const found: Token[] = [];
  const codes = codeSpans(line);
  SINGLE_RE.lastIndex = 0;
  for (let m = SINGLE_RE.exec(line); m !== null; m = SINGLE_RE.exec(line)) {
    const value = tokenValue(m.groups ?? {});
    const at = m.index;
    if (codes.some(([from, to]) => at < to && at + m[0].length > from)) continue;
    if (value !== null) found.push({ value, index: m.index, text: m[0] });
  }
  return found;
}

/** Lines are asked about their dates many times while a resume is read; the answer never changes. */
const cache = new Map<string, DateRange | null>();
const CACHE_LIMIT = 4000;

/**
 * The first date or date range in a line (ranges preferred over lone dates), or null.
 * "Since Aug 2024" → start 2024-08, end present. The result is shared: do not mutate it.
 */
export function findDateRange(line: string): DateRange | null {
  const hit = cache.get(line);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const found = /\d/u.test(line) ? scanDateRange(line) : null;
  cache.set(line, found);
  return found;
}

function scanDateRange(line: string): DateRange | null {
  const toks = tokens(line);
  if (toks.length === 0) return null;
  let best: DateRange | null = null;
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i];
    if (first === undefined) continue;
    let last = first;
    let end: string | null = null;
    let endIndex = first.index + first.text.length;
    let j = i + 1;
    // Chain: first (sep last)* — a range, or a list like "Summer 2012 and 2013".
    for (; j < toks.length; j++) {
      const next = toks[j];
      if (next === undefined) break;
      const between = line.slice(endIndex, next.index);
      const isRange = SEPARATOR_RE.test(between) || (BLANK_RE.test(between) && between.length <= 3);
      if (!isRange && !LIST_RE.test(between)) break;
      last = next;
      end = next.value;
      endIndex = next.index + next.text.length;
    }
    const rest = line.slice(endIndex);
    const present = PRESENT_AFTER_RE.exec(rest);
    if (present !== null) {
      end = 'present';
      endIndex += present[0].length;
    } else if (end === null && /^\d{4}$/u.test(first.value)) {
      const shortYear = SHORT_YEAR_AFTER_RE.exec(rest);
      if (shortYear?.groups?.yy !== undefined) {
        end = `${first.value.slice(0, 2)}${shortYear.groups.yy}`;
        endIndex += shortYear[0].length;
      }
    }
    let start: string | null = first.value;
    let index = first.index;
    const before = line.slice(0, first.index);
    const since = SINCE_BEFORE_RE.exec(before);
    if (end === null && since !== null) {
      end = 'present';
      index = since.index;
    } else if (end === null) {
      end = first.value;
    }
    if (/expected|graduat|completion|completed/iu.test(before.slice(-30)) && last === first && end === first.value) {
      start = null;
    }
    const candidate: DateRange = { start, end, text: line.slice(index, endIndex), index };
    const isRange = candidate.start !== candidate.end;
    if (isRange) return candidate;
    best ??= candidate;
    i = j - 1;
  }
  return best;
}

/** A length of time written after dates: LinkedIn's "· 4 yrs 11 mos", "(2 years 3 months)", "· 10 mos". */
const DURATION_RE =
  /[·•(]?\s*\b\d{1,2}\s*(?:years?|yrs?|months?|mos?)\b(?:\s*,?\s*\d{1,2}\s*(?:months?|mos?)\b)?\s*\)?/giu;

/** The text with durations taken out (they are part of the dates, not words of a title). */
export function withoutDuration(text: string): string {
  return text.replace(DURATION_RE, ' ').replace(/\s+/gu, ' ').trim();
}

/** True when the whole string is a date or date range (plus light punctuation). */
export function isDateOnly(text: string): boolean {
  const range = findDateRange(text);
  if (range === null) return false;
  const rest = withoutDuration(text.slice(0, range.index) + ' ' + text.slice(range.index + range.text.length)).replace(
    /[\s()[\],|:;•·–—-]/gu,
    '',
  );
  return rest.length === 0 || /^(?:expected|graduated|graduation|since|from)$/iu.test(rest);
}
