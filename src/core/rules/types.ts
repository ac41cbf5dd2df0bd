import type { Resume, SectionKind } from '../resume/types.js';
import type { RoleProfile } from '../roles/types.js';

export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  /** Stable kebab-case rule id (see DESIGN.md's table). */
  rule: string;
  severity: Severity;
  /** Plain words: what is wrong and why it matters. */
  message: string;
  /** Verbatim text from the resume that triggered it; null for absences. */
  evidence: string | null;
  /** A concrete rewrite or next step. */
  suggestion: string | null;
  /** For missing-pillar: the pillar id. */
  pillar?: string;
  /** For missing-section: the section that is missing. */
  section?: SectionKind;
  /** Index into resume.sections; null for document-level findings. */
  sectionIndex: number | null;
  /** For bullet-level findings: entry index within the section and bullet index within the entry. */
  entryIndex?: number;
  bulletIndex?: number;
}

export interface RuleContext {
  resume: Resume;
  role: RoleProfile;
  /** The date "present" means (years of experience); defaults to the current date. Tests pin it. */
  now?: Date;
}

/** What a finding says about the bullet it is on (bullet rules only). */
export interface BulletFacts {
  /** The bullet itself is weak: answers about "weak bullets" list it. */
  weak?: boolean;
  /** A rewrite of the bullet answers the finding (duty → result, a place for a number, a strong verb). */
  rewrite?: boolean;
  /** The finding is about how the bullet opens (its verb, voice or person). */
  opening?: boolean;
  /** The line is not proof of anything yet: the summary never quotes it as a strength. */
  notProof?: boolean;
}

/**
 * A rule and everything the rest of the app needs to know about it. Adding a rule: one file exporting a
 * `Rule`, its test, and one line in RULES (index.ts).
 */
export interface Rule {
  /** Stable kebab-case id (the report contract's `rule`). */
  id: string;
  /** One line for docs and `/help findings`. */
  description: string;
  /** Why a reviewer cares: used by follow-up answers ("what does vague-claim mean?"). */
  why: string;
  /** Short name for lists and titles ("A duty, not a result"). */
  label: string;
  /** What people call it when they ask about it ("vague duty", "responsible for"); lowercase words. */
  askedAs: readonly string[];
  /**
   * The top-fix line for this rule's findings in one resume (default: the first finding's message), in the words of
   * the profile in force (what to count, which verbs) — never software wording for a nurse.
   */
  fix?: (findings: readonly Finding[], role: RoleProfile) => string;
  bullet?: BulletFacts;
  /** Scored through role-pillar coverage, not per finding (missing-pillar). */
  scoredByCoverage?: boolean;
  check(ctx: RuleContext): Finding[];
}
