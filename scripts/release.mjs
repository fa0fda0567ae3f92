#!/usr/bin/env node
// `npm run release [-- TAG]`: tags a release commit that carries the built dist/, so the installs that take
// a git tag (pre-commit's `repo:` + `rev:`, the GitHub Action's `uses: ...@TAG`) need no build tools:
//   - the tree of HEAD plus dist/ (built first if it is stale: scripts/build-if-stale.mjs),
//   - package.json without devDependencies and without build scripts, package-lock.json without the
//     dev-only packages, so an install there fetches the production dependencies and builds nothing.
// The commit is made beside the branch (its parent is HEAD; the branch and the working tree stay as they
// are) and tagged TAG (default v<version>). Push the tag to publish it: git push origin TAG.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputsHash, recordedHash, ROOT } from './build-stamp.mjs';

const fail = (message) => {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
};

function git(args, { env, input } = {}) {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, ...env } });
  if (r.status !== 0) fail(`git ${args.join(' ')} failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`);
  return r.stdout.trimEnd();
}

/** package.json as a release installs it: production dependencies only, nothing to build. */
export function releaseManifest(pkg) {
  const { devDependencies: _dev, scripts: _scripts, ...rest } = pkg;
  return rest;
}

/**
 * package-lock.json without the root's devDependencies and the packages only they need (`dev`), or that
 * they need and a production package takes only as optional (`devOptional`: typescript, cosmiconfig's
 * optional peer).
 */
export function releaseLock(lock) {
  const packages = {};
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === '') {
      const { devDependencies: _dev, ...root } = entry;
      packages[path] = root;
    } else if (!entry.dev && !entry.devOptional) packages[path] = entry;
  }
  return { ...lock, packages };
}

const args = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const tag = args.find((a) => !a.startsWith('-')) ?? `v${pkg.version}`;
if (!/^[\w][\w.+-]*$/.test(tag)) fail(`not a usable tag name: ${JSON.stringify(tag)}`);

// The release is HEAD's tree: uncommitted changes to what the build reads would not be in it.
const dirty = git(['status', '--porcelain', '--', 'src', 'rules', 'scripts', 'bin', 'tsconfig.json', 'package.json', 'package-lock.json']);
if (dirty) fail(`commit these first (the release is built from HEAD):\n${dirty}`);
if (spawnSync('git', ['rev-parse', '-q', '--verify', `refs/tags/${tag}`], { cwd: ROOT }).status === 0) fail(`tag ${tag} already exists`);

if (recordedHash() !== inputsHash()) {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-if-stale.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) fail('the build failed');
}

const scratch = mkdtempSync(join(tmpdir(), 'complaintlint-release-'));
try {
  const env = { GIT_INDEX_FILE: join(scratch, 'index') };
  git(['read-tree', 'HEAD'], { env });
  git(['add', '--force', '--', 'dist'], { env });
  const blob = (text) => git(['hash-object', '-w', '--stdin'], { input: text });
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  git(['update-index', '--cacheinfo', `100644,${blob(json(releaseManifest(pkg)))},package.json`], { env });
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  git(['update-index', '--cacheinfo', `100644,${blob(json(releaseLock(lock)))},package-lock.json`], { env });
  const tree = git(['write-tree'], { env });
  const head = git(['rev-parse', 'HEAD']);
  const commit = git(['commit-tree', tree, '-p', head, '-m', `Release ${tag}: the tree of ${head.slice(0, 12)} with the built dist/ and production dependencies only`]);
  git(['tag', tag, commit]);
  process.stdout.write(`release: tagged ${tag} (commit ${commit.slice(0, 12)}, built dist/ included)\nrelease: publish it with: git push origin ${tag}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
