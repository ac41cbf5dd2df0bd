import type { SectionKind } from '../resume/types.js';
import type { Severity } from '../rules/types.js';
import type { Tone } from './types.js';

/** Short names for rules, for lists and titles. Unknown rules get their id in words. */
const RULE_LABELS: Readonly<Record<string, string>> = {
  'vague-duty': 'A duty, not a result',
  'unquantified-bullet': 'No measurable result',
  'vague-claim': 'Claim without proof',
  'missing-pillar': 'Missing role evidence',
  'skills-ungrouped': 'Skills not grouped',
  'missing-section': 'Missing section',
  'missing-contact': 'Contact details incomplete',
  'weak-opening': 'Weak opening verb',
  'first-person': 'First person',
  'passive-voice': 'Passive voice',
  'long-bullet': 'Bullet too long',
  'too-long': 'Resume too long',
  'tense-mismatch': 'Verb tense',
  'inconsistent-dates': 'Dates',
  'repeated-verb': 'Same opening verb',
  'personal-details': 'Personal details',
  'wordy-phrase': 'Wordy phrase',
  'filler-word': 'Filler word',
  'metric-sanity': 'Number that does not add up',
  'vague-quantity': 'Vague quantity',
  'bullet-count': 'Number of bullets',
  'reverse-chronological': 'Order of roles',
  'skill-not-evidenced': 'Skill never shown in a bullet',
  'link-text-mismatch': 'Link text and target differ',
};

export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule] ?? rule.charAt(0).toUpperCase() + rule.slice(1).replace(/-/g, ' ');
}

const SECTION_LABELS: Readonly<Record<SectionKind, string>> = {
  contact: 'Contact',
  summary: 'Summary',
  experience: 'Experience',
  projects: 'Projects',
  education: 'Education',
  skills: 'Skills',
  certifications: 'Certifications',
  awards: 'Awards',
  publications: 'Publications',
  volunteering: 'Volunteering',
  leadership: 'Leadership',
  interests: 'Interests',
  languages: 'Languages',
  other: 'Other',
};

/** The heading as the user wrote it (ALL CAPS softened to Title Case), or the kind's name. */
export function sectionLabel(kind: SectionKind, heading: string | null = null): string {
  const h = heading?.trim().replace(/:$/, '');
  if (!h) return SECTION_LABELS[kind];
  if (h !== h.toUpperCase() || !/[A-Z]/.test(h)) return h;
  return h.toLowerCase().replace(/(^|[\s/&-])(\p{L})/gu, (_m, sep: string, c: string) => `${sep}${c.toUpperCase()}`);
}

const RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

/** The tone of a message: its worst severity, or 'ok' when nothing is wrong. */
export function toneOf(severities: Iterable<Severity>): Tone {
  let worst: Severity | null = null;
  for (const s of severities) if (!worst || RANK[s] > RANK[worst]) worst = s;
  return worst ?? 'ok';
}

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { high: 'High', medium: 'Medium', low: 'Low' };
