// Focused tests for two phrase rules: unexplained-transfer, heated-tone. Exact rule IDs, positions, fixes and
// options. (non-apology, negative-follow-up, corporate-stiff, impersonal-greeting and robotic-script moved to
// test/rules/<id>.test.ts.)
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import type { LintMessage } from '../src/types.js';

type RuleSetting = string | [string, Record<string, unknown>];

async function lint(text: string, rules: Record<string, RuleSetting>, fix = false) {
  const [result] = await lintText(text, { config: { rules, kind: 'general', channel: 'email', minWords: 0 }, fix });
  return result!;
}

/** The text a message points at (1-based line/column into `text`). */
function flagged(text: string, m: LintMessage): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return text.slice(offset(m.line, m.column), offset(m.endLine, m.endColumn));
}

async function only(rule: string, text: string, options?: Record<string, unknown>) {
  const result = await lint(text, { [rule]: options ? ['error', options] : 'error' });
  return result.messages.filter((m) => m.ruleId === rule);
}

describe('unexplained-transfer', () => {
  it('flags a hand-off without who and why, at the hand-off clause', async () => {
    const text = 'Thanks, Rory.\nI’ve forwarded your ticket to another department, and they will get back to you.';
    const [m, ...rest] = await only('unexplained-transfer', text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: 'unexplained-transfer', line: 2, column: 1 });
    expect(flagged(text, m!)).toBe('I’ve forwarded your ticket to another department, and they will get back to you');
    expect(m!.suggestions?.[0]?.desc).toMatch(/who will help and why/i);
  });

  it('needs both who and why, in the same or the next sentence', async () => {
    expect(await only('unexplained-transfer', 'I’m putting you through to our billing team. They can refund the charge today.')).toEqual([]);
    expect((await only('unexplained-transfer', 'I’m putting you through to our billing team.')).length).toBe(1);
    expect((await only('unexplained-transfer', 'I have passed this to head office so it can be looked at.')).length).toBe(1);
  });

  it('does not treat moving money, data, bookings or numbers as a hand-off', async () => {
    for (const t of ['I’ve transferred the refund to your card.', 'Your booking has been transferred to Saturday.', 'Your number transfers to the new SIM tonight.', 'The airport transfer you asked for is booked.', 'We look forward to seeing you.']) {
      expect(await only('unexplained-transfer', t), t).toEqual([]);
    }
  });
});

describe('heated-tone', () => {
  it('joins adjacent capitals into one report and offers lower case', async () => {
    const text = 'Our engineers worked ALL NIGHT on this.';
    const [m, ...rest] = await only('heated-tone', text);
    expect(rest).toEqual([]);
    expect([m!.line, m!.column, m!.endColumn]).toEqual([1, 22, 31]);
    expect(m!.suggestions?.[0]?.fix?.text).toBe('all night');
  });

  it('flags "!!" and "?!" runs', async () => {
    const text = 'It shipped!! Seriously?!';
    expect((await only('heated-tone', text)).map((m) => flagged(text, m))).toEqual(['!!', '?!']);
    const [m] = await only('heated-tone', 'Seriously? We told you.');
    expect(m?.message).toMatch(/sarcastic/);
  });

  it('lets acronyms and codes through, and the allow option adds more', async () => {
    expect(await only('heated-tone', 'Our FAQ and API docs explain the HIIT class; quote SK118 or GF-220 at 11:42 UTC.')).toEqual([]);
    expect((await only('heated-tone', 'The PULSEFIT app is new.')).length).toBe(1);
    expect(await only('heated-tone', 'The PULSEFIT app is new.', { allow: ['PulseFit'] })).toEqual([]);
  });
});
