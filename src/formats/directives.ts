// Inline directives: complaintlint-disable / -enable / -disable-line / -disable-next-line, with an optional
// "-- reason". A comment that opens with another complaintlint-WORD is an unknown directive (a typo that
// would otherwise silently disable nothing): it is reported.
// They are found by the extractors (in whatever comment form the format has) and applied by the engine
// (engine/suppress.ts), in file coordinates, after the rules ran: rules never know about them.

export type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'unknown';

export interface Directive {
  type: DirectiveType;
  /** Rule IDs; empty means all rules. For an unknown directive: its name ("complaintlint-ignore"). */
  rules: string[];
  reason: string;
  /** File offsets of the whole comment. */
  start: number;
  end: number;
}

const BODY = /complaintlint-(disable-next-line|disable-line|disable|enable)(?![\w-])([^\n]*)/;
const OTHER = /^\s*(?:<!--|#|\/\/|\{#)?\s*(complaintlint-[\w-]+)/;

/** Parses the text inside a comment; undefined when it isn't a directive. */
export function parseDirective(comment: string, start: number, end: number): Directive | undefined {
  const m = BODY.exec(comment);
  if (!m) {
    const other = OTHER.exec(comment);
    return other ? { type: 'unknown', rules: [other[1]!], reason: '', start, end } : undefined;
  }
  let rest = m[2]!.replace(/-->\s*$/, '').replace(/#}\s*$/, '').replace(/\*\/\s*$/, '');
  let reason = '';
  const dash = rest.indexOf('--');
  if (dash >= 0) {
    reason = rest.slice(dash + 2).trim();
    rest = rest.slice(0, dash);
  }
  const rules = rest.split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
  return { type: m[1] as DirectiveType, rules, reason, start, end };
}

/**
 * Directives in plain text: a line holding only a directive (optionally wrapped in <!-- -->, #, //), or an
 * HTML comment ending a line ("Thanks!! <!-- complaintlint-disable-line heated-tone -->"). Returns the
 * directives and the text with them blanked (same length), so rules don't read them.
 */
export function extractLineDirectives(text: string, base = 0): { directives: Directive[]; text: string } {
  const directives: Directive[] = [];
  if (!text.includes('complaintlint-')) return { directives, text };
  const re = /^[ \t]*(?:<!--|#|\/\/|\{#)?[ \t]*complaintlint-[a-z][\w-]*[^\r\n]*$|<!--[ \t]*complaintlint-[a-z][\w-]*[^\r\n]*?-->[ \t]*$/gm;
  // Built from parts: re-slicing the whole text per directive is quadratic on big files.
  const parts: string[] = [];
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const d = parseDirective(m[0], base + m.index, base + m.index + m[0].length);
    if (!d) continue;
    directives.push(d);
    parts.push(text.slice(at, m.index), m[0].replace(/[^\r]/g, ' '));
    at = m.index + m[0].length;
  }
  if (parts.length === 0) return { directives, text };
  parts.push(text.slice(at));
  return { directives, text: parts.join('') };
}
