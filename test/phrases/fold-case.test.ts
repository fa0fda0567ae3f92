// Case folding once on the text: the folded regex on the folded text finds exactly what the original
// case-insensitive regex finds on the original text, or the rewrite is refused.
import { describe, expect, it } from 'vitest';
import { foldedSource, foldedText } from '../../src/phrases/fold-case.js';
import { compileBounded } from '../../src/phrases/bounded.js';

const spans = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0].length]);

describe('foldedSource', () => {
  it('lower-cases ASCII letters, keeps escapes, adds lower-case twins to classes', () => {
    expect(foldedSource(String.raw`Sorry\s+If\b`, 'i')).toBe(String.raw`sorry\s+if\b`);
    expect(foldedSource(String.raw`[A-C]x\S\W`, 'i')).toBe(String.raw`[abcA-C]x\S\W`);
    expect(foldedSource(String.raw`[^-Q]`, 'i')).toBe(String.raw`[^-qQ]`);
    expect(foldedSource(String.raw`(?:I|we)(?<!not\s)`, 'im')).toBe(String.raw`(?:i|we)(?<!not\s)`);
  });

  it('refuses what it cannot prove', () => {
    expect(foldedSource('sorry', '')).toBeUndefined(); // already case-sensitive
    expect(foldedSource('sorry', 'iu')).toBeUndefined();
    expect(foldedSource('(sorry)', 'i')).toBeUndefined(); // a capture
    expect(foldedSource('(?<w>sorry)', 'i')).toBeUndefined();
    expect(foldedSource(String.raw`\x41`, 'i')).toBeUndefined();
    expect(foldedSource(String.raw`(a)\1`, 'i')).toBeUndefined();
    expect(foldedSource('café', 'i')).toBeUndefined(); // a cased non-ASCII letter
    expect(foldedSource('[!-ÿ]', 'i')).toBeUndefined(); // a range into non-ASCII
  });
});

describe('foldedText', () => {
  it('lower-cases A-Z only, keeping offsets; refuses characters the edge guard reads by case', () => {
    expect(foldedText('WE’LL Fix Ünïcode')).toBe('we’ll fix Ünïcode');
    expect(foldedText('a ɓ b')).toBeUndefined();
  });

  it('finds what the case-insensitive regex finds', () => {
    const sources = [String.raw`sorry\s+(?:IF|that)\s+you`, String.raw`[A-Z]{2,}\s+now`, String.raw`(?:i|We)'ll\s+fix`, String.raw`no[^a-z]+way`, String.raw`k\w+`];
    const texts = ['SORRY if YOU', 'Sorry That you', 'URGENT now and ok now', "I'll fix it, WE'LL FIX IT", 'No--way, NO WAY, no-Way', 'Kelvin \u212Aelvin ſorry Ärger kÄse', 'Straße STRASSE éclair ÉCLAIR'];
    for (const src of sources) {
      const original = compileBounded(src, 'i', 'test');
      const folded = compileBounded(foldedSource(src, 'i')!, '', 'test');
      for (const text of texts) {
        const lowered = foldedText(text);
        if (lowered === undefined) continue;
        expect(spans(folded, lowered), `${src} on ${text}`).toEqual(spans(original, text));
      }
    }
  });
});
