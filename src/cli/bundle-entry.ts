// The entry of dist/bundle (scripts/build-bundle.mjs): the CLI, and the loop of a --jobs worker thread,
// which bin/lint-worker.js starts from the same bundle and code cache.
export { main } from './main.js';
export { serveLintRequests } from '../runner/lint-worker.js';
