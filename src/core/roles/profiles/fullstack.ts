import type { RoleProfile } from '../types.js';

/** Full stack: both halves of a feature, plus the product sense to ship it. */
export const fullstack: RoleProfile = {
  id: 'fullstack',
  label: 'Full-stack engineer',
  titles: [
    'full stack engineer', 'full-stack engineer', 'fullstack engineer', 'full stack developer',
    'full-stack developer', 'fullstack developer', 'full stack', 'full-stack', 'fullstack', 'web developer',
    'web engineer', 'mern developer', 'product engineer',
  ],
  vocabulary: [
    'React', 'Vue', 'Angular', 'Next.js', 'Node.js', 'Express', 'TypeScript', 'JavaScript', 'frontend', 'backend',
    'full stack', 'full-stack', 'REST', 'GraphQL', 'PostgreSQL', 'MongoDB', 'HTML', 'CSS', 'Tailwind',
    'Django', 'Ruby on Rails', 'Rails', 'Laravel', 'web app',
  ],
  pillars: [
    {
      id: 'frontend',
      label: 'Frontend',
      description: 'The part users touch: UI components, state, accessibility and page speed.',
      evidence: [
        'React', 'Vue', 'Angular', 'Svelte', 'Next.js', 'TypeScript', 'JavaScript', 'HTML', 'CSS', 'Tailwind', 'UI',
        'user interface', 'frontend', 'front-end', 'components', 'responsive', 'accessibility', 'single-page',
      ],
      metrics: ['page load time (s)', 'Core Web Vitals', 'conversion on the screens you built'],
      placeholder: '[X] s page load',
    },
    {
      id: 'backend',
      label: 'Backend',
      description: 'The server side of the same features: APIs, data and jobs behind the UI.',
      evidence: [
        'API', 'REST', 'GraphQL', 'Node.js', 'Express', 'Django', 'Rails', 'Laravel', 'Spring', 'server', 'backend',
        'back-end', 'database', 'PostgreSQL', 'MySQL', 'MongoDB', 'Redis', 'microservice', 'serverless',
      ],
      metrics: ['API latency (ms)', 'requests per second', 'data volume'],
      placeholder: '[X] ms API latency',
    },
    {
      id: 'product',
      label: 'Product impact',
      description: 'What the features changed for users or the business.',
      evidence: [
        'users', 'customers', 'conversion', 'retention', 'engagement', 'revenue', 'signups', 'A/B test',
        'experiment', 'launched', 'shipped', 'feature', 'checkout', 'onboarding flow',
      ],
      metrics: ['users reached', 'conversion or retention change (%)', 'revenue influenced ($)'],
      placeholder: '[N] users / [X]% conversion',
    },
    {
      id: 'delivery',
      label: 'Delivery',
      description: 'How features reach production safely: tests, CI/CD, deploys.',
      evidence: [
        'CI/CD', 'continuous integration', 'deployed', 'deployment', 'Docker', 'end-to-end tests', 'e2e', 'Cypress',
        'Playwright', 'Jest', 'unit tests', 'testing', 'Vercel', 'AWS', 'Heroku', 'GitHub Actions',
      ],
      metrics: ['deploy frequency', 'build time', 'test coverage (%)'],
      placeholder: '[N] deploys a week',
    },
  ],
  expectedSections: ['contact', 'experience', 'projects', 'education', 'skills'],
  skillGroups: [
    { id: 'frontend', label: 'Frontend', examples: ['React', 'TypeScript', 'Next.js', 'CSS'] },
    { id: 'backend', label: 'Backend', examples: ['Node.js', 'Express', 'Django', 'REST', 'GraphQL'] },
    { id: 'data', label: 'Data', examples: ['PostgreSQL', 'MongoDB', 'Redis'] },
    { id: 'delivery', label: 'Delivery', examples: ['Docker', 'CI/CD', 'Playwright', 'AWS'] },
  ],
};
