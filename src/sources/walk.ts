// Paths, directories and globs -> the sorted list of files to lint, minus ignored ones.
import { realpathSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { LINTABLE_EXTENSIONS } from '../formats/index.js';
import { describeFsError } from './read.js';

export interface WalkOptions {
  cwd: string;
  /** Ignore file (default .complaintlintignore in cwd); false with --no-ignore. */
  ignorePath?: string | false;
  /** Extra ignore patterns (from config), relative to cwd. */
  ignorePatterns?: string[];
}

export interface WalkResult {
  files: string[];
  /** Problems with the given patterns: missing paths, globs that match nothing, unreadable dirs. */
  errors: Array<{ pattern: string; message: string }>;
  /** Files given explicitly that are ignored (ESLint warns about these). */
  ignoredExplicit: string[];
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/.complaintlintcache'];
const isGlob = (p: string) => /[*?[\]{}!]/.test(p);

export async function walk(patterns: string[], opts: WalkOptions): Promise<WalkResult> {
  const ig = await loadIgnore(opts);
  const files = new Set<string>();
  const realOf = new Map<string, string>();
  const errors: WalkResult['errors'] = [];
  const ignoredExplicit: string[] = [];
  const isIgnored = (abs: string) => {
    const rel = relative(opts.cwd, abs).split('\\').join('/');
    return rel !== '' && !rel.startsWith('..') && ig.ignores(rel);
  };

  for (const pattern of patterns) {
    const abs = resolve(opts.cwd, pattern);
    let info;
    try {
      info = await stat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (isGlob(pattern) && code === 'ENOENT') {
        const matched = await expandGlob(pattern, opts.cwd);
        const kept = matched.filter((f) => !isIgnored(f));
        if (kept.length === 0) errors.push({ pattern, message: `No files matching the pattern "${pattern}" were found.` });
        kept.forEach((f) => files.add(f));
        continue;
      }
      errors.push({ pattern, message: code === 'ENOENT' ? `No files matching the pattern "${pattern}" were found.` : `${pattern}: ${describeFsError(err)}` });
      continue;
    }
    if (info.isDirectory()) {
      const before = files.size;
      await walkDir(abs, files, realOf, isIgnored, errors, new Set());
      if (files.size === before) errors.push({ pattern, message: `No lintable files (${LINTABLE_EXTENSIONS.join(', ')}) were found in "${pattern}".` });
    } else if (isIgnored(abs)) {
      ignoredExplicit.push(abs);
    } else {
      files.add(abs);
    }
  }
  return { files: await uniqueFiles([...files].sort(), realOf), errors, ignoredExplicit };
}

/**
 * One path per real file: symlinked directories (and loops) make globs list a file several times.
 * The path without links wins, else the shortest.
 */
async function uniqueFiles(sorted: string[], realOf: Map<string, string>): Promise<string[]> {
  const byReal = new Map<string, string>();
  for (const f of sorted) {
    // Sync: one await per file was ~10% of a 10,000-file --cache re-run (the same native realpath).
    let real = realOf.get(f);
    if (real === undefined) {
      real = f;
      try { real = realpathSync.native(f); } catch { /* a dangling path keeps its own name */ }
    }
    const kept = byReal.get(real);
    if (kept === undefined || (kept !== real && (f === real || f.length < kept.length))) byReal.set(real, f);
  }
  return [...byReal.values()].sort();
}

async function walkDir(dir: string, out: Set<string>, realOf: Map<string, string>, isIgnored: (p: string) => boolean, errors: WalkResult['errors'], seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    errors.push({ pattern: dir, message: `${dir}: ${describeFsError(err)}` });
    return;
  }
  if (seen.has(real)) return; // a symlink loop: each real directory is walked once
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    errors.push({ pattern: dir, message: `${dir}: ${describeFsError(err)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    if (isIgnored(path)) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = await stat(path);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue; // dangling link
      }
    }
    if (isDir) await walkDir(path, out, realOf, isIgnored, errors, seen);
    else if (isFile && LINTABLE_EXTENSIONS.includes(extname(entry.name).toLowerCase()) && !isSkippedName(entry.name)) {
      out.add(path);
      // A plain file's real path is its real directory's plus its name: no realpath call per file.
      if (!entry.isSymbolicLink()) realOf.set(path, join(real, entry.name));
    }
  }
}

/**
 * Files a directory walk or a glob passes over (a file named on the command line is still linted): configs
 * and manifests are not macro libraries, and a repository's legal and project files (LICENSE, CHANGELOG ...)
 * are not replies: their capitals and formal wording would only make noise.
 */
export const SKIPPED_IN_WALKS = [
  'package.json', 'package-lock.json', '.complaintlintrc*', 'complaintlint.config.*', 'tsconfig*.json', '.pre-commit-config.yaml', '.pre-commit-hooks.yaml',
  'LICENSE*', 'LICENCE*', 'COPYING*', 'NOTICE*', 'CHANGELOG*', 'CONTRIBUTING*', 'CODE_OF_CONDUCT*', 'SECURITY*',
];
const CONFIG_FILE = /^(?:package(?:-lock)?\.json|\.complaintlintrc(?:\..+)?|complaintlint\.config\..+|tsconfig.*\.json|\.pre-commit-(?:hooks|config)\.ya?ml)$/;
const PROJECT_FILE = /^(?:licen[cs]e|copying|notice|changelog|contributing|code[-_]of[-_]conduct|security)(?:[-._][^/]*)?$/i;

export function isSkippedName(name: string): boolean {
  return CONFIG_FILE.test(name) || PROJECT_FILE.test(name);
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found = await glob(pattern, { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED, followSymbolicLinks: true });
  // A glob that ends in a directory part ("macros/**") matches files of every type: keep the lintable ones.
  return found.filter((f) => LINTABLE_EXTENSIONS.includes(extname(f).toLowerCase()) && !isSkippedName(f.split('/').pop()!)).sort();
}

async function loadIgnore(opts: WalkOptions): Promise<{ ignores(p: string): boolean }> {
  const patterns = [...(opts.ignorePatterns ?? [])];
  if (opts.ignorePath !== false) {
    const file = resolve(opts.cwd, opts.ignorePath ?? '.complaintlintignore');
    try {
      patterns.push(...(await readFile(file, 'utf8')).split(/\r?\n/));
    } catch (err) {
      if (opts.ignorePath) throw new Error(`${opts.ignorePath}: ${describeFsError(err)}`);
    }
  }
  const cleaned = patterns.map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
  if (cleaned.length === 0) return { ignores: () => false };
  const ignore = (await import('ignore')).default;
  return ignore().add(cleaned);
}
