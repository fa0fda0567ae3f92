#!/usr/bin/env node
// Speed work must not change what complaintlint reports. Runs the built CLI with `-f json` over every
// corpus (real replies one file each, the real replies as one macro library, the labelled drafts, the
// trainer phrases, the macros corpus; default and complaint presets) and either saves the outputs
// (--save NAME) or compares them byte for byte with a saved set (--compare NAME).
//   node bench/same-output.mjs --save before   (on the old build)
//   node bench/same-output.mjs --compare before (on the new build): exit 1 on any difference
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { OUT } from './lib/data.mjs';
import { CORPUS, writeDrafts, writeRealMacros, writeRealReplies } from './lib/corpus.mjs';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const save = args.includes('--save') ? args[args.indexOf('--save') + 1] : undefined;
const compare = args.includes('--compare') ? args[args.indexOf('--compare') + 1] : undefined;
if (!save && !compare) {
  process.stderr.write('usage: node bench/same-output.mjs --save NAME | --compare NAME\n');
  process.exit(2);
}
const rel = (p) => relative(root, p);
const real = writeRealReplies(OUT);
const macros = writeRealMacros(OUT);
const drafts = writeDrafts(OUT, 'drafts', 'labeled-dev.jsonl');
const trainers = writeDrafts(OUT, 'trainers', 'trainer-phrases-dev.jsonl');
const runs = [
  ['real', [rel(real.dir)]],
  ['real-complaint', ['--preset', 'complaint', '--kind', 'complaint', rel(real.dir)]],
  ['real-macros', [rel(macros.file)]],
  ['real-macros-complaint', ['--preset', 'complaint', '--kind', 'complaint', rel(macros.file)]],
  ['drafts', [rel(drafts.dir)]],
  ['drafts-complaint', ['--preset', 'complaint', '--kind', 'complaint', rel(drafts.dir)]],
  ['trainers', [rel(trainers.dir)]],
  ['macros-corpus', [rel(join(CORPUS, 'macros'))]],
  ['real-j2', ['--jobs', '2', rel(real.dir)]],
];
const dir = join(OUT, 'same-output', save ?? compare);
mkdirSync(dir, { recursive: true });
let differ = 0;
for (const [name, argv] of runs) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'complaintlint.js'), '--no-config', '-f', 'json', ...argv],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const out = `exit ${r.status}\n${r.stdout}`;
  const file = join(dir, `${name}.json`);
  if (save) {
    writeFileSync(file, out);
    process.stdout.write(`${name}: saved ${out.length} bytes (exit ${r.status})\n`);
  } else {
    if (!existsSync(file)) { process.stdout.write(`${name}: no saved output\n`); differ++; continue; }
    const same = readFileSync(file, 'utf8') === out;
    if (!same) { differ++; writeFileSync(join(dir, `${name}.now.json`), out); }
    process.stdout.write(`${name}: ${same ? 'identical' : 'DIFFERS'} (${out.length} bytes, exit ${r.status})\n`);
  }
}
if (compare) process.stdout.write(differ ? `${differ} of ${runs.length} outputs differ\n` : `all ${runs.length} outputs byte-identical\n`);
process.exit(differ ? 1 : 0);
