// public-channel (social only): private details asked for or shown in public, and troubleshooting the
// customer's own account, order, booking, bill or device in public with no move to a private channel.
// (The first cases came from phrase-rules-b and phrase-generalization.)
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { expectClean, expectFlags, flagged, only } from '../helpers/rule-lint.js';

const RULE = 'public-channel';
const social = { channel: 'social' as const };

async function firedRules(text: string): Promise<string[]> {
  const [result] = await lintText(text, { useConfig: false, kind: 'general', channel: 'social' });
  return result!.messages.map((m) => m.ruleId ?? '');
}

describe('public-channel', () => {
  it('runs on the social channel only', async () => {
    const text = 'Please reply with your order number and email address.';
    expect(await only(RULE, text, { channel: 'email' })).toEqual([]);
    expect((await only(RULE, text, social)).map((m) => m.messageId)).toEqual(['asks-private-details']);
  });

  it('asks-private-details: points from the ask to the last detail it names', async () => {
    const text = 'Sorry the blender arrived without its lid!\nCan you reply here with your order number and checkout email?';
    const [m, ...rest] = await only(RULE, text, social);
    expect(rest).toHaveLength(0);
    expect(m!.messageId).toBe('asks-private-details');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([2, 9, 2, 61]);
    expect(flagged(text, m!)).toBe('reply here with your order number and checkout email');
    expect(m!.suggestions?.[0]?.desc).toMatch(/DM/);
  });

  it('asks-private-details: details shown in public count too; asking by DM does not', async () => {
    await expectFlags(RULE, ['Your account 4412-88 was charged twice.', 'What’s your date of birth?', 'Could you share your postcode?'], social);
    await expectClean(RULE, [
      "So sorry about this! Please DM us your order number and we'll sort it right away.",
      'Please send us a private message with your account number.',
      'Sorry! Please follow us and DM your booking reference.',
      'For your security, please don’t share your card number here. We’ve sent a DM.',
    ], social);
  });

  it('no-channel-move: troubleshooting in three or more sentences with no DM/email; the span is the whole reply', async () => {
    const text = 'Sorry about the delay, Sam.\nThe courier scanned it yesterday.\nIt should be with you tomorrow.';
    const [m, ...rest] = await only(RULE, text, social);
    expect(rest).toHaveLength(0);
    expect(m!.messageId).toBe('no-channel-move');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([1, 1, 3, 32]);
    await expectClean(RULE, [
      'Sorry about the delay, Sam. The courier scanned it yesterday.',
      'Sorry about the delay, Sam. The courier scanned it yesterday. We’ve sent you a DM with the tracking link.',
      'Sorry about the delay! We’ve emailed you the tracking link. It should be with you tomorrow.',
    ], social);
  });

  it('catalog 2: a link to a private form or chat is a move', async () => {
    await expectClean(RULE, [
      'Sorry for the trouble with your order. We’d like to help. Please fill in the form at the link below and we’ll check it.',
      'That’s not right, sorry. We can’t see accounts here. Please connect with us here so we can look at your bill: https://example.com/chat',
      'We understand. We’d like to assist. We need to get you into a private secured link to check your booking.',
      'Sorry about the charge on your card. Did you write to us via this secure link? We reply within the hour. https://example.com/x',
      'Oh no, your router again! Please reach us through our private form and we’ll run a line test. Sorry!',
    ], social);
  });

  it('catalog 2: thanks, good news and general updates in public are not a problem worked out in public', async () => {
    await expectClean(RULE, [
      'Thank you for your feedback. We are glad we were able to help. Have a great day!',
      'Great news, your order has shipped! It will be with you on Friday. Enjoy!',
      'We love that! Thanks for sharing the photo. See you next time!',
      'Sorry about the app crashing. Our team is aware of the bug. A fix will go out in tomorrow’s update.',
    ], social);
  });

  it('catalog 2: fires on public troubleshooting of the customer’s own device, order or account', async () => {
    const cases = [
      'Still having trouble? Which device are you using? What error do you see?',
      'That’s odd. Is it happening on Wi-Fi and mobile data? Have you tried logging out and back in?',
      'Not what we like to hear! Was this shipped by us or a seller? Did it arrive damaged?',
      'We can see your order left the depot late. Sorry about that. The courier should deliver it tomorrow.',
    ];
    await expectFlags(RULE, cases, social);
    for (const t of cases) expect((await only(RULE, t, social)).map((m) => m.messageId), t).toEqual(['no-channel-move']);
  });

  it('generalizes (cases from phrase-generalization)', async () => {
    for (const text of [
      'We’ve checked account 5510-22 and the payment went through.',
      'What’s your registered email address?',
      'Please comment with the email linked to your account.',
      'Could you let us know your date of birth and postcode?',
      'Can you tell us the last 4 digits of your card?',
      'Hi Leo, the refund for order #448192 went out today.',
      'That’s frustrating, sorry. The outage is in your area. Engineers are working on it. It should be back by 6pm.',
      'Please tweet us your postcode so we can check coverage.',
    ]) expect(await firedRules(text), text).toContain(RULE);
    for (const text of [
      'Please send us a private message with your account details.',
      'Happy to help! Please DM us your postcode so we can check the outage.',
      'Sorry for the wait. Please fill in this secure form: https://example.com/help',
      'Thank you for the kind words about our staff.',
      'Sorry about the delay, Mo. We’ve DMed you the tracking details.',
    ]) expect(await firedRules(text), text).not.toContain(RULE);
  });
});
