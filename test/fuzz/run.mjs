#!/usr/bin/env node
// The fuzz script: runs the reliability properties (test/fuzz/properties.mjs) on the built dist/ for
// many generated cases and prints how many ran and how many failed, with each failure's seed and input.
//
//   npm run fuzz -- --runs 100000 [--seed 1] [--only replies,libraries] [--jobs 2] [--timeout 60]
//
// Case i of a run uses seed (seed + i), so any failure is replayed alone with
//   npm run fuzz -- --seed <case seed> --runs 1 --only <property>
// which also shrinks it to a small counterexample. Each case runs in a worker thread watched by the
// main thread: a case that hangs longer than --timeout seconds is a failure too (and the worker is
// replaced), because a pathological input must never hang a run.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const DIST = join(ROOT, 'dist');

async function loadContext() {
  const load = (p) => import(pathToFileURL(join(DIST, p)).href);
  const [{ lintText }, { ConfigLoader }, { builtinRules }, { applyFixes, snapSpan }, props] = await Promise.all([
    load('src/api.js'), load('src/config/load.js'), load('rules/index.js'), load('src/engine/fixes.js'), import('./properties.mjs'),
  ]);
  const ctx = props.createContext({ lintText, ConfigLoader, builtinRules, applyFixes, snapSpan });
  return { props, all: props.properties(ctx) };
}

/** The property to run for case i: the --only ones, interleaved by their fuzz weights. */
function schedule(all, only) {
  const chosen = only.length ? all.filter((p) => only.includes(p.id)) : all;
  const slots = [];
  for (const p of chosen) for (let k = 0; k < (only.length === 1 ? 1 : p.fuzzWeight); k++) slots.push(p.id);
  return slots;
}

const clip = (s, n = 600) => (s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s);

// ------------------------------------------------------------------------------------------------
// Worker: runs cases start, start + step, ... and reports each one.

async function workerMain() {
  const { fc, seed, only, indexes } = { fc: (await import('fast-check')).default, ...workerData };
  const { all, props } = await loadContext();
  const byId = new Map(all.map((p) => [p.id, p]));
  const slots = schedule(all, only);
  for (const i of indexes) {
    const property = byId.get(slots[i % slots.length]);
    const caseSeed = seed + i;
    parentPort.postMessage({ type: 'start', i });
    let failure;
    let value;
    try {
      [value] = fc.sample(property.arbitrary, { seed: caseSeed, numRuns: 1 });
      await property.check(value);
    } catch (err) {
      // A broken property says what broke; anything else thrown is the engine crashing: keep its stack.
      const text = err instanceof props.PropertyFailure ? err.message : `threw: ${err?.stack ?? err}`;
      failure = { message: String(text).split('\n').slice(0, 8).join('\n'), input: clip(safeJson(value)) };
    }
    parentPort.postMessage({ type: 'done', i, property: property.id, seed: caseSeed, failure });
  }
  parentPort.postMessage({ type: 'finished' });
}

function safeJson(v) {
  try { return JSON.stringify(v); } catch { return String(v); }
}

// ------------------------------------------------------------------------------------------------
// Main thread: argument parsing, workers, the hang watchdog, the report.

function parseArgs(argv) {
  const opts = { runs: 1000, seed: 1, only: [], jobs: 1, timeout: 60, shrink: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') opts.runs = whole(next(), a);
    else if (a === '--seed') { const v = next(); opts.seed = v === 'random' ? Math.floor(Math.random() * 2 ** 31) : whole(v, a); }
    else if (a === '--only') opts.only = next().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--jobs') { const v = next(); opts.jobs = v === 'auto' ? availableParallelism() : Math.max(1, whole(v, a)); }
    else if (a === '--timeout') opts.timeout = whole(next(), a);
    else if (a === '--no-shrink') opts.shrink = false;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  return opts;
}

function whole(v, flag) {
  if (!/^\d+$/.test(v)) usage(`${flag} expects a whole number, got "${v}"`);
  return Number(v);
}

function usage(error) {
  const text = 'usage: npm run fuzz -- [--runs N] [--seed S|random] [--only replies,libraries,mutations,fixes,hostile] [--jobs N|auto] [--timeout SECONDS] [--no-shrink]';
  if (error) { console.error(`fuzz: ${error}\n${text}`); process.exit(2); }
  console.log(text);
  process.exit(0);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(DIST, 'src', 'api.js'))) {
    console.error('fuzz: dist/ is missing: run `npm run build` first (the fuzz runs on the built JavaScript)');
    process.exit(2);
  }
  const { all, props } = await loadContext();
  const unknown = opts.only.filter((id) => !all.some((p) => p.id === id));
  if (unknown.length) usage(`unknown property ${unknown.join(', ')} (have: ${all.map((p) => p.id).join(', ')})`);

  const started = Date.now();
  const failures = [];
  const counts = new Map();
  let done = 0;
  let nextReport = Math.max(1, Math.floor(opts.runs / 20));
  console.log(`fuzz: ${opts.runs} cases, seed ${opts.seed}, properties ${(opts.only.length ? opts.only : all.map((p) => p.id)).join(', ')}, ${opts.jobs} worker(s)`);

  const record = (msg) => {
    done++;
    const c = counts.get(msg.property) ?? { ran: 0, failed: 0 };
    c.ran++;
    if (msg.failure) {
      c.failed++;
      failures.push(msg);
      console.log(`FAIL case ${msg.i} [${msg.property}] seed ${msg.seed}: ${msg.failure.message.split('\n')[0]}`);
    }
    counts.set(msg.property, c);
    if (done >= nextReport && done < opts.runs) {
      console.log(`  ${done}/${opts.runs} cases, ${failures.length} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      nextReport += Math.max(1, Math.floor(opts.runs / 20));
    }
  };

  const slots = schedule(all, opts.only);
  const runWorker = (indexes) => new Promise((resolveWorker) => {
    if (indexes.length === 0) { resolveWorker(); return; }
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { seed: opts.seed, only: opts.only, indexes } });
    let current;
    let since = Date.now();
    let finished = false;
    const left = new Set(indexes);
    const watchdog = setInterval(() => {
      if (current === undefined || Date.now() - since < opts.timeout * 1000) return;
      // A hung case: record it, replace the worker, go on with the cases after it.
      const i = current;
      clearInterval(watchdog);
      finished = true;
      worker.terminate();
      left.delete(i);
      record({ i, property: slots[i % slots.length], seed: opts.seed + i, failure: { message: `timed out after ${opts.timeout} s (the input hangs the linter)`, input: '(see the seed)' } });
      runWorker([...left]).then(resolveWorker);
    }, 1000);
    worker.on('message', (msg) => {
      if (msg.type === 'start') { current = msg.i; since = Date.now(); }
      else if (msg.type === 'done') { current = undefined; left.delete(msg.i); record(msg); }
      else if (msg.type === 'finished') { finished = true; clearInterval(watchdog); resolveWorker(); }
    });
    worker.on('error', (err) => {
      if (finished) return;
      // The worker itself died (out of memory, a crash outside a check): that case failed.
      finished = true;
      clearInterval(watchdog);
      const i = current ?? [...left][0];
      left.delete(i);
      record({ i, property: slots[i % slots.length], seed: opts.seed + i, failure: { message: `worker crashed: ${String(err?.message ?? err).split('\n')[0]}`, input: '(see the seed)' } });
      runWorker([...left]).then(resolveWorker);
    });
    worker.on('exit', () => { if (!finished) { finished = true; clearInterval(watchdog); resolveWorker(); } });
  });

  const shards = Array.from({ length: opts.jobs }, (_, w) => {
    const idx = [];
    for (let i = w; i < opts.runs; i += opts.jobs) idx.push(i);
    return idx;
  });
  await Promise.all(shards.map(runWorker));
  const seconds = (Date.now() - started) / 1000;

  console.log('');
  for (const [id, c] of [...counts].sort()) console.log(`  ${id.padEnd(10)} ${String(c.ran).padStart(7)} ran ${String(c.failed).padStart(5)} failed`);
  console.log(`fuzz: ${done} cases ran, ${failures.length} failed, in ${seconds.toFixed(1)} s (seed ${opts.seed})`);
  if (failures.length === 0) return;

  failures.sort((a, b) => a.i - b.i);
  console.log('\nfailures:');
  for (const f of failures.slice(0, 20)) {
    console.log(`\n- case ${f.i} [${f.property}] seed ${f.seed}\n  ${f.failure.message.replace(/\n/g, '\n  ')}\n  input: ${f.failure.input}`);
    console.log(`  replay: npm run fuzz -- --seed ${f.seed} --runs 1 --only ${f.property}`);
  }
  if (failures.length > 20) console.log(`\n(${failures.length - 20} more failures not shown)`);
  if (opts.shrink) await shrinkFirst(failures, all, props);
  process.exitCode = 1;
}

/** Shrinks the first failure with fast-check (same seed, one run) to a small counterexample. */
async function shrinkFirst(failures, all) {
  const fc = (await import('fast-check')).default;
  const f = failures.find((x) => !/timed out|worker crashed/.test(x.failure.message));
  if (!f) return;
  const property = all.find((p) => p.id === f.property);
  const out = await fc.check(fc.asyncProperty(property.arbitrary, (v) => property.check(v)), { seed: f.seed, numRuns: 1 });
  if (out.failed) {
    console.log(`\nshrunk counterexample for case ${f.i} [${f.property}] seed ${f.seed}:\n  ${clip(safeJson(out.counterexample?.[0]), 2000)}\n  ${String(out.errorInstance?.message ?? out.error ?? '').split('\n')[0]}`);
  }
}

if (isMainThread) {
  main().catch((err) => { console.error(`fuzz: ${err?.stack ?? err}`); process.exit(2); });
} else {
  workerMain().catch((err) => { throw err; });
}
