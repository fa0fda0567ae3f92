// Actions: a concrete step on the problem by our side; a transfer, a promise to look or the customer's
// homework is none.
import { describe, expect, it } from 'vitest';
import { announcesPlan, firstAction, hasFix } from '../../../rules/_structure/actions.js';
import { reply } from '../../helpers/reply.js';

describe('actions', () => {
  it('finds our action and where it is', () => {
    const r = reply("Hi Ana,\n\nI'm sorry about the mix-up. I've refunded the delivery charge to your card.");
    const action = firstAction(r)!;
    expect(action.sentence.text).toBe("I've refunded the delivery charge to your card.");
    expect(action.group.verb.word).toBe('refunded');
  });

  it('counts remedies in any tense of our side, and a hand-off that says who does what', () => {
    for (const text of [
      'I will send a replacement today.',
      'We refunded the charge this morning.',
      'Our engineer will replace the valve on Monday.',
      "I've passed this to Dana, our returns specialist, who will ship your replacement today.",
      'A new pair is already on its way.',
      'I can refund you today or send a new one.',
    ]) expect(hasFix(reply(text)), text).toBe(true);
  });

  it('does not count a transfer, looking into it, paperwork, a past mistake or instructions to the customer', () => {
    for (const text of [
      "I've forwarded your ticket to another department.",
      'We are looking into this and will be in touch.',
      "I've made a note on your account.",
      'We sent you the wrong size.',
      'Please return the kettle to the shop where you bought it.',
      "I'm sorry you've been charged twice.",
      "We won't charge you again.",
    ]) expect(hasFix(reply(text)), text).toBe(false);
  });

  it('reads "Here is what I have done:" and a list of steps as a plan', () => {
    expect(announcesPlan(reply("Here's what I've done:\n- Booked a courier for today\n- Refunded the fee"))).toBe(true);
    expect(announcesPlan(reply("Here's what I've done. Nothing else."))).toBe(false);
  });
});
