import { defineConfig } from 'vitest/config';

// Test files that mock modules or patch a shared library (compromise's sweep) need a fresh module
// graph; every other file shares its worker's modules, which saves re-importing compromise and the
// rules for each of ~100 files (about a third of the suite's CPU time). A new test that mocks or
// patches modules is named *.isolated.test.ts.
const ISOLATED = ['test/**/*.isolated.test.ts', 'test/**/nlp-fast-sweep.test.ts', 'test/**/reliability-containment.test.ts', 'test/**/containment.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most end-to-end tests wait on a spawned CLI, so more workers than cores keeps both cores busy.
    maxWorkers: 4,
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
