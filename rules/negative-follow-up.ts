// negative-follow-up: a closing question that asks for more problems instead of offering help.
import { defineRule } from '../src/rule-api.js';
import { scan } from '../src/nlp/match.js';

const REPLACEMENT = 'How else can I help you today?';

// "anything/something else" or "any other/further/more" followed (closely) by a problem word.
const PROBLEM = String.raw`(?:wrong|broken|not\s+working|(?:isn'?t|aren'?t|is\s+not|are\s+not)\s+working|(?:problem|issue|complaint|concern|fault|bug|error|glitch|trouble|difficult(?:y|ie)|gripe)s?|(?:go(?:ne|ing)|went)\s+wrong|bother(?:ing|s)?\s+you|upset(?:ting)?\s+you)`;
const OPENERS = String.raw`(?:(?:is|are|was|were)\s+there\s+|do\s+you\s+have\s+|have\s+you\s+(?:had|got|noticed|found|experienced|run\s+into)\s+|did\s+you\s+(?:have|notice|find|experience)\s+|(?:have\s+you\s+)?(?:noticed|found|spotted)\s+|can\s+you\s+think\s+of\s+|got\s+|any\s+chance\s+(?:of\s+)?)?`;
const QUESTION = new RegExp(
  String.raw`(?:^|(?<=[\s"(]))` +
    String.raw`${OPENERS}(?:anything|something|any(?:thing)?\s+(?:other|else|further|more|additional)|any\s+(?:more|further|additional|other)|other)` +
    String.raw`(?:\s+\w+){0,3}?\s+${PROBLEM}[^?.!\n]{0,60}\?`,
  'gi',
);

export default defineRule({
  meta: {
    id: 'negative-follow-up',
    description: 'Closing question that invites more complaints',
    family: 'phrase',
    defaultSeverity: 'error',
    fixable: true,
    docs: {
      why:
        'Ending with "Is there anything else wrong?" asks the customer to list more failures and leaves the ' +
        'conversation on a sour note. Offer more help instead, so the last thing they read is an open door, not a ' +
        'complaint form.',
      seeds: ['003 Complaint handling: investigate with supportive questioning'],
    },
    examples: {
      bad: [
        'Is there anything else wrong?',
        'Are there any other problems?',
        'Anything else not working?',
        'Do you have any other complaints?',
        'Any other issues I should know about?',
        'Is there anything else that is not working for you?',
        'Have you noticed any other problems with the app?',
        'Are there any further issues with your order?',
        'Is anything else broken?',
        'Do you have any more concerns about the service?',
        'Is there something else wrong with the delivery?',
        'Were there any other faults with the kettle?',
        'Any other complaints?',
        'Are there any other issues that aren’t working?',
      ],
      good: [
        'How else can I help you today?',
        'Is there anything else I can help you with?',
        'What else can I do for you?',
        'Is there anything else you need from me?',
        'Can I help with anything else today?',
        'Have you had any problems since I reset it? If so, just reply and I will look again.',
        'Let me know if you run into any other issues.',
        'Is there anything else I can do to put this right?',
        'Does the new password work for you?',
        'Would you like me to check your other orders too?',
        'If anything else goes wrong, reply here and I will fix it.',
      ],
    },
  },
  check(reply, context) {
    for (const hit of scan(reply, QUESTION)) {
      // Start the report at the beginning of the question's sentence when the match is inside it.
      context.report({
        message: 'This closing question invites more complaints. Offer further help instead.',
        start: hit.start,
        end: hit.end,
        fix: { start: hit.start, end: hit.end, text: REPLACEMENT },
        suggestions: [{ desc: `Ask "${REPLACEMENT}"`, fix: { start: hit.start, end: hit.end, text: REPLACEMENT } }],
      });
    }
  },
});
