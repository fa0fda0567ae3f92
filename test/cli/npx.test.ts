// `npx complaintlint` in a checkout: npm links the checkout into its npx cache and runs `prepare`, which
// must not rebuild a dist/ built from these sources (scripts/build-if-stale.mjs). A fresh npm cache makes
// npm do that install, as on a first run.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir, tempTree } from '../helpers/cli.js';
// @ts-expect-error: a plain ESM script without types
import { inputsHash, recordedHash } from '../../scripts/build-stamp.mjs';

const mtimes = () => ['dist/build-stamp.json', 'dist/bundle/cli.cjs', 'dist/src/cli/main.js'].map((f) => statSync(join(ROOT, f)).mtimeMs);

describe('npx complaintlint in a checkout', () => {
  it('runs prepare, which finds dist/ current and builds nothing', () => {
    if (recordedHash() !== inputsHash()) throw new Error('dist/ is not built from these sources: run `npm run build` (npm test does) first');
    const before = mtimes();
    const r = spawnSync('npx', ['--yes', '--loglevel=info', 'complaintlint', '--version'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_cache: tempDir('cl-npx-cache-'), npm_config_update_notifier: 'false' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
    expect(r.stderr).toMatch(/run complaintlint@[\d.]+ prepare .*node scripts\/build-if-stale\.mjs/);
    expect(r.stderr).toMatch(/run complaintlint@[\d.]+ prepare \{ code: 0/);
    expect(r.stderr).not.toContain('build-bundle:');
    expect(mtimes()).toEqual(before);
  }, 120_000);
});

describe('the build stamp', () => {
  it('changes with any source the build reads, and not with files it does not read', () => {
    const dir = tempTree({ 'src/a.ts': 'export const a = 1;\n', 'rules/r.ts': '', 'tsconfig.json': '{}', 'README.md': 'x', 'test/t.test.ts': '' });
    cpSync(join(ROOT, 'scripts', 'build-stamp.mjs'), join(dir, 'scripts', 'build-stamp.mjs'));
    const stamp = () => spawnSync(process.execPath, ['-e', 'import("./scripts/build-stamp.mjs").then((m) => console.log(m.inputsHash()))'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
    const first = stamp();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(join(dir, 'README.md'), 'y');
    writeFileSync(join(dir, 'test/t.test.ts'), 'z');
    expect(stamp()).toBe(first);
    writeFileSync(join(dir, 'src/a.ts'), 'export const a = 2;\n');
    expect(stamp()).not.toBe(first);
  });
});
