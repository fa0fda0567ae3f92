// The command line: argv -> options -> lint (via the API) -> post-processing -> formatter -> exit code.
import { resolve } from 'node:path';
import { CommanderError } from 'commander';
import type { LintResult, RuleMeta } from '../types.js';
import { buildProgram, toCliOptions, UsageError, type CliOptions } from './options.js';
import { useAscii, useColor } from './color.js';
import { getVersion } from '../version.js';
import { ConfigLoader } from '../config/load.js';
import { ConfigError } from '../config/types.js';
import { lintText, runFiles } from '../api.js';
import { readStdin } from '../sources/stdin.js';
import { SourceError } from '../sources/read.js';
import { writeAtomic, WriteError } from '../sources/write.js';
import { loadFormatter, FormatterError } from '../formatters/index.js';
import { countMessages } from '../engine/lint-file.js';
import { builtinRules } from '../../rules/index.js';
import { tuneRegexCompiler } from './regex-tuning.js';
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
    outputError: (s, write) => write(s.split('\n')[0]!.replace(/^error: /, 'complaintlint: ') + '\n'),
  });
  let options: CliOptions;
  try {
    program.parse(argv, { from: 'user' });
    options = toCliOptions(program);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) { io.stderr.write(`complaintlint: ${err.message}\n`); return 2; }
    throw err;
  }
  try {
    return await run(options, io);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof UsageError || err instanceof FormatterError || err instanceof SourceError || err instanceof WriteError) {
      io.stderr.write(`complaintlint: ${err.message}\n`);
      return 2;
    }
    const e = err as Error;
    io.stderr.write(options.debug ? `${e.stack ?? e}\n` : `complaintlint: internal error: ${String(e?.message ?? e).split('\n')[0]} (run with --debug for details)\n`);
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
    cwd: io.cwd, configFile: options.config, useConfig: options.useConfig, preset: options.preset,
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
  // Loaded first: an unknown formatter fails before a long run, and html asks for the file texts.
  const formatter = await loadFormatter(options.format, io.cwd);
  const keepSource = Boolean(formatter.needsSource);

  let results: LintResult[];
  let exitError = false;
  if (useStdin) {
    const text = await readStdin(io.stdin);
    tuneRegexCompiler(Buffer.byteLength(text));
    const filePath = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : undefined;
    results = await lintText(text, { cwd: io.cwd, fix, filePath, loader, kind: options.kind, channel: options.channel, keepSource });
    if (!filePath) results[0]!.filePath = '<stdin>';
  } else {
    const { extras, progress } = runExtras(options, io, keepSource);
    const run = await runFiles(options.patterns, { cwd: io.cwd, fix, loader, ignore: options.ignore, ignorePath: options.ignorePath, kind: options.kind, channel: options.channel, ...extras });
    progress?.clear();
    reportRun(run, options, io);
    for (const e of run.patternErrors) io.stderr.write(`complaintlint: ${display(e.message, io.cwd)}\n`);
    if (run.patternErrors.length) exitError = true;
    results = run.results;
  }

  for (const r of results) {
    for (const n of (r as LintResult & { notices?: string[] }).notices ?? []) io.stderr.write(`complaintlint: ${display(r.filePath, io.cwd)}: ${n}\n`);
    const fatal = r.messages.find((m) => m.fatal);
    if (fatal) {
      exitError = true;
      io.stderr.write(`complaintlint: ${display(r.filePath, io.cwd)}: ${fatal.message}\n`);
      const internal = (r as LintResult & { internalError?: Error }).internalError;
      if (options.debug && internal) io.stderr.write(`${internal.stack ?? internal}\n`);
    }
  }

  if (options.fix) {
    for (const r of results) {
      if (r.output === undefined) continue;
      try {
        await writeAtomic(r.filePath, r.output, { root: io.cwd, allowOutside: options.allowSymlinkWrites });
      } catch (err) {
        exitError = true;
        io.stderr.write(`complaintlint: ${display(r.filePath, io.cwd)}: ${(err as Error).message}\n`);
      }
      delete r.output;
    }
  }

  await applyBaselineOptions(results, options, io);

  if (options.quiet) {
    for (const r of results) {
      r.messages = r.messages.filter((m) => m.severity === 2 || m.fatal);
      countMessages(r);
    }
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const toFile = options.outputFile !== undefined;
  const stream = io.stdout;
  const color = useColor(options.color, stream, toFile);
  const builtinMeta: Record<string, RuleMeta> = {};
  for (const rule of builtinRules) builtinMeta[rule.meta.id] = rule.meta;
  const rulesMeta = await collectRulesMeta(loader, io.cwd, builtinMeta);
  const report = await formatter(results, { cwd: io.cwd, rulesMeta, verbose: options.verbose, color, ascii: useAscii(), version: getVersion() });

  // --fix-dry-run on stdin with a human format: print the fixed draft, then the remaining problems.
  let text = report;
  if (options.fixDryRun && useStdin && (options.format === 'stylish' || options.format === 'compact')) {
    const fixed = results[0]?.output;
    if (fixed !== undefined) text = fixed + (fixed.endsWith('\n') ? '' : '\n') + (report ? report : '');
  }
  if (toFile) {
    await writeReport(resolve(io.cwd, options.outputFile!), report, options.outputFile!);
    if (text !== report) io.stdout.write(text.slice(0, text.length - report.length));
  } else if (text) {
    io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  if (exitError) return 2;
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr.write(`complaintlint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function display(filePath: string, cwd: string): string {
  return filePath.startsWith(cwd + '/') ? filePath.slice(cwd.length + 1) : filePath;
}
