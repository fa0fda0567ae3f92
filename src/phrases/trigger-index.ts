// The inverted trigger index: every trigger list (a phrase entry's, a rule's) gets a slot; per reply one
// pass over the reply's words (and their prefixes) marks the slots whose words occur. Work per reply is
// what the reply holds, not how many phrasings the catalog has. Slots are shared by equal lists.
import type { WordIndex } from './word-index.js';

export class TriggerIndex {
  private readonly exact = new Map<string, number[]>();
  // Prefix triggers by their first two letters, as a number (no string made per word looked up).
  private readonly prefixes = new Map<number, { prefixes: string[]; slots: number[] }>();
  private readonly slots = new Map<string, number>();
  private lists: Array<readonly string[]> = [];
  private readonly seen = new WeakMap<WordIndex, Uint8Array>();

  /** The slot of a trigger list (registered on first sight). */
  slot(triggers: readonly string[]): number {
    const key = triggers.join('\n');
    let slot = this.slots.get(key);
    if (slot !== undefined) return slot;
    slot = this.lists.length;
    this.lists.push(triggers);
    this.slots.set(key, slot);
    for (const t of triggers) {
      if (!t.endsWith('*')) { push(this.exact, t, slot); continue; }
      const prefix = t.slice(0, -1);
      if (prefix.length < 2) continue; // as WordIndex.has: a one-letter prefix matches nothing
      // Bucketed by their first two letters: a word looks at the few prefixes that can start it.
      const head = headOf(prefix);
      let bucket = this.prefixes.get(head);
      if (!bucket) this.prefixes.set(head, (bucket = { prefixes: [], slots: [] }));
      bucket.prefixes.push(prefix);
      bucket.slots.push(slot);
    }
    return slot;
  }

  /** Whether the reply holds a word of the slot's list. */
  has(words: WordIndex, slot: number): boolean {
    return this.marks(words)[slot] === 1;
  }

  /** One mark per slot (1: the reply holds a word of that list), computed once per reply. */
  marks(words: WordIndex): Uint8Array {
    let marks = this.seen.get(words);
    // Slots registered after the reply was indexed (lists read on first use) need a fresh pass.
    if (!marks || marks.length < this.lists.length) {
      marks = this.mark(words);
      this.seen.set(words, marks);
    }
    return marks;
  }

  /** Number of registered trigger lists. */
  get size(): number {
    return this.lists.length;
  }

  private mark(words: WordIndex): Uint8Array {
    const marks = new Uint8Array(this.lists.length);
    const keys = words.keys;
    if (!keys) {
      // An index without its key set (a hand-made one): ask it list by list.
      this.lists.forEach((list, slot) => { if (list.some((t) => words.has(t))) marks[slot] = 1; });
      return marks;
    }
    const { exact, prefixes } = this;
    for (const key of keys) {
      const slots = exact.get(key);
      if (slots !== undefined) for (let i = 0; i < slots.length; i++) marks[slots[i]!] = 1;
      if (key.length < 2 || key.charCodeAt(0) === 35 /* # */) continue; // features have no prefixes
      const bucket = prefixes.get(headOf(key));
      if (bucket === undefined) continue;
      const list = bucket.prefixes;
      for (let i = 0; i < list.length; i++) if (key.startsWith(list[i]!)) marks[bucket.slots[i]!] = 1;
    }
    return marks;
  }
}

/** The first two UTF-16 units of a key of two or more, as one number. */
function headOf(key: string): number {
  return key.charCodeAt(0) * 0x10000 + key.charCodeAt(1);
}

function push(map: Map<string, number[]>, key: string, slot: number): void {
  const list = map.get(key);
  if (list) list.push(slot);
  else map.set(key, [slot]);
}

/** The one index every phrase table and rule registers into (slots are cheap; lists repeat). */
export const triggerIndex = new TriggerIndex();
