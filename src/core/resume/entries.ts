import { findDateRange } from './dates.js';
import { parseEntryHeader } from './entry-header.js';
import type { Line } from './lines.js';
import { fullLineLength, wordCount } from './prose.js';
import type { Entry, SectionKind } from './types.js';

/** Kinds whose bodies are made of entries (a role, a project, a degree). */
export const ENTRY_KINDS: ReadonlySet<SectionKind> = new Set(['experience', 'projects', 'education', 'volunteering', 'leadership']);

const MAX_HEADER_LINES = 3;
/** Lines ending a sentence or a label: the next line does not continue them. */
const CLOSED_RE = /[.!?:;]["”')]?$/u;

function startsLower(text: string): boolean {
  return /^[\p{Ll}(&,/+]/u.test(text);
}

function capitalisedRatio(text: string): number {
  const words = text.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return 0;
  const small = /^(?:and|of|the|in|at|for|on|to|with|a|an|&|de|la|y)$/u;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w) || small.test(w)).length;
  return caps / words.length;
}

interface Ctx {
  lines: readonly Line[];
  full: number;
}

function hasDate(line: Line | undefined): boolean {
  return line !== undefined && findDateRange(line.text) !== null;
}

/** Could this non-bullet line be (part of) an entry header? */
function headerShaped(line: Line): boolean {
  const t = line.text;
  if (line.bullet || startsLower(t)) return false;
  if (hasDate(line)) return wordCount(t) <= 20;
  return wordCount(t) <= 12 && !/[.!?]$/u.test(t) && capitalisedRatio(t) >= 0.5;
}

/** A header-shaped line is a header when a bullet or a dated line follows within the header block. */
function isHeader(ctx: Ctx, i: number): boolean {
  const line = ctx.lines[i];
  if (line === undefined || !headerShaped(line)) return false;
  if (hasDate(line)) return true;
  for (let k = i + 1; k <= i + MAX_HEADER_LINES && k < ctx.lines.length; k++) {
    const next = ctx.lines[k];
    if (next === undefined) break;
    if (next.bullet) return true;
    if (!headerShaped(next)) return ctx.lines.length <= 2 || k > i + 1;
    if (hasDate(next)) return true;
  }
  return false;
}

/** sb2nov-style "• Google  Mountain View, CA" followed by "Software Engineer  Oct 2016 – Present". */
function isBulletHeader(ctx: Ctx, i: number): boolean {
  const line = ctx.lines[i];
  const next = ctx.lines[i + 1];
  return line !== undefined && line.bullet && next !== undefined && !next.bullet && hasDate(next) && headerShaped(next) && wordCount(line.text) <= 10 && !/[.!?]$/u.test(line.text) && !hasDate(line);
}

/** A non-bullet line that carries on the previous body line (a wrapped bullet or sentence). */
function continues(ctx: Ctx, prev: Line | undefined, line: Line): boolean {
  if (prev === undefined) return false;
  if (startsLower(line.text)) return true;
  if (hasDate(line) && headerShaped(line)) return false;
  const prevOpen = !CLOSED_RE.test(prev.text);
  return prevOpen && prev.text.length >= 0.7 * ctx.full && !line.blankBefore;
}

function emptyEntry(): Entry {
  return { title: null, organization: null, location: null, start: null, end: null, dateText: null, bullets: [], lines: [] };
}

interface Draft {
  entry: Entry;
  headerLines: number;
  /** Index in `bullets` or `lines` of the element the next continuation appends to. */
  last: { to: 'bullets' | 'lines'; at: number } | null;
}

function fromHeader(headerLines: readonly Line[], kind: SectionKind, previous: Draft | undefined): Draft {
  const h = parseEntryHeader(headerLines.map((l) => l.text), kind);
  const entry: Entry = {
    ...emptyEntry(),
    title: h.title,
    organization: h.organization,
    location: h.location,
    start: h.date?.start ?? null,
    end: h.date?.end ?? null,
    dateText: h.date?.text.trim() ?? null,
    lines: [...h.extra],
  };
  // A second role under the same employer: one dated line after an "employer" line + "role" line.
  if (previous !== undefined && headerLines.length === 1 && previous.headerLines >= 2 && h.date !== null && entry.organization === null && previous.entry.organization !== null) {
    entry.organization = previous.entry.organization;
    entry.location ??= previous.entry.location;
  }
  return { entry, headerLines: headerLines.length, last: null };
}

function append(draft: Draft, text: string): void {
  const { last } = draft;
  if (last === null) return;
  const list = last.to === 'bullets' ? draft.entry.bullets : draft.entry.lines;
  const prev = list[last.at] ?? '';
  // A word hyphenated across the line break ("arith-" + "metic") is rejoined.
  list[last.at] = /\p{L}-$/u.test(prev) && startsLower(text) ? `${prev.slice(0, -1)}${text}` : `${prev} ${text}`;
}

/** Joins wrapped lines into items: used when an entry's lines are really bullets without glyphs. */
export function joinWrapped(lines: readonly string[], full: number): string[] {
  const out: string[] = [];
  for (const text of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (startsLower(text) || (!CLOSED_RE.test(prev) && prev.length >= 0.7 * full))) {
      out[out.length - 1] = /\p{L}-$/u.test(prev) && startsLower(text) ? `${prev.slice(0, -1)}${text}` : `${prev} ${text}`;
    } else {
      out.push(text);
    }
  }
  return out;
}

/** `full`: the length most full-width lines of the document reach (wrapped lines end near it). */
export function parseEntries(lines: readonly Line[], kind: SectionKind, full = fullLineLength(lines.map((l) => l.text))): Entry[] {
  const ctx: Ctx = { lines, full };
  const drafts: Draft[] = [];
  let header: Line[] = [];
  let current: Draft | undefined;
  let prevBody: Line | undefined;

  const flush = (): void => {
    if (header.length === 0) return;
    current = fromHeader(header, kind, drafts[drafts.length - 1]);
    drafts.push(current);
    header = [];
    prevBody = undefined;
  };
  const ensure = (): Draft => {
    flush();
    if (current === undefined) {
      current = { entry: emptyEntry(), headerLines: 0, last: null };
      drafts.push(current);
    }
    return current;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    if (line.bullet && isBulletHeader(ctx, i)) {
      flush();
      header.push(line);
      continue;
    }
    if (line.bullet) {
      const d = ensure();
      d.entry.bullets.push(line.text);
      d.last = { to: 'bullets', at: d.entry.bullets.length - 1 };
      prevBody = line;
      continue;
    }
    if (header.length === 0 && prevBody !== undefined && continues(ctx, prevBody, line)) {
      if (current !== undefined) append(current, line.text);
      prevBody = line;
      continue;
    }
    if (isHeader(ctx, i)) {
      const headerHasDate = header.some((l) => hasDate(l));
      if (header.length >= MAX_HEADER_LINES || (headerHasDate && hasDate(line))) flush();
      header.push(line);
      continue;
    }
    const d = ensure();
    d.entry.lines.push(line.text);
    d.last = { to: 'lines', at: d.entry.lines.length - 1 };
    prevBody = line;
  }
  flush();

  for (const d of drafts) {
    if (d.entry.bullets.length === 0 && d.entry.lines.length >= 2 && kind !== 'education') {
      d.entry.bullets = joinWrapped(d.entry.lines, ctx.full);
      d.entry.lines = [];
      d.entry.bulletsInferred = true;
    }
  }
  return drafts.map((d) => d.entry);
}
