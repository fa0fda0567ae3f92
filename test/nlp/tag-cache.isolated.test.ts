// The run-wide cache of tagged sentences is bounded by the text it holds, not only by count: long run-on
// pieces are tagged but never kept, and the cache empties before it would hold more than its characters.
// Isolated: the cache is process state.
import { describe, expect, it } from 'vitest';
import { MAX_CACHED_CHARS, MAX_CACHED_SENTENCE, parseText, taggedCacheSize } from '../../src/nlp/compromise.js';

describe('tagged-sentence cache', () => {
  it('keeps short sentences once, skips long pieces, and stays under its character budget', () => {
    const start = taggedCacheSize();
    const a = parseText('Thanks for your patience.');
    expect(parseText('Thanks for your patience.')).toBe(a); // the same document, tagged once
    expect(taggedCacheSize().texts).toBe(start.texts + 1);
    const long = 'we are looking into it and '.repeat(Math.ceil((MAX_CACHED_SENTENCE + 1) / 27)).trim();
    expect(long.length).toBeGreaterThan(MAX_CACHED_SENTENCE);
    const first = parseText(long);
    expect(parseText(long)).not.toBe(first); // tagged again: not kept
    expect(taggedCacheSize().texts).toBe(start.texts + 1);
    const sentence = 'We will refund the order number 1234567 today and email you the receipt.';
    for (let i = 0; i * sentence.length < MAX_CACHED_CHARS * 1.5; i++) parseText(`${sentence} ${i}`);
    expect(taggedCacheSize().chars).toBeLessThanOrEqual(MAX_CACHED_CHARS);
    expect(taggedCacheSize().texts).toBeGreaterThan(0);
  }, 120_000);
});
