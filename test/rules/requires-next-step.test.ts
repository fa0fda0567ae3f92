// requires-next-step: a concrete action on the problem by our side.
// (The first cases came from test/structure-rules.test.ts.)
import { describe, expect, it } from 'vitest';
import { base, checklist, complaintReply, PARTS, structureIds } from '../helpers/structure-reply.js';

describe('requires-next-step', () => {
  it('without the fix: requires-next-step only (a hand-off with a time is a commitment, not a fix)', async () => {
    const text = complaintReply({ ...PARTS, fix: "I've passed your email to our warehouse team this morning.", urgency: undefined });
    expect(await structureIds(text)).toEqual(['requires-next-step']);
  });

  it('a transfer, a promise to look into it, or instructions to the customer are not a fix', async () => {
    for (const fix of [
      "I've forwarded your ticket to another department, and they will get back to you.",
      'We are looking into this and will be in touch.',
      'Please return the kettle to the shop where you bought it.',
    ]) {
      expect((await checklist(base({ fix, urgency: undefined }))).fix, fix).toBe(false);
    }
    const handOff = "I've passed this to Dana, our returns specialist, who will ship your replacement today.";
    expect((await checklist(base({ fix: handOff, urgency: undefined }))).fix).toBe(true);
  });
});
