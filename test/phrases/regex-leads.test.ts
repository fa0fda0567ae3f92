// Where a phrase regex can start (regex-leads.ts) and where a text's words start (word-starts.ts).
import { describe, expect, it } from 'vitest';
import { leadingWords } from '../../src/phrases/regex-leads.js';
import { candidateStarts, groupLeads, startsWithFolded, wordStarts } from '../../src/phrases/word-starts.js';

describe('leadingWords', () => {
  it('reads the prefixes every match starts with', () => {
    expect(leadingWords(String.raw`(?:we|i)\s+(?:can't|cannot)`, 'i')).toEqual(['i', 'we']);
    expect(leadingWords('apologi[sz]e', 'i')).toEqual(['apologi']);
    expect(leadingWords(String.raw`(?:just\s+)?contact\s+us`, 'i')).toEqual(['contact', 'just']);
    expect(leadingWords(String.raw`(?:^|(?<=[.!?]\s{1,3}))(?:seriously|really)\s*\?`, 'im')).toEqual(['really', 'seriousl']);
    expect(leadingWords('colou?r', 'i')).toEqual(['color', 'colou']);
    expect(leadingWords('cancel+(?:s|ed)?', 'i')).toEqual(['cancel']);
    expect(leadingWords('(?:ab)+c', 'i')).toEqual(['ab']);
    expect(leadingWords('x?y', 'i')).toEqual(['x', 'y']);
    expect(leadingWords(String.raw`\bSorry`, '')).toEqual(['sorry']); // compared ignoring case: a superset
  });

  it('gives nothing when a match may start elsewhere', () => {
    for (const source of [String.raw`\s+foo`, String.raw`(?:a|\w+)b`, String.raw`(?:sorry|)\s`, "'s\\s+not", '[Ss]orry', 'é?t', '.x', '(?:)', 'a|', String.raw`\d+ days`]) {
      expect(leadingWords(source, 'i'), source).toBeUndefined();
    }
    expect(leadingWords('sorry', 'iu')).toBeUndefined();
    expect(leadingWords(`(?:${Array.from({ length: 60 }, (_, i) => `w${i}x`).join('|')})`, 'i')).toBeUndefined(); // too many
  });
});

describe('word starts', () => {
  it('indexes the starts of ASCII letter/digit runs by their lower-cased first character', () => {
    const text = "We're sorry: 2 orders, don't_worry Sé";
    const starts = wordStarts(text);
    expect(starts.get('w'.charCodeAt(0))).toEqual([0, 29]);
    expect(starts.get('r'.charCodeAt(0))).toEqual([3]);
    expect(starts.get('s'.charCodeAt(0))).toEqual([6, 35]);
    expect(starts.get('2'.charCodeAt(0))).toEqual([13]);
    expect(starts.get('t'.charCodeAt(0))).toEqual([27]);
    expect(startsWithFolded(text, 0, 'we')).toBe(true);
    expect(startsWithFolded(text, 35, 'se')).toBe(false);
    expect(startsWithFolded(text, 35, 'sé!')).toBe(false); // runs past the end
    expect(candidateStarts(text, starts, groupLeads(['we', 'sorr', 'orders', 'don']))).toEqual([0, 6, 15, 23]);
  });
});
