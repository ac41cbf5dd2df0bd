import type { RoleProfile } from '../types.js';

/** Frontend: interfaces that are fast, accessible and well tested. */
export const frontend: RoleProfile = {
  id: 'frontend',
  label: 'Frontend engineer',
  titles: [
    'frontend engineer', 'front-end engineer', 'front end engineer', 'frontend developer', 'front-end developer',
    'front end developer', 'frontend', 'front-end', 'ui engineer', 'ui developer', 'javascript developer',
    'react developer', 'react engineer', 'angular developer', 'vue developer', 'web ui engineer',
  ],
  vocabulary: [
    'React', 'Vue', 'Angular', 'Svelte', 'Next.js', 'TypeScript', 'JavaScript', 'HTML', 'CSS', 'Sass', 'Tailwind',
    'Redux', 'webpack', 'Vite', 'design system', 'Storybook', 'accessibility', 'WCAG', 'Core Web Vitals', 'UI',
    'frontend', 'front-end', 'responsive', 'components', 'Figma', 'Jest', 'Cypress', 'Playwright',
  ],
  pillars: [
    {
      id: 'ui-engineering',
      label: 'UI engineering',
      description: 'How you build interfaces: components, state management, design systems.',
      evidence: [
        'React', 'Vue', 'Angular', 'Svelte', 'Next.js', 'Nuxt', 'TypeScript', 'JavaScript', 'components', 'component library',
        'design system', 'Storybook', 'Redux', 'state management', 'CSS', 'Tailwind', 'Sass', 'responsive', 'UI',
        'user interface', 'single-page', 'micro-frontend',
      ],
      metrics: ['components or screens built', 'teams using the design system', 'code shared across apps'],
      placeholder: '[N] components used by [N] teams',
    },
    {
      id: 'web-performance',
      label: 'Web performance',
      description: 'How fast pages load and respond: Core Web Vitals, bundle size, rendering.',
      evidence: [
        'Core Web Vitals', 'LCP', 'CLS', 'INP', 'FID', 'TTI', 'Lighthouse', 'bundle size', 'load time', 'page load',
        'lazy loading', 'lazy-loading', 'code splitting', 'code-splitting', 'server-side rendering', 'SSR', 'rendering',
        'performance', 'caching', 'CDN', 'web vitals',
      ],
      metrics: ['LCP or load time (s)', 'bundle size (KB)', 'Lighthouse score', 'interaction latency (ms)'],
      placeholder: '[X] s LCP / [N] KB bundle',
    },
    {
      id: 'accessibility',
      label: 'Accessibility',
      description: 'Whether everyone can use it: WCAG, keyboard and screen-reader support.',
      evidence: [
        'accessibility', 'accessible', 'a11y', 'WCAG', 'ARIA', 'screen reader', 'screen readers', 'keyboard navigation',
        'semantic HTML', 'color contrast', 'axe',
      ],
      metrics: ['WCAG level reached', 'accessibility issues fixed', 'audit score'],
      placeholder: 'WCAG [level] / [N] issues fixed',
    },
    {
      id: 'quality',
      label: 'Quality',
      description: 'How the UI stays correct: unit, end-to-end and visual tests.',
      evidence: [
        'unit tests', 'testing', 'Jest', 'Vitest', 'Testing Library', 'Cypress', 'Playwright', 'end-to-end', 'e2e',
        'visual regression', 'Chromatic', 'test coverage', 'TDD', 'CI/CD',
      ],
      metrics: ['test coverage (%)', 'UI bugs or regressions', 'flaky tests removed'],
      placeholder: '[X]% test coverage',
    },
  ],
  expectedSections: ['contact', 'experience', 'projects', 'education', 'skills'],
  skillGroups: [
    { id: 'languages', label: 'Languages', examples: ['TypeScript', 'JavaScript', 'HTML', 'CSS'] },
    { id: 'frameworks', label: 'Frameworks', examples: ['React', 'Next.js', 'Vue', 'Redux'] },
    { id: 'performance-a11y', label: 'Performance and accessibility', examples: ['Core Web Vitals', 'Lighthouse', 'WCAG', 'ARIA'] },
    { id: 'testing-tooling', label: 'Testing and tooling', examples: ['Jest', 'Playwright', 'Storybook', 'Vite'] },
  ],
};
