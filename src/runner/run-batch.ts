// Lints a list of files in order: results from the cache where a file is unchanged, the rest
// serially or in worker threads. Results come back in the order of `files` either way.
import type { LintResult } from '../types.js';
import type { ConfigLoader } from '../config/load.js';
import { LintCache } from './cache.js';
import { SourceError } from '../sources/read.js';
import { ReadAhead } from './read-ahead.js';
import { lintInWorkers, workerCount, workersAvailable } from './workers.js';
import { sampledBytes } from './choose-jobs.js';
import type { WorkerSetup } from './lint-worker.js';

export interface BatchOptions {
  loader: ConfigLoader;
  /** Lints one file in this thread; `text` is its text when already being read. */
  lintOne: (file: string, text?: Promise<string>) => Promise<LintResult>;
  cache?: LintCache;
  /** Anything besides the config that changes results (fix mode, --kind, --channel), for cache keys. */
  mode: string;
  jobs?: number | 'auto';
  /** What a worker needs to lint like `lintOne` does. */
  workerSetup: WorkerSetup;
  keepSource?: boolean;
  onResult?: (result: LintResult, done: number, total: number) => void;
}

export interface BatchRun {
  results: LintResult[];
  /** Files linted in this run (not taken from the cache). */
  linted: number;
  /** Files whose result came from the cache. */
  cached: number;
  /** Worker threads used (0: serial). */
  workers: number;
}

export async function lintBatch(files: string[], opts: BatchOptions): Promise<BatchRun> {
  const results: LintResult[] = new Array(files.length);
  const stored = new Map<number, { key: string; context: string; stat: string | undefined }>();
  let done = 0;
  const finish = (i: number, result: LintResult) => {
    results[i] = result;
    const s = stored.get(i);
    if (opts.cache && s) opts.cache.set(files[i]!, s.key, result, s.context, s.stat);
    done++;
    opts.onResult?.(result, done, files.length);
  };

  const todo = opts.cache ? await fromCache(files, opts.cache, opts, stored, finish) : files.map((file, i) => ({ i, file }));
  // --jobs auto weighs the batch (bytes from a sample of the files) against the workers' warm-up.
  let count = workerCount(opts.jobs, todo.length, opts.jobs === 'auto' ? sampledBytes(todo.map((t) => t.file)) : undefined);
  if (count > 1 && !workersAvailable()) count = 1;
  if (count > 1 && !cloneable(opts.workerSetup)) count = 1;
  if (count > 1) {
    await lintInWorkers(todo, count, opts.workerSetup, finish, opts.lintOne);
  } else {
    const pending = new ReadAhead(todo.map((t) => t.file));
    for (const [k, { i, file }] of todo.entries()) finish(i, await opts.lintOne(file, pending.take(k)));
  }
  return { results, linted: todo.length, cached: files.length - todo.length, workers: count > 1 ? count : 0 };
}

/** A config object given through the API may hold functions, which cannot cross to a worker. */
function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes what it can from the cache and returns the files still to lint. Files with the size and mtime
 * they were stored with are not read at all (unless the formatter needs their text); the rest are read
 * and matched by content.
 */
async function fromCache(
  files: string[],
  cache: LintCache,
  opts: BatchOptions,
  stored: Map<number, { key: string; context: string; stat: string | undefined }>,
  finish: (i: number, result: LintResult) => void,
): Promise<Array<{ i: number; file: string }>> {
  const toRead: Array<{ i: number; file: string; context: string; stat: string | undefined }> = [];
  for (const [i, file] of files.entries()) {
    const context = cache.contextFor(await opts.loader.forFile(file), opts.mode);
    const stat = LintCache.statOf(file);
    const hit = stat !== undefined && !opts.keepSource ? cache.getUnchanged(file, context, stat) : undefined;
    if (hit) finish(i, hit);
    else toRead.push({ i, file, context, stat });
  }
  const todo: Array<{ i: number; file: string }> = [];
  const ahead = new ReadAhead(toRead.map((t) => t.file));
  for (const [k, { i, file, context, stat }] of toRead.entries()) {
    let text: string;
    try {
      text = await ahead.take(k);
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      cache.delete(file);
      todo.push({ i, file });
      continue;
    }
    const key = cache.keyFor(text, context);
    const hit = cache.get(file, key);
    if (hit) {
      cache.refresh(file, context, stat);
      if (opts.keepSource) hit.source = text;
      finish(i, hit);
    } else {
      stored.set(i, { key, context, stat });
      todo.push({ i, file });
    }
  }
  return todo;
}
