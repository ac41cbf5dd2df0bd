/**
 * Action verbs: which opening words are strong, weak, or not verbs at all, and their tense. A broad list of
 * base forms plus a morphological fallback (a past-tense "-ed" word not known to be weak or adjectival counts
 * as a strong past-tense verb, so "Sharded", "Instrumented" and "Containerized" pass).
 */
import { PAST_TO_BASE } from './irregular.js';
import { ADJECTIVE_TAILS, NOT_VERBS, PREFIXES, STRONG_BASES, WEAK_BASES } from './lists.js';

export type VerbForm = 'past' | 'present' | 'gerund';
export interface VerbInfo {
  base: string;
  form: VerbForm;
  /** strong: an action verb; weak: a verb that says little ("worked", "helped", "used"). */
  strength: 'strong' | 'weak';
  /** True when the base is in our lists (false: accepted by the -ed fallback only). */
  known: boolean;
}

function known(base: string): 'strong' | 'weak' | null {
  if (WEAK_BASES.has(base)) return 'weak';
  if (STRONG_BASES.has(base)) return 'strong';
  return null;
}

function pastCandidates(w: string): string[] {
  if (!w.endsWith('ed') || w.length < 4) return [];
  const stem = w.slice(0, -2);
  const c = [stem, w.slice(0, -1)];
  if (w.endsWith('ied')) c.push(`${w.slice(0, -3)}y`);
  if (/([bdgklmnprtz])\1ed$/.test(w)) c.push(w.slice(0, -3));
  return c;
}

function presentCandidates(w: string): string[] {
  const c = [w];
  if (w.endsWith('ies')) c.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) c.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) c.push(w.slice(0, -1));
  return c;
}

function gerundCandidates(w: string): string[] {
  if (!w.endsWith('ing') || w.length < 5) return [];
  const stem = w.slice(0, -3);
  const c = [stem, `${stem}e`];
  if (/([bdgklmnprtz])\1$/.test(stem)) c.push(stem.slice(0, -1));
  return c;
}

function classifySimple(w: string): VerbInfo | null {
  if (NOT_VERBS.has(w)) return null;
  const irregular = PAST_TO_BASE.get(w);
  if (irregular) {
    const s = known(irregular) ?? 'strong';
    return { base: irregular, form: 'past', strength: s, known: true };
  }
  for (const b of pastCandidates(w)) {
    const s = known(b);
    if (s) return { base: b, form: 'past', strength: s, known: true };
  }
  for (const b of gerundCandidates(w)) {
    const s = known(b);
    if (s) return { base: b, form: 'gerund', strength: s, known: true };
  }
  for (const b of presentCandidates(w)) {
    const s = known(b);
    if (s) return { base: b, form: 'present', strength: s, known: true };
  }
  // Morphological fallback: an unknown past-tense word is taken as a strong verb ("Sharded", "Dockerized").
  if (w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed')) {
    return { base: w.slice(0, -2), form: 'past', strength: 'strong', known: false };
  }
  return null;
}

/** Classifies one word (case-insensitive; hyphenated prefixes like "Co-led", "Re-architected" are handled). */
export function classifyVerb(word: string): VerbInfo | null {
  const w = word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^a-z-]/g, '');
  if (w.length < 2) return null;
  if (w.includes('-')) {
    const parts = w.split('-').filter(Boolean);
    const last = parts[parts.length - 1] ?? '';
    const head = parts[0] ?? '';
    if (PREFIXES.includes(head) && parts.length === 2) return classifySimple(last);
    if (ADJECTIVE_TAILS.has(last)) return null;
    if (NOT_VERBS.has(w)) return null;
    return classifySimple(last);
  }
  return classifySimple(w);
}

/** True when the word, opening a bullet, is a strong action verb, whatever its tense. */
export function isStrongOpening(word: string): boolean {
  const v = classifyVerb(word);
  return v !== null && v.strength === 'strong';
}
