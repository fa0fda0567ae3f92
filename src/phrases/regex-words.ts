// The words a regex cannot match without: read from its source once, so a phrase entry runs only on replies
// whose word index holds them. The result is a list of clauses, all of which must hold; a clause is a list
// of atoms, one of which must be in the reply's word index: a word ("sorry") or a prefix ("apolog*").
//
//   \bsorry\s+(?:that\s+)?(?:you|your)\b   ->  [["sorry"], ["you", "your"]]
//
// Soundness is what matters (a wrong clause silently drops findings), so the reading is conservative: a
// literal run of ASCII letters and digits gives a word only when both its edges are certain (\b, \s, a
// punctuation character, the pattern's edges when the table guards them); a run whose end is uncertain
// gives a prefix; a run whose start is uncertain gives nothing. Optional parts give nothing; an
// alternation gives one clause only when every branch gives one. Lookarounds consume nothing and are
// skipped. Anything the reader does not know (\w, classes with letters, back-references) ends a run.
// The word index (word-index.ts) holds every maximal ASCII letter/digit run of the text, which is what a
// run between two such edges matches.

import { savedRegex } from './saved-regex.js';

export type Clause = readonly string[];

export interface ReadOptions {
  /** The pattern's start and end are word edges (phrase tables wrap entries in edge guards). */
  guarded?: boolean;
  /**
   * The pattern runs on windows that may start or end inside a word (config phrases on long sentences):
   * \b, ^ and $ then prove nothing at the left edge and only a prefix at the right one.
   */
  windowed?: boolean;
}

type Item =
  | { t: 'char'; c: string; min: number; max: number }
  | { t: 'delim'; min: number; max: number; space?: boolean } // consumes only characters outside [A-Za-z0-9_] (space: only whitespace)
  | { t: 'other'; min: number; max: number } // consumes something that may be a word character
  | { t: 'edge'; kind: 'b' | 'B' | '^' | '$' }
  | { t: 'look' }
  | { t: 'group'; alts: Item[][]; min: number; max: number };

class Unknown extends Error {}

const WORD_ASCII = /^[A-Za-z0-9]$/;
const MAX_ATOMS = 40;

/** The clauses of a phrase-table regex (edges guarded): from the build's saved file, else read now. */
export function guardedWords(source: string, flags: string): Clause[] {
  return savedRegex(source, flags)?.words ?? requiredWords(source, flags, { guarded: true });
}

/** Whether the build compiled and checked this entry regex already (a built-in one): its length check can go. */
export function checkedAtBuild(source: string, flags: string): boolean {
  return savedRegex(source, flags) !== undefined;
}

/** The clauses a regex source needs (empty when it cannot tell: the entry then runs on every reply). */
export function requiredWords(source: string, flags = 'i', opts: ReadOptions = {}): Clause[] {
  if (flags.includes('u') || flags.includes('v') || flags.includes('x')) return [];
  try {
    const parser = new Reader(source);
    const alts = parser.alternation();
    if (parser.i !== source.length) return [];
    const edge = opts.guarded ? true : false;
    const clauses = altClauses(alts, edge, edge, opts.windowed === true);
    return dedupe(clauses);
  } catch (err) {
    if (err instanceof Unknown) return [];
    throw err;
  }
}

/** Whether a word index satisfies every clause. */
export function satisfies(has: (atom: string) => boolean, clauses: readonly Clause[]): boolean {
  for (const clause of clauses) {
    let ok = false;
    for (const atom of clause) if (has(atom)) { ok = true; break; }
    if (!ok) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Reading: alternatives -> the clauses every branch implies (one per branch, unioned).

function altClauses(alts: Item[][], left: boolean, right: boolean, windowed: boolean): Clause[] {
  if (alts.length === 1) return seqClauses(alts[0]!, left, right, windowed);
  const picked: string[] = [];
  for (const branch of alts) {
    const clauses = seqClauses(branch, left, right, windowed);
    if (clauses.length === 0) return [];
    // The branch's most selective clause: the fewest atoms.
    const best = clauses.reduce((a, b) => (b.length < a.length ? b : a));
    picked.push(...best);
    if (picked.length > MAX_ATOMS) return [];
  }
  return [[...new Set(picked)]];
}

function seqClauses(items: Item[], leftEdge: boolean, rightEdge: boolean, windowed: boolean): Clause[] {
  const out: Clause[] = [];
  let run = '';
  let runLeft = leftEdge;
  // Ends the current run: a word when its right edge is certain, a prefix when not.
  // Two whole words with only whitespace between ("you\s+have") also give the pair "you have", which the
  // word index holds for adjacent words: far rarer than either word alone.
  let leftWord = ''; // the whole word a run starting now follows across whitespace
  let runLeftWord = ''; // the same for the current run
  const flush = (rightCertain: boolean) => {
    if (run && runLeft) {
      if (rightCertain) out.push([run]);
      else if (run.length >= 2) out.push([`${run}*`]);
      if (rightCertain && runLeftWord) out.push([`${runLeftWord} ${run}`]);
    }
    run = '';
    runLeftWord = '';
  };
  // A delimiter item: ends the run as a whole word; whitespace lets the next run pair with it.
  const delimit = (space: boolean) => {
    const whole = run && runLeft ? run : '';
    flush(true);
    runLeft = true;
    leftWord = space ? whole : '';
  };
  const next = (i: number): Item | undefined => {
    for (let j = i + 1; j < items.length; j++) if (items[j]!.t !== 'look') return items[j];
    return undefined;
  };
  // Whether the item after i starts with a character outside [A-Za-z0-9_] (or is the certain end).
  const delimAfter = (i: number): 'word' | 'prefix' | false => {
    const n = next(i);
    if (!n) return rightEdge ? 'word' : false;
    return startsDelim(n, windowed);
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const carried = leftWord;
    leftWord = '';
    switch (it.t) {
      case 'look':
        leftWord = carried;
        break; // consumes nothing: the characters around it are adjacent
      case 'edge':
        if (it.kind === 'b') {
          flush(!windowed);
          runLeft = !windowed;
        } else if (it.kind === '$') {
          flush(!windowed);
          runLeft = !windowed;
        } else if (it.kind === '^') {
          flush(false);
          runLeft = !windowed;
        } else {
          flush(false);
          runLeft = false;
        }
        break;
      case 'char': {
        const word = WORD_ASCII.test(it.c);
        if (it.min === 1 && it.max === 1) {
          if (word) {
            if (run === '') runLeftWord = carried;
            run += it.c.toLowerCase();
          } else if (it.c === '_') { flush(false); runLeft = false; } else delimit(it.c === ' ');
        } else if (it.min === 0) {
          optional(i, it);
        } else if (word) {
          // "cancel+": the run goes on with repeats of the last letter.
          run += it.c.toLowerCase();
          flush(false);
          runLeft = false;
        } else if (it.c === '_') { flush(false); runLeft = false; } else delimit(it.c === ' ');
        break;
      }
      case 'delim':
        if (it.min === 0) optional(i, it);
        else delimit(it.space === true);
        break;
      case 'other':
        if (it.min === 0) optional(i, it);
        else { flush(false); runLeft = false; }
        break;
      case 'group': {
        if (it.alts.length === 1 && it.min === 1 && it.max === 1) {
          // A plain group: its items sit in this sequence.
          items = [...items.slice(0, i + 1), ...it.alts[0]!, ...items.slice(i + 1)];
          leftWord = carried;
          break;
        }
        if (it.min === 0) { optional(i, it); break; }
        // A run that the group continues ("apolog(?:y|ies)") is a prefix; the branches start mid-word.
        const startsClean = run === '' && runLeft;
        flush(false);
        const after = it.max === 1 ? delimAfter(i) : false;
        out.push(...altClauses(it.alts, startsClean, after === 'word', windowed));
        runLeft = it.max === 1 && endsDelim(it);
        break;
      }
    }
  }
  const end = rightEdge ? 'word' : false;
  flush(end === 'word');
  return out;

  // An optional item: the run before it ends certainly only if the item (when present) starts with a
  // delimiter and what follows it does too; the run after it starts certainly only if both ways do.
  function optional(i: number, item: Item) {
    const present = { ...item, min: 1 } as Item;
    const after = delimAfter(i);
    const wasClean = run === '' && runLeft;
    flush(startsDelim(present, windowed) === 'word' && after === 'word');
    runLeft = wasClean && present.t !== 'edge' && present.t !== 'look' && endsDelim({ t: 'group', alts: [[present]], min: 1, max: 1 });
  }
}

function startsDelim(it: Item, windowed: boolean): 'word' | 'prefix' | false {
  if (it.t === 'delim' && it.min >= 1) return 'word';
  if (it.t === 'char' && it.min >= 1 && !WORD_ASCII.test(it.c) && it.c !== '_') return 'word';
  if (it.t === 'edge' && (it.kind === 'b' || it.kind === '$')) return windowed ? 'prefix' : 'word';
  if (it.t === 'group' && it.min >= 1 && it.alts.every((a) => a.length > 0 && startsDelim(a.find((x) => x.t !== 'look') ?? a[0]!, windowed) === 'word')) return 'word';
  return false;
}

function endsDelim(g: Extract<Item, { t: 'group' }>): boolean {
  return g.alts.every((a) => {
    const last = [...a].reverse().find((x) => x.t !== 'look');
    if (last === undefined) return false;
    if (last.t === 'group') return last.min >= 1 && endsDelim(last);
    return (last.t === 'delim' && last.min >= 1) || (last.t === 'char' && last.min >= 1 && !WORD_ASCII.test(last.c) && last.c !== '_');
  });
}

function dedupe(clauses: Clause[]): Clause[] {
  const seen = new Set<string>();
  const out: Clause[] = [];
  for (const c of clauses) {
    const key = [...c].sort().join('|');
    if (!seen.has(key)) { seen.add(key); out.push(c); }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A small reader for the regex syntax phrase tables use; anything else throws Unknown.

class Reader {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): Item[][] {
    const alts: Item[][] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      if (atom.t === 'edge' || atom.t === 'look') { items.push(atom); continue; }
      const q = this.quantifier();
      const item = atom as Item & { min: number; max: number };
      item.min = q[0];
      item.max = q[1];
      items.push(item);
    }
    return items;
  }

  private quantifier(): [number, number] {
    const c = this.s[this.i];
    let q: [number, number] = [1, 1];
    if (c === '?') { this.i++; q = [0, 1]; } else if (c === '*') { this.i++; q = [0, Infinity]; } else if (c === '+') { this.i++; q = [1, Infinity]; } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i, this.i + 20));
      if (m) {
        this.i += m[0].length;
        const min = Number(m[1]);
        q = [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity];
      }
    }
    if (this.s[this.i] === '?') this.i++; // lazy
    if (q[1] === 0) q = [0, 0];
    return q;
  }

  private atom(): Exclude<Item, { min: number }> | { t: 'char'; c: string } | { t: 'delim'; space?: boolean } | { t: 'other' } | { t: 'group'; alts: Item[][] } {
    const c = this.s[this.i]!;
    if (c === '(') {
      this.i++;
      let look = false;
      if (this.s[this.i] === '?') {
        const rest = this.s.slice(this.i, this.i + 3);
        if (rest.startsWith('?:')) this.i += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) { this.i += 2; look = true; } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) { this.i += 3; look = true; } else if (rest.startsWith('?<')) {
          const close = this.s.indexOf('>', this.i);
          if (close < 0) throw new Unknown();
          this.i = close + 1;
        } else throw new Unknown();
      }
      const alts = this.alternation();
      if (this.s[this.i] !== ')') throw new Unknown();
      this.i++;
      if (look) {
        // A quantified lookaround is legal in some modes: skip its quantifier as well.
        this.quantifier();
        return { t: 'look' };
      }
      return { t: 'group', alts };
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return { t: 'other' };
    if (c === '^' || c === '$') return { t: 'edge', kind: c };
    if (c === '*' || c === '+' || c === '?' || c === '{' && /^\{\d/.test(this.s.slice(this.i - 1))) throw new Unknown();
    return { t: 'char', c };
  }

  private escape(): { t: 'edge'; kind: 'b' | 'B' } | { t: 'char'; c: string } | { t: 'delim'; space?: boolean } | { t: 'other' } {
    const n = this.s[this.i + 1];
    if (n === undefined) throw new Unknown();
    this.i += 2;
    if (n === 'b' || n === 'B') return { t: 'edge', kind: n };
    if (n === 's') return { t: 'delim', space: true };
    if (n === 'W') return { t: 'delim' };
    if ('SwdDpPkcxu0123456789'.includes(n)) {
      if (n === 'p' || n === 'P' || n === 'k') {
        const close = this.s.indexOf(n === 'k' ? '>' : '}', this.i);
        if (close >= 0) this.i = close + 1;
      }
      return { t: 'other' };
    }
    if (n === 'n' || n === 't' || n === 'r' || n === 'f' || n === 'v') return { t: 'delim', space: true };
    if (/[A-Za-z]/.test(n)) throw new Unknown();
    return { t: 'char', c: n };
  }

  /** A class is a delimiter when nothing in it can be a word character. */
  private charClass(): { t: 'delim' } | { t: 'other' } {
    const start = ++this.i;
    let negated = false;
    if (this.s[this.i] === '^') { negated = true; this.i++; }
    let wordy = false;
    let first = true;
    while (this.i < this.s.length && (this.s[this.i] !== ']' || first)) {
      first = false;
      let c = this.s[this.i]!;
      if (c === '\\') {
        const n = this.s[this.i + 1] ?? '';
        this.i += 2;
        if (n === 's' || n === 'W' || 'ntrfv'.includes(n) && n !== '') continue;
        if (/[A-Za-z0-9]/.test(n)) { wordy = true; continue; }
        c = n;
      } else this.i++;
      if (this.s[this.i] === '-' && this.s[this.i + 1] !== ']' && this.i + 1 < this.s.length) {
        let hi = this.s[this.i + 1]!;
        this.i += 2;
        if (hi === '\\') { hi = this.s[this.i] ?? ''; this.i++; if (/[A-Za-z0-9]/.test(hi)) { wordy = true; continue; } }
        // Any range that reaches into 0-9, A-Z, _ or a-z may hold a word character.
        const lo = c.codePointAt(0) ?? 0;
        const up = hi.codePointAt(0) ?? 0;
        if (lo <= 0x7a && up >= 0x30) wordy = true;
        continue;
      }
      if (/[A-Za-z0-9_]/.test(c)) wordy = true;
    }
    if (this.s[this.i] !== ']' || this.i === start) throw new Unknown();
    this.i++;
    return negated || wordy ? { t: 'other' } : { t: 'delim' };
  }
}
