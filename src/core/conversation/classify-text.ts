/**
 * Cheap guesses about a plain message: is it a pasted resume (→ check it), a pasted job description
 * (→ keep it for tailoring), or a question? Conservative: when unsure, it is a question.
 */
import { spacedWordCount } from '../text/words.js';

const RESUME_HEADINGS =
  /^\s*(?:#+\s*)?(experience|work experience|professional experience|employment(?: history)?|education|skills|technical skills|projects|summary|profile|objective|certifications|publications|awards)\s*:?\s*$/im;
const DATE_RANGE =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:(?:19|20)\d{2}|present|current|now)\b/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const JD_MARKERS =
  /\b(responsibilities|requirements|qualifications|what you(?:'|’)ll do|you will|we are looking for|we're looking for|about the role|about the job|about us|nice to have|must have|benefits|the ideal candidate|job description|apply)\b/gi;

function nonEmptyLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** Pasted text after "/check" shorter than this is not a resume (e.g. "/check my resume please"). */
const MIN_PASTED_WORDS = 25;

/** Whether the text given with /check is long enough to be a pasted resume rather than a request in words. */
export function isPastedResume(text: string): boolean {
  return spacedWordCount(text) >= MIN_PASTED_WORDS;
}

function resumeSignals(text: string): number {
  let headings = 0;
  for (const line of nonEmptyLines(text)) if (RESUME_HEADINGS.test(line)) headings += 1;
  return Math.min(headings, 3) + (DATE_RANGE.test(text) ? 1 : 0) + (EMAIL.test(text) ? 1 : 0);
}

function jdSignals(text: string): number {
  return new Set((text.match(JD_MARKERS) ?? []).map((m) => m.toLowerCase())).size;
}

/** A long multi-line message with resume headings, date ranges or contact details. */
export function looksLikeResume(text: string): boolean {
  if (nonEmptyLines(text).length < 6 || spacedWordCount(text) < 60) return false;
  const resume = resumeSignals(text);
  return resume >= 3 && resume > jdSignals(text);
}

/** A long multi-line message written like a job ad (responsibilities, requirements, "you will" …). */
export function looksLikeJobDescription(text: string): boolean {
  if (nonEmptyLines(text).length < 4 || spacedWordCount(text) < 50) return false;
  const jd = jdSignals(text);
  return jd >= 2 && jd > resumeSignals(text);
}
