// Every built-in rule's own examples, run through RuleTester (the same tester plugin authors use):
// each bad example is flagged by that rule, each good one is not.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { RuleTester } from '../../src/rule-tester.js';

RuleTester.describe = describe;
RuleTester.it = it;

for (const rule of builtinRules) {
  const { id, family, exampleSettings = {}, examples } = rule.meta;
  const kind = exampleSettings.kind ?? (family === 'structure' ? 'complaint' : 'general');
  const channel = exampleSettings.channel ?? 'email';

  describe(`${id} examples`, () => {
    it('has at least 10 bad and 10 good examples', () => {
      expect(examples.bad.length).toBeGreaterThanOrEqual(10);
      expect(examples.good.length).toBeGreaterThanOrEqual(10);
    });
  });

  new RuleTester({ kind, channel, minWords: 0 }).run(rule, {
    valid: examples.good.map((text) => ({ text, name: `does not flag: ${text}` })),
    // An example may be flagged more than once; it must be flagged by this rule at least once.
    invalid: examples.bad.map((text) => ({ text, name: `flags: ${text}`, errors: [{ ruleId: id }], allowExtraErrors: true })),
  });
}
