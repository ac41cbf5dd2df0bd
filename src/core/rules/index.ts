/** The rule registry: every rule, run in a fixed order, findings sorted deterministically. */
import type { Finding, Rule, RuleContext } from './types.js';
import { vagueDuty } from './vague-duty.js';
import { unquantifiedBullet } from './unquantified-bullet.js';
import { vagueClaim } from './vague-claim.js';
import { missingPillar } from './missing-pillar.js';
import { skillsUngrouped } from './skills-ungrouped.js';
import { missingSection } from './missing-section.js';
import { missingContact } from './missing-contact.js';
import { weakOpeningRule } from './weak-opening.js';
import { firstPerson } from './first-person.js';
import { passiveVoice } from './passive-voice.js';
import { longBullet } from './long-bullet.js';
import { tooLong } from './too-long.js';
import { tenseMismatch } from './tense-mismatch.js';
import { inconsistentDates } from './inconsistent-dates.js';
import { repeatedVerb } from './repeated-verb.js';
import { personalDetails } from './personal-details.js';
import { wordyPhrase } from './wordy-phrase.js';
import { fillerWord } from './filler-word.js';
import { metricSanity } from './metric-sanity.js';
import { vagueQuantity } from './vague-quantity.js';
import { bulletCount } from './bullet-count.js';
import { reverseChronological } from './reverse-chronological.js';
import { skillNotEvidenced } from './skill-not-evidenced.js';
import { linkTextMismatch } from './link-text-mismatch.js';

export type { Finding, Rule, RuleContext, Severity } from './types.js';

export const RULES: readonly Rule[] = Object.freeze([
  vagueDuty,
  unquantifiedBullet,
  vagueClaim,
  missingPillar,
  skillsUngrouped,
  missingSection,
  missingContact,
  weakOpeningRule,
  firstPerson,
  passiveVoice,
  longBullet,
  tooLong,
  tenseMismatch,
  inconsistentDates,
  repeatedVerb,
  personalDetails,
  wordyPhrase,
  fillerWord,
  metricSanity,
  vagueQuantity,
  bulletCount,
  reverseChronological,
  skillNotEvidenced,
  linkTextMismatch,
]);

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The ids of the rules with a fact, for checking findings (`set.has(finding.rule)`). */
function idsWhere(test: (rule: Rule) => boolean): ReadonlySet<string> {
  return new Set(RULES.filter(test).map((r) => r.id));
}

/** Rules whose bullet findings a rewrite of the bullet answers. */
export const REWRITE_RULES = idsWhere((r) => r.bullet?.rewrite === true);
/** Rules that make a bullet weak (answers about "weak bullets"). */
export const WEAK_BULLET_RULES = idsWhere((r) => r.bullet?.weak === true);
/** Rules about how a bullet opens (its verb, voice or person). */
export const OPENING_RULES = idsWhere((r) => r.bullet?.opening === true);
/** Rules whose lines are not proof of a strength. */
export const NOT_PROOF_RULES = idsWhere((r) => r.bullet?.notProof === true);
/** Rules scored through role-pillar coverage, not per finding. */
export const COVERAGE_RULES = idsWhere((r) => r.scoredByCoverage === true);
const order = new Map(RULES.map((r, i) => [r.id, i]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

const idx = (n: number | null | undefined): number => (n === null || n === undefined ? -1 : n);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Document-level findings first, then by position in the resume, then by rule order and evidence. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    idx(a.sectionIndex) - idx(b.sectionIndex) ||
    idx(a.entryIndex) - idx(b.entryIndex) ||
    idx(a.bulletIndex) - idx(b.bulletIndex) ||
    (order.get(a.rule) ?? 99) - (order.get(b.rule) ?? 99) ||
    cmp(a.pillar ?? '', b.pillar ?? '') ||
    cmp(a.evidence ?? '', b.evidence ?? '') ||
    cmp(a.message, b.message)
  );
}

export interface RunOptions {
  /** Run only these rule ids (default: all). */
  only?: readonly string[] | null;
}

export function runRules(ctx: RuleContext, { only = null }: RunOptions = {}): Finding[] {
  const rules = only ? RULES.filter((r) => only.includes(r.id)) : RULES;
  return rules.flatMap((r) => r.check(ctx)).sort(compareFindings);
}

export {
  vagueDuty,
  unquantifiedBullet,
  vagueClaim,
  missingPillar,
  skillsUngrouped,
  missingSection,
  missingContact,
  weakOpeningRule,
  firstPerson,
  passiveVoice,
  longBullet,
  tooLong,
  tenseMismatch,
  inconsistentDates,
  repeatedVerb,
  personalDetails,
  wordyPhrase,
  fillerWord,
  metricSanity,
  vagueQuantity,
  bulletCount,
  reverseChronological,
  skillNotEvidenced,
  linkTextMismatch,
};
