// --cache: remembers each file's result keyed by a hash of its content, the resolved config that
// applies to it (rules, options, plugins' rule code and every code file of each plugin, the config file's text), the lint mode and
// the complaintlint version. A file whose size and modification time are what they were when its
// result was stored is not even read (as ESLint's default "metadata" strategy); one that was touched
// but not changed is read and matched by content. A cache from another version is dropped whole. A
// missing, corrupt or unreadable cache is ignored and rebuilt; failing to write it is a warning.
import { createRequire } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { LintResult } from '../types.js';
import type { ResolvedConfig } from '../config/types.js';
import { writeAtomic } from '../sources/write.js';
import { pluginFingerprint } from '../sources/plugin-fingerprint.js';

const FORMAT = 2;
export const DEFAULT_CACHE_LOCATION = '.complaintlintcache';

interface CacheEntry {
  /** Hash of the lint context (version, mode, config) and the file's content. */
  key: string;
  /** Hash of the lint context alone, and the file's size:mtime when it was read: the no-read check. */
  context?: string;
  stat?: string;
  result: LintResult;
}

interface CacheFile {
  format: number;
  complaintlint: string;
  files: Record<string, CacheEntry>;
}

// node:crypto loads on first use: runs without --cache never pay for it.
let crypto: typeof import('node:crypto') | undefined;
const sha = (s: string | Uint8Array) => (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(s).digest('hex');

/** Where the cache lives: a file path, or a file inside a directory named by --cache-location. */
export function resolveCacheFile(location: string, cwd: string): string {
  const abs = resolve(cwd, location);
  let isDir = location.endsWith('/') || location.endsWith(sep);
  if (!isDir) {
    try { isDir = statSync(abs).isDirectory(); } catch { /* a new file */ }
  }
  // One cache per working directory when several projects share a cache directory (as ESLint does).
  return isDir ? join(abs, `.complaintlintcache-${sha(cwd).slice(0, 10)}`) : abs;
}

const configHashes = new WeakMap<ResolvedConfig, string>();

/** A stable hash of everything in a resolved config that can change a file's findings. */
export function hashConfig(config: ResolvedConfig): string {
  let h = configHashes.get(config);
  if (h) return h;
  const rules = [...config.rules.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, rc]) => [id, rc.severity, rc.options, Boolean(rc.explicit)]);
  // Rule code and metadata: catches an edited plugin or phrase list even when the config file is unchanged.
  const ruleSet = [...config.ruleSet.values()].map((r) => [r.meta.id, sha(JSON.stringify(r.meta) + '\n' + String(r.check))])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  let configText = '';
  if (config.filePath && isAbsolute(config.filePath)) {
    try { configText = readFileSync(config.filePath, 'utf8'); } catch { /* unreadable: the rules above still count */ }
  }
  h = sha(JSON.stringify({
    kind: config.kind, channel: config.channel, platform: config.platform ?? null, fieldsSet: Boolean(config.fieldsSet), fields: config.fields, placeholders: config.placeholders,
    minWords: config.minWords, ignorePatterns: config.ignorePatterns, file: config.filePath ?? null, configText, rules, ruleSet,
    // Every module a plugin can load, not only its rules' check functions (see plugin-fingerprint.ts).
    plugins: (config.plugins ?? []).map((p) => [p.name, p.path ? pluginFingerprint(p.path, sha) : null]),
  }, (_k, v) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v instanceof RegExp ? String(v) : v)));
  configHashes.set(config, h);
  return h;
}

export class LintCache {
  private files: Record<string, CacheEntry> = {};
  private dirty = false;
  /** Why the old cache was not used (corrupt, other version), for --verbose. */
  note?: string;
  hits = 0;
  misses = 0;

  private constructor(readonly file: string, readonly cwd: string, readonly version: string) {}

  static async open(location: string, cwd: string, version: string): Promise<LintCache> {
    const cache = new LintCache(resolveCacheFile(location, cwd), cwd, version);
    let raw: string;
    try {
      raw = await readFile(cache.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') cache.note = `cache ${cache.file} is unreadable (${(err as Error).message.split('\n')[0]}); rebuilding it`;
      return cache;
    }
    try {
      const data = JSON.parse(raw) as CacheFile;
      if (!data || typeof data !== 'object' || data.format !== FORMAT || typeof data.files !== 'object' || data.files === null || Array.isArray(data.files)) {
        cache.note = `cache ${cache.file} is not a complaintlint cache; rebuilding it`;
      } else if (data.complaintlint !== version) {
        cache.note = `cache was written by complaintlint ${data.complaintlint}; rebuilding it for ${version}`;
      } else {
        cache.files = data.files;
      }
    } catch {
      cache.note = `cache ${cache.file} is corrupt; rebuilding it`;
    }
    if (cache.note) cache.dirty = true;
    return cache;
  }

  private readonly contexts = new WeakMap<ResolvedConfig, Map<string, string>>();

  /** What besides the text decides a result: version, mode (fix, --kind ...) and config. */
  contextFor(config: ResolvedConfig, mode: string): string {
    let byMode = this.contexts.get(config);
    if (!byMode) this.contexts.set(config, (byMode = new Map()));
    let c = byMode.get(mode);
    if (c === undefined) byMode.set(mode, (c = sha(`${this.version}\0${mode}\0${hashConfig(config)}`)));
    return c;
  }

  /** The key a file's cached result must match: its lint context (contextFor) and its text. */
  keyFor(text: string, context: string): string {
    return sha(`${context}\0${sha(text)}`);
  }

  /** A file's size and modification time, read before its text (a change after that shows next time). */
  static statOf(filePath: string): string | undefined {
    try {
      const s = statSync(filePath);
      return s.isFile() ? `${s.size}:${s.mtimeMs}` : undefined;
    } catch {
      return undefined;
    }
  }

  /** The stored result when the file has the same size and mtime as when it was stored, in the same context. */
  getUnchanged(filePath: string, context: string, stat: string): LintResult | undefined {
    const entry = this.files[this.rel(filePath)];
    if (!entry || entry.context !== context || entry.stat !== stat || !entry.result || !Array.isArray(entry.result.messages)) return undefined;
    this.hits++;
    return this.take(entry, filePath);
  }

  // Each entry is handed out at most once a run and replaced, never edited, by set(): no copy needed.
  private take(entry: CacheEntry, filePath: string): LintResult {
    return { ...entry.result, filePath };
  }

  private rel(filePath: string): string {
    return relative(this.cwd, filePath).split(sep).join('/');
  }

  get(filePath: string, key: string): LintResult | undefined {
    const entry = this.files[this.rel(filePath)];
    if (!entry || entry.key !== key || !entry.result || !Array.isArray(entry.result.messages)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return this.take(entry, filePath);
  }

  /** Records the content hash's match as still good at this size and mtime (a touched, unchanged file). */
  refresh(filePath: string, context: string, stat: string | undefined): void {
    const entry = this.files[this.rel(filePath)];
    if (!entry || (entry.context === context && entry.stat === stat)) return;
    entry.context = context;
    entry.stat = stat;
    this.dirty = true;
  }

  set(filePath: string, key: string, result: LintResult, context?: string, stat?: string): void {
    // A fixed file is rewritten, so its old text's result is of no use; unreadable files are retried.
    if (result.output !== undefined || result.messages.some((m) => m.fatal && m.ruleId === null && !result.replies.length)) {
      this.delete(filePath);
      return;
    }
    const { source: _s, output: _o, ...rest } = result;
    this.files[this.rel(filePath)] = { key, context, stat, result: { ...rest, filePath: this.rel(filePath) } };
    this.dirty = true;
  }

  delete(filePath: string): void {
    const rel = this.rel(filePath);
    if (rel in this.files) { delete this.files[rel]; this.dirty = true; }
  }

  /** Writes the cache atomically. Returns a warning instead of throwing. */
  async save(): Promise<string | undefined> {
    if (!this.dirty) return undefined;
    const data: CacheFile = { format: FORMAT, complaintlint: this.version, files: this.files };
    try {
      await mkdir(dirname(this.file), { recursive: true });
      await writeAtomic(this.file, JSON.stringify(data));
      this.dirty = false;
      return undefined;
    } catch (err) {
      return `could not write the cache ${this.file}: ${(err as Error).message.split('\n')[0]}`;
    }
  }
}
