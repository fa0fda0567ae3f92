// Property: hostile shapes (run-on sentences, capitals, huge tokens, whitespace runs, deep nesting, many
// findings; bench/lib/hostile-shapes.mjs) give valid positions and safe fixes. npm run fuzz runs it at scale.
import { describeProperty } from './vitest-property.js';

describeProperty('hostile');
