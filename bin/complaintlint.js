#!/usr/bin/env node
// Runs the compiled CLI (npm run build writes dist/): from dist/bundle when it matches dist/
// (bin/bundle.js: one script with a code cache, the fast start), else from dist/src.
import { bootProcess } from '../dist/src/core/boot.js';
import { loadBundle } from './bundle.js';

bootProcess(); // V8 flags first (src/core/boot.ts): the bundle's code cache is made under them
const { main } = loadBundle() ?? (await import('../dist/src/cli/main.js'));
// A closed pipe (`complaintlint ... | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
process.exitCode = await main(process.argv.slice(2));
// The run is over and its output written: exit now rather than wait for Node to tear the heap down (~5 ms
// after one reply, ~30 ms after a library of them). Output still buffered (a pipe that is asynchronous, as on
// Windows) is left to drain by the normal exit instead.
if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
