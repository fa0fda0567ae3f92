// requires-timeframe: an explicit time on the action.
// (The first cases came from test/structure-rules.test.ts.)
import { describe, expect, it } from 'vitest';
import { base, checklist, complaintReply, PARTS, structureIds } from '../helpers/structure-reply.js';

describe('requires-timeframe', () => {
  it('without the timeframe: requires-timeframe only', async () => {
    const text = complaintReply({ ...PARTS, urgency: 'I will email you the tracking link as well.' });
    expect(await structureIds(text)).toEqual(['requires-timeframe']);
  });

  it('a past date, a policy period or opening hours are not a timeframe', async () => {
    for (const urgency of [
      'You ordered it on 3 March, and it was delivered on Tuesday.',
      'Our returns window is 30 days from delivery.',
      'Our phone lines are open Monday to Friday, 9am to 5pm.',
    ]) {
      expect((await checklist(base({ urgency }))).urgency, urgency).toBe(false);
    }
  });
});
