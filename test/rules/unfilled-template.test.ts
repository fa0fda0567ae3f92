import rule from '../../rules/unfilled-template.js';
import { RuleTester } from './_setup.js';
import { describe, expect, it } from 'vitest';
import { findUnfilledTemplate } from '../../src/nlp/unfilled-template.js';

new RuleTester({ platform: 'zendesk' }).run(rule, {
  valid: [
    { text: 'Regards,\n[Agent Name]', options: { allowBrackets: true } },
    { text: 'Regards,\n[Agent Name]', options: { allow: ['[agent name]'] } },
    'The <strong>Save</strong> button.',
    'See [the guide](https://example.com).',
  ],
  invalid: [
    { text: 'Track it: [INSERT TRACKING LINK]', errors: [{ message: '"[INSERT TRACKING LINK]" looks like a slot for someone to fill in; the customer would receive it as written. Fill it in or use a placeholder.', column: 11, endColumn: 33 }], output: null },
    { text: 'Track it: [insert link]', options: { allowBrackets: true }, errors: [{ column: 11 }] },
    { text: 'Total: $XX.XX today, ref XXXX-XXXX.', errors: [{ column: 8, endColumn: 14 }, { column: 26, endColumn: 35 }] },
    { text: 'Date: ____ and TODO: check', errors: [{ message: /blank to write on/ }, { message: /still to be decided/ }] },
    { text: 'For (insert product) owners', errors: [{ message: /instruction to the writer/, column: 5, endColumn: 21 }] },
  ],
});

describe('findUnfilledTemplate (shared with robotic-script)', () => {
  it('returns kinds and offsets, outermost first', () => {
    expect(findUnfilledTemplate('A [INSERT XXX] and <ORDER NUMBER>.').map((s) => [s.kind, s.start, s.end])).toEqual([['bracket', 2, 14], ['angle', 19, 33]]);
  });
  it('leaves HTML tags, Markdown links and checkboxes alone', () => {
    expect(findUnfilledTemplate('<DIV> <br> [x] [ ] [1] [docs](u) Xbox XL')).toEqual([]);
  });
});
