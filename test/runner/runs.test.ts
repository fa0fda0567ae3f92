// Large-run features end to end: --cache (second run lints nothing, a config or version change
// re-lints everything, a corrupt cache is rebuilt, an unwritable one is not fatal), --jobs
// (byte-identical to a serial run on 2,000 files), --shard (the shards' union is the full run),
// and baselines (create, use, prune).
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../helpers/cli.js';
import { cliAsync } from '../helpers/pipelines.js';
import { workerCount, AUTO_MIN_FILES } from '../../src/runner/workers.js';
import { shardFiles } from '../../src/runner/shard.js';
import { applyBaseline, createBaseline, pruneBaseline } from '../../src/runner/baseline.js';
import type { LintResult } from '../../src/types.js';

const BAD = 'Hi Ann,\n\nSorry for the wait on your order. Is there anything else wrong?\n';
const WORSE = 'Hi Ann,\n\nSorry for the wait. Is there anything else wrong? Are there any other problems?\n';
const GOOD = 'Hello,\n\nYour refund is on its way and should reach your card in three working days.\n';

/** n small replies, about a quarter with a finding, some in subdirectories. */
function library(n: number): string {
  const files: Record<string, string> = {};
  for (let i = 1; i <= n; i++) {
    const dir = i % 3 === 0 ? 'team-b/' : i % 7 === 0 ? 'team-c/deep/' : '';
    files[`${dir}reply-${String(i).padStart(4, '0')}.txt`] = i % 4 === 0 ? BAD.replace('order', `order ${i}`) : GOOD.replace('refund', `refund ${i}`);
  }
  return tempTree(files);
}

const verboseCount = (stderr: string) => {
  const m = /linted (\d+) files?, (\d+) from cache/.exec(stderr);
  return m ? { linted: Number(m[1]), cached: Number(m[2]) } : undefined;
};

describe('--cache', () => {
  it('lints nothing on an unchanged second run, only the changed file after an edit, and everything after a config change', async () => {
    const dir = library(12);
    const first = await cliAsync(['--cache', '--verbose', '-f', 'json', '.'], { cwd: dir });
    expect(verboseCount(first.stderr)).toEqual({ linted: 12, cached: 0 });
    expect(existsSync(join(dir, '.complaintlintcache'))).toBe(true);

    const second = await cliAsync(['--cache', '--verbose', '-f', 'json', '.'], { cwd: dir });
    expect(verboseCount(second.stderr)).toEqual({ linted: 0, cached: 12 });
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);

    writeFileSync(join(dir, 'reply-0001.txt'), BAD);
    const edited = await cliAsync(['--cache', '--verbose', '-f', 'json', '.'], { cwd: dir });
    expect(verboseCount(edited.stderr)).toEqual({ linted: 1, cached: 11 });
    expect(JSON.parse(edited.stdout)[0].errorCount).toBe(1);

    writeFileSync(join(dir, '.complaintlintrc.json'), JSON.stringify({ rules: { 'negative-follow-up': 'warn' } }));
    const reconfigured = await cliAsync(['--cache', '--verbose', '-f', 'json', '.'], { cwd: dir });
    expect(verboseCount(reconfigured.stderr)).toEqual({ linted: 12, cached: 0 });
    const results = JSON.parse(reconfigured.stdout) as LintResult[];
    expect(results.every((r) => r.errorCount === 0)).toBe(true);
    expect(results.reduce((n, r) => n + r.warningCount, 0)).toBeGreaterThan(0);

    // Command-line rule overrides are part of the key too.
    const overridden = await cliAsync(['--cache', '--verbose', '--rule', 'negative-follow-up:off', '-f', 'json', '.'], { cwd: dir });
    expect(verboseCount(overridden.stderr)).toEqual({ linted: 12, cached: 0 });
  });

  it('rebuilds a cache written by another version, or a corrupt one, and never fails on it', async () => {
    const dir = library(5);
    await cliAsync(['--cache', '-f', 'json', '.'], { cwd: dir });
    const cacheFile = join(dir, '.complaintlintcache');
    const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
    writeFileSync(cacheFile, JSON.stringify({ ...data, complaintlint: '0.0.0-older' }));
    const other = await cliAsync(['--cache', '--verbose', '-f', 'json', '.'], { cwd: dir });
    expect(other.stderr).toContain('cache was written by complaintlint 0.0.0-older; rebuilding it');
    expect(verboseCount(other.stderr)).toEqual({ linted: 5, cached: 0 });

    for (const junk of ['{"format": 1, "complaintl', '\u0000\u0001binary', '[]', '{"format":1,"complaintlint":"x","files":{"reply-0001.txt":{"key":1}}}']) {
      writeFileSync(cacheFile, junk);
      const r = await cliAsync(['--cache', '--verbose', '-f', 'compact', '.'], { cwd: dir });
      expect(r.status).toBe(1);
      expect(verboseCount(r.stderr)).toEqual({ linted: 5, cached: 0 });
    }
    const again = await cliAsync(['--cache', '--verbose', '-f', 'compact', '.'], { cwd: dir });
    expect(verboseCount(again.stderr)).toEqual({ linted: 0, cached: 5 });
  });

  it('takes --cache-location as a file or a directory, and only warns when the cache cannot be written', async () => {
    const dir = library(3);
    mkdirSync(join(dir, 'cachedir'));
    writeFileSync(join(dir, 'not-a-dir'), 'x');
    const [inFile, inDir, unwritable] = await Promise.all([
      cliAsync(['--cache', '--cache-location', 'tmp/lint.cache', '-f', 'compact', '.'], { cwd: dir }),
      cliAsync(['--cache', '--cache-location', 'cachedir', '-f', 'compact', '.'], { cwd: dir }),
      cliAsync(['--cache', '--verbose', '--cache-location', 'not-a-dir/cache', '-f', 'compact', '.'], { cwd: dir }),
    ]);
    expect(existsSync(join(dir, 'tmp/lint.cache'))).toBe(true);
    expect(inFile.status).toBe(0);
    expect(inDir.status).toBe(0);
    const second = await cliAsync(['--cache', '--verbose', '--cache-location', 'cachedir', '-f', 'compact', '.'], { cwd: dir });
    expect(verboseCount(second.stderr)).toEqual({ linted: 0, cached: 3 });
    expect(unwritable.status).toBe(0);
    expect(unwritable.stderr).toMatch(/could not write the cache .*not-a-dir\/cache/);
  });
});

describe('--jobs', () => {
  it('chooses serial for small runs and one worker per core for large ones', () => {
    expect(workerCount(undefined, 5000)).toBe(1);
    expect(workerCount('auto', AUTO_MIN_FILES - 1)).toBe(1);
    expect(workerCount('auto', 5000)).toBeGreaterThanOrEqual(1);
    expect(workerCount(4, 3)).toBe(3);
    expect(workerCount(2, 2000)).toBe(2);
    expect(workerCount(1, 2000)).toBe(1);
  });

  it('gives byte-identical JSON and the same exit code as a serial run on 2,000 files', async () => {
    const dir = library(2000);
    // One file that cannot be read as text: its fatal result must land in the same place too.
    writeFileSync(join(dir, 'team-b/binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0xff]));
    const [serial, parallel] = await Promise.all([
      cliAsync(['-f', 'json', '.'], { cwd: dir }),
      cliAsync(['-f', 'json', '--jobs', '2', '--verbose', '.'], { cwd: dir }),
    ]);
    expect(serial.status).toBe(2);
    expect(parallel.status).toBe(serial.status);
    expect(parallel.stdout.length).toBeGreaterThan(100_000);
    expect(parallel.stdout === serial.stdout).toBe(true);
    expect(parallel.stderr).toContain('linted 2001 files');
    const results = JSON.parse(parallel.stdout) as LintResult[];
    expect(results).toHaveLength(2001);
    expect(results.filter((r) => r.errorCount > 0)).toHaveLength(501);
  }, 120_000);

  it('reports a config error from a worker as a serial run does (exit 2)', async () => {
    const dir = library(60);
    writeFileSync(join(dir, '.complaintlintrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    const [serial, parallel] = await Promise.all([
      cliAsync(['-f', 'json', '.'], { cwd: dir }),
      cliAsync(['-f', 'json', '-j', 'auto', '.'], { cwd: dir }),
    ]);
    expect(serial.status).toBe(2);
    expect(parallel.status).toBe(2);
    expect(parallel.stderr).toBe(serial.stderr);
  });
});

describe('--shard', () => {
  it('splits the sorted file list deterministically and evenly', () => {
    const files = Array.from({ length: 10 }, (_, i) => `/p/f${i}.txt`);
    const shards = [1, 2, 3].map((index) => shardFiles(files, { index, count: 3 }, '/p'));
    expect(shards.map((s) => s.length)).toEqual([4, 3, 3]);
    expect(shards.flat().sort()).toEqual([...files].sort());
    expect(shardFiles([...files].reverse(), { index: 2, count: 3 }, '/p').sort()).toEqual(shards[1]!.sort());
  });

  it('lints every file exactly once across the shards, and their union equals a single run', async () => {
    const dir = library(90);
    const [full, ...parts] = await Promise.all([
      cliAsync(['-f', 'json', '.'], { cwd: dir }),
      ...[1, 2, 3].map((i) => cliAsync(['-f', 'json', '--shard', `${i}/3`, '.'], { cwd: dir })),
    ]);
    const all = JSON.parse(full.stdout) as LintResult[];
    const shards = parts.map((p) => JSON.parse(p.stdout) as LintResult[]);
    expect(shards.map((s) => s.length)).toEqual([30, 30, 30]);
    const union = shards.flat().sort((a, b) => (a.filePath < b.filePath ? -1 : 1));
    expect(JSON.stringify(union)).toBe(JSON.stringify(all));
    expect(parts.some((p) => p.status === 1)).toBe(true);
  });

  it('rejects a malformed shard', async () => {
    const r = await cliAsync(['--shard', '4/3', '.'], { cwd: library(2) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--shard|I\/N/);
  });
});

describe('baselines', () => {
  const FOLLOW_UP = 'This closing question invites more complaints. Offer further help instead.';

  it('records each finding by rule, message, words and neighbourhood, then reports only new findings', async () => {
    const dir = tempTree({ 'a.txt': BAD, 'b.txt': WORSE, 'c.txt': GOOD });
    const created = await cliAsync(['--baseline-create', 'baseline.json', '-f', 'compact', '.'], { cwd: dir });
    expect(created.status).toBe(0);
    expect(created.stdout).toBe('');
    expect(created.stderr).toContain('recorded 3 findings in 2 files to baseline.json');
    const recorded = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(recorded.format).toBe(2);
    expect(Object.keys(recorded.files)).toEqual(['a.txt', 'b.txt']);
    expect(recorded.files['b.txt'].map((e: { rule: string; message: string; text: string }) => [e.rule, e.message, e.text])).toEqual([
      ['negative-follow-up', FOLLOW_UP, 'Are there any other problems?'],
      ['negative-follow-up', FOLLOW_UP, 'Is there anything else wrong?'],
    ]);
    expect(recorded.files['a.txt'][0].context).toMatch(/^[0-9a-f]{12}$/);

    const unchanged = await cliAsync(['--baseline', 'baseline.json', '.'], { cwd: dir });
    expect(unchanged.status).toBe(0);
    expect(unchanged.stdout).toBe('✔ No problems (3 files, 3 replies). 3 findings suppressed by the baseline.\n');

    writeFileSync(join(dir, 'a.txt'), WORSE);
    writeFileSync(join(dir, 'c.txt'), BAD);
    const grown = await cliAsync(['--baseline', 'baseline.json', '-f', 'compact', '.'], { cwd: dir });
    expect(grown.status).toBe(1);
    expect(grown.stdout.trim().split('\n')).toEqual([
      `a.txt:3:51: error ${FOLLOW_UP} [negative-follow-up]`,
      `c.txt:3:35: error ${FOLLOW_UP} [negative-follow-up]`,
    ]);
  });

  it('a new finding above an old one is reported where it is, at line 1, and the old one stays suppressed', async () => {
    const old = 'Thanks for waiting.\n\nIs there anything else wrong?\n';
    const dir = tempTree({ 'a.txt': old });
    await cliAsync(['--baseline-create', 'baseline.json', 'a.txt'], { cwd: dir });
    writeFileSync(join(dir, 'a.txt'), `Is there anything else wrong?\n${old}`);
    const [stylish, json] = await Promise.all([
      cliAsync(['--baseline', 'baseline.json', 'a.txt'], { cwd: dir }),
      cliAsync(['--baseline', 'baseline.json', '-f', 'json', 'a.txt'], { cwd: dir }),
    ]);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toMatch(/^\na\.txt\n {2}1:1 +error +This closing question/);
    expect(stylish.stdout).toContain('\n  1 finding suppressed by the baseline.\n');
    const [result] = JSON.parse(json.stdout);
    expect(result.messages.map((m: { line: number; ruleId: string }) => [m.line, m.ruleId])).toEqual([[1, 'negative-follow-up']]);
    expect(result.suppressedByBaseline).toBe(1);
  });

  it('a recorded finding still matches when lines move or the words around it change', async () => {
    const dir = tempTree({ 'a.txt': BAD });
    await cliAsync(['--baseline-create', 'baseline.json', 'a.txt'], { cwd: dir });
    writeFileSync(join(dir, 'a.txt'), `A new first line.\n\n${BAD.replace('Sorry for the wait on your order.', 'Sorry for the delay with the order.')}`);
    const r = await cliAsync(['--baseline', 'baseline.json', '-f', 'json', 'a.txt'], { cwd: dir });
    const [result] = JSON.parse(r.stdout);
    expect([result.messages, result.suppressedByBaseline]).toEqual([[], 1]);
  });

  it('--baseline-prune drops what no longer occurs, so a fixed finding cannot come back unnoticed', async () => {
    const dir = tempTree({ 'a.txt': BAD, 'b.txt': WORSE, 'gone.txt': BAD });
    await cliAsync(['--baseline-create', 'baseline.json', '.'], { cwd: dir });
    writeFileSync(join(dir, 'a.txt'), GOOD);
    writeFileSync(join(dir, 'b.txt'), BAD);
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'gone.txt'));
    const pruned = await cliAsync(['--baseline', 'baseline.json', '--baseline-prune', '-f', 'compact', '.'], { cwd: dir });
    expect(pruned.status).toBe(0);
    expect(pruned.stderr).toContain('pruned 3 findings that no longer occur from baseline.json');
    const files = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).files;
    expect(Object.keys(files)).toEqual(['b.txt']);
    expect(files['b.txt'].map((e: { text: string }) => e.text)).toEqual(['Is there anything else wrong?']);
    writeFileSync(join(dir, 'a.txt'), BAD);
    const back = await cliAsync(['--baseline', 'baseline.json', '-f', 'compact', '.'], { cwd: dir });
    expect(back.status).toBe(1);
    expect(back.stdout).toMatch(/^a\.txt:3:\d+: error/);
  });

  it('--baseline-prune keeps the entries of a file that failed to parse this time', async () => {
    const macros = JSON.stringify([{ title: 'Late', body: BAD }]);
    const dir = tempTree({ 'macros.json': macros });
    await cliAsync(['--baseline-create', 'baseline.json', 'macros.json'], { cwd: dir });
    const before = readFileSync(join(dir, 'baseline.json'), 'utf8');
    writeFileSync(join(dir, 'macros.json'), macros.slice(0, -3));
    const pruned = await cliAsync(['--baseline', 'baseline.json', '--baseline-prune', 'macros.json'], { cwd: dir });
    expect(pruned.status).toBe(2);
    expect(pruned.stderr).toContain('pruned 0 findings that no longer occur from baseline.json');
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toBe(before);
  });

  it('reads format 1 baselines (counts per rule) and prunes them into format 2', async () => {
    const dir = tempTree({ 'b.txt': WORSE, 'old.json': JSON.stringify({ format: 1, files: { 'b.txt': { 'negative-follow-up': 1 } } }) });
    const r = await cliAsync(['--baseline', 'old.json', '-f', 'json', 'b.txt'], { cwd: dir });
    const [result] = JSON.parse(r.stdout);
    expect([result.messages.length, result.suppressedByBaseline]).toEqual([1, 1]);
    await cliAsync(['--baseline', 'old.json', '--baseline-prune', 'b.txt'], { cwd: dir });
    const pruned = JSON.parse(readFileSync(join(dir, 'old.json'), 'utf8'));
    expect(pruned.format).toBe(2);
    expect(pruned.files['b.txt']).toHaveLength(1);
  });

  it('is a clear error (exit 2) for a missing or malformed baseline', async () => {
    const dir = tempTree({ 'a.txt': BAD, 'bad.json': '{"files": {"a.txt": {"x": -1}}}', 'worse.json': '{"files": {"a.txt": [{"rule": 3}]}}' });
    const [missing, malformed, entry] = await Promise.all([
      cliAsync(['--baseline', 'nope.json', 'a.txt'], { cwd: dir }),
      cliAsync(['--baseline', 'bad.json', 'a.txt'], { cwd: dir }),
      cliAsync(['--baseline', 'worse.json', 'a.txt'], { cwd: dir }),
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^complaintlint: nope\.json: cannot read the baseline \(no such file; create it with --baseline-create\)/);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toMatch(/^complaintlint: bad\.json: files\["a\.txt"\] must list recorded findings/);
    expect(entry.stderr).toMatch(/^complaintlint: worse\.json: files\["a\.txt"\] holds an entry that is not a recorded finding/);
  });

  it('works on results as a post-processing step: never fatal or rule-less messages; same phrase matched by neighbourhood', () => {
    const text = 'one A two\nthree A four\nfive B six\nseven\n';
    const msg = (ruleId: string | null, line: number, column: number, match: string, extra: object = {}) =>
      ({ ruleId, severity: 2 as const, message: 'm', line, column, endLine: line, endColumn: column + match.length, match, ...extra });
    const result = (messages: LintResult['messages']): LintResult => ({
      filePath: '/p/x.txt', suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, infoCount: 0,
      fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [], replies: [], messages,
    });
    const textOf = (t: string) => () => t;
    const baseline = createBaseline([result([msg('r1', 1, 5, 'A'), msg('r1', 2, 7, 'A'), msg('r2', 3, 6, 'B'), msg(null, 4, 1, 'seven')])], '/p', textOf(text));
    expect(baseline.files['x.txt']!.map((e) => ('text' in e ? [e.rule, e.text] : []))).toEqual([['r1', 'A'], ['r1', 'A'], ['r2', 'B']]);
    // A third "A" added on a new first line: that one is new, the two old ones still match.
    const grown = `zero A new\n${text}`;
    const r = result([msg('r1', 1, 6, 'A'), msg('r1', 2, 5, 'A'), msg('r1', 3, 7, 'A'), msg('r2', 4, 6, 'B'), msg(null, 5, 1, 'seven')]);
    expect(applyBaseline([r], baseline, '/p', textOf(grown))).toBe(3);
    expect(r.messages.map((m) => [m.ruleId, m.line])).toEqual([['r1', 1], [null, 5]]);
    expect([r.errorCount, r.suppressedByBaseline]).toEqual([2, 3]);
    const fixed = result([msg('r1', 1, 5, 'A')]);
    const pruned = pruneBaseline(baseline, [fixed], '/p', textOf(text));
    expect([pruned.removed, pruned.baseline.files['x.txt']!.length]).toEqual([2, 1]);
  });
});
