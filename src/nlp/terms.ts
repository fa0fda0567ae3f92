// The one cached walk over compromise's terms: each sentence a rule asks about is tagged once per reply and
// read into plain terms (word, tags, offsets into the reply). Rule logic built on it (verb groups, actions,
// time frames, sign-offs) lives next to the rules in rules/_structure/; this file stays generic.
import type { Reply, Sentence } from '../types.js';
import { getNlp } from './compromise.js';

export interface Term {
  text: string;
  /** The word the term stands for: the expansion of a contraction ("'ve" -> "have"), else the normal form. */
  word: string;
  /** compromise's normal form (lowercase, punctuation off). */
  normal: string;
  tags: Set<string>;
  /** Offsets into the reply text. */
  start: number;
  end: number;
}

const termCache = new WeakMap<Reply, Map<number, Term[]>>();

/** The tagged terms of one sentence (parsed on first use, cached per reply). */
export function sentenceTerms(reply: Reply, sentence: Sentence): Term[] {
  let bySentence = termCache.get(reply);
  if (!bySentence) termCache.set(reply, (bySentence = new Map()));
  let out = bySentence.get(sentence.index);
  if (out) return out;
  out = [];
  for (const s of reply.parse(sentence).json({ offset: true, terms: { offset: true } }) as any[]) {
    for (const t of s.terms) {
      const start = sentence.start + (t.offset?.start ?? 0);
      out.push({
        text: t.text,
        word: String(t.implicit || t.normal || t.text).toLowerCase().replace(/[’]/g, "'"),
        normal: t.normal ?? t.text.toLowerCase(),
        tags: new Set<string>(t.tags),
        start,
        end: start + (t.offset?.length ?? t.text.length),
      });
    }
  }
  bySentence.set(sentence.index, out);
  return out;
}

/** The tag compromise's lexicon gives a lowercase word ("Noun", "FemaleName"), or undefined for unknown words. */
export function lexiconTag(word: string): string | undefined {
  const nlp = getNlp() as unknown as { model(): { one: { lexicon: Record<string, string> } } };
  const tag = nlp.model().one.lexicon[word.toLowerCase()];
  return typeof tag === 'string' ? tag : undefined;
}
