// asks-known-details: a reply that asks for a detail the customer already gave, matched by kind.
import { describe, it } from 'vitest';
import rule from '../../rules/asks-known-details.js';
import { RuleTester } from '../../src/rule-tester.js';

RuleTester.describe = describe;
RuleTester.it = it;

new RuleTester().run(rule, {
  valid: [
    // Without the customer's message the rule has nothing to compare with.
    'Could you send me your order number so I can look into it?',
    { text: 'Could you send me your order number?', context: 'My parcel has not arrived yet.', name: 'the customer gave no number' },
    { text: 'Could you send me your account number?', context: 'Booking ref QX7P2L shows two rooms.', name: 'a booking reference does not answer an account number' },
    { text: 'I have refunded order 55120 today.', context: 'Order 55120 arrived broken.', name: 'using the detail is not asking for it' },
    { text: 'Could you confirm that 55120 is the order you mean?', context: 'Order 55120 arrived broken.', name: 'a sentence that repeats the value checks it, it does not ask for it' },
    { text: 'Please don\'t share your phone number here; we will DM you.', context: 'Call me on 07700 900461.', name: 'a warning not to share' },
    { text: 'Which model of iPhone do you have?', context: 'My iPhone keeps restarting.', name: 'the device without its model does not answer "which model"' },
    { text: 'What model of iOS device are you using?', context: 'My iPhone dies at 90%.', name: 'asking for the model is not asking for the device' },
    { text: 'Which version of iOS 11 are you running?', context: 'Since iOS 11 the home button does nothing.', name: 'a major version does not answer which version' },
  ],
  invalid: [
    {
      text: 'Sorry about that. Could you send me your order number?',
      context: 'My order #55120 came with a cracked jug.',
      errors: [{
        messageId: 'asks-known-details', line: 1, column: 42, endLine: 1, endColumn: 54,
        message: 'This asks for the customer\'s order number, which they already gave in their message ("order #55120"). Use it instead of asking again.',
      }],
    },
    {
      text: 'What is the best email address to reach you on?',
      context: 'Write to me at sam.ortiz@example.net please.',
      errors: [{ messageId: 'asks-known-details', line: 1, column: 13, endColumn: 31, message: /email address, which they already gave in their message \("sam\.ortiz@example\.net"\)/ }],
    },
    {
      text: 'Please DM us your account number and we will check.',
      context: { customer: 'Still waiting on this.', earlier: [{ from: 'customer', text: 'Account number 4410 2298 was billed twice.' }, { from: 'agent', text: 'Sorry, we are looking into it.' }] },
      errors: [{ line: 1, column: 19, endColumn: 33, message: /account number, which they already gave earlier in the conversation/ }],
    },
    {
      text: 'Which device are you using? And what is your phone number?',
      context: 'The app crashes on my Galaxy S9. Reach me on +44 7700 900461.',
      errors: [
        { line: 1, column: 1, endColumn: 13, message: /customer's device, which they already gave in their message \("Galaxy S9"\)/ },
        { line: 1, column: 46, endColumn: 58, message: /phone number,/ },
      ],
    },
    {
      text: 'Hi,\n\nCould you tell us your full name?\n\nOn Sat, Maria Lopez <maria@example.com> wrote:\n> My card was charged twice.',
      errors: [{ line: 3, column: 19, endLine: 3, endColumn: 33, message: /full name, which they already gave in their message \("Maria Lopez"\)/ }],
    },
    {
      text: 'What date did you place the order?',
      context: 'I placed the order on 14 March and it has not shipped.',
      errors: [{ line: 1, column: 1, endColumn: 10, message: /date, which they already gave/ }],
    },
  ],
});
