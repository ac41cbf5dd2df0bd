import { findDateRange } from './dates.js';
import {
  classifyHeadingText,
  headingKey,
  headingStyle,
  isHeadingShaped,
  kindNamedBy,
  matchHeading,
  type HeadingMatch,
} from './headings.js';
import type { Line } from './lines.js';
import { displacedNameAt } from './contact.js';
import { TITLE_CUES } from './entry-cues.js';
import { fullLineLength, isContactData, isParagraph, isProseLine, wordCount } from './prose.js';
import { plainTextHeadings } from './text-headings.js';
import { bodyStyledHeadings, headingsInOtherCase, typographicHeadings } from './typography.js';
import type { SectionKind } from './types.js';
import { joinWrappedHeadings } from './wrapped-headings.js';

export interface SectionDraft {
  kind: SectionKind;
  heading: string | null;
  lines: Line[];
}

type Mode = 'line' | 'run-in' | 'glued';

interface Candidate extends HeadingMatch {
  mode: Mode;
  /** Text after a run-in or glued heading on the same line. */
  rest: string | null;
  /** Found by its shape above bare links, not by its words. */
  byLinks?: true;
  /** Glued to the legend of its marks ("Relevant Courses *: A (10/10) #: PG elective"). */
  legend?: true;
}

/** Kinds a run-in heading ("Summary: I build …") may have; list kinds use "Label: a, b, c" for sub-groups. */
const RUN_IN_KINDS: ReadonlySet<SectionKind> = new Set(['summary', 'experience', 'education', 'projects']);
/** A line ending like this continues on the next line. */
const OPEN_END_RE = /(?:,|\b(?:and|or|of|the|in|for|with|to|a|an|on|at|by|from|using|into|our|my|as))$/iu;
/** Sections whose body is a list; a prose paragraph at their end is an unheaded summary. */
const LIST_KINDS: ReadonlySet<SectionKind> = new Set([
  'skills',
  'languages',
  'interests',
  'other',
  'contact',
  'certifications',
  'awards',
]);

/** "References: available on request", "Reference : Jane Roe (phone)": a references section on one line. */
const REFERENCES_RUN_IN_RE = /^(references?\s*):\s*(\S.*)$/iu;

function runInCandidate(text: string): Candidate | null {
  const refs = REFERENCES_RUN_IN_RE.exec(text);
  if (refs?.[1] !== undefined && refs[2] !== undefined) {
    const heading = `${refs[1]}:`;
    return {
      kind: 'other',
      heading,
      key: headingKey(heading),
      style: headingStyle(heading),
      mode: 'run-in',
      rest: refs[2],
    };
  }
  const labelled = labelledLine(text);
  const rest = labelled?.rest ?? '';
  // The rest must be running text: "Skills: Go, SQL, Docker" is a sub-label with its list.
  if (labelled === null || !RUN_IN_KINDS.has(labelled.kind) || wordCount(rest) < 6 || !isProseLine(rest)) return null;
  return labelled;
}

/** "<heading words>: <text>" as a run-in heading candidate, whatever the text is; null when the label is no heading. */
function labelledLine(text: string): Candidate | null {
  const m = /^([^:]{3,45}):\s+(\S.*)$/u.exec(text);
  if (m?.[1] === undefined || m[2] === undefined) return null;
  const match = matchHeading(m[1]);
  return match === null ? null : { ...match, heading: `${m[1]}:`, mode: 'run-in', rest: m[2] };
}

/**
 * "Skills: Salesforce, Outreach, cold calling" as a paragraph of its own (a blank line above and below), in a
 * document whose headings run into their text ("Profile: SDR with two years …"): a heading of any kind with
 * its body on the line. Elsewhere such a line is a sub-label with its list.
 */
function labelledParagraph(lines: readonly Line[], line: Line): Candidate | null {
  if (line.bullet || !line.blankBefore) return null;
  const next = lines[line.index + 1];
  if (next !== undefined && !next.blankBefore) return null;
  return labelledLine(line.text);
}

/** "EXPERIENCE March 2023 - Sept 2023 Acme": a capitalised heading run into the next line's text. */
function gluedCandidate(text: string): Candidate | null {
  // A heading followed by the legend of the marks used under it: "Relevant Courses *: A (10/10) #: PG elective".
  const legend = /^(\p{Lu}[\p{L} &/-]{2,40}?)\s*[*#†‡]+\s*:\s*\S/u.exec(text);
  const legendMatch = legend?.[1] === undefined ? null : matchHeading(legend[1]);
  if (legend?.[1] !== undefined && legendMatch !== null)
    return { ...legendMatch, mode: 'glued', rest: text.slice(legend[1].length).trim(), legend: true };
  if (!/^\p{Lu}{3,}/u.test(text)) return null;
  const tab = text.indexOf('\t');
  if (tab > 0) {
    const match = matchHeading(text.slice(0, tab));
    if (match?.style.caps === true) return { ...match, mode: 'glued', rest: text.slice(tab + 1).trim() };
  }
  const words = text.split(' ');
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const head = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    const match = matchHeading(head);
    if (match?.style.caps === true && findDateRange(rest)?.index === 0) return { ...match, mode: 'glued', rest };
  }
  return null;
}

function candidateFor(line: Line): Candidate | null {
  if (line.bullet) return null;
  const match = matchHeading(line.text);
  if (match !== null) return { ...match, mode: 'line', rest: null };
  return runInCandidate(line.text) ?? gluedCandidate(line.text);
}

function majority(yes: number, no: number): boolean | null {
  if (yes > no) return true;
  if (no > yes) return false;
  return null;
}

/**
 * Decides which candidate lines are section headings, using what the document as a whole does:
 * a label repeated under every job ("Key Achievements") is a sub-heading; a line whose capitalisation
 * or colon differs from the document's heading style is a sub-label ("Languages:" under Skills).
 */
function acceptedHeadings(lines: readonly Line[]): {
  accepted: Map<number, Candidate>;
  otherCase: Map<number, Candidate>;
} {
  const candidates = new Map<number, Candidate>();
  for (const line of lines) {
    const c = candidateFor(line);
    if (c !== null) candidates.set(line.index, c);
  }
  if ([...candidates.values()].some((c) => c.mode === 'run-in'))
    for (const line of lines) {
      if (candidates.has(line.index)) continue;
      const c = labelledParagraph(lines, line);
      if (c !== null) candidates.set(line.index, c);
    }
  const keyCounts = new Map<string, number>();
  for (const line of lines) {
    if (line.bullet || !isHeadingShaped(line.text)) continue;
    const key = candidates.get(line.index)?.key ?? headingKey(line.text);
    keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  }
  const plain = [...candidates.values()].filter((c) => c.mode === 'line' && (keyCounts.get(c.key) ?? 0) < 2);
  const caps = majority(plain.filter((c) => c.style.caps).length, plain.filter((c) => !c.style.caps).length);
  const colon = majority(plain.filter((c) => c.style.colon).length, plain.filter((c) => !c.style.colon).length);
  const full = fullLineLength(lines.map((l) => l.text));

  const accepted = new Map<number, Candidate>();
  // Whole-line candidates whose capitals differ from the other headings': typography may still vouch for them.
  const otherCase = new Map<number, Candidate>();
  for (const [index, c] of candidates) {
    if (c.mode === 'line' && (keyCounts.get(c.key) ?? 0) >= 2) continue;
    if (caps !== null && c.style.caps !== caps) {
      if (c.mode === 'line' && !c.style.colon) otherCase.set(index, c);
      continue;
    }
    // "Languages:" in Title case is a sub-label unless the document's headings carry colons.
    if (c.mode === 'line' && c.style.colon && !c.style.caps && colon !== true) continue;
    if (c.mode === 'glued' && caps !== true && c.legend !== true) continue;
    // The tail of a wrapped sentence ("… contributed to / Open Source Projects") is not a heading.
    const prev = lines[index - 1];
    if (prev !== undefined && !c.style.caps && prev.text.length >= 0.6 * full && OPEN_END_RE.test(prev.text)) continue;
    accepted.set(index, c);
  }
  if (caps === true) addLinkHeadings(lines, candidates, accepted);
  return { accepted, otherCase };
}

/** Headings by words, then by typography: lines in the style of the other headings join them. */
function headingsWithTypography(lines: readonly Line[]): { accepted: Map<number, Candidate>; styled: Set<number> } {
  const { accepted, otherCase } = acceptedHeadings(lines);
  const anchors = new Set([...accepted].filter(([, c]) => c.byLinks !== true).map(([i]) => i));
  if (anchors.size === 0) return { accepted, styled: new Set() };
  if (lines.every((l) => l.facts === null)) return withTextPattern(lines, accepted, otherCase, anchors);
  for (const index of headingsInOtherCase(lines, anchors, otherCase.keys())) {
    const c = otherCase.get(index);
    if (c === undefined) continue;
    accepted.set(index, c);
    anchors.add(index);
  }
  const { added, confirmed, dropped } = typographicHeadings(lines, anchors, new Set(accepted.keys()));
  for (const index of dropped) accepted.delete(index);
  for (const [index, h] of added) accepted.set(index, wholeLineCandidate(h));
  const modes = new Map([...accepted].map(([i, c]) => [i, c.mode] as const));
  for (const index of bodyStyledHeadings(lines, anchors, modes)) accepted.delete(index);
  return { accepted, styled: new Set([...confirmed, ...added.keys()]) };
}

/** A heading found by layout or by the blank-line pattern: the whole line, nothing after it. */
function wholeLineCandidate(h: { kind: Candidate['kind']; heading: string }): Candidate {
  return {
    kind: h.kind,
    heading: h.heading,
    key: headingKey(h.heading),
    style: headingStyle(h.heading),
    mode: 'line',
    rest: null,
  };
}

/** Pasted text: headings by the document's blank-line pattern (text-headings.ts) instead of typography. */
function withTextPattern(
  lines: readonly Line[],
  accepted: Map<number, Candidate>,
  otherCase: ReadonlyMap<number, Candidate>,
  anchors: ReadonlySet<number>,
): { accepted: Map<number, Candidate>; styled: Set<number> } {
  const wholeLine = new Set([...anchors].filter((i) => accepted.get(i)?.mode === 'line'));
  const verdict = plainTextHeadings(lines, wholeLine, otherCase.keys(), new Set(accepted.keys()));
  for (const index of verdict.otherCase) {
    const c = otherCase.get(index);
    if (c !== undefined) accepted.set(index, c);
  }
  for (const [index, h] of verdict.added) accepted.set(index, wholeLineCandidate(h));
  return { accepted, styled: verdict.styled };
}

const BARE_LINK_RE = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu;

/**
 * In a document with ALL CAPS headings, an unlisted ALL CAPS title directly above bare links
 * ("CHECK OUT MY WORKS" / "https://github.com/…") heads a links section.
 */
function addLinkHeadings(
  lines: readonly Line[],
  candidates: ReadonlyMap<number, Candidate>,
  accepted: Map<number, Candidate>,
): void {
  const firstHeading = Math.min(...accepted.keys());
  for (const line of lines) {
    if (line.index <= firstHeading || candidates.has(line.index) || line.bullet) continue;
    const next = lines[line.index + 1];
    if (next === undefined || next.bullet || !BARE_LINK_RE.test(next.text)) continue;
    if (!isHeadingShaped(line.text) || wordCount(line.text) < 2 || !headingStyle(line.text).caps) continue;
    accepted.set(line.index, {
      kind: 'contact',
      heading: line.text,
      key: headingKey(line.text),
      style: headingStyle(line.text),
      mode: 'line',
      rest: null,
      byLinks: true,
    });
  }
}

function syntheticLine(from: Line, text: string): Line {
  return { ...from, raw: text, text, bullet: false, blankBefore: false };
}

function isSkillRowLine(text: string): boolean {
  if (isContactData(text) || /[.!?:]$/u.test(text)) return false;
  const cells = text.split(/\s*(?:\t|\||•|·|,)\s*/u).filter((c) => c.length > 0);
  if (cells.length >= 4) return cells.every((c) => wordCount(c) <= 3);
  // Separators lost in extraction: every word capitalised, like a row of tags.
  const words = text.split(/\s+/u);
  return words.length >= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** The next line of a paragraph: more prose, or the short wrapped end of the previous sentence. */
function continuesParagraph(prev: string, next: string): boolean {
  if (isProseLine(next)) return true;
  return (
    !isContactData(next) && (/^\p{Ll}/u.test(next) || !/[.!?]$/u.test(prev)) && isProseLine(prev) && next.length > 0
  );
}

/**
 * Splits the lines before the first heading into the contact block and unheaded summary / skills rows. A
 * document with a headed summary has its summary: an unheaded paragraph above it stays with the header block
 * (a resume has one summary; the paragraph belongs to the section above it).
 */
function splitHeader(lines: readonly Line[], hasHeadedSummary: boolean, contactFollows: boolean): SectionDraft[] {
  const contact: Line[] = [];
  const extra: SectionDraft[] = [];
  const firstContactData = lines.findIndex((l) => isContactData(l.text));
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line === undefined) break;
    if (isProseLine(line.text)) {
      let j = i + 1;
      while (j < lines.length && continuesParagraph(lines[j - 1]?.text ?? '', lines[j]?.text ?? '')) j++;
      const run = lines.slice(i, j);
      if (isParagraph(run.map((l) => l.text))) {
        // "SYSTEMS ANALYST" over the paragraph, below the contact data: that is its heading.
        const prev = contact[contact.length - 1];
        const titled =
          prev !== undefined &&
          firstContactData >= 0 &&
          prev.index > (lines[firstContactData]?.index ?? Infinity) &&
          isHeadingShaped(prev.text) &&
          contact.length > 1;
        if (titled || !hasHeadedSummary) {
          if (titled) contact.pop();
          extra.push({ kind: 'summary', heading: titled ? prev.text : null, lines: run });
          i = j;
          continue;
        }
      }
    }
    // A row of short words after the tagline ("JQuery  HTML5  CSS  Git  Sketch") is an unheaded skills list.
    const afterSummary = extra.some((d) => d.kind === 'summary');
    const isSkillRow = afterSummary && isSkillRowLine(line.text);
    if (isSkillRow) extra.push({ kind: 'skills', heading: null, lines: [line] });
    else contact.push(line);
    i++;
  }
  // A document title alone above a headed contact block ("Lebenslauf" / "Persönliche Daten") is no contact block.
  const titleOnly = contact.every((l) => DOCUMENT_TITLE_RE.test(l.text)) && extra.length === 0 && contactFollows;
  return contact.length > 0 && !titleOnly ? [{ kind: 'contact', heading: null, lines: contact }, ...extra] : extra;
}

const DOCUMENT_TITLE_RE =
  /^(?:curriculum vitae|curr[ií]culum(?: vitae)?|lebenslauf|r[ée]sum[ée]|cv|hoja de vida|简历|个人简历|個人簡歷)$/iu;

/**
 * The paragraph starts somewhere else on the page than the list above it: another column (its left edge
 * moved, or it opens a column or page), or a gap of a blank line or more. Without layout facts, a blank line.
 */
function setApart(first: Line, above: readonly Line[]): boolean {
  const f = first.facts;
  const lefts = above.map((l) => l.facts?.x).filter((x): x is number => typeof x === 'number');
  if (f === null || f.x === null || lefts.length === 0) return first.blankBefore;
  const left = lefts.sort((a, b) => a - b)[Math.floor(lefts.length / 2)] ?? f.x;
  const page = above[above.length - 1]?.facts?.page;
  return Math.abs(f.x - left) > 2 * (f.size ?? 10) || f.gapAbove === null || f.gapAbove >= 1.8 || f.page !== page;
}

/**
 * A prose paragraph closing a list section is a summary only when layout sets it apart (a two-column page read
 * column by column) and the document has no headed summary; otherwise it belongs to the section above it.
 */
function splitTrailingProse(section: SectionDraft, hasHeadedSummary: boolean): SectionDraft[] {
  if (!LIST_KINDS.has(section.kind) || hasHeadedSummary) return [section];
  let start = section.lines.length;
  while (start > 0 && isProseLine(section.lines[start - 1]?.text ?? '') && !(section.lines[start - 1]?.bullet ?? false))
    start--;
  const tail = section.lines.slice(start);
  const before = section.lines[start - 1];
  // After a bullet or a "Label:" line the paragraph belongs to that item.
  if (before === undefined || before.bullet || /:$/u.test(before.text)) return [section];
  if (tail.length < 2 || !isParagraph(tail.map((l) => l.text)) || tail.reduce((n, l) => n + wordCount(l.text), 0) < 15)
    return [section];
  if (tail[0] === undefined || !setApart(tail[0], section.lines.slice(0, start))) return [section];
  return [
    { ...section, lines: section.lines.slice(0, start) },
    { kind: 'summary', heading: null, lines: tail },
  ];
}

/**
 * Two-column pages read column by column can put the name block in the middle ("HARINI P" /
 * "STUDENT" after the sidebar). When there is no header block, that name + title pair becomes it.
 */
function recoverNameBlock(drafts: SectionDraft[]): SectionDraft[] {
  if (drafts.some((d) => d.kind === 'contact' && d.heading === null)) return drafts;
  for (const draft of drafts) {
    const at = displacedNameAt(draft.lines.map((l) => l.text));
    if (at < 0) continue;
    const block = draft.lines.splice(at, 2);
    return [{ kind: 'contact', heading: null, lines: block }, ...drafts];
  }
  return drafts;
}

/**
 * A heading naming several parts takes its first part's kind ("Education & Teaching Experience" → education),
 * unless an earlier section already has that kind: then the first part naming a kind not yet used (a teacher's
 * education is above it; this section is the teaching experience).
 */
function settleCompoundKinds(drafts: SectionDraft[]): SectionDraft[] {
  const used = new Set<SectionKind>();
  for (const draft of drafts) {
    if (draft.heading !== null && used.has(draft.kind)) {
      const parts = headingKey(draft.heading).split(/ (?:and|\/) /u);
      const kinds = parts.length >= 2 ? parts.map((part) => classifyHeadingText(part)) : [];
      const fresh = kinds.every((k) => k !== null) ? kinds.find((k) => k !== null && !used.has(k)) : undefined;
      if (fresh !== undefined && fresh !== null) draft.kind = fresh;
    }
    used.add(draft.kind);
  }
  return drafts;
}

/**
 * "Software" names either programs the person wrote (projects) or the programs they use (skills): a body that
 * is only lists of short names ("PLAXIS 2D/3D, RocScience, AutoCAD") is the second.
 */
function settleSoftwareKind(drafts: SectionDraft[]): SectionDraft[] {
  for (const draft of drafts) {
    if (draft.kind !== 'projects' || draft.heading === null || headingKey(draft.heading) !== 'software') continue;
    const lists = draft.lines.every((l) => {
      const items = l.text.split(/\s*[,;|·•]\s*/u).filter((i) => i.length > 0);
      return items.length >= 2 && items.every((i) => wordCount(i) <= 3) && !/[.!?]$/u.test(l.text);
    });
    if (draft.lines.length > 0 && lists) draft.kind = 'skills';
  }
  return drafts;
}

/**
 * "Project Experience" over jobs ("Senior Engineer, Tarn & Whitcombe  2019 – Present") in a document with no
 * other experience section: an engineer's or a consultant's career told by its projects, not side projects.
 */
function settleProjectExperience(drafts: SectionDraft[]): SectionDraft[] {
  if (drafts.some((d) => d.kind === 'experience')) return drafts;
  for (const draft of drafts) {
    if (draft.kind !== 'projects' || draft.heading === null || !/\bexperience\b/u.test(headingKey(draft.heading)))
      continue;
    const dated = draft.lines.filter((l) => !l.bullet && wordCount(l.text) <= 14 && findDateRange(l.text) !== null);
    const roles = dated.filter((l) => TITLE_CUES.test(l.text)).length;
    if (dated.length > 0 && 2 * roles >= dated.length) draft.kind = 'experience';
  }
  return drafts;
}

/** Schooling in a line: a degree, a diploma, school-leaving exams or a school. */
const SCHOOLING_RE =
  /\b(?:bachelor|master|degree|b\.?sc|m\.?sc|b\.?a|m\.?a|ph\.?d|mba|gcses?|a-levels?|diploma|hnd|hnc|btec|university|college|school|institute|academy)\b/iu;
const CERTIFICATE_RE = /\b(?:certificate|certification|licen[cs]e|card|ticket|first aid|awareness|passport)s?\b/iu;

/**
 * "Qualifications" over a list of certificates and cards ("Paediatric First Aid", "CSCS card", "Food Hygiene
 * Level 2 certificate") with no degree or school anywhere: the certifications, not the education.
 */
function settleQualificationsList(drafts: SectionDraft[]): SectionDraft[] {
  for (const draft of drafts) {
    if (draft.kind !== 'education' || draft.heading === null || !/^qualifications?$/u.test(headingKey(draft.heading)))
      continue;
    const texts = draft.lines.map((l) => l.text).filter((t) => t.length > 0);
    if (texts.length >= 2 && !texts.some((t) => SCHOOLING_RE.test(t)) && texts.some((t) => CERTIFICATE_RE.test(t)))
      draft.kind = 'certifications';
  }
  return drafts;
}

/**
 * "Selected Invited Talks" under "Publications, Talks & Awards": a heading that is not set like the others and
 * names a later part of the section it stands in is that part's sub-heading, not a section of its own.
 */
function namesPartOf(heading: string | null, c: Candidate): boolean {
  if (heading === null) return false;
  const parts = heading
    .split(/\s*(?:,|&|\+|\/|\band\b|\bund\b|\bet\b)\s*/iu)
    .map((p) => headingKey(p))
    .filter((p) => p.length > 0);
  if (parts.length < 2) return false;
  const words = new Set(c.key.split(' '));
  return parts.slice(1).some((part) => classifyHeadingText(part) === c.kind && words.has(part.split(' ').at(-1) ?? ''));
}

/**
 * The first section, right under the header block, headed in the headings' style by words that name no kind
 * ("What's Next", a misspelt "Summery") over a paragraph of prose, in a document with no other summary: that
 * paragraph is the summary.
 */
function settleOpeningParagraph(drafts: SectionDraft[]): SectionDraft[] {
  const first = drafts[0];
  if (first === undefined || first.kind !== 'other' || first.heading === null) return drafts;
  if (drafts.some((d) => d.kind === 'summary') || kindNamedBy(first.heading) !== null) return drafts;
  const texts = first.lines.map((l) => l.text);
  const prose = first.lines.every((l) => !l.bullet && isProseLine(l.text));
  if (first.lines.length > 0 && prose && isParagraph(texts)) first.kind = 'summary';
  return drafts;
}

export function splitSections(source: readonly Line[]): SectionDraft[] {
  const lines = joinWrappedHeadings(source);
  const { accepted, styled } = headingsWithTypography(lines);
  const drafts: SectionDraft[] = [];
  const header: Line[] = [];
  let current: SectionDraft | null = null;
  for (const line of lines) {
    const c = accepted.get(line.index);
    // Coursework under Education is part of it, unless it is set as a heading like the others.
    const isCourseworkInEducation =
      c !== undefined &&
      c.kind === 'other' &&
      /cours|\bclasses\b|\bmodules\b/u.test(c.key) &&
      current?.kind === 'education' &&
      !styled.has(line.index);
    // A heading right under an empty heading of the same kind ("Portfolio" / "Recent Project") is a sub-heading.
    const isSubHeading = c !== undefined && current !== null && current.lines.length === 0 && current.kind === c.kind;
    const isNamedPart =
      c !== undefined && current !== null && !styled.has(line.index) && namesPartOf(current.heading, c);
    if (c !== undefined && !isCourseworkInEducation && !isSubHeading && !isNamedPart) {
      current = { kind: c.kind, heading: c.heading, lines: [] };
      drafts.push(current);
      if (c.rest !== null && c.rest.length > 0) current.lines.push(syntheticLine(line, c.rest));
      continue;
    }
    if (current === null) header.push(line);
    else current.lines.push(line);
  }
  settleCompoundKinds(drafts);
  settleSoftwareKind(drafts);
  settleProjectExperience(drafts);
  settleQualificationsList(drafts);
  if (header.length > 0) settleOpeningParagraph(drafts);
  const hasHeadedSummary = drafts.some((d) => d.kind === 'summary' && d.heading !== null);
  return recoverNameBlock([
    ...splitHeader(header, hasHeadedSummary, drafts[0]?.kind === 'contact'),
    ...drafts.flatMap((d) => splitTrailingProse(d, hasHeadedSummary)),
  ]);
}
