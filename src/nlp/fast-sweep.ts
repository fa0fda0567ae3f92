// A faster drop-in for compromise's `bulkMatch` (the "sweep" its post-tagger runs on every parse).
// Stock finds each sentence's candidate patterns by checking all ~730 hook keys of the pattern net against
// the sentence's word/tag cache and concatenating their lists (~2,300 entries in all, most patterns hooked
// under several keys), for every sentence. Here each pattern is filed where a sentence least often has it
// and it cannot match without it (its rarest need, or each of its wants when one must be present): ~37
// candidates per real sentence instead of ~75 with the rarest need alone, ~12 of which run. The stock order
// is restored from a rank: stock keeps a pattern at its first hook key the sentence has, in net key order.
// Same patterns, same order, same tags (the build checks a sample of sentences against stock; so do the
// tests). With the build's runMatch (scripts/nlp-entry.mjs) short sentences tag ~1.4x faster than with the
// previous sweep, 1,000-character run-ons ~1.7x. Installed through compromise's own method table; anything
// unexpected about the net leaves the stock order in charge.

type Match = { match: string; needs: string[]; ifNo?: string[]; wants: string[]; minWant: number; minWords: number; unTag?: unknown };
type Net = { hooks: Record<string, Match[]>; always: Match[] };

/**
 * A pattern with where stock would list it: its hook keys in net order, each with its rank there (key index,
 * then position in that key's list), so the first key a sentence has gives the pattern's place.
 */
interface Filed {
  m: Match;
  hooks: Array<[key: string, rank: number]>;
}

/** The net filed for lookup: key -> the patterns filed under it (under one need, or under each want). */
type Index = Map<string, Filed[]>;

const indexes = new WeakMap<object, Index | null>();

/**
 * Files every pattern under keys it cannot survive without: its rarest need (every need must be present),
 * or each of its wants (one must be present). Null when the net is not what this was written for:
 * two patterns with the same source (stock keeps only the first it meets, which depends on the sentence),
 * or a pattern hooked under a key that is neither a need nor a want.
 */
function indexNet(net: Net): Index | null {
  if (indexes.has(net.hooks)) return indexes.get(net.hooks)!;
  const filed = new Map<Match, Filed>();
  const bySource = new Map<string, Match>();
  let ok = true;
  Object.keys(net.hooks).forEach((key, k) => {
    net.hooks[key]!.forEach((m, pos) => {
      if ((bySource.get(m.match) ?? m) !== m) ok = false;
      bySource.set(m.match, m);
      let f = filed.get(m);
      if (!f) filed.set(m, (f = { m, hooks: [] }));
      f.hooks.push([key, k * 100_000 + pos]);
    });
  });
  const index: Index = new Map();
  const file = (key: string, f: Filed) => {
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    list.push(f);
  };
  for (const f of filed.values()) {
    const { needs, wants, minWant } = f.m;
    if (!f.hooks.every(([key]) => needs.includes(key) || wants.includes(key))) ok = false;
    // File it where it is met least often: under its rarest need, or under each of its wants when one of
    // them must be present (minWant >= 1) and every want is rarer than that need.
    let rarest: string | undefined;
    for (const n of needs) if (rarest === undefined || rarity(net, n) < rarity(net, rarest)) rarest = n;
    const viaWants = minWant >= 1 && wants.length > 0 ? Math.max(...wants.map((w) => rarity(net, w))) : Infinity;
    if (rarest !== undefined && rarity(net, rarest) <= viaWants) file(rarest, f);
    else for (const w of new Set(wants)) file(w, f);
  }
  const out = ok ? index : null;
  indexes.set(net.hooks, out);
  return out;
}

/**
 * How often a key is likely in a sentence, lower first: a word far less often than a tag (nearly every
 * sentence has a #Singular); between two of a kind, the key more patterns hook on is taken as the commoner.
 */
function rarity(net: Net, key: string): number {
  return (key.startsWith('#') || key.startsWith('%') ? 1_000_000 : 0) + (net.hooks[key]?.length ?? 0);
}

/** compromise's sweep (01-getHooks, 02-trim-down, 03-tooSmall, 04-runMatch), looking up only what each sentence has. */
function bulkMatch(document: any[][], net: Net, methods: any, opts: { matchOne?: boolean } = {}): any[] {
  const index = indexNet(net);
  if (index === null) return stockOrder(document, net, methods, opts);
  const docCache: Array<Set<string>> = methods.one.cacheDoc(document);
  const results: any[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = docCache[n]!;
    const termCount = document[n]!.length;
    const ranked: Array<[number, Match]> = [];
    const seen = new Set<Filed>();
    for (const key of haves) {
      const list = index.get(key);
      if (list === undefined) continue;
      for (const f of list) {
        if (seen.has(f)) continue;
        seen.add(f);
        if (!survives(f.m, haves, termCount)) continue;
        // Stock's place for it: its first hook key (in net order) this sentence has.
        const [, rank] = f.hooks.find(([k]) => haves.has(k))!;
        ranked.push([rank, f.m]);
      }
    }
    ranked.sort((a, b) => a[0] - b[0]);
    const list = ranked.map((r) => r[1]);
    for (const m of net.always) if (termCount >= m.minWords) list.push(m);
    if (runList(document, n, list, methods, results, opts)) return [results[0]];
  }
  return results;
}

/** trimDown and tooSmall: every need met, no ifNo present, enough wants, enough words. */
function survives(m: Match, haves: Set<string>, termCount: number): boolean {
  if (termCount < m.minWords) return false;
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const w of m.wants) if (haves.has(w)) found++;
  return found >= m.minWant;
}

/** runMatch for one sentence; true when matchOne asked to stop at the first result. */
function runList(document: any[][], n: number, list: Match[], methods: any, results: any[], opts: { matchOne?: boolean }): boolean {
  for (const m of list) {
    const res = methods.one.match([document[n]], m);
    if (res.ptrs.length === 0) continue;
    for (const ptr of res.ptrs) {
      ptr[0] = n;
      const todo = Object.assign({}, m, { pointer: ptr });
      if (m.unTag !== undefined) todo.unTag = m.unTag;
      results.push(todo);
    }
    if (opts.matchOne === true) return true;
  }
  return false;
}

/** The stock candidate order, for a net this index does not fit: every hook key the sentence has, in key order. */
function stockOrder(document: any[][], net: Net, methods: any, opts: { matchOne?: boolean }): any[] {
  const docCache: Array<Set<string>> = methods.one.cacheDoc(document);
  const results: any[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = docCache[n]!;
    const seen = new Set<string>();
    const list: Match[] = [];
    for (const key of Object.keys(net.hooks)) {
      if (!haves.has(key)) continue;
      for (const m of net.hooks[key]!) {
        if (seen.has(m.match)) continue;
        seen.add(m.match);
        list.push(m);
      }
    }
    const termCount = document[n]!.length;
    const kept = list.filter((m) => survives(m, haves, termCount));
    for (const m of net.always) if (termCount >= m.minWords) kept.push(m);
    if (runList(document, n, kept, methods, results, opts)) return [results[0]];
  }
  return results;
}

// Sentences whose tags depend on many post-tagger patterns: the install checks they come out the same.
// (The last three come out differently when the patterns run in another order.)
const PROBES = [
  "We're sorry you feel that way, but I'll pass this on to the relevant team today.",
  "You should've read the guide; it's just a minor glitch and nobody else has reported it.",
  'Would you like me to check your other orders too?',
  'I apologize for the mix-up on our side.',
  'You mentioned that your printer was charged twice.',
];

/**
 * Swaps in the faster sweep when this compromise looks like the one it was written for. `checked`: the
 * caller's build was already compared with stock tagging with this sweep installed (scripts/build-nlp.mjs),
 * so the probe parses (~40 ms at start-up) are skipped.
 */
export function installFastSweep(nlp: any, checked = false): boolean {
  const methods = nlp?.world?.()?.methods?.one;
  if (!methods || typeof methods.bulkMatch !== 'function' || typeof methods.cacheDoc !== 'function' || typeof methods.match !== 'function') return false;
  if (methods.bulkMatch === bulkMatch) return true;
  if (checked) {
    methods.bulkMatch = bulkMatch;
    return true;
  }
  const stock = methods.bulkMatch;
  // Term ids differ between parses; everything a rule can read must not.
  const tags = () => PROBES.map((s) => JSON.stringify(nlp(s).json({ offset: true, terms: { offset: true } })
    .map((x: any) => x.terms.map((t: any) => [t.text, t.normal, t.implicit, t.tags, t.offset, t.chunk]))));
  const before = tags();
  methods.bulkMatch = bulkMatch;
  let same = false;
  try {
    same = tags().every((t, i) => t === before[i]);
  } catch {
    same = false;
  }
  if (!same) methods.bulkMatch = stock;
  return same;
}
