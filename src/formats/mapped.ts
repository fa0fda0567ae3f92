// Text decoded from a source (JSON escapes, YAML folding, HTML entities, CSV quotes) that remembers,
// for every character, where it came from. Layers compose: the HTML inside a JSON string maps to the
// string's decoded text, which maps to the file.
import type { ExtractedReply } from './types.js';
import { lastAtMost } from '../core/sorted.js';

/** A map from text offsets to source offsets: an Int32Array while building, a RunTable once kept. */
export interface OffsetTable {
  readonly length: number;
  at(index: number): number | undefined;
  subarray(begin: number, end: number): OffsetTable;
}

/**
 * An offset map stored as runs in which source offset = text offset + a constant (a JSON string maps
 * that way between escapes): a few runs per reply instead of 4 bytes per character. A library of
 * 10,000 macros otherwise holds ~170 MB of maps while it is linted.
 */
export class RunTable implements OffsetTable {
  private constructor(
    private readonly runStart: Int32Array,
    private readonly runDelta: Int32Array,
    readonly length: number,
    private readonly shift: number,
  ) {}

  /** The compact form of `values`, or `values` itself when runs would not be smaller. */
  static from(values: OffsetTable): OffsetTable {
    if (values instanceof RunTable) return values;
    const n = values.length;
    const starts: number[] = [];
    const deltas: number[] = [];
    for (let i = 0; i < n; i++) {
      const d = values.at(i)! - i;
      if (deltas.length === 0 || deltas[deltas.length - 1] !== d) {
        if (starts.length * 2 >= n) return values; // no saving: keep the plain array
        starts.push(i);
        deltas.push(d);
      }
    }
    return new RunTable(Int32Array.from(starts), Int32Array.from(deltas), n, 0);
  }

  at(index: number): number | undefined {
    if (index < 0 || index >= this.length) return undefined;
    const i = index + this.shift;
    return i + this.runDelta[lastAtMost(this.runStart, i)]!;
  }

  subarray(begin: number, end: number): OffsetTable {
    const b = Math.max(0, Math.min(begin, this.length));
    const e = Math.max(b, Math.min(end, this.length));
    return new RunTable(this.runStart, this.runDelta, e - b, this.shift + b);
  }
}

export interface MappedText {
  text: string;
  /** Source offset where the character at each text offset starts (length text.length + 1). */
  starts: OffsetTable;
  /** Source offset where the text before each text offset ends (length text.length + 1). */
  ends: OffsetTable;
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

/** `inner` was decoded from `outer.text`; the result maps inner's characters to outer's source. */
export function compose(outer: MappedText, inner: MappedText): MappedText {
  const n = inner.text.length;
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  const last = outer.text.length;
  for (let i = 0; i <= n; i++) {
    starts[i] = outer.starts.at(Math.min(inner.starts.at(i)!, last))!;
    ends[i] = outer.ends.at(Math.min(inner.ends.at(i)!, last))!;
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

/** The same map in its compact form, for maps kept while a file is linted. */
export function compactMapped(m: MappedText): MappedText {
  return { ...m, starts: RunTable.from(m.starts), ends: RunTable.from(m.ends) };
}

/** Turns a mapped text into an extracted reply (file coordinates); the maps are kept compact. */
export function toReply(m: MappedText, extra: Omit<ExtractedReply, 'text' | 'offsets' | 'ends' | 'base'> = {}): ExtractedReply {
  const c = compactMapped(m);
  return { text: c.text, offsets: c.starts, ends: c.ends, base: c.starts.at(0) ?? 0, ...extra };
}
