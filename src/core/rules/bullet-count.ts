import type { Finding, Rule } from './types.js';
import { byRecency } from './support/dates.js';
import { makeFinding } from './support/scope.js';

export const MIN_BULLETS = 3;
export const MAX_BULLETS = 6;
/** Too few bullets matters on the most recent roles only; older roles are often kept short on purpose. */
export const RECENT_ROLES = 2;

export const bulletCount: Rule = {
  id: 'bullet-count',
  description: `A role with more than ${MAX_BULLETS} bullets, or one of the two most recent roles with fewer than ${MIN_BULLETS}.`,
  why: 'Three to six bullets per role is enough to show range without burying the best result; a recent role with one line looks thin.',
  label: 'Number of bullets',
  askedAs: ['bullet count'],
  check({ resume }) {
    const out: Finding[] = [];
    // The most recent roles by date, wherever they sit on the page.
    const roles = resume.sections.flatMap((s) => (s.kind === 'experience' ? s.entries : []));
    const recent = new Set(byRecency(roles, (e) => e).slice(0, RECENT_ROLES));
    resume.sections.forEach((section, sectionIndex) => {
      if (section.kind !== 'experience') return;
      section.entries.forEach((entry, entryIndex) => {
        const n = entry.bullets.length;
        const label = entry.title ?? entry.organization ?? entry.dateText;
        // A role written as a paragraph (lines, no bullets) is left to the parser's view of it.
        if (n === 0 && entry.lines.length > 0) return;
        if (n > MAX_BULLETS) {
          out.push(
            makeFinding(
              'bullet-count',
              {
                severity: 'low',
                message: `${n} bullets for one role: the strongest ones get lost among the rest.`,
                evidence: label,
                suggestion: `Keep the ${MAX_BULLETS} with the clearest results and merge or drop the others.`,
              },
              { sectionIndex, entryIndex },
            ),
          );
        } else if (n < MIN_BULLETS && recent.has(entry)) {
          out.push(
            makeFinding(
              'bullet-count',
              {
                severity: 'low',
                message:
                  n === 0
                    ? 'This recent role has no bullets: a reader cannot tell what you did there.'
                    : `Only ${n} bullet${n === 1 ? '' : 's'} for a recent role: it reads as thin next to the others.`,
                evidence: label,
                suggestion: `Aim for ${MIN_BULLETS}–${MAX_BULLETS} bullets: what you built or owned, a result with a number, and how.`,
              },
              { sectionIndex, entryIndex },
            ),
          );
        }
      });
    });
    return out;
  },
};
