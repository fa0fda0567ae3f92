import rule from '../../rules/too-long-for-channel.js';
import { RuleTester } from './_setup.js';

const text200 = 'a'.repeat(199) + '.';
new RuleTester({ platform: 'zendesk', channel: 'social' }).run(rule, {
  valid: [
    text200,
    { text: 'b'.repeat(400), channel: 'email' },
    { text: 'c'.repeat(150) + ' {% if a %}{% endif %}', channel: 'sms' },
    { text: 'd'.repeat(300), options: { limits: { social: 0 } } },
  ],
  invalid: [
    { text: 'x'.repeat(300), errors: [{ message: 'About 300 characters once placeholders are filled in; social messages are cut at 280. Shorten it by about 20.', column: 281, endColumn: 301 }] },
    // 230 characters plus a comment placeholder (~300) is far over.
    { text: 'y'.repeat(230) + ' {{ticket.latest_comment}}', errors: [{ message: /About 531 characters/, column: 232 }] },
    { text: 'z'.repeat(170), channel: 'sms', errors: [{ message: /cut at 160/, column: 161 }] },
    { text: 'w'.repeat(120), channel: 'chat', options: { limits: { chat: 100 } }, errors: [{ column: 101 }] },
  ],
});
