// What the cache must know of a plugin besides its rules' check functions: every module it can load.
// A rule's check often calls helpers in other files (a phrase table, a shared matcher); an edit there
// changes findings while the check's own source stays the same. The fingerprint is the package's
// version (for an installed package) and a hash of every code file in the plugin's directory tree
// (its package root when installed, else the plugin file's directory), node_modules and dot
// directories left out. Computed once per plugin per run, and only for --cache.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CODE = /\.(?:[cm]?js|[cm]?ts|json)$/i;
// Past this many files the directory is not a plugin's own (a plugin file at a project's root): the
// remaining files are counted by name, size and modification time instead of content.
const MAX_FILES = 2000;
const MAX_DEPTH = 8;

const cache = new Map<string, string>();

/** A stable description of a plugin's code: "version@1.2.0;<path>:<sha256>;..." folded into one hash by the caller. */
export function pluginFingerprint(pluginPath: string, hash: (s: string | Uint8Array) => string): string {
  let f = cache.get(pluginPath);
  if (f !== undefined) return f;
  const root = packageRoot(pluginPath) ?? dirname(pluginPath);
  const parts: string[] = [];
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
    if (typeof pkg.version === 'string') parts.push(`version@${pkg.version}`);
  } catch { /* no package.json: a local plugin */ }
  let files = 0;
  const walk = (dir: string, depth: number) => {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) { if (depth < MAX_DEPTH) walk(full, depth + 1); continue; }
      if (!e.isFile() || !CODE.test(e.name)) continue;
      files++;
      try {
        if (files <= MAX_FILES) parts.push(`${full}:${hash(readFileSync(full))}`);
        else { const s = statSync(full); parts.push(`${full}:${s.size}:${s.mtimeMs}`); }
      } catch { parts.push(`${full}:unreadable`); }
    }
  };
  walk(root, 0);
  f = hash(parts.join('\n'));
  cache.set(pluginPath, f);
  return f;
}

/** The installed package a plugin file belongs to (the directory under node_modules holding package.json). */
function packageRoot(file: string): string | undefined {
  if (!file.includes(`${'/'}node_modules${'/'}`) && !file.includes('\\node_modules\\')) return undefined;
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    try { if (statSync(join(dir, 'package.json')).isFile()) return dir; } catch { /* keep going up */ }
    if (dirname(dir).endsWith('node_modules')) return dir;
  }
  return undefined;
}
