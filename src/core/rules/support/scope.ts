/** Where rules look: bullets of entry sections, summary lines, skills items, with their indices. */
import type { Entry, Resume, Section, SectionKind } from '../../resume/types.js';
import type { Finding, Severity } from '../types.js';

export const BULLET_KINDS: readonly SectionKind[] = ['experience', 'projects', 'volunteering', 'leadership'];
export const RESULT_KINDS: readonly SectionKind[] = ['experience', 'projects'];

export interface BulletRef {
  text: string;
  section: Section;
  entry: Entry;
  sectionIndex: number;
  entryIndex: number;
  bulletIndex: number;
}

export interface LineRef {
  text: string;
  sectionIndex: number;
}

export function bulletsOf(resume: Resume, kinds: readonly SectionKind[] = BULLET_KINDS): BulletRef[] {
  const out: BulletRef[] = [];
  resume.sections.forEach((section, sectionIndex) => {
    if (!kinds.includes(section.kind)) return;
    section.entries.forEach((entry, entryIndex) => {
      entry.bullets.forEach((text, bulletIndex) => {
        if (text.trim().length > 0) out.push({ text, section, entry, sectionIndex, entryIndex, bulletIndex });
      });
    });
  });
  return out;
}

/** Lines of summary sections (prose written about oneself). */
export function summaryLines(resume: Resume): LineRef[] {
  const out: LineRef[] = [];
  resume.sections.forEach((section, sectionIndex) => {
    if (section.kind !== 'summary') return;
    for (const text of section.lines) if (text.trim().length > 0) out.push({ text, sectionIndex });
  });
  return out;
}

/** Lines of the contact header that read like a headline rather than a contact detail. */
export function headlineLines(resume: Resume): LineRef[] {
  const out: LineRef[] = [];
  resume.sections.forEach((section, sectionIndex) => {
    if (section.kind !== 'contact') return;
    for (const text of section.lines) {
      if (/@|https?:|www\.|\.com|\d{3}/i.test(text)) continue;
      if (text.trim().split(/\s+/).length >= 4) out.push({ text, sectionIndex });
    }
  });
  return out;
}

/** Where a bullet or a summary line sits, as finding fields. */
export type Location = Pick<Finding, 'sectionIndex' | 'entryIndex' | 'bulletIndex'>;

export function at(ref: BulletRef | LineRef): Location {
  if ('bulletIndex' in ref)
    return { sectionIndex: ref.sectionIndex, entryIndex: ref.entryIndex, bulletIndex: ref.bulletIndex };
  return { sectionIndex: ref.sectionIndex };
}

export interface FindingInput {
  severity: Severity;
  message: string;
  evidence: string | null;
  suggestion: string | null;
  pillar?: string;
  section?: Finding['section'];
}

export function makeFinding(rule: string, input: FindingInput, location: Location): Finding {
  const f: Finding = { rule, ...input, sectionIndex: location.sectionIndex };
  if (location.entryIndex !== undefined) f.entryIndex = location.entryIndex;
  if (location.bulletIndex !== undefined) f.bulletIndex = location.bulletIndex;
  return f;
}

/**
 * A bullet that is a label line rather than a statement ("Tech stack: React, Node", "Link: …"). Quality rules
 * about verbs and results skip these.
 */
export function isLabelBullet(text: string): boolean {
  return (
    /^\s*(tech(nolog(y|ies))?( stack)?|stack|tools?( used)?|built with|environment|skills?( used)?|languages?|frameworks?|keywords|links?|repo(sitory)?|(github|gitlab|demo|live|project|source|code)( link| url| repo| demo)?|url|website|award|coursework|relevant coursework|gpa|team( size)?|role|client|technologies used)\s*[:–—-]\s/i.test(
      text,
    ) ||
    /^\s*(https?:\/\/|www\.)\S+\s*$/i.test(text) ||
    // A sub-heading set as a bullet ("Other Achievements:"), or a fragment of one or two words.
    /:\s*$/.test(text) ||
    text.trim().split(/\s+/).length <= 2
  );
}

export function sectionIndexOfKind(resume: Resume, kind: SectionKind): number | null {
  const i = resume.sections.findIndex((s) => s.kind === kind);
  return i >= 0 ? i : null;
}
