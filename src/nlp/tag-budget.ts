// How much of a reply's text may go to the tagger. Tagging costs ~3-5 s per MB warm (more in a fresh process),
// several times what the word lists cost, so the rules settle the common shapes from words first; even so a
// short complaint reply may need a third of its sentences tagged (the checklist reads who does what, and
// when). A hostile text where every clause looks like a finding ("we will ... you failed to ... per our
// policy", megabytes of it with no full stop) would send all of it. So a reply's first TAG_WHOLE characters
// may all be tagged, which covers every real reply, and beyond that a TAG_SHARE of the rest. Past the budget
// a sentence is read by the word lists only, as if the tagger had found nothing in it, and a fix that only
// grammar could choose is withheld.
import type { Sentence } from '../types.js';
import { MAX_SENTENCE_CHARS } from './sentences.js';

/** Characters of any reply that may all be tagged: about 350 words, more than a long real reply needs. */
export const TAG_WHOLE = 2_000;
/** The share of a reply's characters past TAG_WHOLE that may be tagged. */
export const TAG_SHARE = 0.1;

/**
 * One reply's tagging budget, shared by the parts of a reply too long to lint whole. Spending is by first
 * request for a sentence text, in rule order, whatever the run-wide tag cache holds: the same reply gets the
 * same findings in any run, alone or in a library.
 */
export class TagBudget {
  private readonly allowed: number;
  private used = 0;
  private readonly paid = new Set<string>();

  /** A budget for a reply of `chars` characters (tests pass `whole` and `share` to spend it sooner). */
  constructor(chars: number, whole = TAG_WHOLE, share = TAG_SHARE) {
    this.allowed = Math.min(chars, whole) + Math.max(0, chars - whole) * share;
  }

  /**
   * Takes a sentence's characters from the budget; false (nothing taken) when it does not hold that much. A
   * text the reply already paid for is free: the run-wide cache tags it once.
   */
  take(sentence: Sentence): boolean {
    const chars = sentence.end - sentence.start;
    if (chars > MAX_SENTENCE_CHARS) return false;
    if (this.paid.has(sentence.text)) return true;
    if (this.used + chars > this.allowed) return false;
    this.used += chars;
    this.paid.add(sentence.text);
    return true;
  }

  /** Characters granted so far. */
  get spent(): number {
    return this.used;
  }

  /** Characters the reply may have tagged in all. */
  get limit(): number {
    return this.allowed;
  }
}
