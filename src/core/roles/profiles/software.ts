import type { RoleProfile } from '../types.js';

/** Software engineer: broad product engineering — design, delivery, quality and working with others. */
export const software: RoleProfile = {
  id: 'software',
  label: 'Software engineer',
  titles: [
    'software engineer', 'software developer', 'software development engineer', 'swe', 'sde', 'programmer',
    'application developer', 'applications engineer', 'developer', 'member of technical staff',
    'software engineering intern', 'coder',
  ],
  vocabulary: [
    'software', 'code', 'features', 'unit tests', 'code review', 'refactoring', 'Git', 'agile', 'scrum',
    'object-oriented', 'design patterns', 'Java', 'Python', 'C++', 'C#', 'TypeScript', 'algorithms', 'debugging',
    'computer science', 'computer engineering', 'software engineering', 'data structures', 'GitHub',
  ],
  pillars: [
    {
      id: 'design',
      label: 'Design',
      description: 'How you shaped the software: architecture, interfaces, data models and trade-offs you chose.',
      evidence: [
        'architecture', 'architected', 'designed', 'design doc', 'system design', 'API', 'interface', 'data model',
        'abstraction', 'modular', 'refactored', 'refactoring', 'scalable', 'framework', 'library', 'SDK',
      ],
      metrics: ['components or services designed', 'teams adopting the design', 'code removed or consolidated'],
      placeholder: '[N] services / [N] teams adopting it',
    },
    {
      id: 'delivery',
      label: 'Delivery',
      description: 'What you shipped to real users and how often, end to end.',
      evidence: [
        'shipped', 'launched', 'released', 'delivered', 'deployed', 'production', 'feature', 'rollout', 'migration',
        'migrated', 'end-to-end', 'MVP', 'users', 'customers',
      ],
      metrics: ['users or customers reached', 'features shipped', 'release frequency', 'time to deliver'],
      placeholder: '[N] users',
    },
    {
      id: 'quality',
      label: 'Quality',
      description: 'How you kept the code correct and easy to change: tests, reviews, automation.',
      evidence: [
        'unit tests', 'unit testing', 'integration tests', 'test coverage', 'testing', 'TDD', 'code review',
        'code reviews', 'CI/CD', 'continuous integration', 'static analysis', 'linting', 'bugs', 'defects',
        'regression', 'Jest', 'JUnit', 'pytest',
      ],
      metrics: ['test coverage (%)', 'bug or defect rate', 'build or CI time', 'regressions caught'],
      placeholder: '[X]% test coverage / [N] fewer bugs',
    },
    {
      id: 'collaboration',
      label: 'Collaboration',
      description: 'Working with others: leading, mentoring, cross-team work with product and design.',
      evidence: [
        'mentored', 'mentoring', 'led', 'cross-functional', 'product managers', 'designers', 'stakeholders',
        'onboarded', 'onboarding', 'coordinated', 'partnered', 'collaborated', 'team of',
      ],
      metrics: ['people mentored or led', 'teams involved', 'onboarding time'],
      placeholder: '[N] engineers',
    },
  ],
  expectedSections: ['contact', 'experience', 'education', 'skills'],
  skillGroups: [
    { id: 'languages', label: 'Languages', examples: ['TypeScript', 'Python', 'Java', 'Go', 'C++'] },
    { id: 'frameworks', label: 'Frameworks and libraries', examples: ['React', 'Spring', 'Django', 'Node.js'] },
    { id: 'data', label: 'Data and storage', examples: ['PostgreSQL', 'Redis', 'MongoDB'] },
    { id: 'tools', label: 'Tools and practices', examples: ['Git', 'Docker', 'CI/CD', 'unit testing', 'code review'] },
  ],
};
