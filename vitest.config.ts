import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Redis-backed tests run only when REDIS_URL is set (.ci/run sets it after starting Redis).
    env: { LOG_LEVEL: 'silent' },
  },
});
