// The shared inverted trigger index: slots per trigger list, one pass per reply, lists added later.
import { describe, expect, it } from 'vitest';
import { TriggerIndex } from '../../src/phrases/trigger-index.js';
import { buildWordIndex } from '../../src/phrases/word-index.js';

describe('TriggerIndex', () => {
  it('marks the lists whose words, prefixes or features occur', () => {
    const index = new TriggerIndex();
    const sorry = index.slot(['sorry', 'apolog*']);
    const caps = index.slot(['#caps']);
    const will = index.slot(['will']);
    const oneLetter = index.slot(['e*']);
    const words = buildWordIndex("We apologise, it'll be FIXED.");
    expect(index.has(words, sorry)).toBe(true);
    expect(index.has(words, caps)).toBe(true);
    expect(index.has(words, will)).toBe(true); // "it'll" holds "will"
    expect(index.has(words, oneLetter)).toBe(false); // as WordIndex.has: a one-letter prefix matches nothing
    expect(index.slot(['sorry', 'apolog*'])).toBe(sorry);
  });

  it('answers like WordIndex.has, and sees lists registered after a reply was indexed', () => {
    const index = new TriggerIndex();
    const words = buildWordIndex('Thanks for waiting; your refund is on its way.');
    const first = index.slot(['refund*']);
    expect(index.has(words, first)).toBe(true);
    const later = index.slot(['waiting', 'queue']);
    const absent = index.slot(['sorry']);
    expect(index.has(words, later)).toBe(true);
    expect(index.has(words, absent)).toBe(false);
    const long = index.slot(['waitingforeverandever*']);
    expect(index.has(words, long)).toBe(false);
  });
});
