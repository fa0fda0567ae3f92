// A cheap sentence splitter that keeps offsets. Replies are short and line-oriented (greeting,
// body paragraphs, bullet lists, sign-off), so line breaks matter as much as punctuation.
import type { Sentence, Span } from '../types.js';

const TERMINAL = /[.!?…]/;
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'no', 'ref', 'inc', 'ltd', 'co', 'jr', 'sr',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'a.m', 'p.m', 'u.s', 'u.k',
]);

/**
 * The longest sentence the rules see (characters). A run-on "sentence" longer than this (a log line, a reply
 * with no punctuation, a pasted table) is cut into pieces at a clause break or a space, so every reading
 * that looks across a sentence costs at most this much per phrase and a whole reply stays linear. Real
 * sentences are far shorter (a 1,000-character sentence is about 170 words).
 */
export const MAX_SENTENCE_CHARS = 1000;

/** Blank-line separated blocks. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*(?:\r?\n[ \t]*)+/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Does a single line break end the sentence? Short lines (greetings, sign-offs) and list items do. */
function lineBreakEnds(prevLine: string, nextLine: string): boolean {
  const prev = prevLine.trimEnd();
  if (/[.!?…:;,)]["')\]]*$/.test(prev)) return true;
  if (/^\s*(?:[-*•‣◦]|\d+[.)])\s/.test(nextLine)) return true;
  if (prev.trim().length < 45) return true;
  if (/^\s*[A-Z{[%]/.test(nextLine) && prev.trim().length < 60) return true;
  return false;
}

export function splitSentences(text: string, paragraphs: Span[] = splitParagraphs(text)): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((para, p) => {
    let start = para.start;
    const end = para.end;
    const pushOne = (s: number, e: number) => {
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) {
        const t = text.slice(s, e);
        out.push({ index: out.length, text: t, start: s, end: e, paragraph: p, isQuestion: /\?["')\]]*$/.test(t) || /\?\s*[\p{Extended_Pictographic}\s]*$/u.test(t) });
      }
    };
    const push = (s: number, e: number) => {
      while (s < e && /\s/.test(text[s]!)) s++;
      s = afterListMarker(text, s, e);
      while (e - s > MAX_SENTENCE_CHARS) {
        const cut = runOnCut(text, s, s + MAX_SENTENCE_CHARS);
        pushOne(s, cut);
        s = cut;
        while (s < e && /\s/.test(text[s]!)) s++;
      }
      pushOne(s, e);
    };
    for (let i = para.start; i < end; i++) {
      const ch = text[i]!;
      if (ch === '\n') {
        const lineStart = text.lastIndexOf('\n', i - 1) + 1;
        let nextEnd = text.indexOf('\n', i + 1);
        if (nextEnd < 0 || nextEnd > end) nextEnd = end;
        if (lineBreakEnds(text.slice(Math.max(lineStart, start), i), text.slice(i + 1, nextEnd))) {
          push(start, i);
          start = i + 1;
        }
        continue;
      }
      if (!TERMINAL.test(ch)) continue;
      // "1. " at the start of a line numbers a list item; it ends no sentence.
      if (ch === '.' && isListNumber(text, start, i)) continue;
      // Swallow runs of terminal punctuation and closing quotes/brackets ("?!", "...", '."').
      let j = i + 1;
      while (j < end && /[.!?…"')\]\u201d\u2019]/.test(text[j]!)) j++;
      // Emoji right after the punctuation belong to the sentence.
      if (j >= end || /\s/.test(text[j]!)) {
        if (ch === '.' && isAbbreviation(text, start, i)) { i = j - 1; continue; }
        if (j < end) {
          // Next non-space must look like a sentence start.
          let k = j;
          while (k < end && /[ \t]/.test(text[k]!)) k++;
          const next = text[k];
          if (next !== undefined && next !== '\n' && /[a-z]/.test(next) && ch === '.') { i = j - 1; continue; }
        }
        push(start, j);
        start = j;
      }
      i = j - 1;
    }
    push(start, end);
  });
  return out;
}

/** Where to cut a run-on sentence that starts at `from`: after the last clause break or space in the back half of [from, limit). */
function runOnCut(text: string, from: number, limit: number): number {
  const floor = from + ((limit - from) >> 1);
  let space = -1;
  for (let i = limit; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) continue;
    if (/[,;:]/.test(text[i - 1] ?? '')) return i;
    if (space < 0) space = i;
  }
  if (space >= 0) return space;
  // One huge token: cut it, never inside a surrogate pair.
  const lo = text.charCodeAt(limit);
  return lo >= 0xdc00 && lo <= 0xdfff ? limit - 1 : limit;
}

// A list item's marker ("- ", "* ", "• ", "1. ", "2) ") is layout, not words: a sentence starts after it, so
// a rule that rewrites a whole sentence never rewrites the marker. (A dash before a name, "– Priya", is a
// sign-off, not a list.)
const LIST_MARKER = /^(?:[-*+•‣◦▪]|\d{1,3}[.)])[ \t]+/;

/** The offset after a list marker at s, when s starts a line (only spaces before it); else s. */
export function afterListMarker(text: string, s: number, end: number = text.length): number {
  let k = s;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  if (k > 0 && text[k - 1] !== '\n' && text[k - 1] !== '\r') return s;
  const m = LIST_MARKER.exec(text.slice(s, Math.min(end, s + 8)));
  return m && s + m[0].length < end ? s + m[0].length : s;
}

/** Is the "." at dot the end of a list number ("1.") that starts its line? */
function isListNumber(text: string, sentenceStart: number, dot: number): boolean {
  let k = dot;
  while (k > sentenceStart && k > dot - 4 && /\d/.test(text[k - 1]!)) k--;
  if (k === dot || !/[ \t]/.test(text[dot + 1] ?? '')) return false;
  return afterListMarker(text, k) > k;
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let k = dot;
  while (k > sentenceStart && /[A-Za-z.]/.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("J. Smith") and decimals are not sentence ends.
  return /^[a-z]$/i.test(word) && /[A-Z]/.test(text[k] ?? '');
}

/** Counts words the way people do: runs of letters/digits (placeholders count once). */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
