// .md files: one reply, or several under `##` headings (or between `---` lines), with code blocks,
// front matter, HTML comments and Markdown markup masked by spaces so offsets stay the file's own.
// Front matter may set kind and channel; <!-- --> comments carry directives.
import { parseDirective, type Directive } from './directives.js';
import { CHANNELS, KINDS, type Channel, type ReplyKind } from '../types.js';
import { scanMarkdown, type Block, type ScannedMarkdown } from './markdown-blocks.js';
import { maskInline } from './markdown-inline.js';
import type { ExtractedReply, Extraction, ExtractOptions } from './types.js';
import type { QuotedSpan, ThreadInput, Turn } from '../types.js';
import { quoteLevel } from './quote-markers.js';

/** Section headings that mark a conversation: the customer's message, and our reply to it. */
const CUSTOMER_HEADING = /^(?:the\s+)?customer(?:'s|’s)?(?:\s+(?:message|email|says|wrote|writes|question|turn))?\b|^(?:from\s+the\s+customer|inbound|incoming)\b/i;
const REPLY_HEADING = /^(?:our\s+)?(?:reply|response|answer|draft|agent(?:'s|’s)?(?:\s+(?:reply|response))?)\b/i;

/** Info strings of a fenced block that holds a reply to copy (saved-replies files), not code. */
const TEXT_FENCES = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'markdown', 'md']);

interface Section {
  /** A reply, or introductory text before the first reply heading (not linted). */
  reply: boolean;
  title?: string;
  blocks: number[];
}

export function extractMarkdown(text: string, _options?: ExtractOptions): Extraction {
  const scan = scanMarkdown(text);
  const masked = new Mask(text);
  const notices: string[] = [];
  const fm = scan.frontMatter;
  const sections = sectionize(scan);
  const single = sections.length === 1;

  // Sections that are one plain fenced block hold the reply to copy (saved-replies files): read it.
  const fences = new Map<Section, Block[]>();
  for (const section of sections) {
    const fenced = section.reply ? replyFence(section.blocks.map((i) => scan.blocks[i]!)) : undefined;
    if (fenced) fences.set(section, fenced);
  }
  const readAsText = new Set([...fences.values()].flat());

  // Block-level masking: everything that is not reply text.
  scan.blocks.forEach((b) => {
    const { start, end } = b.line;
    if (readAsText.has(b)) return maskInline(text, start, end, masked);
    switch (b.type) {
      case 'text': return maskInline(text, start, end, masked);
      case 'heading': return maskHeading(text, b, masked);
      case 'blank': return;
      default: masked.blank(start, end);
    }
  });
  for (const c of scan.comments) masked.blank(c.start, c.end);

  // A conversation file: "## Customer" sections are the customer's side, not replies. Each reply
  // answers the customer sections right before it; everything earlier is its history.
  const thread = sections.some((sec) => sec.title !== undefined && CUSTOMER_HEADING.test(sec.title));
  const turns: Turn[] = [];
  const sectionText = (sec: Section) => {
    const blocks = sec.blocks.map((i) => scan.blocks[i]!).filter((b) => b.type !== 'blank' && b.type !== 'front-matter');
    return blocks.length ? masked.slice(blocks[0]!.line.start, blocks[blocks.length - 1]!.line.end).replace(/[ \t]+$/gm, '').trim() : '';
  };
  const fmCustomer = fm?.values.customer?.trim();
  const chosen: Array<{ title?: string; start: number; end: number; context?: ThreadInput }> = [];
  for (const section of sections) {
    if (thread && section.title !== undefined && CUSTOMER_HEADING.test(section.title)) {
      const said = sectionText(section);
      if (said) turns.push({ from: 'customer', text: said });
      continue;
    }
    if (!section.reply) continue;
    let blocks = section.blocks.map((i) => scan.blocks[i]!);
    let title = section.title;
    if (single && !title) {
      title = fm?.values.title;
      // A single reply that opens with a heading: the heading is its title.
      const firstContent = blocks.find((b) => b.type !== 'blank' && b.type !== 'comment' && b.type !== 'front-matter');
      if (firstContent?.type === 'heading' && !title) {
        title = firstContent.title;
        masked.blank(firstContent.line.start, firstContent.line.end);
        blocks = blocks.filter((b) => b !== firstContent);
      }
    }
    const fenced = fences.get(section);
    if (fenced) blocks = fenced;
    const content = blocks.filter((b) => b.type !== 'blank' && b.type !== 'front-matter');
    const hasProse = blocks.some((b) => b.type === 'text' || (fenced !== undefined && b.type === 'code'));
    if (!content.length || (!hasProse && !single)) continue;
    const entry: (typeof chosen)[number] = { title, start: content[0]!.line.start, end: content[content.length - 1]!.line.end };
    if (thread) {
      entry.context = threadBefore(turns);
      if (title && REPLY_HEADING.test(title) && turns.length) entry.title = undefined;
      turns.push({ from: 'agent', text: sectionText(section) });
    } else if (fmCustomer) entry.context = { customer: fmCustomer };
    const name = fm?.values.customer_name?.trim();
    if (entry.context && name) entry.context.customerName = name;
    chosen.push(entry);
  }
  const maskedText = masked.slice(0, text.length);
  // A deletion between two pieces of markup ("**Please be advised that**") would leave empty markup.
  const isMarkup = (i: number) => i >= 0 && i < text.length && maskedText[i] !== text[i] && /[*_~`]/.test(text[i]!);
  const hollows = (s: number, e: number) => {
    while (s > 0 && maskedText[s - 1] === ' ' && text[s - 1] === ' ') s--;
    while (e < text.length && text[e] === ' ') e++;
    return isMarkup(s - 1) && isMarkup(e);
  };
  const quotes = blockquotes(text, scan);
  const replies: ExtractedReply[] = chosen.map(({ title, start, end, context }) => {
    const quoted = quotes.filter((q) => q.start >= start && q.end <= end).map((q) => ({ start: q.start - start, end: q.end - start, level: q.level }));
    const reply: ExtractedReply = {
      text: maskedText.slice(start, end),
      base: start,
      // Markup inside a span (emphasis, links, code) would be lost by a rewrite: only plain spans are fixable.
      encode: (replacement, s, e) => (maskedText.slice(start + s, start + e) === text.slice(start + s, start + e) && !(replacement === '' && hollows(start + s, start + e)) ? escapeMarkdown(replacement) : null),
    };
    if (title) reply.title = title;
    if (quoted.length) reply.quoted = quoted;
    if (context) reply.context = context;
    return reply;
  });
  if (replies.length === 0 && single) replies.push({ text: maskedText, base: 0, encode: () => null });

  const directives: Directive[] = [];
  for (const c of scan.comments) {
    if (!c.body.includes('complaintlint-')) continue;
    const d = parseDirective(c.body, c.start, c.end);
    if (d) directives.push(d);
  }
  const extraction: Extraction = { replies, directives };
  const kind = fm?.values.kind;
  const channel = fm?.values.channel;
  if (kind) {
    if ((KINDS as readonly string[]).includes(kind)) extraction.kind = kind as ReplyKind;
    else notices.push(`front matter kind "${kind}" is not one of ${KINDS.join(', ')}; ignored`);
  }
  if (channel) {
    if ((CHANNELS as readonly string[]).includes(channel)) extraction.channel = channel as Channel;
    else notices.push(`front matter channel "${channel}" is not one of ${CHANNELS.join(', ')}; ignored`);
  }
  if (notices.length) extraction.notices = notices;
  return extraction;
}

/**
 * Splits the file into replies: at `##` headings when there are two or more (else at `#` headings
 * when there are two or more), and at separator lines. Text before the first reply heading, and
 * under a higher-level heading, introduces the file and is not a reply.
 */
function sectionize(scan: ScannedMarkdown): Section[] {
  const headings = (level: number) => scan.blocks.filter((b) => b.type === 'heading' && b.level === level).length;
  const level = headings(2) >= 2 ? 2 : headings(1) >= 2 ? 1 : 0;
  const isBoundary = (b: Block) => b.type === 'separator' || (level > 0 && b.type === 'heading' && b.level! <= level);
  const firstBoundary = scan.blocks.find(isBoundary);
  const sections: Section[] = [{ reply: !firstBoundary || firstBoundary.type === 'separator', blocks: [] }];
  scan.blocks.forEach((b, i) => {
    if (b.type === 'front-matter') return;
    if (!isBoundary(b)) {
      sections[sections.length - 1]!.blocks.push(i);
      return;
    }
    if (b.type === 'separator') sections.push({ reply: true, title: b.title, blocks: [] });
    else sections.push({ reply: b.level === level, title: b.title, blocks: [] });
  });
  return sections;
}

/** The code lines of a section that holds nothing but one plain fenced block. */
function replyFence(blocks: Block[]): Block[] | undefined {
  const content = blocks.filter((b) => b.type !== 'blank' && b.type !== 'comment');
  const open = content[0];
  const close = content[content.length - 1];
  if (!open || open.type !== 'fence-open' || !TEXT_FENCES.has(open.info!.toLowerCase())) return undefined;
  if (!close || close.type !== 'fence-close' || content.length < 3) return undefined;
  const inner = content.slice(1, -1);
  if (!inner.every((b) => b.type === 'code')) return undefined;
  const from = blocks.indexOf(open) + 1;
  const to = blocks.indexOf(close);
  return blocks.slice(from, to);
}

function maskHeading(text: string, b: Block, masked: Mask): void {
  masked.blank(b.line.start, b.titleStart!);
  masked.blank(b.titleEnd!, b.line.end);
  maskInline(text, b.titleStart!, b.titleEnd!, masked);
}

/** The context of a reply in a conversation file: the customer's turns since our last reply, and the turns before. */
function threadBefore(turns: readonly Turn[]): ThreadInput | undefined {
  let k = turns.length;
  while (k > 0 && turns[k - 1]!.from === 'customer') k--;
  const customer = turns.slice(k).map((t) => t.text).join('\n\n');
  if (!customer) return undefined;
  const context: ThreadInput = { customer };
  if (k > 0) context.earlier = turns.slice(0, k).map((t) => ({ ...t }));
  return context;
}

/**
 * Blockquote lines ("> ..."), with their nesting level, in file offsets: quoted text is the customer's
 * (their markers are masked, so the engine cannot see them). A line right under a quoted line that
 * continues its paragraph without a marker (a lazy continuation) is quoted too.
 */
function blockquotes(text: string, scan: ScannedMarkdown): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open: QuotedSpan | undefined;
  for (const b of scan.blocks) {
    if (b.type !== 'text') { open = undefined; continue; }
    const raw = text.slice(b.line.start, b.line.end);
    const level = quoteLevel(raw);
    if (level === 0) {
      if (open && /\S/.test(raw)) open.end = b.line.end;
      else open = undefined;
      continue;
    }
    if (open && open.level === level) open.end = b.line.end;
    else {
      open = { start: b.line.start, end: b.line.end, level };
      out.push(open);
    }
    // "> " alone (an empty quoted line) ends the paragraph but not the quote.
  }
  return out;
}

/** Backslash-escapes characters that would turn replacement text into Markdown markup. */
function escapeMarkdown(text: string): string {
  // An "_" between letters or digits never starts emphasis (CommonMark): "first_name" stays as it is.
  return text.replace(/[\\`*<>[\]]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&');
}

/** The file text with markup replaced, character for character (same length, line breaks kept). */
export class Mask {
  private readonly codes: Uint16Array;
  constructor(text: string) {
    this.codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) this.codes[i] = text.charCodeAt(i);
  }
  /** Spaces over [start, end), keeping line breaks. */
  blank(start: number, end: number): void {
    for (let i = start; i < end; i++) if (this.codes[i] !== 10 && this.codes[i] !== 13) this.codes[i] = 32;
  }
  /** A word-like stand-in ("Nxxxx") over [start, end), for inline code that reads as a name in the sentence. */
  word(start: number, end: number): void {
    for (let i = start; i < end; i++) this.codes[i] = i === start ? 78 : 120;
  }
  set(at: number, ch: string): void {
    this.codes[at] = ch.charCodeAt(0);
  }
  slice(start: number, end: number): string {
    let out = '';
    for (let i = start; i < end; i += 8192) out += String.fromCharCode(...this.codes.subarray(i, Math.min(end, i + 8192)));
    return out;
  }
}
