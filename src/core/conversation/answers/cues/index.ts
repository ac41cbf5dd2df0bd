/**
 * The data behind intent recognition, one file per job: weighted cues per intent (grouped by what they are
 * about), topics we do not cover, the rule names people use, and words that must not be "corrected".
 * The logic lives in ../intents.ts.
 */
import type { Intent } from '../intent-list.js';
import type { Cue } from './cue.js';
import { QUANTIFY_CUES, IMPROVE_CUES } from './writing.js';
import { SKILLS_CUES, SUMMARY_CUES, EDUCATION_CUES, PROJECTS_CUES, CONTACT_CUES } from './sections.js';
import { OVERALL_CUES, PRIORITIES_CUES, FINDING_CUES, LENGTH_CUES, TITLE_CUES } from './review.js';
import { PERFORMANCE_CUES, STORAGE_CUES, RELIABILITY_CUES } from './pillars.js';
import { TAILOR_CUES, ATS_CUES } from './job.js';
import { HELP_CUES, SMALLTALK_CUES } from './conversation.js';

export type { Cue } from './cue.js';
export { COMMON_WORDS } from './common-words.js';
export { OUT_OF_SCOPE } from './out-of-scope.js';
export { RULE_NAMES } from './rule-names.js';

export const CUES: Record<Exclude<Intent, 'unknown'>, readonly Cue[]> = {
  quantify: QUANTIFY_CUES,
  skills: SKILLS_CUES,
  summary: SUMMARY_CUES,
  length: LENGTH_CUES,
  title: TITLE_CUES,
  performance: PERFORMANCE_CUES,
  storage: STORAGE_CUES,
  reliability: RELIABILITY_CUES,
  tailor: TAILOR_CUES,
  ats: ATS_CUES,
  finding: FINDING_CUES,
  priorities: PRIORITIES_CUES,
  overall: OVERALL_CUES,
  improve: IMPROVE_CUES,
  education: EDUCATION_CUES,
  projects: PROJECTS_CUES,
  contact: CONTACT_CUES,
  help: HELP_CUES,
  smalltalk: SMALLTALK_CUES,
};
