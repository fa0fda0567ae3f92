// The pre-commit hook end to end: our .pre-commit-hooks.yaml is a valid manifest, and a temporary
// git repository using that hook definition rejects a commit with a bad reply (printing our
// message) and accepts a clean one. Skipped, with a note, where pre-commit is not installed.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { BIN, ROOT, tempDir } from './helpers/cli.js';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const hasGit = spawnSync('git', ['--version'], { encoding: 'utf8' }).status === 0;
const manifestPath = join(ROOT, '.pre-commit-hooks.yaml');

interface Hook { id: string; name: string; entry: string; language: string; types_or?: string[]; exclude?: string; [k: string]: unknown }

describe('.pre-commit-hooks.yaml', () => {
  it('defines the complaintlint hook for replies and macro libraries', () => {
    const hooks = parse(readFileSync(manifestPath, 'utf8')) as Hook[];
    const hook = hooks.find((h) => h.id === 'complaintlint')!;
    expect(hook).toMatchObject({ entry: 'complaintlint', language: 'node' });
    expect(hook.types_or!.sort()).toEqual(['csv', 'html', 'json', 'markdown', 'plain-text', 'yaml']);
    const exclude = new RegExp(hook.exclude!);
    for (const f of ['package.json', 'sub/package-lock.json', 'tsconfig.build.json', '.complaintlintrc.json', '.pre-commit-config.yaml']) expect(f).toMatch(exclude);
    for (const f of ['macros/refunds.json', 'replies/late.md', 'package-notes.json']) expect(f).not.toMatch(exclude);
  });

  it.skipIf(!hasPreCommit)('passes pre-commit validate-manifest', () => {
    const r = spawnSync('pre-commit', ['validate-manifest', manifestPath], { encoding: 'utf8' });
    expect(r.stderr + r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('pre-commit end to end', () => {
  it.skipIf(!hasPreCommit || !hasGit)('rejects a commit with a bad reply, with our message, and accepts a clean one', () => {
    const repo = tempDir('cl-precommit-');
    const env = { ...process.env, PRE_COMMIT_HOME: join(repo, '.cache-pre-commit'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.test', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.test', NO_COLOR: '1' };
    const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8' });
    const git = (...args: string[]) => run('git', args);
    expect(git('init', '-q', '-b', 'main').status).toBe(0);
    git('config', 'commit.gpgsign', 'false');

    // The hook exactly as this checkout defines it, run from this checkout's build (language
    // "system" instead of "node", so the test needs no npm install of the package).
    const hook = (parse(readFileSync(manifestPath, 'utf8')) as Hook[]).find((h) => h.id === 'complaintlint')!;
    const { minimum_pre_commit_version: _v, ...fields } = hook;
    const local = { ...fields, entry: `${process.execPath} ${BIN}`, language: 'system' };
    writeFileSync(join(repo, '.pre-commit-config.yaml'), stringify({ repos: [{ repo: 'local', hooks: [local] }] }));
    writeFileSync(join(repo, '.gitignore'), '.cache-pre-commit/\n');
    const install = run('pre-commit', ['install']);
    expect(install.status, install.stderr).toBe(0);

    // Not ours to lint: a manifest the hook's exclude skips, and a script its types skip.
    writeFileSync(join(repo, 'package.json'), '{"name": "macros", "description": "Is there anything else wrong?"}\n');
    writeFileSync(join(repo, 'build.sh'), 'echo "Is there anything else wrong?"\n');
    writeFileSync(join(repo, 'refund.txt'), 'Hi Jo,\n\nYour refund is done. Is there anything else wrong?\n');
    git('add', '-A');
    const rejected = git('commit', '-q', '-m', 'bad reply');
    const rejectedOut = rejected.stdout + rejected.stderr;
    expect(rejected.status).not.toBe(0);
    expect(rejectedOut).toMatch(/complaintlint\.+Failed/);
    expect(rejectedOut).toContain('refund.txt');
    expect(rejectedOut).toContain('This closing question invites more complaints');
    expect(rejectedOut).not.toContain('package.json');
    expect(git('rev-parse', '--verify', '-q', 'HEAD').status).not.toBe(0);

    writeFileSync(join(repo, 'refund.txt'), 'Hi Jo,\n\nYour refund is done. How else can I help you today?\n');
    git('add', '-A');
    const accepted = git('commit', '-q', '-m', 'clean reply');
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
    expect(accepted.stdout + accepted.stderr).toMatch(/complaintlint\.+Passed/);
    expect(git('log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it.runIf(!hasPreCommit || !hasGit)('is skipped: pre-commit is not installed (apt-get install pre-commit; .ci/run installs it)', () => {
    console.warn('pre-commit end-to-end test skipped: pre-commit or git not found');
  });
});
