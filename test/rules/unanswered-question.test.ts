// unanswered-question: a real question answered with small talk only.
import { describe, it } from 'vitest';
import rule from '../../rules/unanswered-question.js';
import { RuleTester } from '../../src/rule-tester.js';

RuleTester.describe = describe;
RuleTester.it = it;

const smallTalk = 'Thanks so much for your message! We appreciate your feedback.';

new RuleTester().run(rule, {
  valid: [
    smallTalk,
    { text: smallTalk, context: 'Loved the new menu, well done.', name: 'no question asked' },
    { text: smallTalk, context: 'Is this a joke? Seriously?', name: 'rhetorical questions' },
    { text: smallTalk, context: 'You cancelled my order again?!', name: 'disbelief with a question mark is not a question' },
    { text: 'Yes, the lamp can go back within 60 days.', context: 'Can I still return the lamp?', name: 'answered' },
    { text: 'Sorry for the wait! I am checking with the warehouse and will reply by 3pm.', context: 'When will my sofa ship?', name: 'a promise to find out' },
    { text: 'Thanks for asking! Could you tell me which store it was?', context: 'Why was my receipt wrong?', name: 'asking back works on the question' },
    { text: 'Thanks! Everything you need is here: https://example.com/returns', context: 'How do I send it back?', name: 'a link holds the answer' },
    { text: 'Great idea! We have passed it on to the product team.', context: 'Can you add dark mode to the app?', name: 'a request taken to the team' },
    { text: 'Sorry about that! Our stores close at 9pm on Sundays.', context: 'Why was the store shut at 8?', name: 'a reply that says something else may answer in its own words' },
    { text: 'Thanks for your message! (1/2)', context: 'Do you ship to Norway?', name: 'a reply in parts' },
  ],
  invalid: [
    {
      text: 'Hi Bo,\n\nThanks for your message! Have a wonderful weekend.\n\nAcme',
      context: 'Do you ship to Norway, and how much does express cost?',
      errors: [{
        messageId: 'unanswered-question', line: 1, column: 1, endLine: 5, endColumn: 5,
        message: 'The customer asked "Do you ship to Norway, and how much does express cost?" and the reply does not answer it or say you will find out.',
      }],
    },
    {
      text: 'We appreciate your feedback and have shared it with the team.',
      context: 'Your app logs me out every day. I want to know why my settings reset after each update.',
      errors: [{ line: 1, column: 1, endColumn: 62, message: /asked "I want to know why my settings reset after each update\."/ }],
    },
    {
      text: 'Sorry to hear that! We always want to do better.',
      context: 'Where can I see the refund? And can you tell me when the engineer is coming?',
      errors: [{ message: /asked "Where can I see the refund\?"/ }, { message: /asked "And can you tell me when the engineer is coming\?"/ }],
    },
  ],
});
