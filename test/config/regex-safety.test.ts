// The backtracking check for config `phrases` regexes (src/config/regex-safety.ts): runs of bounded
// repeats that can split the same text in many ways are refused like nested and adjacent unbounded ones.
import { describe, expect, it } from 'vitest';
import { checkRegexSafety, MAX_WAYS } from '../../src/config/regex-safety.js';

describe('regex safety: runs of bounded repeats', () => {
  it('refuses a{0,16} eight times then b (17^8 ways to fail at each position)', () => {
    expect(checkRegexSafety(`${'a{0,16}'.repeat(8)}b`, 'i')).toBe(
      `the repeats "a{0,16}a{0,16}a{0,16}" can split the same text in more than ${MAX_WAYS} ways, which gets very slow on long lines; use fewer repeats in a row or repeats of different characters`,
    );
  });

  it('refuses runs whose product of choices passes the budget, through fixed parts that share characters', () => {
    for (const source of ['[a-z]{1,40}[a-z]{0,40}', '\\w{0,10}\\w{0,10}\\w{0,10}x', '\\w{0,12}e\\w{0,12}\\w{0,12}', '(?:a{0,10})b?a{0,10}a{0,10}', '\\w+\\w{0,20}']) {
      expect(checkRegexSafety(source, 'i'), source).toMatch(/can split the same text in more than 1000 ways|can match the same characters one after the other/);
    }
  });

  it('accepts repeats that cannot take the same characters, or only a few ways', () => {
    for (const source of ['a{0,16}a{0,16}b', '\\w+\\d{0,3}', '\\w{1,15}\\s?\\w{1,15}', 'x{0,5}y{0,5}z{0,5}', '\\w{0,9}-\\w{0,9}-\\w{0,9}',
      '\\bsorry\\b(?:\\s+\\w+){0,3}\\s+inconvenience', '(?:\\w+\\s+){0,5}policy', '\\d{1,3}(?:,\\d{3})*', 'refunds?', '(?<!cof)fee\\w*']) {
      expect(checkRegexSafety(source, 'i'), source).toBeUndefined();
    }
  });
});
