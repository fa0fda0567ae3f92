// requires-prevention: what will stop it happening again.
// (The first cases came from test/structure-rules.test.ts.)
import { describe, expect, it } from 'vitest';
import { complaintReply, PARTS, structureIds } from '../helpers/structure-reply.js';

describe('requires-prevention', () => {
  it('without the prevention: requires-prevention only', async () => {
    expect(await structureIds(complaintReply({ ...PARTS, prevent: undefined }))).toEqual(['requires-prevention']);
  });
});
