/**
 * Years of experience from the entries' dates, honestly: paid work only (study, research, teaching-
 * assistant and student entries are not years of experience), overlapping intervals merged, end dates
 * honoured.
 */
import type { EntryView, ReportView } from './view.js';

export const NOT_A_JOB =
  /\b(student|teaching assistant|research assistant|graduate assistant|\bta\b|tutor|volunteer|thesis|coursework)\b/i;
const INTERN = /\b(intern|internship|co-?op|trainee|apprentice|summer)\b/i;

function month(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  if (value === 'present') return now.getUTCFullYear() * 12 + now.getUTCMonth();
  const m = value.match(/^(\d{4})(?:-(\d{2}))?/);
  if (!m) return null;
  return Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0);
}

export interface Interval {
  start: number;
  end: number;
  entry: EntryView;
}

export function jobIntervals(report: ReportView, now: Date): Interval[] {
  const out: Interval[] = [];
  for (const s of report.sections) {
    if (s.kind !== 'experience') continue;
    for (const e of s.entries ?? []) {
      const start = month(e.start, now);
      if (start === null) continue;
      const end = month(e.end, now) ?? start;
      if (end < start) continue;
      out.push({ start, end: end + 1, entry: e });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function isJob(e: EntryView): boolean {
  return !NOT_A_JOB.test(`${e.title ?? ''} ${e.organization ?? ''}`);
}

/** Months of professional work (internships count only as what they were: months). */
export function experienceMonths(report: ReportView, now: Date = new Date()): number {
  const jobs = jobIntervals(report, now).filter((i) => isJob(i.entry));
  let total = 0;
  let end = -Infinity;
  let start = -Infinity;
  for (const i of jobs) {
    if (i.start > end) {
      if (end > start) total += end - start;
      start = i.start;
      end = i.end;
    } else end = Math.max(end, i.end);
  }
  if (end > start) total += end - start;
  return total;
}

/** Whole years of professional experience (rounded down; 0 for less than a year). */
export function experienceYears(report: ReportView, now: Date = new Date()): number {
  return Math.floor(experienceMonths(report, now) / 12);
}

export function onlyInternships(report: ReportView, now: Date = new Date()): boolean {
  const jobs = jobIntervals(report, now).filter((i) => isJob(i.entry));
  return jobs.length > 0 && jobs.every((i) => INTERN.test(i.entry.title ?? '') || i.end - i.start <= 4);
}

export interface Gap {
  from: number;
  to: number;
  /** The entry before and after the gap (after is null for a gap up to now). */
  before: EntryView;
  after: EntryView | null;
}

/** Gaps of 6 months or more between jobs, and since the last job ended. */
export function employmentGaps(report: ReportView, now: Date = new Date()): Gap[] {
  const jobs = jobIntervals(report, now);
  const gaps: Gap[] = [];
  let reach: Interval | null = null;
  for (const i of jobs) {
    if (reach && i.start - reach.end >= 6)
      gaps.push({ from: reach.end, to: i.start, before: reach.entry, after: i.entry });
    if (!reach || i.end > reach.end) reach = i;
  }
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (reach && nowMonth - reach.end >= 6)
    gaps.push({ from: reach.end, to: nowMonth, before: reach.entry, after: null });
  return gaps;
}

/** Education entries that cover most of a gap (study between jobs is not a gap to explain). */
export function studyDuring(report: ReportView, gap: Gap, now: Date = new Date()): EntryView[] {
  const out: EntryView[] = [];
  for (const s of report.sections) {
    if (s.kind !== 'education') continue;
    for (const e of s.entries ?? []) {
      const start = month(e.start, now);
      if (start === null) continue;
      // A year-only end ("2022") runs to that year's end.
      const end = (month(e.end, now) ?? start) + (/^\d{4}$/.test(e.end ?? '') ? 12 : 1);
      const covered = Math.min(end, gap.to) - Math.max(start, gap.from);
      if (covered >= Math.min(6, (gap.to - gap.from) / 2)) out.push(e);
    }
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthName(m: number): string {
  return `${MONTHS[m % 12]} ${Math.floor(m / 12)}`;
}
