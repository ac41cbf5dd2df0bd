import { findDateRange } from './dates.js';
import { hasOrgCue } from './entry-cues.js';
import { headingStyle, isHeadingShaped, kindNamedBy, type HeadingStyle } from './headings.js';
import type { Line } from './lines.js';
import { isContactData, wordCount } from './prose.js';
import type { TypographicHeading } from './typography.js';

/**
 * Heading evidence for text without layout facts (pasted text, Markdown): a document that sets its headings
 * apart with a blank line above them, in one case and punctuation (ALL CAPS, Title Case, a trailing colon),
 * uses that pattern for its other headings too, whatever their words. This is the plain-text counterpart of
 * typography.ts: the blank line plays the gap, capitals and colon play the font.
 */

export interface TextHeadingVerdict {
  /** Lines that are headings by the pattern alone (kind from their words, else `other`). */
  added: Map<number, TypographicHeading>;
  /** Word-headings in another case than the others, set apart like the others: headings after all. */
  otherCase: Set<number>;
  /** Word-headings set apart like the others (a coursework heading under Education is then its own section). */
  styled: Set<number>;
}

const MAX_WORDS = 5;

/** Most word-headings have a blank line above them, and blank lines do not stand between every line. */
function blankLinePattern(lines: readonly Line[], anchors: readonly Line[]): boolean {
  if (anchors.length < 2) return false;
  const apart = anchors.filter((l) => l.blankBefore).length;
  const blanks = lines.filter((l) => l.blankBefore).length;
  return apart >= 0.6 * anchors.length && blanks <= 0.5 * lines.length;
}

/** The case and colon most word-headings share; null where they split evenly. */
function commonStyle(anchors: readonly Line[]): { caps: boolean | null; colon: boolean | null } {
  const styles = anchors.map((l) => headingStyle(l.text));
  const vote = (pick: (s: HeadingStyle) => boolean): boolean | null => {
    const yes = styles.filter(pick).length;
    const no = styles.length - yes;
    return yes === no ? null : yes > no;
  };
  return { caps: vote((s) => s.caps), colon: vote((s) => s.colon) };
}

/**
 * A line on its own after a blank line, with body text right under it. A heading named by its words may also
 * have a blank line under it ("Research" / blank / the first post): its words vouch for it.
 */
function standsAlone(lines: readonly Line[], line: Line, gapBelowAllowed = false): boolean {
  const next = lines[line.index + 1];
  return line.blankBefore && !line.bullet && next !== undefined && (gapBelowAllowed || !next.blankBefore);
}

/**
 * An entry's first line: a line opening with its dates right under it, or one line further down in the same
 * block (LinkedIn's paste: title / company / "Jan 2021 - Present · 4 yrs" / place / text).
 */
function datedBelow(lines: readonly Line[], index: number): boolean {
  for (let i = index + 1; i <= index + 2; i++) {
    const l = lines[i];
    if (l === undefined || (i > index + 1 && l.blankBefore)) return false;
    if (findDateRange(l.text)?.index === 0) return true;
  }
  return false;
}

/** A short dated line that is not a sentence: an entry's header ("Staff Nurse    2021 – present"). */
function datedHeaderLine(line: Line): boolean {
  return !line.bullet && wordCount(line.text) <= 12 && !/[.!?]$/u.test(line.text) && findDateRange(line.text) !== null;
}

/**
 * `anchorIndexes`: whole-line headings found by their words; `otherCase`: word-headings rejected for their
 * case; `taken`: every line already a heading. Called (by sections.ts) only for documents with no layout facts.
 */
export function plainTextHeadings(
  lines: readonly Line[],
  anchorIndexes: ReadonlySet<number>,
  otherCase: Iterable<number>,
  taken: ReadonlySet<number>,
): TextHeadingVerdict {
  const verdict: TextHeadingVerdict = { added: new Map(), otherCase: new Set(), styled: new Set() };
  const at = (indexes: Iterable<number>): Line[] =>
    [...indexes].map((i) => lines[i]).filter((l): l is Line => l !== undefined);
  const anchors = at(anchorIndexes);
  const otherCaseLines = at(otherCase);
  // The pattern is judged over every word-heading, whatever its case (a sidebar pasted after the body may
  // have its own case and no blank lines).
  if (!blankLinePattern(lines, [...anchors, ...otherCaseLines])) return verdict;
  const style = commonStyle(anchors);
  const inStyle = (text: string): boolean => {
    const s = headingStyle(text);
    return (style.caps === null || s.caps === style.caps) && (style.colon === null || s.colon === style.colon);
  };
  for (const a of anchors) if (standsAlone(lines, a) && inStyle(a.text)) verdict.styled.add(a.index);
  for (const line of otherCaseLines) if (standsAlone(lines, line, true)) verdict.otherCase.add(line.index);
  // Headings by the pattern: below the header block's contact data (or the first word-heading), short, in the
  // headings' case, not an entry line (no date on it or right under it).
  const firstAnchor = Math.min(...anchorIndexes);
  const contactBefore = lines.filter((l) => l.index < firstAnchor && isContactData(l.text)).map((l) => l.index);
  const start = contactBefore.length > 0 ? Math.max(...contactBefore) + 1 : firstAnchor;
  const picks: Array<[number, TypographicHeading & { named: boolean }]> = [];
  for (const line of lines) {
    if (line.index < start || taken.has(line.index) || !standsAlone(lines, line)) continue;
    const text = line.text.replace(/:$/u, '').trim();
    if (!isHeadingShaped(line.text) || wordCount(text) > MAX_WORDS || !inStyle(line.text)) continue;
    const next = lines[line.index + 1];
    if (next === undefined || findDateRange(line.text) !== null || datedBelow(lines, line.index)) continue;
    const kind = kindNamedBy(text);
    // "Queen's Medical Centre — Nottingham" over "Staff Nurse    2021 – present": words that name no section,
    // naming an organisation or a place after a dash, over a dated header line are the entry's employer line.
    if (kind === null && datedHeaderLine(next) && (hasOrgCue(text) || /\S\s+[–—]\s+\S/u.test(text))) continue;
    picks.push([line.index, { kind: kind ?? 'other', heading: line.text, named: kind !== null }]);
  }
  // More unnamed lines in the pattern than headings by words: entries set apart by blank lines, not sections.
  const unnamed = picks.filter(([, h]) => !h.named).length;
  const keepUnnamed = unnamed <= Math.max(2, anchors.length);
  for (const [index, h] of picks) {
    if (!h.named && !keepUnnamed) continue;
    verdict.added.set(index, { kind: h.kind, heading: h.heading });
  }
  return verdict;
}
