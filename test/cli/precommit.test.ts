// The pre-commit hook's manifest: our .pre-commit-hooks.yaml defines the hook and is valid for pre-commit.
// (Installed as users install it, from a git URL at a release tag: test/cli/release-install.test.ts.)
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
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

// The hook installed by the real pre-commit from a git URL at a release tag: test/cli/release-install.test.ts.
