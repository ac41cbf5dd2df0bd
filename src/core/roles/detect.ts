import type { Resume } from '../resume/types.js';
import { ROLE_PROFILES, getRoleProfile } from './registry.js';
import { countDistinctTerms, termsIn } from '../text/terms.js';
import { fieldsNamedBy } from './field-words.js';
import type { RoleId } from './types.js';

export type RoleSource = 'detected' | 'requested' | 'default';

export interface RoleDetection {
  id: RoleId;
  /** 0–1: how sure the detection is (1 for a requested role). */
  confidence: number;
  source: RoleSource;
  /** The next best role and how close it came (null when nothing else scored, or the role was requested). */
  runnerUp?: { id: RoleId; confidence: number } | null;
}

/** Below this the review says it is unsure and suggests `/role`. */
export const LOW_CONFIDENCE = 0.5;

export interface RoleInfo extends Omit<RoleDetection, 'runnerUp'> {
  label: string;
  runnerUp?: { id: RoleId; label: string; confidence: number } | null;
}

/** Weights, tuned on the synthetic fixtures: a headline says the most, then the latest title. */
const HEADLINE_WEIGHT = 4;
/** The summary's first sentence often names the field ("Registered nurse with six years…"). */
const SUMMARY_WEIGHT = 2;
const LATEST_TITLE_WEIGHT = 3;
const OLDER_TITLE_WEIGHT = 1.5;
/**
 * "Software engineer" and "developer" fit almost everyone, and the general profile's titles ("architect",
 * "consultant") are broad: they count less when a specific role also matches the same line.
 */
const GENERIC_ROLES: ReadonlySet<RoleId> = new Set(ROLE_PROFILES.filter((p) => p.generic).map((p) => p.id));
const GENERIC_SHARE = 0.4;
const VOCAB_POINT = 0.5;
const VOCAB_CAP = 6;
/** Below this there is too little signal to pick anything but the general profile. */
const MIN_SCORE = 2;
/** Without a matching title, vocabulary alone must be stronger than this. */
const MIN_VOCAB_ONLY = 3;
/** Distinct software-vocabulary points that make an untitled resume a software one. */
const SOFTWARE_FALLBACK = 2;

interface TitleLine {
  text: string;
  weight: number;
}

function titleLines(resume: Resume): TitleLine[] {
  const lines: TitleLine[] = [];
  const contact = resume.sections.find((s) => s.kind === 'contact');
  const headerLines = contact ? contact.lines : resume.text.split('\n').slice(0, 4);
  for (const line of headerLines.slice(0, 4)) {
    // A headline is short and is not the email/phone/link line.
    if (line.split(/\s+/).length <= 8 && !/@|\d{3}|https?:|www\.|linkedin|github/i.test(line)) {
      lines.push({ text: line, weight: HEADLINE_WEIGHT });
    }
  }
  const summary = resume.sections.find((s) => s.kind === 'summary');
  const opening = summary?.lines.join(' ').split(/(?<=[.!?])\s/)[0];
  if (opening) lines.push({ text: opening, weight: SUMMARY_WEIGHT });
  let first = true;
  for (const section of resume.sections) {
    if (section.kind !== 'experience') continue;
    for (const entry of section.entries) {
      if (!entry.title) continue;
      lines.push({ text: entry.title, weight: first ? LATEST_TITLE_WEIGHT : OLDER_TITLE_WEIGHT });
      first = false;
    }
  }
  return lines;
}

const STUDYING_WEIGHT = 1.5;
const IN_PROGRESS =
  /\b(?:(?:1st|2nd|3rd|4th|first|second|third|fourth|final)[-\s]year|expected|anticipated|in\s+progress|ongoing|present|current(?:ly)?)\b/i;

function stillStudying(resume: Resume): boolean {
  return resume.sections.some(
    (s) =>
      s.kind === 'education' &&
      s.entries.some((e) =>
        IN_PROGRESS.test([e.title, e.organization, e.dateText, ...e.lines].filter(Boolean).join(' ')),
      ),
  );
}

export interface RoleScore {
  title: number;
  vocabulary: number;
  total: number;
}

export function scoreRoles(resume: Resume): Map<RoleId, RoleScore> {
  const scores = new Map<RoleId, RoleScore>(ROLE_PROFILES.map((p) => [p.id, { title: 0, vocabulary: 0, total: 0 }]));
  for (const profile of ROLE_PROFILES) {
    const s = scores.get(profile.id);
    if (s) s.vocabulary = Math.min(VOCAB_CAP, countDistinctTerms(resume.text, profile.vocabulary) * VOCAB_POINT);
  }
  for (const line of titleLines(resume)) {
    // One cached matcher per profile's title list (a fresh one-term list per title compiled a matcher each time).
    const hits = ROLE_PROFILES.map((p) => ({ id: p.id, titles: termsIn(line.text, p.titles) }));
    const matched: RoleId[] = hits.filter((h) => h.titles.length > 0).map((h) => h.id);
    // "Accounts Assistant": no specific title matched, but the word before the rank names a field (of
    // several, the one the resume's vocabulary backs most).
    if (!matched.some((id) => !GENERIC_ROLES.has(id))) {
      const field = fieldsNamedBy(
        line.text,
        hits.flatMap((h) => h.titles),
      )
        .map((id) => [id, scores.get(id)?.vocabulary ?? 0] as const)
        .filter(([, v]) => v > 0)
        .sort((a, b) => b[1] - a[1])[0];
      if (field) matched.push(field[0]);
    }
    const hasSpecific = matched.some((id) => !GENERIC_ROLES.has(id));
    for (const id of matched) {
      const share = hasSpecific && GENERIC_ROLES.has(id) ? GENERIC_SHARE : 1;
      const s = scores.get(id);
      if (s) s.title += line.weight * share;
    }
  }
  // Still studying ("BSc … (2nd year)", "Expected 2027", "2024 – present"): the resume is a student's unless a
  // job title says more.
  const student = scores.get('student');
  if (student && stillStudying(resume)) student.title += STUDYING_WEIGHT;
  for (const s of scores.values()) s.total = s.title + s.vocabulary;
  return scores;
}

type Ranked = [RoleId, RoleScore][];

function runnerUpOf(ranked: Ranked, chosen: RoleId): RoleDetection['runnerUp'] {
  const best = ranked.find(([id]) => id === chosen)?.[1].total ?? 0;
  const next = ranked.find(([id, s]) => id !== chosen && s.total > 0);
  if (!next) return null;
  return { id: next[0], confidence: Math.round((next[1].total / Math.max(1, best + next[1].total)) * 100) / 100 };
}

/**
 * A generic title ("Software Engineer", "Intern", "Student") says little when one specific field's
 * vocabulary is plainly stronger: "Junior Developer" whose bullets are all REST, PostgreSQL and Kafka is a
 * backend resume. The specific field needs real vocabulary and must beat the generic one's vocabulary.
 */
const SPECIFIC_VOCAB = 2;
/** Vocabulary points (two distinct terms each) by which a specific field must lead a generic title's. */
const PLAIN_LEAD = 1;
function preferSpecific(ranked: Ranked): Ranked {
  const [top] = ranked;
  if (!top || !GENERIC_ROLES.has(top[0])) return ranked;
  // Software is generic next to backend, but specific next to "Student" or the general profile.
  const candidate = (id: RoleId): boolean =>
    !GENERIC_ROLES.has(id) || (id === 'software' && (top[0] === 'student' || top[0] === 'general'));
  const specific = ranked
    .filter(([id, s]) => candidate(id) && s.vocabulary >= SPECIFIC_VOCAB && s.vocabulary > top[1].vocabulary)
    .sort((a, b) => b[1].total - a[1].total)[0];
  // A student's field shows in the words they use, not in a title: a clear field vocabulary wins. So does a
  // field whose vocabulary plainly outweighs the generic title's own (a junior "Developer" writing APIs).
  const outweighs = (s: RoleScore): boolean => s.vocabulary >= top[1].vocabulary + PLAIN_LEAD;
  if (!specific || (top[0] !== 'student' && specific[1].total < top[1].total / 2 && !outweighs(specific[1])))
    return ranked;
  return [specific, ...ranked.filter(([id]) => id !== specific[0])];
}

/** The role the resume reads as, from titles (heavy) and vocabulary; the general profile when unclear. */
export function detectRole(resume: Resume): RoleDetection {
  const scores = scoreRoles(resume);
  const byTotal: Ranked = [...scores].sort((a, b) => b[1].total - a[1].total);
  const ranked = preferSpecific(byTotal);
  const [bestId, bestScore] = ranked[0] ?? ['general', { title: 0, vocabulary: 0, total: 0 }];
  const best = bestScore.total;
  const second = ranked[1]?.[1].total ?? 0;
  // A specific field promoted over a generic title stands on that title's evidence too.
  const [topId, topScore] = byTotal[0] ?? ['general', { title: 0, vocabulary: 0, total: 0 }];
  const lead = topId === bestId ? bestScore : topScore;
  const tooWeak = lead.total < MIN_SCORE || (lead.title === 0 && lead.vocabulary < MIN_VOCAB_ONLY);
  if (tooWeak) {
    // No title to go on (typical of students), but plainly a programmer: the broad software profile fits
    // better than the general one.
    const software = scores.get('software');
    if (software && software.vocabulary >= SOFTWARE_FALLBACK)
      return { id: 'software', confidence: 0.35, source: 'detected', runnerUp: runnerUpOf(ranked, 'software') };
    return { id: 'general', confidence: 0.3, source: 'default', runnerUp: runnerUpOf(ranked, 'general') };
  }
  const strength = Math.min(1, best / 10);
  const margin = Math.max(0, best - second) / best;
  const confidence = Math.round(Math.min(1, 0.3 + 0.4 * strength + 0.3 * margin) * 100) / 100;
  return { id: bestId, confidence, source: 'detected', runnerUp: runnerUpOf(ranked, bestId) };
}

/** A requested role wins; otherwise the detected one. */
export function resolveRole(resume: Resume, requested: RoleId | null = null): RoleInfo {
  const detection: RoleDetection = requested
    ? { id: requested, confidence: 1, source: 'requested', runnerUp: null }
    : detectRole(resume);
  const { runnerUp, ...rest } = detection;
  return {
    ...rest,
    label: getRoleProfile(detection.id).label,
    runnerUp: runnerUp ? { ...runnerUp, label: getRoleProfile(runnerUp.id).label } : null,
  };
}
