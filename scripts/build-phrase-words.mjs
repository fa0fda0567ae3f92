#!/usr/bin/env node
// After tsc: the word clauses of every built-in phrase entry's regex (src/phrases/regex-words.ts), saved to
// dist/phrases/words.json so a run reads them instead of parsing ~330 regexes (~0.3 ms each) on warm-up.
// Every entry is compiled and length-checked here: a run skips that check for the sources in the file.
// Keyed by flags and source: an entry whose regex is not in the file is read at run time as before.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
// The last build's file would let compileAll skip the checks this build must make.
rmSync(join(dist, 'phrases', 'words.json'), { force: true });
const { builtinRules } = await import(join(dist, 'rules', 'index.js'));
const { phraseTableOf } = await import(join(dist, 'src', 'phrases', 'define.js'));
const { compileAll } = await import(join(dist, 'src', 'phrases', 'table.js'));
const { requiredWords, wordsKey } = await import(join(dist, 'src', 'phrases', 'regex-words.js'));

const out = {};
for (const rule of builtinRules) {
  const table = phraseTableOf(rule);
  if (!table) continue;
  // Every entry compiles and passes the length check here, so a run skips the check for these sources.
  compileAll(table);
  for (const e of table.entries) {
    if (e.regex === undefined) continue;
    const flags = e.flags ?? 'i';
    out[wordsKey(e.regex, flags)] = requiredWords(e.regex, flags, { guarded: true });
  }
}
mkdirSync(join(dist, 'phrases'), { recursive: true });
writeFileSync(join(dist, 'phrases', 'words.json'), JSON.stringify(out));
process.stdout.write(`build-phrase-words: ${Object.keys(out).length} regexes\n`);
