// blames-customer: exact messages and positions, the modal-perfect and counterfactual readings (blame vs owning
// or feeling), the catalog-2 families (contradicting, reminding them they were told, talking down, accusing) and
// the near-misses RULES.md lists. Bad examples are flagged wherever they sit in a reply, not only first.
import { describe, expect, it } from 'vitest';
import { expectClean, expectFlags, flagged, only } from '../helpers/rule-lint.js';

const messageIds = async (rule: string, text: string, run?: Parameters<typeof only>[2]) => (await only(rule, text, run)).map((m) => m.messageId);
const RULE = 'blames-customer';

describe('blames-customer', () => {
  it('points at the "you should have <verb>ed" clause', async () => {
    const text = 'Hi Tom,\nYou should have read the instructions before plugging it in.';
    const [m, ...rest] = await only(RULE, text);
    expect(rest).toHaveLength(0);
    expect(m!.messageId).toBe('blames');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([2, 1, 2, 60]);
    expect(m!.suggestions?.length).toBe(1);
  });

  it('marks talking down as `condescends`', async () => {
    const text = 'As I already explained, refunds take 10 days.';
    const [m] = await only(RULE, text);
    expect(m!.messageId).toBe('condescends');
    expect(flagged(text, m!)).toBe('As I already explained');
    expect((await only(RULE, 'Please calm down.'))[0]!.messageId).toBe('condescends');
  });

  it('reads modal perfects: action verbs blame, receive/been/have-a-noun do not', async () => {
    await expectFlags(RULE, [
      'You must have entered the wrong address.',
      'You should’ve checked the size guide.',
      'You ought to have kept the receipt.',
      'Had you read the welcome pack, you would have known.',
      'If you’d followed the guide, this wouldn’t have happened.',
    ]);
    await expectClean(RULE, [
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
    await expectFlags(RULE, [
      'You failed to update your card.',
      'As clearly stated on our website, sale items are final.',
      'This is user error.',
      'It looks like you didn’t properly unzip the file.',
      'As we have previously advised, the warranty has expired.',
      'Did you even read the email?',
    ]);
    await expectClean(RULE, [
      'This isn’t your fault at all.',
      'We should have clearly explained the fee.',
      'As I mentioned on the phone, the engineer is booked.',
      'As promised, here is the tracking number.',
      'It looks like the zip file didn’t get properly extracted. Here’s the fix.',
    ]);
  });

  it('generalizes: paraphrases a trainer would write', async () => {
    await expectFlags(RULE, [
      'As stated in our terms, refunds take 14 days.',
      'If you had read the email, you’d know.',
      'As mentioned in my previous email, the fee is non-refundable.',
      'As per my last email, the offer has ended.',
      'You should’ve double-checked the dates.',
      'This happened because you didn’t update the app.',
      'Please read our FAQ before contacting us.',
      'Please stop shouting.',
    ]);
    await expectClean(RULE, [
      'As we discussed on the phone, I’ve booked the engineer for Tuesday.',
      'As stated in your contract, you’re entitled to a free repair, so I’ve booked one.',
      'As mentioned in our email on Monday, the engineer will arrive on Friday.',
      'Since you didn’t receive the code, I’ve sent a new one.',
      'Because you chose express delivery, it will arrive tomorrow.',
    ]);
  });

  it('flags a counterfactual that is not the first sentence of the reply', async () => {
    const text = 'Thanks for getting in touch. Had you read the welcome pack, you would have known about the fee.';
    const [m] = await only(RULE, text);
    expect(m).toMatchObject({ messageId: 'blames', column: 30 });
    expect(flagged(text, m!)).toBe('Had you read the welcome pack');
  });

  it('names contradicting the customer `contradicts`, with the words in the message', async () => {
    const text = 'Hi Jo,\n\nYou’re mistaken about the date.';
    const [m] = await only(RULE, text);
    expect(m).toMatchObject({ messageId: 'contradicts', line: 3, column: 1 });
    expect(flagged(text, m!)).toBe('You’re mistaken');
    expect(m!.message).toBe('This contradicts the customer ("You\'re mistaken"). Check what happened and explain it without saying they are wrong.');
    expect(await messageIds(RULE, 'That isn’t true.')).toEqual(['contradicts']);
    expect(await messageIds(RULE, 'Like I said, the store is closed.')).toEqual(['condescends']);
    expect(await messageIds(RULE, 'Why didn’t you tell us sooner?')).toEqual(['blames']);
  });

  it('catalog 2: contradicting the customer', async () => {
    await expectFlags(RULE, [
      'You are mistaken about the date.',
      'I’m afraid you’re wrong there.',
      'That’s simply not true.',
      'This is incorrect.',
      'That isn’t what our records show.',
      'Our logs show otherwise.',
      'We disagree with you.',
      'I have to disagree.',
      'Are you sure you entered the right PIN?',
      'Are you certain that you posted it?',
      'Hi Sam,\n\nAre you sure?\n\nDana',
      'No, my previous reply was correct.',
      'That conflicts with what we agreed on the call.',
    ]);
    await expectClean(RULE, [
      'You’re not wrong, and I’m sorry it took so long.',
      'If I’m wrong about the date, just let me know.',
      'That’s not right, and I’m sorry: I’ve corrected the bill.',
      'I don’t think you’re mistaken at all.',
      'Are you sure you want to cancel your subscription?',
      'I agree with you completely.',
      'I disagree that you should have to pay for this, so I’ve refunded it.',
      'Our records show the parcel was delivered at 2pm, so I’ve opened a trace.',
    ]);
  });

  it('catalog 2: reminding them they were told', async () => {
    await expectFlags(RULE, [
      'I’ve already told you that the shop is closed on Sundays.',
      'We already explained this.',
      'As we told you at sign-up, the plan renews yearly.',
      'Like I mentioned, the fee is fixed.',
      'As I just said, the store is closed.',
      'As stated previously, we do not ship abroad.',
      'As mentioned before, the warranty is one year.',
      'Per my previous email, the booking is final.',
      'Per my last message, the voucher has expired.',
    ]);
    await expectClean(RULE, [
      'As promised, here is the tracking number.',
      'As we discussed on the phone, I’ve booked the engineer for Tuesday.',
      'As I told you on the phone, I’ve refunded the fee today.',
      'I’ve already told the courier to call ahead.',
      'We’ve already refunded you.',
      'As mentioned above, I’ll send the replacement today.',
    ]);
  });

  it('catalog 2: talking down', async () => {
    await expectFlags(RULE, [
      'Most customers manage this just fine.',
      'Everyone else knows how to do it.',
      'Anyone can do it.',
      'Let me explain it slowly so you understand.',
      'It’s really not that difficult.',
      'It’s not rocket science.',
      'It’s common sense.',
    ]);
    await expectClean(RULE, [
      'Anyone can join the loyalty scheme for free.',
      'Most customers get their refund within three days.',
      'Let me explain how it works: you pay once, and the plan renews yearly.',
      'It’s not that expensive to upgrade, and I can apply a discount.',
    ]);
  });

  it('catalog 2: accusing without owning', async () => {
    await expectFlags(RULE, [
      'Why didn’t you tell us sooner?',
      'Why did you wait a month to report it?',
      'Why didn’t you call before sending it back?',
      'How did you manage to break it?',
      'You didn’t do what you were asked to do.',
      'You were supposed to return the form by Friday.',
      'You should have.',
      'If you’d read the welcome email…',
      'I’m sorry, but if you had checked the size chart, you wouldn’t need to return it.',
      'You typed the wrong card number.',
      'You didn’t follow the steps.',
    ]);
    await expectClean(RULE, [
      'Why didn’t you receive the code? Let me check.',
      'You were supposed to receive a refund last week, and I’m sorry you haven’t.',
      'You must have been worried.',
      'You should have your refund by Friday.',
      'If you had a booking on that day, it has been moved for you.',
      'How did you hear about us?',
      'Why not try our new app? It has the same features.',
    ]);
  });
});
