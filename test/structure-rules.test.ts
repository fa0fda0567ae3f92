// The structure rules as a set: a complaint reply with every checklist item passes clean, and taking one item
// out raises exactly the rule for that item. Plus the boundary readings from RULES.md that the rules must share
// with the labeled data (a non-apology is no apology, a transfer is no fix, a past date is no timeframe ...).
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import type { LintResult } from '../src/types.js';

const STRUCTURE = [
  'requires-acknowledgement', 'requires-apology', 'requires-next-step', 'requires-timeframe',
  'requires-closing-question', 'requires-contact', 'requires-prevention', 'invites-customer-input',
];

async function lint(text: string, kind: 'complaint' | 'general' = 'complaint'): Promise<LintResult> {
  const [result] = await lintText(text, { config: { extends: 'complaint', kind } });
  return result!;
}

async function structureIds(text: string): Promise<string[]> {
  const result = await lint(text);
  return result.messages.map((m) => m.ruleId ?? '').filter((id) => STRUCTURE.includes(id)).sort();
}

// One sentence per item, so each can be taken out on its own.
const PARTS = {
  greeting: 'Hi Maria,',
  acknowledge: 'I understand the kettle you bought stopped heating after a week.',
  apologize: "I'm sorry we sent you a faulty one.",
  fix: "I've sent a replacement by tracked courier.",
  urgency: 'It will arrive by Thursday, and I will email you the tracking link by 5pm today.',
  prevent: 'Our warehouse now tests every kettle before it ships, so this will not happen again.',
  involve: 'If you would rather have a refund, just tell me what would suit you best.',
  verify: 'Does Thursday work for you?',
  signOff: 'Best wishes,\nDana Cole\nCustomer Care, Brewline',
};

function reply(parts: Partial<typeof PARTS>): string {
  const body = [parts.acknowledge, parts.apologize, parts.fix, parts.urgency, parts.prevent, parts.involve].filter(Boolean).join(' ');
  return [parts.greeting, body, parts.verify, parts.signOff].filter(Boolean).join('\n\n');
}

describe('structure rules on a complete complaint reply', () => {
  it('a reply with every item raises no structure message and a full checklist', async () => {
    const result = await lint(reply(PARTS));
    expect(result.messages.filter((m) => STRUCTURE.includes(m.ruleId ?? ''))).toEqual([]);
    expect(result.replies[0]!.checklist).toEqual({
      acknowledge: true, apologize: true, fix: true, urgency: true, verify: true, contact: true,
    });
  });

  it('without the acknowledgement: requires-acknowledgement only', async () => {
    expect(await structureIds(reply({ ...PARTS, acknowledge: undefined }))).toEqual(['requires-acknowledgement']);
  });

  it('without the apology: requires-apology only', async () => {
    expect(await structureIds(reply({ ...PARTS, apologize: undefined }))).toEqual(['requires-apology']);
  });

  it('without the fix: requires-next-step only (a hand-off with a time is a commitment, not a fix)', async () => {
    const text = reply({ ...PARTS, fix: "I've passed your email to our warehouse team this morning.", urgency: undefined });
    expect(await structureIds(text)).toEqual(['requires-next-step']);
  });

  it('without the timeframe: requires-timeframe only', async () => {
    const text = reply({ ...PARTS, urgency: 'I will email you the tracking link as well.' });
    expect(await structureIds(text)).toEqual(['requires-timeframe']);
  });

  it('without the closing question: requires-closing-question only', async () => {
    expect(await structureIds(reply({ ...PARTS, verify: undefined }))).toEqual(['requires-closing-question']);
  });

  it('without a name: requires-contact only', async () => {
    const text = reply({ ...PARTS, signOff: 'Best wishes,\nThe Brewline Team' });
    expect(await structureIds(text)).toEqual(['requires-contact']);
  });

  it('without the prevention: requires-prevention only', async () => {
    expect(await structureIds(reply({ ...PARTS, prevent: undefined }))).toEqual(['requires-prevention']);
  });

  it('without asking what would make it right: invites-customer-input only', async () => {
    expect(await structureIds(reply({ ...PARTS, involve: undefined }))).toEqual(['invites-customer-input']);
  });
});

describe('structure rule reports', () => {
  it('report once at the reply\'s first line, with a suggestion showing what to add', async () => {
    const result = await lint(reply({ ...PARTS, urgency: undefined }));
    const msg = result.messages.find((m) => m.ruleId === 'requires-timeframe')!;
    expect(msg).toMatchObject({ line: 1, column: 1, severity: 1 });
    expect(msg.message).toMatch(/time/i);
    expect(msg.suggestions?.[0]?.desc).toMatch(/by 5pm today/);
    expect(result.messages.filter((m) => m.ruleId === 'requires-timeframe')).toHaveLength(1);
  });

  it('use the default severities from RULES.md', async () => {
    const text = 'Dear Customer,\n\nYour request has been logged and will be reviewed in due course by the relevant department. Please note that our offices are open from Monday to Friday.\n\nRegards,\nCustomer Services';
    const result = await lint(text);
    const severity = Object.fromEntries(result.messages.map((m) => [m.ruleId, m.severity]));
    expect(severity).toMatchObject({
      'requires-next-step': 2, 'requires-acknowledgement': 1, 'requires-apology': 1, 'requires-timeframe': 1,
      'requires-closing-question': 1, 'requires-contact': 0, 'requires-prevention': 0, 'invites-customer-input': 0,
    });
  });

  it('skip general replies and replies under 25 words', async () => {
    expect(await structureIds(reply({ greeting: 'Hi Maria,', fix: "I've sent a replacement." }))).toEqual([]);
    const general = await lint('Hi Sam,\n\nThanks for asking about our opening hours. We are open from nine until five on weekdays and from ten until four on Saturdays, and the café stays open late on Fridays.\n\nBest,\nThe Team', 'general');
    expect(general.messages.filter((m) => STRUCTURE.includes(m.ruleId ?? ''))).toEqual([]);
    expect(general.replies[0]!.checklist).toBeUndefined();
  });
});

describe('checklist boundaries', () => {
  const base = (over: Partial<typeof PARTS>) => reply({ ...PARTS, prevent: undefined, involve: undefined, ...over });
  const checklist = async (text: string) => (await lint(text)).replies[0]!.checklist!;

  it('an apology for the customer\'s feelings or "for any inconvenience" is not an apology', async () => {
    expect((await checklist(base({ apologize: "We're sorry you feel let down." }))).apologize).toBe(false);
    expect((await checklist(base({ apologize: 'We apologise for any inconvenience this may have caused.' }))).apologize).toBe(false);
    expect((await checklist(base({ apologize: 'Sorry about that!' }))).apologize).toBe(true);
    expect((await checklist(base({ apologize: 'Please accept my apologies for the mix-up.' }))).apologize).toBe(true);
  });

  it('an apology that names the problem is not an acknowledgement on its own', async () => {
    const c = await checklist(base({ acknowledge: undefined, apologize: "I'm sorry the kettle stopped heating after a week." }));
    expect(c.acknowledge).toBe(false);
    expect(c.apologize).toBe(true);
  });

  it('a transfer, a promise to look into it, or instructions to the customer are not a fix', async () => {
    for (const fix of [
      "I've forwarded your ticket to another department, and they will get back to you.",
      'We are looking into this and will be in touch.',
      'Please return the kettle to the shop where you bought it.',
    ]) {
      expect((await checklist(base({ fix, urgency: undefined }))).fix, fix).toBe(false);
    }
    const handOff = "I've passed this to Dana, our returns specialist, who will ship your replacement today.";
    expect((await checklist(base({ fix: handOff, urgency: undefined }))).fix).toBe(true);
  });

  it('a past date, a policy period or opening hours are not a timeframe', async () => {
    for (const urgency of [
      'You ordered it on 3 March, and it was delivered on Tuesday.',
      'Our returns window is 30 days from delivery.',
      'Our phone lines are open Monday to Friday, 9am to 5pm.',
    ]) {
      expect((await checklist(base({ urgency }))).urgency, urgency).toBe(false);
    }
  });

  it('a negative follow-up or a question before the last sentence does not verify', async () => {
    expect((await checklist(base({ verify: 'Are there any other problems with your order?' }))).verify).toBe(false);
    const early = base({ verify: 'Does Thursday work for you? Thanks again for choosing Brewline, we value your custom.' });
    expect((await checklist(early)).verify).toBe(false);
  });

  it('a team sign-off or a support address is no contact; a name placeholder or a direct line is', async () => {
    expect((await checklist(base({ signOff: 'Kind regards,\nCustomer Services\nsupport@brewline.example' }))).contact).toBe(false);
    expect((await checklist(base({ signOff: 'Kind regards,\n{{agent.name}}\nBrewline' }))).contact).toBe(true);
    const direct = base({ verify: 'Does Thursday work for you? You can reach me directly on 0161 496 0142.', signOff: 'Brewline' });
    expect((await checklist(direct)).contact).toBe(true);
  });
});
