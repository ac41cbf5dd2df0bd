import type { LineFacts } from '../extract/line-facts.js';
import { findDateRange } from './dates.js';
import { kindNamedBy } from './headings.js';
import type { Line } from './lines.js';
import { isContactData, wordCount } from './prose.js';
import type { SectionKind } from './types.js';

/**
 * Headings by typography: a document sets its section headings in one style (font, size, capitals) at one
 * indentation, apart from the body text. The headings found by their words are the anchors; another short
 * line in an anchor's style, at an anchor's indentation and with body text under it, is a heading too,
 * whatever its words (mapped to a kind by them where possible, else `other`).
 */

export interface TypographicHeading {
  kind: SectionKind;
  heading: string;
}

/**
 * Font, size (to half a point) and capitals: what "the same style" means. A DOCX paragraph has a font (its
 * block: Heading 2, paragraph) and weight but no size: its key says the size is unknown.
 */
function styleKey(f: LineFacts): string | null {
  if (f.font === null || (f.size === null && f.x !== null)) return null;
  const size = f.size === null ? '?' : Math.round(f.size * 2) / 2;
  return `${f.font}|${size}|${f.caps ? 'C' : 'c'}${f.bold === true ? '|b' : ''}`;
}

/** The style most characters are set in. */
function bodyStyle(lines: readonly Line[]): string | null {
  const chars = new Map<string, number>();
  for (const line of lines) {
    const key = line.facts ? styleKey(line.facts) : null;
    if (key !== null) chars.set(key, (chars.get(key) ?? 0) + line.text.length);
  }
  let best: string | null = null;
  let most = 0;
  for (const [key, n] of chars) {
    if (n > most) {
      best = key;
      most = n;
    }
  }
  return best;
}

/** A DOCX paragraph in a heading style (its block is h1…h6): no positions, the style named by the author. */
function isHeadingBlockStyle(facts: LineFacts | undefined): boolean {
  return facts !== undefined && facts.x === null && facts.font !== null && /^h[1-6]$/u.test(facts.font);
}

const MAX_WORDS = 6;
const MAX_CHARS = 48;

/** Short, no sentence end, not contact data or a date: could be a heading whatever its words. */
function isShortLabel(text: string): boolean {
  if (text.length < 3 || text.length > MAX_CHARS || wordCount(text) > MAX_WORDS) return false;
  if (!/\p{L}{2}/u.test(text) || /[.,;!?]$/u.test(text) || /^[\p{Ll}]/u.test(text)) return false;
  if (isContactData(text) || findDateRange(text) !== null || /\d{3}/u.test(text)) return false;
  return true;
}

interface Anchor {
  line: Line;
  facts: LineFacts;
}

const near = (a: number | null, b: number | null, tolerance: number): boolean =>
  a !== null && b !== null && Math.abs(a - b) <= tolerance;

/** Same indentation as an anchor of its style, or centred like them (when they are not all at one indentation). */
function alignedWith(facts: LineFacts, anchors: readonly Anchor[]): boolean {
  // No positions at all (DOCX): indentation cannot tell them apart.
  if (facts.x === null && anchors.every((a) => a.facts.x === null)) return true;
  const xs = anchors.map((a) => a.facts.x).filter((x): x is number => x !== null);
  const oneIndent = xs.length > 0 && Math.max(...xs) - Math.min(...xs) <= 3;
  return anchors.some(
    (a) =>
      near(a.facts.x, facts.x, 3) ||
      (!oneIndent &&
        a.facts.x !== null &&
        a.facts.width !== null &&
        facts.x !== null &&
        facts.width !== null &&
        Math.abs(a.facts.x + a.facts.width / 2 - (facts.x + facts.width / 2)) <= 4),
  );
}

export interface TypographyVerdict {
  /** Lines that are headings by their style alone. */
  added: Map<number, TypographicHeading>;
  /** Anchors set in the same distinct style as at least one other heading (typography agrees). */
  confirmed: Set<number>;
  /** Headings the typography overrules: sub-headings in a smaller style, shape-only headings in no heading style. */
  dropped: Set<number>;
}

/**
 * `anchorIndexes`: headings found by their words; `accepted`: those plus headings found by shape alone
 * (kept only when set in an anchor's style).
 */
export function typographicHeadings(
  lines: readonly Line[],
  anchorIndexes: ReadonlySet<number>,
  accepted: ReadonlySet<number> = anchorIndexes,
): TypographyVerdict {
  const found = new Map<number, TypographicHeading>();
  const confirmed = new Set<number>();
  const dropped = new Set<number>();
  const body = bodyStyle(lines);
  const byStyle = new Map<string, Anchor[]>();
  for (const index of anchorIndexes) {
    const line = lines[index];
    const key = line?.facts ? styleKey(line.facts) : null;
    if (!line?.facts || key === null || key === body) continue;
    const list = byStyle.get(key) ?? [];
    list.push({ line, facts: line.facts });
    byStyle.set(key, list);
  }
  if (byStyle.size === 0) return { added: found, confirmed, dropped };
  for (const index of accepted) {
    const facts = lines[index]?.facts;
    const key = facts ? styleKey(facts) : null;
    if (!anchorIndexes.has(index) && key !== null && !byStyle.has(key)) dropped.add(index);
  }
  // Headings start below the header block: after its contact data (a first section whose heading has unknown
  // words, "Care Work" over the jobs), else at the first word-heading.
  const firstAnchor = Math.min(...anchorIndexes);
  const contactAbove = lines.filter((l) => l.index < firstAnchor && isContactData(l.text)).map((l) => l.index);
  const start = contactAbove.length > 0 ? Math.max(...contactAbove) + 1 : firstAnchor;
  for (const [key, anchors] of byStyle) {
    const minGap = Math.min(...anchors.map((a) => a.facts.gapAbove ?? Infinity));
    const picks: Array<[number, { kind: SectionKind | null; heading: string }]> = [];
    let sameStyleOthers = 0;
    for (const line of lines) {
      if (anchorIndexes.has(line.index) || !line.facts || styleKey(line.facts) !== key) continue;
      // Only lines at the headings' indentation compete with them (indented bold sub-labels do not).
      if (!alignedWith(line.facts, anchors)) continue;
      sameStyleOthers++;
      if (accepted.has(line.index)) continue;
      if (line.index < start || line.bullet || !isShortLabel(line.text)) continue;
      // Set apart like the anchors: a gap at least most of theirs (when theirs are known).
      const gap = line.facts.gapAbove;
      if (Number.isFinite(minGap) && minGap > 1.2 && gap !== null && gap < 0.8 * minGap) continue;
      // Body text under it: the next line is in another style, or indented (a sub-label of the section).
      const next = lines[line.index + 1];
      if (next === undefined) continue;
      // (An entry header in the same bold face, dates and all, is body text under a heading.)
      const nextSame =
        next.facts !== null && styleKey(next.facts) === key && !next.bullet && alignedWith(next.facts, anchors);
      if (nextSame && findDateRange(next.text) === null) continue;
      picks.push([line.index, { kind: kindNamedBy(line.text), heading: line.text }]);
    }
    // A style used at the headings' indentation for much more than headings (job titles in bold) is not a
    // heading style; and when more
    // lines of no known words share it than there are anchors, those are entries, not sections.
    if (sameStyleOthers > 2 * anchors.length + 2) continue;
    const unnamed = picks.filter(([, h]) => h.kind === null).length;
    // A word processor's own heading style (DOCX "Heading 2") says heading whatever the words; other styles
    // (bold, a size) are shared with entry titles, so unnamed lines may not outnumber the anchors.
    const keepUnnamed = isHeadingBlockStyle(anchors[0]?.facts) || unnamed <= Math.max(2, anchors.length);
    let kept = 0;
    for (const [index, h] of picks) {
      if (h.kind === null && !keepUnnamed) continue;
      found.set(index, { kind: h.kind ?? 'other', heading: h.heading });
      kept++;
    }
    if (anchors.length + kept >= 2) for (const a of anchors) confirmed.add(a.line.index);
    if (anchors.length + picks.length >= 2) for (const a of anchors) confirmed.add(a.line.index);
  }
  for (const index of subHeadings(lines, [...anchorIndexes, ...found.keys()])) {
    dropped.add(index);
    found.delete(index);
    confirmed.delete(index);
  }
  return { added: found, confirmed, dropped };
}

/**
 * Two heading styles, one nested in the other: when a heading in a bigger style is directly followed by one in
 * a smaller style ("SKILLS" / "LANGUAGES"), every heading in the smaller style is a sub-heading.
 */
function subHeadings(lines: readonly Line[], headings: readonly number[]): number[] {
  const styleAt = new Map<number, { key: string; size: number }>();
  for (const index of headings) {
    const facts = lines[index]?.facts;
    const key = facts ? styleKey(facts) : null;
    if (facts?.size != null && key !== null) styleAt.set(index, { key, size: facts.size });
  }
  const count = (key: string): number => [...styleAt.values()].filter((s) => s.key === key).length;
  const minor = new Set<string>();
  for (const [index, style] of styleAt) {
    const next = styleAt.get(index + 1);
    if (next !== undefined && next.key !== style.key && next.size < style.size - 0.5 && count(style.key) >= 2)
      minor.add(next.key);
  }
  return [...styleAt].filter(([, s]) => minor.has(s.key)).map(([i]) => i);
}

/** The style most word-headings share, when at least two do and it is not the body's. */
function mainHeadingStyle(
  lines: readonly Line[],
  anchorIndexes: ReadonlySet<number>,
  body: string | null,
): { key: string; n: number; font: string; size: number } | null {
  const byStyle = new Map<string, { n: number; font: string; size: number }>();
  for (const index of anchorIndexes) {
    const facts = lines[index]?.facts;
    const key = facts ? styleKey(facts) : null;
    if (!facts || key === null || key === body || facts.size === null || facts.font === null) continue;
    const s = byStyle.get(key) ?? { n: 0, font: facts.font, size: facts.size };
    s.n += 1;
    byStyle.set(key, s);
  }
  let main: { key: string; n: number; font: string; size: number } | null = null;
  for (const [key, s] of byStyle) if (s.n >= 2 && (main === null || s.n > main.n)) main = { key, ...s };
  return main;
}

function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

/**
 * Word-headings written in another case than the other headings ("Fähigkeiten" among ALL CAPS ones), which
 * the words alone would take for sub-labels: headings after all when set in the headings' font and size,
 * bigger than the headings and set apart by a gap, or at the headings' indentation, bigger than the body text
 * and set apart by at least the headings' usual gap (a last section set smaller than the others).
 */
export function headingsInOtherCase(
  lines: readonly Line[],
  anchorIndexes: ReadonlySet<number>,
  candidates: Iterable<number>,
): Set<number> {
  const out = new Set<number>();
  const body = bodyStyle(lines);
  const main = mainHeadingStyle(lines, anchorIndexes, body);
  if (main === null) return out;
  const bodySize = Number(body?.split('|')[1] ?? Number.NaN);
  const anchors = [...anchorIndexes]
    .map((i) => lines[i]?.facts)
    .filter((f): f is LineFacts => f != null && styleKey(f) === main.key);
  const usualGap = median(anchors.map((f) => f.gapAbove).filter((g): g is number => g !== null));
  for (const index of candidates) {
    const line = lines[index];
    const facts = line?.facts;
    if (!line || line.bullet || !facts || facts.size === null) continue;
    const sameFace = facts.font === main.font && Math.abs(facts.size - main.size) <= 0.5;
    const bigger = facts.size >= main.size + 1 && (facts.gapAbove ?? 0) >= 1.5;
    const apart =
      usualGap !== null &&
      usualGap >= 1.5 &&
      facts.size >= bodySize + 1 &&
      (facts.gapAbove ?? 0) >= usualGap &&
      anchors.some((a) => near(a.x, facts.x, 5));
    if (sameFace || bigger || apart) out.add(index);
  }
  return out;
}

/** How a heading candidate sits on its line (sections.ts): alone, run into prose, or glued to the next text. */
export type HeadingMode = 'line' | 'run-in' | 'glued';

/**
 * Candidates whose words name a section but whose typography says body text, in a document whose headings
 * have a style of their own (at least two word-headings share a style other than the body's):
 * - a whole line in exactly the body style ("Project Management" in a list of skills);
 * - a line that continues the one right above it, in the same style at the usual line gap ("PACIFYLABS
 *   INTEGRATED" / "TECHNOLOGIES"), when that line is not a heading (or is one of these);
 * - a heading glued to other text on a row set smaller than the headings (a table row "SOFT SKILLS  ORG  2022":
 *   a line's size is its largest, so a real heading glued to a date keeps the heading size).
 * Run-in labels ("Summary: I build …") are body-styled by nature and never judged here.
 */
export function bodyStyledHeadings(
  lines: readonly Line[],
  anchorIndexes: ReadonlySet<number>,
  candidates: ReadonlyMap<number, HeadingMode>,
): Set<number> {
  const out = new Set<number>();
  const body = bodyStyle(lines);
  if (body === null) return out;
  const main = mainHeadingStyle(lines, anchorIndexes, body);
  if (main === null) return out;
  for (const [index, mode] of [...candidates].sort((a, b) => a[0] - b[0])) {
    const facts = lines[index]?.facts;
    const key = facts ? styleKey(facts) : null;
    if (!facts || key === null || facts.size === null || key === main.key || mode === 'run-in') continue;
    if (mode === 'glued') {
      if (facts.size < main.size - 0.5) out.add(index);
      continue;
    }
    const prev = lines[index - 1];
    const continues =
      prev?.facts != null &&
      !prev.bullet &&
      (!candidates.has(index - 1) || out.has(index - 1)) &&
      prev.facts.page === facts.page &&
      styleKey(prev.facts) === key &&
      facts.gapAbove !== null &&
      facts.gapAbove <= 1.15;
    if (key === body || continues) out.add(index);
  }
  return out;
}
