import type { Finding, Rule } from './types.js';
import type { Entry } from '../resume/types.js';
import { makeFinding } from './support/scope.js';
import { compareDates, isPresent, parseModelDate, type DateValue } from './support/dates.js';

/** When a role ended: "present" sorts after every date. */
function endOf(entry: Entry): DateValue | 'present' | null {
  if (isPresent(entry.end)) return 'present';
  return parseModelDate(entry.end) ?? (entry.end === null ? parseModelDate(entry.start) : null);
}

function newer(a: DateValue | 'present', b: DateValue | 'present'): boolean {
  if (a === 'present') return b !== 'present';
  if (b === 'present') return false;
  return compareDates(a, b) > 0;
}

export const reverseChronological: Rule = {
  id: 'reverse-chronological',
  description: 'Roles not listed newest first.',
  why: 'Reviewers expect your most recent role first and judge you by it; an older role on top hides where you are now.',
  label: 'Order of roles',
  askedAs: ['reverse chronological'],
  check({ resume }) {
    const out: Finding[] = [];
    resume.sections.forEach((section, sectionIndex) => {
      if (section.kind !== 'experience') return;
      let prev: { end: DateValue | 'present'; start: DateValue | null } | null = null;
      for (const [entryIndex, entry] of section.entries.entries()) {
        const end = endOf(entry);
        if (!end) continue;
        const start = parseModelDate(entry.start);
        // Newer on both ends: a long-running side role that started earlier may sit below a newer job.
        const startedLater = !start || !prev?.start || compareDates(start, prev.start) > 0;
        if (prev && newer(end, prev.end) && startedLater) {
          out.push(
            makeFinding(
              'reverse-chronological',
              {
                severity: 'medium',
                message: 'This role is more recent than the one listed above it: roles should run newest first.',
                evidence: entry.dateText ?? entry.title ?? entry.organization,
                suggestion: 'Reorder the roles so the current or latest one comes first.',
              },
              { sectionIndex, entryIndex },
            ),
          );
          break;
        }
        prev = { end, start };
      }
    });
    return out;
  },
};
