// placeholder-syntax's fix in its sentence frames (run by test/engine/fix-frames.test.ts in every host
// frame): only a brace missing next to a complete placeholder name is fixed; the rest are suggestions.
import type { FixTable } from '../helpers/fix-frames.js';

const table: FixTable = {
  rule: 'placeholder-syntax',
  settings: { platform: 'zendesk' },
  cases: [
    { phrase: 'a closing brace missing', fixed: '}}', sentences: [
      ['greeting', 'Hi {{ticket.requester.first_name},', 'Hi {{ticket.requester.first_name}},'],
      ['mid-sentence', 'Your ticket {{ticket.id} is open again.', 'Your ticket {{ticket.id}} is open again.'],
    ] },
    { phrase: 'an opening brace missing', fixed: '{{', sentences: [
      ['greeting', 'Hi {ticket.requester.first_name}},', 'Hi {{ticket.requester.first_name}},'],
    ] },
  ],
};
export default table;
