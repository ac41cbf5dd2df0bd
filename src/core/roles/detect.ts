import type { Resume } from '../resume/types.js';
import { ROLE_PROFILES, getRoleProfile } from './registry.js';
import { countDistinctTerms, hasAnyTerm } from '../text/terms.js';
import type { RoleId } from './types.js';

export type RoleSource = 'detected' | 'requested' | 'default';

export interface RoleDetection {
  id: RoleId;
  /** 0–1: how sure the detection is (1 for a requested role). */
  confidence: number;
  source: RoleSource;
}

export interface RoleInfo extends RoleDetection {
  label: string;
}

/** Weights, tuned on the synthetic fixtures: a headline says the most, then the latest title. */
const HEADLINE_WEIGHT = 4;
const LATEST_TITLE_WEIGHT = 3;
const OLDER_TITLE_WEIGHT = 1.5;
/**
 * "Software engineer" and "developer" fit almost everyone, and the general profile's titles ("architect",
 * "consultant") are broad: they count less when a specific role also matches the same line.
 */
const GENERIC_ROLES: ReadonlySet<RoleId> = new Set(['software', 'general']);
const GENERIC_SHARE = 0.4;
const VOCAB_POINT = 0.5;
const VOCAB_CAP = 6;
/** Below this there is too little signal to pick anything but the general profile. */
const MIN_SCORE = 2;
/** Without any matching title, vocabulary alone must be stronger than this. */
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

export interface RoleScore {
  title: number;
  vocabulary: number;
  total: number;
}

export function scoreRoles(resume: Resume): Map<RoleId, RoleScore> {
  const scores = new Map<RoleId, RoleScore>(ROLE_PROFILES.map((p) => [p.id, { title: 0, vocabulary: 0, total: 0 }]));
  for (const line of titleLines(resume)) {
    const matched = ROLE_PROFILES.filter((p) => hasAnyTerm(line.text, p.titles));
    const hasSpecific = matched.some((p) => !GENERIC_ROLES.has(p.id));
    for (const profile of matched) {
      const share = hasSpecific && GENERIC_ROLES.has(profile.id) ? GENERIC_SHARE : 1;
      const s = scores.get(profile.id);
      if (s) s.title += line.weight * share;
    }
  }
  for (const profile of ROLE_PROFILES) {
    const s = scores.get(profile.id);
    if (!s) continue;
    s.vocabulary = Math.min(VOCAB_CAP, countDistinctTerms(resume.text, profile.vocabulary) * VOCAB_POINT);
    s.total = s.title + s.vocabulary;
  }
  return scores;
}

/** The role the resume reads as, from titles (heavy) and vocabulary; the general profile when unclear. */
export function detectRole(resume: Resume): RoleDetection {
  const scores = scoreRoles(resume);
  const ranked = [...scores].sort((a, b) => b[1].total - a[1].total);
  const [bestId, bestScore] = ranked[0] ?? ['general', { title: 0, vocabulary: 0, total: 0 }];
  const best = bestScore.total;
  const second = ranked[1]?.[1].total ?? 0;
  const tooWeak = best < MIN_SCORE || (bestScore.title === 0 && bestScore.vocabulary < MIN_VOCAB_ONLY);
  if (tooWeak) {
    // No title to go on (typical of students), but plainly a programmer: the broad software profile fits
    // better than the general one.
    const software = scores.get('software');
    if (software && software.vocabulary >= SOFTWARE_FALLBACK)
      return { id: 'software', confidence: 0.35, source: 'detected' };
    return { id: 'general', confidence: 0.3, source: 'default' };
  }
  const strength = Math.min(1, best / 10);
  const margin = (best - second) / best;
  const confidence = Math.round(Math.min(1, 0.3 + 0.4 * strength + 0.3 * margin) * 100) / 100;
  return { id: bestId, confidence, source: 'detected' };
}

/** A requested role wins; otherwise the detected one. */
export function resolveRole(resume: Resume, requested: RoleId | null = null): RoleInfo {
  const detection: RoleDetection = requested
    ? { id: requested, confidence: 1, source: 'requested' }
    : detectRole(resume);
  return { ...detection, label: getRoleProfile(detection.id).label };
}
