// Focused tests for six phrase rules: non-apology, negative-follow-up, corporate-stiff, impersonal-greeting,
// robotic-script (unexplained-transfer and heated-tone: test/rules/<id>.test.ts). Exact rule IDs, positions, fixes and options.
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

describe('non-apology', () => {
  it('points at the apology clause, from the apologiser to the end of the clause', async () => {
    const text = 'Hi Dana,\n\nThanks for writing. We are sorry that you feel let down by the new plan. I have added a credit.';
    const [m, ...rest] = await only('non-apology', text);
    expect(rest).toHaveLength(0);
    expect(m!.ruleId).toBe('non-apology');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([3, 21, 3, 72]);
    expect(flagged(text, m!)).toBe('We are sorry that you feel let down by the new plan');
    expect(m!.suggestions?.[0]?.desc).toMatch(/sorry for what went wrong/i);
    expect(m!.fix).toBeUndefined();
  });

  it('reads the clause after "sorry": the customer feeling vs an event we caused', async () => {
    const feelings = [
      'I’m sorry you’re unhappy with the repair.',
      'We are sorry you did not enjoy your meal.',
      'Sorry to hear you are having trouble with the app.',
      'We regret that you were disappointed.',
      'I am sorry you found the letter confusing.',
    ];
    const events = [
      "I'm sorry you had to wait three days for an answer.",
      'I’m sorry you were charged twice.',
      "I'm sorry to hear the package arrived damaged.",
      'Sorry that our update broke your export.',
      'I’m sorry you found a hair in your soup.',
      "I'm sorry, you should have had a letter about this.",
    ];
    for (const t of feelings) expect((await only('non-apology', t)).length, t).toBe(1);
    for (const t of events) expect(await only('non-apology', t), t).toEqual([]);
  });

  it('flags conditional and "any" apologies, with British spellings and curly apostrophes', async () => {
    for (const t of ['We apologise if the room wasn’t up to standard.', 'Apologies for any confusion.', 'We regret any inconvenience caused.', 'Sorry for the trouble this may have caused.']) {
      expect((await only('non-apology', t)).map((m) => m.ruleId), t).toEqual(['non-apology']);
    }
  });
});

describe('negative-follow-up', () => {
  it('fixes the whole question, keeping a lead-in', async () => {
    const text = 'I have refunded the fee.\nOkay, are there any other problems with your login?';
    const result = await lint(text, { 'negative-follow-up': 'error' }, true);
    expect(result.output).toBe('I have refunded the fee.\nOkay, how else can I help you today?');
    const [m] = (await only('negative-follow-up', text));
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([2, 7, 2, 52]);
    expect(flagged(text, m!)).toBe('are there any other problems with your login?');
    expect(m!.fix?.text).toBe('how else can I help you today?');
    expect(m!.suggestions?.[0]?.fix?.text).toBe('how else can I help you today?');
  });

  it('replaces a question that starts its sentence with the capitalized replacement', async () => {
    const result = await lint('Is anything else wrong with your account that I should know about?', { 'negative-follow-up': 'error' }, true);
    expect(result.output).toBe('How else can I help you today?');
  });

  it('leaves offers of help and requests for details alone', async () => {
    for (const t of ['Is there anything else I can help you with?', 'Can you tell me more about the issues you are having?', 'Let me know if you run into any other issues.', 'Would you like me to look at the other issue you mentioned?']) {
      expect(await only('negative-follow-up', t), t).toEqual([]);
    }
  });
});

describe('corporate-stiff', () => {
  it('fixes with the plain word, keeping capitalization', async () => {
    const text = 'Kindly ensure orders are placed prior to 2pm. Prior to your visit, PRIOR TO noon.';
    const result = await lint(text, { 'corporate-stiff': 'warn' }, true);
    expect(result.output).toBe('Please ensure orders are placed before 2pm. Before your visit, BEFORE noon.');
    const messages = await only('corporate-stiff', text);
    expect(messages.map((m) => flagged(text, m))).toEqual(['Kindly', 'prior to', 'Prior to', 'PRIOR TO']);
    expect(messages[1]).toMatchObject({ line: 1, column: 33, endLine: 1, endColumn: 41 });
  });

  it('deletes "please be advised that" and capitalizes the next word', async () => {
    const result = await lint('Hi Mo,\nPlease be advised that, from 1 March, our delivery days change.', { 'corporate-stiff': 'warn' }, true);
    expect(result.output).toBe('Hi Mo,\nFrom 1 March, our delivery days change.');
  });

  it('handles word forms: endeavour/endeavor, utilise/utilised, "I kindly ask", "in regards to"', async () => {
    const text = 'We endeavour to reply. We endeavored to call. Best wishes in your future endeavours. The credit was utilised. I kindly ask you to confirm. In regards to your order, it shipped.';
    const result = await lint(text, { 'corporate-stiff': 'warn' }, true);
    expect(result.output).toBe('We try to reply. We tried to call. Best wishes in your future efforts. The credit was used. Please confirm. About your order, it shipped.');
  });

  it('"do not hesitate to contact us" becomes "just reply here", or "feel free to" before a channel', async () => {
    const a = await lint('Please do not hesitate to contact us.', { 'corporate-stiff': 'warn' }, true);
    expect(a.output).toBe('Just reply here.');
    const b = await lint('Please don’t hesitate to contact me directly on 0207 946 0998.', { 'corporate-stiff': 'warn' }, true);
    expect(b.output).toBe('Feel free to contact me directly on 0207 946 0998.');
  });

  it('leaves the boundary near-misses alone', async () => {
    for (const t of ['Kind regards,\nSam', 'Thanks for the kind words!', 'Thanks for your email regarding the refund.', 'Further to our call, here is the link.', 'Rooms are £90 per night.', 'Please note we are closed on Monday.']) {
      expect(await only('corporate-stiff', t), t).toEqual([]);
    }
  });

  it('takes user pairs from the phrases option; an empty replacement deletes', async () => {
    const rules = { 'corporate-stiff': ['warn', { phrases: { 'revert back': 'reply', 'for your perusal': '' } }] as [string, Record<string, unknown>] };
    const result = await lint('Please revert back by Friday. The menu is attached for your perusal.', rules, true);
    expect(result.output).toBe('Please reply by Friday. The menu is attached.');
    const messages = (await lint('Please Revert Back today.', rules)).messages;
    expect(messages.map((m) => m.ruleId)).toEqual(['corporate-stiff']);
    expect(messages[0]!.fix?.text).toBe('Reply');
  });
});

describe('impersonal-greeting', () => {
  it('points at the greeting', async () => {
    const text = 'Dear Valued Customer,\n\nYour refund is on its way.';
    const [m, ...rest] = await only('impersonal-greeting', text);
    expect(rest).toEqual([]);
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([1, 1, 1, 21]);
    expect(m!.suggestions?.[0]?.desc).toMatch(/name/);
  });

  it('covers role nouns and "To whom it may concern", not names or placeholders', async () => {
    for (const t of ['Dear Passenger,\nHi.', 'To whom it may concern,\nHi.', 'Dear Account Holder,\nHi.', 'Dear Sir or Madam,\nHi.']) expect((await only('impersonal-greeting', t)).length, t).toBe(1);
    for (const t of ['Dear [Customer Name],\nHi.', 'Hi {{ticket.requester.first_name}},\nHi.', 'Good afternoon, you’re through to Northway.', 'Dear Mr Farah,\nHi.']) expect(await only('impersonal-greeting', t), t).toEqual([]);
  });
});

describe('robotic-script', () => {
  it('points at the script line', async () => {
    const text = 'Thanks for your email. Your call is very important to us.';
    const [m] = await only('robotic-script', text);
    expect(flagged(text, m!)).toBe('Your call is very important to us');
    expect(m).toMatchObject({ ruleId: 'robotic-script', line: 1, column: 24 });
    expect(m!.suggestions?.[0]?.desc).toBeTruthy();
  });

  it('reports each line once', async () => {
    const messages = await only('robotic-script', 'This is an automated message. Please do not reply to this email.');
    expect(messages.map((m) => m.ruleId)).toEqual(['robotic-script', 'robotic-script']);
  });
});
