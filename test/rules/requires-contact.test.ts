// requires-contact: a person to come back to near the end.
// (The first cases came from test/structure-rules.test.ts.)
import { describe, expect, it } from 'vitest';
import { base, checklist, complaintReply, PARTS, structureIds } from '../helpers/structure-reply.js';

describe('requires-contact', () => {
  it('without a name: requires-contact only', async () => {
    const text = complaintReply({ ...PARTS, signOff: 'Best wishes,\nThe Brewline Team' });
    expect(await structureIds(text)).toEqual(['requires-contact']);
  });

  it('a team sign-off or a support address is no contact; a name placeholder or a direct line is', async () => {
    expect((await checklist(base({ signOff: 'Kind regards,\nCustomer Services\nsupport@brewline.example' }))).contact).toBe(false);
    expect((await checklist(base({ signOff: 'Kind regards,\n{{agent.name}}\nBrewline' }))).contact).toBe(true);
    const direct = base({ verify: 'Does Thursday work for you? You can reach me directly on 0161 496 0142.', signOff: 'Brewline' });
    expect((await checklist(direct)).contact).toBe(true);
  });

  it('catalog 2: a bare first name as the last line counts; agent initials count on social only', async () => {
    expect((await checklist(base({ signOff: 'Lauren' }))).contact).toBe(true);
    expect((await checklist(base({ signOff: '- Lauren' }))).contact).toBe(true);
    const tweet = (sig: string) => `I understand the kettle stopped heating after a week, Maria. I'm sorry. I've sent a replacement by tracked courier today. Does that work for you? ${sig}`;
    for (const sig of ['^LS', '-JM', '*TAC', '/KC']) {
      expect((await checklist(tweet(sig), 'social')).contact, sig).toBe(true);
      expect((await checklist(tweet(sig), 'email')).contact, sig).toBe(false);
    }
  });
});
