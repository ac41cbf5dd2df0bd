/**
 * Pillar coverage: for each pillar of a role profile, whether the resume's own prose (bullets, summary,
 * entry lines — not the skills list) shows evidence of it, with up to three verbatim lines as proof.
 * Terms match on word boundaries, with plurals and simple inflections ("shard" → "sharded", "cache" →
 * "caching"), their other spellings ("k8s" for Kubernetes) and well-known names that show them ("Kafka" for a
 * queue): see text/aliases.ts.
 */
import type { Resume, SectionKind } from '../resume/types.js';
import type { RoleProfile } from './types.js';
import { equivalentsOf, keepsCase } from '../text/aliases.js';
import { TextIndex, compileMatcher, type TermMatcher } from '../text/terms.js';

export interface PillarCoverage {
  id: string;
  label: string;
  covered: boolean;
  /** Verbatim lines (whole bullet or line) from the resume, at most three. */
  evidence: string[];
}

export const MAX_EVIDENCE = 3;

const termCache = new Map<string, TermMatcher>();
const termsByList = new WeakMap<readonly string[], TermMatcher>();

/** Two-letter acronyms ("HA") and names that are ordinary words ("Go") match their case only. */
const exactCase = (term: string): boolean => /^[A-Z]{2}$/.test(term) || keepsCase(term);

/** A matcher for a vocabulary (with the well-known names each term stands for). Cached. */
export function compileTerms(terms: readonly string[]): TermMatcher {
  const known = termsByList.get(terms);
  if (known) return known;
  const key = terms.join('\u0000');
  let hit = termCache.get(key);
  if (!hit) {
    const expanded = new Set(terms.flatMap(equivalentsOf));
    hit = compileMatcher([...expanded], { inflect: true, caseSensitive: exactCase });
    termCache.set(key, hit);
  }
  termsByList.set(terms, hit);
  return hit;
}

const ENTRY_KINDS: readonly SectionKind[] = [
  'experience',
  'projects',
  'volunteering',
  'leadership',
  'education',
  'other',
];
const PROSE_KINDS: readonly SectionKind[] = ['summary', 'other', 'publications', 'awards'];

/** The resume's own prose, best evidence first: experience and project bullets, then the rest. */
export function proseLines(resume: Resume): string[] {
  const rank = (kind: SectionKind): number => {
    const i = ENTRY_KINDS.indexOf(kind);
    return i >= 0 ? i : ENTRY_KINDS.length;
  };
  const order = resume.sections.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s.kind) - rank(b.s.kind) || a.i - b.i);
  const out: string[] = [];
  for (const { s } of order) {
    if (ENTRY_KINDS.includes(s.kind)) {
      for (const e of s.entries) {
        // A project's title often names its stack: "Course Planner (React, Flask)".
        if (s.kind === 'projects' && e.title) out.push(e.title);
        out.push(...e.bullets, ...e.lines);
      }
      // A section the parser kept as plain lines ("PROJECTS" with no entry structure) is still the user's prose.
      if (s.entries.length === 0) out.push(...s.lines, ...s.items);
    } else if (PROSE_KINDS.includes(s.kind)) {
      out.push(...s.lines, ...s.items);
    }
  }
  return [...new Set(out.map((l) => l.trim()).filter((l) => l.length > 0))];
}

const memo = new WeakMap<Resume, Map<RoleProfile, PillarCoverage[]>>();

/** Memoised per resume object and role (the rules and the review both ask); treat the result as read-only. */
export function computeCoverage(resume: Resume, role: RoleProfile): PillarCoverage[] {
  let byRole = memo.get(resume);
  if (!byRole) {
    byRole = new Map();
    memo.set(resume, byRole);
  }
  let result = byRole.get(role);
  if (!result) {
    result = coverageOf(resume, role);
    byRole.set(role, result);
  }
  return result.map((c) => ({ ...c, evidence: [...c.evidence] }));
}

function coverageOf(resume: Resume, role: RoleProfile): PillarCoverage[] {
  const lines = proseLines(resume).map((l) => new TextIndex(l));
  return role.pillars.map((pillar) => {
    const matcher = compileTerms(pillar.evidence);
    const evidence: string[] = [];
    for (const line of lines) {
      if (evidence.length >= MAX_EVIDENCE) break;
      if (matcher.test(line)) evidence.push(line.text);
    }
    return { id: pillar.id, label: pillar.label, covered: evidence.length > 0, evidence };
  });
}
