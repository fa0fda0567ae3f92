// The faster compromise sweep must tag exactly like the stock one: same terms, tags, offsets.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { installFastSweep } from '../../src/nlp/fast-sweep.js';
import { loadSavedNlp } from '../../src/nlp/saved-model.js';

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

// Support phrases run together with no full stop, the shape whose sweep was quadratic per pattern (stock
// copies the rest of the sentence at every start): long sentences must tag the same too.
const CLAUSES = ['sorry if you feel', 'per our policy', 'we will refund you today', 'you should have', 'the courier is responsible',
  'I have passed this on', 'is there anything else', 'our records show', 'it is only a small delay', 'we guarantee it',
  'you failed to send the form', 'Sam from billing will call you back by Friday', 'there is nothing more we can do'];
const RUN_ON = Array.from({ length: 6 }, (_, k) => Array.from({ length: 14 + 9 * k }, (_, i) => CLAUSES[(i * 7 + k) % CLAUSES.length]).join(' '));

type Nlp = (s: string) => { json(o: object): Array<{ terms: Array<Record<string, unknown>> }> };

function tags(nlp: Nlp, sentences = SENTENCES): string[] {
  return sentences.map((s) => JSON.stringify(nlp(s).json({ offset: true, terms: { offset: true } })
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

  it('keeps stock order on a net it cannot index (two patterns with one source), and finds the same matches', () => {
    const nlp = require('compromise/two');
    const methods = nlp.world().methods.one;
    const stock = methods.bulkMatch;
    // A small net of its own (the model's patterns are parsed in place on the first parse): needs only,
    // wants only (an OR), both, an ifNo, and a pattern starting with an optional word.
    const net = nlp.buildNet([
      { match: '(we|i) will #Verb', tag: 'A' }, { match: '#Noun #PresentTense', tag: 'B' }, { match: 'the #Adjective? #Noun', tag: 'C' },
      { match: '(refund|replace|repair) your? #Noun', tag: 'D' }, { match: '#Pronoun (should|must) have #PastTense', tag: 'E' },
      { match: 'sorry (for|about) the #Noun', tag: 'F', ifNo: ['#Negative'] }, { match: 'please? be advised', tag: 'G' }, { match: '#Value #Noun', tag: 'H' },
    ]);
    // A second pattern object with one source: stock keeps whichever it meets first, so the index steps aside.
    const keys = Object.keys(net.hooks);
    const twin = { ...net.hooks[keys[0]!][0], tag: 'Twin' };
    const odd = { hooks: { ...net.hooks, [keys[0]!]: [twin, ...net.hooks[keys[0]!]] }, always: net.always };
    const doc = nlp(SENTENCES.join(' '));
    const found = (n: typeof net) => JSON.stringify(methods.bulkMatch(doc.docs, n, doc.methods).map((m: any) => [m.match, m.tag, m.pointer]));
    const expectedPlain = found(net);
    const expectedOdd = found(odd);
    try {
      expect(installFastSweep(nlp)).toBe(true);
      expect(found(net)).toBe(expectedPlain);
      expect(found(odd)).toBe(expectedOdd);
      expect(JSON.parse(expectedPlain).length).toBeGreaterThan(10);
      expect(expectedOdd).toContain('"Twin"');
    } finally {
      methods.bulkMatch = stock;
    }
  });

  it('the built compromise (dist/nlp, with its own runMatch) tags sentences and long run-ons as stock does', () => {
    const stockNlp = require('compromise/two') as Nlp;
    const dist = (f: string) => fileURLToPath(new URL(`../../dist/nlp/${f}`, import.meta.url));
    const built = loadSavedNlp(dist('compromise-two.cjs'), dist('model.json')) as Nlp;
    expect(installFastSweep(built, true)).toBe(true);
    expect(RUN_ON[5]!.length).toBeGreaterThan(900);
    const all = [...SENTENCES, ...RUN_ON, SENTENCES.join(' ')];
    expect(tags(built, all)).toEqual(tags(stockNlp, all));
  });

  it('leaves an unfamiliar compromise alone', () => {
    const fake = Object.assign((s: string) => s, { world: () => ({ methods: { one: {} } }) });
    expect(installFastSweep(fake)).toBe(false);
    expect(installFastSweep(undefined)).toBe(false);
  });
});
