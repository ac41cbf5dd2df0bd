import type { Resume } from '../resume/types.js';
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

export interface Rule {
  id: string;
  /** One line for docs and `/help findings`. */
  description: string;
  /** Why a reviewer cares: used by follow-up answers ("what does vague-claim mean?"). */
  why: string;
  check(ctx: RuleContext): Finding[];
}
