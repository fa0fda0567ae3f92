// Config `regex` phrases on long sentences (src/config/phrases.ts regexHits): a long sentence is scanned in
// windows with context on both sides, so the hits are exactly those of one scan over the whole sentence:
// no lookbehind blind at a window start, no second ^ match, no match cut at a window end.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import type { PhraseSpec } from '../../src/config/types.js';
import { regexHits, scanRegex, REGEX_WINDOW } from '../../src/config/phrases.js';
import type { Reply } from '../../src/types.js';

/** A reply of one sentence (all regexHits reads). */
const oneSentence = (text: string) => ({ text, sentences: [{ start: 0, end: text.length }] }) as unknown as Reply;

function hits(source: string, text: string, flags = 'i') {
  const scan = scanRegex(source, flags);
  if (typeof scan === 'string') throw new Error(scan);
  return { windowed: regexHits(oneSentence(text), scan.regex, scan.reach), whole: [...text.matchAll(new RegExp(scan.regex.source, scan.regex.flags))].filter((m) => m[0]).map((m) => ({ start: m.index, end: m.index + m[0].length })) };
}

describe('regex phrases on long sentences', () => {
  it('a lookbehind sees the text before a window start: "(?<!cof)fee\\w*" never matches inside "coffee"', () => {
    // "coffee" straddles every possible window start; only the standalone "fees" match.
    const text = `${'coffee '.repeat(2000)}fees ${'coffee '.repeat(2000)}fees`;
    const { windowed, whole } = hits('(?<!cof)fee\\w*', text);
    expect(windowed).toEqual([{ start: 14_000, end: 14_004 }, { start: 28_005, end: 28_009 }]);
    expect(windowed).toEqual(whole);
  });

  it('"^\\w+" matches once, at the sentence start', () => {
    const text = 'word '.repeat(5000);
    expect(hits('^\\w+', text).windowed).toEqual([{ start: 0, end: 4 }]);
  });

  it('a greedy repeat is not cut at a window end, and $ matches only at the sentence end', () => {
    const text = `${'ab '.repeat(3000)}${'x'.repeat(100)} end`;
    const long = hits('x+', text);
    expect(long.windowed).toEqual([{ start: 9000, end: 9100 }]);
    expect(hits('\\w+$', text).windowed).toEqual([{ start: text.length - 3, end: text.length }]);
    expect(hits('b \\w+ \\w$', 'ab '.repeat(REGEX_WINDOW)).windowed).toEqual([]);
  });

  it('gives the whole-sentence hits for patterns of every kind on sentences that span many windows', () => {
    const text = Array.from({ length: 4000 }, (_, i) => ['we', 'refund', 'fees', 'coffee', 'policy', 'x'.repeat(i % 300), 'again'][i % 7]).join(' ');
    for (const source of ['\\bfees?\\b', 'refund\\s+\\w+', '(?<=we )\\w+', '\\w+(?= policy)', 'x{10,}', '(?:\\w+\\s+){0,3}again', 'e\\b', '(?<!\\w)c\\w*e\\b']) {
      const { windowed, whole } = hits(source, text);
      expect(windowed, source).toEqual(whole);
      expect(windowed.length, source).toBeGreaterThan(0);
    }
  });

  it('a config phrase reports the same columns as a whole-line scan', async () => {
    const spec: PhraseSpec = { id: 'house/fees', regex: '(?<!cof)fee\\w*', message: 'Say what the charge is for.' };
    const text = `${'coffee '.repeat(2000)}fees`;
    const [r] = await lintText(text, { config: { phrases: [spec] }, filePath: 'draft.txt' });
    expect(r!.messages.filter((m) => m.ruleId === 'house/fees').map((m) => [m.column, m.endColumn])).toEqual([[14_001, 14_005]]);
  });

  it('refuses a pattern whose one match would read too far even with bounded repeats', () => {
    expect(scanRegex('(?:\\w+\\s+){0,20}x', 'i')).toMatch(/^one match can read up to \d+ characters even with its repeats/);
    expect(typeof scanRegex('(?:\\w+\\s+){0,3}x', 'i')).toBe('object');
  });
});
