// missed-acknowledgement: the customer said what went wrong; the reply never names it.
import { describe, it } from 'vitest';
import rule from '../../rules/missed-acknowledgement.js';
import { RuleTester } from '../../src/rule-tester.js';

RuleTester.describe = describe;
RuleTester.it = it;

const complaint = 'My parcel never arrived and I was still charged for delivery.';

new RuleTester().run(rule, {
  valid: [
    'I understand. We will look into this.',
    { text: 'I understand. We will look into this.', context: 'Could you tell me your opening hours?', name: 'a question is not a complaint' },
    { text: 'I understand. We will look into this.', context: 'Thanks so much for the quick help!', name: 'thanks are not a complaint' },
    { text: 'I am sorry your parcel has not arrived. I have refunded the delivery charge.', context: complaint, name: 'names the problem' },
    { text: 'Sorry about the courier! A new one is on its way.', context: complaint, name: 'a near-synonym names it (courier ~ delivery)' },
    { text: 'We hope everyone is OK. Please DM us.', context: 'The driver crashed and I hit my head.', name: 'concern for the person answers an accident' },
    { text: 'I understand. We will look into this.', context: { customer: 'Any news?', earlier: [{ from: 'customer', text: complaint }] }, name: 'only the latest message is judged' },
    { text: 'Thanks for letting us know. (1/2)', context: complaint, name: 'a reply in parts' },
  ],
  invalid: [
    {
      text: 'Hi Sam,\n\nI understand. Our team will be in touch shortly.',
      context: complaint,
      errors: [{
        messageId: 'generic-acknowledgement', line: 3, column: 1, endLine: 3, endColumn: 13,
        message: '"I understand" could answer any message. Name what went wrong for this customer ("My parcel never arrived and I was still charged for delivery.").',
      }],
    },
    {
      text: 'Please DM us your account email.',
      context: 'The heating in my flat has not worked for four days.',
      errors: [{
        messageId: 'no-acknowledgement', line: 1, column: 1, endColumn: 33,
        message: 'The customer said what went wrong ("The heating in my flat has not worked for four days."), and the reply never names it. Say it back so they know they were heard.',
      }],
    },
    {
      text: 'So sorry for the inconvenience. Please send us your order number.',
      context: 'My blender jug came cracked.',
      errors: [{ messageId: 'generic-acknowledgement', line: 1, column: 1, endColumn: 31 }],
    },
    {
      text: 'Sorry to hear that! Can you DM us your order number?',
      context: 'You sent the wrong size again.',
      errors: [{ messageId: 'generic-acknowledgement', column: 1, endColumn: 19 }],
    },
  ],
});
