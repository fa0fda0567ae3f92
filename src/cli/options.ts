// argv -> CliOptions, with commander. Only parsing and usage checks here; no linting.
import { Command, InvalidArgumentError, Option } from 'commander';
import { CHANNELS, KINDS, type Channel, type ReplyKind, type Severity } from '../types.js';
import { PLATFORM_NAMES, type PlatformName } from '../platforms/types.js';
import { severityOf } from '../core/severity.js';

export interface CliOptions {
  patterns: string[];
  config?: string;
  useConfig: boolean;
  preset?: string;
  kind?: ReplyKind;
  channel?: Channel;
  platform?: PlatformName;
  /** --context FILE: the customer's message the draft answers. */
  context?: string;
  rules: Array<[string, Severity]>;
  format: string;
  outputFile?: string;
  fix: boolean;
  fixDryRun: boolean;
  maxWarnings: number;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  ignorePath?: string;
  ignore: boolean;
  cache: boolean;
  cacheLocation: string;
  jobs?: string;
  shard?: { index: number; count: number };
  baseline?: string;
  baselineCreate?: string;
  baselinePrune: boolean;
  listRules: boolean;
  explain?: string;
  printConfig?: string;
  init: boolean;
  mcp: boolean;
  color?: boolean;
  verbose: boolean;
  debug: boolean;
  allowSymlinkWrites: boolean;
  /** --trust-nested-config */
  trustNestedConfig: boolean;
}

export class UsageError extends Error {}

function parseRule(value: string, previous: Array<[string, Severity]> = []): Array<[string, Severity]> {
  // Accept "id:severity" and ESLint's JSON-ish '{"id": "error"}'.
  let pairs: Array<[string, string]>;
  if (value.trim().startsWith('{')) {
    try {
      pairs = Object.entries(JSON.parse(value)).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]);
    } catch {
      throw new InvalidArgumentError(`expected ID:SEVERITY, got ${JSON.stringify(value)}`);
    }
  } else {
    const at = value.lastIndexOf(':');
    if (at <= 0) throw new InvalidArgumentError(`expected ID:SEVERITY (e.g. corporate-stiff:off), got ${JSON.stringify(value)}`);
    pairs = [[value.slice(0, at).trim(), value.slice(at + 1).trim()]];
  }
  return [...previous, ...pairs.map(([id, sev]): [string, Severity] => {
    const s = severityOf(/^[0-2]$/.test(sev) ? Number(sev) : sev);
    if (!s) throw new InvalidArgumentError(`severity for ${id} must be off, info, warn or error (got ${JSON.stringify(sev)})`);
    return [id, s];
  })];
}

/** --max-warnings: a count, or -1 for no limit (as ESLint). */
function parseMaxWarnings(value: string): number {
  return value.trim() === '-1' ? -1 : parseCount(value);
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected a whole number, got ${JSON.stringify(value)}`);
  return n;
}

function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
    throw new InvalidArgumentError(`expected I/N with 1 <= I <= N (e.g. 2/4), got ${JSON.stringify(value)}`);
  }
  return { index: Number(m[1]), count: Number(m[2]) };
}

const EXAMPLES = `
Examples:
  $ complaintlint draft.txt                      lint one draft
  $ pbpaste | complaintlint                      lint a draft from the clipboard (stdin)
  $ complaintlint --kind complaint draft.txt     also check the complaint-reply checklist
  $ complaintlint --context email.txt draft.txt  check the draft against the customer's message
  $ complaintlint "macros/**/*.json" -f github   annotations for a macro library in CI
  $ complaintlint macros/ --fix                  apply the safe fixes in place
  $ complaintlint --fix-dry-run < draft.txt      print the fixed draft without writing
  $ complaintlint --rule corporate-stiff:off -f json replies/
  $ complaintlint --explain non-apology          why a rule exists, with examples

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many
warnings, 2 usage, config or runtime error.`;

export function buildProgram(version: string): Command {
  const program = new Command('complaintlint');
  program
    .description('Lint customer-service replies for phrasings that make complaints worse.')
    .argument('[paths...]', 'files, directories or globs to lint ("-" or none with piped input: stdin)')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('--no-config', 'ignore config files; use the recommended preset')
    .option('--trust-nested-config', 'let configs in linted directories run code (JavaScript configs, plugins); off: only the root config or --config may')
    .option('--preset <name>', 'preset to apply: recommended, complaint, strict')
    .addOption(new Option('--kind <kind>', 'reply kind').choices([...KINDS]))
    .addOption(new Option('--channel <channel>', 'reply channel').choices([...CHANNELS]))
    .addOption(new Option('--platform <name>', 'help desk the macros are for (default: detected from the export)').choices([...PLATFORM_NAMES]))
    .option('--context <file>', "the customer's message the draft answers (text, or a JSON thread); turns on the context rules")
    .option('--rule <ID:SEVERITY>', 'set a rule severity (repeatable)', parseRule)
    .option('-f, --format <name>', 'output format: stylish, json, sarif, github, compact, junit, html, markdown, or a module', 'stylish')
    .option('-o, --output-file <file>', 'write the report to a file')
    .option('--fix', 'apply safe fixes to files in place')
    .option('--fix-dry-run', 'apply fixes without writing; print the fixed text (stdin) or include it in JSON')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (-1: no limit)', parseMaxWarnings)
    .option('--quiet', 'report errors only')
    .option('--stdin', 'lint standard input')
    .option('--stdin-filename <name>', 'file name for stdin (picks its format and config)')
    .option('--ignore-path <file>', 'ignore file to use (default: .complaintlintignore)')
    .option('--no-ignore', 'do not use ignore files or ignorePatterns')
    .option('--cache', 'only lint files that changed since the last run')
    .option('--cache-location <path>', 'cache file', '.complaintlintcache')
    .option('-j, --jobs <n|auto>', 'lint files in N worker threads')
    .option('--shard <I/N>', 'lint only the I-th of N deterministic shards of the file list', parseShard)
    .option('--baseline <file>', 'report only findings not recorded in this baseline')
    .option('--baseline-create <file>', 'record the current findings as a baseline')
    .option('--baseline-prune', 'with --baseline: drop entries that no longer occur')
    .option('--list-rules', 'list the rules')
    .option('--explain <rule>', 'explain a rule, with examples')
    .option('--print-config <file>', 'print the resolved config for a file')
    .option('--init', 'write a commented .complaintlintrc.json')
    .option('--mcp', 'run as a Model Context Protocol server on stdio')
    .option('--color', 'force colored output')
    .option('--no-color', 'disable colored output')
    .option('--verbose', 'show info messages and run details')
    .option('--debug', 'print stack traces for internal errors')
    .option('--allow-symlink-writes', 'let --fix write through symbolic links that point outside the project')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .configureOutput({ outputError: (str, write) => write(str.trimEnd().split('\n').filter((l, i) => i === 0 || l.trim().startsWith('(Did you mean')).join(' ').replace(/^error: /, 'complaintlint: ') + '\n') })
    .exitOverride();
  return program;
}

export function toCliOptions(program: Command): CliOptions {
  const o = program.opts();
  const jobs = o.jobs as string | undefined;
  if (jobs !== undefined && jobs !== 'auto' && !/^[1-9]\d*$/.test(jobs)) throw new UsageError(`--jobs must be a positive number or "auto" (got "${jobs}")`);
  if (o.fix && o.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (o.baselinePrune && !o.baseline) throw new UsageError('--baseline-prune needs --baseline FILE');
  return {
    patterns: program.args,
    config: typeof o.config === 'string' ? o.config : undefined,
    useConfig: o.config !== false,
    preset: o.preset,
    kind: o.kind,
    channel: o.channel,
    platform: o.platform,
    context: o.context,
    rules: o.rule ?? [],
    format: o.format,
    outputFile: o.outputFile,
    fix: Boolean(o.fix),
    fixDryRun: Boolean(o.fixDryRun),
    maxWarnings: o.maxWarnings ?? -1,
    quiet: Boolean(o.quiet),
    stdin: Boolean(o.stdin),
    stdinFilename: o.stdinFilename,
    ignorePath: o.ignorePath,
    ignore: o.ignore !== false,
    cache: Boolean(o.cache),
    cacheLocation: o.cacheLocation,
    jobs,
    shard: o.shard,
    baseline: o.baseline,
    baselineCreate: o.baselineCreate,
    baselinePrune: Boolean(o.baselinePrune),
    listRules: Boolean(o.listRules),
    explain: o.explain,
    printConfig: o.printConfig,
    init: Boolean(o.init),
    mcp: Boolean(o.mcp),
    color: o.color === undefined ? undefined : Boolean(o.color),
    verbose: Boolean(o.verbose),
    debug: Boolean(o.debug),
    allowSymlinkWrites: Boolean(o.allowSymlinkWrites),
    trustNestedConfig: Boolean(o.trustNestedConfig),
  };
}
