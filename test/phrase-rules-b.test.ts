// Focused tests for over-promise (the other rules' tests are in test/rules/<id>.test.ts). Exact rule IDs, messageIds, positions, options and the near-misses that
// RULES.md ("Boundary decisions") says must not fire.
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import type { Channel, LintMessage, ReplyKind } from '../src/types.js';

type RuleSetting = string | [string, Record<string, unknown>];

async function lint(text: string, rules: Record<string, RuleSetting>, channel: Channel = 'email', kind: ReplyKind = 'general') {
  const [result] = await lintText(text, { config: { rules, kind, channel, minWords: 0 } });
  return result!;
}

/** The text a message points at (1-based line/column into `text`). */
function flagged(text: string, m: LintMessage): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return text.slice(offset(m.line, m.column), offset(m.endLine, m.endColumn));
}

async function only(rule: string, text: string, opts: { options?: Record<string, unknown>; channel?: Channel; kind?: ReplyKind } = {}) {
  const result = await lint(text, { [rule]: opts.options ? ['error', opts.options] : 'error' }, opts.channel, opts.kind);
  return result.messages.filter((m) => m.ruleId === rule);
}

async function expectFlags(rule: string, texts: string[], opts: { channel?: Channel } = {}) {
  for (const t of texts) expect((await only(rule, t, opts)).length, t).toBeGreaterThan(0);
}
async function expectClean(rule: string, texts: string[], opts: { channel?: Channel } = {}) {
  for (const t of texts) expect((await only(rule, t, opts)).map((m) => flagged(t, m)), t).toEqual([]);
}

describe('over-promise', () => {
  it('reports a promise marker followed by an absolute, to the end of the clause', async () => {
    const text = 'Thanks for bearing with us. I guarantee this will never happen again.';
    const [m] = await only('over-promise', text);
    expect(m!.messageId).toBe('absolute-promise');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([1, 29, 1, 69]);
    expect(flagged(text, m!)).toBe('I guarantee this will never happen again');
  });

  it('reports absolute claims without a marker', async () => {
    const [m] = await only('over-promise', "It's permanently fixed.");
    expect(m!.messageId).toBe('absolute-claim');
    expect(m!.column).toBe(6);
    await expectFlags('over-promise', ['This will never happen again.', 'I promise it’s 100% fixed.', 'You have my word it will be resolved immediately.', 'We’ll make sure this never happens again.']);
  });

  it('leaves specific commitments, "As promised", "never" outside a promise and Guarantee the product alone', async () => {
    await expectClean('over-promise', [
      "I'll send the replacement by 5pm today and email you the tracking number.",
      'I promise I’ll call you back by noon tomorrow.',
      'As promised, here is the summary of our call.',
      'This should never have happened.',
      'We never share your details.',
      'Our Price Match Guarantee covers the difference.',
      'I can’t promise it will never happen again, but I’ve added a check.',
      'I’ll do my best to make sure it never happens again.',
    ]);
  });
});
