// Phrase-table regexes are bounded by construction: every `+`, `*` and `{n,}` is rewritten to a counted
// repeat, so one match attempt reads at most a fixed number of characters and a scan over any text stays
// linear (a run of 100,000 spaces or a 60,000-letter word costs what its length costs, never its square).
// Authors still write natural patterns (`sorry\s+if`); the bound is far beyond any real phrase.
import { maxMatchLength } from '../config/regex-safety.js';

/** Characters one unbounded repeat may take after rewriting. */
export const REPEAT_BOUND = 60;
/** The longest text one entry may match (characters); longer patterns are refused when the table compiles. */
export const MAX_ENTRY_MATCH = 1200;

/** The source with unbounded quantifiers replaced by counted ones. */
export function boundQuantifiers(source: string, bound = REPEAT_BOUND): string {
  let out = '';
  let i = 0;
  let inClass = false;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      // An escape: copy it whole, including \p{...}, \u{...} and \k<...> bodies.
      const next = source[i + 1] ?? '';
      let j = i + 2;
      if ((next === 'p' || next === 'P' || next === 'u') && source[j] === '{') {
        const close = source.indexOf('}', j);
        j = close < 0 ? source.length : close + 1;
      } else if (next === 'k' && source[j] === '<') {
        const close = source.indexOf('>', j);
        j = close < 0 ? source.length : close + 1;
      }
      out += source.slice(i, j);
      i = j;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      i++;
      continue;
    }
    if (c === '[') { inClass = true; out += c; i++; continue; }
    if (c === '+' || c === '*') {
      out += `{${c === '+' ? 1 : 0},${bound}}`;
      i++;
      continue;
    }
    if (c === '{') {
      const open = /^\{(\d+),\}/.exec(source.slice(i, i + 12));
      if (open) {
        const min = Number(open[1]);
        out += `{${min},${min + bound}}`;
        i += open[0].length;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

// Letters (Latin with accents), digits and underscore: what a word is made of for the edge guards.
export const WORD_CHAR = '[A-Za-z0-9_\\u00C0-\\u024F]';

/**
 * Compiles an entry's regex source bounded, with word-edge guards; throws a one-line error naming the owner.
 * `checked`: the build compiled this source already (scripts/build-phrase-words.mjs), so its length is known good.
 */
export function compileBounded(source: string, flags: string, owner: string, edges = true, checked = false): RegExp {
  const bounded = boundQuantifiers(source);
  // A match starts and ends on a word edge: "sorry" never matches inside "unsorry", "fee" never inside "coffee".
  // A contraction's tail starts on one too: "'s not that bad" in "It's not that bad", "'re wrong" in "you're wrong".
  // (One lookbehind, not an alternation: a pattern that opens with a choice of assertions scans several times slower.)
  const wrapped = edges ? `(?<!${WORD_CHAR}(?!['\u2019]))(?:${bounded})(?!${WORD_CHAR})` : bounded;
  let regex: RegExp;
  try {
    regex = new RegExp(wrapped, `${flags.replace(/g/g, '')}g`);
  } catch (err) {
    throw new Error(`${owner}: invalid regex: ${(err as Error).message}`);
  }
  if (checked) return regex;
  const longest = maxMatchLength(bounded, flags);
  if (!(longest <= MAX_ENTRY_MATCH)) throw new Error(`${owner}: the pattern can match ${longest === Infinity ? 'unbounded' : longest} characters; keep phrases under ${MAX_ENTRY_MATCH}`);
  return regex;
}
