// V8 flags the CLI sets at start (bin/complaintlint.js) and the bundle's code cache is built with
// (scripts/build-bundle.mjs); V8 rejects a code cache made under other flags.
//
// Regular expressions compile to machine code on first use instead of being interpreted the first
// time: the rules scan whole replies with large alternations, where one interpreted pass costs more
// than the compile (one 160-word draft: ~125 ms of regex work -> ~55 ms).
export const REGEXP_FLAGS = ['--regexp-tier-up-ticks=0'];
