import rule from '../../rules/placeholder-without-fallback.js';
import { RuleTester } from './_setup.js';

new RuleTester({ platform: 'intercom' }).run(rule, {
  valid: [
    'Hi {{first_name | fallback: "there"}},',
    'Sent to {{first_name}} yesterday.',
    { text: 'Hi {{ticket.requester.first_name}},', platform: 'zendesk' },
    { text: 'Hi {{ticket.customer.firstname}},', platform: 'gorgias' },
    { text: 'Hi {%customer.firstName,fallback=there%},', platform: 'helpscout' },
  ],
  invalid: [
    {
      text: 'Hi {{first_name}},\nThanks.',
      errors: [{
        message: '"{{first_name}}" has no fallback: a customer with no name on file reads "Hi ,". Add one, e.g. {{first_name | fallback: "there"}}.',
        line: 1, column: 4, endColumn: 18,
        suggestions: [{ desc: 'Add a fallback: {{first_name | fallback: "there"}}', output: 'Hi {{first_name | fallback: "there"}},\nThanks.' }],
      }],
      output: null,
    },
    { text: 'Dear {{name}},', errors: [{ column: 6, suggestions: [{ desc: 'Add a fallback, e.g. {{first_name | fallback: "there"}}' }] }] },
    { text: 'Hi {{first_name | fallback: ""}}!', errors: 1 },
    {
      text: 'Hello {%customer.firstName%},',
      platform: 'helpscout',
      errors: [{ column: 7, suggestions: [{ desc: 'Add a fallback: {%customer.firstName,fallback=there%}', output: 'Hello {%customer.firstName,fallback=there%},' }] }],
    },
    { text: 'Hey {{ customer.first_name }}!', platform: 'liquid', errors: [{ message: /default: "there"/ }] },
  ],
});
