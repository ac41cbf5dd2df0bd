import type { Rule } from './types.js';
import { compileTerms, computeCoverage } from '../roles/coverage.js';
import { TextIndex } from '../text/terms.js';
import { makeFinding } from './support/scope.js';

export const missingPillar: Rule = {
  id: 'missing-pillar',
  description: "One of the target role's pillars (e.g. backend: performance) has no evidence in any bullet.",
  why: 'Reviewers for a role check a short list of things the job needs; a pillar with no line behind it reads as a gap.',
  label: 'Missing role evidence',
  askedAs: ['missing pillar', 'pillar', 'pillars'],
  scoredByCoverage: true,
  check({ resume, role }) {
    const coverage = computeCoverage(resume, role);
    const skillsText = new TextIndex(
      resume.sections
        .filter((s) => s.kind === 'skills')
        .flatMap((s) => [...s.items, ...s.lines])
        .join('\n'),
    );
    return role.pillars.flatMap((pillar) => {
      const c = coverage.find((x) => x.id === pillar.id);
      if (!c || c.covered) return [];
      const inSkills = compileTerms(pillar.evidence).test(skillsText);
      const metrics = pillar.metrics.slice(0, 2).join(' or ');
      return [
        makeFinding(
          'missing-pillar',
          {
            severity: 'high',
            pillar: pillar.id,
            message: inSkills
              ? `${pillar.label}: your skills list mentions it, but no bullet shows you doing it. ${pillar.description}`
              : `${pillar.label}: nothing in the resume shows it yet. ${pillar.description}`,
            evidence: null,
            suggestion: `Add a bullet about ${pillar.label.toLowerCase()} work you did${metrics ? `, with ${metrics}` : ''}, e.g. "${pillar.placeholder}".`,
          },
          { sectionIndex: null },
        ),
      ];
    });
  },
};
