// Property: random mutations of every fixture (inserts, deletes, duplicates, truncation, CRLF/CR, BOM): never crash, malformed files give one positioned fatal message, --fix stable and keeps valid JSON/YAML valid.
// The same property runs for many more cases in `npm run fuzz` (test/fuzz/run.mjs).
import { describeProperty } from './vitest-property.js';

describeProperty('mutations');
