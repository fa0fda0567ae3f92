// The visible text of HTML (a .html file, or the HTML body of a macro), with every character mapped
// back to its source: entities map to the entity's span, whitespace collapses as a browser shows it,
// block elements become line breaks, and a span that crosses a tag is known to be unsafe to rewrite.
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { compactMapped, MapBuilder, type MappedText } from './mapped.js';
import type { QuotedSpan } from '../types.js';

export { escapeHtml, looksLikeHtml } from './html-hint.js';

export interface HtmlComment {
  text: string;
  start: number;
  end: number;
}

export interface HtmlText {
  /** Offsets are into the HTML source. */
  mapped: MappedText;
  /** The <title> text, when there is one. */
  title?: string;
  comments: HtmlComment[];
  /**
   * True when a rewrite of text [start, end) is unsafe: it would also remove markup (a tag or comment
   * inside), or it touches text whose source the parser rearranged (positions there are approximate).
   */
  crossesMarkup(start: number, end: number): boolean;
  /** Set when the source ends inside a comment, tag or raw-text element, hiding the rest of the text. */
  unclosed?: { what: string; offset: number };
  /** <blockquote> text (an email's quoted message), in text offsets, with its nesting level. */
  quoted: QuotedSpan[];
}

const SKIPPED = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'iframe', 'object', 'svg', 'math']);
/** Elements that start a new paragraph (a blank line) in the text. */
const PARAGRAPH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'dl', 'table', 'pre', 'hr', 'section', 'article',
  'header', 'footer', 'aside', 'nav', 'main', 'figure', 'form', 'fieldset', 'address', 'details',
]);
/** Elements that start a new line. */
const LINE = new Set(['br', 'div', 'li', 'dt', 'dd', 'tr', 'caption', 'summary', 'figcaption', 'center', 'option', 'body']);
const CELL = new Set(['td', 'th']);

/** `document`: a whole .html file (head skipped); `fragment`: a body snippet from a macro field. */
export function htmlToText(source: string, mode: 'document' | 'fragment'): HtmlText {
  let unclosed: HtmlText['unclosed'];
  const onParseError = (e: { code: string }) => { unclosed ??= unclosedAt(source, e.code); };
  const root = mode === 'document'
    ? parse(source, { sourceCodeLocationInfo: true, onParseError })
    : parseFragment(source, { sourceCodeLocationInfo: true, onParseError });
  const walker = new TextWalker(source);
  walker.walk(root as T.ParentNode);
  const mapped = compactMapped(walker.finish());
  return {
    mapped,
    unclosed,
    quoted: walker.quoted.filter((q) => q.start < mapped.text.length).map((q) => ({ ...q, end: Math.min(q.end, mapped.text.length) })),
    title: walker.title,
    comments: walker.comments,
    crossesMarkup(start, end) {
      for (const [a, b] of walker.approximate) if (start < b && end > a) return true;
      for (let i = start + 1; i < end; i++) {
        const gapStart = mapped.ends.at(i)!;
        const gapEnd = mapped.starts.at(i)!;
        if (gapEnd > gapStart && source.slice(gapStart, gapEnd).includes('<')) return true;
      }
      return false;
    },
  };
}

/** What an end-of-file parse error left open, and where it was opened (the rest of the source is hidden by it). */
function unclosedAt(source: string, code: string): HtmlText['unclosed'] {
  if (code === 'eof-in-comment') return { what: 'comment "<!--"', offset: Math.max(0, source.lastIndexOf('<!--')) };
  if (code === 'eof-in-tag') return { what: 'tag', offset: unclosedTagStart(source) };
  if (code === 'eof-in-cdata') return { what: 'CDATA section', offset: Math.max(0, source.lastIndexOf('<![CDATA[')) };
  if (code === 'eof-in-doctype') return { what: 'DOCTYPE', offset: Math.max(0, source.search(/<!doctype/i)) };
  if (code === 'eof-in-element-that-can-contain-only-text' || code === 'eof-in-script-html-comment-like-text') {
    let last: RegExpExecArray | undefined;
    for (const m of source.matchAll(/<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext)\b/gi)) last = m as RegExpExecArray;
    return { what: last ? `<${last[1]!.toLowerCase()}> element` : 'element', offset: last?.index ?? 0 };
  }
  return undefined;
}

/** Start of the tag the source ends inside (quotes in attribute values can hold "<" and ">"). */
function unclosedTagStart(source: string): number {
  let tagStart = -1;
  let quote = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (tagStart < 0) {
      if (c !== '<') continue;
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i + 4);
        if (end < 0) return i;
        i = end + 2;
      } else if (/[A-Za-z/!?]/.test(source[i + 1] ?? '')) tagStart = i;
    } else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // quotes only open an attribute value right after "="
      if (/=\s*$/.test(source.slice(Math.max(tagStart, i - 20), i))) quote = c;
    } else if (c === '>') {
      tagStart = -1;
    }
  }
  return Math.max(0, tagStart);
}

class TextWalker {
  readonly out = new MapBuilder();
  readonly comments: HtmlComment[] = [];
  /** Text ranges whose source the parser rearranged (merged or moved text nodes). */
  readonly approximate: Array<[number, number]> = [];
  title?: string;
  readonly quoted: QuotedSpan[] = [];
  private pendingSpace = -1;
  private pre = 0;
  /** Where the open segment of each enclosing <blockquote> starts. */
  private readonly quoteStarts: number[] = [];

  constructor(private readonly source: string) {}

  walk(node: T.ParentNode): void {
    for (const child of node.childNodes) this.visit(child);
  }

  finish(): MappedText {
    this.out.trimEnd(/\s/);
    return this.out.finish(true, 0);
  }

  private visit(node: T.ChildNode): void {
    if (node.nodeName === '#text') return this.text(node as T.TextNode);
    if (node.nodeName === '#comment') {
      const c = node as T.CommentNode;
      const loc = c.sourceCodeLocation;
      if (loc) this.comments.push({ text: c.data, start: loc.startOffset, end: loc.endOffset });
      return;
    }
    if (!('tagName' in node)) return;
    const el = node as T.Element;
    const tag = el.tagName;
    if (tag === 'title') this.title ??= collapse(textContent(el)) || undefined;
    if (tag === 'head') for (const c of el.childNodes) if ('tagName' in c && c.tagName === 'title') this.visit(c);
    if (SKIPPED.has(tag) || isHidden(el)) return;
    const loc = el.sourceCodeLocation;
    const open = loc?.startOffset ?? -1;
    const close = loc?.endTag?.startOffset ?? loc?.endOffset ?? -1;
    const breaks = PARAGRAPH.has(tag) ? 2 : LINE.has(tag) ? 1 : 0;
    if (tag === 'br' && open >= 0) return this.lineBreak(open, Math.min(2, this.out.countTrailing('\n') + 1));
    if (breaks && open >= 0) this.lineBreak(open, breaks);
    else if (CELL.has(tag) && open >= 0 && this.out.size > 0) this.space(open);
    if (tag === 'pre' || tag === 'textarea') this.pre++;
    if (tag === 'blockquote') {
      // The quote is the customer's message: its text is recorded, a nested quote one level deeper
      // (the outer quote's text before and after it stays at the outer level).
      this.closeQuote();
      this.quoteStarts.push(this.out.size);
      this.walk(el);
      this.closeQuote();
      this.quoteStarts.pop();
      if (this.quoteStarts.length) this.quoteStarts[this.quoteStarts.length - 1] = this.out.size;
    } else this.walk(el);
    if (tag === 'pre' || tag === 'textarea') this.pre--;
    if (breaks && close >= 0) this.lineBreak(close, breaks);
  }

  private closeQuote(): void {
    const level = this.quoteStarts.length;
    if (level === 0) return;
    const start = this.quoteStarts[level - 1]!;
    if (this.out.size > start) this.quoted.push({ start, end: this.out.size, level });
  }

  private space(at: number): void {
    if (this.pendingSpace < 0 && !/\s/.test(this.out.lastChar())) this.pendingSpace = at;
  }

  /** Ends the current line (or paragraph): trailing spaces go, at most `count` newlines in a row. */
  private lineBreak(at: number, count: number): void {
    this.pendingSpace = -1;
    if (this.out.size === 0) return;
    this.out.trimEnd(/[ \t]/);
    for (let i = this.out.countTrailing('\n'); i < count; i++) this.out.push('\n', at, at);
  }

  private text(node: T.TextNode): void {
    const loc = node.sourceCodeLocation;
    const value = node.value;
    const pieces = loc ? alignText(this.source, loc.startOffset, loc.endOffset, value) : null;
    if (!pieces) {
      // The source does not spell the value out (text the parser merged or moved): keep the words
      // for the rules, but not for fixes.
      const from = this.out.size;
      const at = loc?.startOffset ?? 0;
      this.emit(value, at, loc?.endOffset ?? at);
      this.approximate.push([from, this.out.size]);
      return;
    }
    for (const [chars, s, e] of pieces) this.emit(chars, s, e);
  }

  private emit(chars: string, s: number, e: number): void {
    if (this.pre > 0) {
      this.flushSpace();
      this.out.push(chars, s, e);
      return;
    }
    if (/^[ \t\n\r\f]+$/.test(chars)) {
      const last = this.out.lastChar();
      if (this.out.size > 0 && last !== '\n' && last !== ' ' && this.pendingSpace < 0) this.pendingSpace = s;
      return;
    }
    this.flushSpace();
    this.out.push(chars, s, e);
  }

  private flushSpace(): void {
    if (this.pendingSpace >= 0) {
      const at = this.pendingSpace;
      this.pendingSpace = -1;
      const isWs = /\s/.test(this.source[at] ?? '');
      this.out.push(' ', at, isWs ? at + 1 : at);
    }
  }
}

function isHidden(el: T.Element): boolean {
  for (const a of el.attrs) {
    if (a.name === 'hidden') return true;
    if (a.name === 'aria-hidden' && a.value === 'true') return true;
    if (a.name === 'style' && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(a.value)) return true;
  }
  return false;
}

function textContent(node: T.ParentNode): string {
  let s = '';
  for (const c of node.childNodes) {
    if (c.nodeName === '#text') s += (c as T.TextNode).value;
    else if ('childNodes' in c) s += textContent(c as T.ParentNode);
  }
  return s;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

type Piece = [chars: string, start: number, end: number];

const ENTITY = /&(?:#[xX][0-9a-fA-F]*;?|#[0-9]*;?|[A-Za-z][A-Za-z0-9]*;?)/y;

/**
 * Splits source [start, end) into pieces that decode to `value`: plain characters map to themselves,
 * character references to their span, CR LF to one newline. null when the source doesn't spell the value.
 */
export function alignText(source: string, start: number, end: number, value: string): Piece[] | null {
  const pieces: Piece[] = [];
  let i = start;
  let j = 0;
  while (i < end && j < value.length) {
    const c = source[i]!;
    if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(source);
      if (m && m[0].length > 1 && i + m[0].length <= end) {
        const ref = decodeReference(m[0]);
        if (ref.rawLength > 1 && value.startsWith(ref.text, j)) {
          pieces.push([ref.text, i, i + ref.rawLength]);
          i += ref.rawLength;
          j += ref.text.length;
          continue;
        }
      }
    }
    if (c === '\r') {
      if (value[j] !== '\n') return null;
      const len = source[i + 1] === '\n' ? 2 : 1;
      pieces.push(['\n', i, i + len]);
      i += len;
      j++;
      continue;
    }
    if (value[j] !== c) return null;
    pieces.push([c, i, i + 1]);
    i++;
    j++;
  }
  return j === value.length && i === end ? pieces : null;
}

const references = new Map<string, { text: string; rawLength: number }>();

/**
 * How a character reference candidate ("&amp;", "&notit;", "&#8217;") decodes in text, by asking
 * parse5: the decoded text and how many source characters it used (the rest is literal).
 */
function decodeReference(raw: string): { text: string; rawLength: number } {
  let known = references.get(raw);
  if (known) return known;
  const frag = parseFragment(raw);
  const first = frag.childNodes[0];
  const decoded = first && first.nodeName === '#text' ? (first as T.TextNode).value : raw;
  // The longest literal tail shared by raw and decoded, leaving at least one decoded character.
  let tail = 0;
  const max = Math.min(decoded.length - 1, raw.length - 1);
  for (let k = max; k > 0; k--) {
    if (raw.endsWith(decoded.slice(decoded.length - k))) { tail = k; break; }
  }
  known = { text: decoded.slice(0, decoded.length - tail), rawLength: raw.length - tail };
  references.set(raw, known);
  return known;
}
