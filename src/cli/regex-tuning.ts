// How V8 should compile the rules' regular expressions, decided once the run's size is known. The
// rules scan each reply with ~150 large alternations; compiling them with V8's optimizations costs
// ~60 ms, without ~30 ms, while linting with the unoptimized code is ~1.7x slower per reply. A draft or
// a handful of files is done before the optimization pays off; a macro library is not.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

/** Inputs up to this size (about 25 replies) lint sooner with quickly compiled expressions. */
export const SMALL_RUN_BYTES = 32 * 1024;

let decided = false;

/** Call before the first reply is linted; only the first call counts (regexes compile once). */
export function tuneRegexCompiler(inputBytes: number): void {
  if (decided) return;
  decided = true;
  if (inputBytes <= SMALL_RUN_BYTES) setFlagsFromString('--no-regexp-optimization');
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
