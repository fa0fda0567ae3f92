// The per-reply trigger index: words, contraction parts, prefixes and shape features.
import { describe, expect, it } from 'vitest';
import { buildWordIndex } from '../../src/phrases/word-index.js';

describe('buildWordIndex', () => {
  it('holds the lower-case words in first-seen order', () => {
    const index = buildWordIndex('Sorry, Sam: the Parcel is late. Sorry again.');
    expect(index.words).toEqual(['sorry', 'sam', 'the', 'parcel', 'is', 'late', 'again']);
    expect(index.has('parcel')).toBe(true);
    expect(index.has('Parcel')).toBe(false);
    expect(index.has('parcels')).toBe(false);
  });

  it('reads contractions as their parts, with or without the apostrophe', () => {
    const index = buildWordIndex("We're sure it won't happen; I’ll check. Dont worry, im on it. The customer's order.");
    for (const w of ["we're", 'we', 'are', 'will', 'not', "won't", 'i', "i'll", 'do', 'am', 'customer', 'is', 'has']) {
      expect(index.has(w), w).toBe(true);
    }
    expect(index.has('would')).toBe(false);
    expect(buildWordIndex("You couldn't").has('could')).toBe(true);
    expect(buildWordIndex('We cannot').has('not')).toBe(true);
    expect(buildWordIndex("We'd").has('had')).toBe(true);
  });

  it('answers prefix triggers', () => {
    const index = buildWordIndex('We apologise for the wait.');
    expect(index.has('apolog*')).toBe(true);
    expect(index.has('apologise*')).toBe(true);
    expect(index.has('apologize*')).toBe(false);
    expect(index.has('wa*')).toBe(true);
    expect(buildWordIndex('an extraordinarily long word').has('extraordinaril*')).toBe(true);
    expect(buildWordIndex('an extraordinarily long word').has('extraordinarx*')).toBe(false);
  });

  it('marks capitals, "!!"/"?!", questions and digits', () => {
    expect(buildWordIndex('We NEVER do that').has('#caps')).toBe(true);
    expect(buildWordIndex('We Never do that. I am A.').has('#caps')).toBe(false);
    expect(buildWordIndex('Really?!').has('#bang')).toBe(true);
    expect(buildWordIndex('Thanks!!').has('#bang')).toBe(true);
    expect(buildWordIndex('Thanks! Bye!').has('#bang')).toBe(false);
    expect(buildWordIndex('Can I help?').has('#question')).toBe(true);
    expect(buildWordIndex('Order 55').has('#digit')).toBe(true);
    expect(buildWordIndex('Order fifty').has('#digit')).toBe(false);
  });

  it('is one linear pass: a 1 MB word and a 1 MB run of short words index without trouble', () => {
    const huge = 'A'.repeat(1_000_000);
    const index = buildWordIndex(`${huge} done`);
    expect(index.has('done')).toBe(true);
    expect(index.has('#caps')).toBe(true);
    expect(buildWordIndex('no '.repeat(300_000)).words).toEqual(['no']);
  });
});
