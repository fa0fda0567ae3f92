// cancellation-friction: frictions in replies about leaving a service (not appointments or bookings), the
// call-to-cancel message chosen by what the sentence asks of the customer (not by the word "retention"), and
// confirmshaming, which is flagged in any text.
import { describe, expect, it } from 'vitest';
import { expectClean, expectFlags, flagged, only } from '../helpers/rule-lint.js';

const messageIds = async (rule: string, text: string, run?: Parameters<typeof only>[2]) => (await only(rule, text, run)).map((m) => m.messageId);
const RULE = 'cancellation-friction';

describe('cancellation-friction', () => {
  it('reports each friction in a reply about leaving, with its messageId', async () => {
    const text = 'Hi Jo,\n\nI can close your account. Are you sure you want to cancel? You will lose all your rewards.';
    const messages = await only(RULE, text);
    expect(messages.map((m) => m.messageId)).toEqual(['are-you-sure', 'loss-threat']);
    expect([messages[0]!.line, messages[0]!.column, messages[0]!.endLine, messages[0]!.endColumn]).toEqual([3, 27, 3, 58]);
    expect(flagged(text, messages[1]!)).toBe('You will lose all your rewards');
    const id = async (t: string) => (await only(RULE, t))[0]?.messageId;
    expect(await id('In order to cancel you must submit a written request.')).toBe('extra-steps');
    expect(await id('Before you go, have you considered our premium plan? I can close the account after.')).toBe('retention-pitch');
  });

  it('only applies to leaving a service: appointments and bookings are not', async () => {
    await expectClean(RULE, [
      'I’ve cancelled your appointment on Friday. Are you sure you don’t want to rebook?',
      'Your booking is cancelled. Are you sure you want to cancel the table too?',
      'You will lose your seat if you don’t check in by 6pm.',
      'Have you considered our premium plan? It includes priority support.',
    ]);
  });

  it('lets a "before you go" that offers help through, and clean cancellations', async () => {
    await expectClean(RULE, [
      'I’ve closed your account. Before you go, is there anything else I can help with?',
      "Done: I've cancelled your subscription, and you won't be charged again.",
      'Your account is closed. If you ever want to come back, your settings are saved for 90 days.',
      'I’ve cancelled the subscription. You won’t lose the reports you saved.',
    ]);
  });

  it('generalizes: paraphrases a trainer would write', async () => {
    await expectFlags(RULE, [
      'Before you leave, can I offer you 50% off?',
      'Cancelling means you will lose your points.',
      'Once you cancel, your rewards balance will disappear.',
      'Unsubscribing means missing out on exclusive member deals.',
      'You can only cancel by speaking to an advisor.',
      'Rather than cancelling, how about a cheaper package?',
      'We’re sad to see you go. Can we tempt you with a discount to stay?',
      'Would you like to stay for a lower price?',
    ]);
    await expectClean(RULE, [
      'If you cancel your booking, you’ll lose the deposit.',
      'If you close your account, your data will be deleted after 30 days as required by law.',
      'Before you go, here’s your final invoice.',
      'We’d like to offer you a free night to stay with us.',
      'The cancellation fee is £10 and you can pay online.',
    ]);
  });

  it('chooses the call-to-cancel message by what the sentence asks, not by the word "retention"', async () => {
    const text = 'Thanks for letting us know. To cancel, please call our retention team.';
    const [m, ...rest] = await only(RULE, text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ messageId: 'call-to-cancel', line: 1, column: 29 });
    expect(flagged(text, m!)).toBe('To cancel, please call our retention team');
    expect(m!.message).toBe('This makes the customer phone or visit to cancel ("To cancel, please call our retention team"). Cancel it for them here, in this conversation.');
    expect(await messageIds(RULE, 'To cancel, please call our customer care team on 0800 000 000.')).toEqual(['call-to-cancel']);
    expect(await messageIds(RULE, 'You can only end your contract by ringing us.')).toEqual(['call-to-cancel']);
    expect(await messageIds(RULE, 'You’ll need to come into a store to close your account.')).toEqual(['call-to-cancel']);
    expect(await messageIds(RULE, 'Memberships can only be cancelled in person at your home club.')).toEqual(['call-to-cancel']);
    // A letter is what is asked; "not over the phone" is what is refused.
    expect(await messageIds(RULE, 'To close the account, you’ll need to send a signed letter, because we can’t close accounts over the phone.')).toEqual(['extra-steps']);
    expect(await messageIds(RULE, 'Account closures must be requested in writing with two forms of ID.')).toEqual(['extra-steps']);
    // A retention team that only confirms the cancellation is no pressure.
    expect(await only(RULE, 'Our retention team will email you a confirmation that your plan is cancelled.')).toEqual([]);
    // A retention team the customer is sent to is.
    expect(await messageIds(RULE, 'I want to cancel? I’ll transfer you to our retention team.')).toEqual(['retention-pitch']);
  });

  it('catalog 2: confirmshaming, in any text', async () => {
    const text = 'Want 10% off your first order?\n\n[Yes please]  [No thanks, I enjoy paying more.]';
    const [m] = await only(RULE, text);
    expect(m).toMatchObject({ messageId: 'confirmshaming', line: 3 });
    expect(flagged(text, m!)).toBe('No thanks, I enjoy paying more');
    await expectFlags(RULE, [
      'No thanks, I enjoy paying more.',
      'No, I don’t want to grow my business.',
      'I’ll pass on free shipping, I guess.',
      'Nah, I’d rather stay uninformed.',
      'No thanks, I don’t care about my savings.',
      'I’m not interested in saving money.',
      'No thanks, I’d rather keep paying full price.',
      'Nope, I’m happy to stay behind the times.',
      'I don’t need a discount.',
      'No, I hate saving money.',
      'No thanks, I’ll skip the free trial.',
      'I’ll pass on the exclusive offers.',
      'No thanks, I’ll miss out.',
      'No, I’m not feeling lucky.',
      'No thanks, we’re happy to keep losing customers.',
      'No, I’d prefer to stay out of the loop.',
      'Skip. I don’t want better deals.',
      'I don’t care about my health.',
      'No, I’ll keep wasting money.',
      'I’ll give up my rewards.',
    ]);
    await expectClean(RULE, [
      'No thanks, I’m all set.',
      'Not now, maybe later.',
      'No, thank you.',
      'No thanks needed, I was happy to help.',
      'I don’t want to keep you waiting, so here’s the answer.',
      'I’d rather you didn’t pay twice, so I’ve refunded one charge.',
      'We don’t want you to miss out on your rewards, so they roll over.',
      'I prefer to keep things simple.',
      'I don’t want to waste your time, so here is the short answer.',
      'I don’t want you to miss out, so I’ve applied the discount to your renewal.',
      'I’d rather refund you than leave you waiting.',
      'No, I don’t need anything else today.',
      'I don’t care what caused it; I’ll fix it today.',
      'You said you don’t want the newsletter, so I’ve unsubscribed you.',
      'We don’t need your card details for this.',
      'I’ll pass on your thanks to the team.',
      'I’ll skip the small talk: your refund is done.',
      'No worries, I’m happy to stay on the line.',
      'I hate to see a delivery go wrong, so I’ve rebooked it.',
      'I would love to learn more about the fault you saw.',
    ]);
  });

  it('catalog 2: "are you sure" in any tense, and the cancel-related pitches', async () => {
    await expectFlags(RULE, [
      'I can close it for you. Were you sure about cancelling?',
      'Sorry to hear you’d like to close your account. Are you really sure about this?',
      'To end your contract, you’ll need to send us a signed letter by post.',
      'We also have a cheaper plan that might suit you better than cancelling.',
    ]);
    await expectClean(RULE, [
      'You asked about your order. Are you sure the address is right?',
      'I’ve cancelled your plan. If you ever want to come back, just reply here.',
      'To cancel, reply to this email and I’ll do it the same day.',
    ]);
  });
});
