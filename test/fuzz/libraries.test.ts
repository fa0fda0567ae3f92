// Property: JSON/YAML/CSV macro libraries holding generated replies: positions inside the file (JSON spans decode to the reported word), --fix keeps the file valid and its structure unchanged.
// The same property runs for many more cases in `npm run fuzz` (test/fuzz/run.mjs).
import { describeProperty } from './vitest-property.js';

describeProperty('libraries');
