// Lazy access to compromise, loaded only when a rule actually needs a tagged sentence (replies whose
// sentences pass the lexical pre-pass never load it). It comes from dist/nlp when the build wrote it
// (scripts/build-nlp.mjs: the same tagger with its model saved, ~40 ms to load), else stock
// compromise/two (~270 ms: it builds its lexicon at load).
// COMPLAINTLINT_STATS=1 prints how much text went to the tagger, to keep the pre-passes narrow.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { NlpDoc } from '../types.js';
import { installFastSweep } from './fast-sweep.js';
import { loadSavedNlp } from './saved-model.js';
import { REGEXP_MODES } from '../core/boot.js';

type Nlp = ((text: string) => NlpDoc) & { parseMatch(pattern: string): any; model(): any };

let nlp: Nlp | undefined;

/** The compromise function (the bundled CJS build with the tagger, not the ESM source tree). */
export function getNlp(): Nlp {
  if (nlp === undefined) {
    const t0 = stats ? performance.now() : 0;
    nlp = loadSaved() ?? loadStock();
    if (stats) stats.loadMs = performance.now() - t0;
  }
  return nlp;
}

// From dist/src/nlp/ (compiled) to dist/nlp/; running from TypeScript sources there is none.
const SAVED_CODE = fileURLToPath(new URL('../../nlp/compromise-two.cjs', import.meta.url));
const SAVED_MODEL = fileURLToPath(new URL('../../nlp/model.json', import.meta.url));
// Code caches, one per regexp-compile mode (V8 takes a cache only under its flags): small runs first.
const SAVED_CACHES = Object.keys(REGEXP_MODES).map((mode) => fileURLToPath(new URL(`../../nlp/compromise-two.${mode}.cache`, import.meta.url)));

function loadSaved(): Nlp | undefined {
  if (process.env.COMPLAINTLINT_STOCK_NLP === '1' || !existsSync(SAVED_MODEL)) return undefined;
  try {
    const saved = loadSavedNlp(SAVED_CODE, SAVED_MODEL, SAVED_CACHES) as Nlp;
    installFastSweep(saved, true);
    return saved;
  } catch {
    return undefined; // a damaged dist/nlp: stock compromise still works
  }
}

function loadStock(): Nlp {
  // compromise/two = tokenizer + tagger + contractions; the sentence/verb plugins of /three are not needed.
  const stock = createRequire(import.meta.url)('compromise/two') as Nlp;
  installFastSweep(stock);
  return stock;
}

// Tagged sentences by text, across the run: a macro library repeats its sentences ("Thanks for your
// patience."), and the tags of a sentence depend only on its text. Bounded by the text it holds (a tagged
// document costs ~100 bytes of heap per character): only sentence-sized texts are kept, and the cache is
// cleared when full. Bounded by count alone, the 1,000-character pieces of a 10 MB run-on text kept ~400 MB
// alive and every garbage collection walked it.
const tagged = new Map<string, NlpDoc>();
/** Longer texts (run-on pieces) are tagged but not kept: they do not repeat. */
export const MAX_CACHED_SENTENCE = 400;
/** The characters the cache may hold in all (~25 MB of tagged documents). */
export const MAX_CACHED_CHARS = 250_000;
let cachedChars = 0;

/** Tags one sentence (the only place text goes to the tagger); the same short text is tagged once per run. */
export function parseText(text: string): NlpDoc {
  let doc = tagged.get(text);
  if (doc !== undefined) return doc;
  doc = getNlp()(text);
  if (text.length <= MAX_CACHED_SENTENCE) {
    if (cachedChars + text.length > MAX_CACHED_CHARS) {
      tagged.clear();
      cachedChars = 0;
    }
    tagged.set(text, doc);
    cachedChars += text.length;
  }
  if (stats) {
    stats.parsed++;
    stats.parsedWords += wordsIn(text);
  }
  return doc;
}

let empty: NlpDoc | undefined;

/** A document with no terms: what a sentence past the tagging budget parses to (tag-budget.ts). */
export function emptyDoc(): NlpDoc {
  empty ??= getNlp()('');
  return empty;
}

/** Counts a sentence refused by the tagging budget. */
export function noteTagRefused(): void {
  if (stats) stats.tagRefused++;
}

/** How many tagged texts the run-wide cache holds, and their characters (for tests). */
export function taggedCacheSize(): { texts: number; chars: number } {
  return { texts: tagged.size, chars: cachedChars };
}

/** Counts a reply that asked for a tagged sentence (once per reply). */
export function noteReplyTagged(): void {
  if (stats) stats.repliesTagged++;
}

/** Counts rule-reply pairs: the rules that would run, and those the trigger index skipped. */
export function noteRules(considered: number, skipped: number): void {
  if (!stats) return;
  stats.rulePairs += considered;
  stats.rulePairsSkipped += skipped;
}

/** Counts phrase entries per reply reached: all of a table's entries, and the ones that ran. */
export function noteEntries(total: number, ran: number): void {
  if (!stats) return;
  stats.entryPairs += total;
  stats.entryPairsRan += ran;
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
// COMPLAINTLINT_STATS=1: one line on stderr at exit. Read from the environment at startup, and again
// by workers (each has its own module state).

interface Stats {
  replies: number; sentences: number; words: number; parsed: number; parsedWords: number; loadMs?: number;
  repliesTagged: number; tagRefused: number; rulePairs: number; rulePairsSkipped: number; entryPairs: number; entryPairsRan: number;
}

let stats: Stats | undefined;

export function configureStats(env: NodeJS.ProcessEnv): void {
  const on = Boolean(env.COMPLAINTLINT_STATS) && env.COMPLAINTLINT_STATS !== '0';
  if (!on || stats) { if (!on) stats = undefined; return; }
  const current: Stats = { replies: 0, sentences: 0, words: 0, parsed: 0, parsedWords: 0, repliesTagged: 0, tagRefused: 0, rulePairs: 0, rulePairsSkipped: 0, entryPairs: 0, entryPairsRan: 0 };
  stats = current;
  process.on('exit', () => {
    const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '0%');
    const load = current.loadMs === undefined ? (nlp ? 'preloaded' : 'not loaded') : `loaded in ${Math.round(current.loadMs)} ms`;
    process.stderr.write(
      `complaintlint stats: ${current.replies} replies, ${current.parsed} of ${current.sentences} sentences tagged (${pct(current.parsed, current.sentences)}), `
        + `${current.parsedWords} of ${current.words} words (${pct(current.parsedWords, current.words)}); compromise ${load}; `
        + `${current.repliesTagged} replies asked for tags (${pct(current.repliesTagged, current.replies)}); `
        + (current.tagRefused ? `${current.tagRefused} sentences past the tagging budget; ` : '')
        + `trigger index skipped ${current.rulePairsSkipped} of ${current.rulePairs} rule-reply pairs (${pct(current.rulePairsSkipped, current.rulePairs)}) `
        + `and ${current.entryPairs - current.entryPairsRan} of ${current.entryPairs} phrase entries reached (${pct(current.entryPairs - current.entryPairsRan, current.entryPairs)})\n`,
    );
  });
}

configureStats(process.env);

function wordsIn(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}
