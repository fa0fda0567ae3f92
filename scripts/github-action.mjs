#!/usr/bin/env node
// The GitHub Action's lint step (action.yml): runs complaintlint once, with JSON results to a temp file,
// then prints the annotations (the github formatter) and writes the job summary (the markdown
// formatter) to $GITHUB_STEP_SUMMARY, both from the installed package's own formatters. The exit code is
// complaintlint's, also set as the step's `exit-code` output.
//
// Inputs come from the environment (never pasted into a script): INPUT_PATHS (one path or glob a line,
// or several separated by spaces on one line), INPUT_CONFIG, INPUT_MAX_WARNINGS (-1: no limit),
// INPUT_ARGS (extra options, split like a shell: quotes group words), COMPLAINTLINT_ROOT (the package).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Paths from the input: a line each when there are several lines, else split on spaces. */
export function parsePaths(input) {
  const lines = String(input ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const paths = lines.length > 1 ? lines : lines.flatMap((l) => l.split(/\s+/));
  return paths.length ? paths : ['.'];
}

/** Words the way a shell splits them, without expanding anything: 'a b' and "a b" are one word. */
export function splitArgs(input) {
  const words = [];
  let word = null;
  let quote = null;
  for (const ch of String(input ?? '')) {
    if (quote) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? '') + ch;
  }
  if (word !== null) words.push(word);
  return words;
}

async function main() {
  const env = process.env;
  const root = resolve(env.COMPLAINTLINT_ROOT || join(import.meta.dirname, '..'));
  const cwd = process.cwd();
  const scratch = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'complaintlint-'));
  const resultsFile = join(scratch, 'results.json');
  const args = [];
  if (env.INPUT_CONFIG) args.push('--config', env.INPUT_CONFIG);
  if (env.INPUT_MAX_WARNINGS && env.INPUT_MAX_WARNINGS !== '-1') args.push('--max-warnings', env.INPUT_MAX_WARNINGS);
  args.push(...splitArgs(env.INPUT_ARGS));
  // Last, so they win over a --format in the extra options: the step needs the results as JSON.
  args.push('--format', 'json', '--output-file', resultsFile, '--', ...parsePaths(env.INPUT_PATHS));

  const run = spawnSync(process.execPath, [join(root, 'bin', 'complaintlint.js'), ...args], { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, FORCE_COLOR: '0' } });
  const status = run.status ?? 2;
  let results;
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    results = undefined; // a usage or config error: complaintlint said why on stderr
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (results) {
    const formatter = async (name) => (await import(pathToFileURL(join(root, 'dist', 'src', 'formatters', `${name}.js`)).href)).default;
    const ctx = { cwd, rulesMeta: {}, verbose: false, color: false, ascii: false, version: '' };
    process.stdout.write(await (await formatter('github'))(results, ctx));
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${await (await formatter('markdown'))(results, ctx)}\n`);
  }
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `exit-code=${status}\n`);
  process.exitCode = status;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main();
