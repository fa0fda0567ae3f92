// Property: generated replies (emoji, ZWJ, RTL, combining marks, long words, punctuation runs, nested placeholders, every line ending): never throw, positions on real characters, probe spans map back exactly, --fix idempotent and leaves nothing fixable, BOM and line endings kept.
// The same property runs for many more cases in `npm run fuzz` (test/fuzz/run.mjs).
import { describeProperty } from './vitest-property.js';

describeProperty('replies');
