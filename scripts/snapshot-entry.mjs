// Entry of the V8 startup snapshot (bundled into one file by scripts/build-snapshot.mjs, then run by
// `node --snapshot-blob ... --build-snapshot`). At build time it loads the CLI and compromise and lints
// sample replies through every rule, format and formatter, so the heap holds the lexicon, compiled
// match patterns and regexp bytecode. The main function below runs the CLI when the blob is started.
//
// Built under --regexp-interpret-all: native regexp code cannot be serialized (the build aborts), so
// only bytecode goes into the blob; the runtime switches tier-up back on for hot regexes.
import v8 from 'node:v8';
import { writeSync } from 'node:fs';
import { main } from '../dist/src/cli/main.js';
import { configureStats, preloadNlp } from '../dist/src/nlp/compromise.js';
import nlp from 'compromise/two';
import { warmUp } from './snapshot-warmup.mjs';

preloadNlp(nlp);
v8.startupSnapshot.setDeserializeMainFunction(runFromSnapshot);
warmUp(main).catch((err) => {
  // A failed warm-up must fail the build, not ship a half-warm blob.
  process.stderr.write(`snapshot warm-up failed: ${err?.stack ?? err}\n`);
  process.exit(1);
});

function runFromSnapshot() {
  v8.setFlagsFromString('--no-regexp-interpret-all');
  v8.setFlagsFromString('--regexp-tier-up');
  const fd = Number(process.env.COMPLAINTLINT_SNAPSHOT_FD) || undefined;
  delete process.env.COMPLAINTLINT_SNAPSHOT_FD;
  // Module state was captured at build time: re-read what depends on this run's environment.
  configureStats(process.env);
  globalThis.__complaintlintImport = importFromSnapshot;
  // Tell bin/snapshot.js the blob loaded (it runs the CLI in-process when this line never comes).
  if (fd) writeSync(fd, 'started\n');
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  main(process.argv.slice(1)).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`complaintlint: internal error: ${err?.stack ?? err}\n`); process.exitCode = 2; },
  );
}

/**
 * import() for code the bundle does not hold (plugins, config files, custom formatters): scripts in a
 * snapshot have no import() of their own, so it goes through a vm.Script that uses the main loader
 * (Node 20.12+; bin/snapshot.js does not start the snapshot on older Nodes). vm loads on first use.
 */
let doImport;
function importFromSnapshot(specifier) {
  if (!doImport) {
    // eslint-disable-next-line no-undef -- the snapshot script's own require (built-in modules only)
    const vm = require('node:vm');
    // Node calls this loader experimental and says so on stderr; the CLI's output should not.
    const emit = process.emitWarning;
    process.emitWarning = (w, ...rest) => (/USE_MAIN_CONTEXT_DEFAULT_LOADER/.test(String(w?.message ?? w)) ? undefined : emit.call(process, w, ...rest));
    doImport = new vm.Script('(specifier) => import(specifier)', { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }).runInThisContext();
    // The warning comes with the first import, so the filter stays (it only drops that one warning).
  }
  return doImport(specifier);
}
