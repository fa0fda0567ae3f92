// A phrase entry's expression, compiled with V8's quick compiler on first use and given optimized code only
// once it has scanned enough text to repay the optimized compile (src/core/boot.ts says why).
import { compileQuickly, optimizedCopy, tierUpAfter } from '../core/boot.js';

const WIDE_CHAR = /[^\u0000-\u00ff]/;

/**
 * The text as a one-byte string when every character fits one (V8 keeps a text that once held a curly
 * quote in two-byte form, and compiles an expression separately for each form), and which form it is.
 */
export function regexSubject(text: string): { text: string; twoByte: boolean } {
  if (WIDE_CHAR.test(text)) return { text, twoByte: true };
  return { text: Buffer.from(text, 'latin1').toString('latin1'), twoByte: false };
}

export class TieredRegex {
  private current: RegExp;
  private scanned = 0;
  // Bit 1: compiled for one-byte subjects; bit 2: for two-byte ones.
  private compiledFor = 0;
  private optimized = false;

  constructor(private readonly base: RegExp) {
    this.current = base;
  }

  /** The expression to run on a subject of this length and form (lastIndex is the caller's to set). */
  forSubject(length: number, twoByte: boolean): RegExp {
    if (this.optimized) return this.current;
    this.scanned += length;
    if (this.scanned > tierUpAfter()) {
      this.current = optimizedCopy(this.base);
      this.optimized = true;
      return this.current;
    }
    const bit = twoByte ? 2 : 1;
    if ((this.compiledFor & bit) === 0) {
      compileQuickly(this.base, twoByte);
      this.compiledFor |= bit;
    }
    return this.base;
  }
}
