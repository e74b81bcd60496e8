import { defineConfig } from 'vitest/config';

// The multi-instance and fault tests: real BFF processes behind nginx on PostgreSQL + Redis.
// Run with ZSB_TEST_ENGINE=postgres (npm test does) so the global setup starts the servers.
export default defineConfig({
  test: {
    include: ['src/scale/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['src/test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One cluster at a time: each test file runs two BFF processes, a sandbox and nginx on two cores.
    maxWorkers: 1,
    fileParallelism: false,
  },
});
