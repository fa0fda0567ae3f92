// Loads the CLI from dist/bundle (scripts/build-bundle.mjs): the compiled CLI and the dependencies it
// imports, as one script, with V8's code cache for it. Loading dist/src's ES modules one by one costs
// ~90 ms at every start (resolving, reading and compiling ~100 files); this costs ~15 ms.
// The bundle is used only while it matches the compiled files it was made from (a stamp of their size,
// mtime and content hash), so a plain `tsc` never runs stale code: loadBundle() then returns undefined
// and the caller imports dist/src. A file whose mtime moved (an npm install of a packed tarball sets
// every mtime) is compared by content. Dependencies are inside the bundle, so they need no stamp.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_DIR = join(ROOT, 'dist', 'bundle');
export const BUNDLE = join(BUNDLE_DIR, 'cli.cjs');
export const CODE_CACHE = join(BUNDLE_DIR, 'cli.cache');
export const STAMP = join(BUNDLE_DIR, 'stamp.json');

/** size:mtime of a file under the package root, or 'missing'. */
export function fileKey(rel) {
  try {
    const s = statSync(ROOT + sep + rel);
    return `${s.size}:${Math.trunc(s.mtimeMs)}`;
  } catch {
    return 'missing';
  }
}

/** sha1 of a file's bytes, or 'missing'. */
export function fileHash(rel) {
  try {
    return createRequire(import.meta.url)('node:crypto').createHash('sha1').update(readFileSync(ROOT + sep + rel)).digest('hex');
  } catch {
    return 'missing';
  }
}

/** Does the recorded stamp ({ files: { rel: { stat, sha } } }) still describe the files? */
export function stampMatches(stamp) {
  if (!stamp || typeof stamp.files !== 'object' || stamp.files === null) return false;
  for (const rel in stamp.files) {
    const entry = stamp.files[rel];
    if (!entry || (fileKey(rel) !== entry.stat && fileHash(rel) !== entry.sha)) return false;
  }
  return true;
}

/**
 * The bundle wrapped as a CommonJS module body, so `require`, `module` and `__dirname` work in it. The build
 * writes it ASCII-only when it can (stamp.json says 'latin1'): read as latin1, it skips UTF-8 decoding and
 * stays a one-byte string.
 */
export function compileBundle(cachedData, encoding = 'utf8') {
  const code = readFileSync(BUNDLE, encoding === 'latin1' ? 'latin1' : 'utf8');
  return new Script(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
}

/** Runs a compiled bundle; returns its exports. */
export function runBundle(script) {
  const module = { exports: {} };
  // import() inside a vm script has no loader of its own; the bundle calls this one for what it does not hold
  // (plugins, config files, custom formatters, the MCP SDK).
  globalThis.__complaintlintImport ??= (specifier) => import(specifier);
  globalThis.__complaintlintRoot = ROOT;
  globalThis.__complaintlintBundled = true;
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, BUNDLE_DIR);
  return module.exports;
}

/** The bundled CLI's exports ({ main }), or undefined when there is no usable bundle. */
export function loadBundle() {
  if (process.env.COMPLAINTLINT_BUNDLE === '0') return undefined;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return undefined;
  }
  if (!stampMatches(stamp)) return undefined;
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined; // slower to compile, same behaviour
  }
  return runBundle(compileBundle(cachedData, stamp.encoding));
}

/** How to read the bundle: latin1 when it is ASCII-only (the build's warm-up runs before the stamp records it). */
export function bundleEncoding() {
  return /[^\x00-\x7f]/.test(readFileSync(BUNDLE, 'latin1')) ? 'utf8' : 'latin1';
}
