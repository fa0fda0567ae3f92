// Focused tests for over-promise and public-channel (downplays-problem, blames-customer, deflects-responsibility and
// cancellation-friction moved to test/rules/<id>.test.ts). Exact rule IDs, messageIds, positions, options and the near-misses that
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

describe('public-channel', () => {
  it('runs on the social channel only', async () => {
    const text = 'Please reply with your order number and email address.';
    expect(await only('public-channel', text, { channel: 'email' })).toEqual([]);
    expect((await only('public-channel', text, { channel: 'social' })).map((m) => m.messageId)).toEqual(['asks-private-details']);
  });

  it('asks-private-details: points from the ask to the last detail it names', async () => {
    const text = 'Sorry the blender arrived without its lid!\nCan you reply here with your order number and checkout email?';
    const [m, ...rest] = await only('public-channel', text, { channel: 'social' });
    expect(rest).toHaveLength(0);
    expect(m!.messageId).toBe('asks-private-details');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([2, 9, 2, 61]);
    expect(flagged(text, m!)).toBe('reply here with your order number and checkout email');
    expect(m!.suggestions?.[0]?.desc).toMatch(/DM/);
  });

  it('asks-private-details: details shown in public count too; asking by DM does not', async () => {
    await expectFlags('public-channel', ['Your account 4412-88 was charged twice.', 'What’s your date of birth?', 'Could you share your postcode?'], { channel: 'social' });
    await expectClean('public-channel', [
      "So sorry about this! Please DM us your order number and we'll sort it right away.",
      'Please send us a private message with your account number.',
      'Sorry! Please follow us and DM your booking reference.',
      'For your security, please don’t share your card number here. We’ve sent a DM.',
    ], { channel: 'social' });
  });

  it('no-channel-move: three or more sentences with no DM/email; the span is the whole reply', async () => {
    const text = 'Sorry about the delay, Sam.\nThe courier scanned it yesterday.\nIt should be with you tomorrow.';
    const [m, ...rest] = await only('public-channel', text, { channel: 'social' });
    expect(rest).toHaveLength(0);
    expect(m!.messageId).toBe('no-channel-move');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([1, 1, 3, 32]);
    await expectClean('public-channel', [
      'Sorry about the delay, Sam. The courier scanned it yesterday.',
      'Sorry about the delay, Sam. The courier scanned it yesterday. We’ve sent you a DM with the tracking link.',
      'Sorry about the delay! We’ve emailed you the tracking link. It should be with you tomorrow.',
    ], { channel: 'social' });
  });
});
