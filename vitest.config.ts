import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Redis-backed tests run only when REDIS_URL is set (.ci/run sets it after starting Redis).
    env: { LOG_LEVEL: 'silent' },
    // On CI also write a machine-readable result, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test/.tmp/vitest-results.json' }]] : ['default'],
  },
});
