// Property: applyFixes and snapSpan: deterministic whatever the input order, never overlapping or touching, output rebuilt from the applied fixes, spans on code point boundaries.
// The same property runs for many more cases in `npm run fuzz` (test/fuzz/run.mjs).
import { describeProperty } from './vitest-property.js';

describeProperty('fixes');
