// The startup snapshot (bin/snapshot.js, scripts/build-snapshot.mjs) must be invisible: a stale one
// is never used, and a fresh one gives byte-identical output to the in-process CLI.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempTree } from './helpers/cli.js';
// @ts-expect-error -- plain JS module of the bin
import { STAMP, snapshotStamp, stampMatches } from '../bin/snapshot.js';

describe('snapshot stamp', () => {
  it('matches the dist/ it was made from and nothing else', () => {
    const stamp = snapshotStamp();
    expect(stampMatches(stamp)).toBe(true);
    const [someFile] = Object.keys(stamp.files).filter((f) => f.startsWith('dist/src/'));
    expect(someFile).toBeDefined();
    expect(stampMatches({ ...stamp, files: { ...stamp.files, [someFile!]: '1:1' } })).toBe(false);
    expect(stampMatches({ ...stamp, runtime: stamp.runtime.replace(process.version, 'v0.0.0') })).toBe(false);
    expect(stampMatches({ ...stamp, files: { ...stamp.files, 'dist/src/gone.js': '10:10' } })).toBe(false);
    expect(stampMatches(undefined)).toBe(false);
  });
});

const fresh = (() => {
  try {
    return existsSync(STAMP) && stampMatches(JSON.parse(readFileSync(STAMP, 'utf8')));
  } catch {
    return false;
  }
})();

// npm test builds the snapshot first; a plain `tsc` leaves it stale, and then there is nothing to compare.
describe.skipIf(!fresh)('running from the snapshot', () => {
  const DRAFT = "Dear Customer,\n\nWe're sorry you feel that way. Please be advised that we NEVER lose parcels!!\nI'll pass this on to the relevant team.\n\nIs there anything else wrong?\n";
  const dir = tempTree({
    'a.txt': DRAFT,
    'b.md': `# Reply\n\n${DRAFT}`,
    'lib.json': JSON.stringify({ macros: [{ title: 'Late', actions: [{ field: 'comment_value', value: DRAFT }] }] }),
    'lib.yaml': `replies:\n  - title: Late\n    body: "${DRAFT.replace(/\n/g, '\\n')}"\n`,
    // A .cjs config is loaded with import(): the snapshot's own loader path.
    '.complaintlintrc.cjs': "module.exports = { phrases: [{ id: 'acme/no-parcels', regex: 'parcels', message: 'Say delivery.' }] };\n",
  });
  const both = (args: string[], input?: string) => {
    const snap = cli(args, { cwd: dir, input });
    const plain = cli(args, { cwd: dir, input, env: { COMPLAINTLINT_SNAPSHOT: '0' } });
    return { snap, plain };
  };

  it('gives the same report, stderr and exit code for files, formats and config', () => {
    for (const args of [['.'], ['-f', 'json', '.'], ['--preset', 'complaint', '-f', 'json', 'a.txt'], ['--fix-dry-run', '-f', 'json', 'a.txt']]) {
      const { snap, plain } = both(args);
      expect(snap.stdout).toBe(plain.stdout);
      expect(snap.stderr).toBe(plain.stderr);
      expect(snap.status).toBe(plain.status);
    }
    expect(both(['-f', 'json', '.']).snap.stdout).toContain('acme/no-parcels');
  });

  it('reads stdin and passes CLI flags that Node also knows (--version, -c, --help) to the CLI', () => {
    const { snap, plain } = both(['--stdin', '-f', 'json'], DRAFT);
    expect(snap.stdout).toBe(plain.stdout);
    expect(cli(['--version'], { cwd: dir }).stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(cli(['--help'], { cwd: dir }).stdout).toContain('complaintlint');
    const withConfig = both(['-c', '.complaintlintrc.cjs', '-f', 'json', 'a.txt']);
    expect(withConfig.snap.stdout).toBe(withConfig.plain.stdout);
  });

  it('is what bin/complaintlint.js actually runs', () => {
    // From the snapshot compromise is already in the heap; in-process it is loaded (or never needed).
    const stats = (env: Record<string, string>) => cli(['a.txt'], { cwd: dir, env: { COMPLAINTLINT_STATS: '1', ...env } }).stderr;
    expect(stats({})).toMatch(/complaintlint stats: .*compromise preloaded/);
    expect(stats({ COMPLAINTLINT_SNAPSHOT: '0' })).toMatch(/complaintlint stats: .*compromise (?:loaded in \d+ ms|not loaded)/);
  });
});
