import nlp from 'compromise';
import { hasOrgCue, scoreTitle, TITLE_CUES } from './entry-cues.js';
import { REGION_RE } from './place-names.js';
import type { SectionKind } from './types.js';

/** Splitting an entry's header lines into parts (title, organisation, dates, grades) before they are named. */

/**
 * "; GPA: 3.9", "CGPA 8.2/10", "3.73 GPA", "Percentage: 81%": grades go to the entry's extra lines. "Grade 2" before
 * a capitalised word is a pay grade in the title ("Grade 2 Physiotherapist").
 */
export const GRADE_RE =
  /[;,|]?\s*(?:\b(?:c?gpa|percentage|score)\b\s*:?\s*[\d.]+(?:\s*\/\s*[\d.]+)?%?|\bgrade\b(?:\s*:\s*[\d.]+(?:\s*\/\s*[\d.]+)?%?|\s+[\d.]+(?:\s*\/\s*[\d.]+)?%?(?!\s+\p{Lu}\p{Ll}))|\b[\d.]+(?:\s*\/\s*[\d.]+)?\s*(?:c?gpa)\b)/giu;

/** Marks a weak organisation candidate inside the parts list. */
export const WEAK = '\u0000';
/** Marks a project's description inside the parts list: never its title or organisation. */
export const DESCRIPTION = '\u0001';
/** Marks a part that is not split further at its commas (two titles before a dash). */
export const WHOLE = '\u0002';

/** Ways of working written in brackets after a title: "(Contract)", "(Part-time)", not the employer. */
const WORK_MODE_RE =
  /^(?:contract|contractor|freelance|part[- ]time|full[- ]time|temporary|temp|locum|permanent|fixed[- ]term|seasonal|remote|hybrid|on[- ]site|internship|placement|volunteer|voluntary|maternity cover|night shift|bank|agency|self[- ]employed)$/iu;

/**
 * "Head Gardener (Fellside House & Gardens)", "Physiotherapist (Bellarine Sports Physio)": a title with its
 * employer in brackets. The employer is a name (two capitalised words or an organisation word, no digits), not
 * a way of working ("(Contract)") or a note ("(FIFO 8/6)", "(telehealth)").
 */
function titleWithEmployer(cell: string, kind: SectionKind): [string, string] | null {
  if (!WORK_KINDS.has(kind)) return null;
  const m = /^([^(),]+?)\s*\(([^()]+)\)$/u.exec(cell);
  const title = m?.[1]?.trim();
  const employer = m?.[2]?.trim();
  if (title === undefined || employer === undefined || scoreTitle(title, kind) <= 0) return null;
  if (/\d/u.test(employer) || WORK_MODE_RE.test(employer) || scoreTitle(employer, kind) > 0) return null;
  const words = employer.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.length > 0 && words.every((w) => /^[\p{Lu}&]/u.test(w) || SMALL_WORD.test(w));
  return capitalised && (words.length >= 2 || hasOrgCue(employer)) ? [title, employer] : null;
}

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
  for (const [cellAt, cell] of cells.entries()) {
    // After a project's name, a cell in lower case is what the project is ("… 2023) — combat systems, enemy AI").
    if (kind === 'projects' && cellAt > 0 && /^\p{Ll}/u.test(cell)) {
      parts.push(`${DESCRIPTION}${cell}`);
      continue;
    }
    const bracketed = titleWithEmployer(cell, kind);
    if (bracketed !== null) {
      parts.push(...bracketed);
      continue;
    }
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
    // A project's "Name — what it is": the name is the title, the rest its description.
    const described = kind === 'projects' ? projectDescription(cell) : null;
    if (described !== null) {
      parts.push(...described);
      continue;
    }
    if (dash?.[1] !== undefined && dash[2] !== undefined) {
      const [a, b] = [dash[1], dash[2]];
      const [sa, sb] = [scoreTitle(a, kind), scoreTitle(b, kind)];
      const strong = (sa > 0 && sb < 0) || (sa < 0 && sb > 0);
      const loose = /[–—]/u.test(cell) && kind !== 'projects' && kind !== 'education' && sa > 0 !== sb > 0;
      if (strong || loose) {
        // The side without a role cue is only a weak organisation candidate ("Lifeguard – Pool"). A title side
        // holding commas names two roles ("Teaching Assistant, Cover Supervisor – Moorside Academy"): kept whole
        // when every comma piece of it names a role or the first does and the rest name no organisation.
        const whole = (side: string, score: number): string =>
          score > 0 && /,/u.test(side) && twoTitles(side, kind) ? `${WHOLE}${side}` : side;
        parts.push(
          loose && !strong ? (sa > 0 ? whole(a, sa) : `${WEAK}${a}`) : whole(a, sa),
          loose && !strong ? (sb > 0 ? whole(b, sb) : `${WEAK}${b}`) : whole(b, sb),
        );
        continue;
      }
    }
    parts.push(cell);
  }
  return parts.map(tidy).filter((p) => p.length > 0);
}

/** "Title, Org" / "Org, City, ST, Title": comma parts, when one of them is clearly a title. */
export function splitCommas(part: string, kind: SectionKind, titledElsewhere = false): string[] {
  const pieces = part.split(/\s*,\s+/u);
  if (pieces.length < 2 || part.startsWith(DESCRIPTION)) return [part];
  const scores = pieces.map((p) => scoreTitle(p, kind));
  const titled = scores.findIndex((s) => s > 0);
  // "Paramedic Program, GateWay Community College": no degree word, but the last piece is the school.
  const schoolAt = scores.length - 1;
  if (kind === 'education' && titled < 0 && scores.findIndex((s) => s < 0) === schoolAt)
    return [pieces.slice(0, schoolAt).join(', '), pieces[schoolAt] ?? ''];
  // "The Olive Tree, Bath" under "Sous Chef": the title on another line, a name, then a bare place name.
  if (titled < 0 && titledElsewhere && namedThenPlace(pieces, kind)) return pieces;
  // One piece names a role and the others do not: "Gilmore Financial, Certified Public Accountant".
  if (titled < 0 || scores.some((s, i) => i !== titled && s > 0)) return [part];
  if (!pieces.every((p) => /^[\p{Lu}\d]/u.test(p))) return describedEmployer(pieces, titled, kind) ? pieces : [part];
  return pieces;
}

const WORK_KINDS: ReadonlySet<SectionKind> = new Set(['experience', 'volunteering', 'leadership']);

/**
 * "Teaching Assistant, Cover Supervisor", "Clinical Pharmacist, Ambulatory Care": the title side of a dash, two
 * comma pieces, the first a role and the second a role or a specialty (no organisation word, no place).
 */
function twoTitles(side: string, kind: SectionKind): boolean {
  const pieces = side.split(/\s*,\s+/u);
  if (pieces.length !== 2 || !WORK_KINDS.has(kind)) return false;
  const [first = '', second = ''] = pieces;
  return scoreTitle(first, kind) > 0 && !hasOrgCue(second) && /^\p{Lu}/u.test(second) && !REGION_RE.test(second);
}

/** A name of two or more words and one or two capitalised words after it that name no role or organisation. */
function namedThenPlace(pieces: readonly string[], kind: SectionKind): boolean {
  const [name, place] = pieces;
  if (pieces.length !== 2 || name === undefined || place === undefined || !WORK_KINDS.has(kind)) return false;
  if (name.split(/\s+/u).length < 2 || !/^\p{Lu}/u.test(name)) return false;
  return (
    /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?$/u.test(place) && scoreTitle(place, kind) === 0 && !hasOrgCue(place)
  );
}

/**
 * "Barista, various cafes" / "Nanny, private family": a role, then the employer described in lower case
 * (a short noun phrase, not the start of a sentence — compromise reads its first word as no verb).
 */
function describedEmployer(pieces: readonly string[], titled: number, kind: SectionKind): boolean {
  const [title, employer] = pieces;
  if (!WORK_KINDS.has(kind) || pieces.length !== 2 || titled !== 0 || title === undefined || employer === undefined)
    return false;
  if (!/^\p{Lu}/u.test(title) || !/^\p{Ll}/u.test(employer) || employer.split(/\s+/u).length > 5) return false;
  const first = (nlp(employer).json() as { terms?: { tags?: string[] }[] }[])[0]?.terms?.[0]?.tags ?? [];
  return !first.includes('Verb') && !first.includes('Preposition') && !first.includes('Conjunction');
}

/** Dashes and pipes that set a project's name apart from its description. */
const NAME_SEPARATOR_RE = /^(.+?)(?:\s+[–—]\s+|\s+-\s+|\s*[–—]\s*(?=\p{Ll}))(.+)$/u;

/**
 * "Bird Song Classifier — a CNN that tags 20 species": a short name in title case, then a description.
 * Null when the line is not shaped so (no separator, a long or lower-case left side).
 */
export function projectDescription(text: string): [string, string] | null {
  const m = NAME_SEPARATOR_RE.exec(text);
  const name = m?.[1]?.trim();
  const rest = m?.[2]?.trim();
  if (name === undefined || rest === undefined || rest.length === 0) return null;
  const words = name.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 6 || !/^[\p{Lu}\d"“]/u.test(name)) return null;
  // "Network Scanner – Port Detection": a subtitle in title case stays part of the name.
  return titleCased(words) && !subtitleCased(rest.split(/\s+/u).filter((w) => /\p{L}/u.test(w)))
    ? [name, `${DESCRIPTION}${rest}`]
    : null;
}

const SMALL_WORD = /^(?:and|of|the|in|at|for|on|to|with|a|an|&)$/u;

function titleCased(words: readonly string[]): boolean {
  const capped = words.filter((w) => /^["“(]?[\p{Lu}\d]/u.test(w) || SMALL_WORD.test(w)).length;
  return words.length > 0 && capped / words.length >= 0.6;
}

/** A subtitle in title case: most words that are neither small words nor numbers start with a capital. */
function subtitleCased(words: readonly string[]): boolean {
  const content = words.filter((w) => !SMALL_WORD.test(w) && !/^\d/u.test(w));
  const capped = content.filter((w) => /^["“(]?\p{Lu}/u.test(w)).length;
  return content.length > 0 && capped / content.length >= 0.6;
}
