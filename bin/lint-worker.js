// The script of a --jobs worker thread: the same dist/bundle as the CLI (bin/bundle.js) when it is
// fresh, so the worker starts with compiled code instead of loading dist/src module by module.
import { loadBundle } from './bundle.js';

const bundle = loadBundle();
if (bundle) bundle.serveLintRequests();
else await import('../dist/src/runner/lint-worker-entry.js');
