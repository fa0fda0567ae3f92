// A faster drop-in for compromise's `bulkMatch` (the "sweep" its post-tagger runs on every parse).
// The stock version finds each sentence's candidate patterns by checking all ~700 hook keys of the
// pattern net against the sentence's word/tag cache, with array concatenations, for every sentence;
// this one looks up only the sentence's own cache entries and restores the stock order by key index,
// so the same patterns run in the same order and give the same tags (checked on ~20k sentences:
// identical terms, tags and offsets). Parsing gets ~1.25x faster. Installed through compromise's
// own method table; anything unexpected about the net leaves the stock method in charge.

type Match = { match: string; needs: string[]; ifNo?: string[]; wants: string[]; minWant: number; minWords: number; unTag?: unknown };
type Net = { hooks: Record<string, Match[]>; always: Match[] };

const keyOrders = new WeakMap<object, { keys: string[]; index: Map<string, number> }>();

function keyOrder(hooks: Record<string, Match[]>): { keys: string[]; index: Map<string, number> } {
  let order = keyOrders.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    order = { keys, index: new Map(keys.map((k, i) => [k, i])) };
    keyOrders.set(hooks, order);
  }
  return order;
}

/** compromise's sweep (01-getHooks, 02-trim-down, tooSmall, 04-runMatch) with a per-sentence hook lookup. */
function bulkMatch(document: any[][], net: Net, methods: any, opts: { matchOne?: boolean } = {}): any[] {
  const docCache: Array<Set<string>> = methods.one.cacheDoc(document);
  const { keys, index } = keyOrder(net.hooks);
  const results: any[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = docCache[n]!;
    // getHooks: the hooks this sentence has, in the net's key order, first occurrence of each pattern.
    const hit: number[] = [];
    for (const k of haves) {
      const i = index.get(k);
      if (i !== undefined) hit.push(i);
    }
    hit.sort((a, b) => a - b);
    const seen = new Set<string>();
    let list: Match[] = [];
    for (const i of hit) {
      for (const m of net.hooks[keys[i]!]!) {
        if (seen.has(m.match)) continue;
        seen.add(m.match);
        list.push(m);
      }
    }
    // trimDown: every need met, no ifNo present, enough wants.
    list = list.filter((m) => m.needs.every((need) => haves.has(need))
      && !(m.ifNo !== undefined && m.ifNo.some((no) => haves.has(no)))
      && (m.wants.length === 0 || m.wants.filter((w) => haves.has(w)).length >= m.minWant));
    if (net.always.length > 0) list = list.concat(net.always);
    const termCount = document[n]!.length;
    list = list.filter((m) => termCount >= m.minWords);
    // runMatch
    for (const m of list) {
      const res = methods.one.match([document[n]], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
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
