// Small helpers context rules share: the span of a whole reply, and customer words made safe to show
// in a message (one line, no control characters, cut to a length).

import type { Reply } from '../types.js';

/** From the reply's first sentence to its last (quoted text after it is not part of the reply). */
export function wholeReply(reply: Reply): { start: number; end: number } {
  const first = reply.sentences[0];
  const last = reply.sentences[reply.sentences.length - 1];
  return first && last ? { start: first.start, end: last.end } : { start: 0, end: 0 };
}

/** Customer text quoted in a message: one line, printable, at most `max` characters. */
export function shown(text: string, max = 80): string {
  const one = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}
