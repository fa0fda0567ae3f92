// Reads the placeholders of one reply: Liquid output `{{ name | filter: arg }}`, Liquid tags `{% if x %}`,
// Help Scout variables `{%customer.firstName,fallback=there%}`, and the broken or foreign forms the
// rules report (an opening never closed, `{{name}`, `{name}}`, `%{name}`, `${name}`). One pass over the
// text: each opening looks ahead at most one line (and MAX_INNER characters) for its close.

export const MAX_INNER = 300;

export interface Filter {
  name: string;
  start: number;
  end: number;
  /** Everything after the filter name (": arg" or "(arg)"), trimmed. */
  args: string;
}

/** `{{ ... }}` */
export interface OutputToken {
  kind: 'output';
  start: number;
  end: number;
  inner: string;
  innerStart: number;
  /** The variable path, when the expression is one (not a literal, not malformed). */
  name?: string;
  nameStart: number;
  nameEnd: number;
  /** The expression is a quoted string or a number. */
  literal: boolean;
  filters: Filter[];
  /** The expression before the first filter could not be read as a name or a literal. */
  malformed: boolean;
}

/** `{% tag args %}` */
export interface TagToken {
  kind: 'tag';
  start: number;
  end: number;
  inner: string;
  innerStart: number;
  /** First word (if, endif, assign ...), lower-case as written. */
  tag: string;
  tagStart: number;
  args: string;
  argsStart: number;
}

/** Help Scout `{%name%}` / `{%name,fallback=value%}`. */
export interface HelpScoutToken {
  kind: 'helpscout';
  start: number;
  end: number;
  name: string;
  nameStart: number;
  nameEnd: number;
  /** The fallback text (undefined when none is given; '' when "fallback=" is empty). */
  fallback?: string;
  /** Anything after the name that is not a fallback (a typo in "fallback="). */
  extra?: string;
}

/** An opening with no close on its line, or a close with the wrong brace count. */
export interface BrokenToken {
  kind: 'broken';
  start: number;
  end: number;
  /** unclosed: `{{ name` with no `}}`; half-close: `{{name}`; half-open: `{name}}`; empty: `{{ }}`. */
  problem: 'unclosed' | 'half-close' | 'half-open' | 'empty';
  open: '{{' | '{%' | '{';
  /** For half-close/half-open: the name written inside, and the text that would make it whole. */
  name?: string;
  fixStart?: number;
  fixEnd?: number;
  fixText?: string;
}

/** A placeholder in another template language: `%{name}` (osTicket, Ruby), `${name}`. */
export interface ForeignToken {
  kind: 'foreign';
  start: number;
  end: number;
  style: '%{}' | '${}';
  name: string;
}

export type TemplateToken = OutputToken | TagToken | HelpScoutToken | BrokenToken | ForeignToken;

// Sticky and bounded: each is tried at one offset and reads at most a few hundred characters.
const HALF_CLOSE = /[ \t]{0,20}([A-Za-z_][\w.-]{0,200}(?:\[[^\]\n]{1,40}\][\w.-]{0,100}){0,8})[ \t]{0,20}\}(?!\})/y;
const HALF_OPEN = /\{[ \t]{0,20}([A-Za-z_][\w-]{0,100}(?:\.[\w-]{1,100}){1,12})[ \t]{0,20}\}\}/y;
const FOREIGN = /[%$]\{[ \t]{0,20}([A-Za-z_][\w-]{0,100}(?:\.[\w-]{1,100}){0,12})[ \t]{0,20}\}/y;
const NAME = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_0-9][\w-]*|\[[^\]\n]{1,40}\])*$/;
const LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|true|false|nil|null|empty|blank)$/;

export interface ScanOptions {
  /** `{%...%}` holds Help Scout variables (helpscout) or Liquid tags (liquid). */
  syntax: 'liquid' | 'helpscout';
}

/** Every placeholder-like token in the text, in order, never overlapping. */
export function scanTemplate(text: string, opts: ScanOptions): TemplateToken[] {
  const out: TemplateToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) {
      const next = text[i + 1];
      if (next === '{' || next === '%') {
        const token = next === '{' ? readOutput(text, i) : opts.syntax === 'helpscout' ? readHelpScout(text, i) : readTag(text, i);
        out.push(token);
        i = Math.max(token.end, i + 2);
        continue;
      }
      const half = readHalfOpen(text, i);
      if (half) { out.push(half); i = half.end; continue; }
    } else if ((c === 37 /* % */ || c === 36 /* $ */) && text[i + 1] === '{') {
      const f = readForeign(text, i);
      if (f) { out.push(f); i = f.end; continue; }
    }
    i++;
  }
  return out;
}

/** Where the close is, looking no further than the line end, the next opening, or MAX_INNER characters. */
function findClose(text: string, from: number, close: string): number {
  const limit = Math.min(text.length, from + MAX_INNER);
  for (let j = from; j < limit; j++) {
    const ch = text[j];
    if (ch === '\n' || ch === '\r') return -1;
    if (ch === close[0] && text[j + 1] === close[1]) return j;
    if (ch === '{' && (text[j + 1] === '{' || text[j + 1] === '%')) return -1;
  }
  return -1;
}

function readOutput(text: string, start: number): TemplateToken {
  let close = findClose(text, start + 2, '}}');
  // `{{name} more}}`: the first single brace after a name closes it (a typo), not a later `}}`.
  if (close >= 0) {
    const single = text.indexOf('}', start + 2);
    if (single >= 0 && single < close) close = -1;
  }
  if (close < 0) {
    // `{{name}` with one brace: the same line has a single `}` right after a name.
    HALF_CLOSE.lastIndex = start + 2;
    const m = HALF_CLOSE.exec(text);
    if (m) {
      const end = start + 2 + m[0].length;
      return { kind: 'broken', problem: 'half-close', open: '{{', start, end, name: m[1], fixStart: end - 1, fixEnd: end, fixText: '}}' };
    }
    return { kind: 'broken', problem: 'unclosed', open: '{{', start, end: start + 2 };
  }
  // `{{{name}}}`: an extra brace is part of neither side in Liquid; read from the innermost `{{`.
  const end = close + 2;
  const innerStart = start + 2;
  const inner = text.slice(innerStart, close);
  if (!inner.trim()) return { kind: 'broken', problem: 'empty', open: '{{', start, end };
  const parts = splitOutside(inner, '|');
  const exprRaw = parts[0]!;
  const expr = exprRaw.text.trim();
  const lead = exprRaw.text.length - exprRaw.text.trimStart().length;
  const token: OutputToken = {
    kind: 'output', start, end, inner, innerStart, nameStart: innerStart + lead, nameEnd: innerStart + lead + expr.length,
    literal: LITERAL.test(expr), filters: [], malformed: false,
  };
  if (!token.literal) {
    if (NAME.test(expr)) token.name = expr;
    else token.malformed = true;
  }
  for (const part of parts.slice(1)) {
    const t = part.text;
    const m = /^\s*([A-Za-z_][\w-]*)/.exec(t);
    if (!m) { token.malformed = true; continue; }
    const fStart = innerStart + part.start + m[0].length - m[1]!.length;
    token.filters.push({ name: m[1]!, start: fStart, end: fStart + m[1]!.length, args: t.slice(m[0].length).trim() });
  }
  return token;
}

function readTag(text: string, start: number): TemplateToken {
  const close = findClose(text, start + 2, '%}');
  if (close < 0) return { kind: 'broken', problem: 'unclosed', open: '{%', start, end: start + 2 };
  const innerStart = start + 2;
  // `{%-` / `-%}` trim whitespace in Liquid: not part of the tag.
  let inner = text.slice(innerStart, close);
  let shift = 0;
  if (inner.startsWith('-')) { inner = inner.slice(1); shift = 1; }
  if (inner.endsWith('-')) inner = inner.slice(0, -1);
  if (!inner.trim()) return { kind: 'broken', problem: 'empty', open: '{%', start, end: close + 2 };
  const lead = inner.length - inner.trimStart().length;
  const m = /^\S+/.exec(inner.slice(lead))!;
  const tagStart = innerStart + shift + lead;
  const argsOffset = lead + m[0].length;
  const args = inner.slice(argsOffset);
  return {
    kind: 'tag', start, end: close + 2, inner, innerStart: innerStart + shift, tag: m[0], tagStart,
    args: args.trim(), argsStart: innerStart + shift + argsOffset + (args.length - args.trimStart().length),
  };
}

function readHelpScout(text: string, start: number): TemplateToken {
  const close = findClose(text, start + 2, '%}');
  if (close < 0) return { kind: 'broken', problem: 'unclosed', open: '{%', start, end: start + 2 };
  const innerStart = start + 2;
  const inner = text.slice(innerStart, close);
  if (!inner.trim()) return { kind: 'broken', problem: 'empty', open: '{%', start, end: close + 2 };
  const comma = inner.indexOf(',');
  const rawName = comma < 0 ? inner : inner.slice(0, comma);
  const lead = rawName.length - rawName.trimStart().length;
  const name = rawName.trim();
  const token: HelpScoutToken = { kind: 'helpscout', start, end: close + 2, name, nameStart: innerStart + lead, nameEnd: innerStart + lead + name.length };
  if (comma >= 0) {
    const rest = inner.slice(comma + 1);
    const m = /^\s*fallback\s*=(.*)$/s.exec(rest);
    if (m) token.fallback = m[1]!.trim();
    else token.extra = rest.trim();
  }
  return token;
}

/** `{name}}`: one opening brace where the close has two (a typo for `{{name}}`). */
function readHalfOpen(text: string, start: number): BrokenToken | undefined {
  if (text[start - 1] === '{' || text[start - 1] === '$' || text[start - 1] === '%') return undefined;
  HALF_OPEN.lastIndex = start;
  const m = HALF_OPEN.exec(text);
  if (!m) return undefined;
  return { kind: 'broken', problem: 'half-open', open: '{', start, end: start + m[0].length, name: m[1], fixStart: start, fixEnd: start + 1, fixText: '{{' };
}

function readForeign(text: string, start: number): ForeignToken | undefined {
  FOREIGN.lastIndex = start;
  const m = FOREIGN.exec(text);
  if (!m) return undefined;
  return { kind: 'foreign', start, end: start + m[0].length, style: text[start] === '%' ? '%{}' : '${}', name: m[1]! };
}

/** Splits on a separator outside single or double quotes, keeping each part's offset. */
export function splitOutside(s: string, sep: string): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  let quote = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quote) { if (ch === quote) quote = ''; continue; }
    if (ch === '"' || ch === "'") { quote = ch; continue; }
    if (ch === sep) { parts.push({ text: s.slice(from, i), start: from }); from = i + 1; }
  }
  parts.push({ text: s.slice(from), start: from });
  return parts;
}

/** Identifiers a tag reads (`if ticket.status == "open"` -> ticket.status), with offsets; keywords and literals skipped. */
export function tagNames(tag: TagToken): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  const args = tag.args;
  const re = /"[^"]*"|'[^']*'|[A-Za-z_][\w-]*(?:\.[A-Za-z_0-9][\w-]*|\[[^\]\n]{1,40}\])*/g;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = re.exec(args))) {
    const word = m[0];
    if (word[0] === '"' || word[0] === "'") continue;
    if (KEYWORDS.has(word)) continue;
    // `for item in list`: the loop variable is bound here, not read.
    if ((tag.tag === 'for' || tag.tag === 'tablerow') && k++ === 0) continue;
    if ((tag.tag === 'assign' || tag.tag === 'capture' || tag.tag === 'increment' || tag.tag === 'decrement') && m.index === 0) continue;
    out.push({ name: word, start: tag.argsStart + m.index, end: tag.argsStart + m.index + word.length });
  }
  return out;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'contains', 'in', 'true', 'false', 'nil', 'null', 'empty', 'blank', 'with', 'as', 'for',
  'reversed', 'limit', 'offset', 'cols', 'range', 'else']);

/** Names a Liquid template binds itself (assign, capture, for ... in, increment), which are never unknown. */
export function localNames(tokens: readonly TemplateToken[]): Set<string> {
  const out = new Set<string>(['forloop', 'tablerowloop']);
  for (const t of tokens) {
    if (t.kind !== 'tag') continue;
    const m = /^([A-Za-z_][\w-]*)/.exec(t.args);
    if (!m) continue;
    if (t.tag === 'assign' || t.tag === 'capture' || t.tag === 'increment' || t.tag === 'decrement' || t.tag === 'for' || t.tag === 'tablerow') out.add(m[1]!);
  }
  return out;
}
