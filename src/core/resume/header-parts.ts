import { scoreTitle, TITLE_CUES } from './entry-cues.js';
import type { SectionKind } from './types.js';

/** Splitting an entry's header lines into parts (title, organisation, dates, grades) before they are named. */

/** "; GPA: 3.9", "CGPA 8.2/10", "3.73 GPA", "Percentage: 81%": grades go to the entry's extra lines. */
export const GRADE_RE =
  /[;,|]?\s*(?:\b(?:c?gpa|grade|percentage|score)\b\s*:?\s*[\d.]+(?:\s*\/\s*[\d.]+)?%?|\b[\d.]+(?:\s*\/\s*[\d.]+)?\s*(?:c?gpa)\b)/giu;

/** Marks a weak organisation candidate inside the parts list. */
export const WEAK = '\u0000';

export function tidy(text: string): string {
  return (
    text
      .replace(/\(\s*\)|\[\s*\]/gu, ' ')
      .replace(/~?\s*\d+(?:\.\d+)?\s*(?:years?|yrs?|months?|mos?)\b/giu, ' ')
      .replace(/\bclass of\s*$/iu, '')
      .replace(/\b(?:expected|graduated|graduation|since|from|completed in|completed)\s*:?\s*$/iu, '')
      .replace(/^[\s|•·,;:–—\-(/]+|[\s|•·,;:–—\-(/]+$/gu, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is WEAK, our own marker; cleaned lines never hold it
      .replace(/^\u0000[\s|•·,;:–—\-(/]+/u, WEAK)
      .replace(/\s{2,}/gu, ' ')
      .trim()
  );
}

/** Splits one header line into its parts: column gaps, pipes, " at ", ": ", and dashes between a title and an org. */
export function splitParts(line: string, kind: SectionKind): string[] {
  const cells = line
    .split(/\t|\s+\|\s+|\s+[•·]\s+/u)
    .map(tidy)
    .filter((p) => p.length > 0);
  const parts: string[] = [];
  for (const cell of cells) {
    const at = /^(.+?)\s+(?:at|@)\s+(.+)$/u.exec(cell);
    if (at?.[1] !== undefined && at[2] !== undefined && kind !== 'education' && TITLE_CUES.test(at[1])) {
      parts.push(at[1], at[2]);
      continue;
    }
    const colon = /^(.+?):\s+(.+)$/u.exec(cell);
    if (
      colon?.[1] !== undefined &&
      colon[2] !== undefined &&
      !/^(?:gpa|cgpa|grade|tech|technologies|stack|tools|skills|major|minor|courses?|coursework)$/iu.test(
        colon[1].trim(),
      )
    ) {
      parts.push(colon[1], colon[2]);
      continue;
    }
    // "Org — Title": an en/em dash splits when exactly one side names a role; a spaced hyphen needs an org on the other side.
    const dash = /^(.+?)(?:\s*[–—]\s*|\s+-\s+)(.+)$/u.exec(cell);
    if (dash?.[1] !== undefined && dash[2] !== undefined) {
      const [a, b] = [dash[1], dash[2]];
      const [sa, sb] = [scoreTitle(a, kind), scoreTitle(b, kind)];
      const strong = (sa > 0 && sb < 0) || (sa < 0 && sb > 0);
      const loose = /[–—]/u.test(cell) && kind !== 'projects' && kind !== 'education' && sa > 0 !== sb > 0;
      if (strong || loose) {
        // The side without a role cue is only a weak organisation candidate ("Lifeguard – Pool").
        parts.push(
          loose && !strong ? (sa > 0 ? a : `${WEAK}${a}`) : a,
          loose && !strong ? (sb > 0 ? b : `${WEAK}${b}`) : b,
        );
        continue;
      }
    }
    parts.push(cell);
  }
  return parts.map(tidy).filter((p) => p.length > 0);
}

/** "Title, Org" / "Org, City, ST, Title": comma parts, when one of them is clearly a title. */
export function splitCommas(part: string, kind: SectionKind): string[] {
  const pieces = part.split(/\s*,\s+/u);
  if (pieces.length < 2) return [part];
  const scores = pieces.map((p) => scoreTitle(p, kind));
  const titled = scores.findIndex((s) => s > 0);
  // One piece names a role and the others do not: "Gilmore Financial, Certified Public Accountant".
  if (titled < 0 || scores.some((s, i) => i !== titled && s > 0)) return [part];
  if (!pieces.every((p) => /^[\p{Lu}\d]/u.test(p))) return [part];
  return pieces;
}
