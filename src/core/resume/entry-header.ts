import type { DateRange } from './dates.js';
import { findDateRange } from './dates.js';
import { hasOrgCue, hasTitleCue, scoreTitle } from './entry-cues.js';
import { DESCRIPTION, GRADE_RE, WEAK, WHOLE, splitCommas, splitParts, tidy } from './header-parts.js';
import { isPlaceShaped, trailingLocation } from './places.js';
import type { SectionKind } from './types.js';

/**
 * Reads an entry's header lines (e.g. "Google  Mountain View, CA" / "Software Engineer  Oct 2016 –
 * Present") into title, organization, location and dates.
 */

export interface EntryHeader {
  title: string | null;
  organization: string | null;
  location: string | null;
  date: DateRange | null;
  /** Header text that is neither title, organization, location nor date (e.g. "GPA: 3.9", a tech stack). */
  extra: string[];
}

const PLACE_KINDS: ReadonlySet<SectionKind> = new Set(['experience', 'education', 'volunteering', 'leadership']);

/** A place's name (capitalised words, "de"/"upon" between them) that names neither a role nor an organisation. */
function isBareName(text: string, kind: SectionKind): boolean {
  return isPlaceShaped(text) && !hasOrgCue(text) && !hasTitleCue(text) && scoreTitle(text, kind) === 0;
}

/**
 * "Queen's Medical Centre — Nottingham", "Brightlane HR — Austin, TX", "University of Nottingham — Nottingham":
 * a place after the last spaced dash of a cell, when the side before it is the organisation (an organisation
 * word, or a title and an employer split by a comma). The cell without it, and the place; null otherwise.
 */
function placeAfterDash(cell: string, kind: SectionKind): { rest: string; location: string } | null {
  const m = /^(.*\S)\s+[–—]\s+([^–—]+)$/u.exec(cell);
  const left = m?.[1]?.trim();
  const right = m?.[2] === undefined ? undefined : tidy(m[2]);
  if (left === undefined || right === undefined || right.length === 0 || !PLACE_KINDS.has(kind)) return null;
  const pieces = left.split(/\s*,\s+/u);
  const orgBefore = hasOrgCue(left) || (pieces.length >= 2 && pieces.some((p) => scoreTitle(p, kind) > 0));
  if (!orgBefore || hasOrgCue(right)) return null;
  if (isBareName(right, kind)) return { rest: left, location: right };
  const whole = trailingLocation(right);
  return whole !== null && whole.rest === '' ? { rest: left, location: right } : null;
}

export function parseEntryHeader(lines: readonly string[], kind: SectionKind): EntryHeader {
  let date: DateRange | null = null;
  const texts: string[] = [];
  const grades: string[] = [];
  const notes: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\*\*|__/gu, '').replace(GRADE_RE, (m) => {
      grades.push(m.replace(/^[;,|\s]+/u, ''));
      return '\t';
    });
    const found = findDateRange(line);
    const isRange = found !== null && found.start !== found.end;
    if (found !== null && (date === null || (isRange && date.start === date.end))) {
      date = found;
      // Drop the brackets around the dates too: "Server (Sept 2023-June 2026)".
      // "Year of study: 2023-2026": the label before the dates goes with them.
      let before = line
        .slice(0, found.index)
        .replace(/[([]\s*$/u, '')
        .replace(/^[\p{L} ]{2,25}:\s*$/u, '');
      // "Riverside Library (weekends, 2019 - 2021)": the dates closed a bracket opened before them; what
      // else the bracket held is a note, not part of the name.
      const open = before.lastIndexOf('(');
      if (open >= 0 && before.indexOf(')', open) < 0) {
        notes.push(tidy(before.slice(open + 1)));
        before = before.slice(0, open);
      }
      const after = line.slice(found.index + found.text.length).replace(/^\s*[)\]]/u, '');
      texts.push(`${before}\t${after}`);
    } else {
      texts.push(line);
    }
  }
  let location: string | null = null;
  const parts: string[] = [];
  const textTitled = texts.length > 1 ? texts.map((t) => scoreTitle(t, kind) > 0) : [false];
  for (const [at, raw] of texts.entries()) {
    let text = raw;
    if (location === null) {
      const cells = text.split('\t');
      for (const [c, cell] of cells.entries()) {
        const dashed = placeAfterDash(cell, kind);
        if (dashed === null) continue;
        location = dashed.location;
        cells[c] = dashed.rest;
        text = cells.join('\t');
        break;
      }
    }
    const lineParts = splitParts(text, kind);
    const lineScores =
      lineParts.length > 1 ? lineParts.map((p) => scoreTitle(p.replace(WEAK, '').replace(WHOLE, ''), kind)) : [];
    const titledOnOtherLines = textTitled.some((titled, j) => j !== at && titled);
    for (const [k, marked] of lineParts.entries()) {
      // A title side kept whole ("Clinical Pharmacist, Ambulatory Care — Scioto Valley Health") is not split.
      if (marked.startsWith(WHOLE)) {
        parts.push(marked.slice(1));
        continue;
      }
      const titledElsewhere = titledOnOtherLines || lineScores.some((s, j) => j !== k && s > 0);
      // A weak organisation candidate ("— Saffron Cloud, Dubai") may still end in its place.
      const weak = marked.startsWith(WEAK) ? WEAK : '';
      const part = marked.slice(weak.length);
      const loc: { location: string; rest: string } | null = location === null ? trailingLocation(part) : null;
      if (loc !== null) {
        location = loc.location;
        if (loc.rest.length > 0) parts.push(...splitCommas(`${weak}${tidy(loc.rest)}`, kind, titledElsewhere));
      } else {
        parts.push(...splitCommas(marked, kind, titledElsewhere));
      }
    }
  }
  const cleaned = parts.map(tidy).filter((p) => /[\p{L}\d]/u.test(p));
  // A project's description goes with the entry's lines, after its name.
  const descriptions = cleaned.filter((p) => p.startsWith(DESCRIPTION)).map((p) => tidy(p.slice(1)));
  const named = cleaned.filter((p) => !p.startsWith(DESCRIPTION));
  const isWeak = named.map((p) => p.startsWith(WEAK));
  const texts2 = named.map((p) => p.replace(WEAK, ''));
  const scores = texts2.map((p) => scoreTitle(p, kind));
  // The strongest role cue wins; on a tie, the part that shared a line with the dates.
  let titleAt = -1;
  scores.forEach((s, i) => {
    if (s > 0 && (titleAt < 0 || s > (scores[titleAt] ?? 0))) titleAt = i;
  });
  // A project is named first; job words in its description ("a volunteer scheduler") do not make a title.
  if (kind === 'projects' && texts2.length > 0) titleAt = 0;
  const orgAt = scores.findIndex((s, i) => s < 0 && i !== titleAt);
  let title: string | null = titleAt >= 0 ? (texts2[titleAt] ?? null) : null;
  let organization: string | null = orgAt >= 0 ? (texts2[orgAt] ?? null) : null;
  const restIdx = texts2.map((_, i) => i).filter((i) => i !== titleAt && i !== orgAt);
  if (title === null && restIdx.length > 0) title = texts2[restIdx.shift() ?? 0] ?? null;
  if (
    organization === null &&
    restIdx.length > 0 &&
    (kind === 'experience' || kind === 'education' || kind === 'volunteering' || kind === 'leadership')
  ) {
    const strongAt = restIdx.findIndex((i) => !isWeak[i]);
    const pick = restIdx.splice(Math.max(strongAt, 0), 1)[0];
    organization = pick === undefined ? null : (texts2[pick] ?? null);
  }
  // "Care Assistant, Willow Court Care Home, Hull": a bare name after the organisation, the header's last part,
  // is where it was (a city compromise does not know: Dunedin, Derby, Hull).
  const lastIdx = restIdx[restIdx.length - 1];
  if (
    location === null &&
    organization !== null &&
    lastIdx !== undefined &&
    lastIdx === texts2.length - 1 &&
    lastIdx > Math.max(orgAt, titleAt) &&
    !isWeak[lastIdx] &&
    PLACE_KINDS.has(kind) &&
    isBareName(texts2[lastIdx] ?? '', kind)
  ) {
    location = texts2[lastIdx] ?? null;
    restIdx.pop();
  }
  const rest = restIdx.map((i) => texts2[i] ?? '');
  return {
    title,
    organization,
    location,
    date,
    extra: [...grades, ...rest, ...notes.filter((n) => n.length > 0), ...descriptions],
  };
}
