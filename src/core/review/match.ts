/**
 * Tailoring: which terms of a job description the resume shows. Terms come from jd-terms.ts (the tech
 * dictionary with its acronyms and expansions, every role profile's vocabulary, and the posting's noun
 * phrases and names), so a retail, nursing or marketing posting is read as well as a software one. Terms
 * under a "nice to have"/"preferred" heading, or in a sentence marked "a plus", are optional; everything
 * else counts as required.
 */
import type { Resume } from '../resume/types.js';
import type { JobMatch } from '../report/schema.js';
import { hasTechTerm, TECH_TERMS, type TechTerm } from '../text/tech-terms.js';
import { termPattern } from '../text/terms.js';
import { hasJobTerm, type JobTerm, jobTermsIn } from './jd-terms.js';

/** A term repeated more often than this reads as keyword stuffing. */
export const STUFFING_THRESHOLD = 4;

const PREFERRED_HEADING =
  /\b(nice[\s-]to[\s-]haves?|preferred|bonus|pluses|a plus|desirable|good to have|optional|extra credit)\b/i;
const REQUIRED_HEADING =
  /\b(requirements?|required|must[\s-]haves?|qualifications|what you('|’)?ll (need|bring)|responsibilities|about you|you have|skills)\b/i;

function isHeading(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= 60 &&
    (/:$/.test(trimmed) || /^#+\s/.test(trimmed) || (trimmed.split(/\s+/).length <= 6 && !/[.,;]$/.test(trimmed)))
  );
}

/** Splits a job description into required and preferred text by its headings. */
export function splitJobDescription(text: string): { required: string; preferred: string } {
  const required: string[] = [];
  const preferred: string[] = [];
  let mode: 'required' | 'preferred' = 'required';
  for (const line of text.split(/\r?\n/)) {
    if (isHeading(line)) {
      if (PREFERRED_HEADING.test(line)) mode = 'preferred';
      else if (REQUIRED_HEADING.test(line)) mode = 'required';
    }
    if (mode === 'preferred' || isHeading(line)) {
      (mode === 'preferred' ? preferred : required).push(line);
      continue;
    }
    // An inline marker ("Kafka is a plus") moves just that sentence (a one-line posting has several).
    for (const sentence of line.split(/(?<=[.!?;])\s+/))
      (PREFERRED_HEADING.test(sentence) ? preferred : required).push(sentence);
  }
  return { required: required.join('\n'), preferred: preferred.join('\n') };
}

function ranges(text: string, pattern: RegExp): [number, number][] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)].map((m) => [m.index, m.index + m[0].length]);
}

/** Occurrences of a term in each of its spellings; overlapping spellings ("REST", "REST API") count once. */
export function countTechTerm(text: string, term: TechTerm): number {
  const found = [
    ...term.aliases.flatMap((a) => ranges(text, termPattern(a))),
    ...(term.cs ?? []).flatMap((a) => ranges(text, termPattern(a, { caseSensitive: true }))),
    ...(term.patterns ?? []).flatMap((p) => ranges(text, p)),
  ].sort((a, b) => a[0] - b[0]);
  let count = 0;
  let end = -1;
  for (const [s, e] of found) {
    if (s >= end) count += 1;
    end = Math.max(end, e);
  }
  return count;
}

/** The dictionary terms a text mentions, in dictionary order. */
export function techTermsIn(text: string): TechTerm[] {
  return TECH_TERMS.filter((term) => hasTechTerm(text, term));
}

function evidenceText(resume: Resume): string {
  const lines: string[] = [];
  for (const s of resume.sections) {
    if (s.kind === 'skills') continue;
    for (const e of s.entries) lines.push(...e.bullets, ...e.lines);
    if (s.kind === 'summary') lines.push(...s.lines);
  }
  return lines.join('\n');
}

function skillsText(resume: Resume): string {
  return resume.sections
    .filter((s) => s.kind === 'skills')
    .flatMap((s) => [...s.lines, ...s.items])
    .join('\n');
}

export function matchJobDescription(jobDescription: string, resume: Resume): JobMatch {
  const { required, preferred } = splitJobDescription(jobDescription);
  const requiredTerms = jobTermsIn(required);
  const requiredNames = new Set(requiredTerms.map((t) => t.name.toLowerCase()));
  const preferredTerms = jobTermsIn(preferred).filter((p) => !requiredNames.has(p.name.toLowerCase()));
  const all = [...requiredTerms, ...preferredTerms];

  const shown = new Set(all.filter((term) => hasJobTerm(resume.text, term)));
  const inResume = (term: JobTerm): boolean => shown.has(term);
  const bullets = evidenceText(resume);
  const skills = skillsText(resume);

  const found = requiredTerms.filter(inResume).map((x) => x.name);
  const missing = requiredTerms.filter((x) => !inResume(x)).map((x) => x.name);
  const base = requiredTerms.length > 0 ? requiredTerms : preferredTerms;
  const baseFound = base.filter(inResume).length;
  return {
    terms: all.length,
    found,
    missing,
    preferred: {
      found: preferredTerms.filter(inResume).map((x) => x.name),
      missing: preferredTerms.filter((x) => !inResume(x)).map((x) => x.name),
    },
    skillsOnly: all.filter((x) => hasJobTerm(skills, x) && !hasJobTerm(bullets, x)).map((x) => x.name),
    stuffed: all
      .map((x) => ({ term: x.name, count: countTechTerm(resume.text, x) }))
      .filter((x) => x.count > STUFFING_THRESHOLD),
    percent: base.length > 0 ? Math.round((100 * baseFound) / base.length) : 0,
  };
}
