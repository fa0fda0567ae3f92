#!/usr/bin/env node
// npm run bench [-- --quick] [-- --all] [-- --all-peers] [-- --rounds N] [-- --only cold|real|drafts|20k|1k|10k|big] [-- --baseline PATH/bin/complaintlint.js] [-- --render]
// Times whole complaintlint processes against write-good, alex and proselint on the same replies (real
// ones from ../shared/corpus written at bench time, and generated ones), prints a markdown table with
// ratios and the issue-7 and issue-13 targets, and writes bench/RESULTS.md (quick mode:
// bench/out/RESULTS-quick.md). Build first (npm run build): this times dist/. A full run takes ~5 minutes
// on a quiet 2-core machine; --quick ~1; the generated 10k and big groups run with --all (or --only).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureData, OUT } from './lib/data.mjs';
import { hasGnuTime, runOnce, timeGroup, timer } from './lib/timing.mjs';
import { renderReport } from './lib/report.mjs';
import { addRealGroups } from './lib/real-groups.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const all = args.includes('--all');
const benchStart = Date.now();
const allPeers = args.includes('--all-peers');
const roundsArg = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : undefined;
const log = (s) => process.stderr.write(`${s}\n`);
// --only hostile: issue 15's hostile-input group lives in its own module (bench/hostile.mjs).
if (args.includes('--only') && args[args.indexOf('--only') + 1] === 'hostile') await import('./hostile.mjs').then((m) => m.main(args)).then(() => process.exit(0));

if (args.includes('--render')) {
  // Re-renders bench/RESULTS.md (or the quick one) from the last run's raw figures.
  const saved = JSON.parse(readFileSync(join(OUT, quick ? 'results-quick.json' : 'results.json'), 'utf8'));
  const report = renderReport({ ...saved, results: new Map(Object.entries(saved.results)) });
  process.stdout.write(report);
  writeFileSync(quick ? join(OUT, 'RESULTS-quick.md') : join(root, 'bench', 'RESULTS.md'), report);
  process.exit(0);
}

const bin = join(root, 'bin', 'complaintlint.js');
if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) {
  log('bench: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
warnIfStale();

const node = process.execPath;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const big = all || only === '10k' || only === 'big';
const data = ensureData(quick || !big ? ['one', 'clean', 'tagged', '1k'] : ['one', 'clean', 'tagged', '1k', '10k', 'macros', 'huge'], log);
const build = buildState();
const cl = (...a) => [node, bin, ...a];
const rel = (p) => relative(root, p);
const peers = detectPeers();
const features = detectFeatures();

// write-good's exit code is its suggestion count (mod 256): any exit is a finished run.
const ANY = Array.from({ length: 256 }, (_, i) => i);
// write-good takes files, not directories: the .txt files of dir and of its subdirectories (10k/partN).
const wgFiles = (dir) => {
  const subs = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `"${rel(join(dir, e.name))}"/*.txt`);
  return ['sh', '-c', `exec "${node}" "${peers.writeGood.bin}" ${subs.length ? subs.join(' ') : `"${rel(dir)}"/*.txt`}`];
};
const proseCache = join(OUT, '.proselint-cache');
const prose = (target) => ({ argv: [peers.proselint.bin, rel(target)], env: { XDG_CACHE_HOME: proseCache }, prepareArgv: ['rm', '-rf', proseCache] });
const cacheFile = (name) => join(OUT, `.complaintlintcache-${name}`);

const groups = [];
// 1. Cold start: one typical reply (a draft in a pre-commit hook).
groups.push({
  name: 'cold', rounds: roundsArg ?? (quick ? 2 : 5), perRound: quick ? 2 : 3,
  cases: [
    { key: 'cl-1', argv: cl(rel(data.one)) },
    { key: 'cl-1-clean', argv: cl(rel(data.clean)) },
    { key: 'cl-1-tagged', argv: cl(rel(data.tagged)) },
    // What each start-up measure is worth: without the bundle, and without the saved compromise model.
    !quick && build.bundle && { key: 'cl-1-modules', argv: cl(rel(data.one)), env: { COMPLAINTLINT_BUNDLE: '0' } },
    !quick && build.nlp && { key: 'cl-1-tagged-stock', argv: cl(rel(data.tagged)), env: { COMPLAINTLINT_STOCK_NLP: '1' } },
    peers.writeGood && { key: 'wg-1', argv: [node, peers.writeGood.bin, rel(data.one)], okCodes: ANY },
    peers.writeGood && { key: 'wg-1-clean', argv: [node, peers.writeGood.bin, rel(data.clean)], okCodes: ANY },
    peers.writeGood && { key: 'wg-1-tagged', argv: [node, peers.writeGood.bin, rel(data.tagged)], okCodes: ANY },
    peers.alex && { key: 'alex-1', argv: [node, peers.alex.bin, rel(data.one)], once: quick },
    peers.proselint && { key: 'prose-1', ...prose(data.one) },
  ],
});
// 2. 1,000 replies in one process (and with --jobs 2, and the complaint preset).
groups.push({
  name: '1k', rounds: roundsArg ?? (quick ? 1 : 3), perRound: 1,
  cases: [
    { key: 'cl-1k', argv: cl(rel(data['1k'])) },
    { key: 'cl-1k-complaint', argv: cl('--preset', 'complaint', '--kind', 'complaint', rel(data['1k'])), once: quick },
    features.jobs && { key: 'cl-1k-j2', argv: cl('--jobs', '2', rel(data['1k'])) },
    peers.writeGood && { key: 'wg-1k', argv: wgFiles(data['1k']), okCodes: ANY },
    !quick && peers.alex && { key: 'alex-1k', argv: [node, peers.alex.bin, rel(data['1k'])] },
    // proselint needs minutes for 1,000 replies: one run.
    !quick && peers.proselint && { key: 'prose-1k', ...prose(data['1k']), once: true },
    quick && { key: 'cl-1k-cache', argv: cl('--cache', '--cache-location', cacheFile('1k'), rel(data['1k'])), setup: () => rmSync(cacheFile('1k'), { force: true }) },
  ],
});
// 3-5. Real-length inputs beside write-good (bench/lib/real-groups.mjs): real replies, short drafts, 20k files.
// --baseline PATH: another build's bin/complaintlint.js (e.g. main's, built elsewhere) timed beside this one.
const baseline = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : undefined;
if (baseline && !existsSync(baseline)) {
  log(`bench: --baseline ${baseline} does not exist (give another build's bin/complaintlint.js).`);
  process.exit(2);
}
const hasReal = await addRealGroups({ OUT, quick, roundsArg, cl, rel, node, bin, peers, wgFiles, ANY, groups, info: data.info, baseline });
if (!quick && big) {
  // 6. 10,000 replies: serial, --jobs 2, a --cache re-run with nothing changed.
  groups.push({
    name: '10k', rounds: roundsArg ?? 3, perRound: 1,
    cases: [
      { key: 'cl-10k', argv: cl(rel(data['10k'])) },
      features.jobs && { key: 'cl-10k-j2', argv: cl('--jobs', '2', rel(data['10k'])) },
      // The ceiling for --jobs 2: two independent processes, one per half of the files, at once.
      { key: 'cl-10k-halves', argv: ['sh', '-c', `"${node}" "${bin}" "${rel(data['10k'])}/part1" >/dev/null & "${node}" "${bin}" "${rel(data['10k'])}/part2" >/dev/null; wait`] },
      { key: 'cl-10k-cache', argv: cl('--cache', '--cache-location', cacheFile('10k'), rel(data['10k'])), setup: () => rmSync(cacheFile('10k'), { force: true }) },
      peers.writeGood && { key: 'wg-10k', argv: wgFiles(data['10k']), okCodes: ANY },
      allPeers && peers.alex && { key: 'alex-10k', argv: [node, peers.alex.bin, rel(data['10k'])], once: true },
      allPeers && peers.proselint && { key: 'prose-10k', ...prose(data['10k']), once: true },
    ],
  });
  // 7. The same 10,000 replies as one Zendesk-style JSON library; one 1M-word document.
  groups.push({
    name: 'big', rounds: 1, perRound: 1,
    cases: [
      { key: 'cl-macros', argv: cl(rel(data.macros)) },
      { key: 'cl-huge', argv: cl(rel(data.huge)) },
    ],
  });
}

const loadStart = loadavg()[0];
const capacityStart = quick ? undefined : await parallelCapacity();
const results = new Map();
// --only GROUP: time one group again and keep the other figures of the last full run.
if (only) {
  try {
    const saved = JSON.parse(readFileSync(join(OUT, quick ? 'results-quick.json' : 'results.json'), 'utf8'));
    for (const [k, v] of Object.entries(saved.results)) results.set(k, v);
  } catch { /* no earlier run: just this group */ }
}
for (const g of groups.filter((x) => !only || x.name === only)) {
  const cases = g.cases.filter(Boolean);
  log(`\n== ${g.name}: ${cases.map((c) => c.key).join(', ')}`);
  for (const c of cases) c.setup?.();
  for (const [k, v] of timeGroup(cases, { rounds: g.rounds, perRound: g.perRound, log })) results.set(k, v);
}

const stats = parseStats();
const capacityEnd = quick ? undefined : await parallelCapacity();
const cacheWritten = existsSync(cacheFile(quick ? '1k' : '10k'));
const context = {
  quick, results: Object.fromEntries(results), info: data.info, peers, stats, build,
  machine: machineLine(),
  load: { start: loadStart, end: loadavg()[0] },
  capacity: quick ? undefined : [capacityStart, capacityEnd],
  notes: [
    !buildState().bundle && build.bundle && 'dist/ was rebuilt during the run, so dist/bundle went stale: later rows ran from dist/src.',
    !features.jobs && '`--jobs` is not implemented yet (no worker-thread code in dist/): its rows are missing.',
    (quick || big) && !cacheWritten && '`--cache` wrote no cache file: the cache rows time a normal run.',
    !quick && !big && 'the generated 10k and big groups (issue 7) run with `--all`: their rows and targets are missing.',
    !peers.alex && 'alex is not installed (npm install -D alex): its columns are missing.',
    !peers.proselint && 'proselint is not installed (apt-get install python3-proselint): its columns are missing.',
    !allPeers && !quick && big && 'alex and proselint on 10k replies are skipped (slow); run with `--all-peers` to include them.',
    !hasReal && 'the shared corpus (../shared/corpus) is missing: the real-reply rows are missing.',
    `the whole bench took ${((Date.now() - benchStart) / 60000).toFixed(1)} minutes.`,
  ].filter(Boolean),
};
// The raw figures, so `--render` can redo the markdown without timing anything again.
writeFileSync(join(OUT, quick ? 'results-quick.json' : 'results.json'), JSON.stringify(context, null, 2));
const report = renderReport({ ...context, results: new Map(Object.entries(context.results)) });
process.stdout.write(report);
const target = quick ? join(OUT, 'RESULTS-quick.md') : join(root, 'bench', 'RESULTS.md');
writeFileSync(target, report);
log(`\nwritten to ${relative(root, target)}`);

/** Whether the start-up parts of the build are there: dist/bundle (fresh) and dist/nlp. */
function buildState() {
  let bundle = false;
  try {
    const stamp = JSON.parse(readFileSync(join(root, 'dist', 'bundle', 'stamp.json'), 'utf8'));
    const check = spawnSync(node, ['--input-type=module', '-e', `import { stampMatches } from ${JSON.stringify(join(root, 'bin', 'bundle.js'))}; process.exit(stampMatches(${JSON.stringify(stamp)}) ? 0 : 1)`]);
    bundle = check.status === 0;
  } catch { /* no bundle */ }
  const nlp = existsSync(join(root, 'dist', 'nlp', 'model.json'));
  const note = `complaintlint ran from ${bundle ? 'dist/bundle (one script + code cache)' : 'dist/src (no fresh bundle)'}`
    + ` with ${nlp ? 'the saved compromise model (dist/nlp)' : 'stock compromise/two'}`;
  return { bundle, nlp, note };
}

/**
 * How much faster two CPU-bound processes get through work than one, right now: 2.0 on two idle cores,
 * ~1.0 when the second core is busy with something else. --jobs cannot beat this.
 */
function parallelCapacity() {
  // A fixed amount of CPU work (~1 s); capacity = 2 x (best time alone) / (time for two at once).
  const work = 'let h=0;for(let i=0;i<3e8;i++)h=(h*31+i)|0;process.stdout.write(String(h))';
  const run = () => new Promise((res) => {
    const t0 = process.hrtime.bigint();
    spawn(node, ['-e', work], { stdio: 'ignore' }).on('close', () => res(Number(process.hrtime.bigint() - t0) / 1e9));
  });
  return (async () => {
    const alone = Math.min(await run(), await run());
    const both = Math.max(...(await Promise.all([run(), run()])));
    return Math.min(2, (2 * alone) / both);
  })();
}

function detectPeers() {
  const found = {};
  const pkg = (name) => {
    try { return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')); } catch { return undefined; }
  };
  const wg = pkg('write-good');
  if (wg) found.writeGood = { bin: join(root, 'node_modules', 'write-good', 'bin', 'write-good.js'), version: wg.version };
  const alex = pkg('alex');
  if (alex) found.alex = { bin: join(root, 'node_modules', 'alex', typeof alex.bin === 'string' ? alex.bin : alex.bin.alex), version: alex.version };
  const p = spawnSync('sh', ['-c', 'command -v proselint'], { encoding: 'utf8' });
  if (p.status === 0) {
    const v = spawnSync(p.stdout.trim(), ['--version'], { encoding: 'utf8' });
    found.proselint = { bin: p.stdout.trim(), version: (v.stdout || '').trim().split(/\s+/).pop() };
  }
  return found;
}

/** --jobs/--cache are another issue's work: time them only when dist/ has them. */
function detectFeatures() {
  const grep = spawnSync('grep', ['-rlE', 'worker_threads', join(root, 'dist', 'src')], { encoding: 'utf8' });
  return { jobs: grep.status === 0 && grep.stdout.trim() !== '' };
}

/** COMPLAINTLINT_STATS=1 on the 1k set (and the real replies): tagger use, pairs the trigger index skipped. */
function parseStats() {
  const r = runOnce({ key: 'stats', argv: cl(rel(data['1k'])), cwd: root, env: { COMPLAINTLINT_STATS: '1' } });
  const line = r.stderr.split('\n').find((l) => l.startsWith('complaintlint stats:'));
  const out = { line: line ? line.replace('complaintlint stats: ', '') : undefined };
  const r2 = runOnce({ key: 'stats', argv: cl('--preset', 'complaint', '--kind', 'complaint', rel(data['1k'])), cwd: root, env: { COMPLAINTLINT_STATS: '1' } });
  const line2 = r2.stderr.split('\n').find((l) => l.startsWith('complaintlint stats:'));
  out.complaint = line2 ? line2.replace('complaintlint stats: ', '') : undefined;
  if (data.info.real) {
    const r3 = runOnce({ key: 'stats', argv: cl(rel(join(OUT, 'real'))), cwd: root, env: { COMPLAINTLINT_STATS: '1' } });
    const line3 = r3.stderr.split('\n').find((l) => l.startsWith('complaintlint stats:'));
    out.real = line3 ? line3.replace('complaintlint stats: ', '') : undefined;
  }
  return out;
}

function machineLine() {
  const cpu = cpus();
  const model = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/) ?? [])[1] ?? cpu[0]?.model ?? 'unknown CPU';
  return `${model.trim()}, ${cpu.length} cores, Linux ${release()}, Node ${process.version}, timed with ${timer()}${hasGnuTime() ? ', peak RSS from /usr/bin/time' : ''}`;
}

function warnIfStale() {
  const newest = (dir) => {
    let t = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }
    return t;
  };
  const src = Math.max(newest(join(root, 'src')), newest(join(root, 'rules')));
  const built = statSync(join(root, 'dist', 'src', 'cli', 'main.js')).mtimeMs;
  if (src > built + 1000) log('bench: note: src/ or rules/ changed after the last build; `npm run build` to time the current code.');
}
