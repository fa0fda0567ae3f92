import rule from '../../rules/placeholder-syntax.js';
import { RuleTester } from './_setup.js';

new RuleTester({ platform: 'zendesk' }).run(rule, {
  valid: [
    '{% if a %}x{% elsif b %}y{% else %}z{% endif %}',
    '{% raw %}{{ not parsed {% if %}{% endraw %}',
    'Prices from $5 {per month}.',
    { text: 'Your number is %{ticket.number}', platform: 'none' },
    { text: 'Hi {%customer.firstName,fallback=there%}', platform: 'helpscout' },
  ],
  invalid: [
    { text: 'Hi {{ticket.id},', errors: [{ message: '"{{ticket.id}" has one closing brace; write {{ticket.id}}.', column: 4, endColumn: 16 }], output: 'Hi {{ticket.id}},' },
    { text: 'Hi {ticket.id}} ok', errors: [{ column: 4, endColumn: 16 }], output: 'Hi {{ticket.id}} ok' },
    { text: 'Hi {{ticket.id\nnext', errors: [{ message: '"{{" is never closed on this line; the help desk will send it as text.', line: 1, column: 4, endColumn: 6 }], output: null },
    { text: '{% if x %}open', errors: [{ message: '"{% if %}" is never closed: add {% endif %}, or Zendesk will fail to render this macro.', column: 1, endColumn: 11 }] },
    { text: '{% for c in l %}x{% endif %}', errors: [{ message: '"{% endif %}" closes "{% for %}", which needs {% endfor %}.', column: 18 }] },
    { text: 'x{% else %}y', errors: [{ message: '"{% else %}" belongs inside {% if %} or {% unless %} or {% case %} or {% for %}.' }] },
    { text: '{% iff x %}y{% endif %}', errors: [{ message: 'Unknown Liquid tag "iff"; did you mean "if"?', column: 4, endColumn: 7 }, { message: '"{% endif %}" closes a block that was never opened.' }] },
    { text: '{{ name | upcse }}', platform: 'liquid', errors: [{ message: 'Liquid has no "upcse" filter; did you mean "upcase"?', suggestions: [{ desc: 'Use "upcase"', output: '{{ name | upcase }}' }] }] },
    { text: '{{first_name | fallback: there}}', platform: 'intercom', errors: [{ message: 'The fallback value must be quoted: {{first_name | fallback: "there"}}.' }] },
    { text: 'Ref %{ticket.number}', errors: [{ message: '"%{ticket.number}" is osTicket/Ruby placeholder syntax; Zendesk will send it as text.', column: 5 }] },
    { text: 'Hi {{ first name }}', errors: [{ message: /is not a placeholder Zendesk can read/ }] },
    { text: 'Hi {{customer.name}}', platform: 'helpscout', errors: [{ message: '"{{customer.name}}" is Liquid syntax; Help Scout writes variables as {%customer.firstName%}.' }] },
  ],
});
