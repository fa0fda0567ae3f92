// Paraphrases of an example sentence, to test that a rule catches the family and not the exact words:
// contractions both ways, "I" <-> "we", British <-> American spelling, curly apostrophes, synonyms, tense
// and the sentence's place in a reply. Each variant says what kind of change made it, so a rule's test can
// state which changes keep its meaning (a tense change can turn a promise into a report, for example).

export type VariantKind = 'contraction' | 'person' | 'spelling' | 'apostrophe' | 'synonym' | 'tense' | 'frame';
export const VARIANT_KINDS: readonly VariantKind[] = ['contraction', 'person', 'spelling', 'apostrophe', 'synonym', 'tense', 'frame'];

export interface Variant {
  kind: VariantKind;
  text: string;
}

type Pair = readonly [string, string];

const CONTRACTIONS: readonly Pair[] = [
  ["I'm", 'I am'], ["we're", 'we are'], ["you're", 'you are'], ["they're", 'they are'], ["it's", 'it is'],
  ["that's", 'that is'], ["there's", 'there is'], ["I've", 'I have'], ["we've", 'we have'], ["you've", 'you have'],
  ["I'll", 'I will'], ["we'll", 'we will'], ["you'll", 'you will'], ["it'll", 'it will'], ["I'd", 'I would'],
  ["we'd", 'we would'], ["don't", 'do not'], ["doesn't", 'does not'], ["didn't", 'did not'], ["can't", 'cannot'],
  ["won't", 'will not'], ["isn't", 'is not'], ["aren't", 'are not'], ["wasn't", 'was not'], ["weren't", 'were not'],
  ["haven't", 'have not'], ["hasn't", 'has not'], ["couldn't", 'could not'], ["shouldn't", 'should not'],
  ["wouldn't", 'would not'],
];

// First person singular <-> plural, longest forms first.
const PERSON: readonly Pair[] = [
  ["I'm", "we're"], ['I am', 'we are'], ["I've", "we've"], ["I'll", "we'll"], ["I'd", "we'd"], ['I was', 'we were'],
  ['I', 'we'], ['my', 'our'], ['me', 'us'], ['myself', 'ourselves'], ['mine', 'ours'],
];

const SPELLING: readonly Pair[] = [
  ['apologise', 'apologize'], ['apologised', 'apologized'], ['apologising', 'apologizing'], ['apologises', 'apologizes'],
  ['utilise', 'utilize'], ['utilised', 'utilized'], ['realise', 'realize'], ['realised', 'realized'], ['recognise', 'recognize'],
  ['prioritise', 'prioritize'], ['organise', 'organize'], ['organised', 'organized'], ['authorise', 'authorize'],
  ['authorised', 'authorized'], ['finalise', 'finalize'], ['emphasise', 'emphasize'], ['endeavour', 'endeavor'],
  ['behaviour', 'behavior'], ['colour', 'color'], ['favour', 'favor'], ['honour', 'honor'], ['centre', 'center'],
  ['cancelled', 'canceled'], ['cancelling', 'canceling'], ['travelled', 'traveled'], ['licence', 'license'],
  ['cheque', 'check'], ['enquiry', 'inquiry'], ['enquiries', 'inquiries'], ['programme', 'program'], ['catalogue', 'catalog'],
];

// Swaps that keep the meaning in support replies (nouns in the same role).
const SYNONYMS: readonly Pair[] = [
  ['problem', 'issue'], ['problems', 'issues'], ['inconvenience', 'trouble'], ['customer', 'client'], ['customers', 'clients'],
  ['parcel', 'package'], ['parcels', 'packages'], ['delivery', 'shipment'], ['email', 'message'], ['order', 'purchase'],
  ['orders', 'purchases'], ['department', 'team'], ['company', 'business'], ['refund', 'reimbursement'], ['fault', 'error'],
  ['right away', 'immediately'], ['soon', 'shortly'], ['fixed', 'resolved'], ['fix', 'resolve'], ['check', 'look into'],
];

// Present <-> past of the copula and modals: the meaning of most phrasings survives it.
const TENSE: readonly Pair[] = [
  ['is', 'was'], ['are', 'were'], ['can', 'could'], ['will', 'would'], ["isn't", "wasn't"], ["aren't", "weren't"],
  ["can't", "couldn't"], ["won't", "wouldn't"],
];

const FRAMES: ReadonlyArray<(s: string) => string> = [
  (s) => `Hi Sam,\n\n${s}\n\nBest,\nDana`,
  (s) => `Thanks for getting in touch. ${s}`,
  (s) => `${s} Thanks again for your patience.`,
];

/** Every variant of `text` that differs from it, de-duplicated, in a stable order. */
export function paraphrases(text: string, kinds: readonly VariantKind[] = VARIANT_KINDS): Variant[] {
  const out: Variant[] = [];
  const seen = new Set([text]);
  const push = (kind: VariantKind, t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    out.push({ kind, text: t });
  };
  for (const kind of kinds) {
    switch (kind) {
      case 'contraction': push(kind, swapAll(text, CONTRACTIONS, 'forward')); push(kind, swapAll(text, CONTRACTIONS, 'back')); break;
      case 'person': push(kind, swapAll(text, PERSON, 'forward')); push(kind, swapAll(text, PERSON, 'back')); break;
      case 'spelling': push(kind, swapAll(text, SPELLING, 'both')); break;
      case 'apostrophe': push(kind, text.replace(/'/g, '\u2019')); break;
      case 'synonym': for (const pair of SYNONYMS) push(kind, swapAll(text, [pair], 'both')); break;
      case 'tense': push(kind, swapAll(text, TENSE, 'forward')); break;
      case 'frame': for (const f of FRAMES) push(kind, f(text)); break;
    }
  }
  return out;
}

/**
 * Replaces whole words (case kept: "We" -> "I", "I" at a sentence start stays capital). `forward` maps left
 * to right, `back` right to left, `both` swaps either way in one pass.
 */
function swapAll(text: string, pairs: readonly Pair[], direction: 'forward' | 'back' | 'both'): string {
  const map = new Map<string, string>();
  for (const [a, b] of pairs) {
    if (direction !== 'back' && !map.has(a.toLowerCase())) map.set(a.toLowerCase(), b);
    if (direction !== 'forward' && !map.has(b.toLowerCase())) map.set(b.toLowerCase(), a);
  }
  const keys = [...map.keys()].sort((x, y) => y.length - x.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  if (keys.length === 0) return text;
  const re = new RegExp(`(?<![\\w'])(?:${keys.join('|')})(?![\\w'])`, 'gi');
  return text.replace(re, (found, offset: number) => {
    const to = map.get(found.toLowerCase().replace(/\s+/g, ' '))!;
    return withCase(found, to, sentenceStart(text, offset));
  });
}

function sentenceStart(text: string, offset: number): boolean {
  return /(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, offset - 4), offset)) || offset === 0;
}

function withCase(found: string, to: string, atStart: boolean): string {
  if (/^I\b/.test(to) && !/^I\b/.test(found) && to.length > 0) return to; // "we" -> "I" keeps its capital
  if (found.length > 1 && found === found.toUpperCase() && /[A-Z]/.test(found)) return to.toUpperCase();
  if (/^[A-Z]/.test(found) && (atStart || found[0] !== 'I')) return to[0]!.toUpperCase() + to.slice(1);
  if (found.startsWith('I') && !atStart) return to; // "I" mid-sentence -> "we"
  return to;
}
