// unfilled-template: a macro sent as is with text left for a person to fill ("[INSERT TRACKING LINK]",
// "<tracking link>", "XXX", "____", "TBD"). In macro files this is the rule that reports it; drafts are
// checked for the same text by robotic-script, through the same helper (src/nlp/unfilled-template.ts).
import { defineRule } from '../src/rule-api.js';
import { findUnfilledTemplate, type UnfilledKind } from '../src/nlp/unfilled-template.js';

const WHAT: Record<UnfilledKind, string> = {
  bracket: 'a slot for someone to fill in',
  angle: 'a slot for someone to fill in',
  paren: 'an instruction to the writer',
  xs: 'a stand-in for a real value',
  blank: 'a blank to write on',
  tbd: 'a note that something is still to be decided',
};

export default defineRule<{ allowBrackets: boolean; allow: string[] }>({
  meta: {
    id: 'unfilled-template',
    description: 'Template text left for a person to fill ("[INSERT TRACKING LINK]", "<order number>", "XXX", "____", "TBD")',
    family: 'phrase',
    defaultSeverity: 'error',
    fixable: false,
    needsPlatform: true,
    docs: {
      why:
        'A macro that is sent with one click sends its slots too: the customer reads "[INSERT TRACKING LINK]" or ' +
        '"your refund of $XX.XX" and knows nobody read the reply. Replace each slot with a help desk placeholder ' +
        'that fills itself, or with the real text. If your team\'s macros deliberately keep bracketed slots for the ' +
        'agent to fill ("[Agent Name]"), set allowBrackets, or list the allowed slots in allow.',
      seeds: ['RULES.md robotic-script: template text left unfilled'],
    },
    exampleSettings: { platform: 'zendesk' },
    options: {
      allowBrackets: { type: 'boolean', default: false, description: 'Bracketed slots ("[Agent Name]") are for the agent to fill; report only "[insert ...]"-style ones' },
      allow: { type: 'string[]', default: [], description: 'Slots allowed exactly as written, e.g. "[Agent Name]"' },
    },
    examples: {
      bad: [
        'Your parcel is on its way: [INSERT TRACKING LINK]',
        'You can follow it here: <tracking link>',
        'Your refund of $XX.XX was sent today.',
        'Your order number is XXXXX.',
        'We will call you on ____ to confirm.',
        'The new release date is TBD.',
        'Hi [Customer Name], thanks for waiting.',
        'Thanks for your patience with (insert product).',
        'Your appointment is on XX/XX/XXXX at the store.',
        'Kind regards,\n[Agent Name]',
        'Use code <DISCOUNT CODE> at checkout.',
      ],
      good: [
        'Your parcel is on its way: {{ticket.ticket_field_360012345678}}',
        'Hi {{ticket.requester.first_name}}, thanks for waiting.',
        'Your refund of $24.50 was sent today.',
        'See [our returns page](https://example.com/returns) for the steps.',
        '- [x] Refund issued\n- [ ] Label sent',
        'The Xbox controller ships separately.',
        'Your size XL jumper is back in stock.',
        'We will call you on Tuesday to confirm.',
        'Press <b>Save</b> to keep your changes.',
        'Our opening hours are 9-5 (Monday to Friday).',
        'Read the note [1] at the end of the page.',
      ],
    },
  },
  check(reply, context) {
    const o = context.options;
    for (const s of findUnfilledTemplate(reply.source, { allowBrackets: o.allowBrackets === true, allow: o.allow ?? [] })) {
      context.report({
        message: `"${s.text}" looks like ${WHAT[s.kind]}; the customer would receive it as written. Fill it in or use a placeholder.`,
        start: s.start,
        end: s.end,
      });
    }
  },
});
