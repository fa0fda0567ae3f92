// The library face of complaintlint: lint text or files and get ESLint-shaped results.
// The CLI is a thin layer over these functions.
import { resolve } from 'node:path';
import type { LintResult } from './types.js';
import { ConfigLoader, type LoaderOptions } from './config/load.js';
import type { ResolvedConfig } from './config/types.js';
import { lintFile, fatalResult } from './engine/lint-file.js';
import { applyFixes as applyFileFixes, type FileFix } from './engine/fixes.js';
import { walk } from './sources/walk.js';
import { readTextFile, SourceError } from './sources/read.js';
import { FormatError } from './formats/types.js';
import { ConfigError } from './config/types.js';

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
}

export interface LintRun {
  results: LintResult[];
  /** Patterns that matched nothing, unreadable directories. */
  patternErrors: Array<{ pattern: string; message: string }>;
  /** Number of replies linted. */
  replyCount: number;
}

/** Lints one text (a draft). Returns a one-element result array, as ESLint's lintText does. */
export async function lintText(text: string, options: LintOptions = {}): Promise<LintResult[]> {
  const loader = options.loader ?? new ConfigLoader(options);
  const filePath = options.filePath ? resolve(loader.cwd, options.filePath) : '<text>';
  const config = await loader.forFile(options.filePath ? filePath : resolve(loader.cwd, '__stdin__.txt'));
  return [await lintOne(filePath, text, config, options)];
}

/** Lints files, directories and globs. Throws when a pattern matches nothing. */
export async function lintFiles(patterns: string | string[], options: LintOptions = {}): Promise<LintResult[]> {
  const run = await runFiles(Array.isArray(patterns) ? patterns : [patterns], options);
  if (run.patternErrors.length) throw new Error(run.patternErrors.map((e) => e.message).join('\n'));
  return run.results;
}

/** lintFiles with everything the CLI needs to report. `onResult` sees each file as it finishes. */
export async function runFiles(patterns: string[], options: LintOptions & { onResult?: (r: LintResult, i: number, total: number) => void; files?: string[] } = {}): Promise<LintRun> {
  const loader = options.loader ?? new ConfigLoader(options);
  const cwd = loader.cwd;
  const rootConfig = await loader.forFile(resolve(cwd, '__dir__.txt'));
  const walked = options.files
    ? { files: options.files, errors: [] }
    : await walk(patterns, { cwd, ignorePath: options.ignore === false ? false : options.ignorePath, ignorePatterns: rootConfig.ignorePatterns });
  const results: LintResult[] = [];
  let replyCount = 0;
  for (const [i, file] of walked.files.entries()) {
    const result = await lintPath(file, loader, options);
    replyCount += result.replies.length;
    results.push(result);
    options.onResult?.(result, i, walked.files.length);
  }
  return { results, patternErrors: walked.errors, replyCount };
}

/** Reads and lints one file; unreadable or malformed files become a result with one fatal message. */
export async function lintPath(file: string, loader: ConfigLoader, options: LintOptions = {}): Promise<LintResult> {
  let text: string;
  try {
    text = await readTextFile(file);
  } catch (err) {
    if (err instanceof SourceError) return fatalResult(file, err.message);
    throw err;
  }
  const config = await loader.forFile(file);
  return lintOne(file, text, config, options);
}

async function lintOne(filePath: string, text: string, config: ResolvedConfig, options: LintOptions): Promise<LintResult> {
  try {
    const result = await lintFile({ filePath, text, config, fix: options.fix, kind: options.kind, channel: options.channel });
    return result;
  } catch (err) {
    if (err instanceof FormatError) return fatalResult(filePath, err.message, err.line, err.column);
    if (err instanceof ConfigError) throw err;
    if (err instanceof RangeError && /call stack|Invalid string length|allocation/i.test(err.message)) {
      return fatalResult(filePath, `file is too large or too deeply nested to lint (${err.message})`);
    }
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
