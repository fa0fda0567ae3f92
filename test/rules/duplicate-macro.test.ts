import rule from '../../rules/duplicate-macro.js';
import { RuleTester } from './_setup.js';

const A = 'Your refund was sent today and should reach your account within five working days.';
const macros = (...texts: string[]) => JSON.stringify(texts.map((t, i) => ({ title: `M${i + 1}`, comment_value: t })));
const twice = macros(A, A);
const first = twice.indexOf(A) + 1;
const second = twice.lastIndexOf(A) + 1;

new RuleTester({ platform: 'zendesk', filename: 'macros.json' }).run(rule, {
  valid: [
    macros(A),
    macros(A, 'Your exchange was booked today and the new size leaves our warehouse on Monday morning.'),
    { text: twice, options: { minWords: 20 } },
    // One macro's plain and HTML bodies are the same text by design.
    JSON.stringify([{ title: 'M', actions: [{ field: 'comment_value', value: A }, { field: 'comment_value_html', value: `<p>${A}</p>` }] }]),
  ],
  invalid: [
    {
      text: twice,
      errors: [
        { message: `Same text as "M2" at macros.json:1:${second}. Keep one macro and update it in one place.`, line: 1, column: first },
        { message: `Same text as "M1" at macros.json:1:${first}. Keep one macro and update it in one place.`, line: 1, column: second },
      ],
    },
    {
      text: macros(A, A.replace('.', '!'), A.replace('within five', 'in five')),
      options: { threshold: 0.6 },
      errors: [{ message: /^Same text as "M2" .* \(and 1 more\)/ }, { message: /^Same text as "M1"/ }, { message: /^Nearly the same text \(about \d+% alike\) as "M1"/ }],
    },
  ],
});
