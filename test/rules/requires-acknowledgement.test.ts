// requires-acknowledgement: the reply says what the customer told us, with an explicit cue.
// (The first cases came from test/structure-rules.test.ts.)
import { describe, expect, it } from 'vitest';
import { base, checklist, complaintReply, PARTS, structureIds } from '../helpers/structure-reply.js';

describe('requires-acknowledgement', () => {
  it('without the acknowledgement: requires-acknowledgement only', async () => {
    expect(await structureIds(complaintReply({ ...PARTS, acknowledge: undefined }))).toEqual(['requires-acknowledgement']);
  });

  it('an apology that names the problem is not an acknowledgement on its own', async () => {
    const c = await checklist(base({ acknowledge: undefined, apologize: "I'm sorry the kettle stopped heating after a week." }));
    expect(c.acknowledge).toBe(false);
    expect(c.apologize).toBe(true);
  });

  it('catalog 2: "I understand, but/however ..." does not count; "It sounds like" and "Sounds like" do', async () => {
    for (const acknowledge of [
      'I understand, but we cannot change the delivery date after dispatch.',
      'I understand; however, refunds take ten days.',
      'I understand. However, the kettle is out of warranty.',
      'I understand how frustrating this is, but the warranty has ended.',
    ]) expect((await checklist(base({ acknowledge }))).acknowledge, acknowledge).toBe(false);
    for (const acknowledge of [
      'It sounds like the kettle stopped heating after a week.',
      'Sounds like the kettle stopped heating after a week.',
      'I understand the kettle stopped heating, but the good news is that a new one is on its way.',
      'We hear you: a kettle that stops after a week is not good enough.',
      'Thanks for letting us know that the kettle stopped heating.',
      'I can see that your kettle stopped heating after a week.',
      'You mentioned the kettle stopped heating after a week.',
    ]) expect((await checklist(base({ acknowledge }))).acknowledge, acknowledge).toBe(true);
  });
});
