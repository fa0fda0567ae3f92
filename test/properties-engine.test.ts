// Property-based tests of the engine (fast-check): generated replies, macro libraries and fixture
// mutations never crash a run, every position is a real position, fixes are stable and keep files
// valid. Seeded: set PROPERTY_SEED to replay a failure (the seed is printed when a property fails).
// The same properties run for many more cases in `npm run fuzz` (test/fuzz/run.mjs).
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { lintText } from '../src/api.js';
import { ConfigLoader } from '../src/config/load.js';
import { applyFixes, snapSpan } from '../src/engine/fixes.js';
import { builtinRules } from '../rules/index.js';
// @ts-expect-error plain ESM module shared with the fuzz script
import { createContext, properties } from './fuzz/properties.mjs';

const SEED = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 20261122;
const ctx = createContext({ lintText, ConfigLoader, builtinRules, applyFixes, snapSpan });

describe(`reliability properties (seed ${SEED})`, () => {
  for (const p of properties(ctx) as Array<{ name: string; arbitrary: fc.Arbitrary<unknown>; check: (v: unknown) => Promise<void>; testRuns: number }>) {
    it(`${p.name} (${p.testRuns} cases)`, async () => {
      await fc.assert(fc.asyncProperty(p.arbitrary, (v) => p.check(v)), { seed: SEED, numRuns: p.testRuns, endOnFailure: false });
    }, 120_000);
  }
});
