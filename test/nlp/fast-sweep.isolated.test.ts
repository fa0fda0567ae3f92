// The faster compromise sweep must tag exactly like the stock one: same terms, tags, offsets.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { installFastSweep } from '../../src/nlp/fast-sweep.js';

const require = createRequire(import.meta.url);

// Varied support-reply sentences: contractions, names, numbers, questions, lists, odd punctuation.
const SENTENCES = [
  "We're sorry you feel that way, but it's our policy.",
  'I have refunded $45.00 to your Visa card ending 4412, and it should land by Thursday.',
  "You should've checked the sizing chart before ordering the boots.",
  "I'll pass this on to the relevant department, who'll be in touch.",
  'Is there anything else wrong with the kettle?',
  'Our engineer, Priya Shah, will visit on 12 March between 9am and 1pm.',
  'Please be advised that the item is currently out of stock.',
  'I understand the parcel arrived late and the box was crushed.',
  "It's just a minor glitch; nobody else has reported it.",
  'Thanks for your patience!! We NEVER lose parcels.',
  '- Reset the router\n- Wait 30 seconds\n- Plug it back in',
  "I've escalated this to our billing team because they can reverse the charge today.",
  'Would you like me to check your other orders too?',
  'The courier lost it, so you will need to contact them yourself.',
  'I guarantee this will never happen again.',
  "Don't hesitate to reach out should you require any further assistance.",
  'Hi Sam, thanks for the photos of the cracked lid.',
  "We've fixed the cause of the double charge and I'll check your next two invoices myself.",
  'Are you sure you want to cancel your annual membership?',
  'Your satisfaction is our number one priority.',
  'Sorry for the wait — I read through everything you sent.',
  'He said the replacement would ship yesterday, but it did not.',
  "They're walking to the depot now and the van leaves at 5pm.",
  'Kindly return the unit at your earliest convenience.',
  "What would make this right for you, Ahmed?",
  // These tag differently when the sweep runs its patterns out of order.
  'You mentioned that your coffee grinder was charged twice.',
  "Here's what I'm doing: I've reissued the invoice and fixed the billing address on your account.",
  'The label for the return is attached, and the drop-off point is the post office on the high street.',
];

function tags(nlp: (s: string) => { json(o: object): Array<{ terms: Array<Record<string, unknown>> }> }): string[] {
  return SENTENCES.map((s) => JSON.stringify(nlp(s).json({ offset: true, terms: { offset: true } })
    .map((x) => x.terms.map((t) => [t.text, t.normal, t.implicit, t.tags, t.offset, t.chunk, t.pre, t.post]))));
}

describe('fast sweep', () => {
  it('installs on the bundled compromise build and tags every sentence as the stock sweep does', () => {
    const nlp = require('compromise/two');
    const methods = nlp.world().methods.one;
    const stock = methods.bulkMatch;
    const expected = tags(nlp);
    try {
      expect(installFastSweep(nlp)).toBe(true);
      expect(methods.bulkMatch).not.toBe(stock);
      expect(tags(nlp)).toEqual(expected);
    } finally {
      methods.bulkMatch = stock;
    }
  });

  it('leaves an unfamiliar compromise alone', () => {
    const fake = Object.assign((s: string) => s, { world: () => ({ methods: { one: {} } }) });
    expect(installFastSweep(fake)).toBe(false);
    expect(installFastSweep(undefined)).toBe(false);
  });
});
