import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most end-to-end tests wait on a spawned CLI, so more workers than cores keeps both cores busy.
    maxWorkers: 4,
  },
});
