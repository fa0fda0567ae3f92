// All V8 tuning of a complaintlint process, in one place: the flags every process starts with
// (bin/complaintlint.js sets them before the CLI loads; the build makes its code caches under them), and
// the one decision taken per run, how the rules' regular expressions compile.
//
// Start: regular expressions compile to machine code on first use instead of being interpreted the first
// time; the rules scan whole replies with large alternations, where one interpreted pass costs more than
// the compile (one 160-word draft: ~125 ms of regex work -> ~55 ms).
//
// Per run: the rules scan each reply with ~150 large alternations; compiling them with V8's optimizations
// costs ~60 ms, without ~30 ms, while linting with the unoptimized code is ~1.7x slower per reply. A draft
// or a handful of files is done before the optimization pays off; a macro library is not.
//
// V8 takes a code cache only under the flags it was made with: dist/bundle is cached under START_FLAGS
// (the optimized mode), dist/nlp once per regexp mode.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

export const START_FLAGS = ['--regexp-tier-up-ticks=0'];

export type RegexpMode = 'quick' | 'optimized';

/** The flags of each regexp mode, the quick one (small runs) first. */
export const REGEXP_MODES: Record<RegexpMode, string[]> = { quick: ['--no-regexp-optimization'], optimized: [] };

/** Inputs up to this size (about 25 replies) lint sooner with quickly compiled expressions. */
export const SMALL_RUN_BYTES = 32 * 1024;

/** The decision: how a run over this many bytes of input compiles its regular expressions. */
export function regexpModeFor(inputBytes: number): RegexpMode {
  return inputBytes <= SMALL_RUN_BYTES ? 'quick' : 'optimized';
}

/** Sets the flags every process starts with (before anything is compiled). */
export function bootProcess(): void {
  for (const flag of START_FLAGS) setFlagsFromString(flag);
}

let decided = false;
// The run's mode: a process nobody tuned (the API, workers) compiles optimized code, V8's default.
let runMode: RegexpMode = 'optimized';

/**
 * Call before the first reply is linted; only the first call counts (regexes compile once). `files`: how
 * many files the run lints (a big library compiles its phrase expressions optimized at once).
 */
export function tuneForRun(inputBytes: number, files = 1): void {
  if (decided) return;
  decided = true;
  runMode = regexpModeFor(inputBytes);
  for (const flag of REGEXP_MODES[runMode]) setFlagsFromString(flag);
  if (files > QUICK_FIRST_MAX_FILES) tierUpChars = 0;
}

// Phrase tables hold ~400 large expressions. On a macro library each is reached by a few dozen short
// replies: its optimized compile (~0.7 ms) costs more than all its runs, so each compiles quickly first and
// only the expressions that scan much text get optimized code (phrases/table.ts counts what they scan).

/** Characters an expression scans with quick code before an optimized copy pays off (~0.7 ms / 2.2 µs per 100). */
export const TIER_UP_CHARS = 32 * 1024;
/**
 * Runs over more files than this compile phrase expressions optimized at once: measured on the real
 * replies, quick-first saved ~0.2 s of 2,207 files and cost ~0.5 s of 20,000 (the hot expressions then
 * spend long on quick code before their optimized copy). --jobs workers only serve such runs.
 */
export const QUICK_FIRST_MAX_FILES = 5000;
let tierUpChars = TIER_UP_CHARS;

/** The scanned characters after which a phrase expression gets its optimized copy (0: at once). */
export function tierUpAfter(): number {
  return tierUpChars;
}

/** A --jobs worker: part of a big run, so phrase expressions compile optimized at once. */
export function tuneForWorker(): void {
  tuneForRun(Infinity, Infinity);
}

/**
 * Compiles `re` now with the quick compiler, for one-byte subjects or for two-byte ones (V8 compiles each
 * kind of string separately, on first use). In a quick run the flag is already off and is left alone.
 */
export function compileQuickly(re: RegExp, twoByte: boolean): void {
  const saved = re.lastIndex;
  const toggle = runMode === 'optimized';
  if (toggle) setFlagsFromString('--no-regexp-optimization');
  try {
    re.lastIndex = 0;
    re.exec(twoByte ? '\u0100' : '');
  } finally {
    if (toggle) setFlagsFromString('--regexp-optimization');
    re.lastIndex = saved;
  }
}

/**
 * A copy of a hot expression that compiles to optimized code on its next run (its own entry in V8's
 * regexp cache: an empty group changes the source, not what it matches), or `re` itself in a quick run.
 */
export function optimizedCopy(re: RegExp): RegExp {
  return runMode === 'optimized' ? new RegExp(`${re.source}(?:)`, re.flags) : re;
}

/** The total size of `files`, or Infinity when there are too many to be a small run. */
export function inputSize(files: readonly string[]): number {
  if (files.length > 25) return Infinity;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f).size;
    } catch { /* unreadable: reported when linted */ }
  }
  return bytes;
}
