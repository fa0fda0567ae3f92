// --jobs auto: workers only when the batch repays their warm-up. Each worker loads the rules, compiles the
// regexes its replies reach and may load the tagger again (~0.5 s on a quiet 2-core machine), so a batch
// is split only when its serial lint time is well above that. Work is estimated from the file count (per
// reply bookkeeping and rule dispatch dominate short replies: ~100 µs each) and the bytes (long replies).
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Below this many files a run is always serial. */
export const AUTO_MIN_FILES = 50;
/**
 * The crossover, in work units: 1,000 bytes of text count 1, and a file 1/4 (reading, config lookup and
 * bookkeeping per file split poorly across workers). Measured side by side on a 2-core machine, after workers
 * began compiling optimized at once (core/boot.ts): 10,000 real replies (~135 bytes each, 3,800 units) ran
 * 3.4-4.1 s serial and 3.6-4.3 s with two workers (a tie); 20,000 (7,700 units) ran 5.6 s serial and 5.2 s with
 * two; 10,000 drafts of 150 words (~9 MB, 11,500 units) 9.8 s serial and 7.2 s with two.
 */
export const AUTO_MIN_WORK = 6000;
const BYTES_PER_UNIT = 1000;
const FILES_PER_UNIT = 4;
/** Each worker should get at least this much work (file-equivalents) to repay its own warm-up. */
const WORK_PER_WORKER = AUTO_MIN_WORK / 2;

/** The worker count for `--jobs auto`: 1 (serial) unless the batch is big enough. */
export function chooseJobs(fileCount: number, bytes: number | undefined, parallelism = availableParallelism()): number {
  if (fileCount < AUTO_MIN_FILES) return 1;
  const work = fileCount / FILES_PER_UNIT + (bytes ?? 0) / BYTES_PER_UNIT;
  if (work < AUTO_MIN_WORK) return 1;
  return Math.max(1, Math.min(parallelism, Math.floor(work / WORK_PER_WORKER), fileCount));
}

/** The files' total size, estimated from an even sample of them (a stat per file would cost ~2 µs each). */
export function sampledBytes(files: readonly string[], sample = 32): number {
  if (files.length === 0) return 0;
  const step = Math.max(1, Math.floor(files.length / sample));
  let bytes = 0;
  let seen = 0;
  for (let i = 0; i < files.length; i += step) {
    try {
      bytes += statSync(files[i]!).size;
      seen++;
    } catch { /* unreadable: reported when linted */ }
  }
  return seen ? Math.round((bytes / seen) * files.length) : 0;
}
