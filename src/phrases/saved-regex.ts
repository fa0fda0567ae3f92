// What the build read from every built-in phrase regex (scripts/build-phrase-words.mjs), so a run does not
// redo it on warm-up: the word clauses (regex-words.ts) and the case-folded source (fold-case.ts). One file,
// dist/phrases/words.json, keyed by flags and source; absent when running from sources (then each regex is read
// at run time), and an entry whose regex is not in it (a plugin's, a config phrase) is read at run time too.
import { readFileSync } from 'node:fs';
import type { Clause } from './regex-words.js';

/** [clauses, folded]: folded is the rewritten source, 1 when it equals the source, null when it cannot fold. */
type Saved = [Clause[], string | 1 | null];

let saved: Record<string, Saved> | null | undefined;
// dist/src/phrases/ -> dist/phrases/words.json.
const SAVED = new URL('../../phrases/words.json', import.meta.url);

/** The key of a regex in the saved file. */
export function savedKey(source: string, flags: string): string {
  return `${flags}/${source}`;
}

function savedFile(): Record<string, Saved> | null {
  if (saved === undefined) {
    try {
      saved = JSON.parse(readFileSync(SAVED, 'utf8')) as Record<string, Saved>;
    } catch {
      saved = null;
    }
  }
  return saved;
}

/** The build's reading of a built-in regex, or undefined when the build did not see it. */
export function savedRegex(source: string, flags: string): { words: Clause[]; folded: string | null } | undefined {
  const entry = savedFile()?.[savedKey(source, flags)];
  if (entry === undefined) return undefined;
  return { words: entry[0], folded: entry[1] === 1 ? source : entry[1] };
}
