// The library face of complaintlint: lint text or files and get ESLint-shaped results.
// The CLI is a thin layer over these functions.
import { dirname, resolve } from 'node:path';
import type { LintResult, ThreadInput } from './types.js';
import { ContextInputError, toThreadInput } from './context/input.js';
import { ConfigLoader, type LoaderOptions } from './config/load.js';
import type { ResolvedConfig } from './config/types.js';
import { lintFile, fatalResult } from './engine/lint-file.js';
import { applyFixes as applyFileFixes, type FileFix } from './engine/fixes.js';
import { walk } from './sources/walk.js';
import { readTextFile, SourceError } from './sources/read.js';
import { FormatError } from './formats/types.js';
import { clampPosition } from './engine/safe-positions.js';
import { ConfigError } from './config/types.js';
import { lintBatch } from './engine/run-batch.js';
import { runRepositoryStep } from './engine/repository.js';
import { shardFiles, type Shard } from './engine/shard.js';
import { LintCache } from './sources/cache.js';
import { getVersion } from './version.js';

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
  /** Called with the files about to be linted, once they are known (before the first is read). */
  onFiles?: (files: readonly string[]) => void;
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

/** Lints one text (a draft). Returns a one-element result array, as ESLint's lintText does. */
export async function lintText(text: string, options: LintOptions = {}): Promise<LintResult[]> {
  options = withThread(options);
  const loader = options.loader ?? new ConfigLoader(options);
  const filePath = options.filePath ? resolve(loader.cwd, options.filePath) : '<text>';
  const config = await loader.forFile(options.filePath ? filePath : resolve(loader.cwd, '__stdin__.txt'));
  const result = await lintOne(filePath, text, config, options);
  if (options.keepSource) result.source = text;
  // Cross-reply rules (duplicate-macro) compare the replies of this one text.
  runRepositoryStep([result], config.ruleSet, loader.cwd);
  return [result];
}

/** Lints files, directories and globs. Throws when a pattern matches nothing. */
export async function lintFiles(patterns: string | string[], options: RunFilesOptions = {}): Promise<LintResult[]> {
  const run = await runFiles(Array.isArray(patterns) ? patterns : [patterns], options);
  if (run.patternErrors.length) throw new Error(run.patternErrors.map((e) => e.message).join('\n'));
  return run.results;
}

/** lintFiles with everything the CLI needs to report. `onResult` sees each file as it finishes. */
export async function runFiles(patterns: string[], options: RunFilesOptions = {}): Promise<LintRun> {
  options = withThread(options);
  const loader = options.loader ?? new ConfigLoader(options);
  const cwd = loader.cwd;
  const rootConfig = await loader.forFile(resolve(cwd, '__dir__.txt'));
  const walked = options.files
    ? { files: options.files, errors: [], ignoredExplicit: [] }
    : await walk(patterns, { cwd, ignorePath: options.ignore === false ? false : options.ignorePath, ignorePatterns: rootConfig.ignorePatterns });
  const excluded = new Set((options.exclude ?? []).map((f) => resolve(cwd, f)));
  let files = excluded.size ? walked.files.filter((f) => !excluded.has(f)) : walked.files;
  if (options.shard) files = shardFiles(files, options.shard, cwd);
  options.onFiles?.(files);
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

async function lintOne(filePath: string, text: string, config: ResolvedConfig, options: LintOptions): Promise<LintResult> {
  try {
    const context = options.context as ThreadInput | undefined;
    const result = await lintFile({ filePath, text, config, fix: options.fix, kind: options.kind, channel: options.channel, context });
    return result;
  } catch (err) {
    if (err instanceof FormatError) {
      const at = clampPosition(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, err.line, err.column);
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

/** The options with `context` checked and made a ThreadInput (a bad shape is a TypeError naming it). */
function withThread<O extends LintOptions>(options: O): O {
  if (options.context === undefined) return options;
  try {
    return { ...options, context: toThreadInput(options.context) };
  } catch (err) {
    if (err instanceof ContextInputError) throw new TypeError(`lint options: ${err.message}`);
    throw err;
  }
}

/** Loads the resolved config for a file path (what --print-config shows). */
export async function loadConfig(filePath: string, options: LoaderOptions = {}): Promise<ResolvedConfig> {
  const loader = new ConfigLoader(options);
  return loader.forFile(resolve(loader.cwd, filePath));
}

/** Applies the fixes of a result's messages to the text they were reported on. */
export function applyFixes(text: string, messages: Array<{ fix?: FileFix }>): { output: string; fixed: boolean } {
  const fixes = messages.filter((m) => m.fix).map((m) => m.fix!);
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const { output, applied } = applyFileFixes(bom ? text.slice(1) : text, fixes);
  return { output: bom + output, fixed: applied.length > 0 };
}
