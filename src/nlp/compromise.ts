// Lazy access to compromise. Loading it costs ~0.4 s, so it is required only when a rule
// actually needs a tagged sentence; replies whose sentences pass the lexical pre-pass never load it.
// (From a startup snapshot, scripts/build-snapshot.mjs, it is already in the heap: no load at all.)
// COMPLAINTLINT_STATS=1 prints how much text went to the tagger, to keep the pre-passes narrow.
import { createRequire } from 'node:module';
import type { NlpDoc } from '../types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Nlp = ((text: string) => NlpDoc) & { parseMatch(pattern: string): any; model(): any };

let nlp: Nlp | undefined;

/** The compromise function (the bundled CJS build with the tagger, not the ESM source tree). */
export function getNlp(): Nlp {
  if (nlp === undefined) {
    const t0 = stats ? performance.now() : 0;
    // compromise/two = tokenizer + tagger + contractions; the sentence/verb plugins of /three are not needed.
    nlp = (preloaded ?? createRequire(import.meta.url)('compromise/two')) as Nlp;
    if (stats) stats.loadMs = performance.now() - t0;
  }
  return nlp;
}

// A startup snapshot (or a bundle) hands over compromise before the first getNlp().
let preloaded: unknown;
export function preloadNlp(instance: unknown): void {
  preloaded = instance;
}

export function isNlpLoaded(): boolean {
  return nlp !== undefined;
}

/** Tags one sentence (the only place text goes to the tagger). */
export function parseText(text: string): NlpDoc {
  const doc = getNlp()(text);
  if (stats) {
    stats.parsed++;
    stats.parsedWords += wordsIn(text);
  }
  return doc;
}

/** Counts a prepared reply for the stats line. */
export function notePrepared(sentences: number, words: number): void {
  if (!stats) return;
  stats.replies++;
  stats.sentences += sentences;
  stats.words += words;
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

// ---------------------------------------------------------------------------------------------
// COMPLAINTLINT_STATS=1: one line on stderr at exit.

interface Stats { replies: number; sentences: number; words: number; parsed: number; parsedWords: number; loadMs?: number }

const stats: Stats | undefined = process.env.COMPLAINTLINT_STATS && process.env.COMPLAINTLINT_STATS !== '0'
  ? { replies: 0, sentences: 0, words: 0, parsed: 0, parsedWords: 0 }
  : undefined;

if (stats) {
  process.on('exit', () => {
    const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '0%');
    const load = stats.loadMs === undefined ? (nlp ? 'preloaded' : 'not loaded') : `loaded in ${Math.round(stats.loadMs)} ms`;
    process.stderr.write(
      `complaintlint stats: ${stats.replies} replies, ${stats.parsed} of ${stats.sentences} sentences tagged (${pct(stats.parsed, stats.sentences)}), `
        + `${stats.parsedWords} of ${stats.words} words (${pct(stats.parsedWords, stats.words)}); compromise ${load}\n`,
    );
  });
}

function wordsIn(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}
