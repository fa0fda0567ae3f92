// Lazy access to compromise. Loading it costs ~0.4 s, so it is required only when a rule
// actually needs a tagged sentence; replies whose sentences pass the lexical pre-pass never load it.
import { createRequire } from 'node:module';
import type { NlpDoc } from '../types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Nlp = ((text: string) => NlpDoc) & { parseMatch(pattern: string): any };

const require = createRequire(import.meta.url);
let nlp: Nlp | undefined;

/** The compromise function (the bundled CJS build with the tagger, not the ESM source tree). */
export function getNlp(): Nlp {
  // compromise/two = tokenizer + tagger + contractions; the sentence/verb plugins of /three are not needed.
  nlp ??= require('compromise/two') as Nlp;
  return nlp;
}

export function isNlpLoaded(): boolean {
  return nlp !== undefined;
}

const compiled = new Map<string, unknown>();

/** A match pattern compiled once per process and reused for every sentence. */
export function pattern(source: string): unknown {
  let p = compiled.get(source);
  if (p === undefined) {
    p = getNlp().parseMatch(source);
    compiled.set(source, p);
  }
  return p;
}
