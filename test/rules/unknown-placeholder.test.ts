import rule from '../../rules/unknown-placeholder.js';
import { RuleTester } from './_setup.js';

new RuleTester({ platform: 'zendesk' }).run(rule, {
  valid: [
    'Hi {{ticket.requester.first_name}}, your order {{ticket.id}} shipped.',
    '{% for c in ticket.comments %}{{c.author.name}}{% endfor %}',
    { text: 'Plan: {{ticket.ticket_field_option_title_123}}' },
    { text: 'Hi {{customer.plan}}', options: { customFields: ['customer.*'] } },
    { text: 'Hi {{anything.at.all}}', platform: 'liquid' },
    { text: 'Hi {{whatever}}', platform: 'none' },
  ],
  invalid: [
    {
      text: 'Hi {{ticket.requester.frist_name}},',
      errors: [{ message: '"ticket.requester.frist_name" is not a Zendesk placeholder; did you mean "ticket.requester.first_name"?', line: 1, column: 6, endColumn: 33 }],
      output: 'Hi {{ticket.requester.first_name}},',
    },
    {
      // Two names are equally close: suggestions, no fix.
      text: 'Agent: {{current_user.nates}}',
      errors: [{
        message: '"current_user.nates" is not a Zendesk placeholder; did you mean "current_user.notes" or "current_user.name"?',
        suggestions: [{ desc: 'Use "current_user.notes"', output: 'Agent: {{current_user.notes}}' }, { desc: 'Use "current_user.name"', output: 'Agent: {{current_user.name}}' }],
      }],
      output: null,
    },
    {
      text: 'Hi {{recipient.first_name}}',
      errors: [{ message: '"recipient.first_name" is not a Zendesk placeholder (it is a Front placeholder); if it is a custom field, add it to customFields.', column: 6 }],
      output: null,
    },
    {
      text: '{% if ticket.requestor.name %}x{% endif %}',
      errors: [{ message: /"ticket\.requestor\.name" is not a Zendesk placeholder; did you mean "ticket\.requester\.name"\?/, column: 7 }],
      output: '{% if ticket.requester.name %}x{% endif %}',
    },
    {
      text: 'Hi {%customer.firstname%}',
      platform: 'helpscout',
      errors: [{ message: '"customer.firstname" is not a Help Scout placeholder; did you mean "customer.firstName"?', column: 6 }],
      output: 'Hi {%customer.firstName%}',
    },
    {
      text: '{"title":"A","comment_value":"Hi {{ticket.requester.frist_name}}"}',
      filename: 'm.json',
      errors: [{ line: 1, column: 36 }],
      output: '{"title":"A","comment_value":"Hi {{ticket.requester.first_name}}"}',
    },
  ],
});
