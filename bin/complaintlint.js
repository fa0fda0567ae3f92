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
