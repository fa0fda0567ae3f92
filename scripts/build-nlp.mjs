#!/usr/bin/env node
// Builds the fast-loading compromise that src/nlp/compromise.ts uses (run by `npm run build`):
//   dist/nlp/compromise-two.cjs  compromise's "two" code bundled from its sources, minus its data model
//   dist/nlp/model.json          that model as a stock `compromise/two` load leaves it, and the
//                                post-tagger's pattern net that stock builds on its first parse
//   dist/nlp/compromise-two.MODE.cache  V8 code caches of the bundle, made after tagging sample text
//                                under each regexp-compile mode the CLI runs in (src/core/boot.ts)
// A stock load spends ~270 ms computing the model (lexicon unpacking, verb conjugation, deep merges);
// reading it back is one JSON.parse (~20 ms). Before writing, it checks in a fresh process that the two
// give identical terms, tags and offsets on a sample of sentences (with src/nlp/fast-sweep.ts installed); on any doubt it writes nothing and
// the CLI loads stock compromise/two. Without esbuild (a production install) it does nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildOrSkip } from './esbuild-or-skip.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'nlp');
const CODE = join(OUT, 'compromise-two.cjs');
const MODEL = join(OUT, 'model.json');
const log = (s) => process.stderr.write(`build-nlp: ${s}\n`);

const { REGEXP_MODES: CACHE_MODES, START_FLAGS } = await import('../dist/src/core/boot.js');
const cacheFile = (mode) => join(OUT, `compromise-two.${mode}.cache`);

function giveUp(message) {
  for (const f of [CODE, MODEL, `${CODE}.tmp`, `${MODEL}.tmp`, ...Object.keys(CACHE_MODES).map(cacheFile)]) rmSync(f, { force: true });
  log(`${message}\nbuild-nlp: the CLI will load stock compromise/two (~0.25 s slower start)`);
  process.exit(process.argv.includes('--strict') ? 1 : 0);
}

if (process.argv.includes('--verify')) {
  await verify();
  process.exit(0);
}
if (process.argv.includes('--cache')) {
  await makeCodeCache(process.argv[process.argv.indexOf('--cache') + 1]);
  process.exit(0);
}

const esbuild = await esbuildOrSkip(log);

const started = Date.now();
mkdirSync(OUT, { recursive: true });
try {
  await esbuild.build({
    entryPoints: [join(ROOT, 'scripts', 'nlp-entry.mjs')],
    outfile: `${CODE}.tmp`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    logLevel: 'silent',
  });
} catch (err) {
  giveUp(`bundling failed: ${err.message}`);
}

const require = createRequire(import.meta.url);
const stock = require('compromise/two');
let saved;
try {
  const world = stock.world();
  // The lexicon goes apart, packed (words in one string, values by index): JSON.parse of it as an object
  // with 25k keys costs ~30 ms, the packed form ~15 ms with the object built by a loop.
  const model = { ...world.model, one: { ...world.model.one, lexicon: null } };
  saved = serialize({ model, net: world.methods.one.buildNet(world.model.two.matches, world) });
  saved.lexicon = packLexicon(world.model.one.lexicon);
} catch (err) {
  giveUp(`the model cannot be saved: ${err.message}`);
}
writeFileSync(`${MODEL}.tmp`, JSON.stringify(saved));

// Same tags in a fresh process (module state of this one is stock's) before the files go live.
const check = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--verify'], { encoding: 'utf8', env: { ...process.env, BUILD_NLP_SUFFIX: '.tmp' } });
if (check.status !== 0) giveUp(`the bundle does not tag like compromise/two:\n${(check.stderr || check.stdout).slice(0, 2000)}`);
renameSync(`${CODE}.tmp`, CODE);
renameSync(`${MODEL}.tmp`, MODEL);
for (const mode of Object.keys(CACHE_MODES)) {
  const made = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cache', mode], { encoding: 'utf8' });
  // Without a cache the CLI still works, compiling compromise's code as it goes.
  if (made.status !== 0) log(`no ${mode} code cache: ${(made.stderr || made.stdout).slice(0, 500)}`);
}
log(`wrote dist/nlp in ${((Date.now() - started) / 1000).toFixed(1)} s (${check.stdout.trim()})`);

/** { words: 'w1\nw2...', tags: [value index per word], values: [distinct values] }; values shared by identity stay shared. */
function packLexicon(lexicon) {
  const words = Object.keys(lexicon);
  if (words.some((w) => w.includes('\n'))) throw new Error('a lexicon word holds a newline');
  const index = new Map();
  const values = [];
  const tags = words.map((w) => {
    const v = lexicon[w];
    if (typeof v !== 'string' && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) throw new Error(`lexicon.${w} is neither a tag nor a list of tags`);
    if (!index.has(v)) index.set(v, values.push(v) - 1);
    return index.get(v);
  });
  return { words: words.join('\n'), tags, values };
}

/**
 * A value as JSON plus what JSON cannot hold, as paths: regular expressions, Sets of primitives, keys
 * whose value is undefined, and objects reachable twice (restored as the same object). Anything else
 * unusual (functions, Maps, class instances) throws: the saved value would not be the same.
 */
function serialize(root) {
  const regex = [];
  const undef = [];
  const shared = [];
  const sets = [];
  const seen = new Map();
  const copy = (value, path) => {
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new Error(`${path.join('.')} is a ${typeof value}`);
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${path.join('.')} is ${value}`);
      return value;
    }
    if (value instanceof RegExp) {
      regex.push([path, value.source, value.flags]);
      return null;
    }
    if (seen.has(value)) {
      shared.push([path, seen.get(value)]);
      return null;
    }
    seen.set(value, path);
    if (value instanceof Set) {
      const items = [...value];
      if (items.some((v) => v !== null && typeof v === 'object')) throw new Error(`${path.join('.')} is a Set of objects`);
      sets.push([path, items]);
      return null;
    }
    if (Array.isArray(value)) return value.map((v, i) => (v === undefined ? (undef.push([...path, i]), null) : copy(v, [...path, i])));
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new Error(`${path.join('.')} is not a plain object`);
    if (proto === null) throw new Error(`${path.join('.')} has a null prototype`);
    const out = {};
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (v === undefined) undef.push([...path, key]);
      else out[key] = copy(v, [...path, key]);
    }
    return out;
  };
  return { data: copy(root, []), regex, undef, shared, sets };
}

/** --verify: loads the new files the way src/nlp/compromise.ts does and compares with stock tagging. */
async function verify() {
  const suffix = process.env.BUILD_NLP_SUFFIX ?? '';
  const req = createRequire(import.meta.url);
  const { loadSavedNlp } = await import(join(ROOT, 'dist', 'src', 'nlp', 'saved-model.js'));
  const { installFastSweep } = await import(join(ROOT, 'dist', 'src', 'nlp', 'fast-sweep.js'));
  const fast = loadSavedNlp(`${CODE}${suffix}`, `${MODEL}${suffix}`);
  // The CLI installs its faster sweep on this build without probing (src/nlp/compromise.ts): check it here.
  if (!installFastSweep(fast)) {
    process.stderr.write('the fast sweep does not install on the bundle\n');
    process.exit(1);
  }
  const stockNlp = req('compromise/two');
  const sentences = sampleSentences();
  const view = (doc) => JSON.stringify(doc.json({ offset: true, terms: { offset: true } })
    .map((s) => s.terms.map((t) => [t.text, t.pre, t.post, t.normal, t.implicit, t.tags, t.offset, t.chunk, t.machine])));
  let n = 0;
  for (const s of sentences) {
    const a = view(stockNlp(s));
    const b = view(fast(s));
    if (a !== b) {
      process.stderr.write(`differs on: ${s}\nstock: ${a}\nfast:  ${b}\n`);
      process.exit(1);
    }
    n++;
  }
  // The world's other parts must have come out the same too (hooks order, compute names, methods).
  const shape = (w) => JSON.stringify({ hooks: w.hooks, compute: Object.keys(w.compute).sort(), methods: Object.fromEntries(Object.entries(w.methods).map(([k, v]) => [k, Object.keys(v).sort()])) });
  if (shape(stockNlp.world()) !== shape(fast.world())) {
    process.stderr.write(`world differs:\nstock: ${shape(stockNlp.world())}\nfast:  ${shape(fast.world())}\n`);
    process.exit(1);
  }
  process.stdout.write(`${n} sample sentences tag the same`);
}

/**
 * --cache MODE: compiles the bundle under the CLI's V8 flags plus MODE's, tags the sample sentences
 * (so the functions a parse needs get compiled) and saves the code cache.
 */
async function makeCodeCache(mode) {
  const { setFlagsFromString } = await import('node:v8');
  for (const flag of [...START_FLAGS, ...CACHE_MODES[mode]]) setFlagsFromString(flag);
  const { compileSavedCode, assembleSavedNlp } = await import(join(ROOT, 'dist', 'src', 'nlp', 'saved-model.js'));
  const { installFastSweep } = await import(join(ROOT, 'dist', 'src', 'nlp', 'fast-sweep.js'));
  const script = compileSavedCode(CODE);
  const nlp = assembleSavedNlp(script, CODE, MODEL);
  installFastSweep(nlp, true);
  for (const s of sampleSentences()) nlp(s).json({ offset: true, terms: { offset: true } });
  writeFileSync(`${cacheFile(mode)}.tmp`, script.createCachedData());
  renameSync(`${cacheFile(mode)}.tmp`, cacheFile(mode));
}

/** Sentences from the rules' examples, tests, fixtures and README: the kind of text this tool sees. */
function sampleSentences() {
  const texts = [readFileSync(join(ROOT, 'README.md'), 'utf8')];
  for (const dir of ['rules', 'test', 'fixtures/drafts']) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs)) if (/\.(?:ts|txt|md)$/.test(f)) texts.push(readFileSync(join(abs, f), 'utf8'));
  }
  const out = new Set();
  for (const t of texts) {
    for (const m of t.matchAll(/['"`]([A-Z][^'"`\n]{12,300}?[.?!])['"`]/g)) out.add(m[1]);
    for (const line of t.split('\n')) if (/^[A-Z][a-z].{20,300}[.?!]$/.test(line.trim())) out.add(line.trim());
  }
  return [...out];
}
