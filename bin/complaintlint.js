#!/usr/bin/env node
// Runs the compiled CLI (npm run build writes dist/): from the startup snapshot when a fresh one exists
// (bin/snapshot.js), else in this process.
import { runFromSnapshot } from './snapshot.js';

const args = process.argv.slice(2);
const status = runFromSnapshot(args);
if (status !== undefined) {
  process.exitCode = status;
} else {
  const { main } = await import('../dist/src/cli/main.js');
  // A closed pipe (`complaintlint ... | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  process.exitCode = await main(args);
}
