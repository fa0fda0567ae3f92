// unexplained-transfer: hand-offs without who and why, and the catalog-2 kinds: holds with no reason, send-aways
// (the customer told to start again elsewhere) and consults with no word on what happens next. Transfers of
// money, data, bookings and goods are not hand-offs.
import { describe, expect, it } from 'vitest';
import { expectClean, expectFlags, flagged, only } from '../helpers/rule-lint.js';

const messageIds = async (rule: string, text: string, run?: Parameters<typeof only>[2]) => (await only(rule, text, run)).map((m) => m.messageId);
const RULE = 'unexplained-transfer';

describe('unexplained-transfer', () => {
  it('flags a hand-off without who and why, at the hand-off clause', async () => {
    const text = 'Thanks, Rory.\nI’ve forwarded your ticket to another department, and they will get back to you.';
    const [m, ...rest] = await only(RULE, text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: RULE, line: 2, column: 1, messageId: 'handoff' });
    expect(flagged(text, m!)).toBe('I’ve forwarded your ticket to another department, and they will get back to you');
    expect(m!.message).toBe('This hands the customer off without saying who will help and why.');
    expect(m!.suggestions?.[0]?.desc).toMatch(/who will help and why/i);
  });

  it('needs both who and why, in the same or the next sentence', async () => {
    expect(await only(RULE, 'I’m putting you through to our billing team. They can refund the charge today.')).toEqual([]);
    expect((await only(RULE, 'I’m putting you through to our billing team.')).length).toBe(1);
    expect((await only(RULE, 'I have passed this to head office so it can be looked at.')).length).toBe(1);
    const [m] = await only(RULE, 'I’m putting you through to our billing team.');
    expect(m!.message).toBe('This hands the customer off without saying why this helps.');
  });

  it('does not treat moving money, data, bookings or numbers as a hand-off', async () => {
    for (const t of ['I’ve transferred the refund to your card.', 'Your booking has been transferred to Saturday.', 'Your number transfers to the new SIM tonight.', 'The airport transfer you asked for is booked.', 'We look forward to seeing you.']) {
      expect(await only(RULE, t), t).toEqual([]);
    }
  });

  it('generalizes: paraphrases a trainer would write', async () => {
    await expectFlags(RULE, [
      'Your issue has been passed on.',
      'I’ve referred this to head office.',
      'I have handed your complaint to a colleague.',
      'Your ticket has been reassigned to another team.',
      'One moment while I transfer you.',
      'I’ve escalated this to my manager.',
      'Your complaint was escalated to senior management.',
      'I’m connecting you to another department.',
    ]);
    await expectClean(RULE, [
      'I’m transferring you to Omar in billing, who can reverse the charge.',
      'Your parcel was handed over to the courier this morning.',
      'I’ve transferred your points to your partner’s account.',
      'Thanks for the lovely feedback, I’ll pass it on to the team!',
      'We’ll refer this to our wireless team, since we only handle broadband accounts.',
    ]);
  });

  it('gives holds, send-aways and consults their own messages, at the phrase', async () => {
    const hold = 'Thanks, Ana. I’m putting you on hold.';
    const [h] = await only(RULE, hold);
    expect(h).toMatchObject({ messageId: 'hold', line: 1, column: 18, endColumn: 37 });
    expect(flagged(hold, h!)).toBe('putting you on hold');
    expect(h!.message).toBe('This puts the customer on hold without saying why or for how long.');

    const away = 'Sorry about that. You’ll need to hang up and call our billing line on 0300 000 0000.';
    const [s] = await only(RULE, away);
    expect(s!.messageId).toBe('send-away');
    expect(flagged(away, s!)).toBe('You’ll need to hang up and call our billing line');
    expect(s!.message).toBe('This sends the customer elsewhere to start again ("You\'ll need to hang up and call our billing line"). Make the hand-off yourself, or say who there can help and why.');

    const consult = 'I need to check with engineering.';
    expect(await messageIds(RULE, consult)).toEqual(['consult']);
    expect(flagged(consult, (await only(RULE, consult))[0]!)).toBe('I need to check with engineering');
  });

  it('catalog 2: holds need a reason', async () => {
    await expectFlags(RULE, [
      'Can you hold for me?',
      'Let me place you on hold.',
      'Hang on a sec.',
      'Please hold the line.',
      'I’m going to pop you on hold.',
      'Could you bear with me?',
      'Just a moment, please.',
      'Please stay on the line.',
      'Would you mind holding?',
      'Hold tight.',
    ]);
    await expectClean(RULE, [
      'Can I put you on hold for two minutes while I check the warehouse stock?',
      'Could you bear with me while I pull up your account?',
      'I’ll put you on a brief hold so I can check with the warehouse.',
      'Please hold on to the box in case we need it.',
      'Bear with me, I’m just reading through your notes.',
      'When you have a moment, please send us a photo of the label.',
      'I’ve put a hold on the card so nobody else can use it.',
    ]);
  });

  it('catalog 2: send-aways to another line, team, office or store', async () => {
    await expectFlags(RULE, [
      'You’ll need to hang up and call our billing line.',
      'Please ring our customer services line and explain the problem to them.',
      'You will need to contact the store where you bought it.',
      'Sorry, you’ve called the wrong number.',
      'You’ll have to call our renewals team instead.',
      'Please contact our Accounts department on 0161 000 0000.',
      'You’ll need to visit your local branch.',
      'Please get in touch with another department.',
      'We’d suggest phoning our helpline.',
      'You have reached the wrong team.',
      'Please call the store you bought it from.',
      'Can you try calling back and asking for the manager?',
      'Our travel desk at 0800 000 000 should be able to help with that.',
    ]);
    await expectClean(RULE, [
      'Call the store on 555-0100: they hold your deposit, and I’ve told them you’re calling.',
      'Please call our renewals team on 0800 000 000; they can price-match the quote you found.',
      'You’ll need to visit your local branch, where a mortgage adviser can sign the papers with you.',
      'Please DM us your order number.',
      'Please contact us at help@example.com if anything else comes up.',
      'Please email our team with the photos and we’ll take it from there.',
      'You won’t need to call the store; I’ve arranged the collection.',
      'If you have any other questions, please contact our team at help@example.com.',
    ]);
  });

  it('catalog 2: consulting someone needs a word on what happens next', async () => {
    await expectFlags(RULE, [
      'I need to ask our engineers first.',
      'Let me ask my supervisor.',
      'I will have to run this by my manager.',
      'I’ll need to speak to my manager about this.',
      'We have to check with the warehouse.',
      'Let me run this by my team leader.',
      'I’m checking with our engineers.',
    ]);
    await expectClean(RULE, [
      'I need to check with engineering, and I’ll reply by 3 pm with what they say.',
      'Let me ask my supervisor and get back to you within the hour.',
      'I’ll need to speak to my manager, and I’ll call you back before 5pm.',
      'We have to check with the warehouse; we’ll email you tomorrow with the answer.',
      'Let me check with my team and I’ll get back to you shortly.',
      'I checked with the warehouse and your order is packed.',
    ]);
  });

  it('catalog 2: more hand-offs, and what is not one', async () => {
    await expectFlags(RULE, [
      'I’ve sent this over to my colleagues.',
      'Your complaint has been referred to a senior manager.',
      'We’ve raised this with the relevant department.',
      'I’m connecting you with someone else now.',
      'Your request has been reassigned.',
      'I’ll escalate it.',
      'I am forwarding this on.',
      'We will forward your enquiry to the appropriate people.',
      'We have forwarded your details to our claims team.',
    ]);
    await expectClean(RULE, [
      'I’ve sent this over to our refunds team, who can reverse the charge today.',
      'Your complaint has been referred to Priya Shah, our customer relations manager, because she can authorise compensation.',
      'I’m connecting you with our fraud team so they can unlock your card while you’re on the line.',
      'We’ve moved your appointment to Thursday.',
      'I’ll pass on your thanks to Jamie.',
      'The balance has been transferred to your new card.',
      'I’ve handed the keys to the concierge.',
      'Your feedback has been passed to the store manager.',
      'We’ll get this passed on to our developers so they can fix the export.',
    ]);
  });
});
