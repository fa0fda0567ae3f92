// requires-apology: a real apology; a non-apology or "sorry for the inconvenience" does not count.
// (The first cases came from test/structure-rules.test.ts.)
import { describe, expect, it } from 'vitest';
import { only } from '../helpers/rule-lint.js';
import { base, checklist, complaintReply, PARTS, structureIds } from '../helpers/structure-reply.js';

describe('requires-apology', () => {
  it('without the apology: requires-apology only', async () => {
    expect(await structureIds(complaintReply({ ...PARTS, apologize: undefined }))).toEqual(['requires-apology']);
  });

  it('an apology for the customer\'s feelings or "for any inconvenience" is not an apology', async () => {
    expect((await checklist(base({ apologize: "We're sorry you feel let down." }))).apologize).toBe(false);
    expect((await checklist(base({ apologize: 'We apologise for any inconvenience this may have caused.' }))).apologize).toBe(false);
    expect((await checklist(base({ apologize: 'Sorry about that!' }))).apologize).toBe(true);
    expect((await checklist(base({ apologize: 'Please accept my apologies for the mix-up.' }))).apologize).toBe(true);
  });

  it('catalog 2: "sorry to hear", "sorry for the wait" count; "sorry for the inconvenience" does not', async () => {
    expect((await checklist(base({ apologize: 'I was sorry to hear the kettle broke.' }))).apologize).toBe(true);
    expect((await checklist(base({ apologize: 'Sorry for the wait on this.' }))).apologize).toBe(true);
    // requires-apology reads the non-apology rule's own findings, so the two always agree: "sorry for the
    // inconvenience" stops counting wherever non-apology flags it (catalog 2's non-apology does).
    const generic = 'Sorry for the inconvenience.';
    const nonApology = (await only('non-apology', generic)).length > 0;
    expect((await checklist(base({ apologize: generic }))).apologize).toBe(!nonApology);
  });
});
