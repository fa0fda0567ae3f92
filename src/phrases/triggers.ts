// Trigger lists: the words, one of which must be in a reply for a phrase entry (or a whole rule) to run.
// Written as data beside each entry: "sorry", "apolog*" (a prefix), "#caps" (a shape feature of the index).
import type { WordIndex } from './word-index.js';

const TRIGGER = /^(?:#[a-z]+|[\p{Ll}\p{N}][\p{Ll}\p{N}'-]*\*?)$/u;

/** Checks a trigger list (throws a one-line error naming the owner) and returns it de-duplicated. */
export function checkTriggers(triggers: readonly string[], owner: string): readonly string[] {
  if (!Array.isArray(triggers) || triggers.length === 0) throw new Error(`${owner}: triggers must be a non-empty list of words`);
  for (const t of triggers) {
    if (typeof t !== 'string' || !TRIGGER.test(t)) {
      throw new Error(`${owner}: trigger ${JSON.stringify(t)} must be a lower-case word, a prefix ending in "*", or a #feature`);
    }
  }
  return [...new Set(triggers)];
}

/** True when the reply has at least one of the triggers. */
export function anyTrigger(index: WordIndex, triggers: readonly string[]): boolean {
  for (const t of triggers) if (index.has(t)) return true;
  return false;
}
