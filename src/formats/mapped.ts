// Text decoded from a source (JSON escapes, YAML folding, HTML entities, CSV quotes) that remembers,
// for every character, where it came from. Layers compose: the HTML inside a JSON string maps to the
// string's decoded text, which maps to the file.
import type { ExtractedReply } from './types.js';

export interface MappedText {
  text: string;
  /** Source offset where the character at each text offset starts (length text.length + 1). */
  starts: Int32Array;
  /** Source offset where the text before each text offset ends (length text.length + 1). */
  ends: Int32Array;
  /** False when the decoding could only be approximated: positions are near, fixes are unsafe. */
  exact: boolean;
}

/** Builds a MappedText piece by piece. */
export class MapBuilder {
  private readonly parts: string[] = [];
  private charStart = new Int32Array(64);
  private charEnd = new Int32Array(64);
  private length = 0;

  /**
   * Appends `chars`, decoded from source [srcStart, srcEnd). A piece of the same length maps one to
   * one; otherwise every character covers the whole source span (an entity, an escape, a fold).
   */
  push(chars: string, srcStart: number, srcEnd: number): void {
    const n = chars.length;
    if (n === 0) return;
    this.reserve(this.length + n);
    this.parts.push(chars);
    const same = n === srcEnd - srcStart;
    for (let k = 0; k < n; k++) {
      this.charStart[this.length + k] = same ? srcStart + k : srcStart;
      this.charEnd[this.length + k] = same ? srcStart + k + 1 : srcEnd;
    }
    this.length += n;
  }

  get size(): number {
    return this.length;
  }

  /** The last character pushed, or '' when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  /** Removes the last `n` characters. */
  pop(n: number): void {
    for (let k = 0; k < n && this.length > 0; k++) {
      const last = this.parts[this.parts.length - 1]!;
      if (last.length === 1) this.parts.pop();
      else this.parts[this.parts.length - 1] = last.slice(0, -1);
      this.length--;
    }
  }

  /** How many times `ch` (one character) repeats at the end. */
  countTrailing(ch: string): number {
    let n = 0;
    for (let p = this.parts.length - 1; p >= 0; p--) {
      const part = this.parts[p]!;
      for (let k = part.length - 1; k >= 0; k--) {
        if (part[k] !== ch) return n;
        n++;
      }
    }
    return n;
  }

  /** Removes trailing characters matching `re` (one character at a time). */
  trimEnd(re: RegExp): void {
    while (this.length > 0 && re.test(this.lastChar())) this.pop(1);
  }

  /** `emptyAt`: the source offset an empty result maps to. */
  finish(exact = true, emptyAt = 0): MappedText {
    const n = this.length;
    const starts = new Int32Array(n + 1);
    const ends = new Int32Array(n + 1);
    starts.set(this.charStart.subarray(0, n));
    ends.set(this.charEnd.subarray(0, n), 1);
    starts[n] = n > 0 ? this.charEnd[n - 1]! : emptyAt;
    ends[0] = n > 0 ? this.charStart[0]! : emptyAt;
    return { text: this.parts.join(''), starts, ends, exact };
  }

  private reserve(size: number): void {
    if (size <= this.charStart.length) return;
    let cap = this.charStart.length * 2;
    while (cap < size) cap *= 2;
    const s = new Int32Array(cap);
    s.set(this.charStart.subarray(0, this.length));
    const e = new Int32Array(cap);
    e.set(this.charEnd.subarray(0, this.length));
    this.charStart = s;
    this.charEnd = e;
  }
}

/** A plain slice of the source: every character maps to itself. */
export function sliceMap(source: string, start: number, end: number): MappedText {
  const n = end - start;
  const starts = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) starts[i] = start + i;
  return { text: source.slice(start, end), starts, ends: starts.slice(), exact: true };
}

/** `inner` was decoded from `outer.text`; the result maps inner's characters to outer's source. */
export function compose(outer: MappedText, inner: MappedText): MappedText {
  const n = inner.text.length;
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  const last = outer.text.length;
  for (let i = 0; i <= n; i++) {
    starts[i] = outer.starts[Math.min(inner.starts[i]!, last)]!;
    ends[i] = outer.ends[Math.min(inner.ends[i]!, last)]!;
  }
  return { text: inner.text, starts, ends, exact: outer.exact && inner.exact };
}

/**
 * An approximate map for a value whose decoding we can't follow character by character: each line
 * of the value maps to the same line of the source, after its indentation.
 */
export function lineMap(value: string, source: string, start: number, end: number): MappedText {
  const b = new MapBuilder();
  const lineStarts: number[] = [];
  let at = start;
  while (at < end) {
    while (at < end && (source[at] === ' ' || source[at] === '\t')) at++;
    lineStarts.push(at);
    const nl = source.indexOf('\n', at);
    if (nl < 0 || nl >= end) break;
    at = nl + 1;
  }
  let line = 0;
  for (let i = 0; i < value.length; i++) {
    const lineStart = lineStarts[Math.min(line, lineStarts.length - 1)] ?? start;
    const col = i - (value.lastIndexOf('\n', i - 1) + 1);
    const pos = Math.min(lineStart + col, end);
    b.push(value[i]!, pos, Math.min(pos + 1, end));
    if (value[i] === '\n') line++;
  }
  return b.finish(false, start);
}

/** Turns a mapped text into an extracted reply (file coordinates). */
export function toReply(m: MappedText, extra: Omit<ExtractedReply, 'text' | 'offsets' | 'ends' | 'base'> = {}): ExtractedReply {
  return { text: m.text, offsets: m.starts, ends: m.ends, base: m.starts[0] ?? 0, ...extra };
}
