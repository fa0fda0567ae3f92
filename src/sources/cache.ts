// --cache: remembers each file's result keyed by a hash of its content, the resolved config that
// applies to it (rules, options, plugins' rule code, the config file's text), the lint mode and
// the complaintlint version. A cache from another version is dropped whole. A missing, corrupt or
// unreadable cache is ignored and rebuilt; failing to write it is a warning, never an error.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { LintResult } from '../types.js';
import type { ResolvedConfig } from '../config/types.js';
import { writeAtomic } from './write.js';

const FORMAT = 1;
export const DEFAULT_CACHE_LOCATION = '.complaintlintcache';

interface CacheEntry {
  key: string;
  result: LintResult;
}

interface CacheFile {
  format: number;
  complaintlint: string;
  files: Record<string, CacheEntry>;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

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
  const rules = [...config.rules.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, rc]) => [id, rc.severity, rc.options]);
  // Rule code and metadata: catches an edited plugin or phrase list even when the config file is unchanged.
  const ruleSet = [...config.ruleSet.values()].map((r) => [r.meta.id, sha(JSON.stringify(r.meta) + '\n' + String(r.check))])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  let configText = '';
  if (config.filePath && isAbsolute(config.filePath)) {
    try { configText = readFileSync(config.filePath, 'utf8'); } catch { /* unreadable: the rules above still count */ }
  }
  h = sha(JSON.stringify({
    kind: config.kind, channel: config.channel, fields: config.fields, placeholders: config.placeholders,
    minWords: config.minWords, ignorePatterns: config.ignorePatterns, file: config.filePath ?? null, configText, rules, ruleSet,
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

  /** The key a file's cached result must match. `mode` covers lint options outside the config (fix, --kind). */
  keyFor(text: string, config: ResolvedConfig, mode: string): string {
    return sha(`${this.version}\0${mode}\0${hashConfig(config)}\0${sha(text)}`);
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
    return { ...structuredClone(entry.result), filePath };
  }

  set(filePath: string, key: string, result: LintResult): void {
    // A fixed file is rewritten, so its old text's result is of no use; unreadable files are retried.
    if (result.output !== undefined || result.messages.some((m) => m.fatal && m.ruleId === null && !result.replies.length)) {
      this.delete(filePath);
      return;
    }
    const { source: _s, output: _o, ...rest } = result;
    this.files[this.rel(filePath)] = { key, result: { ...rest, filePath: this.rel(filePath) } };
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
