import { defineConfig } from 'vitest/config';

/**
 * One PostgreSQL cluster for the whole run (started in test/global-setup.ts); every test file
 * gets its own fresh database cloned from a migrated template.
 */
export default defineConfig({
  test: {
    include: ['apps/server/src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'e2e/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
});
