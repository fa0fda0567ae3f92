// Checks a user regex (config `phrases`) for catastrophic backtracking before it ever runs.
// The pattern is parsed into a small tree and three shapes are rejected:
//   - a loop whose body can match the same text in more than one way: (a+)+, (\w+\s?)*, (a|aa)+, (a?)*
//   - two unbounded quantifiers in a row that can take the same characters: \w+\s*\w+, .*foo.*
//     (cubic time on a long line), and back-references (no bound at all).
//   - repeats in a row that can split the same text in more than MAX_WAYS ways: a{0,16} eight times
//     then b (17^8 ways to fail at every position), \w{1,40}[a-z]{0,40}
// What is left does bounded work per start position once phrases.ts bounds the pattern's repeats
// (boundRegexForScan), so a scan stays linear on any line. The check is conservative: a safe but unusual
// pattern may be refused, with a message saying which part to rewrite.

export const MAX_REGEX_LENGTH = 1000;
/** Repetition counts above this are treated as unbounded ({1,50} can backtrack like +). */
const LARGE = 16;
const MAX_COUNT = 1000;
/** The most ways a run of repeats may split the same text (the backtracking one start position can do). */
export const MAX_WAYS = 1000;
/** What an unbounded repeat counts for in MAX_WAYS: the fewest characters phrases.ts lets it take. */
const UNBOUNDED_WAYS = 60;

type Node =
  | { t: 'atom'; src: string }
  | { t: 'empty' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; branches: Node[] }
  | { t: 'rep'; body: Node; min: number; max: number; src: string };

class Unsafe extends Error {}

/**
 * The longest text a (valid) pattern can match, lookaround bodies included, or Infinity. A bounded
 * pattern does bounded work per start position, so it needs no scan windows.
 */
export function maxMatchLength(source: string, flags = ''): number {
  try {
    const parser = new Parser(source, flags.includes('u') || flags.includes('v'));
    const root = parser.parse();
    return Math.max(longest(root), ...parser.lookarounds.map(longest));
  } catch {
    return Infinity;
  }
}

/**
 * How far one match attempt can read from where it starts: the longest match plus the longest lookaround
 * body (a lookbehind reads back, a lookahead past the end). Infinity when a repeat is unbounded.
 */
export function matchReach(source: string, flags = ''): number {
  try {
    const parser = new Parser(source, flags.includes('u') || flags.includes('v'));
    const root = parser.parse();
    return longest(root) + Math.max(0, ...parser.lookarounds.map(longest));
  } catch {
    return Infinity;
  }
}

function longest(n: Node): number {
  switch (n.t) {
    case 'atom': return 1;
    case 'empty': return 0;
    case 'seq': return n.items.reduce((sum, i) => sum + longest(i), 0);
    case 'alt': return Math.max(...n.branches.map(longest));
    case 'rep': return n.max === 0 ? 0 : longest(n.body) * n.max;
  }
}

/** Returns why the pattern is unsafe, or undefined when it is acceptable. `flags` as for RegExp. */
export function checkRegexSafety(source: string, flags = ''): string | undefined {
  if (source.length > MAX_REGEX_LENGTH) return `longer than ${MAX_REGEX_LENGTH} characters`;
  try {
    const parser = new Parser(source, flags.includes('u') || flags.includes('v'));
    const root = parser.parse();
    const sets = new CharSets(flags.replace(/[gyd]/g, ''));
    for (const tree of [root, ...parser.lookarounds]) analyse(tree, sets);
    return undefined;
  } catch (err) {
    if (err instanceof Unsafe) return err.message;
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing (JavaScript regex syntax; the pattern already compiled, so it is known to be valid).

class Parser {
  private i = 0;
  readonly lookarounds: Node[] = [];
  constructor(private readonly s: string, private readonly unicode: boolean) {}

  parse(): Node {
    const node = this.alt();
    if (this.i < this.s.length) throw new Unsafe(`cannot read the pattern near "${this.s.slice(this.i, this.i + 10)}"`);
    return node;
  }

  private alt(): Node {
    const branches = [this.seq()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.seq());
    }
    return branches.length === 1 ? branches[0]! : { t: 'alt', branches };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const start = this.i;
      const term = this.term();
      items.push(this.quantified(term, start));
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  private quantified(term: Node, start: number): Node {
    const c = this.s[this.i];
    let min: number;
    let max: number;
    if (c === '*') { min = 0; max = Infinity; this.i++; }
    else if (c === '+') { min = 1; max = Infinity; this.i++; }
    else if (c === '?') { min = 0; max = 1; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) return term;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      if (min > MAX_COUNT || (max !== Infinity && max > MAX_COUNT)) throw new Unsafe(`repetition count in "${m[0]}" is above ${MAX_COUNT}`);
      this.i += m[0].length;
    } else return term;
    if (this.s[this.i] === '?') this.i++; // lazy: same worst case
    return { t: 'rep', body: term, min, max, src: this.s.slice(start, this.i) };
  }

  private term(): Node {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '^' || c === '$') return { t: 'empty' };
    if (c === '.') return { t: 'atom', src: '.' };
    // A surrogate pair is one character in unicode mode.
    if (this.unicode && /[\uD800-\uDBFF]/.test(c) && /[\uDC00-\uDFFF]/.test(s[this.i] ?? '')) return { t: 'atom', src: c + s[this.i++] };
    return { t: 'atom', src: /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c };
  }

  private group(): Node {
    const s = this.s;
    this.i++; // (
    let look = false;
    if (s[this.i] === '?') {
      const rest = s.slice(this.i);
      const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>|[imsx-]+:)/.exec(rest);
      if (!m) throw new Unsafe(`cannot read the group near "(${rest.slice(0, 8)}"`);
      look = /^\?(?:=|!|<=|<!)$/.test(m[0]);
      this.i += m[0].length;
    }
    const body = this.alt();
    if (s[this.i] !== ')') throw new Unsafe('unbalanced parentheses');
    this.i++;
    if (look) {
      this.lookarounds.push(body);
      return { t: 'empty' };
    }
    return body;
  }

  private charClass(): Node {
    const s = this.s;
    const start = this.i;
    this.i++; // [
    if (s[this.i] === '^') this.i++;
    // A class ends at the first unescaped "]" ("[]" matches nothing, "[^]" anything).
    let depth = 1;
    while (this.i < s.length && depth > 0) {
      const c = s[this.i]!;
      if (c === '\\') { this.i += 2; continue; }
      if (c === '[' && this.unicode) depth++; // v-mode nested classes
      if (c === ']') depth--;
      this.i++;
    }
    return { t: 'atom', src: s.slice(start, this.i) };
  }

  private escape(): Node {
    const s = this.s;
    const next = s[this.i + 1] ?? '';
    if (/[1-9]/.test(next) || (next === 'k' && s[this.i + 2] === '<')) {
      throw new Unsafe('back-references (\\1, \\k<name>) are not allowed: they cannot be bounded');
    }
    if (next === 'b' || next === 'B') { this.i += 2; return { t: 'empty' }; }
    const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|0|[\s\S])/.exec(s.slice(this.i));
    const src = m ? m[0] : '\\\\';
    this.i += src.length;
    return { t: 'atom', src };
  }
}

// ---------------------------------------------------------------------------------------------
// Character sets, approximated by the sample characters each atom matches.

const SAMPLES: string[] = (() => {
  const out: string[] = [];
  for (let c = 0; c <= 0x24f; c++) out.push(String.fromCharCode(c));
  for (let c = 0x2000; c <= 0x206f; c++) out.push(String.fromCharCode(c));
  out.push('\u3000', '\uFEFF', '\u{1F600}');
  return out;
})();

type CharSet = Uint8Array;

class CharSets {
  private readonly cache = new Map<string, CharSet>();
  constructor(private readonly flags: string) {}

  of(src: string): CharSet {
    let set = this.cache.get(src);
    if (!set) {
      set = new Uint8Array(SAMPLES.length);
      let re: RegExp | undefined;
      try { re = new RegExp(`^(?:${src})$`, this.flags); } catch { /* unknown atom: assume it matches anything */ }
      SAMPLES.forEach((ch, k) => { set![k] = !re || re.test(ch) ? 1 : 0; });
      this.cache.set(src, set);
    }
    return set;
  }
}

const EMPTY: CharSet = new Uint8Array(SAMPLES.length);
const union = (a: CharSet, b: CharSet): CharSet => (a === EMPTY ? b : b === EMPTY ? a : a.map((x, k) => x | b[k]!));
const overlaps = (a: CharSet, b: CharSet): boolean => a.some((x, k) => x === 1 && b[k] === 1);

// ---------------------------------------------------------------------------------------------
// Analysis.

const isLoop = (n: Node): n is Extract<Node, { t: 'rep' }> => n.t === 'rep' && n.max > 1;
const isBig = (n: Extract<Node, { t: 'rep' }>) => n.max > LARGE;

function nullable(n: Node): boolean {
  switch (n.t) {
    case 'atom': return false;
    case 'empty': return true;
    case 'seq': return n.items.every(nullable);
    case 'alt': return n.branches.some(nullable);
    case 'rep': return n.min === 0 || nullable(n.body);
  }
}

/** Characters a match of n can start with. */
function first(n: Node, sets: CharSets): CharSet {
  switch (n.t) {
    case 'atom': return sets.of(n.src);
    case 'empty': return EMPTY;
    case 'alt': return n.branches.reduce((acc, b) => union(acc, first(b, sets)), EMPTY);
    case 'rep': return first(n.body, sets);
    case 'seq': {
      let acc = EMPTY;
      for (const item of n.items) {
        acc = union(acc, first(item, sets));
        if (!nullable(item)) break;
      }
      return acc;
    }
  }
}

/** Characters a match of n can end with. */
function last(n: Node, sets: CharSets): CharSet {
  if (n.t === 'seq') {
    let acc = EMPTY;
    for (const item of [...n.items].reverse()) {
      acc = union(acc, last(item, sets));
      if (!nullable(item)) break;
    }
    return acc;
  }
  if (n.t === 'alt') return n.branches.reduce((acc, b) => union(acc, last(b, sets)), EMPTY);
  if (n.t === 'rep') return last(n.body, sets);
  return first(n, sets);
}

/** Lengths n can match, lowest and highest (an unbounded repeat counted as UNBOUNDED_WAYS more than its minimum). */
function lengths(n: Node): [number, number] {
  switch (n.t) {
    case 'atom': return [1, 1];
    case 'empty': return [0, 0];
    case 'seq': return n.items.reduce<[number, number]>((acc, i) => { const [a, b] = lengths(i); return [acc[0] + a, acc[1] + b]; }, [0, 0]);
    case 'alt': { const ls = n.branches.map(lengths); return [Math.min(...ls.map((l) => l[0])), Math.max(...ls.map((l) => l[1]))]; }
    case 'rep': {
      const [a, b] = lengths(n.body);
      const max = n.max === Infinity ? n.min + UNBOUNDED_WAYS : n.max;
      return [a * n.min, b * max];
    }
  }
}

/** How many different lengths n can take at one position: the places a following repeat can be cut. */
const ways = (n: Node): number => { const [a, b] = lengths(n); return b - a + 1; };


/** Characters an unbounded quantifier at the end of n can keep absorbing. */
function tail(n: Node, sets: CharSets): CharSet {
  switch (n.t) {
    case 'atom': case 'empty': return EMPTY;
    case 'alt': return n.branches.reduce((acc, b) => union(acc, tail(b, sets)), EMPTY);
    case 'rep':
      if (!isBig(n)) return tail(n.body, sets);
      return n.body.t === 'atom' ? sets.of(n.body.src) : union(tail(n.body, sets), last(n.body, sets));
    case 'seq': {
      let acc = EMPTY;
      for (const item of [...n.items].reverse()) {
        acc = union(acc, tail(item, sets));
        if (!nullable(item)) break;
      }
      return acc;
    }
  }
}

/** Characters an unbounded quantifier at the start of n can absorb. */
function head(n: Node, sets: CharSets): CharSet {
  switch (n.t) {
    case 'atom': case 'empty': return EMPTY;
    case 'alt': return n.branches.reduce((acc, b) => union(acc, head(b, sets)), EMPTY);
    case 'rep':
      if (!isBig(n)) return head(n.body, sets);
      return n.body.t === 'atom' ? sets.of(n.body.src) : union(head(n.body, sets), first(n.body, sets));
    case 'seq': {
      let acc = EMPTY;
      for (const item of n.items) {
        acc = union(acc, head(item, sets));
        if (!nullable(item)) break;
      }
      return acc;
    }
  }
}

function containsVariableLoop(n: Node): Extract<Node, { t: 'rep' }> | undefined {
  switch (n.t) {
    case 'rep': return n.max > 1 && n.min !== n.max ? n : containsVariableLoop(n.body);
    case 'seq': for (const i of n.items) { const r = containsVariableLoop(i); if (r) return r; } return undefined;
    case 'alt': for (const b of n.branches) { const r = containsVariableLoop(b); if (r) return r; } return undefined;
    default: return undefined;
  }
}

/** Items of a sequence with nested plain sequences inlined. */
function flatten(n: Node): Node[] {
  return n.t === 'seq' ? n.items.flatMap(flatten) : [n];
}

function fixedLength(n: Node): number | undefined {
  switch (n.t) {
    case 'atom': return 1;
    case 'empty': return 0;
    case 'rep': { const b = fixedLength(n.body); return b !== undefined && n.min === n.max ? b * n.min : undefined; }
    case 'seq': { let sum = 0; for (const i of n.items) { const l = fixedLength(i); if (l === undefined) return undefined; sum += l; } return sum; }
    case 'alt': { const ls = n.branches.map(fixedLength); return ls.every((l) => l !== undefined && l === ls[0]) ? ls[0] : undefined; }
  }
}

/** The character sets of a fixed-length sequence of atoms, position by position (undefined if not that simple). */
function positions(n: Node, sets: CharSets): CharSet[] | undefined {
  const out: CharSet[] = [];
  for (const item of flatten(n)) {
    if (item.t === 'atom') out.push(sets.of(item.src));
    else if (item.t === 'empty') continue;
    else if (item.t === 'rep' && item.min === item.max && item.body.t === 'atom') for (let k = 0; k < item.min; k++) out.push(sets.of(item.body.src));
    else return undefined;
  }
  return out;
}

/** An alternation inside a loop is safe when each step picks one branch only. */
function alternationIsDeterministic(n: Extract<Node, { t: 'alt' }>, sets: CharSets): boolean {
  const firsts = n.branches.map((b) => first(b, sets));
  let disjoint = true;
  for (let a = 0; a < firsts.length && disjoint; a++) for (let b = a + 1; b < firsts.length; b++) if (overlaps(firsts[a]!, firsts[b]!)) { disjoint = false; break; }
  if (disjoint && !n.branches.some(nullable)) return true;
  // Same-length literal branches that differ somewhere: (foo|far)+ is fine.
  const seqs = n.branches.map((b) => positions(b, sets));
  if (seqs.some((p) => !p) || new Set(seqs.map((p) => p!.length)).size !== 1 || seqs[0]!.length === 0) return false;
  for (let a = 0; a < seqs.length; a++) {
    for (let b = a + 1; b < seqs.length; b++) {
      if (seqs[a]!.every((set, k) => overlaps(set, seqs[b]![k]!))) return false;
    }
  }
  return true;
}

/**
 * A loop body with inner quantifiers is unambiguous when every variable part is a single-character
 * repeat followed (cyclically, since the loop repeats) by a required part it cannot absorb: (\w+\s+)*.
 */
function loopBodyIsUnambiguous(body: Node, sets: CharSets): boolean {
  const items = flatten(body).filter((i) => i.t !== 'empty');
  if (items.length === 0 || nullable(body)) return false;
  for (const [i, item] of items.entries()) {
    if (item.t === 'alt') {
      if (containsVariableLoop(item) || fixedLength(item) === undefined || !alternationIsDeterministic(item, sets)) return false;
      continue;
    }
    if (item.t !== 'rep' || item.min === item.max) continue;
    if (item.body.t !== 'atom') return false;
    const own = sets.of(item.body.src);
    let separated = false;
    for (let step = 1; step <= items.length; step++) {
      const next = items[(i + step) % items.length]!;
      if (step === items.length || overlaps(first(next, sets), own)) return false;
      if (!nullable(next)) { separated = true; break; }
    }
    if (!separated) return false;
  }
  return true;
}

function analyse(n: Node, sets: CharSets): void {
  switch (n.t) {
    case 'atom': case 'empty': return;
    case 'alt': n.branches.forEach((b) => analyse(b, sets)); return;
    case 'seq': {
      const items = n.items.flatMap(flatten);
      checkSequence(items, sets);
      checkSplits(items, sets);
      n.items.forEach((i) => analyse(i, sets));
      return;
    }
    case 'rep': {
      if (isLoop(n)) checkLoop(n, sets);
      analyse(n.body, sets);
    }
  }
}

function checkLoop(n: Extract<Node, { t: 'rep' }>, sets: CharSets): void {
  const body = n.body;
  if (body.t === 'atom') return;
  if (isBig(n) && nullable(body) && body.t !== 'empty') {
    throw new Unsafe(`"${n.src}" repeats something that can match nothing, which can backtrack catastrophically`);
  }
  // Bounded counts too: (a{1,10}){1,10} has ~10^9 ways to fail.
  if (containsVariableLoop(body) && !loopBodyIsUnambiguous(body, sets)) {
    throw new Unsafe(`nested quantifiers in "${n.src}" can backtrack catastrophically; quantify the characters once (e.g. "a+" instead of "(a+)+")`);
  }
  const alts = body.t === 'alt' ? [body] : flatten(body).filter((i): i is Extract<Node, { t: 'alt' }> => i.t === 'alt');
  for (const alt of alts) {
    if (!alternationIsDeterministic(alt, sets)) {
      throw new Unsafe(`the alternatives repeated by "${n.src}" can match the same text, which can backtrack catastrophically; make them start differently`);
    }
  }
}

/** Two unbounded quantifiers that can hand the same characters back and forth: cubic on a long line. */
function checkSequence(items: Node[], sets: CharSets): void {
  for (let i = 0; i < items.length; i++) {
    const t = tail(items[i]!, sets);
    if (t === EMPTY || !t.includes(1)) continue;
    for (let j = i + 1; j < items.length; j++) {
      const next = items[j]!;
      if (overlaps(head(next, sets), t)) {
        throw new Unsafe(`"${describe(items[i]!)}" and "${describe(next)}" can match the same characters one after the other, which gets very slow on long lines; narrow one of them (e.g. "\\w+\\s+\\w+" instead of "\\w+\\s*\\w+")`);
      }
      if (!nullable(next) && !overlaps(first(next, sets), t)) break;
    }
  }
}

/**
 * Bounded repeats in a row where one can give back characters the next can take (the last characters of
 * one, the first of the next): each start position can try every way to
 * split the text between them before failing (a{0,16} eight times: 17^8). The product of their choices
 * along a run of overlapping repeats must stay under MAX_WAYS.
 */
function checkSplits(items: Node[], sets: CharSets): void {
  for (let i = 0; i < items.length; i++) {
    let product = ways(items[i]!);
    if (product <= 1) continue;
    let taken = last(items[i]!, sets);
    const run = [items[i]!];
    for (let j = i + 1; j < items.length; j++) {
      const next = items[j]!;
      const w = ways(next);
      if (w > 1 && overlaps(first(next, sets), taken)) {
        product *= w;
        taken = union(taken, last(next, sets));
        run.push(next);
        if (product > MAX_WAYS) {
          throw new Unsafe(`the repeats "${run.map(describe).join('')}" can split the same text in more than ${MAX_WAYS} ways, which gets very slow on long lines; use fewer repeats in a row or repeats of different characters`);
        }
      } else if (!nullable(next) && !overlaps(first(next, sets), taken)) break;
    }
  }
}

function describe(n: Node): string {
  switch (n.t) {
    case 'atom': return n.src;
    case 'rep': return n.src;
    case 'empty': return '';
    case 'seq': return n.items.map(describe).join('');
    case 'alt': return `(${n.branches.map(describe).join('|')})`;
  }
}
