import type { Rule } from './types.js';
import type { SectionKind } from '../resume/types.js';
import type { Severity } from './types.js';
import { makeFinding } from './support/scope.js';

const LABELS: Partial<Record<SectionKind, string>> = {
  contact: 'contact details',
  summary: 'Summary',
  experience: 'Experience',
  projects: 'Projects',
  education: 'Education',
  skills: 'Skills',
  certifications: 'Certifications',
  publications: 'Publications',
};

const SEVERITY: Partial<Record<SectionKind, Severity>> = {
  experience: 'high',
  contact: 'high',
  skills: 'medium',
  education: 'medium',
  projects: 'medium',
};

const WHY: Partial<Record<SectionKind, string>> = {
  experience: 'it is the first thing a reviewer reads for this role',
  skills: 'reviewers and applicant-tracking systems look for a skills block to match the job',
  education: 'many screens check it, even if only to tick a box',
  projects: 'for this role, projects are where you show hands-on work',
  summary: 'two lines on who you are and what you aim for help a reader place you',
  contact: 'a reviewer needs a way to reach you',
};

export const missingSection: Rule = {
  id: 'missing-section',
  description: 'A section the target role expects (experience, skills, education …) is absent.',
  why: 'Reviewers look for the same sections on every resume for a role; a missing one reads as a gap or gets you filtered.',
  label: 'Missing section',
  askedAs: ['missing section'],
  fix: (findings) => {
    const names = findings.flatMap((f) => (f.section ? [LABELS[f.section] ?? f.section] : []));
    return names.length > 0
      ? `Add the missing section${names.length === 1 ? '' : 's'}: ${names.join(', ')}`
      : (findings[0]?.message ?? 'Add the missing sections');
  },
  check({ resume, role }) {
    const present = new Set(resume.sections.map((s) => s.kind));
    const c = resume.contact;
    if (c.email || c.phone || c.links.length > 0) present.add('contact');
    return role.expectedSections
      .filter((kind) => !present.has(kind))
      .map((kind) => {
        const label = LABELS[kind] ?? kind;
        return makeFinding(
          'missing-section',
          {
            severity: SEVERITY[kind] ?? 'low',
            message: `No ${label} section: ${WHY[kind] ?? `it is usual for a ${role.label} resume`}.`,
            evidence: null,
            section: kind,
            suggestion:
              kind === 'contact'
                ? 'Put your email, phone and one professional link (LinkedIn, GitHub or portfolio) under your name.'
                : `Add a section headed "${label}".`,
          },
          { sectionIndex: null },
        );
      });
  },
};
