// negative-follow-up's fix in its sentence frames (run by test/engine/fix-frames.test.ts in every host
// frame). The fix rewrites the whole closing question and keeps any lead-in before it.
//
// Sentences where today's fix goes wrong (for the rule's owner):
//   "Thanks, and is there anything else wrong?"            -> "How else can I help you today?"  ("Thanks," lost)
//   "I fixed the login, but are there any other issues?"   -> "How else can I help you today?"  (a clause lost)
//   "Is there anything else wrong, or can I close it?"     -> "How else can I help you today?"  (a question lost)
//   "Thanks. Is anything else broken?!"                    -> "Thanks. How else can I help you today?!"
//   "Are there any other problems? Is anything else broken?" -> the same question twice
import type { FixTable } from '../helpers/fix-frames.js';

const table: FixTable = {
  rule: 'negative-follow-up',
  cases: [
    { phrase: 'a question asking for more problems', fixed: 'How else can I help you today?', sentences: [
      ['whole sentence', 'Is there anything else wrong?', 'How else can I help you today?'],
      ['after a sentence', 'Your refund is done. Is anything else broken?', 'Your refund is done. How else can I help you today?'],
      ['after a lead-in', 'Okay, are there any other problems with your login?', 'Okay, how else can I help you today?'],
      ['with an object', 'Do you have any other complaints about the service?', 'How else can I help you today?'],
    ] },
  ],
};
export default table;
