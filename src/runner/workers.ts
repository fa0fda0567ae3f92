// --jobs: lints files in worker threads. Each worker loads config and rules itself; the main
// thread hands out small batches in file order (and lints batches of its own) and puts each result
// back at its file's index, so the output is the same as a serial run's.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { LintResult } from '../types.js';
import { ConfigError } from '../config/types.js';
import { fatalResult } from '../engine/lint-file.js';
import type { FromWorker, ToWorker, WorkerSetup } from './lint-worker.js';

import { AUTO_MIN_FILES, chooseJobs } from './choose-jobs.js';

export { AUTO_MIN_FILES };
const BATCH = 8;

/** How many workers to use for `files` files (1 means serial); `bytes` (when known) sharpens `auto`. */
export function workerCount(jobs: number | 'auto' | undefined, files: number, bytes?: number): number {
  if (jobs === undefined || files < 2) return 1;
  if (jobs === 'auto') return chooseJobs(files, bytes);
  return Math.max(1, Math.min(jobs, files));
}

// From dist/bundle the worker starts from the bundle too (bin/lint-worker.js); from dist/src (or the
// TypeScript sources, where there is no compiled script) from lint-worker-entry.js.
const BUNDLED = (globalThis as { __complaintlintBundled?: boolean }).__complaintlintBundled === true;
const WORKER_URL = BUNDLED ? new URL('../../../bin/lint-worker.js', import.meta.url) : new URL('./lint-worker-entry.js', import.meta.url);

/** Workers need the compiled worker script (running from TypeScript sources, there is none). */
export function workersAvailable(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
}

/**
 * Lints `files` with `count` threads. With `lintHere` the main thread is one of them: it is warm
 * already (from the startup snapshot, compromise and all), so it starts at once, and one worker
 * fewer is one heap fewer (10k replies, --jobs 2: peak RSS 260 -> 232 MiB).
 */
export async function lintInWorkers(
  files: Array<{ i: number; file: string }>,
  count: number,
  setup: WorkerSetup,
  onResult: (i: number, result: LintResult) => void,
  lintHere?: (file: string) => Promise<LintResult>,
): Promise<void> {
  // Loaded here, not at start-up: serial runs never need it.
  const { Worker: WorkerThread } = await import('node:worker_threads');
  const queue = [...files];
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolvePromise, reject) => {
      let pending = files.length;
      let failed = false;
      const fail = (err: Error) => {
        if (failed) return;
        failed = true;
        reject(err);
      };
      if (pending === 0) { resolvePromise(); return; }
      if (lintHere) {
        void (async () => {
          while (queue.length && !failed) {
            for (const { i, file } of queue.splice(0, BATCH)) {
              onResult(i, await lintHere(file));
              pending--;
            }
            if (pending === 0) { resolvePromise(); return; }
            // Let the workers' results in (and send them more) between batches.
            await new Promise((r) => setImmediate(r));
          }
        })().catch(fail);
      }
      // A worker that dies (a plugin calling process.exit, out of memory, a crash) costs the file it was
      // on, which becomes one error naming it; the files it held but had not finished go to the others.
      const start = () => {
        // A small young generation: each worker's heap then stays ~25 MiB smaller (10k replies, --jobs 2:
        // peak RSS 307 -> 260 MiB) at no measurable cost in time.
        const w = new WorkerThread(WORKER_URL, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
        workers.push(w);
        const held = new Map<number, string>();
        // The file the worker is on: it takes its batches one after the other, announcing each file.
        let current: number | undefined;
        let crash: Error | undefined;
        const send = () => {
          const batch = queue.splice(0, BATCH);
          for (const b of batch) held.set(b.i, b.file);
          if (batch.length) w.postMessage({ type: 'lint', batch } satisfies ToWorker);
        };
        w.on('message', (msg: FromWorker) => {
          if (failed) return;
          if (msg.type === 'start') { current = msg.i; return; }
          if (msg.type === 'error') { fail(rebuildError(msg.error)); return; }
          for (const { i, result } of msg.items) {
            held.delete(i);
            onResult(i, result);
            pending--;
          }
          if (pending === 0) resolvePromise();
          else send();
        });
        w.on('error', (err) => { crash = err; });
        w.on('exit', (code) => {
          if (failed || held.size === 0) return;
          // Dying before any file is a start-up failure: starting another would fail the same way.
          if (current === undefined) {
            fail(crash ?? new Error(`a lint worker stopped before linting anything (exit code ${code})`));
            return;
          }
          if (held.has(current)) {
            const why = crash ? `: ${String(crash.message).split('\n')[0]}` : '';
            onResult(current, fatalResult(held.get(current)!, `the lint worker stopped while linting this file (exit code ${code}${why})`));
            held.delete(current);
            pending--;
          }
          // The rest it held (finished but not yet sent, or not begun) are linted again elsewhere.
          queue.unshift(...[...held].map(([i, file]) => ({ i, file })));
          if (pending === 0) resolvePromise();
          else if (queue.length) start();
        });
        send();
        // A second batch in hand: a worker need not wait while the main thread lints its own batch.
        if (lintHere) send();
      };
      for (let k = 0; k < (lintHere ? count - 1 : count); k++) start();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Config errors keep their type so the CLI reports them as it does in a serial run (exit 2). */
function rebuildError(e: { name: string; message: string; file?: string; stack?: string }): Error {
  if (e.name === 'ConfigError') {
    const err = new ConfigError(e.file ?? '', '');
    err.message = e.message;
    return err;
  }
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}
