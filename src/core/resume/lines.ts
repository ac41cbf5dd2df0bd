import type { LineFacts } from '../extract/line-facts.js';
import { cleanCharacters, dropSoftHyphens, isPageMarker } from '../text/clean.js';
import { collapseLetterSpacing } from '../text/letter-spacing.js';

/**
 * Turns extracted text into classified lines: bullet glyphs recognised and stripped, letter-spaced
 * words collapsed, page furniture (page markers, "Page 1 of 2", lone page numbers) dropped.
 */

export interface Line {
  /** Index of the line in the parsed line list. */
  index: number;
  /** The line after clean-up, glyph included, trimmed. */
  raw: string;
  /** The line without its bullet glyph, trimmed. Column gaps (tabs, 3+ spaces) kept as a tab. */
  text: string;
  /** True when the line started with a bullet glyph (or "-"/"*" used as one). */
  bullet: boolean;
  /** A blank line (or page break) came right before this one. */
  blankBefore: boolean;
  /** Layout facts from extraction (font, size, position, gap), when the format has them. */
  facts: LineFacts | null;
}

/** Glyphs that start a bullet on their own, with or without a following space. */
const GLYPHS = '•◦▪‣∗●○■□►▶▸▹➔➢➤✓✔❖◆◇♦→»⁃⦿⦾∙·◉★☆✦✧➜➣➥⮚⚬';
const GLYPH_RE = new RegExp(
  `^[${GLYPHS}\\u2043\\u25AA\\u25AB\\u25CF\\u25E6\\uF0B7\\uF0A7\\uF0D8\\uF076\\uF0FC]+\\s*`,
  'u',
);
/** ASCII/dash markers: need a space after them, or an upper-case letter ("-Citizen of"). */
const DASH_RE = /^(?:--?|[-–—*+])(?:\s+|(?=[A-Z]))/u;
/** A lone page number ("2"): page furniture once it stands on its own line. */
const PAGE_NUMBER_RE = /^\d{1,2}$/u;
/** Horizontal rules and Markdown underlines: "-----", "=====", "___", "***". */
const RULE_RE = /^(?:[-=_*~.·•─━]\s?){3,}$/u;
function isLetterSpaced(text: string): boolean {
  const parts = text.trim().split(/\s+/u);
  return parts.length >= 4 && parts.filter((p) => [...p].length === 1).length / parts.length >= 0.8;
}

/** Light, idempotent clean-up of a line; extraction already did most of this. */
export function cleanLine(line: string): string {
  let s = dropSoftHyphens(cleanCharacters(line, ''));
  // Dot leaders ("Acme Co. . . . . . . Tehran") are a column gap.
  s = s
    .replace(/\u00A0/gu, ' ')
    .replace(/(?:\s?\.){4,}\s*/gu, '\t')
    .replace(/[ ]{3,}/gu, '\t')
    .replace(/\s*\t\s*/gu, '\t');
  s = s.trim();
  if (isLetterSpaced(s)) s = collapseLetterSpacing(s).replace(/ {2,}/gu, ' ');
  return s;
}

/** The glyph a bullet line starts with ("•", "◦", "-"), or null for a line without one. */
export function bulletGlyph(line: Line): string | null {
  if (!line.bullet) return null;
  return line.raw.slice(0, line.raw.length - line.text.length).trim() || line.raw.charAt(0);
}

/**
 * A line framed by the same marks on both sides ("— Experience —", "== SKILLS ==", "~ Education ~", "■ Skills ■"):
 * a decorated heading in pasted text, not a bullet. Its text is the words between the marks.
 */
const FRAMED_RE = /^([-–—=~*#■◆●•·|]{1,4})\s*(\p{L}.{0,58}?)\s*([-–—=~*#■◆●•·|]{1,4})$/u;

export function stripBullet(raw: string): { text: string; bullet: boolean } {
  const framed = FRAMED_RE.exec(raw);
  if (framed?.[2] !== undefined && framed[1]?.charAt(0) === framed[3]?.charAt(0) && !/[.!?]$/u.test(framed[2]))
    return { text: framed[2], bullet: false };
  const glyph = GLYPH_RE.exec(raw);
  if (glyph !== null) return { text: raw.slice(glyph[0].length).trim(), bullet: true };
  const dash = DASH_RE.exec(raw);
  // "- 2019" or "-5%" are not bullets; a dash before a word is.
  if (dash !== null && /^[\p{L}"“(]/u.test(raw.slice(dash[0].length))) {
    return { text: raw.slice(dash[0].length).trim(), bullet: true };
  }
  return { text: raw, bullet: false };
}

/** Lines repeated on every page (running headers/footers): same text once digits are removed. */
function runningFurniture(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = line.replace(/\d+/gu, '#').toLowerCase();
    if (key.length < 6) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const furniture = new Set<string>();
  for (const [key, n] of counts) {
    if (n >= 2 && /#/u.test(key) && /(?:resume|résumé|cv|curriculum|page|file:\/\/)/iu.test(key)) furniture.add(key);
  }
  return furniture;
}

/** "March 4, 2026  Jane Roe · Curriculum Vitae 1": a page footer naming the document. */
const FOOTER_RE = /(?:résumé|resume|curriculum vitae|\bcv)\s*\d{0,3}$/iu;

function isFooter(line: string): boolean {
  return (
    line.length <= 90 && FOOTER_RE.test(line.slice(-24)) && /[·∙|•]/u.test(line) && line.split(/\s+/u).length <= 10
  );
}

/**
 * An icon font read as a letter ("f Contributed to …" on every bullet): a single character other
 * than a word ("a", "I") opening at least three lines acts as a bullet glyph.
 */
function iconBulletChars(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const m = /^(\S) \p{Lu}/u.exec(line);
    if (m?.[1] !== undefined && !/^[aAI&\d]$/u.test(m[1]) && line.length >= 30)
      counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([c]) => c));
}

/** Real resume lines are short; cutting longer ones bounds the cost of every regex that follows. */
const MAX_LINE = 1000;

function chunk(line: string): string[] {
  if (line.length <= MAX_LINE) return [line];
  const parts: string[] = [];
  for (let rest = line; rest.length > 0; ) {
    let cut = rest.length <= MAX_LINE ? rest.length : rest.lastIndexOf(' ', MAX_LINE);
    if (cut <= 0) cut = Math.min(MAX_LINE, rest.length);
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  return parts;
}

/**
 * `facts[i]`, when given, describes line i of `text` (ExtractResult.lineFacts); each parsed line keeps the
 * facts of the text line it came from.
 */
export function toLines(text: string, facts: readonly (LineFacts | null)[] = []): Line[] {
  const sourceFacts: (LineFacts | null)[] = [];
  const rawLines = text.split(/\r\n|\r|\n/u).flatMap((line, i) => {
    const parts = chunk(line);
    for (const _ of parts) sourceFacts.push(facts[i] ?? null);
    return parts.map(cleanLine);
  });
  const icons = iconBulletChars(rawLines);
  const furniture = runningFurniture(rawLines);
  const lines: Line[] = [];
  let blankBefore = false;
  for (const [at, raw] of rawLines.entries()) {
    if (
      raw.length === 0 ||
      RULE_RE.test(raw) ||
      isPageMarker(raw) ||
      PAGE_NUMBER_RE.test(raw) ||
      isFooter(raw) ||
      furniture.has(raw.replace(/\d+/gu, '#').toLowerCase())
    ) {
      blankBefore = true;
      continue;
    }
    const icon = icons.size > 0 && /^\S /u.test(raw) && icons.has(raw.charAt(0));
    const { text, bullet } = icon ? { text: raw.slice(2).trim(), bullet: true } : stripBullet(raw);
    if (text.length === 0 && bullet) {
      blankBefore = true;
      continue; // an empty bullet
    }
    lines.push({ index: lines.length, raw, text, bullet, blankBefore, facts: sourceFacts[at] ?? null });
    blankBefore = false;
  }
  return lines;
}
