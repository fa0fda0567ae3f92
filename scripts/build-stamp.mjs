// What dist/ was built from: one hash over the build's inputs (src/, rules/, scripts/, bin/, tsconfig.json),
// written to dist/build-stamp.json as the last step of `npm run build`. `scripts/build-if-stale.mjs` compares
// it before building, so an install, `npx complaintlint` or `npm test` in a checkout whose dist/ is current
// never rebuilds, and a release tag that carries dist/ installs with no build tools.
// Dependencies are not inputs: a release's dist/ must stay usable when npm installs a newer patch of one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const STAMP = join(ROOT, 'dist', 'build-stamp.json');
const INPUTS = ['src', 'rules', 'scripts', 'bin', 'tsconfig.json'];

function* files(path) {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (err) {
    if (err.code === 'ENOTDIR') { yield path; return; }
    if (err.code === 'ENOENT') return;
    throw err;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.isDirectory()) yield* files(join(path, e.name));
    else if (e.isFile()) yield join(path, e.name);
  }
}

/** sha256 over every input file's path and bytes. */
export function inputsHash() {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(join(ROOT, input))) {
      hash.update(relative(ROOT, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

/** The recorded hash, or undefined when dist/ has no stamp. */
export function recordedHash() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')).inputs;
  } catch {
    return undefined;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--write')) {
  writeFileSync(STAMP, JSON.stringify({ inputs: inputsHash() }, null, 2) + '\n');
}
