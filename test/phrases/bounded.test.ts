// Phrase-table regexes are bounded by construction, so a scan is linear on any text.
import { describe, expect, it } from 'vitest';
import { boundQuantifiers, compileBounded, REPEAT_BOUND } from '../../src/phrases/bounded.js';

describe('boundQuantifiers', () => {
  it('rewrites +, * and {n,} outside classes and escapes', () => {
    const B = REPEAT_BOUND;
    expect(boundQuantifiers(String.raw`sorry\s+if`)).toBe(String.raw`sorry\s{1,${B}}if`);
    expect(boundQuantifiers(String.raw`a*b+?c{2,}d{1,3}`)).toBe(`a{0,${B}}b{1,${B}}?c{2,${2 + B}}d{1,3}`);
    expect(boundQuantifiers(String.raw`[+*]\+\*x`)).toBe(String.raw`[+*]\+\*x`);
    expect(boundQuantifiers(String.raw`\p{L}+`)).toBe(String.raw`\p{L}{1,${B}}`);
    expect(boundQuantifiers(String.raw`[\]+]+`)).toBe(String.raw`[\]+]{1,${B}}`);
  });

  it('compiles with word-edge guards', () => {
    const re = compileBounded('fee\\w*', 'i', 'test');
    expect('coffee fees'.match(re)).toEqual(['fees']);
    expect('Sorry if'.match(compileBounded(String.raw`sorry\s+if`, 'i', 'test'))).toEqual(['Sorry if']);
    // A contraction's tail ("'s", "'re") starts on a word edge; a word never starts inside another.
    expect("It's not that bad".match(compileBounded(String.raw`(?:is|'s)\s+not\s+that\s+bad`, 'i', 'test'))).toEqual(["'s not that bad"]);
    expect('This not that bad'.match(compileBounded(String.raw`(?:is|'s)\s+not\s+that\s+bad`, 'i', 'test'))).toBeNull();
  });

  it('refuses patterns that can still match unbounded text, naming the owner', () => {
    expect(() => compileBounded('(?:\\w+\\s+){0,100}x', 'i', 'rule x entry #3')).toThrow(/^rule x entry #3: the pattern can match/);
    expect(() => compileBounded('(a', 'i', 'rule y')).toThrow(/^rule y: invalid regex/);
  });

  it('stays fast on a long whitespace run', () => {
    const re = compileBounded(String.raw`hello\s+we\s+are\s+sorry`, 'i', 'test');
    const text = `Hello.${' '.repeat(200_000)}We are sorry.`;
    expect(text.match(re)).toBeNull();
  });
});
