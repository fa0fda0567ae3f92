// The command line: argv -> options -> lint (via the API) -> post-processing -> formatter -> exit code.
import { resolve } from 'node:path';
import { CommanderError } from 'commander';
import type { LintResult, RuleMeta } from '../types.js';
import { buildProgram, toCliOptions, UsageError, type CliOptions } from './options.js';
import { useAscii, useColor } from './color.js';
import { getVersion } from '../core/version.js';
import { stripBom } from '../core/text.js';
import { ConfigLoader } from '../config/load.js';
import { ConfigError } from '../config/types.js';
import { keepErrors, lintText, runFiles } from '../api.js';
import { readStdin } from '../sources/stdin.js';
import { readTextFile, SourceError } from '../sources/read.js';
import { ContextInputError, toThreadInput } from '../context/input.js';
import type { ThreadInput } from '../types.js';
import { writeAtomic, WriteError } from '../sources/write.js';
import { BUILT_IN_FORMATTERS, loadFormatter, FormatterError } from '../formatters/index.js';
import { builtinRules } from '../../rules/index.js';
import { inputSize, tuneForRun } from '../core/boot.js';
import { fixReport } from './fix-report.js';
import { guardLineStarts, noticeLine, visible, visibleKeepingBreaks } from '../formatters/escape.js';
import { applyBaselineOptions, collectRulesMeta, reportRun, runExtras, writeReport } from './pipeline.js';

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  cwd: string;
}

// process.stdin is a stream built on first access (~10 ms): only runs that read stdin pay for it.
const defaultIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, get stdin() { return process.stdin; }, cwd: process.cwd() });

/** Runs the CLI and returns the exit code (0 ok, 1 lint errors, 2 usage/config/runtime error). */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const program = buildProgram(getVersion());
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    outputError: (s, write) => write(visible(oneLineError(s).trimEnd()) + '\n'),
  });
  let options: CliOptions;
  try {
    program.parse(argv, { from: 'user' });
    options = toCliOptions(program);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) { io.stderr.write(noticeLine(`${err.message}`)); return 2; }
    throw err;
  }
  try {
    return await run(options, io);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof UsageError || err instanceof FormatterError || err instanceof SourceError || err instanceof WriteError) {
      io.stderr.write(noticeLine(`${err.message}`));
      return 2;
    }
    const e = err as Error;
    io.stderr.write(options.debug ? `${guardLineStarts(visibleKeepingBreaks(String(e.stack ?? e)))}\n` : noticeLine(`internal error: ${String(e?.message ?? e).split('\n')[0]} (run with --debug for details)`));
    return 2;
  }
}

async function run(options: CliOptions, io: Io): Promise<number> {
  if (options.mcp) {
    const { serveMcp } = await import('./mcp.js');
    await serveMcp({ cwd: io.cwd, configFile: options.config, useConfig: options.useConfig, preset: options.preset, ruleOverrides: options.rules, kind: options.kind, channel: options.channel });
    return 0;
  }
  const loader = new ConfigLoader({
    cwd: io.cwd, configFile: options.config, useConfig: options.useConfig, preset: options.preset, trustNestedConfig: options.trustNestedConfig,
    ruleOverrides: options.rules, kind: options.kind, channel: options.channel, platform: options.platform,
  });
  if (options.listRules || options.explain || options.printConfig || options.init) {
    const discovery = await import('./discovery.js');
    return discovery.runDiscovery(options, loader, io);
  }

  const useStdin = options.stdin || (options.patterns.length === 1 && options.patterns[0] === '-') || (options.patterns.length === 0 && !io.stdin.isTTY);
  if (!useStdin && options.patterns.length === 0) {
    throw new UsageError('no files given: pass files, directories or globs, or pipe a draft on stdin (see --help)');
  }
  if (useStdin && options.fix) throw new UsageError('--fix cannot write to stdin; use --fix-dry-run to print the fixed text');
  const fix = options.fix || options.fixDryRun;
  const context = options.context === undefined ? undefined : await readContext(options.context, io.cwd);
  // Loaded first: an unknown formatter fails before a long run, and html asks for the file texts.
  const formatter = await loadFormatter(options.format, io.cwd);
  const keepSource = Boolean(formatter.needsSource);

  let results: LintResult[];
  let exitError = false;
  let stdinText = '';
  if (useStdin) {
    const text = stdinText = await readStdin(io.stdin);
    tuneForRun(Buffer.byteLength(text));
    const filePath = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : undefined;
    results = await lintText(text, { cwd: io.cwd, fix, filePath, loader, kind: options.kind, channel: options.channel, keepSource, context });
    if (!filePath) results[0]!.filePath = '<stdin>';
  } else {
    const { extras, progress } = runExtras(options, io, keepSource);
    const run = await runFiles(options.patterns, { cwd: io.cwd, fix, loader, ignore: options.ignore, ignorePath: options.ignorePath, kind: options.kind, channel: options.channel, context, ...extras }, { beforeLint: (files) => tuneForRun(inputSize(files), files.length) });
    progress?.clear();
    reportRun(run, options, io);
    for (const e of run.patternErrors) io.stderr.write(noticeLine(`${display(e.message, io.cwd)}`));
    for (const f of run.ignored) io.stderr.write(noticeLine(`warning: ${display(f, io.cwd)}: file ignored because of a matching ignore pattern; use --no-ignore to lint it`));
    if (run.patternErrors.length) exitError = true;
    results = run.results;
  }

  for (const w of loader.warnings) io.stderr.write(noticeLine(`warning: ${w}`));
  for (const r of results) {
    for (const n of (r as LintResult & { notices?: string[] }).notices ?? []) io.stderr.write(noticeLine(`${display(r.filePath, io.cwd)}: ${n}`));
    const fatal = r.messages.find((m) => m.fatal);
    if (fatal) {
      exitError = true;
      io.stderr.write(noticeLine(`${display(r.filePath, io.cwd)}: ${fatal.message}`));
      const internal = (r as LintResult & { internalError?: Error }).internalError;
      if (options.debug && internal) io.stderr.write(`${guardLineStarts(visibleKeepingBreaks(String(internal.stack ?? internal)))}\n`);
    }
  }

  if (options.fix) {
    for (const r of results) {
      if (r.output === undefined) continue;
      try {
        await writeAtomic(r.filePath, r.output, { root: io.cwd, allowOutside: options.allowSymlinkWrites, expectedHash: r.fixedFrom });
      } catch (err) {
        exitError = true;
        delete r.appliedFixes; // not written: nothing to report as fixed
        io.stderr.write(noticeLine(`${display(r.filePath, io.cwd)}: ${(err as Error).message}`));
      }
    }
  }
  if (fix) {
    io.stderr.write(fixReport(results, { dryRun: options.fixDryRun, verbose: options.verbose, cwd: io.cwd, color: useColor(options.color, io.stderr, false) }));
    for (const r of results) {
      delete r.appliedFixes;
      delete r.fixedFrom;
      if (options.fix) delete r.output;
    }
  }

  await applyBaselineOptions(results, options, io);

  if (options.quiet) keepErrors(results);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const toFile = options.outputFile !== undefined;
  const draftToStdout = options.fixDryRun && useStdin && options.format !== 'json';
  const color = useColor(options.color, draftToStdout ? io.stderr : io.stdout, toFile);
  const builtinMeta: Record<string, RuleMeta> = {};
  for (const rule of builtinRules) builtinMeta[rule.meta.id] = rule.meta;
  const rulesMeta = await collectRulesMeta(loader, io.cwd, builtinMeta);
  const width = toFile ? undefined : terminalWidth(draftToStdout ? io.stderr : io.stdout);
  const formatted = await formatter(results, { cwd: io.cwd, rulesMeta, verbose: options.verbose, color, ascii: useAscii(), version: getVersion(), width, quiet: options.quiet });
  const report = guardReport(options.format, formatted);

  // --fix-dry-run on stdin: stdout carries the fixed draft alone (`--fix-dry-run < draft.txt > fixed.txt`),
  // and the report goes to stderr, or to -o FILE. JSON is the exception: its results carry the draft as `output`.
  const draftOut = options.fixDryRun && useStdin && options.format !== 'json';
  if (draftOut) io.stdout.write(results[0]?.output ?? stdinText);
  const reportStream = draftOut ? io.stderr : io.stdout;
  if (toFile) {
    await writeReport(options.outputFile!, report, io.cwd, io);
  } else if (report) {
    reportStream.write(report.endsWith('\n') ? report : `${report}\n`);
  }

  if (exitError) return 2;
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr.write(`complaintlint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/**
 * The built-in formats' last guard: no line of a report reads as a GitHub workflow command unless the
 * format is github (whose commands are escaped field by field). A custom formatter's output is its own.
 */
function guardReport(format: string, report: string): string {
  if (format === 'github' || !BUILT_IN_FORMATTERS.includes(format)) return report;
  return guardLineStarts(report, format === 'html' || format === 'junit');
}

/** commander's error on one line, keeping its "(Did you mean --format?)" hint. */
export function oneLineError(text: string): string {
  const [first, ...rest] = text.trimEnd().split('\n');
  const hint = rest.map((l) => l.trim()).find((l) => l.startsWith('(Did you mean'));
  return `${first!.replace(/^error: /, 'complaintlint: ')}${hint ? ` ${hint}` : ''}\n`;
}

/** Columns to wrap to: $COLUMNS when set, else the terminal's width; none when the output is not a terminal. */
function terminalWidth(stream: NodeJS.WriteStream): number | undefined {
  const env = Number(process.env.COLUMNS);
  if (Number.isInteger(env) && env > 0) return env;
  return stream.isTTY && stream.columns > 0 ? stream.columns : undefined;
}

/** --context FILE: the customer's message as text, or a JSON thread ({ "customer": ..., "earlier": [...] }). */
async function readContext(file: string, cwd: string): Promise<ThreadInput | undefined> {
  let text: string;
  try {
    text = await readTextFile(resolve(cwd, file));
  } catch (err) {
    if (err instanceof SourceError) throw new UsageError(`--context ${file}: ${err.message}`);
    throw err;
  }
  text = stripBom(text);
  if (!/\.json$/i.test(file)) {
    if (!text.trim()) throw new UsageError(`--context ${file}: the file is empty; it should hold the customer's message`);
    return { customer: text };
  }
  try {
    const thread = toThreadInput(JSON.parse(text));
    if (!thread) throw new ContextInputError('the thread has no customer message');
    return thread;
  } catch (err) {
    const why = err instanceof ContextInputError ? err.message.replace(/^context\.?/, '') : `invalid JSON: ${String((err as Error).message).split('\n')[0]}`;
    throw new UsageError(`--context ${file}: ${why.trim()}`);
  }
}

function display(filePath: string, cwd: string): string {
  return filePath.startsWith(cwd + '/') ? filePath.slice(cwd.length + 1) : filePath;
}
