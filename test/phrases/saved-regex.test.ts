// dist/phrases/words.json (scripts/build-phrase-words.mjs) holds what a run would otherwise read from each
// built-in phrase regex on warm-up: its word clauses and its case-folded source. Both must be exactly what the
// run-time readers give, or findings change between a built CLI and the sources.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldedSource } from '../../src/phrases/fold-case.js';
import { requiredWords } from '../../src/phrases/regex-words.js';
import { savedKey } from '../../src/phrases/saved-regex.js';

const FILE = new URL('../../dist/phrases/words.json', import.meta.url);

describe('the saved phrase-regex readings (npm test builds dist/ first)', () => {
  const saved = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, [unknown, string | 1 | null]>;
  const entries = Object.entries(saved);

  it('cover every built-in regex, and some fold to a different source, some not at all', () => {
    expect(entries.length).toBeGreaterThan(300);
    expect(entries.filter(([, [, f]]) => typeof f === 'string').length).toBeGreaterThan(50);
    expect(entries.filter(([, [, f]]) => f === null).length).toBeGreaterThan(0);
  });

  it('equal what the readers give at run time', () => {
    for (const [key, [words, folded]] of entries) {
      const slash = key.indexOf('/');
      const flags = key.slice(0, slash);
      const source = key.slice(slash + 1);
      expect(savedKey(source, flags)).toBe(key);
      expect(words).toEqual(requiredWords(source, flags, { guarded: true }));
      const now = foldedSource(source, flags) ?? null;
      expect(folded === 1 ? source : folded).toBe(now);
    }
  });
});
