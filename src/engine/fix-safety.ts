// Fixes never touch a reply's layout or markup: list and quote markers, Markdown and HTML markup, and
// template placeholders stay exactly as written. A rule reports a span of words; this is where the span
// is checked before anything may rewrite it (for every rule, built-in, plugin or config phrase).
//
// A span that starts on a line's markers ("- ", "> ", "1. ", "## ") or on opening markup ("**", "<b>")
// is narrowed to the words after them, and one that ends on closing markup ("**", "</b>") to the words
// before it, unless the replacement writes the same characters itself. A span that still holds markup,
// a marked line inside it, or a placeholder among other words is not a fix: the finding stays, with its
// advice. (An edit inside one placeholder, or of one whole placeholder, is a placeholder rule's fix.)
import type { Span } from '../types.js';

export interface FixGuard {
  /** The reply text as written (before placeholders were masked). */
  source: string;
  placeholders: readonly Span[];
}

// At a line start: indentation, quote markers, a list marker or a heading marker.
const LINE_MARKERS = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+•‣◦▪–]|\d{1,9}[.)])[ \t]+)?(?:#{1,6}[ \t]+)?/;
// Markup that may open or close a run of words.
const OPENING = /^(?:\*{1,3}|_{1,3}|~~|`+|\[|<[A-Za-z][^<>\n]{0,200}>)/;
const CLOSING = /(?:\*{1,3}|_{1,3}|~~|`+|\]\([^()\s]{0,500}\)|\]|<\/[A-Za-z][^<>\n]{0,50}>|<[A-Za-z][^<>\n]{0,50}\/?>)$/;
// Markup anywhere inside what a fix would rewrite. "_" counts only at a word's edge (snake_case is a word).
const MARKUP_INSIDE = /[*`[\]]|~~|<\/?[A-Za-z!][^<>\n]{0,500}>|&(?:[A-Za-z]{2,8}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u;
const SPAN_LIMIT = 2_000;

/**
 * The fix narrowed off the markup at its edges, or undefined when it would rewrite markup, a line's
 * markers or a placeholder. Offsets are into the reply text; `text` is the replacement.
 */
export function guardFix(guard: FixGuard, start: number, end: number, text: string): { start: number; end: number; text: string } | undefined {
  const { source } = guard;
  let s = start, e = end;
  // Long spans are whole-paragraph rewrites: still checked, but only up to a bound (linear in the reply).
  if (e - s > SPAN_LIMIT) return undefined;
  for (let moved = true; moved && s < e;) {
    moved = false;
    const markers = lineMarkersEnd(source, s);
    if (markers > s && !text.startsWith(source.slice(s, Math.min(markers, e)))) { s = Math.min(markers, e); moved = true; continue; }
    const open = OPENING.exec(source.slice(s, e));
    if (open && !text.startsWith(open[0])) { s += open[0].length; moved = true; }
  }
  for (let moved = true; moved && e > s;) {
    moved = false;
    const close = CLOSING.exec(source.slice(s, e));
    if (close && !text.endsWith(close[0])) { e -= close[0].length; moved = true; }
  }
  // Nothing but markup was reported: there are no words to rewrite.
  if (s === e && start !== end) return undefined;
  if (text === '' && hollowsMarkup(source, s, e)) return undefined;
  const inner = source.slice(s, e);
  // What the replacement keeps verbatim at its edges is not rewritten.
  const kept = keptEdges(inner, text);
  const from = s + kept.head, to = e - kept.tail;
  // A placeholder rule's own edit: inside one placeholder, or one whole placeholder ("upcse" -> "upcase").
  if (guard.placeholders.some((p) => (from >= p.start && to <= p.end) || (s === p.start && e === p.end))) return { start: s, end: e, text };
  if (guard.placeholders.some((p) => from < p.end && to > p.start)) return undefined;
  if (MARKUP_INSIDE.test(inner.slice(kept.head, inner.length - kept.tail))) return undefined;
  if (hasMarkedLine(source, from, to)) return undefined;
  return { start: s, end: e, text };
}

const OPENS_BEFORE = /(?:\*{1,3}|_{1,3}|~~|`|<[A-Za-z][^<>\n]{0,200}>)[ \t]*$/;
const CLOSES_AFTER = /^[ \t]*(?:\*{1,3}|_{1,3}|~~|`|<\/[A-Za-z][^<>\n]{0,50}>)/;

/** Would deleting [s, e) leave markup with nothing inside ("**Please be advised that**" -> "****")? */
function hollowsMarkup(source: string, s: number, e: number): boolean {
  return OPENS_BEFORE.test(source.slice(Math.max(0, s - 210), s)) && CLOSES_AFTER.test(source.slice(e, e + 60));
}

/** Where a line's markers end, when offset lies at or inside them; else offset. */
function lineMarkersEnd(source: string, offset: number): number {
  // Markers sit within a line's first few characters: look back a bounded window, not to the line start.
  const from = Math.max(0, offset - 64);
  const before = source.slice(from, offset);
  const nl = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  if (nl < 0 && from > 0) return offset;
  const lineStart = nl < 0 ? 0 : from + nl + 1;
  if (offset - lineStart > 40) return offset;
  const m = LINE_MARKERS.exec(source.slice(lineStart, lineStart + 60));
  const end = lineStart + (m ? m[0].length : 0);
  return end > offset ? end : offset;
}

/** True when [s, e) crosses into a line that opens with markers ("> ", "- ", "1. "). */
function hasMarkedLine(source: string, s: number, e: number): boolean {
  for (let i = source.indexOf('\n', s); i >= 0 && i < e; i = source.indexOf('\n', i + 1)) {
    const m = LINE_MARKERS.exec(source.slice(i + 1, i + 61));
    if (m && /\S/.test(m[0]) && i + 1 < e) return true;
  }
  return false;
}

/** Characters the replacement repeats verbatim at the start and end of the replaced text. */
function keptEdges(original: string, replacement: string): { head: number; tail: number } {
  let head = 0;
  const max = Math.min(original.length, replacement.length);
  while (head < max && original[head] === replacement[head]) head++;
  let tail = 0;
  while (tail < max - head && original[original.length - 1 - tail] === replacement[replacement.length - 1 - tail]) tail++;
  return { head, tail };
}
