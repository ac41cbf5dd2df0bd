import type { Finding, Rule } from './types.js';
import { makeFinding } from './support/scope.js';
import { compareDates, dateStyles, parseModelDate, stylesClash, type DateStyle } from './support/dates.js';

const STYLE_NAMES: Record<DateStyle, string> = {
  'month-abbr': 'short month names (Jan 2020)',
  'month-full': 'full month names (January 2020)',
  'month-any': 'month names',
  'numeric-slash': 'numbers (01/2020)',
  iso: 'ISO dates (2020-01)',
  year: 'years only (2020)',
  apostrophe: "short years ('20)",
  season: 'seasons (Summer 2020)',
};

export const inconsistentDates: Rule = {
  id: 'inconsistent-dates',
  description: 'Date ranges written in mixed formats within a section, or an end date before its start.',
  why: 'Reviewers read dates to follow your career; a reversed range looks like an error and mixed formats look careless.',
  label: 'Dates',
  askedAs: ['inconsistent dates', 'date format'],
  fix: () => 'Use one date format everywhere and check that every end date follows its start',
  check({ resume }) {
    const out: Finding[] = [];
    resume.sections.forEach((section, sectionIndex) => {
      const dated: Array<{ entryIndex: number; dateText: string; styles: DateStyle[] }> = [];
      section.entries.forEach((entry, entryIndex) => {
        const start = parseModelDate(entry.start);
        const end = parseModelDate(entry.end);
        if (start && end && compareDates(end, start) < 0) {
          out.push(
            makeFinding(
              'inconsistent-dates',
              {
                severity: 'medium',
                message: 'This date range ends before it starts.',
                evidence: entry.dateText ?? entry.title ?? null,
                suggestion: 'Check the years and months; write the range as start – end.',
              },
              { sectionIndex, entryIndex },
            ),
          );
        }
        if (entry.dateText) dated.push({ entryIndex, dateText: entry.dateText, styles: dateStyles(entry.dateText) });
      });
      // The section's usual style is the most common one; flag ranges that clash with it.
      const counts = new Map<DateStyle, number>();
      for (const d of dated) for (const s of d.styles) counts.set(s, (counts.get(s) ?? 0) + 1);
      const ranked = [...counts.entries()].sort(
        (a, b) =>
          b[1] - a[1] ||
          dated.findIndex((d) => d.styles.includes(a[0])) - dated.findIndex((d) => d.styles.includes(b[0])),
      );
      const main = ranked[0]?.[0];
      if (!main) return;
      for (const d of dated) {
        const odd = d.styles.find((s) => stylesClash(s, main));
        if (!odd) continue;
        out.push(
          makeFinding(
            'inconsistent-dates',
            {
              severity: 'low',
              message: `Dates in this section are mostly written as ${STYLE_NAMES[main]}, but this one uses ${STYLE_NAMES[odd]}.`,
              evidence: d.dateText,
              suggestion: `Write every date the same way, e.g. as ${STYLE_NAMES[main]}.`,
            },
            { sectionIndex, entryIndex: d.entryIndex },
          ),
        );
      }
    });
    return out;
  },
};
