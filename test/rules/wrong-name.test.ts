// wrong-name: the reply greets a name that is not the customer's.
import { describe, it } from 'vitest';
import rule from '../../rules/wrong-name.js';
import { RuleTester } from '../../src/rule-tester.js';

RuleTester.describe = describe;
RuleTester.it = it;

new RuleTester().run(rule, {
  valid: [
    'Hi Sarah,\n\nYour parcel arrives tomorrow.',
    { text: 'Hi Sarah,\n\nYour parcel arrives tomorrow.', context: 'Where is my parcel?', name: 'the customer\'s name is unknown' },
    { text: 'Hi Maria,\n\nYour parcel arrives tomorrow.', context: { customer: 'Where is my parcel?', customerName: 'Maria Lopez' }, name: 'the right first name' },
    { text: 'Dear Ms Lopez,\n\nYour parcel arrives tomorrow.', context: { customer: 'Where is my parcel?', customerName: 'Maria Lopez' }, name: 'title and surname' },
    { text: 'Hi Dan,\n\nDone.', context: 'Please cancel it.\n\nThanks,\nDaniel', name: 'a short form of the signed name' },
    { text: 'Hi Bob,\n\nDone.', context: 'My name is Robert Lee.', name: 'a common nickname' },
    { text: 'Hi {{ticket.requester.first_name}},\n\nDone.', context: { customer: 'Help', customerName: 'Ravi' }, name: 'a placeholder greeting' },
    { text: 'Hi there,\n\nDone.', context: { customer: 'Help', customerName: 'Ravi' }, name: 'no name greeted' },
    { text: 'Thanks! It\'s fixed now.', context: { customer: 'Help', customerName: 'Ravi' }, name: '"Thanks! It\'s" greets no one' },
  ],
  invalid: [
    {
      text: 'Hi Sarah,\n\nYour parcel arrives tomorrow.',
      context: { customer: 'Where is my parcel?', customerName: 'Maria Lopez' },
      errors: [{
        messageId: 'not-the-customer', line: 1, column: 4, endLine: 1, endColumn: 9,
        message: 'This greets "Sarah", but the customer is Maria Lopez.',
        suggestions: [{ desc: 'Greet them as Maria.', output: 'Hi Maria,\n\nYour parcel arrives tomorrow.' }],
      }],
      output: null,
    },
    {
      text: 'Dear Mr Patel,\n\nYour refund is issued.',
      context: 'I am still waiting for my refund.\n\nRegards,\nJames Okoro',
      errors: [{ column: 9, endColumn: 14, message: 'This greets "Mr Patel", but the customer is James Okoro.', suggestions: [{ output: 'Dear Mr Okoro,\n\nYour refund is issued.' }] }],
    },
    {
      text: 'Hi Mara, the invoice is attached.',
      context: 'Could you resend my invoice?\n\nThanks,\nMaria',
      errors: [{ column: 4, endColumn: 8, message: 'This greets "Mara", but the customer is Maria.' }],
    },
    {
      text: 'Hey Ben, your booking is confirmed.',
      context: 'Hi, this is Priya. I booked a table for four.',
      errors: [{ message: 'This greets "Ben", but the customer is Priya.' }],
    },
    {
      text: 'Hi Liam, I have credited your account.',
      context: { customer: 'Still down today.', earlier: [{ from: 'customer', text: 'Internet is down.' }, { from: 'agent', text: 'Hi Noah, sorry about the outage.' }] },
      errors: [{ message: 'This greets "Liam", but the customer is Noah.' }],
    },
  ],
});
