// --jobs auto: workers only when the batch repays their warm-up. Each worker loads the rules, compiles the
// regexes its replies reach and may load the tagger again (~0.5 s on a quiet 2-core machine), so a batch
// is split only when its serial lint time is well above that. Work is estimated from the file count (per
// reply bookkeeping and rule dispatch dominate short replies: ~100 µs each) and the bytes (long replies).
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Below this many files a run is always serial. */
export const AUTO_MIN_FILES = 50;
/**
 * The crossover, in file-equivalents (one file, or 1,000 bytes of text, counts 1): ~9,000 short real
 * replies (~100 bytes each) or ~5,000 drafts of 150 words (~900 bytes each), where `--jobs 2` started to
 * beat serial in the issue-13 measurements.
 */
export const AUTO_MIN_WORK = 9000;
const BYTES_PER_UNIT = 1000;
/** Each worker should get at least this much work (file-equivalents) to repay its own warm-up. */
const WORK_PER_WORKER = AUTO_MIN_WORK / 2;

/** The worker count for `--jobs auto`: 1 (serial) unless the batch is big enough. */
export function chooseJobs(fileCount: number, bytes: number | undefined, parallelism = availableParallelism()): number {
  if (fileCount < AUTO_MIN_FILES) return 1;
  const work = fileCount + (bytes ?? 0) / BYTES_PER_UNIT;
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
