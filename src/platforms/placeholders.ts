// Template placeholders ({{ticket.requester.first_name}}, {%...%}, %{ticket.number}, [Customer Name], <PROJECT NAME>).
// They are masked before any rule runs, with text of the same length, so positions never shift.
import type { Placeholder } from '../types.js';

export const DEFAULT_PLACEHOLDERS = ['{{...}}', '{%...%}', '%{...}', '[...]', '{#...#}', '<...>'];

export interface PlaceholderPattern {
  source: string;
  regex: RegExp;
  /** Logic tags ({% if %}) are not words in the sentence; value tags read as a name. */
  asWord: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface CompileOptions {
  /** `{%...%}` holds values, not logic (Help Scout's `{%customer.firstName%}`): mask it as a name. */
  valueTags?: boolean;
}

/** Compiles "open...close" specs; the config validator reports specs without "...". */
export function compilePlaceholders(specs: readonly string[], options: CompileOptions = {}): PlaceholderPattern[] {
  return specs.map((source) => {
    const at = source.indexOf('...');
    if (at <= 0 || at + 3 >= source.length) throw new Error(`placeholder "${source}" must look like OPEN...CLOSE, e.g. "{{...}}"`);
    const open = source.slice(0, at);
    const close = source.slice(at + 3);
    // Square brackets are also Markdown links and ordinary prose: only [Words Like This] or [ALL_CAPS] count.
    // Angle brackets are also HTML: only <ALL_CAPS WORDS> count, and never a tag name (<BR>, <DIV>).
    const body = open === '['
      ? "[A-Za-z][A-Za-z0-9 _.'’/-]{0,60}"
      : open === '<' && close === '>'
        ? '[A-Z][A-Z0-9_]*(?: [A-Z0-9_]+){0,5}'
        : `(?:(?!${escape(close)})[^\\n]){1,200}?`;
    const tail = open === '[' ? '(?!\\()' : '';
    const asWord = !open.includes('%') || open === '%{' || (options.valueTags === true && open === '{%');
    return { source, regex: new RegExp(`${escape(open)}${body}${escape(close)}${tail}`, 'g'), asWord };
  });
}

export function findPlaceholders(text: string, patterns: readonly PlaceholderPattern[]): Placeholder[] {
  const found: Placeholder[] = [];
  for (const p of patterns) {
    p.regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.regex.exec(text))) {
      if (p.source === '[...]' && !looksLikeBracketPlaceholder(m[0])) continue;
      if (p.source === '<...>' && !looksLikeAnglePlaceholder(m[0])) continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop nested or overlapping matches: the outermost, earliest placeholder wins.
  const out: Placeholder[] = [];
  for (const ph of found) {
    const last = out[out.length - 1];
    if (last && ph.start < last.end) continue;
    out.push(ph);
  }
  return out;
}

function looksLikeBracketPlaceholder(s: string): boolean {
  const inner = s.slice(1, -1).trim();
  // [Customer Name], [agent name], [ORDER_ID], [first name]: two or more words, or one capitalized word / CONSTANT.
  if (/^[A-Z][A-Z0-9_]+$/.test(inner)) return true;
  if (/^[A-Za-z]+(?:[ _][A-Za-z]+){1,4}$/.test(inner)) return true;
  return /^[A-Z][a-z]+$/.test(inner);
}

const HTML_TAGS = new Set(('A ABBR ADDRESS AREA ARTICLE ASIDE AUDIO B BASE BDI BDO BIG BLOCKQUOTE BODY BR BUTTON CANVAS CAPTION ' +
  'CENTER CITE CODE COL COLGROUP DATA DATALIST DD DEL DETAILS DFN DIALOG DIV DL DT EM EMBED FIELDSET FIGCAPTION FIGURE FONT ' +
  'FOOTER FORM FRAME FRAMESET H1 H2 H3 H4 H5 H6 HEAD HEADER HGROUP HR HTML I IFRAME IMG INPUT INS KBD LABEL LEGEND LI LINK ' +
  'MAIN MAP MARK MENU META METER NAV NOBR NOSCRIPT OBJECT OL OPTGROUP OPTION OUTPUT P PARAM PICTURE PRE PROGRESS Q RP RT RUBY ' +
  'S SAMP SCRIPT SEARCH SECTION SELECT SLOT SMALL SOURCE SPAN STRIKE STRONG STYLE SUB SUMMARY SUP SVG TABLE TBODY TD TEMPLATE ' +
  'TEXTAREA TFOOT TH THEAD TIME TITLE TR TRACK TT U UL VAR VIDEO WBR XML DOCTYPE').split(' '));

function looksLikeAnglePlaceholder(s: string): boolean {
  const inner = s.slice(1, -1);
  // <PROJECT NAME>, <ISSUE_NUMBER>, <ORDER ID>: several words, an underscore, or one word that is not an HTML tag.
  if (/[ _]/.test(inner)) return !HTML_TAGS.has(inner.split(/[ _]/)[0]!) || /_/.test(inner);
  return inner.length >= 2 && !HTML_TAGS.has(inner);
}

const compiled = new Map<string, PlaceholderPattern[]>();

/**
 * One compiled pattern set per (placeholder specs, platform) pair, shared by every file that uses it. A
 * platform changes the set only where its syntax differs (Help Scout's `{%name%}` is a value).
 */
export function placeholderPatternsFor(specs: readonly string[], platform: string | undefined): PlaceholderPattern[] {
  const valueTags = platform === 'helpscout';
  const key = `${valueTags ? 1 : 0}\0${specs.join('\0')}`;
  let set = compiled.get(key);
  if (!set) {
    set = compilePlaceholders(specs, { valueTags });
    if (compiled.size > 32) compiled.clear();
    compiled.set(key, set);
  }
  return set;
}

/** Replaces each placeholder with a same-length mask: a capitalised pseudo-name, or blanks for logic tags. */
export function maskPlaceholders(text: string, placeholders: readonly Placeholder[], patterns: readonly PlaceholderPattern[]): string {
  if (placeholders.length === 0) return text;
  let out = '';
  let at = 0;
  for (const ph of placeholders) {
    out += text.slice(at, ph.start);
    const logic = patterns.some((p) => !p.asWord && ph.text.startsWith(p.source.slice(0, p.source.indexOf('...'))));
    const len = ph.end - ph.start;
    out += logic ? ' '.repeat(len) : 'N' + 'x'.repeat(Math.max(0, len - 1));
    at = ph.end;
  }
  return out + text.slice(at);
}
