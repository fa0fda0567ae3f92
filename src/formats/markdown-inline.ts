// Inline Markdown markup on one line, masked in place: code spans read as a name, link targets,
// images, HTML tags, emphasis markers, blockquote markers and backslashes disappear as spaces.
import type { Mask } from './markdown.js';

const INLINE_TAGS =
  'a|abbr|b|big|blockquote|br|center|code|del|details|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|s|small|span|strike|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul';
const TAG = new RegExp(String.raw`<\/?(?:${INLINE_TAGS})\b(?:\s[^<>]*)?\/?>`, 'gi');
const BREAKING_TAG = /^<\/?(?:br|p|div|li|hr|h[1-6]|tr|ul|ol|table|blockquote|pre|details|summary)\b/i;
const AUTOLINK = /<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)>/gi;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]+)\](\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)|\[[^\]\n]*\])/g;
const EMPHASIS = /(?<![\\\p{L}\p{N}*_])(?:[*_]{1,3}|~~)(?=[^\s*_~])|(?<=[^\s*_~\\])(?:[*_]{1,3}|~~)(?![\p{L}\p{N}*_])/gu;
const ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;
const QUOTE_MARKERS = /^ {0,3}(?:> ?)+/;

export function maskInline(text: string, start: number, end: number, mask: Mask): void {
  const line = text.slice(start, end);
  // Most lines hold no markup at all: test for each construct's first character before matching.
  const code = line.includes('`') ? codeSpans(line) : [];
  const free = (s: number, e: number) => !code.some(([a, b]) => s < b && e > a);
  for (const [s, e] of code) mask.word(start + s, start + e);
  if (line.includes('>')) {
    const q = QUOTE_MARKERS.exec(line);
    if (q) mask.blank(start, start + q[0].length);
  }
  if (line.includes('[')) {
    for (const m of line.matchAll(IMAGE)) if (free(m.index, m.index + m[0].length)) mask.blank(start + m.index, start + m.index + m[0].length);
    for (const m of line.matchAll(LINK)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!free(s, e) || line[s - 1] === '!') continue;
      mask.blank(start + s, start + s + 1);
      mask.blank(start + s + 1 + m[1]!.length, start + e);
    }
  }
  if (line.includes('<')) {
    for (const m of line.matchAll(AUTOLINK)) if (free(m.index, m.index + m[0].length)) mask.blank(start + m.index, start + m.index + m[0].length);
    for (const m of line.matchAll(TAG)) {
      const s = m.index;
      if (!free(s, s + m[0].length)) continue;
      mask.blank(start + s, start + s + m[0].length);
      // A <br> or <p> ends a line in the rendered reply: keep that for the sentence splitter.
      if (BREAKING_TAG.test(m[0])) mask.set(start + s, '\n');
    }
  }
  if (/[*_~]/.test(line)) {
    for (const m of line.matchAll(EMPHASIS)) if (free(m.index, m.index + m[0].length)) mask.blank(start + m.index, start + m.index + m[0].length);
  }
  if (line.includes('\\')) {
    for (const m of line.matchAll(ESCAPE)) if (free(m.index, m.index + 1)) mask.blank(start + m.index, start + m.index + 1);
  }
}

/** Backtick code spans on a line: a run of n backticks up to the next run of exactly n. */
function codeSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const runs = [...line.matchAll(/`+/g)].map((m) => [m.index, m[0].length] as const);
  for (let i = 0; i < runs.length; i++) {
    const [at, len] = runs[i]!;
    const close = runs.findIndex(([, l], k) => k > i && l === len);
    if (close < 0) continue;
    spans.push([at, runs[close]![0] + len]);
    i = close;
  }
  return spans;
}
