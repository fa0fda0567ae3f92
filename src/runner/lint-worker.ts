// A worker thread for --jobs: lints the files the main thread sends, with its own config loader,
// and posts the results back in batches. Errors that stop a run (bad config) go back as data.
// The thread starts in bin/lint-worker.js (from dist/bundle, like the CLI) or lint-worker-entry.ts.
import { createRequire } from 'node:module';
import { ConfigLoader, type LoaderOptions } from '../config/load.js';
import { tuneForWorker } from '../core/boot.js';
import { lintPath } from './run-files.js';
import { ReadAhead } from './read-ahead.js';
import type { Channel, LintResult, ReplyKind, ThreadInput } from '../types.js';

export interface WorkerSetup {
  loaderOptions: LoaderOptions;
  fix?: boolean;
  kind?: ReplyKind;
  channel?: Channel;
  keepSource?: boolean;
  context?: ThreadInput;
}

export type ToWorker = { type: 'lint'; batch: Array<{ i: number; file: string }> };
export type FromWorker =
  | { type: 'start'; i: number }
  | { type: 'results'; items: Array<{ i: number; result: LintResult }> }
  | { type: 'error'; error: { name: string; message: string; file?: string; stack?: string } };

/** Answers the main thread's lint requests; call once, in a worker thread. */
export function serveLintRequests(): void {
  // Required here, not imported: the CLI bundle holds this module, and its main thread never needs it.
  const { parentPort, workerData } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const setup = workerData as WorkerSetup;
  tuneForWorker();
  const loader = new ConfigLoader(setup.loaderOptions);
  const port = parentPort!;
  // One batch after the other: the main thread then knows which file a dying worker was on.
  let turn = Promise.resolve();
  port.on('message', (msg: ToWorker) => { turn = turn.then(() => handle(msg, setup, loader, port)); });
}

async function handle(msg: ToWorker, setup: WorkerSetup, loader: ConfigLoader, port: import('node:worker_threads').MessagePort): Promise<void> {
  if (msg.type !== 'lint') return;
  try {
    const items: Array<{ i: number; result: LintResult }> = [];
    const ahead = new ReadAhead(msg.batch.map((b) => b.file));
    for (const [k, { i, file }] of msg.batch.entries()) {
      // Which file is being linted: if the thread dies on it, the main thread names that file.
      port.postMessage({ type: 'start', i } satisfies FromWorker);
      items.push({ i, result: await lintPath(file, loader, { fix: setup.fix, kind: setup.kind, channel: setup.channel, keepSource: setup.keepSource, context: setup.context }, ahead.take(k)) });
    }
    port.postMessage({ type: 'results', items } satisfies FromWorker);
  } catch (err) {
    const e = err as Error & { file?: string };
    port.postMessage({ type: 'error', error: { name: e?.constructor?.name ?? 'Error', message: e?.message ?? String(err), file: e?.file, stack: e?.stack } } satisfies FromWorker);
  }
}
