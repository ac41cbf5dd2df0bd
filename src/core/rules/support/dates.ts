/** Entry dates: comparable values, the written format of a date range, and years of experience. */
import type { Entry, Resume } from '../../resume/types.js';

export interface DateValue {
  year: number;
  /** 1–12, or null when only the year is known. */
  month: number | null;
}

/** Parses the model's "YYYY" / "YYYY-MM"; "present" → null here (see isPresent). */
export function parseModelDate(value: string | null): DateValue | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{1,2}))?$/.exec(value.trim());
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : null;
  return { year: Number(m[1]), month: month !== null && month >= 1 && month <= 12 ? month : null };
}

export function isPresent(value: string | null): boolean {
  return value !== null && /^(present|current|now|today|ongoing)$/i.test(value.trim());
}

/** -1 / 0 / 1, or null when the two cannot be ordered at the precision both carry. */
export function compareDates(a: DateValue, b: DateValue): -1 | 0 | 1 {
  if (a.year !== b.year) return a.year < b.year ? -1 : 1;
  if (a.month === null || b.month === null || a.month === b.month) return 0;
  return a.month < b.month ? -1 : 1;
}

export function toMonths(d: DateValue, endOfYear = false): number {
  return d.year * 12 + (d.month ?? (endOfYear ? 12 : 1)) - 1;
}

/** How a single date is written: used to spot mixed formats. */
export type DateStyle =
  | 'month-abbr'
  | 'month-full'
  | 'month-any'
  | 'numeric-slash'
  | 'iso'
  | 'year'
  | 'apostrophe'
  | 'season';

const FULL = /\b(january|february|march|april|august|september|october|november|december)\b/i;
const ABBR = /\b(jan|feb|mar|apr|aug|sep|sept|oct|nov|dec)\b\.?/i;
const ANY_MONTH = /\b(may|june|july|jun|jul)\b/i;

/** The style of each date in a range as written ("Jan 2020 – Mar 2021" → two styles). */
export function dateStyles(dateText: string): DateStyle[] {
  const parts = dateText
    .split(/\s*(?:[–—]|\s-\s|-(?=\s*[A-Za-z])|\bto\b|\btill\b|\buntil\b)\s*/i)
    .filter((p) => /\d/.test(p));
  const out: DateStyle[] = [];
  for (const p of parts) {
    if (/\b(spring|summer|fall|autumn|winter)s?\b/i.test(p)) out.push('season');
    else if (/\b\d{1,2}\/\d{2,4}\b|\b\d{4}\/\d{1,2}\b/.test(p)) out.push('numeric-slash');
    else if (/\b\d{4}-\d{2}\b/.test(p)) out.push('iso');
    else if (/['’]\d{2}\b/.test(p)) out.push('apostrophe');
    else if (FULL.test(p)) out.push('month-full');
    else if (ABBR.test(p)) out.push('month-abbr');
    else if (ANY_MONTH.test(p)) out.push('month-any');
    else if (/\b(19|20)\d{2}\b/.test(p)) out.push('year');
  }
  return out;
}

/** Two styles clash unless one is a month name that reads the same in both spellings ("May"). */
export function stylesClash(a: DateStyle, b: DateStyle): boolean {
  if (a === b || a === 'season' || b === 'season') return false;
  const named = (s: DateStyle): boolean => s === 'month-abbr' || s === 'month-full' || s === 'month-any';
  if (named(a) && named(b)) return a !== 'month-any' && b !== 'month-any';
  return true;
}

/** Months of experience across experience entries, overlaps merged; null when no entry is dated. */
export function experienceMonths(resume: Resume, now: Date): number | null {
  const ranges: Array<[number, number]> = [];
  const nowMonths = now.getUTCFullYear() * 12 + now.getUTCMonth();
  for (const section of resume.sections) {
    if (section.kind !== 'experience') continue;
    for (const entry of section.entries) {
      const r = entryRange(entry, nowMonths);
      if (r) ranges.push(r);
    }
  }
  if (ranges.length === 0) return null;
  ranges.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [curStart, curEnd] = ranges[0] ?? [0, 0];
  for (const [s, e] of ranges.slice(1)) {
    if (s <= curEnd) curEnd = Math.max(curEnd, e);
    else {
      total += curEnd - curStart;
      curStart = s;
      curEnd = e;
    }
  }
  total += curEnd - curStart;
  return total;
}

function entryRange(entry: Entry, nowMonths: number): [number, number] | null {
  const start = parseModelDate(entry.start);
  if (!start) return null;
  const end = isPresent(entry.end) ? null : parseModelDate(entry.end);
  const s = toMonths(start);
  const e = end ? toMonths(end, true) + 1 : isPresent(entry.end) ? nowMonths : s + (start.month === null ? 12 : 1);
  return e > s ? [s, e] : null;
}

/** An entry's dates as the model writes them ("2021-03", "present"); views may leave them out. */
export interface Dated {
  start?: string | null;
  end?: string | null;
}

/** When an entry ended, for ordering by recency: a current role is the most recent; undated entries sort last. */
function recencyOf(d: Dated): number | null {
  if (isPresent(d.end ?? null)) return Number.POSITIVE_INFINITY;
  const end = parseModelDate(d.end ?? null) ?? parseModelDate(d.start ?? null);
  return end ? toMonths(end, true) : null;
}

/**
 * Items most recent first, by their entry's dates (current roles first, then by end, then by start); undated ones
 * keep their place after the dated ones. "Your recent role" means this order, not the order on the page.
 */
export function byRecency<T>(items: readonly T[], dates: (item: T) => Dated): T[] {
  const start = (d: Dated): number => {
    const v = parseModelDate(d.start ?? null);
    return v ? toMonths(v) : Number.NEGATIVE_INFINITY;
  };
  return items
    .map((item, i) => ({ item, i, d: dates(item), r: recencyOf(dates(item)) }))
    .sort((a, b) => {
      if (a.r === null || b.r === null) return a.r === null && b.r === null ? a.i - b.i : a.r === null ? 1 : -1;
      return b.r - a.r || start(b.d) - start(a.d) || a.i - b.i;
    })
    .map((x) => x.item);
}
