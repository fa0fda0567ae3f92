// YAML (and JSON) string scalars: decode a scalar's source into its value with a character map,
// and re-encode replacement text so a fix keeps the scalar's style and the file's meaning.
// The `yaml` package is the authority on values: a decoding that disagrees with it is not used.
import type { ScalarLike } from './tree.js';
import { lineMap, MapBuilder, type MappedText } from './mapped.js';

export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

export interface DecodedScalar {
  mapped: MappedText;
  style: ScalarStyle;
  /** File offsets of the value's source (inside the quotes; the block's content lines). */
  valueStart: number;
  valueEnd: number;
  /** Block scalars: the content indentation. */
  indent: number;
}

/** A scalar node as the walker sees it: its source range and (for block scalars) its token indent. */
export function decodeScalar(source: string, node: ScalarLike, base = 0): DecodedScalar | undefined {
  const range = node.range;
  if (!range || typeof node.value !== 'string') return undefined;
  const style = (node.type ?? 'PLAIN') as ScalarStyle;
  const value = node.value;
  const start = range[0]! + base;
  const end = range[1]! + base;
  let result: DecodedScalar;
  switch (style) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      result = { mapped: decodeFlow(source, start + 1, end - 1, style), style, valueStart: start + 1, valueEnd: end - 1, indent: 0 };
      break;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const tokenIndent = (node.srcToken as { indent?: number } | undefined)?.indent ?? 0;
      result = decodeBlock(source, start, end, style, tokenIndent);
      break;
    }
    default:
      result = { mapped: decodeFlow(source, start, end, 'PLAIN'), style: 'PLAIN', valueStart: start, valueEnd: end, indent: 0 };
  }
  if (result.mapped.text !== value) {
    // Couldn't follow the decoding exactly: lines still map to their source lines; fixes are off.
    result.mapped = lineMap(value, source, result.valueStart, result.valueEnd);
  }
  return result;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"',
  '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Plain, single- and double-quoted scalars: escapes, '' quotes, and line folding. */
function decodeFlow(src: string, start: number, end: number, style: ScalarStyle): MappedText {
  const b = new MapBuilder();
  let trailingWs = 0; // raw spaces/tabs pushed since the last other character (dropped at a fold)
  let i = start;
  while (i < end) {
    const c = src[i]!;
    if (c === '\n' || c === '\r') {
      b.pop(trailingWs);
      trailingWs = 0;
      const foldStart = i - countBack(src, i, start);
      const { empty, next } = skipFold(src, i, end);
      b.push(empty === 0 ? ' ' : '\n'.repeat(empty), foldStart, next);
      i = next;
      continue;
    }
    if (style === 'QUOTE_DOUBLE' && c === '\\') {
      const e = src[i + 1] ?? '';
      if (e === '\n' || e === '\r') {
        // An escaped line break joins the lines without a space. Blank lines after it fold as usual
        // (one blank line reads as a space): that is how the `yaml` package reads them.
        const { empty, next } = skipFold(src, i + 1, end);
        if (empty === 1) b.push(' ', i, next);
        else if (empty > 1) b.push('\n'.repeat(empty - 1), i, next);
        i = next;
        trailingWs = 0;
        continue;
      }
      const hex = HEX_LENGTH[e];
      if (hex) {
        const digits = src.slice(i + 2, i + 2 + hex);
        const code = parseInt(digits, 16);
        if (digits.length !== hex || !/^[0-9a-fA-F]+$/.test(digits)) return b.finish(false, start);
        b.push(hex === 4 ? String.fromCharCode(code) : String.fromCodePoint(code), i, i + 2 + hex);
        i += 2 + hex;
      } else {
        const d = ESCAPES[e];
        if (d === undefined) return b.finish(false, start);
        b.push(d, i, i + 2);
        i += 2;
      }
      trailingWs = 0;
      continue;
    }
    if (style === 'QUOTE_SINGLE' && c === "'" && src[i + 1] === "'") {
      b.push("'", i, i + 2);
      i += 2;
      trailingWs = 0;
      continue;
    }
    // A run of ordinary characters maps one to one: push it whole.
    let j = i + 1;
    while (j < end && !isSpecial(src.charCodeAt(j), style)) j++;
    b.push(src.slice(i, j), i, j);
    let ws = 0;
    while (ws < j - i && (src[j - 1 - ws] === ' ' || src[j - 1 - ws] === '\t')) ws++;
    trailingWs = ws === j - i ? trailingWs + ws : ws;
    i = j;
  }
  return b.finish(true, start);
}

/** Characters that end a run of plain text in a flow scalar: line breaks, escapes, quotes. */
function isSpecial(code: number, style: ScalarStyle): boolean {
  return code === 10 || code === 13 || (code === 92 && style === 'QUOTE_DOUBLE') || (code === 39 && style === 'QUOTE_SINGLE');
}

/** Spaces/tabs right before `at`. */
function countBack(src: string, at: number, floor: number): number {
  let n = 0;
  while (at - n - 1 >= floor && (src[at - n - 1] === ' ' || src[at - n - 1] === '\t')) n++;
  return n;
}

/** From a line break: how many empty lines follow, and where the next line's content starts. */
function skipFold(src: string, at: number, end: number): { empty: number; next: number } {
  let i = at;
  let breaks = 0;
  while (i < end) {
    const c = src[i];
    if (c === '\r') { breaks++; i += src[i + 1] === '\n' ? 2 : 1; }
    else if (c === '\n') { breaks++; i++; }
    else if (c === ' ' || c === '\t') i++;
    else break;
  }
  return { empty: breaks - 1, next: i };
}

interface Line {
  start: number;
  /** Before the line break. */
  end: number;
  /** After the line break (== end at the end of input). */
  breakEnd: number;
}

/** Literal | and folded > block scalars, with chomping and explicit indentation indicators. */
function decodeBlock(src: string, start: number, end: number, style: ScalarStyle, tokenIndent: number): DecodedScalar {
  const header = /^[|>]([1-9])?([+-])?([1-9])?/.exec(src.slice(start, start + 4)) ?? [];
  const explicit = header[1] ?? header[3];
  const chomp = header[2] ?? '';
  let contentStart = start;
  while (contentStart < end && src[contentStart] !== '\n' && src[contentStart] !== '\r') contentStart++;
  contentStart += src[contentStart] === '\r' && src[contentStart + 1] === '\n' ? 2 : contentStart < end ? 1 : 0;
  const lines = splitLines(src, contentStart, end);
  let indent: number;
  if (explicit) indent = tokenIndent + Number(explicit);
  else {
    const first = lines.find((l) => /[^ ]/.test(src.slice(l.start, l.end)));
    indent = first ? leadingSpaces(src, first.start, first.end) : 0;
  }
  const isText = (l: Line) => l.end - l.start > indent || /[^ ]/.test(src.slice(l.start, l.end));
  const content = (l: Line) => Math.min(l.start + indent, l.end);
  const spaced = (l: Line) => /^[ \t]/.test(src.slice(content(l), l.end));
  const first = lines.findIndex(isText);
  let last = -1;
  lines.forEach((l, k) => { if (isText(l)) last = k; });
  const b = new MapBuilder();
  if (first > 0) b.push('\n'.repeat(first), lines[0]!.start, content(lines[first]!));
  for (let k = first; k >= 0 && k <= last; ) {
    const line = lines[k]!;
    b.push(src.slice(content(line), line.end), content(line), line.end);
    let m = k + 1;
    while (m <= last && !isText(lines[m]!)) m++;
    if (m > last) break;
    const empties = m - k - 1;
    const next = lines[m]!;
    const to = content(next);
    if (style === 'BLOCK_FOLDED' && !spaced(line) && !spaced(next)) b.push(empties === 0 ? ' ' : '\n'.repeat(empties), line.end, to);
    else b.push('\n'.repeat(empties + 1), line.end, to);
    k = m;
  }
  // Chomping: strip (-) drops the final line break, clip keeps one, keep (+) keeps trailing empty lines too.
  if (chomp !== '-' && last >= 0) {
    const l = lines[last]!;
    if (l.breakEnd > l.end) b.push('\n', l.end, l.breakEnd);
  }
  if (chomp === '+') {
    for (let k = Math.max(last + 1, first < 0 ? 0 : last + 1); k < lines.length; k++) {
      const l = lines[k]!;
      if (l.breakEnd > l.end) b.push('\n', l.end, l.breakEnd);
    }
  }
  return { mapped: b.finish(true, contentStart), style, valueStart: contentStart, valueEnd: end, indent };
}

function splitLines(src: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let i = start;
  while (i < end) {
    let j = i;
    while (j < end && src[j] !== '\n' && src[j] !== '\r') j++;
    const breakEnd = j >= end ? j : src[j] === '\r' && src[j + 1] === '\n' ? j + 2 : j + 1;
    lines.push({ start: i, end: j, breakEnd: Math.min(breakEnd, end) });
    i = breakEnd;
  }
  return lines;
}

function leadingSpaces(src: string, start: number, end: number): number {
  let n = 0;
  while (start + n < end && src[start + n] === ' ') n++;
  return n;
}

// ---- encoding replacement text back into a scalar ----

export interface EncodeContext {
  source: string;
  decoded: DecodedScalar;
  /** Inside a flow collection ([ ], { }): plain scalars can't hold , [ ] { }. */
  flow: boolean;
  /** JSON files: how the file writes strings. */
  json?: JsonStyle;
}

export interface JsonStyle {
  /** The file escapes non-ASCII characters (\u00e9) instead of writing them. */
  asciiOnly: boolean;
  /** The file writes "\/" for "/". */
  escapeSlash: boolean;
}

/** Detects a JSON file's string-writing habits, so replacements look like their neighbours. */
export function jsonStyleOf(text: string): JsonStyle {
  const rawNonAscii = /[^\x00-\x7f]/.test(text);
  return {
    asciiOnly: !rawNonAscii && /\\u(?:00[89a-fA-F][0-9a-fA-F]|0[1-9a-fA-F][0-9a-fA-F]{2}|[1-9a-fA-F][0-9a-fA-F]{3})/.test(text),
    escapeSlash: /\\\//.test(text),
  };
}

export function jsonEscape(text: string, style: JsonStyle): string {
  let s = JSON.stringify(text).slice(1, -1);
  if (style.escapeSlash) s = s.replace(/\//g, '\\/');
  if (style.asciiOnly) s = s.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Line and paragraph separators are legal in JSON but confuse editors and older parsers.
  return s.replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * Re-encodes `text` to replace file span [fileStart, fileEnd) inside the scalar, or null when the
 * scalar's style can't hold it without changing the value elsewhere or the document's structure.
 */
export function encodeScalar(text: string, fileStart: number, fileEnd: number, ctx: EncodeContext): string | null {
  const { decoded, source } = ctx;
  if (!decoded.mapped.exact) return null;
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text) && decoded.style !== 'QUOTE_DOUBLE') return null;
  const atStart = fileStart <= decoded.valueStart;
  const atEnd = fileEnd >= decoded.valueEnd;
  const before = source[fileStart - 1] ?? '\n';
  const after = source[fileEnd] ?? '\n';
  // Whitespace at the start of a continuation line or the end of a line is eaten by line folding.
  const edgeSpace = (/^[ \t]/.test(text) && isIndentation(source, fileStart)) || (/[ \t]$/.test(text) && (after === '\n' || after === '\r'));
  switch (decoded.style) {
    case 'QUOTE_DOUBLE': {
      if (ctx.json) return jsonEscape(text, ctx.json);
      if (edgeSpace) return null;
      return jsonEscape(text, { asciiOnly: false, escapeSlash: false });
    }
    case 'QUOTE_SINGLE':
      if (/[\n\r]/.test(text) || edgeSpace) return null;
      return text.replace(/'/g, "''");
    case 'PLAIN': {
      if (/[\n\r]/.test(text) || edgeSpace || text.includes(': ') || text.includes(' #') || /:$/.test(text) && /[\s,\]}]/.test(after)) return null;
      if (/^#/.test(text) && /\s/.test(before)) return null;
      if (ctx.flow && /[,[\]{}]/.test(text)) return null;
      if (atStart && (text === '' || /^[-?:,[\]{}#&*!|>'"%@`\s]/.test(text))) return null;
      if (atEnd && /\s$/.test(text)) return null;
      // Replacing the whole value could turn it into a number, boolean or null.
      if (atStart && atEnd && !/^[A-Za-z][^:#]*$/.test(text)) return null;
      if (atStart && atEnd && /^(?:true|false|null|yes|no|on|off|y|n|~)$/i.test(text)) return null;
      return text;
    }
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      // Leading spaces at a line start would change the block's indentation (or, folded, its folding).
      if (/^[ \t]/.test(text) && isIndentation(source, fileStart)) return null;
      if (/\r/.test(text)) return null;
      if (decoded.style === 'BLOCK_FOLDED' && /\n/.test(text)) return null;
      if (/\n$/.test(text)) return null;
      const eol = source.includes('\r\n') ? '\r\n' : '\n';
      return text.replace(/\n/g, eol + ' '.repeat(decoded.indent));
    }
  }
  return null;
}

/** True when only spaces stand between the previous line break and `at`. */
function isIndentation(source: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && source[i] === ' ') i--;
  return i < 0 || source[i] === '\n' || source[i] === '\r';
}
