// invites-customer-input: asks what would make it right.
// (The first cases came from test/structure-rules.test.ts.)
import { describe, expect, it } from 'vitest';
import { complaintReply, PARTS, structureIds } from '../helpers/structure-reply.js';

describe('invites-customer-input', () => {
  it('without asking what would make it right: invites-customer-input only', async () => {
    expect(await structureIds(complaintReply({ ...PARTS, involve: undefined }))).toEqual(['invites-customer-input']);
  });
});
