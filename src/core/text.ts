// The text kernel every layer shares: file offsets <-> 1-based line/column (columns in UTF-16 code
// units, as ESLint counts them; \n, \r\n and a lone \r each end a line), whether an offset splits a
// character, and the byte-order mark.
import { lastAtMost } from './sorted.js';

export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1); // lone CR
    }
  }
  line(offset: number): number {
    return lastAtMost(this.starts, offset) + 1;
  }
  /** The offset a 1-based line starts at; undefined past the last line. */
  lineStart(line: number): number | undefined {
    return this.starts[line - 1];
  }
  /** Number of lines (a text without line breaks has one). */
  get count(): number {
    return this.starts.length;
  }
  /** The offset of a 1-based line and column (clamped to the text). */
  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line, this.starts.length) - 1)] ?? 0;
    return start + Math.max(0, column - 1);
  }
  position(offset: number): { line: number; column: number } {
    const line = this.line(offset);
    return { line, column: offset - this.starts[line - 1]! + 1 };
  }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset falls between the halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1));
}

/** True when offset falls between the \r and \n of a CRLF (a position no editor can show). */
export function splitsCrlf(text: string, offset: number): boolean {
  return offset > 0 && text.charCodeAt(offset) === 10 && text.charCodeAt(offset - 1) === 13;
}

/** True when offset falls inside a surrogate pair or a CRLF of text. */
export function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return splitsCrlf(text, offset) || splitsPair(text, offset);
}

/** The byte-order mark a file may start with ('' when it has none): it is kept on write, never linted. */
export function bomOf(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
}

/** The text without its byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
