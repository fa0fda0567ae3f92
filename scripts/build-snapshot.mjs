#!/usr/bin/env node
// Builds the V8 startup snapshot that bin/complaintlint.js starts from (see bin/snapshot.js):
//   1. esbuild bundles scripts/snapshot-entry.mjs (the compiled CLI from dist/ + compromise) into one
//      script, as `--build-snapshot` requires;
//   2. `node --build-snapshot` runs it (warm-up included) and writes dist/snapshot/complaintlint.blob;
//   3. a stamp records what the blob was built from, so a rebuilt dist/ or another Node is detected.
// Run after tsc (npm run build does). Without esbuild (a production install) it does nothing: the CLI
// then simply runs in-process. A failed build only warns (exit 0; `--strict` makes it exit 1), since
// the CLI works without a snapshot. `--check` exits 1 when the blob is missing or stale.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BLOB, ROOT, SNAPSHOT_DIR, SNAPSHOT_FLAGS, STAMP, snapshotStamp, stampMatches } from '../bin/snapshot.js';

const log = (s) => process.stderr.write(`build-snapshot: ${s}\n`);
const strict = process.argv.includes('--strict');
/** Gives up: no blob and no stamp, so the CLI runs in-process. */
function fail(message) {
  rmSync(`${BLOB}.tmp`, { force: true });
  rmSync(BLOB, { force: true });
  rmSync(STAMP, { force: true });
  log(`${message}\nbuild-snapshot: no snapshot; the CLI runs in-process (slower start)`);
  process.exit(strict ? 1 : 0);
}

if (process.argv.includes('--check')) {
  let stamp;
  try { stamp = JSON.parse(readFileSync(STAMP, 'utf8')); } catch { /* missing */ }
  const fresh = stampMatches(stamp) && existsSync(BLOB);
  log(fresh ? 'snapshot is up to date' : 'snapshot is missing or stale');
  process.exit(fresh ? 0 : 1);
}

if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) fail('dist/ is missing: run tsc first');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  log('esbuild is not installed; skipping (the CLI runs without a snapshot)');
  process.exit(0);
}

const started = Date.now();
const before = snapshotStamp();
mkdirSync(SNAPSHOT_DIR, { recursive: true });
rmSync(STAMP, { force: true });
const entry = join(SNAPSHOT_DIR, 'entry.js');
try {
  await bundle(entry);
} catch (err) {
  fail(`bundling failed: ${err.message}`);
}

const tmpBlob = `${BLOB}.tmp`;
const built = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', tmpBlob, '--build-snapshot', entry], { encoding: 'utf8', cwd: ROOT });
const noise = /not yet fully verified|may still work|out-of-sync|issue tracker|trace-warnings|^\s*$|^\(node:\d+\) Warning: It's not/;
const problems = (built.stderr ?? '').split('\n').filter((l) => !noise.test(l));
if (built.status !== 0 || !existsSync(tmpBlob)) fail(`node --build-snapshot failed (exit ${built.status ?? built.signal}):\n${problems.slice(0, 30).join('\n')}`);
if (problems.length) log(`warnings while building:\n${problems.slice(0, 10).join('\n')}`);

// Smoke test: the blob starts, runs the CLI and answers --version like the in-process CLI.
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const smoke = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', tmpBlob, '--', '--version'], { encoding: 'utf8' });
if (smoke.status !== 0 || !smoke.stdout.includes(version)) fail(`the new blob does not run (exit ${smoke.status}): ${(smoke.stderr || smoke.stdout).slice(0, 500)}`);
renameSync(tmpBlob, BLOB);
if (JSON.stringify(snapshotStamp()) !== JSON.stringify(before)) fail('dist/ changed while the snapshot was being built; run this script again');
writeFileSync(STAMP, JSON.stringify({ ...before, built: new Date().toISOString() }, null, 2) + '\n');
log(`wrote ${relative(ROOT, BLOB)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/**
 * One IIFE script. Our compiled files get two rewrites: import.meta.url becomes the file's real URL
 * (a bundle has no per-module import.meta), and import() of anything outside the bundle (plugins,
 * config files, custom formatters) goes through __clImport, which a snapshot run points at a loader
 * that works there. cosmiconfig's config-file loader gets the same import() rewrite.
 */
async function bundle(outfile) {
  const distDir = join(ROOT, 'dist');
  const rewrite = {
    name: 'complaintlint-snapshot',
    setup(build) {
      // Built-ins Node does not support in a snapshot builder (worker_threads keeps a cwd counter for
      // workers that must be made at run time): wrappers that require them on first use. An import
      // of a name not listed here fails the bundle, so nothing slips through unwrapped.
      const LAZY = { worker_threads: ['Worker'], child_process: ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork'] };
      build.onResolve({ filter: /^(?:node:)?(?:worker_threads|child_process)$/ }, (args) => (args.namespace === 'lazy-builtin'
        ? { path: args.path, external: true } // the wrapper's own require
        : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
        contents: `let m; const load = () => (m ??= require(${JSON.stringify(`node:${args.path}`)}));\n`
          + LAZY[args.path].map((name) => `export function ${name}(...a) { return new.target ? new (load().${name})(...a) : load().${name}(...a); }`).join('\n'),
        loader: 'js',
      }));
      // cosmiconfig loads CommonJS config files with import-fresh, which needs require.cache; a snapshot
      // script's require has none, so use a real require made for the config file at run time.
      build.onResolve({ filter: /^import-fresh$/ }, () => ({ path: 'import-fresh', namespace: 'import-fresh' }));
      build.onLoad({ filter: /.*/, namespace: 'import-fresh' }, () => ({
        contents: "module.exports = (file) => { const req = require('node:module').createRequire(file); delete req.cache[req.resolve(file)]; return req(file); };",
        loader: 'js',
      }));
      build.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
        const ours = args.path.startsWith(distDir + '/') && !args.path.includes('/node_modules/');
        const loader = /[/\\]cosmiconfig[/\\]dist[/\\]loaders\.js$/.test(args.path);
        let code = readFileSync(args.path, 'utf8');
        const metaUrl = code.includes('import.meta.url');
        if (!ours && !loader && !metaUrl) return undefined;
        // Dependencies too (fdir: createRequire(import.meta.url)): the URL of the file it came from.
        code = code.replace(/\bimport\.meta\.url\b/g, `__clFileUrl(${JSON.stringify(relative(ROOT, args.path))})`);
        if (!ours && !loader) return { contents: code, loader: 'js' };
        code = code.replace(/\bimport\((?!\s*['"`])/g, '__clImport(');
        // import('node:x') of a built-in: a snapshot script has no import(), but require works for built-ins.
        code = code.replace(/\bimport\(\s*(['"])(node:[\w/]+)\1\s*\)/g, (_, q, id) => `Promise.resolve().then(() => { const m = require(${q}${id}${q}); return { ...m, default: m }; })`);
        if (loader) code = code.replace(/\bimport\((?=\s*['"]typescript['"])/g, '__clImport(');
        return { contents: code, loader: 'js' };
      });
    },
  };
  const banner = [
    `var __clRoot = ${JSON.stringify(ROOT)};`,
    "var __clFileUrl = (rel) => require('node:url').pathToFileURL(require('node:path').join(__clRoot, rel)).href;",
    'var __clImport = (specifier) => (globalThis.__complaintlintImport ?? ((s) => import(s)))(specifier);',
  ].join('\n');
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'scripts', 'snapshot-entry.mjs')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'iife',
    target: 'node20',
    banner: { js: banner },
    // Never needed from a snapshot: the TypeScript config loader and the MCP server (run in-process).
    external: ['typescript', '@modelcontextprotocol/*', 'zod'],
    plugins: [rewrite],
    logLevel: 'silent',
    metafile: true,
  });
  for (const w of result.warnings) log(`esbuild: ${w.text} (${w.location?.file ?? ''})`);
}
