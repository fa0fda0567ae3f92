// A worker thread for --jobs: lints the files the main thread sends, with its own config loader,
// and posts the results back in batches. Errors that stop a run (bad config) go back as data.
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader, type LoaderOptions } from '../config/load.js';
import { lintPath } from '../api.js';
import { ReadAhead } from './run-batch.js';
import type { Channel, LintResult, ReplyKind } from '../types.js';

export interface WorkerSetup {
  loaderOptions: LoaderOptions;
  fix?: boolean;
  kind?: ReplyKind;
  channel?: Channel;
  keepSource?: boolean;
}

export type ToWorker = { type: 'lint'; batch: Array<{ i: number; file: string }> };
export type FromWorker =
  | { type: 'results'; items: Array<{ i: number; result: LintResult }> }
  | { type: 'error'; error: { name: string; message: string; file?: string; stack?: string } };

const setup = workerData as WorkerSetup;
const loader = new ConfigLoader(setup.loaderOptions);
const port = parentPort!;

port.on('message', async (msg: ToWorker) => {
  if (msg.type !== 'lint') return;
  try {
    const items: Array<{ i: number; result: LintResult }> = [];
    const ahead = new ReadAhead(msg.batch.map((b) => b.file));
    for (const [k, { i, file }] of msg.batch.entries()) {
      items.push({ i, result: await lintPath(file, loader, { fix: setup.fix, kind: setup.kind, channel: setup.channel, keepSource: setup.keepSource }, ahead.take(k)) });
    }
    port.postMessage({ type: 'results', items } satisfies FromWorker);
  } catch (err) {
    const e = err as Error & { file?: string };
    port.postMessage({ type: 'error', error: { name: e?.constructor?.name ?? 'Error', message: e?.message ?? String(err), file: e?.file, stack: e?.stack } } satisfies FromWorker);
  }
});
