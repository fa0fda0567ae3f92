// Applying fixes to a file's text in one pass. Only non-overlapping spans are applied: fixes are
// sorted by range, the first wins, and any fix that overlaps or touches an applied one is skipped
// (as ESLint does), so the caller re-lints and the skipped problem is reported again if it remains.

import { splitsCharacter, splitsPair } from '../core/text.js';
import { guardFix, type FixGuard } from './fix-safety.js';

export interface FileFix {
  range: [number, number];
  text: string;
}

export interface FixPass {
  output: string;
  /** The fixes applied; the rest (overlapping an earlier one, or malformed) stay reported. */
  applied: FileFix[];
}

/** Orders fixes by start, then end; ties keep their given order (Array#sort is stable). */
export function compareFixes(a: FileFix, b: FileFix): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1];
}

/** Applies fixes to text. Deterministic: the same fixes in any order give the same output. */
export function applyFixes(text: string, fixes: readonly FileFix[]): FixPass {
  const valid = fixes.filter((fix) => isWellFormed(fix, text));
  valid.sort((a, b) => compareFixes(a, b) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const applied: FileFix[] = [];
  const parts: string[] = [];
  let at = 0;
  let lastEnd = -1;
  for (const fix of valid) {
    const [start, end] = fix.range;
    if (start <= lastEnd) continue;
    if (text.slice(start, end) === fix.text) continue; // a no-op fix changes nothing and claims no span
    parts.push(text.slice(at, start), fix.text);
    at = end;
    lastEnd = end;
    applied.push(fix);
  }
  if (applied.length === 0) return { output: text, applied };
  parts.push(text.slice(at));
  return { output: parts.join(''), applied };
}

function isWellFormed(fix: FileFix, text: string): boolean {
  const r = fix?.range;
  if (!Array.isArray(r) || typeof fix.text !== 'string') return false;
  const [start, end] = r;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length
    && !splitsPair(text, start) && !splitsPair(text, end);
}

/**
 * A reported span made safe: whole numbers inside the text, never between the halves of a surrogate
 * pair or of a CRLF (start moves back, end moves forward), end >= start. Rules can report anything; this is where
 * it becomes a range every later step (line/column, fixes, output) can trust.
 */
export function snapSpan(text: string, start: unknown, end: unknown): [number, number] {
  let s = clampOffset(start, text.length);
  let e = Math.max(s, clampOffset(end, text.length));
  if (splitsCharacter(text, s)) s--;
  if (splitsCharacter(text, e)) e++;
  return [s, e];
}

/**
 * A rule's fix with a usable range and replacement, or undefined when it cannot be applied safely. With a
 * guard (the reply as written and its placeholders), the span is also kept off markup, list and quote
 * markers and placeholders (fix-safety.ts).
 */
export function sanitizeFix(text: string, fix: unknown, guard?: FixGuard): { start: number; end: number; text: string } | undefined {
  const f = fix as { start?: unknown; end?: unknown; text?: unknown } | undefined;
  if (!f || typeof f !== 'object' || typeof f.text !== 'string') return undefined;
  const { start, end } = f;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  const s = start as number, e = end as number;
  if (s < 0 || e < s || e > text.length || splitsPair(text, s) || splitsPair(text, e)) return undefined;
  if (LONE_SURROGATE.test(f.text)) return undefined; // would be written as U+FFFD
  if (text.slice(s, e) === f.text) return undefined; // changes nothing: not a fix, and it would never go away
  if (!guard) return { start: s, end: e, text: f.text };
  const safe = guardFix(guard, s, e, f.text);
  return safe && text.slice(safe.start, safe.end) !== safe.text ? safe : undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function clampOffset(n: unknown, max: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.min(Math.trunc(n), max)) : 0;
}
