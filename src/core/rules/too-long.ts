import type { Rule, RuleContext } from './types.js';
import type { Resume } from '../resume/types.js';
import { makeFinding } from './support/scope.js';
import { experienceMonths } from './support/dates.js';
import { wordCount } from '../text/words.js';

/** Words that fill a page of a typical resume layout (used when the page count is unknown: text, DOCX). */
export const WORDS_PER_PAGE = 650;
/** Under this much experience, one page is the norm. */
export const EARLY_CAREER_MONTHS = 36;

export function isEarlyCareer(resume: Resume, now: Date): boolean {
  const months = experienceMonths(resume, now);
  if (months !== null) return months < EARLY_CAREER_MONTHS;
  const entries = resume.sections.filter((s) => s.kind === 'experience').reduce((n, s) => n + s.entries.length, 0);
  return entries <= 1;
}

function pageCount(resume: Resume): { pages: number; estimated: boolean } {
  if (resume.source.pages !== null && resume.source.pages > 0) return { pages: resume.source.pages, estimated: false };
  const words = resume.source.words > 0 ? resume.source.words : wordCount(resume.text);
  return { pages: words / WORDS_PER_PAGE, estimated: true };
}

export const tooLong: Rule = {
  id: 'too-long',
  description: 'Over two pages, or over one page for an early-career resume (under three years of experience).',
  why: 'Reviewers spend seconds on a first pass; extra pages push your best lines out of sight.',
  label: 'Resume too long',
  askedAs: [],
  fix: (f) => f[0]?.message ?? 'Cut the resume to the length reviewers expect',
  check(ctx: RuleContext) {
    const { resume } = ctx;
    const now = ctx.now ?? new Date();
    const early = isEarlyCareer(resume, now);
    const limit = early ? 1 : 2;
    const { pages, estimated } = pageCount(resume);
    if (pages <= limit) return [];
    const size = estimated ? `about ${Math.ceil(pages)} pages of text` : `${pages} pages`;
    return [
      makeFinding(
        'too-long',
        {
          severity: 'medium',
          message: early
            ? `The resume runs to ${size}; with under three years of experience, one page is expected.`
            : `The resume runs to ${size}; two pages is the usual limit.`,
          evidence: null,
          suggestion: `Cut to ${limit} page${limit > 1 ? 's' : ''}: drop old or unrelated roles to a line each, keep 3–6 bullets for recent roles, and remove bullets with no result.`,
        },
        { sectionIndex: null },
      ),
    ];
  },
};
