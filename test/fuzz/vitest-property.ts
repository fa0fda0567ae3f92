// Runs one of the shared reliability properties (test/fuzz/properties.mjs) inside vitest, against src/.
// Seeded: PROPERTY_SEED replays a failure (fast-check prints the seed and the shrunk counterexample).
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { lintText } from '../../src/api.js';
import { ConfigLoader } from '../../src/config/load.js';
import { applyFixes, snapSpan } from '../../src/engine/fixes.js';
import { builtinRules } from '../../rules/index.js';
// @ts-expect-error plain ESM module shared with the fuzz script (no type declarations)
import { createContext, properties } from './properties.mjs';

export const SEED = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 20261122;

interface Property {
  id: string;
  name: string;
  arbitrary: fc.Arbitrary<unknown>;
  check: (value: unknown) => Promise<void>;
  testRuns: number;
}

export function describeProperty(id: string): void {
  const ctx = createContext({ lintText, ConfigLoader, builtinRules, applyFixes, snapSpan });
  const property = (properties(ctx) as Property[]).find((p) => p.id === id);
  if (!property) throw new Error(`no property "${id}"`);
  describe(`property: ${property.name}`, () => {
    it(`holds for ${property.testRuns} generated cases (seed ${SEED})`, async () => {
      await fc.assert(fc.asyncProperty(property.arbitrary, (v) => property.check(v)), { seed: SEED, numRuns: property.testRuns });
    }, 170_000);
  });
}
