// Where a phrase regex can start: the lower-case ASCII prefixes its every match begins with, read from the
// source once. A reply is then tried only at the starts of words with those prefixes (table.ts runs the
// expression sticky there) instead of at every character:
//
//   (?:we|i)\s+(?:can't|cannot)   ->  ["we", "i"]
//   apologi[sz]e                  ->  ["apologi"]
//   (?:just\s+)?contact\s+us      ->  ["just", "contact"]
//
// Soundness is what matters (a missing prefix silently drops findings), so anything uncertain gives no
// prefixes at all and the entry is scanned as before: a match that may start with something other than an
// ASCII letter or digit (a space, punctuation, \w, a class, a non-ASCII letter), an empty match, a pattern
// with the u, v or x flag, or more than MAX_LEADS prefixes. Lookarounds and edges consume nothing.
import { readFileSync } from 'node:fs';
import { Reader, Unknown, wordsKey, type Item } from './regex-words.js';

const WORD_ASCII = /^[A-Za-z0-9]$/;
/** More prefixes than this and the word-start lookups cost what a scan costs. */
const MAX_LEADS = 48;
/** Prefixes stop here: longer ones select hardly better. */
const LEAD_LENGTH = 8;

class TooMany extends Error {}

// dist/src/phrases/ -> dist/phrases/leads.json, written by scripts/build-phrase-words.mjs for the built-in
// entries (reading ~400 regexes costs ~0.3 ms each); absent when running from sources.
const SAVED = new URL('../../phrases/leads.json', import.meta.url);
let saved: Record<string, string[] | null> | null | undefined;

/** leadingWords, from the build's saved file when it has the source. */
export function savedLeadingWords(source: string, flags: string): string[] | undefined {
  if (saved === undefined) {
    try {
      saved = JSON.parse(readFileSync(SAVED, 'utf8')) as Record<string, string[] | null>;
    } catch {
      saved = null;
    }
  }
  const known = saved?.[wordsKey(source, flags)];
  return known === undefined ? leadingWords(source, flags) : known ?? undefined;
}

/** The prefixes every match of `source` starts with, or undefined when that cannot be known. */
export function leadingWords(source: string, flags: string): string[] | undefined {
  if (/[uvx]/.test(flags)) return undefined;
  try {
    const reader = new Reader(source);
    const alts = reader.alternation();
    if (reader.i !== source.length) return undefined;
    const out = new Set<string>();
    for (const alt of alts) if (!leads(alt, 0, '', out)) return undefined;
    return out.size > 0 ? [...out].sort() : undefined;
  } catch (err) {
    if (err instanceof Unknown || err instanceof TooMany) return undefined;
    throw err;
  }
}

/**
 * Adds to `out` the prefixes a match of seq[i..] can start with, given that `acc` was read before it.
 * False when some match may start otherwise.
 */
function leads(seq: readonly Item[], i: number, acc: string, out: Set<string>): boolean {
  const stop = (): boolean => {
    if (acc === '') return false;
    out.add(acc);
    if (out.size > MAX_LEADS) throw new TooMany();
    return true;
  };
  for (; i < seq.length && acc.length < LEAD_LENGTH; i++) {
    const it = seq[i]!;
    if (it.t === 'look' || it.t === 'edge') continue; // zero width: the next item starts the match
    if (it.min === 0 && it.max === 0) continue;
    if (it.t === 'group') {
      const body = (alt: readonly Item[]) => (it.max === 1 ? [...alt, ...seq.slice(i + 1)] : alt);
      // Absent (min 0): what follows starts the match. Present: each branch does; after a repeated group
      // anything may come, so its branches' prefixes stop where they end.
      if (it.min === 0 && !leads(seq, i + 1, acc, out)) return false;
      for (const alt of it.alts) if (!leads(body(alt), 0, acc, out)) return false;
      return true;
    }
    const letter = it.t === 'char' && WORD_ASCII.test(it.c);
    if (!letter) {
      // A space, punctuation or a class: the prefix read so far is all that is certain.
      if (it.min === 0 && acc !== '') return leads(seq, i + 1, acc, out) && stop();
      return stop();
    }
    if (it.min === 0) return leads(seq, i + 1, acc, out) && leads([], 0, acc + it.c.toLowerCase(), out);
    acc += it.c.toLowerCase();
    if (it.max > 1) return stop(); // "cancel+": more of the letter may follow
  }
  return stop();
}
