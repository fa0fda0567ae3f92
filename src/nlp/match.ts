// Helpers rules use to look at a reply: a regex pre-pass over the prepared text, and NLP matches
// on the sentences the pre-pass selected, with offsets back into the reply.
import type { Reply, Sentence } from '../types.js';
import { pattern } from './compromise.js';
import { sentenceTerms } from './terms.js';

export interface Hit {
  start: number;
  end: number;
  text: string;
  groups: RegExpExecArray;
  sentence: Sentence;
}

/** Every match of a global regex over the reply text, skipping matches inside placeholders. */
export function scan(reply: Reply, regex: RegExp): Hit[] {
  if (!regex.global) throw new Error(`scan() needs a global regex: ${regex}`);
  const out: Hit[] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(reply.text))) {
    if (m[0].length === 0) { regex.lastIndex++; continue; }
    const start = m.index;
    const end = start + m[0].length;
    if (reply.inPlaceholder(start, end)) continue;
    const sentence = sentenceAt(reply, start);
    if (sentence) out.push({ start, end, text: m[0], groups: m, sentence });
  }
  return out;
}

/** The sentence containing an offset. */
export function sentenceAt(reply: Reply, offset: number): Sentence | undefined {
  const i = sentenceIndexAt(reply, offset);
  return i < 0 ? undefined : reply.sentences[i];
}

/** The index of the sentence containing an offset, or -1 (binary search: sentences are in order). */
export function sentenceIndexAt(reply: Reply, offset: number): number {
  const s = reply.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.end <= offset) lo = mid + 1;
    else if (s[mid]!.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export interface NlpHit {
  start: number;
  end: number;
  text: string;
}

/** Runs a compromise match pattern (compiled once per process) on one sentence's parse. */
export function nlpMatch(reply: Reply, sentence: Sentence, source: string): NlpHit[] {
  const doc = reply.parse(sentence);
  const found = doc.match(pattern(source));
  if (!found.found) return [];
  return found.json({ offset: true, text: true, terms: false }).map((m: any) => ({
    start: sentence.start + m.offset.start,
    end: sentence.start + m.offset.start + m.offset.length,
    text: m.text,
  }));
}

/** True when the compiled pattern matches anywhere in the sentence. */
export function nlpHas(reply: Reply, sentence: Sentence, source: string): boolean {
  return reply.parse(sentence).has(pattern(source));
}

/** The tags compromise gave each term of a sentence (for rules that reason about grammar). */
export function terms(reply: Reply, sentence: Sentence): Array<{ text: string; normal: string; tags: Set<string>; start: number; end: number }> {
  return sentenceTerms(reply, sentence).map((t) => ({ text: t.text, normal: t.normal, tags: new Set(t.tags), start: t.start, end: t.end }));
}

/** Gives `replacement` the capitalization of `original` (first letter, or all caps). */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  if (original.length > 1 && original === original.toUpperCase() && /[A-Z]/.test(original)) return replacement.toUpperCase();
  if (/^[A-Z]/.test(original)) return replacement[0]!.toUpperCase() + replacement.slice(1);
  if (/^[a-z]/.test(original) && !/^I\b/.test(replacement)) return replacement[0]!.toLowerCase() + replacement.slice(1);
  return replacement;
}
