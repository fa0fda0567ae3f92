// RuleTester: plugin authors test their rules with it (here: the example plugin's rules), and a wrong
// case fails with a diff of expected vs actual messages.
import { describe, expect, it } from 'vitest';
import { RuleTester, RuleTesterError, type TestCases } from '../../src/rule-tester.js';
import { defineRule } from '../../src/rule-api.js';
import { scan } from '../../src/nlp/match.js';
import type { Rule } from '../../src/types.js';
import productName from '../../fixtures/plugins/acme/rules/product-name.js';
import noDiscountCodes from '../../fixtures/plugins/acme/rules/no-discount-codes.js';

RuleTester.describe = describe;
RuleTester.it = it;

// The example plugin's rules, tested the way a plugin author would.
new RuleTester().run(productName as Rule, {
  valid: ['Thanks for using Acme Cloud.', 'Acme sells cloud storage.'],
  invalid: [
    {
      text: 'Thanks for using acme cloud.',
      errors: [{ message: 'Write the product name as "Acme Cloud".', line: 1, column: 18, endColumn: 28, suggestions: [{ desc: 'Write "Acme Cloud"', output: 'Thanks for using Acme Cloud.' }] }],
      output: 'Thanks for using Acme Cloud.',
    },
    {
      text: 'AcmeCloud is down.\nACME-CLOUD is back.',
      errors: [{ line: 1, column: 1, endColumn: 10 }, { line: 2, column: 1, endColumn: 11 }],
      output: 'Acme Cloud is down.\nAcme Cloud is back.',
    },
  ],
});

new RuleTester().run(noDiscountCodes as Rule, {
  valid: [
    'I added a credit to your account.',
    { text: 'Use code SAVE10 at checkout.', options: { allow: ['SAVE10'] }, name: 'an allowed code' },
  ],
  invalid: [
    { text: 'Here is a promo code: WELCOME20.', errors: [{ message: /"WELCOME20"/, line: 1, column: 11, endColumn: 32 }], output: null },
    { text: 'Use code SAVE10 or voucher FREESHIP24.', errors: 2 },
  ],
});

// A small rule to show the failure reports.
const shouty = defineRule({
  meta: { id: 'test/no-urgent', description: 'URGENT in a reply', family: 'phrase', defaultSeverity: 'warn', fixable: true, docs: { why: 'x', seeds: [] }, examples: { bad: [], good: [] } },
  check(reply, context) {
    for (const hit of scan(reply, /\bURGENT\b/g)) {
      context.report({ message: 'Say when instead.', start: hit.start, end: hit.end, fix: { start: hit.start, end: hit.end, text: 'urgent' } });
    }
  },
});

describe('failures', () => {
  const fails = async (cases: TestCases, rule: Rule = shouty) => {
    const error = await new RuleTester().verify(rule, cases).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(RuleTesterError);
    return (error as Error).message;
  };

  it('a wrong position shows expected and actual messages as a diff', async () => {
    const message = await fails({ invalid: [{ text: 'This is URGENT, and URGENT.', errors: [{ line: 1, column: 9, endColumn: 15 }, { line: 1, column: 22, endColumn: 28 }] }] });
    expect(message).toBe([
      '1 of 1 cases failed for test/no-urgent',
      '',
      'test/no-urgent invalid[0]: "This is URGENT, and URGENT."',
      '  message 2: column is 21, expected 22',
      '  - expected',
      '  + actual',
      '    1:9-1:15 test/no-urgent "Say when instead."',
      '  - 1:22-1:28 test/no-urgent (any message)',
      '  + 1:21-1:27 test/no-urgent "Say when instead."',
    ].join('\n'));
  });

  it('a missing message, an extra message and a wrong message text', async () => {
    expect(await fails({ invalid: [{ text: 'Fine.', errors: [{ line: 1, column: 1 }] }] }))
      .toContain('expected 1 message(s), got 0\n  - expected\n  + actual\n  - 1:1-1:? test/no-urgent (any message)');
    expect(await fails({ valid: ['URGENT: read this'] }))
      .toContain('expected no messages, got 1\n  - expected\n  + actual\n  + 1:1-1:7 test/no-urgent "Say when instead."');
    expect(await fails({ invalid: [{ text: 'URGENT', errors: [{ message: 'Be calm.' }] }] }))
      .toContain('message 1: message is "Say when instead.", expected "Be calm."');
  });

  it('a wrong fix output, and a fix where none was expected', async () => {
    expect(await fails({ invalid: [{ text: 'URGENT!', errors: 1, output: 'Urgent!' }] }))
      .toContain('fixed output differs\n  - expected: "Urgent!"\n  + actual:   "urgent!"');
    expect(await fails({ invalid: [{ text: 'URGENT!', errors: 1, output: null }] })).toContain('expected no fix');
  });

  it('a rule that throws fails its case with the error', async () => {
    const broken = defineRule({ ...shouty, meta: { ...shouty.meta, id: 'test/broken' }, check() { throw new Error('boom'); } });
    expect(await fails({ valid: ['anything'] }, broken)).toContain('the rule threw: Rule "test/broken" failed on this reply: boom');
  });

  it('counts every failing case, and passes when all cases hold', async () => {
    const message = await fails({ valid: ['URGENT', 'calm'], invalid: [{ text: 'calm', errors: 1 }, { text: 'URGENT', errors: 1, output: 'urgent' }] });
    expect(message.split('\n')[0]).toBe('2 of 4 cases failed for test/no-urgent');
    await expect(new RuleTester().verify(shouty, { valid: ['calm'], invalid: [{ text: 'URGENT', errors: 1, output: 'urgent' }] })).resolves.toBeUndefined();
  });

  it('without describe/it, run() lints at once and rejects on a failure', async () => {
    const saved = [RuleTester.describe, RuleTester.it];
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
    try {
      await expect(RuleTester.run(shouty, { valid: ['URGENT'] })).rejects.toThrow(/expected no messages, got 1/);
      await expect(RuleTester.run(shouty, { valid: ['calm'] })).resolves.toBeUndefined();
    } finally {
      [RuleTester.describe, RuleTester.it] = saved;
    }
  });

  it('options are checked against the rule schema', async () => {
    await expect(new RuleTester().verify(noDiscountCodes as Rule, { valid: [{ text: 'x', options: { alow: [] } }] }))
      .rejects.toThrow(/unknown option "alow" \(options: allow\)/);
  });
});
