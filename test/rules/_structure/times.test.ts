// Time frames: a time put on an action, not a past date, a policy period or opening hours.
import { describe, expect, it } from 'vitest';
import { timedAction } from '../../../rules/_structure/times.js';
import { reply } from '../../helpers/reply.js';

describe('timedAction', () => {
  it('finds the time on our action, with its span', () => {
    const r = reply("I'm sorry. I've sent the blue one by express post, and it will reach you by Thursday.");
    const t = timedAction(r)!;
    expect(t.text).toBe('by Thursday');
    expect(r.text.slice(t.start, t.end)).toBe('by Thursday');
  });

  it('counts times on actions and on their results', () => {
    for (const text of [
      "I'll email you the tracking number by 5pm today.",
      'I refunded the charge right away.',
      "I've refunded it; it will reach your card within three working days.",
      'Our technician will replace the valve on Wednesday morning.',
      "I'll call you back within the hour.",
    ]) expect(timedAction(reply(text)), text).toBeDefined();
  });

  it('does not count past dates, policy periods, opening hours or questions', () => {
    for (const text of [
      'You ordered it on 3 March, and it was delivered on Tuesday.',
      'Our returns window is 30 days from delivery.',
      'Our phone lines are open Monday to Friday, 9am to 5pm.',
      'Refunds for seat upgrades take 5 to 7 working days.',
      'Could we call you tomorrow?',
    ]) expect(timedAction(reply(text)), text).toBeUndefined();
  });
});
