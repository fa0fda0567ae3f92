// Whole-process timing. Speed on shared machines drifts by 10-25% over minutes, so the cases of a
// group are run in alternating rounds (A B C, C B A, ...) and compared by median; each case also gets
// one extra run under /usr/bin/time for its peak RSS (that run doubles as the warm-up).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HYPERFINE = whichSync('hyperfine');
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function whichSync(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export const timer = () => (HYPERFINE ? `hyperfine ${spawnSync(HYPERFINE, ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ').pop()}` : 'own loop (process.hrtime)');
export const hasGnuTime = () => GNU_TIME !== undefined;

/** Runs a case's prepare command (e.g. deleting a cache) before a timed run. */
function prepare(c) {
  if (c.prepareArgv) spawnSync(c.prepareArgv[0], c.prepareArgv.slice(1), { cwd: c.cwd, stdio: 'ignore' });
}

/** Quotes an argv for hyperfine's -N (no shell) command parser. */
function quote(argv) {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** One run under /usr/bin/time: wall seconds, peak RSS in KiB (when GNU time exists), exit code. */
export function runOnce(c) {
  prepare(c);
  const argv = GNU_TIME ? [GNU_TIME, '-f', '@@RSS %M %U %S', ...c.argv] : c.argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: c.cwd, env: { ...process.env, ...c.env }, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /@@RSS (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
  const stderr = (r.stderr ?? '').replace(/@@RSS [\d. ]+\s*$/, '').trim();
  const code = r.status ?? (r.signal ? 128 : 1);
  return { seconds, rssKiB: m ? Number(m[1]) : undefined, cpu: m ? Number(m[2]) + Number(m[3]) : undefined, code, stderr };
}

/** n timed runs of one case: hyperfine when installed (exact argv, no shell), else a plain loop. */
function timeRuns(c, n) {
  if (!HYPERFINE) {
    const out = [];
    for (let i = 0; i < n; i++) {
      // Under GNU time when there is one: CPU time (user+sys) is steadier than wall time on a shared machine.
      const r = runOnce(c);
      out.push({ seconds: r.seconds, cpu: r.cpu, code: r.code });
    }
    return out;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cl-bench-'));
  const json = join(dir, 'h.json');
  const args = ['-N', '--style', 'none', '--runs', String(n), '-i', '--export-json', json];
  if (c.prepareArgv) args.push('--prepare', quote(c.prepareArgv));
  args.push(quote(c.argv));
  const r = spawnSync(HYPERFINE, args, { cwd: c.cwd, env: { ...process.env, ...c.env }, encoding: 'utf8' });
  try {
    if (r.status !== 0) throw new Error(`hyperfine failed: ${(r.stderr || r.stdout).slice(0, 300)}`);
    const res = JSON.parse(readFileSync(json, 'utf8')).results[0];
    // hyperfine reports CPU time as a mean per command: give each run that mean.
    return res.times.map((t, i) => ({ seconds: t, cpu: res.user + res.system, code: res.exit_codes?.[i] ?? 0 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Times a group of cases in alternating rounds. Each case: {key, argv, cwd?, env?, prepareArgv?,
 * okCodes?, once?}. Returns key -> {times, median, min, max, rssKiB, failed?}.
 */
export function timeGroup(cases, { rounds, perRound, log = () => {} }) {
  const out = new Map();
  for (const c of cases) {
    log(`  ${c.key}: first run (peak RSS)`);
    const first = runOnce(c);
    const ok = c.okCodes ?? [0, 1];
    const failed = ok.includes(first.code) ? undefined : `exit ${first.code}: ${first.stderr.split('\n').slice(0, 3).join(' | ').slice(0, 300)}`;
    // once: a slow peer timed by this single run only.
    const once = c.once && !failed;
    out.set(c.key, { times: once ? [first.seconds] : [], cpu: once && first.cpu !== undefined ? [first.cpu] : [], rssKiB: first.rssKiB, failed, firstSeconds: first.seconds });
  }
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? cases : [...cases].reverse();
    for (const c of order) {
      const entry = out.get(c.key);
      if (entry.failed || c.once) continue;
      log(`  ${c.key}: round ${round + 1}/${rounds}`);
      const runs = timeRuns(c, perRound);
      entry.times.push(...runs.map((t) => t.seconds));
      entry.cpu.push(...runs.filter((t) => t.cpu !== undefined).map((t) => t.cpu));
    }
  }
  for (const entry of out.values()) {
    Object.assign(entry, summarize(entry.times));
    entry.cpuMedian = entry.cpu.length ? summarize(entry.cpu).median : NaN;
  }
  return out;
}

export function summarize(times) {
  if (!times.length) return { median: NaN, min: NaN, max: NaN };
  const s = [...times].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}
