// Last guards between offsets and what users see: every file position the engine reports is inside
// the file and on a character boundary (never between the halves of a surrogate pair or of a CRLF),
// whatever an extractor's offset map or a parser's error position says.
import { LineIndex, splitsCharacter } from '../core/text.js';

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
  const lines = new LineIndex(text);
  const want = Number.isFinite(line) ? Math.max(1, Math.trunc(line)) : 1;
  const n = Math.min(want, lines.count);
  const start = lines.lineStart(n)!;
  const next = lines.lineStart(n + 1);
  const end = next === undefined ? text.length : next - (text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? 2 : 1);
  const col = Number.isFinite(column) ? Math.max(1, Math.min(Math.trunc(column), end - start + 1)) : 1;
  return { line: n, column: splitsCharacter(text, start + col - 1) ? col - 1 : col };
}
