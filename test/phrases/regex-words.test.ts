// Word clauses read from regex sources: what they derive, and that they never exclude a reply the regex
// matches (a wrong clause would silently drop findings).
import { describe, expect, it } from 'vitest';
import { requiredWords, satisfies } from '../../src/phrases/regex-words.js';
import { buildWordIndex } from '../../src/phrases/word-index.js';
import { compileBounded } from '../../src/phrases/bounded.js';
import { compileAll } from '../../src/phrases/table.js';
import { phraseTableOf } from '../../src/phrases/define.js';
import { builtinRules } from '../../rules/index.js';

const guarded = (src: string) => requiredWords(src, 'i', { guarded: true });

describe('requiredWords', () => {
  it('reads words between certain edges, prefixes where the end is open', () => {
    expect(guarded(String.raw`\bsorry\s+(?:that\s+)?(?:you|your)\b`)).toEqual([['sorry'], ['you', 'your']]);
    expect(guarded(String.raw`apolog(?:y|ies)\s+for`)).toEqual([['apolog*'], ['for']]);
    expect(guarded(String.raw`cancel+(?:s|ed)?`)).toEqual([['cancel*']]);
    expect(guarded(String.raw`100\s?%\s+fixed`)).toEqual([['100'], ['fixed']]);
    expect(guarded(String.raw`won't\s+happen`)).toEqual([['won'], ['t'], ['happen'], ['t happen']]);
    // Whole words with only whitespace between also give the pair.
    expect(guarded(String.raw`you\s+have\s+to`)).toEqual([['you'], ['have'], ['you have'], ['to'], ['have to']]);
  });

  it('gives nothing it cannot prove', () => {
    expect(guarded(String.raw`(?:very\s+)?\w+ly\s+sorry`)).toEqual([['sorry']]);
    expect(guarded(String.raw`[a-z]+ing`)).toEqual([]);
    expect(guarded(String.raw`sorry|\w+`)).toEqual([]);
    expect(guarded('(a|b')).toEqual([]);
    expect(requiredWords('sorry', 'iu', { guarded: true })).toEqual([]);
    // Unguarded ends are open; in windows a \b proves only a prefix on the right and nothing on the left.
    expect(requiredWords(String.raw`sorry\s+if`, 'i')).toEqual([['if*']]);
    expect(requiredWords(String.raw`\bsorry\s+if\b`, 'i', { windowed: true })).toEqual([['if*']]);
  });

  it('never excludes a text its regex matches', () => {
    const sources = [
      String.raw`\bsorry\s+(?:that\s+)?you\b`, String.raw`we'll\s+be\s+(?:in\s+)?touch`, String.raw`(?:I|we)(?:'ll|\s+will)\s+fix`,
      String.raw`caf(?:e|é)\s+closed`, String.raw`don't\s+worry`, String.raw`100\s?%\s+(?:fixed|sure)`, String.raw`e-?mail\s+us`,
      String.raw`(?<!not\s)happy\s+to\s+help`, String.raw`apologi[sz]e\s+for`, String.raw`\bno\.\s*\d+`, String.raw`ll\s+be`,
      String.raw`you\s+have\s+to`, String.raw`café\s+is`, String.raw`it\s+is\s+what`,
    ];
    const texts = [
      'Sorry that you waited.', "We'll be in touch.", "WE'LL BE TOUCH", 'We will fix it. I’ll fix it.', 'The café closed.',
      'The cafe closed.', "Don't worry.", 'dont worry', 'It is 100% fixed, 100 % sure.', 'Email us or e-mail us.',
      'Happy to help!', 'We apologise for it; we apologize for it.', 'Order no. 12', 'Ticket #1: sorry you had to wait',
      "it'll be fine", 'Thé café’s closed', 'İstanbul office will fix', 'x_we will fix', 'You  have\nto go.',
      'You have-to', 'The café is open', 'It\u00a0is\twhat it is', 'éyou have to',
    ];
    for (const src of sources) {
      const re = compileBounded(src, 'i', 'test');
      const clauses = requiredWords(src, 'i', { guarded: true });
      for (const text of texts) {
        re.lastIndex = 0;
        const normalized = text.replace(/[’]/g, "'");
        if (!re.test(normalized)) continue;
        const index = buildWordIndex(normalized);
        expect(satisfies((a) => index.has(a), clauses), `${src} on ${JSON.stringify(text)}`).toBe(true);
      }
    }
  });
});

describe('built-in phrase tables', () => {
  it('every entry compiles (entries compile on first use in a run)', () => {
    for (const rule of builtinRules) {
      const table = phraseTableOf(rule as never);
      if (table) expect(() => compileAll(table), rule.meta.id).not.toThrow();
    }
  });
});
