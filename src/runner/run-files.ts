// Running a lint over files: walk the patterns, take what the cache holds, read ahead, lint the rest
// serially or in worker threads, then the cross-file step. The API (api.ts) and the CLI use it; the
// engine it calls stays pure (text in, results out).
import { dirname, resolve } from 'node:path';
import type { LintResult, ThreadInput } from '../types.js';
import { ConfigLoader, type LoaderOptions } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { ConfigError } from '../config/types.js';
import { lintFile, fatalResult } from '../engine/lint-file.js';
import { clampPosition } from '../engine/safe-positions.js';
import { runRepositoryStep } from '../engine/repository.js';
import { FormatError } from '../formats/types.js';
import { walk } from '../sources/walk.js';
import { readTextFile, SourceError } from '../sources/read.js';
import { getVersion } from '../core/version.js';
import { stripBom } from '../core/text.js';
import { lintBatch } from './run-batch.js';
import { shardFiles, type Shard } from './shard.js';
import { LintCache } from './cache.js';

export interface LintOptions extends LoaderOptions {
  /** Apply fixes: results carry `output` with the fixed text (nothing is written). */
  fix?: boolean;
  /** lintText: the name the text is linted as (picks the format and config). */
  filePath?: string;
  /** lintFiles: honour .complaintlintignore (default true) / a different ignore file. */
  ignore?: boolean;
  ignorePath?: string;
  /** A shared config loader (the CLI passes its own so config is searched once per directory). */
  loader?: ConfigLoader;
  /** Keep each file's text as the result's `source` (for formatters that show it, like html). */
  keepSource?: boolean;
  /**
   * The customer's message the text answers (a string), or { customer, earlier: [{ from, text }] }:
   * turns on the context rules. A thread file or quoted history inside the text gives its own.
   */
  context?: string | ThreadInput;
}

/** lintFiles/runFiles only: how to run a large batch. */
export interface RunFilesOptions extends LintOptions {
  /** `onResult` sees each file as it finishes (`i` counts finished files, not file order). */
  onResult?: (r: LintResult, i: number, total: number) => void;
  /** Lint exactly these files instead of walking `patterns`. */
  files?: string[];
  /** Reuse results of unchanged files from this cache file (--cache / --cache-location). */
  cacheLocation?: string;
  /** Worker threads: a number, or "auto" (serial for small runs). */
  jobs?: number | 'auto';
  /** Lint only the index-th (1-based) of count deterministic shards of the file list. */
  shard?: Shard;
  /** Files never to lint even when a pattern matches them (the cache, a baseline, the report). */
  exclude?: string[];
}

export interface LintRun {
  results: LintResult[];
  /** Patterns that matched nothing, unreadable directories. */
  patternErrors: Array<{ pattern: string; message: string }>;
  /** Files named explicitly that an ignore file or ignorePatterns skip (not linted). */
  ignored: string[];
  /** Number of replies linted. */
  replyCount: number;
  /** Files linted in this run, and files whose result came from the cache. */
  linted: number;
  cached: number;
  /** Why an old cache was not used, and why the cache could not be written (--verbose shows them). */
  cacheNotes: string[];
  /** What the trust model refused in configs of linted directories, one line each (the file first). */
  warnings: string[];
}

/** lintFiles with everything the CLI needs to report. `onResult` sees each file as it finishes. */
/** What the CLI does around a run that a library caller must not (process-wide V8 flags). */
export interface RunHooks {
  /** Called with the files about to be linted, once they are known (before the first is read). */
  beforeLint?: (files: readonly string[]) => void;
}

export async function runFiles(patterns: string[], options: RunFilesOptions = {}, hooks: RunHooks = {}): Promise<LintRun> {
  const loader = options.loader ?? new ConfigLoader(options);
  const cwd = loader.cwd;
  const rootConfig = await loader.forFile(resolve(cwd, '__dir__.txt'));
  const walked = options.files
    ? { files: options.files, errors: [], ignoredExplicit: [] }
    : await walk(patterns, { cwd, ignorePath: options.ignore === false ? false : options.ignorePath, ignorePatterns: rootConfig.ignorePatterns });
  const excluded = new Set((options.exclude ?? []).map((f) => resolve(cwd, f)));
  let files = excluded.size ? walked.files.filter((f) => !excluded.has(f)) : walked.files;
  if (options.shard) files = shardFiles(files, options.shard, cwd);
  hooks.beforeLint?.(files);
  // Worker threads load config on their own: the configs are resolved here too, so that what the trust
  // model refuses in a nested config is reported once, by this thread's loader (errors surface per file).
  if (options.jobs !== undefined && options.jobs !== 1) {
    for (const file of new Map(files.map((f) => [dirname(f), f])).values()) await loader.forFile(file).catch(() => undefined);
  }
  const cache = options.cacheLocation ? await LintCache.open(options.cacheLocation, cwd, getVersion()) : undefined;
  const batch = await lintBatch(files, {
    loader,
    lintOne: (file, text) => lintPath(file, loader, options, text),
    cache,
    mode: JSON.stringify([Boolean(options.fix), options.kind ?? null, options.channel ?? null, options.context ?? null]),
    jobs: options.jobs,
    workerSetup: { loaderOptions: loader.options, fix: options.fix, kind: options.kind, channel: options.channel, keepSource: options.keepSource, context: options.context as ThreadInput | undefined },
    keepSource: options.keepSource,
    onResult: options.onResult,
  });
  const cacheNotes = cache?.note ? [cache.note] : [];
  const saveProblem = await cache?.save();
  if (saveProblem) cacheNotes.push(saveProblem);
  // After the cache is written: what the repository step reports depends on other files, so it is never cached.
  runRepositoryStep(batch.results, rootConfig.ruleSet, cwd);
  const replyCount = batch.results.reduce((n, r) => n + r.replies.length, 0);
  return { results: batch.results, patternErrors: walked.errors, ignored: walked.ignoredExplicit, replyCount, linted: batch.linted, cached: batch.cached, cacheNotes, warnings: [...loader.warnings] };
}

/** Reads and lints one file; unreadable or malformed files become a result with one fatal message. */
export async function lintPath(file: string, loader: ConfigLoader, options: LintOptions = {}, preread?: Promise<string>): Promise<LintResult> {
  let text: string;
  try {
    // `preread`: the file's text already being read (batches read ahead while linting).
    text = await (preread ?? readTextFile(file));
  } catch (err) {
    if (err instanceof SourceError) return fatalResult(file, err.message);
    throw err;
  }
  const config = await loader.forFile(file);
  const result = await lintOne(file, text, config, options);
  if (options.keepSource) result.source = text;
  return result;
}

export async function lintOne(filePath: string, text: string, config: ResolvedConfig, options: LintOptions): Promise<LintResult> {
  try {
    const context = options.context as ThreadInput | undefined;
    const result = await lintFile({ filePath, text, config, fix: options.fix, kind: options.kind, channel: options.channel, context });
    return result;
  } catch (err) {
    if (err instanceof FormatError) {
      const at = clampPosition(stripBom(text), err.line, err.column);
      return fatalResult(filePath, err.message, at.line, at.column);
    }
    if (err instanceof ConfigError) throw err;
    if (err instanceof RangeError && /call stack|Invalid string length|allocation/i.test(err.message)) {
      return fatalResult(filePath, `file is too large or too deeply nested to lint (${err.message})`);
    }
    // Anything else is a bug in complaintlint, not in the file: report it for this file and go on with
    // the others. The error rides along (not enumerable, so not in JSON output) for --debug.
    const why = String((err as Error)?.message ?? err).split('\n')[0];
    const result = fatalResult(filePath, `internal error while linting this file: ${why} (run with --debug for the stack trace)`);
    Object.defineProperty(result, 'internalError', { value: err, enumerable: false });
    return result;
  }
}

