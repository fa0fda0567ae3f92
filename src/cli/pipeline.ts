// The CI side of the command line, kept out of main.ts: what runFiles needs for --cache, --jobs,
// --shard and the progress line, baselines as a post-processing step, and --verbose run details.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { LintResult, RuleMeta } from '../types.js';
import type { CliOptions } from './options.js';
import type { Io } from './main.js';
import type { LintRun, RunFilesOptions } from '../api.js';
import type { ConfigLoader } from '../config/load.js';
import { resolveCacheFile } from '../runner/cache.js';
import { writeAtomic, WriteError } from '../sources/write.js';
import { describeFsError, readTextFile } from '../sources/read.js';
import { UsageError } from './options.js';
import { stripBom } from '../core/text.js';
import { applyBaseline, BaselineError, createBaseline, pruneBaseline, readBaseline, serializeBaseline, total, type TextOf } from '../runner/baseline.js';
import { Progress, progressWanted } from './progress.js';
import { noticeLine } from '../formatters/escape.js';

/** runFiles options for --cache, --jobs, --shard, the progress line and sources for formatters that show text. */
export function runExtras(options: CliOptions, io: Io, keepSource: boolean): { extras: RunFilesOptions; progress: Progress | undefined } {
  const progress = progressWanted(io.stderr, options.quiet) ? new Progress(io.stderr) : undefined;
  const exclude = [options.baseline, options.baselineCreate, options.outputFile].filter((f): f is string => Boolean(f)).map((f) => resolve(io.cwd, f));
  if (options.cache) exclude.push(resolveCacheFile(options.cacheLocation, io.cwd));
  const extras: RunFilesOptions = {
    keepSource,
    cacheLocation: options.cache ? options.cacheLocation : undefined,
    jobs: options.jobs === undefined ? undefined : options.jobs === 'auto' ? 'auto' : Number(options.jobs),
    shard: options.shard,
    exclude,
    onResult: progress ? (r, done, totalFiles) => progress.update(done, totalFiles, r.replies.length) : undefined,
  };
  return { extras, progress };
}

/** --verbose: how many files were linted and how many came from the cache (and cache trouble). */
export function reportRun(run: LintRun, options: CliOptions, io: Io): void {
  if (!options.verbose) return;
  for (const note of run.cacheNotes) io.stderr.write(noticeLine(`${note}`));
  const files = run.results.length;
  const parts = [`linted ${run.linted} ${run.linted === 1 ? 'file' : 'files'}`];
  if (options.cache) parts.push(`${run.cached} from cache`);
  io.stderr.write(noticeLine(`${parts.join(', ')} (${files} ${files === 1 ? 'file' : 'files'}, ${run.replyCount} ${run.replyCount === 1 ? 'reply' : 'replies'})`));
}

/**
 * --baseline-create records today's findings (and reports none of them); --baseline drops the
 * recorded ones; --baseline-prune then rewrites the baseline without what no longer occurs.
 */
export async function applyBaselineOptions(results: LintResult[], options: CliOptions, io: Io): Promise<void> {
  if (!options.baselineCreate && !options.baseline) return;
  const textOf = await findingTexts(results);
  if (options.baselineCreate) {
    const file = resolve(io.cwd, options.baselineCreate);
    const baseline = createBaseline(results, io.cwd, textOf);
    await writeNamed(file, serializeBaseline(baseline), options.baselineCreate);
    const findings = Object.values(baseline.files).reduce((n, c) => n + total(c), 0);
    const files = Object.keys(baseline.files).length;
    io.stderr.write(noticeLine(`recorded ${plural(findings, 'finding')} in ${plural(files, 'file')} to ${options.baselineCreate}`));
    applyBaseline(results, baseline, io.cwd, textOf);
    return;
  }
  const file = resolve(io.cwd, options.baseline!);
  let baseline;
  try {
    baseline = await readBaseline(file);
  } catch (err) {
    if (err instanceof BaselineError) throw new UsageError(err.message.replace(file, options.baseline!));
    throw err;
  }
  if (options.baselinePrune) {
    const { baseline: pruned, removed } = pruneBaseline(baseline, results, io.cwd, textOf);
    await writeNamed(file, serializeBaseline(pruned), options.baseline!);
    io.stderr.write(noticeLine(`pruned ${plural(removed, 'finding')} that no longer ${removed === 1 ? 'occurs' : 'occur'} from ${options.baseline}`));
    baseline = pruned;
  }
  applyBaseline(results, baseline, io.cwd, textOf);
}

/**
 * The text each file's findings point into, for baseline fingerprints: the fixed text of a dry run, else
 * the file as it is now (after --fix, the fixed file). Read only for files with findings.
 */
async function findingTexts(results: LintResult[]): Promise<TextOf> {
  const texts = new Map<LintResult, string>();
  await Promise.all(results.map(async (r) => {
    if (r.filePath.startsWith('<') || !r.messages.some((m) => m.ruleId && !m.fatal)) return;
    const text = r.output ?? await readTextFile(r.filePath).catch(() => undefined);
    if (text !== undefined) texts.set(r, stripBom(text));
  }));
  return (r) => texts.get(r);
}

/** Rule metadata for formatters: built-in rules plus the plugin and phrase rules of the root config. */
export async function collectRulesMeta(loader: ConfigLoader, cwd: string, base: Record<string, RuleMeta>): Promise<Record<string, RuleMeta>> {
  const meta = { ...base };
  try {
    const config = await loader.forFile(resolve(cwd, '__dir__.txt'));
    for (const rule of config.ruleSet.values()) meta[rule.meta.id] ??= rule.meta;
  } catch { /* config errors were reported while linting */ }
  return meta;
}

/**
 * -o: the report file's directory is created if needed; a regular file is replaced atomically. /dev/stdout
 * and /dev/stderr are the CLI's own streams; other special files (/dev/null, a named pipe) are written
 * as they are, since they cannot be replaced.
 */
export async function writeReport(shown: string, report: string, cwd: string, streams: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<void> {
  const path = resolve(cwd, shown);
  if (path === '/dev/stdout' || path === '/dev/stderr') {
    if (report) (path === '/dev/stdout' ? streams.stdout : streams.stderr).write(report.endsWith('\n') ? report : `${report}\n`);
    return;
  }
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile() && !existing.isDirectory()) {
    try {
      await writeFile(path, report);
    } catch (err) {
      throw new WriteError(`${shown}: cannot write the report: ${describeFsError(err)}`);
    }
    return;
  }
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (err) {
    throw new WriteError(`${shown}: cannot create its directory: ${describeFsError(err)}`);
  }
  await writeNamed(path, report, shown);
}

/** writeAtomic, with the file named in the error. */
async function writeNamed(path: string, text: string, shown: string): Promise<void> {
  try {
    await writeAtomic(path, text);
  } catch (err) {
    if (err instanceof WriteError) throw new WriteError(`${shown}: ${err.message}`);
    throw err;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
