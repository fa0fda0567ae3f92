// Verb groups: who does what, in which tense, negated or not.
import { describe, expect, it } from 'vitest';
import { verbGroups } from '../../../rules/_structure/verb-groups.js';
import { reply } from '../../helpers/reply.js';

function groups(text: string) {
  const r = reply(text);
  return verbGroups(r, r.sentences[0]!).map((g) => ({ verb: g.verb.word, aspect: g.aspect, subject: g.subject, negated: g.negated, passive: g.passive }));
}

describe('verbGroups', () => {
  it('reads subject, aspect and negation', () => {
    expect(groups("I'll send a new one today.")).toEqual([{ verb: 'send', aspect: 'future', subject: 'agent', negated: false, passive: false }]);
    expect(groups("We can't change the date.")).toEqual([{ verb: 'change', aspect: 'modal', subject: 'agent', negated: true, passive: false }]);
    expect(groups('You have been charged twice.')[0]).toMatchObject({ verb: 'charged', aspect: 'perfect', subject: 'customer', passive: true });
    expect(groups('Try the web app.')[0]).toMatchObject({ verb: 'try', subject: 'none', aspect: 'present' });
  });

  it("reads an irregular participle after \"have\" as a verb (\"I've reset it\")", () => {
    expect(groups("I've reset your password.")[0]).toMatchObject({ verb: 'reset', aspect: 'perfect', subject: 'agent' });
  });

  it('gives a verb after "and" the subject and tense of the first ("refunded the fee and added a credit")', () => {
    expect(groups("I've refunded the fee and added a credit.").map((g) => [g.verb, g.aspect, g.subject])).toEqual([
      ['refunded', 'perfect', 'agent'], ['added', 'perfect', 'agent'],
    ]);
  });

  it('reads a named colleague or "our <role>" as our side', () => {
    expect(groups("I've passed this to Dana, our returns specialist, who will ship it today.").find((g) => g.verb === 'ship')).toMatchObject({ subject: 'named', aspect: 'future' });
    expect(groups('Our engineer will call you tomorrow.')[0]).toMatchObject({ subject: 'agent', aspect: 'future' });
  });

  it('is computed once per sentence', () => {
    const r = reply("I'll send it.");
    expect(verbGroups(r, r.sentences[0]!)).toBe(verbGroups(r, r.sentences[0]!));
  });
});
