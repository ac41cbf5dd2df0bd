/** Layer rules (type-only imports included: tsPreCompilationDeps). Lowest first: text → extract → resume → … */
const core = (dirs) => `^src/core/(${dirs.join('|')})/`;
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'core-not-up',
      comment: 'The core never imports commands, adapters or the composition roots.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(commands|adapters)/|^src/(main|cli|config)\\.ts$' },
    },
    {
      name: 'review-not-reply',
      comment: 'Review is analysis; reply (presentation) depends on review, never the reverse.',
      severity: 'error',
      from: { path: '^src/core/review/' },
      to: { path: '^src/core/reply/' },
    },
    {
      name: 'text-is-the-bottom',
      severity: 'error',
      from: { path: '^src/core/text/' },
      to: { path: '^src/core/', pathNot: '^src/core/text/' },
    },
    {
      name: 'extract-imports-nothing-above',
      severity: 'error',
      from: { path: '^src/core/extract/' },
      to: { path: '^src/core/', pathNot: `${core(['extract', 'text'])}|^src/core/(errors|log)\\.ts$` },
    },
    {
      name: 'resume-imports-nothing-above',
      severity: 'error',
      from: { path: '^src/core/resume/' },
      to: { path: '^src/core/', pathNot: `${core(['resume', 'extract', 'text'])}|^src/core/(errors|log)\\.ts$` },
    },
    {
      name: 'roles-below-rules',
      severity: 'error',
      from: { path: '^src/core/roles/' },
      to: { path: core(['rules', 'review', 'reply', 'report', 'conversation']) },
    },
    {
      name: 'rules-below-review',
      severity: 'error',
      from: { path: '^src/core/rules/' },
      to: { path: core(['review', 'reply', 'report', 'conversation']) },
    },
    {
      name: 'not-to-dev-dep',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
