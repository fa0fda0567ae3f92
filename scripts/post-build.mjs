#!/usr/bin/env node
// After tsc: nothing to copy yet beyond making sure dist/ exists for bin/complaintlint.js.
// The CommonJS entry (dist/src/index.cjs + .d.cts) for require('complaintlint').
await import('./write-cjs-entry.mjs');
