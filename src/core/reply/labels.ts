import type { SectionKind } from '../resume/types.js';
import { getRule } from '../rules/index.js';
import type { Severity } from '../rules/types.js';
import type { Tone } from './types.js';

/** A rule's short name (see Rule.label); unknown rules get their id in words. */
export function ruleLabel(rule: string): string {
  return getRule(rule)?.label ?? rule.charAt(0).toUpperCase() + rule.slice(1).replace(/-/g, ' ');
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
