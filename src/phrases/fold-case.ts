// Case folding done once on the text instead of in every regex. V8 compiles a case-insensitive regex about
// three times slower than the same regex without `i` (each letter becomes a set of case variants), and a
// run over a macro library compiles a few hundred large phrase regexes. So a phrase regex is also compiled
// without `i`, its ASCII letters lower-cased, and run on the reply with A-Z lower-cased.
//
// That is exact for patterns whose letters are ASCII (non-ASCII parts uncased, ranges within ASCII): without
// the `u` flag, `i` never maps a non-ASCII character onto an ASCII one, so such a pattern folds only A-Z/a-z
// pairs, and lower-casing both sides folds them the same way. The one non-ASCII class is the word-edge guard
// compileBounded adds (Latin letters): a reply holding a character that only its case-insensitive form
// takes ("ɓ", whose capital is in the range) runs the original regex. Patterns the rewrite cannot prove
// (capture groups, escapes that spell characters by code, back-references, the `u` flag) keep the original.
import { WORD_CHAR } from './bounded.js';
import { savedRegex } from './saved-regex.js';

/**
 * foldedSource for a built-in entry's regex, as the build computed it (the rewrite walks the source a
 * character at a time, ~15 ms of a one-reply run before V8 has optimized it); else computed now.
 */
export function savedFoldedSource(source: string, flags: string): string | undefined {
  const saved = savedRegex(source, flags);
  return saved ? (saved.folded ?? undefined) : foldedSource(source, flags);
}

/** The source rewritten for lower-cased text without the `i` flag, or undefined when it cannot be. */
export function foldedSource(source: string, flags: string): string | undefined {
  if (!flags.includes('i') || /[uvy]/.test(flags)) return undefined;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      // Escapes that spell a character by code, and back-references, could hide a letter or a capture.
      if (n === undefined || /[xuck0-9pP]/.test(n)) return undefined;
      out += c + n;
      i += 2;
      continue;
    }
    if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return undefined;
      const folded = foldClass(source.slice(i + 1, end));
      if (folded === undefined) return undefined;
      out += `[${folded}]`;
      i = end + 1;
      continue;
    }
    if (c === '(') {
      // A capture would hand the rule lower-cased text; named groups are captures too.
      if (source[i + 1] !== '?') return undefined;
      const head = source.slice(i, i + 4);
      if (!(head.startsWith('(?:') || head.startsWith('(?=') || head.startsWith('(?!') || head.startsWith('(?<=') || head.startsWith('(?<!'))) return undefined;
    }
    if (c.charCodeAt(0) >= 128 && cased(c)) return undefined;
    out += c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
    i++;
  }
  return out;
}

/** Index of the `]` closing the class that opens at `start`, or -1. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') { i++; continue; }
    if (source[i] === ']') return i;
  }
  return -1;
}

/** A class body with the lower-case twins of the upper-case ASCII letters it holds added at its start. */
function foldClass(body: string): string | undefined {
  const negated = body.startsWith('^');
  let rest = negated ? body.slice(1) : body;
  const upper = new Set<string>();
  let prev: number | undefined; // code of the last single character (a range's start)
  for (let i = 0; i < rest.length; i++) {
    let c = rest[i]!;
    if (c === '\\') {
      const n = rest[i + 1];
      if (n === undefined || /[xuck0-9pP]/.test(n)) return undefined;
      i++;
      // Class escapes (\w, \s, \d ...) do not depend on case; an escaped punctuation character is itself.
      if (/[A-Za-z]/.test(n)) { prev = undefined; continue; }
      c = n;
    } else if (c === '-' && prev !== undefined && i + 1 < rest.length) {
      let hi = rest[i + 1]!;
      if (hi === '\\') {
        const n = rest[i + 2];
        if (n === undefined || /[A-Za-z0-9]/.test(n)) return undefined;
        hi = n;
        i++;
      }
      i++;
      const to = hi.charCodeAt(0);
      if (to >= 128) return undefined; // a range into non-ASCII may hold cased letters
      for (let k = Math.max(prev, 65); k <= Math.min(to, 90); k++) upper.add(String.fromCharCode(k + 32));
      prev = undefined;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 128 && cased(c)) return undefined;
    if (code >= 65 && code <= 90) upper.add(c.toLowerCase());
    prev = code;
  }
  const added = [...upper].join('');
  if (rest.startsWith('-')) rest = `-${added}${rest.slice(1)}`;
  else rest = added + rest;
  return (negated ? '^' : '') + rest;
}

function cased(c: string): boolean {
  return c.toLowerCase() !== c || c.toUpperCase() !== c;
}

const GUARD_I = new RegExp(WORD_CHAR, 'i');
const GUARD = new RegExp(WORD_CHAR);
const guardPartner = new Map<number, boolean>();

/**
 * The text with A-Z lower-cased (same length, same offsets), or undefined when it holds a character the
 * case-insensitive edge guard reads differently from the folded one (then the original regex runs).
 */
export function foldedText(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    let partner = guardPartner.get(code);
    if (partner === undefined) {
      const c = text[i]!;
      guardPartner.set(code, (partner = GUARD_I.test(c) !== GUARD.test(c)));
    }
    if (partner) return undefined;
  }
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
