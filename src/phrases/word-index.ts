// The per-reply trigger index: the reply's words, lower-cased, with contractions also read as their parts
// ("we're" is also "we" and "are", "don't" also "do" and "not"), built once per reply in one linear pass.
// Phrase entries and rules declare the words they need; a reply that lacks them never runs their patterns,
// so the work per reply follows what the reply says, not how many phrasings the catalog holds.
//
// Besides words, the index holds a few shape features that rules can trigger on, written with a leading "#":
//   #caps      a word of two or more capital letters and no lower-case letter ("NEVER", "FAQ")
//   #bang      a run of "!!", "?!" or "!?"
//   #question  a question mark
//   #digit     a digit

import type { WordIndex } from '../types.js';

export type { WordIndex };

// Parts a contraction stands for. Apostrophe-less spellings ("dont", "im") are common in chat and tweets.
const SUFFIX_PARTS: ReadonlyArray<[string, readonly string[]]> = [
  ["'re", ['are']], ["'m", ['am']], ["'ve", ['have']], ["'ll", ['will']], ["'d", ['would', 'had']],
  ["'s", ['is', 'has']],
];
// A Map: every word of every reply is looked up here, and a Map neither answers "constructor" from
// Object.prototype nor makes V8 intern each word as a property name.
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  "can't": ['can', 'not'], cannot: ['can', 'not'], "won't": ['will', 'not'], "shan't": ['shall', 'not'],
  "ain't": ['am', 'is', 'are', 'not'], "let's": ['let', 'us'],
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], cant: ['can', 'not'], wont: ['will', 'not'],
  isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'], werent: ['were', 'not'], havent: ['have', 'not'],
  hasnt: ['has', 'not'], hadnt: ['had', 'not'], couldnt: ['could', 'not'], wouldnt: ['would', 'not'],
  shouldnt: ['should', 'not'], im: ['i', 'am'], ive: ['i', 'have'], youre: ['you', 'are'], youve: ['you', 'have'],
  theyre: ['they', 'are'], thats: ['that', 'is'], theres: ['there', 'is'], whats: ['what', 'is'],
}));

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const ASCII_WORD = /^[A-Za-z0-9]+$/;
const ASCII_RUN = /[A-Za-z0-9]+/g;
const SPACE_ONLY = /^\s+$/;
const LOWER_ASCII = /[a-z]/;
// Longest prefix kept for "word*" triggers; longer prefixes are checked against the words themselves.
const MAX_PREFIX = 12;
const MIN_PREFIX = 2;

/** Whether text[from, to) is only whitespace (as \s reads it); usually one space. */
function spaceGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return SPACE_ONLY.test(text.slice(from, to));
  return true;
}

/** Builds the index of a prepared reply text (one pass over the text). */
export function buildWordIndex(text: string): WordIndex {
  const all = new Set<string>();
  const distinct: string[] = [];
  const add = (w: string) => { all.add(w); };
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let caps = false;
  // Adjacent words with only whitespace between also make a pair key ("you have"): the last ASCII run of one
  // and the first of the next, what a regex "you\s+have" reads (regex-words.ts).
  let lastRun = '';
  let lastEnd = -1;
  while ((m = WORD.exec(text))) {
    const raw = m[0];
    const runs = ASCII_WORD.test(raw) ? undefined : raw.match(ASCII_RUN);
    const firstRun = runs ? (raw.startsWith(runs[0] ?? '\0') ? runs[0]!.toLowerCase() : '') : raw.toLowerCase();
    if (lastRun && firstRun && lastEnd >= 0 && spaceGap(text, lastEnd, m.index)) all.add(`${lastRun} ${firstRun}`);
    lastRun = runs ? (raw.endsWith(runs[runs.length - 1] ?? '\0') ? runs[runs.length - 1]!.toLowerCase() : '') : raw.toLowerCase();
    lastEnd = m.index + raw.length;
    const lower = raw.toLowerCase();
    // A word with an ASCII lower-case letter is never capitals: the exact (Unicode) test runs on the rest.
    if (!caps && raw.length >= 2 && !LOWER_ASCII.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw) && !/\p{Ll}/u.test(raw)) caps = true;
    const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    if (!all.has(word)) distinct.push(word);
    add(word);
    // A word with an apostrophe or a non-ASCII letter also holds its ASCII letter/digit runs ("we'll" ->
    // "ll", "café" -> "caf"): what a regex sees between two \b edges (regex-words.ts relies on it).
    if (runs) for (const run of runs) add(run.toLowerCase());
    const irregular = IRREGULAR.get(word);
    if (irregular) { for (const p of irregular) add(p); continue; }
    const apostrophe = word.indexOf("'");
    if (apostrophe > 0) {
      if (word.endsWith("n't")) {
        add(word.slice(0, -3)); // "don't" -> "do", "couldn't" -> "could"
        add('not');
        continue;
      }
      const stem = word.slice(0, apostrophe);
      add(stem); // "we're" -> "we"; possessive "customer's" -> "customer"
      const tail = word.slice(apostrophe);
      for (const [suffix, parts] of SUFFIX_PARTS) if (tail === suffix) for (const p of parts) add(p);
    }
  }
  if (caps) all.add('#caps');
  if (/[!?]!|!\?/.test(text)) all.add('#bang');
  if (text.includes('?')) all.add('#question');
  if (/\d/.test(text)) all.add('#digit');

  let prefixes: Set<string> | undefined;
  const prefixSet = () => {
    if (!prefixes) {
      prefixes = new Set();
      for (const w of all) {
        if (w.startsWith('#') || w.includes(' ')) continue;
        for (let n = MIN_PREFIX; n <= Math.min(w.length, MAX_PREFIX); n++) prefixes.add(w.slice(0, n));
      }
    }
    return prefixes;
  };
  return {
    words: distinct,
    keys: all,
    has(trigger: string): boolean {
      if (!trigger.endsWith('*')) return all.has(trigger);
      const prefix = trigger.slice(0, -1);
      if (prefix.length <= MAX_PREFIX) return prefixSet().has(prefix);
      for (const w of all) if (w.startsWith(prefix)) return true;
      return false;
    },
  };
}
