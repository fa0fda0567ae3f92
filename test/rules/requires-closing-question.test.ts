// requires-closing-question: the last body sentence is an inviting question.
// (The first cases came from test/structure-rules.test.ts.)
import { describe, expect, it } from 'vitest';
import { base, checklist, complaintReply, PARTS, structureIds } from '../helpers/structure-reply.js';

describe('requires-closing-question', () => {
  it('without the closing question: requires-closing-question only', async () => {
    expect(await structureIds(complaintReply({ ...PARTS, verify: undefined }))).toEqual(['requires-closing-question']);
  });

  it('a negative follow-up or a question before the last sentence does not verify', async () => {
    expect((await checklist(base({ verify: 'Are there any other problems with your order?' }))).verify).toBe(false);
    const early = base({ verify: 'Does Thursday work for you? Thanks again for choosing Brewline, we value your custom.' });
    expect((await checklist(early)).verify).toBe(false);
  });

  it('catalog 2: a request for data is not verifying; a question about the outcome or more help is', async () => {
    for (const verify of [
      'Can you DM us your order number?',
      'Could you send me the order number and your postcode?',
      "What's the email address on your account?",
    ]) expect((await checklist(base({ verify }))).verify, verify).toBe(false);
    for (const verify of [
      'Does that work for you?',
      'How else can I help?',
      'Could you let me know if the new one arrives safely?',
      'Is there anything else I can do for you?',
    ]) expect((await checklist(base({ verify }))).verify, verify).toBe(true);
  });
});
