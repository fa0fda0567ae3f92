#!/usr/bin/env node
// `npm run build` unless dist/ was built from exactly these sources (scripts/build-stamp.mjs). Run by
// `prepare` (so installs, `npx complaintlint` in a checkout and git installs of a release tag skip a build
// that has nothing to do) and by `npm test`. `--force` always builds.
import { spawnSync } from 'node:child_process';
import { inputsHash, recordedHash, ROOT } from './build-stamp.mjs';

const recorded = recordedHash();
if (!process.argv.includes('--force') && recorded !== undefined && recorded === inputsHash()) process.exit(0);

// Through the npm that runs us when there is one (a lifecycle script), else the npm on PATH.
const npm = process.env.npm_execpath;
const r = npm && /\.[cm]?js$/.test(npm)
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: ROOT, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(r.status ?? 1);
