import { findDateRange, withoutDuration } from './dates.js';
import { DEGREE_CUES, EDUCATION_CUES, hasOrgCue } from './entry-cues.js';
import { parseEntryHeader } from './entry-header.js';
import { projectDescription } from './header-parts.js';
import { trailingLocation } from './places.js';
import { carriesOn } from './items.js';
import { bulletGlyph, type Line } from './lines.js';
import { fullLineLength, rightEdge, wordCount } from './prose.js';
import { sentences } from '../text/words.js';
import type { Entry, SectionKind } from './types.js';

/** Kinds whose bodies are made of entries (a role, a project, a degree). */
export const ENTRY_KINDS: ReadonlySet<SectionKind> = new Set([
  'experience',
  'projects',
  'education',
  'volunteering',
  'leadership',
]);

const MAX_HEADER_LINES = 4;
/** Lines ending a sentence or a label: the next line does not continue them. */
const CLOSED_RE = /[.!?:;]["”')]?$/u;

/** A line about the employer rather than the work: "A 40-bed rehab unit", "The UK's largest …", "Acme is a …". */
const DESCRIBES_EMPLOYER =
  /^(?:an?|the|one of|leading|largest|global|independent|family-run)\b|^[^,.]{2,40}\s(?:is|was|are)\s(?:an?|the|one)\b/iu;

/** Starts in lower case, like the rest of a sentence (but "iContribute", "eBay" are names). */
function startsLower(text: string): boolean {
  return /^[\p{Ll}(&,/+]/u.test(text) && !/^\p{Ll}{1,2}\p{Lu}/u.test(text);
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
  /** How often each line text occurs in the section (labels repeated under every entry). */
  repeated: ReadonlyMap<string, number>;
  kind: SectionKind;
  position: ReadonlyMap<Line, number>;
  /** The column's right edge (null without layout facts). */
  right: number | null;
}

function hasDate(line: Line | undefined): boolean {
  return line !== undefined && findDateRange(line.text) !== null;
}

/** A dated header line (not a sentence that mentions a year). */
function isDatedHeader(line: Line | undefined): boolean {
  return line !== undefined && !line.bullet && hasDate(line) && headerShaped(line);
}

/** headerShaped is asked about the same line from several places; Line objects are not mutated. */
const shapedCache = new WeakMap<Line, boolean>();

/** Could this non-bullet line be (part of) an entry header? */
function headerShaped(line: Line): boolean {
  const cached = shapedCache.get(line);
  if (cached !== undefined) return cached;
  const shaped = computeHeaderShaped(line);
  shapedCache.set(line, shaped);
  return shaped;
}

function computeHeaderShaped(line: Line): boolean {
  const t = line.text;
  if (line.bullet || startsLower(t)) return false;
  // A closing full stop is fine after an abbreviation ("B.S.", "Acme Inc.").
  const sentenceEnd =
    /[.!?,;]$/u.test(t) && !/(?:^|\s)(?:\p{Lu}\.){1,3}$|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Bhd)\.$/u.test(t);
  const date = findDateRange(t);
  if (date !== null) {
    // "… published in KDD ADS 2018." is a sentence with a year, not a dated header.
    const rest = withoutDuration(`${t.slice(0, date.index)} ${t.slice(date.index + date.text.length)}`);
    const before = t.slice(0, date.index).trim();
    // "PassCon  Feb 2024 - Current: An open-source framework …" is a one-line entry.
    const namedFirst =
      before.length > 0 &&
      wordCount(before) <= 6 &&
      capitalisedRatio(before) >= 0.5 &&
      /^\s*[:–—-]/u.test(t.slice(date.index + date.text.length));
    return (
      wordCount(t) <= 20 && (namedFirst || (!sentenceEnd && (wordCount(rest) <= 3 || capitalisedRatio(rest) >= 0.4)))
    );
  }
  return wordCount(t) <= 12 && !sentenceEnd && !OPEN_END_RE.test(t) && capitalisedRatio(t) >= 0.5;
}

/** A line ending like this continues on the next line, so it is not a header. */
const OPEN_END_RE = /\b(?:and|or|of|the|in|for|with|to|a|an|on|at|by|from|using|into|our|my|as)$/u;

/** "GPA: 3.9", "Tech: Python, Nmap", "Key Achievements:" — a label inside an entry, not its header. */
function isLabel(ctx: Ctx, line: Line): boolean {
  if (hasDate(line)) return false;
  if (/^[^:,]{2,30}:(?:\s|$)/u.test(line.text)) return true;
  if ((ctx.repeated.get(line.text) ?? 0) < 2) return false;
  // Repeated under every entry ("Key Achievements") — unless it is a repeated job title opening a dated header.
  const i = ctx.position.get(line) ?? -1;
  return ![ctx.lines[i - 1], ctx.lines[i + 1], ctx.lines[i + 2]].some(
    (l) => l !== undefined && !l.bullet && hasDate(l),
  );
}

/**
 * A header-shaped line is a header when it is dated, or a bullet or a dated line follows within the header block.
 * `datedAt`: where the dates sat in the previous entry's header (null for the first entry). Entries
 * of a section share a layout, so an undated line is a header only as far above a dated line as
 * the previous entry's dates were below its first line.
 */
function isHeader(ctx: Ctx, i: number, datedAt: number | null): boolean {
  const line = ctx.lines[i];
  if (line !== undefined && oneLineProject(ctx, line) && !isLabel(ctx, line)) return true;
  if (line === undefined || !headerShaped(line) || isLabel(ctx, line)) return false;
  if (hasDate(line)) return true;
  if (ctx.kind === 'education' && EDUCATION_CUES.test(line.text)) return true;
  const reach = datedAt === null ? MAX_HEADER_LINES : datedAt;
  for (let k = i + 1; k <= i + MAX_HEADER_LINES && k < ctx.lines.length; k++) {
    const next = ctx.lines[k];
    if (next === undefined) break;
    if (next.bullet) return true;
    if (!headerShaped(next) || isLabel(ctx, next)) return false;
    if (hasDate(next)) return k - i <= reach;
  }
  return false;
}

/** "Bird Song Classifier — a CNN that tags 20 species": a project named and described on one line is an entry. */
function oneLineProject(ctx: Ctx, line: Line): boolean {
  return ctx.kind === 'projects' && !line.bullet && !startsLower(line.text) && projectDescription(line.text) !== null;
}

/** What the entries read so far say about a bullet that might open the next entry. */
interface BulletState {
  /** Glyph of the last bullet of the entry being read (null: none yet). */
  lastGlyph: string | null;
  /** The section's entries so far open with plain lines, none with a bullet. */
  plainLayout: boolean;
}

/** "• Coursera  Mountain View, CA": an employer line names a place after the name. */
function namesPlace(text: string): boolean {
  const loc = trailingLocation(text);
  return loc !== null && loc.rest.length > 0;
}

/**
 * sb2nov-style "• Google  Mountain View, CA" followed by "Software Engineer  Oct 2016 – Present".
 * A short last bullet above the next dated header ("• Utilized Redis" / "Junior Developer, Kvarn  2018")
 * is not one: a blank line between them, a section whose entries open with plain lines, or a bullet
 * continuing a run of the same glyph says it closes the entry above.
 */
function isBulletHeader(ctx: Ctx, i: number, state: BulletState): boolean {
  const line = ctx.lines[i];
  const next = ctx.lines[i + 1];
  // "- MS Mathematics, 2016-2018, State University": a degree listed as a bullet is an entry of its own.
  if (
    ctx.kind === 'education' &&
    line?.bullet === true &&
    DEGREE_CUES.test(line.text) &&
    hasDate(line) &&
    wordCount(line.text) <= 20 &&
    !/\.$/u.test(line.text)
  )
    return true;
  if (line === undefined || !line.bullet || next === undefined || next.bullet) return false;
  // "• Network Scanner – Port Detection  January 2025" over a plain description line.
  if (hasDate(line))
    return !state.plainLayout && computeHeaderShaped({ ...line, bullet: false }) && !headerShaped(next);
  if (!hasDate(next) || !headerShaped(next) || wordCount(line.text) > 10 || /[.!?]$/u.test(line.text)) return false;
  if (next.blankBefore || state.plainLayout) return false;
  // sb2nov uses "•" for employers and "◦" for their bullets; one glyph throughout needs a place to tell.
  return state.lastGlyph === null || state.lastGlyph !== bulletGlyph(line) || namesPlace(line.text);
}

/** A non-bullet line that carries on the previous body line (a wrapped bullet or sentence). */
function continues(ctx: Ctx, prev: Line | undefined, line: Line): boolean {
  if (prev === undefined) return false;
  // "(2019 - 2020: travelled through Peru)": a line opening with its dates is a line of its own, not a wrap.
  if (findDateRange(line.text)?.index === line.text.search(/[^\s([]/u)) return false;
  if (startsLower(line.text)) return true;
  if (hasDate(line) && headerShaped(line)) return false;
  if (CLOSED_RE.test(prev.text) || line.blankBefore) return false;
  // A capitalised line after a long one is a wrap only when the layout or the words say so (the list
  // reader's test): "…up to 25 admissions a shift" / "In charge of the ICU rota" are two duties.
  return carriesOn(prev.text, prev, line, ctx.full, ctx.right);
}

/**
 * After a body line, does this line open the next entry? "Org  City, ST" right above "Title  dates"
 * (or title / org / dates) does, even when the last bullet looked unfinished.
 */
function opensHeader(ctx: Ctx, i: number, last: Draft | undefined): boolean {
  const line = ctx.lines[i];
  if (line !== undefined && oneLineProject(ctx, line) && !isLabel(ctx, line)) return true;
  if (line === undefined || !headerShaped(line) || isLabel(ctx, line)) return false;
  if (hasDate(line)) return true;
  const ahead = [ctx.lines[i + 1], ctx.lines[i + 2]];
  const datedAhead = ahead.findIndex((l) => isDatedHeader(l));
  const lastDatedAt = last?.datedAt ?? MAX_HEADER_LINES;
  if (datedAhead === 0) return lastDatedAt >= 1;
  return datedAhead === 1 && lastDatedAt >= 2 && ahead[0] !== undefined && !ahead[0].bullet && headerShaped(ahead[0]);
}

/**
 * Title / dates / organisation on separate lines: an undated line completes a dated header block,
 * unless it opens the next entry ("School  City" above "Degree  dates"), judged by the last entry's layout.
 */
function completesHeader(ctx: Ctx, i: number, header: readonly Line[], last: Draft | undefined): boolean {
  const line = ctx.lines[i];
  if (line === undefined || header.length === 0 || hasDate(line) || !headerShaped(line) || isLabel(ctx, line))
    return false;
  if (!header.some((l) => isDatedHeader(l))) return false;
  const opensNext =
    isDatedHeader(ctx.lines[i + 1]) && !(last !== undefined && last.datedAt === 0 && last.headerLines >= 2);
  return !opensNext && (header.length < MAX_HEADER_LINES || trailingLocation(line.text)?.rest === '');
}

function emptyEntry(): Entry {
  return {
    title: null,
    organization: null,
    location: null,
    start: null,
    end: null,
    dateText: null,
    bullets: [],
    lines: [],
  };
}

interface Draft {
  entry: Entry;
  headerLines: number;
  /** How many of `entry.lines` came from the header (tools, notes, a one-line description): never bullets. */
  headerExtra: number;
  /** Which header line carried the dates (-1: none). */
  datedAt: number;
  /** The organisation was carried over from the entry before (a second role under one employer). */
  inherited: boolean;
  /** Index in `bullets` or `lines` of the element the next continuation appends to. */
  last: { to: 'bullets' | 'lines'; at: number } | null;
  /** The header opened with a bullet ("• Employer  City"). */
  bulletHeaded: boolean;
  /** Glyph of the entry's last bullet. */
  lastGlyph: string | null;
}

function fromHeader(headerLines: readonly Line[], kind: SectionKind, previous: Draft | undefined): Draft {
  const h = parseEntryHeader(
    headerLines.map((l) => l.text),
    kind,
  );
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
  const sameEmployer =
    previous !== undefined &&
    headerLines.length === 1 &&
    previous.datedAt > 0 &&
    h.date !== null &&
    previous.entry.organization !== null;
  // "Pharmacy Intern, MedWay Pharmacy" under "… — MedWay Pharmacy #214": the line names its employer itself.
  const namesOwn =
    entry.organization !== null &&
    previous?.entry.organization?.toLowerCase().startsWith(entry.organization.toLowerCase()) === true;
  if (sameEmployer && !namesOwn && (entry.organization === null || !hasOrgCue(entry.organization))) {
    if (entry.organization !== null && entry.title !== null) entry.title = `${entry.title}, ${entry.organization}`;
    entry.organization = previous.entry.organization;
    entry.location ??= previous.entry.location;
  }
  // An inherited entry keeps the layout of the one it continues (its employer line is shared).
  const datedAt = sameEmployer && previous !== undefined ? previous.datedAt : headerLines.findIndex((l) => hasDate(l));
  return {
    entry,
    headerLines: headerLines.length,
    headerExtra: h.extra.length,
    datedAt,
    inherited: sameEmployer,
    last: null,
    bulletHeaded: headerLines[0]?.bullet ?? false,
    lastGlyph: null,
  };
}

/** A wrapped line joined onto the one before; a word hyphenated across the break ("arith-" + "metic") is rejoined. */
function joinLine(prev: string, text: string): string {
  return /\p{L}-$/u.test(prev) && startsLower(text) ? `${prev.slice(0, -1)}${text}` : `${prev} ${text}`;
}

function append(draft: Draft, text: string): void {
  const { last } = draft;
  if (last === null) return;
  const list = last.to === 'bullets' ? draft.entry.bullets : draft.entry.lines;
  const prev = list[last.at] ?? '';
  list[last.at] = joinLine(prev, text);
}

/** Joins wrapped lines into items: used when an entry's lines are really bullets without glyphs. */
export function joinWrapped(lines: readonly string[], full: number): string[] {
  const out: string[] = [];
  for (const text of lines) {
    const prev = out[out.length - 1];
    // Layout wraps were joined while reading; what is left is judged by its words.
    const wraps =
      prev !== undefined &&
      !CLOSED_RE.test(prev) &&
      carriesOn(prev, { text: prev, facts: null }, { text, facts: null }, full, null);
    if (prev !== undefined && (startsLower(text) || wraps)) {
      out[out.length - 1] = joinLine(prev, text);
    } else {
      out.push(text);
    }
  }
  return out;
}

/** `full`: the length most full-width lines of the document reach (wrapped lines end near it). */
export function parseEntries(
  lines: readonly Line[],
  kind: SectionKind,
  full = fullLineLength(lines.map((l) => l.text)),
): Entry[] {
  const repeated = new Map<string, number>();
  for (const l of lines) if (!l.bullet) repeated.set(l.text, (repeated.get(l.text) ?? 0) + 1);
  const ctx: Ctx = {
    lines,
    full,
    repeated,
    kind,
    position: new Map(lines.map((l, i) => [l, i])),
    right: rightEdge(lines),
  };
  const drafts: Draft[] = [];
  let header: Line[] = [];
  let current: Draft | undefined;
  let prevBody: Line | undefined;
  // Counted as entries are made, so a long section stays linear.
  let headed = 0;
  let bulletHeaded = 0;
  const bulletState = (): BulletState => {
    const opensPlain = header.length > 0 ? header[0]?.bullet !== true : headed > 0;
    return {
      lastGlyph: header.length > 0 ? null : (current?.lastGlyph ?? null),
      plainLayout: opensPlain && bulletHeaded === 0,
    };
  };

  const flush = (): void => {
    if (header.length === 0) return;
    current = fromHeader(header, kind, drafts[drafts.length - 1]);
    headed++;
    if (current.bulletHeaded) bulletHeaded++;
    drafts.push(current);
    header = [];
    prevBody = undefined;
  };
  const ensure = (): Draft => {
    flush();
    if (current === undefined) {
      current = {
        entry: emptyEntry(),
        headerLines: 0,
        headerExtra: 0,
        datedAt: -1,
        inherited: false,
        last: null,
        bulletHeaded: false,
        lastGlyph: null,
      };
      drafts.push(current);
    }
    return current;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) continue;
    if (line.bullet && isBulletHeader(ctx, i, bulletState())) {
      flush();
      header.push(line);
      continue;
    }
    if (line.bullet) {
      const d = ensure();
      d.entry.bullets.push(line.text);
      d.last = { to: 'bullets', at: d.entry.bullets.length - 1 };
      d.lastGlyph = bulletGlyph(line);
      prevBody = line;
      continue;
    }
    const last = drafts[drafts.length - 1];
    if (header.length === 0 && prevBody !== undefined && !opensHeader(ctx, i, last) && continues(ctx, prevBody, line)) {
      if (current !== undefined) append(current, line.text);
      prevBody = line;
      continue;
    }
    const headerHasDate = header.some((l) => isDatedHeader(l));
    const completes = completesHeader(ctx, i, header, last);
    // The layout of the entry just read (the header being built, or the last entry).
    const layout = headerHasDate
      ? header.findIndex((l) => isDatedHeader(l))
      : last === undefined || last.datedAt < 0
        ? null
        : last.datedAt;
    if (completes || isHeader(ctx, i, layout)) {
      // A project named on one line is a whole header: the next named line opens another entry.
      const nextProject =
        header.some((l) => oneLineProject(ctx, l)) && (oneLineProject(ctx, line) || headerShaped(line));
      if (!completes && (header.length >= MAX_HEADER_LINES || headerHasDate || nextProject)) flush();
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
    const body = d.entry.lines.slice(d.headerExtra);
    if (d.entry.bullets.length > 0 || kind === 'education' || body.length === 0) continue;
    // A duty paragraph ("Lead a team of 18. Raised our score from 4.2 to 4.6. …", LinkedIn's way) is one
    // duty a sentence, like the bullets it stands for.
    const said = body.length === 1 && kind !== 'projects' ? sentences(body[0]!) : [];
    // One plain line under a job ("Check ins, check outs, reservations in Opera PMS.") is its one duty,
    // unless it describes the employer ("A 40-bed rehab unit", "Acme is a …").
    const headed = d.entry.title !== null || d.entry.organization !== null || d.entry.dateText !== null;
    const oneDuty = headed && body.length === 1 && kind !== 'projects' && !DESCRIBES_EMPLOYER.test(body[0]!);
    if (body.length >= 2 || said.length >= 2 || oneDuty) {
      d.entry.bullets = body.length >= 2 ? joinWrapped(body, ctx.full) : said.length >= 2 ? said : [body[0]!];
      d.entry.lines = d.entry.lines.slice(0, d.headerExtra);
      d.entry.bulletsInferred = true;
    }
  }
  return drafts.map((d) => d.entry);
}
