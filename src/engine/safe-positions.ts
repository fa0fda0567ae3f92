// Last guards between offsets and what users see: every file position the engine reports is inside
// the file and on a character boundary (never between the halves of a surrogate pair or of a CRLF),
// whatever an extractor's offset map or a parser's error position says.

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset falls inside a surrogate pair or a CRLF of text. */
export function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const c = text.charCodeAt(offset);
  const p = text.charCodeAt(offset - 1);
  return (c === 10 && p === 13) || (isLow(c) && isHigh(p));
}

/** A file offset clamped into text and moved off a split character (back for starts, forward for ends). */
export function snapFileOffset(text: string, offset: number, direction: -1 | 1): number {
  const o = Number.isFinite(offset) ? Math.max(0, Math.min(Math.trunc(offset), text.length)) : 0;
  return splitsCharacter(text, o) ? o + direction : o;
}

/** True when [start, end) is a range of text a fix can replace without splitting a character. */
export function isSafeRange(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length
    && !splitsCharacter(text, start) && !splitsCharacter(text, end);
}

/** A parser's 1-based line/column (possibly past the end, or missing) clamped to a real position of text. */
export function clampPosition(text: string, line = 1, column = 1): { line: number; column: number } {
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let n = 1;
  const want = Number.isFinite(line) ? Math.max(1, Math.trunc(line)) : 1;
  while (n < want) {
    const m = re.exec(text);
    if (!m) break;
    start = m.index + m[0].length;
    n++;
  }
  re.lastIndex = start;
  const next = re.exec(text);
  const length = (next ? next.index : text.length) - start;
  const col = Number.isFinite(column) ? Math.max(1, Math.min(Math.trunc(column), length + 1)) : 1;
  return { line: n, column: splitsCharacter(text, start + col - 1) ? col - 1 : col };
}
