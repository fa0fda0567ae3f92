// Quoted text in a reply: the customer's email quoted back ("> " lines), the history under a reply
// header ("On Mon, Maria wrote:", "-----Original Message-----", Outlook's "From: ... Sent: ..."), and
// blockquotes the Markdown and HTML extractors found. It is the customer's, not the reply: rules never
// see it (prepare masks it, same length) and it becomes the reply's context. One pass over the lines.
import type { QuotedSpan, ThreadInput, Turn } from '../types.js';
import { MARKERS, quoteLevel } from '../formats/quote-markers.js';

interface Line {
  start: number;
  end: number;
}

/** Header fields of a quoted message (Outlook, Apple Mail, forwarded mail). */
const FIELD = /^[ \t]*\*{0,2}(?:From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|De|Envoyé|Objet|Von|Gesendet|Betreff|Enviado|Asunto)\*{0,2}[ \t]*:/i;
const FROM_FIELD = /^[ \t]*\*{0,2}(?:From|De|Von)\*{0,2}[ \t]*:[ \t]*\S/i;
const SENT_FIELD = /^[ \t]*\*{0,2}(?:Sent|Date|Envoyé|Gesendet|Enviado)\*{0,2}[ \t]*:[ \t]*\S/i;
const SEPARATOR = /^[ \t]*(?:-{2,}[ \t]*(?:Original Message|Forwarded message|Message d'origine|Ursprüngliche Nachricht|Mensaje original)[ \t]*-{2,}|_{10,}|-{10,})[ \t]*$/i;
const ORIGINAL = /Original Message|Forwarded message|Message d'origine|Ursprüngliche Nachricht|Mensaje original/i;
/** "On <date>, <name> wrote:" and common localized forms, on one line (at most 300 characters). */
const WROTE = /^[ \t]*(?:On|Le|Am|El|Il|Op|Em)\b.{0,280}(?:\bwrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu)[^:\n]{0,80}:[ \t]*$/i;
const WROTE_START = /^[ \t]*(?:On|Le|Am|El|Il|Op|Em)\b/i;
const WROTE_END = /(?:\bwrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu)[^:\n]{0,80}:[ \t]*$/i;
const MAX_HEADER_LINE = 300;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      lines.push({ start, end });
      start = i + 1;
    }
  }
  return lines;
}

/** First characters a reply header can start with (On/Le/Am/El/Il/Op/Em, From/De/Von, dashes, underscores, "**"). */
const HEADER_START = 'OLAEIFDV-_*oleifdv';

/** The first non-blank character of a line, after at most 3 spaces or tabs for "> " ('' for a blank line). */
function firstChar(text: string, line: Line): string {
  let i = line.start;
  while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= line.end) return '';
  return text[i] === '>' && i - line.start > 3 ? ' ' : text[i]!;
}

/**
 * Quoted spans of a reply text. `known`: spans an extractor already found (Markdown/HTML blockquotes,
 * whose markers are gone from the text); they count as quoted lines after a header and are kept.
 */
export function findQuotedSpans(text: string, given: readonly QuotedSpan[] = []): QuotedSpan[] {
  const known = given.length > 1 ? [...given].sort((a, b) => a.start - b.start) : given;
  // Most replies quote nothing: skip the line scan when no marker or header word appears at all.
  if (known.length === 0 && !/^[ \t]*>|wrote|écrit|schrieb|escribió|scritto|schreef|escreveu|-{2,}|_{10,}|^[ \t]*\*{0,2}(?:From|De|Von)\*{0,2}[ \t]*:/im.test(text)) return [];
  const lines = splitLines(text);
  const spans: QuotedSpan[] = [...known];
  let k = 0; // next known span to look at (known spans are sorted)
  const inKnown = (line: Line): boolean => {
    while (k < known.length && known[k]!.end <= line.start) k++;
    return k < known.length && known[k]!.start <= line.start && line.start < known[k]!.end;
  };
  const slice = (l: Line) => text.slice(l.start, l.end);
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inKnown(line)) { seenContent = true; continue; }
    // Most lines are neither quoted nor a header: their first character says so without a regex.
    const first = firstChar(text, line);
    if (first === '>') {
      pushSpan(spans, { start: line.start, end: line.end, level: quoteLevel(slice(line)) });
      continue;
    }
    const header = HEADER_START.includes(first) ? headerLength(lines, i, slice, seenContent) : 0;
    if (header === 0) {
      if (first !== '') seenContent = true;
      // A run of "Field: value" lines that is not a header is looked at once, not once per line.
      if (first === 'F' || first === 'f' || first === '*') while (i + 1 < lines.length && FIELD.test(slice(lines[i + 1]!))) i++;
      continue;
    }
    const last = lines[i + header - 1]!;
    spans.push({ start: line.start, end: last.end, level: 0 });
    let j = i + header;
    while (j < lines.length && !/\S/.test(slice(lines[j]!))) j++;
    if (j >= lines.length) break;
    // "> "-quoted history (or a blockquote) follows: the lines stay as they are, and text between the
    // quoted lines is the agent's inline answer. Anything else: the rest of the text is the history.
    if (quoteLevel(slice(lines[j]!)) > 0 || inKnown(lines[j]!)) { i = j - 1; continue; }
    historyFrom(lines, j, slice, spans);
    break;
  }
  spans.sort((a, b) => a.start - b.start || a.level - b.level);
  return spans;
}

/** Merges a quoted line into the previous span when it continues it at the same level. */
function pushSpan(spans: QuotedSpan[], span: QuotedSpan): void {
  const prev = spans[spans.length - 1];
  if (prev && prev.level === span.level && prev.end + 2 >= span.start && prev.end <= span.start) {
    prev.end = span.end;
    return;
  }
  spans.push(span);
}

/** Unmarked history after a header: level 1 up to the next header, then one level deeper per header. */
function historyFrom(lines: Line[], from: number, slice: (l: Line) => string, spans: QuotedSpan[]): void {
  let level = 1;
  let blockStart = -1;
  let blockEnd = -1;
  for (let i = from; i < lines.length; i++) {
    const header = headerLength(lines, i, slice, true);
    if (header > 0) {
      if (blockStart >= 0) {
        spans.push({ start: blockStart, end: blockEnd, level });
        blockStart = -1;
        level++;
      }
      spans.push({ start: lines[i]!.start, end: lines[i + header - 1]!.end, level: 0 });
      i += header - 1;
      continue;
    }
    const line = lines[i]!;
    if (!/\S/.test(slice(line))) continue;
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
  }
  if (blockStart >= 0) spans.push({ start: blockStart, end: blockEnd, level });
}

/** Number of lines a reply header takes at line i (0: none). */
function headerLength(lines: Line[], i: number, slice: (l: Line) => string, afterContent: boolean): number {
  const raw = slice(lines[i]!);
  if (raw.length > MAX_HEADER_LINE) return 0;
  if (WROTE.test(raw)) return 1;
  if (WROTE_START.test(raw) && !/[.!?]\s*$/.test(raw) && i + 1 < lines.length) {
    const next = slice(lines[i + 1]!);
    if (next.length <= MAX_HEADER_LINE && WROTE_END.test(next) && !WROTE_START.test(next)) return 2;
  }
  if (SEPARATOR.test(raw)) {
    // "-----Original Message-----" is a header on its own; a rule of dashes or underscores only when
    // header fields follow it (Outlook's line above "From:").
    let n = 1;
    while (i + n < lines.length && FIELD.test(slice(lines[i + n]!)) && n < 12) n++;
    if (ORIGINAL.test(raw) || (n > 1 && fieldsFormHeader(lines, i + 1, i + n, slice))) return n;
    return 0;
  }
  // Outlook: "From: ..." with "Sent:" or "Date:" among the next field lines. Not at the very top: a
  // letter-style macro may open with its own From/Date lines.
  if (afterContent && FROM_FIELD.test(raw)) {
    let n = 1;
    while (i + n < lines.length && FIELD.test(slice(lines[i + n]!)) && n < 12) n++;
    if (fieldsFormHeader(lines, i, i + n, slice)) return n;
  }
  return 0;
}

function fieldsFormHeader(lines: Line[], from: number, to: number, slice: (l: Line) => string): boolean {
  let hasFrom = false;
  let hasSent = false;
  for (let i = from; i < to; i++) {
    const raw = slice(lines[i]!);
    if (FROM_FIELD.test(raw)) hasFrom = true;
    else if (SENT_FIELD.test(raw)) hasSent = true;
  }
  return hasFrom && hasSent;
}

/** The text with every quoted span blanked (line breaks kept), so offsets stay the same. */
export function maskQuoted(text: string, spans: readonly QuotedSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    out += text.slice(at, from) + text.slice(from, s.end).replace(/[^\r\n]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * The conversation the quoted text holds: the level-1 quote is the customer's message; deeper levels
 * alternate between our earlier reply (2) and the customer's earlier message (3) ... The first header
 * names the customer ("On Mon, Maria Lopez <maria@example.com> wrote:").
 */
export function quotedThread(source: string, spans: readonly QuotedSpan[]): ThreadInput | undefined {
  const byLevel = new Map<number, string[]>();
  let customerName: string | undefined;
  for (const s of spans) {
    const text = source.slice(s.start, s.end);
    if (s.level === 0) {
      customerName ??= headerName(text);
      continue;
    }
    // Header lines quoted inside the quote ("> On Sun, we wrote:") introduce the older message.
    const lines = text.split(/\r?\n/).map((l) => l.replace(MARKERS, '')).filter((l) => !WROTE.test(l));
    const list = byLevel.get(s.level) ?? [];
    list.push(lines.join('\n'));
    byLevel.set(s.level, list);
  }
  const customer = (byLevel.get(1) ?? []).join('\n').trim();
  if (!customer) return undefined;
  const earlier: Turn[] = [...byLevel.keys()]
    .filter((l) => l > 1)
    .sort((a, b) => b - a)
    .map((l) => ({ from: l % 2 === 0 ? 'agent' : 'customer', text: byLevel.get(l)!.join('\n').trim() } as Turn))
    .filter((t) => t.text);
  const thread: ThreadInput = { customer };
  if (earlier.length) thread.earlier = earlier;
  if (customerName) thread.customerName = customerName;
  return thread;
}

const DATE_WORD = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|am|pm|at|on|utc|gmt|bst|est|pst|cet|the|of|um|le|am|el|il|op|em)$/i;

/** The sender's name in a reply header, when it has one ("On Mon, 3 Jun 2024 at 10:02, Maria Lopez <m@x.com> wrote:"). */
export function headerName(header: string): string | undefined {
  let who: string | undefined;
  const from = /^[ \t]*\*{0,2}(?:From|De|Von)\*{0,2}[ \t]*:[ \t]*([^<\n]*?)[ \t]*(?:<|\[mailto:|\r?$)/im.exec(header);
  if (from) who = from[1];
  else {
    const flat = header.replace(/\s+/g, ' ').trim();
    const wrote = /^(.*?)\s*(?:<[^>]*>\s*)?(?:\(?[\w.+-]+@[\w-]+\.[\w.]+\)?\s*)?(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu)\b/i.exec(flat);
    if (!wrote) return undefined;
    // The name is the run of capitalised words at the end, after the date and time.
    const words = wrote[1]!.split(/[\s,]+/).filter(Boolean);
    const name: string[] = [];
    for (let i = words.length - 1; i >= 1; i--) {
      const w = words[i]!.replace(/[.'"]+$/, '');
      if (!/^\p{Lu}[\p{L}'-]*$/u.test(w) || DATE_WORD.test(w)) break;
      name.unshift(w);
    }
    who = name.join(' ');
  }
  const clean = who?.replace(/["']/g, '').trim();
  if (!clean || /[@\d:]/.test(clean) || clean.split(' ').length > 4) return undefined;
  return clean;
}
