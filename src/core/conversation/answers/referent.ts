/**
 * What a question is about, resolved before what it asks: a pasted line, a bullet ("the second bullet in
 * experience", "the Epic bullet"), an entry ("my job at X", "my first job", "the TA one"), a section, the
 * section the user replied to, or the previous answer's subject (the cursor).
 */
import type { AnswerCursor } from './cursor.js';
import { type BulletRef, bulletsOf, type EntryRef, entriesOf } from './outline.js';
import { matchPasted, type PastedMatch, pastedText } from './pasted.js';
import { isEnglishWord } from './spelling.js';
import type { ReportView } from './view.js';
import { ASK_WORDS, ordinal, STOPWORDS, stem } from './words.js';
import { byRecency } from '../../rules/support/dates.js';
import { sentences } from '../../text/words.js';

export type Referent =
  | { kind: 'bullet'; ref: BulletRef }
  | { kind: 'entry'; ref: EntryRef }
  | { kind: 'section'; index: number }
  | { kind: 'pasted'; pasted: PastedMatch }
  | { kind: 'none' };

const SECTION_WORDS: Record<string, readonly string[]> = {
  summary: ['summary', 'profile', 'objective', 'intro', 'blurb', 'about me', 'personal statement'],
  experience: ['experience', 'experiences', 'work history', 'employment'],
  education: [
    'education',
    'degree',
    'gpa',
    'coursework',
    'mba',
    'msc',
    'masters',
    'bachelor',
    'bachelors',
    'university',
    'phd',
    'diploma',
    'm ed',
    'med',
    'bsc',
    'ba',
    'bs',
    'ma',
  ],
  skills: ['skill', 'skills', 'skillset', 'tech stack'],
  projects: ['project', 'projects'],
  certifications: [
    'certification',
    'certifications',
    'certs',
    'cert',
    'license',
    'licenses',
    'licence',
    'exam',
    'exams',
  ],
  interests: ['interest', 'interests', 'hobby', 'hobbies'],
  contact: ['contact', 'email', 'phone', 'linkedin', 'header'],
};

const SECTION_PHRASES = new Set(Object.values(SECTION_WORDS).flat());

/** Organisation/title words that name no particular entry. */
const GENERIC = new Set(
  (
    'inc llc ltd co corp company group university college school schools high department dept labs lab agency ' +
    'partners city kitchen the of and hospital center centre services solutions international global'
  ).split(' '),
);

/** Two-letter region codes in a location ("Austin, TX") are words of the question too often ("in", "or", "me"). */
const STATE_CODES = new Set(
  'al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy uk us'.split(
    ' ',
  ),
);

function has(tokens: readonly string[], phrase: string): boolean {
  const words = phrase.split(' ');
  outer: for (let i = 0; i + words.length <= tokens.length; i++) {
    for (let j = 0; j < words.length; j++) if (tokens[i + j] !== words[j]) continue outer;
    return true;
  }
  return false;
}

export function sectionMentioned(report: ReportView, rawTokens: readonly string[]): number | null {
  // Plurals name the section too ("both degrees", "my certs"); "what about X" names no "About" section.
  const tokens = rawTokens
    .map((t, i) => (t === 'about' && (rawTokens[i - 1] === 'what' || rawTokens[i - 1] === 'how') ? '' : t))
    .map((t) => (SECTION_PHRASES.has(t) ? t : stem(t)));
  const hits: { index: number; at: number }[] = [];
  report.sections.forEach((s, index) => {
    // Stemmed like the question ("publications" → "publication"), one word at a time.
    // A note in brackets is no part of the name ("CLINICAL PLACEMENTS (University)" is named "clinical placements").
    const heading = (s.heading ?? '')
      .replace(/\([^)]*\)/g, ' ')
      .toLowerCase()
      .replace(/[^a-z ]+/g, ' ')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => (SECTION_PHRASES.has(w) ? w : stem(w)))
      .join(' ');
    const phrases = [...(SECTION_WORDS[s.kind] ?? []), ...(heading ? [heading] : [])];
    for (const p of phrases) {
      if (has(tokens, p)) hits.push({ index, at: tokens.indexOf(p.split(' ')[0]!) });
    }
  });
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.at - b.at);
  return hits[0]!.index;
}

function tokenize(value: string | null | undefined): string[] {
  return (value ?? '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()
    .split(' ')
    .filter((t) => t.length > 0);
}

function acronyms(title: string | null | undefined): string[] {
  const words = tokenize(title).filter((w) => !STOPWORDS.has(w));
  if (words.length < 2) return [];
  const full = words.map((w) => w[0]).join('');
  return [full, full.slice(0, -1)].filter((a) => a.length >= 2);
}

/** A title word asked by its short form ("postdoc" for "postdoctoral", "admin" for "administrator"). */
function shortFormOf(word: string, asked: ReadonlySet<string>): boolean {
  if (word.length < 8) return false;
  for (const a of asked) if (a.length >= 5 && word.length - a.length >= 3 && word.startsWith(a)) return true;
  return false;
}

/** The entry a question names by organisation or title words, if one clearly wins. */
function entryByName(report: ReportView, tokens: readonly string[]): EntryRef | null {
  const entries = entriesOf(report);
  const df = new Map<string, number>();
  const bags = entries.map((e) => {
    const org = new Set(tokenize(e.value.organization).filter((t) => !GENERIC.has(t) && !STOPWORDS.has(t)));
    // Where it was names it too: "my time in korea", "the diagnostics job in peterborough".
    const place = new Set(
      tokenize(e.value.location).filter((t) => !GENERIC.has(t) && !STOPWORDS.has(t) && !STATE_CODES.has(t)),
    );
    const title = new Set([...tokenize(e.value.title).filter((t) => !STOPWORDS.has(t)), ...acronyms(e.value.title)]);
    for (const t of new Set([...org, ...title, ...place])) df.set(t, (df.get(t) ?? 0) + 1);
    return { org, title, place };
  });
  const asked = new Set(tokens.map(stem));
  const text = ` ${tokens.join(' ')} `;
  const scored = entries.map((e, i) => {
    const { org, title, place } = bags[i]!;
    let score = 0;
    const orgName = tokenize(e.value.organization).join(' ');
    const fullOrg = orgName.length > 0 && text.includes(` ${orgName} `);
    for (const t of org) {
      if (!asked.has(t) && !asked.has(stem(t))) continue;
      const common = isEnglishWord(t) && !fullOrg;
      score += (common ? 0.5 : 1) / (df.get(t) ?? 1);
    }
    // A place the question names after "in"/"at" is not a common word there ("in korea", "at Cambridge").
    for (const t of place) if (text.includes(` in ${t} `) || text.includes(` at ${t} `)) score += 1 / (df.get(t) ?? 1);
    for (const t of title) {
      if (ASK_WORDS.has(t) && t !== 'intern') continue;
      if (
        asked.has(t) ||
        asked.has(stem(t)) ||
        (t === 'intern' && (asked.has('internship') || asked.has('coop'))) ||
        shortFormOf(t, asked)
      )
        score += 0.8 / (df.get(t) ?? 1);
    }
    return { e, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < 0.75 || (second && second.score >= best.score)) return null;
  return best.e;
}

/**
 * Several entries at the organisation the question names ("my first job at Larkspur" when two roles there
 * tie): the ordinal picks by date within them (first = the earliest start), else the most recent one.
 */
function entryAtOrganisation(report: ReportView, tokens: readonly string[]): EntryRef | null {
  const text = ` ${tokens.join(' ')} `;
  // The organisation word may sit in the title when the parser did not split "Title, Organisation".
  const words = (e: EntryRef) =>
    tokenize(`${e.value.organization ?? ''} ${e.value.title ?? ''}`).filter(
      (t) => t.length >= 4 && !GENERIC.has(t) && !STOPWORDS.has(t) && !ASK_WORDS.has(t),
    );
  const asked = tokens.filter((t) => t.length >= 4 && !ASK_WORDS.has(t) && !STOPWORDS.has(t));
  const candidates = entriesOf(report).map((e) => ({ e, hits: words(e).filter((t) => text.includes(` ${t} `)) }));
  const named = candidates.filter((c) => c.hits.length > 0);
  // All of them named by the same word(s), none by a word of its own: the question names the organisation only.
  const shared = named[0]?.hits.join(' ');
  const orgWords = new Set(entriesOf(report).flatMap((e) => tokenize(e.value.organization)));
  if (named.length < 2 || named.some((c) => c.hits.join(' ') !== shared) || asked.length === 0) return null;
  // The word must name an organisation somewhere ("harbour"), not a job title both share ("designer").
  if (!named[0]!.hits.some((t) => orgWords.has(t))) return null;
  const byStart = named.map((c) => c.e).sort((a, b) => (a.value.start ?? '').localeCompare(b.value.start ?? ''));
  const m = text.match(/\b(first|earliest|oldest|original|second|last|latest|current|recent|newest)\b/);
  if (!m) return named[0]!.e;
  if (['first', 'earliest', 'oldest', 'original'].includes(m[1]!)) return byStart[0]!;
  if (m[1] === 'second') return byStart[1] ?? null;
  return byStart.at(-1)!;
}

function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  return has(tokens, phrase.join(' '));
}

/**
 * An entry named by its whole title ("whats weak in mechanical engineer I", "the second staff pharmacist
 * one"): the longest title written in the question. Several entries sharing that title are told apart by
 * an ordinal (page order: "the second science teacher job") or by recency ("my current …", "the previous …").
 */
function entryByTitle(report: ReportView, tokens: readonly string[]): EntryRef | null {
  const ordinalWord = tokens.find(
    (t) => ordinal(t) !== null || /^(current|latest|recent|previous|prior|earlier|older|oldest|original)$/.test(t),
  );
  let best: { title: string; length: number; entries: EntryRef[] } | null = null;
  for (const e of entriesOf(report)) {
    const title = tokenize(e.value.title);
    if (title.length === 0 || (title.length < 2 && !ordinalWord) || !containsPhrase(tokens, title)) continue;
    const key = title.join(' ');
    if (!best || title.length > best.length) best = { title: key, length: title.length, entries: [e] };
    else if (title.length === best.length && key === best.title) best.entries.push(e);
    else if (title.length === best.length) return null;
  }
  if (!best) return null;
  if (best.entries.length === 1) return best.entries[0]!;
  if (!ordinalWord) return null;
  const n = ordinal(ordinalWord);
  if (n !== null) return (n === -1 ? best.entries.at(-1) : best.entries[n - 1]) ?? null;
  const recent = byRecency(best.entries, (j) => j.value);
  if (/^(current|latest|recent)$/.test(ordinalWord)) return recent[0]!;
  if (/^(oldest|original)$/.test(ordinalWord)) return recent.at(-1)!;
  return recent[1] ?? null;
}

/** "my first job", "my current job", "my previous job", "my internship". */
function entryByOrdinal(report: ReportView, tokens: readonly string[]): EntryRef | null {
  const jobs = entriesOf(report, ['experience']);
  if (jobs.length === 0) return null;
  const text = tokens.join(' ');
  const m = text.match(
    /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|current|latest|recent|previous|prior|earlier|older|oldest) (job|role|position|one|employer|internship)\b/,
  );
  if (!m) return null;
  const word = m[1]!;
  // "Recent", "previous", "oldest" go by the dates, not by where the role sits on the page.
  const recent = byRecency(jobs, (j) => j.value);
  if (word === 'current' || word === 'latest' || word === 'recent') return recent[0]!;
  if (word === 'previous' || word === 'prior' || word === 'earlier') return recent[1] ?? null;
  if (word === 'oldest' || word === 'older') return recent.at(-1) ?? null;
  if (word === 'last') return recent[0]!;
  const n = ordinal(word);
  return n === null ? null : (jobs[n - 1] ?? null);
}

/** "the second bullet in experience", "4th bullet under charge nurse", "first bullet of my current job". */
function bulletByOrdinal(report: ReportView, tokens: readonly string[]): BulletRef | null {
  const text = tokens.join(' ');
  const m = text.match(
    /\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|last) (bullet|line|point)\b(.*)$/,
  );
  if (!m) return null;
  const n = ordinal(m[1]!)!;
  const rest = tokenize(m[3]);
  const pick = (list: BulletRef[]) => (n === -1 ? list.at(-1) : list[n - 1]) ?? null;
  const entry = entryByOrdinal(report, rest) ?? entryByName(report, rest);
  if (entry) return pick(bulletsOf(report, { section: entry.section, entry: entry.entry }));
  const section = sectionMentioned(report, rest);
  if (section !== null) return pick(bulletsOf(report, { section }));
  const first = entriesOf(report, ['experience'])[0];
  return first ? pick(bulletsOf(report, { section: first.section })) : null;
}

/** "the Epic bullet", "the database bullet", "the sql queries line": distinctive words of one bullet. */
function bulletByTopic(report: ReportView, tokens: readonly string[], loose: boolean): BulletRef | null {
  const all = bulletsOf(report);
  const bags = all.map((b) => new Set(tokenize(b.text).map(stem)));
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of bag) df.set(t, (df.get(t) ?? 0) + 1);
  const named = /\b(bullet|line|point|one)\b/.test(tokens.join(' '));
  const asked = tokens.map(stem).filter((t) => !STOPWORDS.has(t) && !ASK_WORDS.has(t) && t.length > 1);
  const scored = all.map((ref, i) => {
    let score = 0;
    let hits = 0;
    for (const t of new Set(asked)) {
      if (!bags[i]!.has(t)) continue;
      hits++;
      score += 1 / (df.get(t) ?? 1);
    }
    return { ref, score, hits };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.hits === 0 || (second && second.score >= best.score)) return null;
  if (named || best.hits >= 2) return best.ref;
  return loose && best.score >= 1 ? best.ref : null;
}

/**
 * A bullet written into the question without quotes or a separator ("rewrite Research was presented to …",
 * "how do i quantify Fixed bugs reported by QA"): nearly all of its words, in order, inside the question.
 * The longest such bullet wins, so a short line inside a longer one does not.
 */
export function bulletWrittenIn(report: ReportView, tokens: readonly string[]): BulletRef | null {
  return longestWrittenIn(bulletsOf(report), (b) => b.text, tokens);
}

/** The same for a summary or list line (a bullet the parser left as a plain line, a certificate line). */
function lineWrittenIn(report: ReportView, tokens: readonly string[]): { line: string; section: number } | null {
  const lines = report.sections.flatMap((s, section) =>
    [...new Set([...(s.lines ?? []), ...(s.items ?? [])])].flatMap((line) => [
      { line, section },
      // One sentence of a paragraph the parser kept as a line ("Booked meetings for the sales team.").
      ...sentencesOf(line).map((sentence) => ({ line: sentence, section })),
    ]),
  );
  return longestWrittenIn(lines, (l) => l.line, tokens);
}

/** The sentences of a line that has two or more, else none. */
function sentencesOf(line: string): string[] {
  const parts = sentences(line);
  return parts.length >= 2 ? parts.filter((p) => p.split(/\s+/).length >= 3) : [];
}

function longestWrittenIn<T>(candidates: readonly T[], text: (c: T) => string, tokens: readonly string[]): T | null {
  const asked = tokens.map(stem);
  let best: { c: T; length: number } | null = null;
  for (const c of candidates) {
    const want = tokenize(text(c)).map(stem);
    if (want.length < 3 || want.length > asked.length) continue;
    let j = 0;
    let hit = 0;
    for (const w of want) {
      const k = asked.indexOf(w, j);
      if (k < 0) continue;
      hit++;
      j = k + 1;
    }
    if (hit / want.length >= 0.85 && (!best || want.length > best.length)) best = { c, length: want.length };
  }
  return best?.c ?? null;
}

/** The bullet the previous answer was about, if it was about one. */
function cursorBullet(report: ReportView, cursor: AnswerCursor | null): BulletRef | null {
  if (!cursor || cursor.section === null || cursor.entry === null || cursor.bullet === null) return null;
  return (
    bulletsOf(report, { section: cursor.section, entry: cursor.entry }).find((b) => b.bullet === cursor.bullet) ?? null
  );
}

/** The summary section when the question names it as theirs ("my profile says …", "the summary is"). */
function summaryNamed(report: ReportView, tokens: readonly string[]): number | null {
  const text = tokens.join(' ');
  if (
    !/\b(my|the) (summary|profile|objective|intro|about me|personal statement|bio)\b(?! (project|page|picture|photo|redesign|feature|link))/.test(
      text,
    )
  )
    return null;
  const index = report.sections.findIndex((s) => s.kind === 'summary');
  return index >= 0 ? index : null;
}

/**
 * A job the parser left as a section of its own (a LinkedIn paste: the title read as a heading, the employer
 * as a short line under it): "what about paywise", "do i keep the red bull job" name that section by the
 * employer's line. Only a short line (a name, not a sentence) and a word no dictionary knows, or the whole line.
 */
function sectionByNameLine(report: ReportView, tokens: readonly string[]): number | null {
  const text = ` ${tokens.join(' ')} `;
  const asked = new Set(tokens.filter((t) => t.length >= 3 && !STOPWORDS.has(t) && !ASK_WORDS.has(t)));
  const hits: number[] = [];
  report.sections.forEach((s, index) => {
    // Only a section the parser could not map: a list section's short lines are items, named the usual way.
    if (s.kind !== 'other' || (s.entries ?? []).length > 0) return;
    const named = (s.lines ?? []).some((line) => {
      const words = tokenize(line).filter((w) => !GENERIC.has(w));
      if (words.length === 0 || tokenize(line).length > 4) return false;
      if (text.includes(` ${words.join(' ')} `)) return true;
      return words.some((w) => asked.has(w) && !isEnglishWord(w));
    });
    if (named) hits.push(index);
  });
  return hits.length === 1 ? hits[0]! : null;
}

export interface ResolveInput {
  text: string;
  tokens: readonly string[];
  report: ReportView;
  focusSection: number | null;
  cursor: AnswerCursor | null;
  /** The ask is about one line (rewrite, judge, quantify, keep, explain): a single rare word may name it. */
  lineAsk: boolean;
  /** The ask is about the whole resume (leadership, gaps, order…): entry/bullet words are not referents. */
  wholeResumeAsk: boolean;
}

export function resolveReferent(input: ResolveInput): Referent {
  const { text, tokens, report } = input;
  const pasted = pastedText(text);
  if (pasted) {
    const found = matchPasted(report, pasted);
    if (found.match) return { kind: 'bullet', ref: found.match };
    return { kind: 'pasted', pasted: found };
  }
  const written = bulletWrittenIn(report, tokens);
  if (written) return { kind: 'bullet', ref: written };
  const line = lineWrittenIn(report, tokens);
  if (line) return { kind: 'pasted', pasted: { text: line.line, match: null, line: line.line, section: line.section } };
  // "my profile says i worked up from groundworker": the summary names everything, so it is named first.
  const summary = summaryNamed(report, tokens);
  if (summary !== null) return { kind: 'section', index: summary };
  if (!input.wholeResumeAsk) {
    const nth = bulletByOrdinal(report, tokens);
    if (nth) return { kind: 'bullet', ref: nth };
    const entry =
      entryByTitle(report, tokens) ??
      entryByName(report, tokens) ??
      entryAtOrganisation(report, tokens) ??
      entryByOrdinal(report, tokens);
    const topic = bulletByTopic(report, tokens, input.lineAsk);
    if (topic && (!entry || /\b(bullet|line|point)\b/.test(tokens.join(' ')))) return { kind: 'bullet', ref: topic };
    if (entry) return { kind: 'entry', ref: entry };
  }
  const section = sectionMentioned(report, tokens);
  if (section !== null) return { kind: 'section', index: section };
  if (!input.wholeResumeAsk) {
    const named = sectionByNameLine(report, tokens);
    if (named !== null) return { kind: 'section', index: named };
  }
  // "ok so how would you write it", "make it shorter": the line the last answer was about.
  const last = input.lineAsk ? cursorBullet(report, input.cursor) : null;
  if (last && /\b(it|this|that|this one|that one)\b/.test(tokens.join(' '))) return { kind: 'bullet', ref: last };
  if (input.focusSection !== null && report.sections[input.focusSection])
    return { kind: 'section', index: input.focusSection };
  return { kind: 'none' };
}
