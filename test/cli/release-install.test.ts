// The install paths as users take them, from a release tag made by `npm run release`:
//   - the tag's commit carries the built dist/ and a package.json/lock with production dependencies only;
//   - the real pre-commit installs the hook from a git URL at that tag (`repo:` + `rev:`, language node) with
//     no build tools, then rejects a commit with a bad reply and accepts a clean one;
//   - the GitHub Action's own steps, run from a checkout of that tag as `uses: ...@TAG` would: the install
//     step takes production dependencies and builds nothing, the lint step annotates and writes the summary.
// The release is made in a temporary copy of this checkout (its files and its built dist/), never here.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT, tempDir, tempTree } from '../helpers/cli.js';
// @ts-expect-error: a plain ESM script without types
import { inputsHash, recordedHash } from '../../scripts/build-stamp.mjs';

const TAG = 'v0.0.0-e2e';
const hasGit = spawnSync('git', ['--version']).status === 0;
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const IDENTITY = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.test', GIT_CONFIG_NOSYSTEM: '1' };
const env = { ...process.env, ...IDENTITY, NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
const run = (cmd: string, args: string[], cwd: string, extra: Record<string, string> = {}): SpawnSyncReturns<string> =>
  spawnSync(cmd, args, { cwd, env: { ...env, ...extra }, encoding: 'utf8', maxBuffer: 1 << 26 });
const ok = (r: SpawnSyncReturns<string>, what: string) => {
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
};

let upstream = '';

beforeAll(() => {
  if (!hasGit) return;
  if (recordedHash() !== inputsHash()) throw new Error('dist/ is not built from these sources: run `npm run build` (npm test does) first');
  upstream = tempDir('cl-upstream-');
  const files = ok(run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], ROOT), 'git ls-files').split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue; // deleted in the working tree
    mkdirSync(dirname(join(upstream, f)), { recursive: true });
    cpSync(join(ROOT, f), join(upstream, f));
  }
  ok(run('git', ['init', '-q', '-b', 'main'], upstream), 'git init');
  ok(run('git', ['add', '-A'], upstream), 'git add');
  ok(run('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'source'], upstream), 'git commit');
  cpSync(join(ROOT, 'dist'), join(upstream, 'dist'), { recursive: true });
  const released = run('npm', ['run', '--silent', 'release', '--', TAG], upstream);
  expect(released.stderr).toBe('');
  expect(released.stdout).toMatch(new RegExp(`^release: tagged ${TAG.replace(/\./g, '\\.')} \\(commit [0-9a-f]{12}, built dist/ included\\)\\n`));
}, 120_000);

describe.skipIf(!hasGit)('npm run release', () => {
  it('tags a commit beside the branch that carries dist/ and production dependencies only', () => {
    const git = (...args: string[]) => ok(run('git', args, upstream), `git ${args[0]}`).trim();
    expect(git('rev-parse', `${TAG}^`)).toBe(git('rev-parse', 'HEAD')); // its parent is the branch, which did not move
    expect(git('status', '--porcelain')).toBe(''); // dist/ stays ignored in the working tree
    const files = git('ls-tree', '-r', '--name-only', TAG).split('\n');
    for (const f of ['dist/build-stamp.json', 'dist/src/cli/main.js', 'dist/bundle/cli.cjs', 'bin/complaintlint.js', '.pre-commit-hooks.yaml', 'action.yml', 'scripts/github-action.mjs']) expect(files).toContain(f);
    const pkg = JSON.parse(git('show', `${TAG}:package.json`));
    expect(pkg.devDependencies).toBeUndefined();
    expect(pkg.scripts).toBeUndefined();
    expect(Object.keys(pkg.dependencies)).toContain('compromise');
    const lock = JSON.parse(git('show', `${TAG}:package-lock.json`));
    expect(lock.packages[''].devDependencies).toBeUndefined();
    expect(Object.values(lock.packages as Record<string, { dev?: boolean; devOptional?: boolean }>).filter((p) => p.dev || p.devOptional)).toEqual([]);
    expect(lock.packages['node_modules/typescript']).toBeUndefined();
  });

  it('refuses to reuse a tag, and to release uncommitted sources', () => {
    const again = run('npm', ['run', '--silent', 'release', '--', TAG], upstream);
    expect([again.status, again.stderr]).toEqual([1, `release: tag ${TAG} already exists\n`]);
    const scratch = tempDir('cl-upstream-dirty-');
    ok(run('git', ['clone', '-q', upstream, scratch], ROOT), 'git clone');
    writeFileSync(join(scratch, 'src', 'index.ts'), '// changed\n', { flag: 'a' });
    const dirty = run(process.execPath, ['scripts/release.mjs', 'v0.0.1-e2e'], scratch);
    expect(dirty.status).toBe(1);
    expect(dirty.stderr).toMatch(/^release: commit these first \(the release is built from HEAD\):\n M src\/index\.ts/);
  });
});

describe.skipIf(!hasGit || !hasPreCommit)('pre-commit from a git URL at a release tag', () => {
  it('installs with language node and no build tools, rejects a bad reply and accepts a clean one', () => {
    const repo = tempDir('cl-precommit-user-');
    const home = join(repo, '.cache-pre-commit');
    const git = (...args: string[]) => run('git', ['-c', 'commit.gpgsign=false', ...args], repo, { PRE_COMMIT_HOME: home });
    ok(git('init', '-q', '-b', 'main'), 'git init');
    writeFileSync(join(repo, '.pre-commit-config.yaml'), stringify({ repos: [{ repo: `file://${upstream}`, rev: TAG, hooks: [{ id: 'complaintlint' }] }] }));
    writeFileSync(join(repo, '.gitignore'), '.cache-pre-commit/\n');
    ok(run('pre-commit', ['install'], repo, { PRE_COMMIT_HOME: home }), 'pre-commit install');

    // Not ours to lint: a manifest the hook's exclude skips, and a script its types skip.
    writeFileSync(join(repo, 'package.json'), '{"name": "macros", "description": "Is there anything else wrong?"}\n');
    writeFileSync(join(repo, 'build.sh'), 'echo "Is there anything else wrong?"\n');
    writeFileSync(join(repo, 'refund.txt'), 'Hi Jo,\n\nYour refund is done. Is there anything else wrong?\n');
    git('add', '-A');
    const rejected = git('commit', '-q', '-m', 'bad reply');
    const rejectedOut = rejected.stdout + rejected.stderr;
    expect(rejectedOut).not.toMatch(/tsc: not found|npm ERR|npm error/);
    expect(rejected.status).not.toBe(0);
    expect(rejectedOut).toMatch(/complaintlint\.+Failed/);
    expect(rejectedOut).toContain('refund.txt');
    expect(rejectedOut).toContain('This closing question invites more complaints');
    expect(rejectedOut).not.toContain('package.json');
    expect(git('rev-parse', '--verify', '-q', 'HEAD').status).not.toBe(0);

    // The hook's environment holds complaintlint and its production dependencies, nothing to build with.
    const envs = ok(run('find', [home, '-path', '*/lib/node_modules/complaintlint/package.json'], repo), 'find').trim().split('\n');
    expect(envs).toHaveLength(1);
    const installed = dirname(envs[0]!);
    expect(existsSync(join(installed, 'dist', 'build-stamp.json'))).toBe(true);
    for (const dev of ['typescript', 'vitest', 'esbuild', '@modelcontextprotocol/sdk']) expect(existsSync(join(installed, 'node_modules', dev)), dev).toBe(false);

    writeFileSync(join(repo, 'refund.txt'), 'Hi Jo,\n\nYour refund is done. How else can I help you today?\n');
    git('add', '-A');
    const accepted = git('commit', '-q', '-m', 'clean reply');
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
    expect(accepted.stdout + accepted.stderr).toMatch(/complaintlint\.+Passed/);
    expect(git('log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);
  }, 180_000);
});

describe.skipIf(!hasGit)('the GitHub Action from a checkout of the release tag', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { steps: Array<{ id?: string; run?: string }> } };
  const step = (id: string) => action.runs.steps.find((s) => s.id === id)!.run!;

  it('installs production dependencies without building, then lints a multi-line paths list with annotations and a summary', () => {
    const actionPath = tempDir('cl-action-');
    ok(run('git', ['clone', '-q', '--branch', TAG, `file://${upstream}`, actionPath], ROOT), 'git clone');
    const stamp = readFileSync(join(actionPath, 'dist', 'build-stamp.json'), 'utf8');
    const work = tempTree({
      'macros/late.txt': 'Hi Jo,\n\nSorry for the delay. Is there anything else wrong?\n',
      'replies/ok.md': '# Parcel\n\nYour parcel is on its way and arrives on Friday.\n',
    });
    const outputs = join(work, 'outputs.txt');
    const summary = join(work, 'summary.md');
    writeFileSync(outputs, '');
    writeFileSync(summary, '');
    const runnerEnv = { GITHUB_ACTION_PATH: actionPath, GITHUB_OUTPUT: outputs, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: work, INPUT_VERSION: '' };

    const install = run('bash', ['-e', '-c', step('install')], work, runnerEnv);
    expect(install.status, install.stderr).toBe(0);
    expect(readFileSync(outputs, 'utf8')).toBe(`root=${actionPath}\n`);
    expect(existsSync(join(actionPath, 'node_modules', 'compromise'))).toBe(true);
    for (const dev of ['typescript', 'vitest', 'esbuild', '@modelcontextprotocol/sdk']) expect(existsSync(join(actionPath, 'node_modules', dev)), dev).toBe(false);
    expect(readFileSync(join(actionPath, 'dist', 'build-stamp.json'), 'utf8')).toBe(stamp);

    writeFileSync(outputs, '');
    const lint = run('bash', ['-e', '-c', step('lint')], work, { ...runnerEnv, COMPLAINTLINT_ROOT: actionPath, INPUT_PATHS: 'macros/*.txt\nreplies/*.md\n', INPUT_CONFIG: '', INPUT_MAX_WARNINGS: '-1', INPUT_ARGS: '' });
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/^::error file=macros\/late\.txt,line=3,col=\d+,endLine=3,endColumn=\d+,title=negative-follow-up::This closing question/m);
    expect(readFileSync(outputs, 'utf8')).toBe('exit-code=1\n');
    expect(readFileSync(summary, 'utf8')).toContain('**1 problem** (1 error, 0 warnings) in 1 file of 2 files, 2 replies.');
  }, 180_000);

  it('a ref without the built code stops with a clear error instead of building', () => {
    const actionPath = tempDir('cl-action-main-');
    ok(run('git', ['clone', '-q', '--branch', 'main', `file://${upstream}`, actionPath], ROOT), 'git clone');
    const r = run('bash', ['-e', '-c', step('install')], actionPath, { GITHUB_ACTION_PATH: actionPath, GITHUB_OUTPUT: '/dev/null', RUNNER_TEMP: actionPath, INPUT_VERSION: '' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('::error title=complaintlint::this ref of the action has no built code: use a release tag (uses: complaintlint/complaintlint@v0.1.0) or set the version input\n');
    expect(existsSync(join(actionPath, 'node_modules'))).toBe(false);
  });
});

it.runIf(!hasGit || !hasPreCommit)('is partly skipped: git or pre-commit is missing (apt-get install pre-commit; .ci/run installs it)', () => {
  console.warn('release/install end-to-end tests skipped in part: git or pre-commit not found');
});
