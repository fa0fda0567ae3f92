// Limits that hold against hostile input (issue 15): fix growth is bounded, --fix keeps files whole
// (hard links, changes made meanwhile, signals), a baseline prune keeps what it could not check.
import { describe, expect, it } from 'vitest';
import { defineRule, lintText } from '../src/index.js';

// A plugin rule whose fix doubles the reply every pass: without a bound, ten passes make it 1024 times larger.
const doubling = defineRule({
  meta: { id: 'doubler', description: 'Doubles the reply.', family: 'phrase', defaultSeverity: 'warn', fixable: true },
  check(reply, context) {
    const text = reply.text;
    const at = text.indexOf('grow');
    if (at >= 0) context.report({ message: 'grow', start: at, end: at + 4, fix: { start: at, end: at + 4, text: 'grow '.repeat(200) + 'grow' } });
  },
});

describe('fix growth', () => {
  it('stops with one error naming the rule, and fixes nothing', async () => {
    const [r] = await lintText('Please grow this reply.\n', { fix: true, plugins: { p: { rules: { doubler: doubling } } }, config: { rules: { 'p/doubler': 'warn' } } });
    expect(r!.output).toBeUndefined();
    expect(r!.messages).toEqual([expect.objectContaining({
      fatal: true, line: 1, column: 1,
      message: '--fix stopped: the fixes of rule "p/doubler" grow the text past 3 times its size; the file was not fixed',
    })]);
  });
});
