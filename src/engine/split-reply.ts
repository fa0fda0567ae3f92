// Very long replies (a 50 MB text file is one "reply") are linted in bounded parts, so memory stays
// proportional to a part, not to the file: sentence lists, masks and NLP parses live for one part at a
// time. Parts end at paragraph breaks when possible, then line breaks, sentence ends, spaces, and only
// as a last resort mid-word (never inside a surrogate pair or a CRLF).
import type { ReplyInfo } from '../types.js';
import type { ExtractedReply } from '../formats/types.js';
import { splitsCharacter } from '../core/text.js';

/** Replies up to this many UTF-16 units are linted whole (real replies are far shorter). */
export const MAX_PART_CHARS = 50_000;

export function splitLongReply(ex: ExtractedReply, max = MAX_PART_CHARS): ExtractedReply[] {
  const text = ex.text;
  if (text.length <= max) return [ex];
  const parts: ExtractedReply[] = [];
  let start = 0;
  while (text.length - start > max) {
    const cut = cutPoint(text, start, start + max);
    parts.push(part(ex, start, cut));
    start = cut;
  }
  parts.push(part(ex, start, text.length));
  return parts;
}

function part(ex: ExtractedReply, start: number, end: number): ExtractedReply {
  return {
    ...ex,
    text: ex.text.slice(start, end),
    base: ex.base + start,
    offsets: ex.offsets ? ex.offsets.subarray(start, end + 1) : undefined,
    ends: ex.ends ? ex.ends.subarray(start, end + 1) : undefined,
    // encode sees spans of the whole reply
    encode: ex.encode ? (text, s, e) => ex.encode!(text, s + start, e + start) : undefined,
    quoted: ex.quoted
      ?.filter((q) => q.end > start && q.start < end)
      .map((q) => ({ start: Math.max(q.start, start) - start, end: Math.min(q.end, end) - start, level: q.level })),
  };
}

/** Where to end a part that starts at `from`: the best break in the back half of [from, limit). */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + ((limit - from) >> 1);
  let line = -1, sentence = -1, space = -1;
  for (let i = limit; i > floor; i--) {
    const c = text.charCodeAt(i - 1); // the character just before the cut
    if (c === 10 || (c === 13 && text.charCodeAt(i) !== 10)) {
      // a paragraph break: this line break follows a blank line
      if (isBlankLineBefore(text, i - 1, floor)) return i;
      if (line < 0) line = i;
    } else if (sentence < 0 && (c === 32 || c === 9) && /[.!?…]/.test(text[i - 2] ?? '')) {
      sentence = i;
    } else if (space < 0 && (c === 32 || c === 9)) {
      space = i;
    }
  }
  if (line >= 0) return line;
  if (sentence >= 0) return sentence;
  if (space >= 0) return space;
  return splitsCharacter(text, limit) ? limit - 1 : limit;
}

/** True when the line ending at `nl` (a \n or \r) is blank: only spaces/tabs since the previous line break. */
function isBlankLineBefore(text: string, nl: number, floor: number): boolean {
  let j = nl - 1;
  if (text.charCodeAt(nl) === 10 && text.charCodeAt(j) === 13) j--; // the \r of this CRLF
  while (j >= floor && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  const c = text.charCodeAt(j);
  return j >= floor && (c === 10 || c === 13);
}

/** One ReplyInfo for a reply linted in parts: the span of all parts, their words, any checklist item found. */
export function mergeReplyInfos(infos: ReplyInfo[]): ReplyInfo {
  if (infos.length === 1) return infos[0]!;
  const first = infos[0]!;
  const last = infos[infos.length - 1]!;
  const merged: ReplyInfo = { ...first, endLine: last.endLine, endColumn: last.endColumn, words: infos.reduce((n, i) => n + i.words, 0) };
  const checklists = infos.filter((i) => i.checklist);
  if (checklists.length) {
    merged.checklist = { ...checklists[0]!.checklist! };
    for (const c of checklists) for (const [k, v] of Object.entries(c.checklist!)) if (v) merged.checklist[k as keyof typeof merged.checklist] = true;
  } else delete merged.checklist;
  return merged;
}
