// unknown-placeholder's fix in its sentence frames (run by test/engine/fix-frames.test.ts in every host
// frame): a misspelt placeholder name with exactly one documented name close to it.
import type { FixTable } from '../helpers/fix-frames.js';

const table: FixTable = {
  rule: 'unknown-placeholder',
  settings: { platform: 'zendesk' },
  cases: [
    { phrase: 'a misspelt placeholder name', fixed: 'the documented name', sentences: [
      ['greeting', 'Hi {{ticket.requester.frist_name}},', 'Hi {{ticket.requester.first_name}},'],
      ['mid-sentence', 'Thanks! We logged it under {{ticket.idd}} today.', 'Thanks! We logged it under {{ticket.id}} today.'],
    ] },
  ],
};
export default table;
