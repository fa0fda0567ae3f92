// The library face of complaintlint: lint text or files and get ESLint-shaped results.
// The CLI is a thin layer over these functions.
import { resolve } from 'node:path';
import type { LintResult } from './types.js';
import { ContextInputError, toThreadInput } from './context/input.js';
import { ConfigLoader, type LoaderOptions } from './config/load.js';
import type { ResolvedConfig } from './config/types.js';
import { applyFixes as applyFileFixes, type FileFix } from './engine/fixes.js';
import { runRepositoryStep } from './engine/repository.js';
import { countMessages } from './engine/lint-file.js';
import { bomOf } from './core/text.js';
import { lintOne, runFiles as runFileList, type LintOptions, type LintRun, type RunFilesOptions, type RunHooks } from './runner/run-files.js';

export type { LintOptions, LintRun, RunFilesOptions } from './runner/run-files.js';

/** lintFiles with everything the CLI needs to report. `onResult` sees each file as it finishes. */
export async function runFiles(patterns: string[], options: RunFilesOptions = {}, hooks?: RunHooks): Promise<LintRun> {
  return runFileList(patterns, withThread(options), hooks);
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

/** Keeps only the errors (and fatal messages) of each result, with its counts made to match (--quiet). */
export function keepErrors(results: LintResult[]): void {
  for (const r of results) {
    r.messages = r.messages.filter((m) => m.severity === 2 || m.fatal);
    countMessages(r);
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
  const bom = bomOf(text);
  const { output, applied } = applyFileFixes(bom ? text.slice(1) : text, fixes);
  return { output: bom + output, fixed: applied.length > 0 };
}
