// RuleTester wired to vitest, for the per-rule test files.
import { describe, it } from 'vitest';
import { RuleTester } from '../../src/rule-tester.js';

RuleTester.describe = describe;
RuleTester.it = it;
export { RuleTester };
