// Runs the CLI from a V8 startup snapshot when one matches this Node and the current dist/: the
// snapshot holds the whole CLI with compromise already loaded and every rule warmed up, so a run
// starts in ~0.2 s instead of paying ~0.6 s for module loading, compromise and regex compilation.
// The blob is built by scripts/build-snapshot.mjs (npm run build). Anything unusual (no blob, a
// stale one, another Node, NODE_OPTIONS, --mcp) returns undefined and the CLI runs in-process.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const SNAPSHOT_DIR = join(ROOT, 'dist', 'snapshot');
export const BLOB = join(SNAPSHOT_DIR, 'complaintlint.blob');
export const STAMP = join(SNAPSHOT_DIR, 'complaintlint.json');
/** V8 flags the blob is built and run with (they must match); see scripts/snapshot-entry.mjs. */
export const SNAPSHOT_FLAGS = ['--regexp-interpret-all'];
/** The child says it started on this file descriptor (no word: the blob did not load). */
const HANDSHAKE_FD = 3;

/** What a blob depends on besides the compiled files: this Node binary and where the package is. */
function runtimeKey() {
  return [ROOT, process.version, process.arch, process.platform, process.execPath, process.versions.v8].join('|');
}

/** Every compiled file the CLI could load, plus the manifests (build time: walks dist/). */
export function snapshotInputs() {
  const files = [];
  for (const dir of ['dist/src', 'dist/rules']) collectJs(join(ROOT, dir), files);
  return [...files.map((f) => relative(ROOT, f)).sort(), 'package.json', 'node_modules/compromise/package.json'];
}

function collectJs(dir, out) {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) collectJs(p, out);
    else if (e.name.endsWith('.js')) out.push(p);
  }
}

function fileKey(rel) {
  try {
    const s = statSync(ROOT + sep + rel);
    return `${s.size}:${Math.trunc(s.mtimeMs)}`;
  } catch {
    return 'missing';
  }
}

/** The stamp a blob built now gets. */
export function snapshotStamp() {
  const files = {};
  for (const rel of snapshotInputs()) files[rel] = fileKey(rel);
  return { runtime: runtimeKey(), files };
}

/** Is a stamp still true? Stats the recorded files only (a new rule also rewrites dist/rules/index.js). */
export function stampMatches(stamp) {
  if (!stamp || stamp.runtime !== runtimeKey() || !stamp.files) return false;
  for (const rel in stamp.files) if (fileKey(rel) !== stamp.files[rel]) return false;
  return true;
}

function usable(args) {
  const env = process.env;
  if (env.COMPLAINTLINT_SNAPSHOT === '0' || env.NODE_OPTIONS || process.execArgv.length > 0) return false;
  if (args.includes('--mcp')) return false; // a long-lived server gains nothing; its SDK is ESM-only
  if (process.platform === 'win32') return false; // the fd-3 handshake is untested there
  // import() from a snapshot (plugins, .js configs) needs vm's USE_MAIN_CONTEXT_DEFAULT_LOADER: 20.12+.
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major === 20 && minor < 12) return false;
  let stamp;
  try { stamp = JSON.parse(readFileSync(STAMP, 'utf8')); } catch { return false; }
  return stampMatches(stamp);
}

/** The child's exit status, or undefined when the CLI should run in this process instead. */
export function runFromSnapshot(args) {
  if (!usable(args)) return undefined;
  // "--": the CLI's arguments are not Node's (--version, -c, --help ...).
  const r = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', BLOB, '--', ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
    env: { ...process.env, COMPLAINTLINT_SNAPSHOT_FD: String(HANDSHAKE_FD) },
  });
  const said = r.output?.[HANDSHAKE_FD]?.toString() ?? '';
  // No handshake: the blob did not load (Node printed why); run in-process instead.
  if (r.error || !said.includes('started')) return undefined;
  if (r.signal) {
    process.kill(process.pid, r.signal);
    return 128;
  }
  return r.status ?? 1;
}
