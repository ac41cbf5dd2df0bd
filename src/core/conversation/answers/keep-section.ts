/** "do I need both degrees listed", "should I keep my summary": keep or drop a whole section, said first. */
import type { ReportView } from './view.js';
import { sectionName } from './view.js';

export function keepSectionText(report: ReportView, index: number): string | null {
  const s = report.sections[index];
  if (!s) return null;
  const name = sectionName(s);
  const entries = (s.entries ?? []).length;
  // Student-time placements and coursework: worth a section while they are the experience, not after.
  if (/\b(placements?|practicums?|rotations?|clerkships?|coursework|modules)\b/i.test(s.heading ?? ''))
    return `${name} earns a section while you are newly qualified; once you have a few years of work in the field, cut it to one line under your degree (or drop it) and let your jobs carry the evidence. Keep a placement only if it is the one area your jobs do not show and the job asks for it.`;
  switch (s.kind) {
    case 'education':
      return entries >= 2
        ? `Keep ${entries === 2 ? 'both entries' : `all ${entries} entries`} in ${name}: each degree on one line (degree, school, year), the highest or most recent first. Drop a school-level line once you have a degree, and cut coursework and grades once you have worked a few years.`
        : `Keep ${name}: one line (degree or program, school, year) is enough once you have work to show.`;
    case 'summary':
      return `Keep ${name} only if it says something the rest of the page does not: your target role and your best result, in two or three lines. A generic one is better cut.`;
    case 'skills':
      return `Keep ${name}: reviewers and ATS filters look for it. Keep only what you would be happy to be interviewed on, grouped by kind.`;
    case 'interests':
      return `${name} is the first section to cut when space is tight; keep it only if an interest shows something the job values.`;
    case 'publications':
    case 'awards':
    case 'certifications':
      return `Keep ${name}: it is evidence others vouched for. One line per item, most relevant first.`;
    default:
      return `Keep ${name} if it shows something the job needs that your other sections do not; otherwise it is the one to cut when space is tight.`;
  }
}
