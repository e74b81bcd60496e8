import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'sandbox/**/*.test.ts'],
    // Multi-instance and fault tests start real processes behind nginx: vitest.scale.config.ts runs them.
    exclude: ['src/scale/**', '**/node_modules/**'],
    environment: 'node',
    // ZSB_TEST_ENGINE=postgres: the same suite on PostgreSQL + Redis (npm test runs both).
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests each start a sandbox and a BFF; two cores, so keep the pool small.
    pool: 'forks',
    maxWorkers: 2,
  },
});
