// File offsets <-> 1-based line/column (columns in UTF-16 code units, as ESLint counts them).
import { lastAtMost } from '../sorted.js';

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
