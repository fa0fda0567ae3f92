#!/usr/bin/env node
// After tsc: nothing to copy yet beyond making sure dist/ exists for bin/complaintlint.js.
