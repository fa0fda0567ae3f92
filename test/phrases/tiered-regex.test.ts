// Phrase expressions compile quickly first and get an optimized copy once they have scanned enough text.
import { describe, expect, it } from 'vitest';
import { compileQuickly, optimizedCopy, tierUpAfter } from '../../src/core/boot.js';
import { regexSubject, TieredRegex } from '../../src/phrases/tiered-regex.js';

const matches = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
};

describe('tiered phrase expressions', () => {
  it('runs the same expression until the scanned text passes the threshold, then an equivalent copy', () => {
    const base = /(?<![a-z])sorry\s+(?:for|about)\s+\w+/gi;
    const tiered = new TieredRegex(base);
    expect(tiered.forSubject(100, false)).toBe(base);
    expect(tiered.forSubject(100, true)).toBe(base);
    const hot = tiered.forSubject(tierUpAfter() + 1, false);
    expect(hot).not.toBe(base);
    expect(hot.source).toBe(`${base.source}(?:)`);
    expect(hot.flags).toBe(base.flags);
    expect(tiered.forSubject(10, true)).toBe(hot); // stays optimized
    const text = 'Sorry for the wait. sorry about that! unsorry for nothing';
    expect(matches(hot, text)).toEqual(matches(base, text));
    expect(matches(hot, text)).toEqual([[0, 'Sorry for the'], [20, 'sorry about that']]);
  });

  it('compiles without moving lastIndex, and an optimized copy keeps capture groups and flags', () => {
    const re = /(we)\s+(can't)/giu;
    re.lastIndex = 7;
    compileQuickly(re, false);
    compileQuickly(re, true);
    expect(re.lastIndex).toBe(7);
    const copy = optimizedCopy(re);
    copy.lastIndex = 0;
    expect(copy.exec('Sadly we can’t, we can\'t')?.slice(0)).toEqual(["we can't", 'we', "can't"]);
    expect(copy.flags).toBe('giu');
  });

  it('hands expressions a one-byte subject when every character fits one byte', () => {
    expect(regexSubject('café, naïve')).toEqual({ text: 'café, naïve', twoByte: false });
    expect(regexSubject('we’re on it')).toEqual({ text: 'we’re on it', twoByte: true });
    expect(regexSubject('')).toEqual({ text: '', twoByte: false });
  });
});
