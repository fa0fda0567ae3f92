// tone-mismatch: an upset customer answered breezily or with a stock line only.
import { describe, it } from 'vitest';
import rule from '../../rules/tone-mismatch.js';
import { RuleTester } from '../../src/rule-tester.js';

RuleTester.describe = describe;
RuleTester.it = it;

const angry = 'This is the THIRD time I have asked for my refund. Unacceptable.';

new RuleTester().run(rule, {
  valid: [
    'Great news!! Your refund is on its way :)',
    { text: 'Great news!! Your refund is on its way :)', context: 'Hi, when will my refund arrive? Thanks!', name: 'a calm customer' },
    { text: 'Awesome, glad it works now! :)', context: 'THANK YOU!!! YOU ARE THE BEST!!!', name: 'shouted thanks are not anger' },
    { text: 'No worries at all!', context: 'Thanks once again for the help', name: '"once again" in thanks' },
    { text: 'I am sorry you had to ask three times. Your refund went through this morning.', context: angry, name: 'plain words for an upset customer' },
    { text: 'Thanks for your patience. Your refund went through this morning.', context: angry, name: 'a stock line with substance after it' },
  ],
  invalid: [
    {
      text: 'Great news!! Your refund has been processed.',
      context: angry,
      errors: [{
        messageId: 'breezy-tone', line: 1, column: 1, endLine: 1, endColumn: 13,
        message: 'The customer is upset ("Unacceptable", "THIRD time"); "Great news!!" reads as breezy. Match their tone: name the problem and what you are doing about it.',
      }],
    },
    {
      text: 'No worries, we have reset it for you 👍',
      context: 'My account has been locked for the 4th time this month. Pathetic.',
      // "No worries" and the thumbs-up are one breezy sentence: one finding.
      errors: [{ messageId: 'breezy-tone', column: 1, endColumn: 40, message: /upset \("Pathetic", "4th time"\); "No worries, we have reset it…" reads as breezy/ }],
    },
    {
      text: 'Hi Kim,\n\nThanks for reaching out!\n\nAcme',
      context: 'WHY HAS MY ORDER BEEN CANCELLED AGAIN WITHOUT ANY WARNING',
      errors: [{
        messageId: 'stock-only', line: 1, column: 1, endLine: 5, endColumn: 5,
        message: 'The customer is upset ("written in capitals"), and the reply is only a stock line. Answer what they wrote.',
      }],
    },
    {
      text: 'Happy to help :) Your card is on its way.',
      context: 'Still no card after three weeks!! I am sick of chasing you.',
      errors: [{ column: 15, endColumn: 17, message: /upset \("sick of", "Still no"\); ":\)" reads as breezy/ }],
    },
  ],
});
