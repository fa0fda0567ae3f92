#!/usr/bin/env node
// After tsc: the word clauses of every built-in phrase entry's regex (src/phrases/regex-words.ts), saved to
// dist/phrases/words.json so a run reads them instead of parsing ~330 regexes (~0.3 ms each) on warm-up.
// Every entry is compiled and length-checked here: a run skips that check for the sources in the file.
// Keyed by flags and source: an entry whose regex is not in the file is read at run time as before.
// With each, the case-folded form of the source (src/phrases/fold-case.ts): see src/phrases/saved-regex.ts.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
// The last build's file would let compileAll skip the checks this build must make.
rmSync(join(dist, 'phrases', 'words.json'), { force: true });
const { builtinRules } = await import(join(dist, 'rules', 'index.js'));
const { phraseTableOf } = await import(join(dist, 'src', 'phrases', 'define.js'));
const { compileAll } = await import(join(dist, 'src', 'phrases', 'table.js'));
const { requiredWords } = await import(join(dist, 'src', 'phrases', 'regex-words.js'));
const { savedKey } = await import(join(dist, 'src', 'phrases', 'saved-regex.js'));
const { foldedSource } = await import(join(dist, 'src', 'phrases', 'fold-case.js'));

const out = {};
for (const rule of builtinRules) {
  const table = phraseTableOf(rule);
  if (!table) continue;
  // Every entry compiles and passes the length check here, so a run skips the check for these sources.
  compileAll(table);
  for (const e of table.entries) {
    if (e.regex === undefined) continue;
    const flags = e.flags ?? 'i';
    // [clauses, folded source]: 1 when folding leaves the source as it is (most: their letters are lower-case).
    const folded = foldedSource(e.regex, flags) ?? null;
    out[savedKey(e.regex, flags)] = [requiredWords(e.regex, flags, { guarded: true }), folded === e.regex ? 1 : folded];
  }
}
mkdirSync(join(dist, 'phrases'), { recursive: true });
writeFileSync(join(dist, 'phrases', 'words.json'), JSON.stringify(out));
process.stdout.write(`build-phrase-words: ${Object.keys(out).length} regexes\n`);
