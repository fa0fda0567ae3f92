// Focused tests for five phrase rules (over-promise moved to test/rules/over-promise.test.ts): downplays-problem, blames-customer, deflects-responsibility,
// cancellation-friction, public-channel. Exact rule IDs, messageIds, positions, options and the near-misses that
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

describe('downplays-problem', () => {
  it('points at the "fine on our end" phrase, with its messageId and a suggestion', async () => {
    const text = 'Hi Ana,\n\nThanks for the screenshots. Everything works fine on our end, so please try again later.';
    const [m, ...rest] = await only('downplays-problem', text);
    expect(rest).toHaveLength(0);
    expect(m!.ruleId).toBe('downplays-problem');
    expect(m!.messageId).toBe('not-real');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([3, 29, 3, 61]);
    expect(flagged(text, m!)).toBe('Everything works fine on our end');
    expect(m!.suggestions?.[0]?.desc).toMatch(/checked/);
    expect(m!.fix).toBeUndefined();
  });

  it('tells minor / rare / normal framing apart by messageId', async () => {
    const ids = async (t: string) => (await only('downplays-problem', t)).map((m) => m.messageId);
    expect(await ids('It’s just a minor glitch.')).toEqual(['minor']);
    expect(await ids('No one else has reported this.')).toEqual(['rare']);
    expect(await ids('A short delay like this is perfectly normal.')).toEqual(['normal']);
    expect(await ids('There is no problem with your account.')).toEqual(['not-real']);
  });

  it('flags paraphrases, British spellings and uncontracted forms', async () => {
    await expectFlags('downplays-problem', [
      'It is not a big deal.',
      'It’s not that big of a deal.',
      'I do not think this is a significant issue.',
      'The disruption was well within acceptable limits.',
      'There is nothing wrong with the boiler we fitted.',
      'Our systems show everything is working normally.',
      'You are the only guest to have raised this.',
      'We have not had any other complaints about the colour.',
      'This should not be an issue for your journey.',
      'The outage lasted only 20 minutes.',
    ]);
  });

  it('does not flag owning the problem, saying yes to a request, or a state after our fix', async () => {
    await expectClean('downplays-problem', [
      'I just checked your order, and it left the warehouse today.',
      'Restart the app, and the sync should resume.',
      'The problem is on our side: a bug in yesterday’s release.',
      'There’s no import fee; we cover it.',
      'Sure, that shouldn’t be a problem to arrange.',
      'I’ve restarted the server, and everything is working normally on our side now.',
      'I know this is a big deal for you, so I’ve made it urgent.',
      'There was a minor fault in our billing run, and I’m sorry it reached your account.',
    ]);
  });

  it('minimizers: an imperative opened by "just"/"simply", switchable with the `minimizers` option', async () => {
    const text = 'I can see the code failed. Just clear your cookies and try again.';
    const [m] = await only('downplays-problem', text);
    expect(m!.messageId).toBe('minimizer');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([1, 28, 1, 65]);
    expect(await only('downplays-problem', text, { options: { minimizers: false } })).toEqual([]);
    await expectFlags('downplays-problem', ['Simply restart the app.', 'Ok, just log out and back in.', 'All you need to do is reinstall it.', 'You just need to update your browser.']);
    await expectClean('downplays-problem', [
      'Just so you know, the engineer will ring first.',
      'Just to confirm, your refund went out today.',
      'If anything else comes up, just reply here.',
      'We just sent you a new code.',
      'Just click ‘Message’ at the top of our profile to DM us.',
    ]);
  });
});

describe('blames-customer', () => {
  it('points at the "you should have <verb>ed" clause', async () => {
    const text = 'Hi Tom,\nYou should have read the instructions before plugging it in.';
    const [m, ...rest] = await only('blames-customer', text);
    expect(rest).toHaveLength(0);
    expect(m!.messageId).toBe('blames');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([2, 1, 2, 60]);
    expect(m!.suggestions?.length).toBe(1);
  });

  it('marks talking down as `condescends`', async () => {
    const text = 'As I already explained, refunds take 10 days.';
    const [m] = await only('blames-customer', text);
    expect(m!.messageId).toBe('condescends');
    expect(flagged(text, m!)).toBe('As I already explained');
    expect((await only('blames-customer', 'Please calm down.'))[0]!.messageId).toBe('condescends');
  });

  it('reads modal perfects with the tagger: action verbs blame, receive/been/have-a-noun do not', async () => {
    await expectFlags('blames-customer', [
      'You must have entered the wrong address.',
      'You should’ve checked the size guide.',
      'You ought to have kept the receipt.',
      'Had you read the welcome pack, you would have known.',
      'If you’d followed the guide, this wouldn’t have happened.',
    ]);
    await expectClean('blames-customer', [
      "You should have received it by now, and that's on us.",
      'You must have been worried.',
      'You must have been so frustrated by the wait.',
      'You should have your refund by Friday.',
      'You should have access to the portal now.',
      'If you had a block booking, it has been moved across for you.',
      'If you’d like a refund instead, just say.',
    ]);
  });

  it('flags the fixed reproaches, and not their owned or negated forms', async () => {
    await expectFlags('blames-customer', [
      'You failed to update your card.',
      'As clearly stated on our website, sale items are final.',
      'This is user error.',
      'It looks like you didn’t properly unzip the file.',
      'As we have previously advised, the warranty has expired.',
      'Did you even read the email?',
    ]);
    await expectClean('blames-customer', [
      'This isn’t your fault at all.',
      'We should have clearly explained the fee.',
      'As I mentioned on the phone, the engineer is booked.',
      'As promised, here is the tracking number.',
      'It looks like the zip file didn’t get properly extracted. Here’s the fix.',
    ]);
  });
});

describe('deflects-responsibility', () => {
  it('points at the push-back clause', async () => {
    const text = 'Hi Sam,\n\nThe courier lost it, so you’ll need to contact them.';
    const [m, ...rest] = await only('deflects-responsibility', text);
    expect(rest).toHaveLength(0);
    expect(m!.messageId).toBe('push-back');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([3, 25, 3, 52]);
    expect(flagged(text, m!)).toBe('you’ll need to contact them');
  });

  it('gives each kind of deflection its messageId', async () => {
    const id = async (t: string) => (await only('deflects-responsibility', t))[0]?.messageId;
    expect(await id('Per company policy, we cannot refund this.')).toBe('policy-shield');
    expect(await id('There’s nothing I can do.')).toBe('cannot-help');
    expect(await id('That’s not my department.')).toBe('not-ours');
    expect(await id('This is out of our control.')).toBe('not-ours');
    expect(await id('We are not responsible for delays.')).toBe('not-ours');
  });

  it('does not fire when a policy is waived for the customer', async () => {
    await expectClean('deflects-responsibility', [
      "Our refund window is 30 days, but I've made an exception and refunded you today.",
      'Our policy is to charge the fee after two days, but in this case I’ve removed it.',
      'That’s our usual policy, but I’ve waived it this time.',
    ]);
    await expectFlags('deflects-responsibility', ['That’s our policy.', 'As per our terms and conditions, opened items cannot be returned.']);
  });

  it('does not fire when a third party is named and the agent owns the fix (same or next sentence)', async () => {
    await expectClean('deflects-responsibility', [
      "The courier lost the parcel, so I'm sending a replacement and filing the claim with them myself.",
      'The delay was caused by the courier. I’ve contacted them myself and they’ll deliver tomorrow.',
      'You don’t need to contact the bank; I’ve already raised it with them.',
      'You’re not responsible for the extra charge; I’ve reversed it.',
    ]);
    await expectFlags('deflects-responsibility', ['You will need to contact your bank to find out why the payment failed.']);
  });
});

describe('cancellation-friction', () => {
  it('reports each friction in a reply about leaving, with its messageId', async () => {
    const text = 'Hi Jo,\n\nI can close your account. Are you sure you want to cancel? You will lose all your rewards.';
    const messages = await only('cancellation-friction', text);
    expect(messages.map((m) => m.messageId)).toEqual(['are-you-sure', 'loss-threat']);
    expect([messages[0]!.line, messages[0]!.column, messages[0]!.endLine, messages[0]!.endColumn]).toEqual([3, 27, 3, 58]);
    expect(flagged(text, messages[1]!)).toBe('You will lose all your rewards');
    const id = async (t: string) => (await only('cancellation-friction', t))[0]?.messageId;
    expect(await id('In order to cancel you must submit a written request.')).toBe('extra-steps');
    expect(await id('Before you go, have you considered our premium plan? I can close the account after.')).toBe('retention-pitch');
  });

  it('only applies to leaving a service: appointments and bookings are not', async () => {
    await expectClean('cancellation-friction', [
      'I’ve cancelled your appointment on Friday. Are you sure you don’t want to rebook?',
      'Your booking is cancelled. Are you sure you want to cancel the table too?',
      'You will lose your seat if you don’t check in by 6pm.',
      'Have you considered our premium plan? It includes priority support.',
    ]);
  });

  it('lets a "before you go" that offers help through, and clean cancellations', async () => {
    await expectClean('cancellation-friction', [
      'I’ve closed your account. Before you go, is there anything else I can help with?',
      "Done: I've cancelled your subscription, and you won't be charged again.",
      'Your account is closed. If you ever want to come back, your settings are saved for 90 days.',
      'I’ve cancelled the subscription. You won’t lose the reports you saved.',
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
