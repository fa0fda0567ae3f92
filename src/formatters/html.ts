// html: one self-contained page for a support lead reviewing a whole macro library. Summary
// charts (findings per rule, which checklist items complaint replies miss most), then the worst
// replies first, each finding highlighted in its reply's text with the suggestion. No scripts,
// no network: inline CSS and SVG only, locked down by a Content-Security-Policy.
import type { Checklist, ChecklistItem, LintMessage, LintResult, ReplyInfo } from '../types.js';
import { CHECKLIST_ITEMS } from '../types.js';
import type { Formatter, FormatterContext } from './types.js';
import { barChart, escapeHtml, type Bar } from './html-charts.js';
import { checkLabel, relativePath, severityWord, suggestionText } from './shared.js';
import { REPORT_CSS } from './html-style.js';
import { LineIndex, stripBom } from '../core/text.js';

const LABELS: Record<ChecklistItem, string> = {
  acknowledge: 'Acknowledge', apologize: 'Apologize', fix: 'Fix', urgency: 'Urgency', verify: 'Verify', contact: 'Contact',
};
/** Replies longer than this many lines show only the lines around their findings. */
const MAX_CONTEXT_LINES = 60;
const CONTEXT_AROUND = 2;

interface ReplyEntry {
  result: LintResult;
  file: string;
  /** Index into result.replies, or -1 for findings about the file as a whole. */
  index: number;
  reply?: ReplyInfo;
  messages: LintMessage[];
  errors: number;
  warnings: number;
  infos: number;
  missing: ChecklistItem[];
}

const html: Formatter = (results, ctx) => {
  const entries = collectEntries(results, ctx);
  const flagged = entries.filter((e) => e.messages.length > 0 || e.missing.length > 0).sort(worstFirst);
  const totals = countTotals(results, entries);
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>complaintlint report: ${totals.errors} errors, ${totals.warnings} warnings in ${totals.replies} replies</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head><body>',
    '<header><h1>complaintlint report</h1>',
    `<p class="meta">complaintlint ${escapeHtml(ctx.version)} · ${escapeHtml(ctx.cwd)}</p>`,
    summary(totals),
    '</header><main>',
    '<section class="charts">',
    `<div class="panel" id="rules-chart"><h2>Findings per rule</h2>${rulesChart(results)}</div>`,
    `<div class="panel" id="checklist-chart"><h2>Checklist coverage of complaint replies</h2>${checklistChart(entries)}</div>`,
    '</section>',
    `<section id="replies"><h2>Replies to review, worst first (${flagged.length})</h2>`,
    flagged.length ? flagged.map((e, i) => replyCard(e, i + 1, ctx)).join('\n') : '<p class="empty">No findings: every reply passed.</p>',
    '</section></main>',
    '</body></html>',
    '',
  ].join('\n');
};
html.needsSource = true;
export default html;

function collectEntries(results: LintResult[], ctx: FormatterContext): ReplyEntry[] {
  const entries: ReplyEntry[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, ctx.cwd);
    const byReply = new Map<number, LintMessage[]>();
    for (const m of result.messages) {
      if (m.severity === 0 && !ctx.verbose && !m.fatal) continue;
      const k = m.reply !== undefined && result.replies[m.reply] ? m.reply : -1;
      if (!byReply.has(k)) byReply.set(k, []);
      byReply.get(k)!.push(m);
    }
    const fileLevel = byReply.get(-1);
    if (fileLevel) entries.push(entry(result, file, -1, undefined, fileLevel));
    result.replies.forEach((reply, i) => entries.push(entry(result, file, i, reply, byReply.get(i) ?? [])));
  }
  return entries;
}

function entry(result: LintResult, file: string, index: number, reply: ReplyInfo | undefined, messages: LintMessage[]): ReplyEntry {
  let errors = 0, warnings = 0, infos = 0;
  for (const m of messages) {
    if (m.severity === 2 || m.fatal) errors++;
    else if (m.severity === 1) warnings++;
    else infos++;
  }
  const missing = reply?.checklist ? CHECKLIST_ITEMS.filter((item) => !reply.checklist![item]) : [];
  return { result, file, index, reply, messages, errors, warnings, infos, missing };
}

function worstFirst(a: ReplyEntry, b: ReplyEntry): number {
  return b.errors - a.errors || b.warnings - a.warnings || b.missing.length - a.missing.length || b.infos - a.infos
    || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.index - b.index;
}

interface Totals { files: number; replies: number; complaint: number; clean: number; errors: number; warnings: number; infos: number; fixable: number }

function countTotals(results: LintResult[], entries: ReplyEntry[]): Totals {
  const t: Totals = { files: results.length, replies: 0, complaint: 0, clean: 0, errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const r of results) {
    t.errors += r.errorCount;
    t.warnings += r.warningCount;
    t.infos += r.infoCount;
    t.fixable += r.fixableErrorCount + r.fixableWarningCount;
  }
  for (const e of entries) {
    if (e.index < 0) continue;
    t.replies++;
    if (e.reply?.checklist) t.complaint++;
    if (e.errors + e.warnings === 0 && e.missing.length === 0) t.clean++;
  }
  return t;
}

function summary(t: Totals): string {
  const tile = (cls: string, n: number | string, label: string) => `<div class="tile ${cls}"><b>${n}</b><span>${label}</span></div>`;
  const pct = t.replies ? Math.round((t.clean / t.replies) * 100) : 100;
  return `<div class="tiles" id="summary">${[
    tile('', t.files, t.files === 1 ? 'file' : 'files'),
    tile('', t.replies, t.replies === 1 ? 'reply' : 'replies'),
    tile('', t.complaint, 'complaint replies'),
    tile('error', t.errors, t.errors === 1 ? 'error' : 'errors'),
    tile('warning', t.warnings, t.warnings === 1 ? 'warning' : 'warnings'),
    tile('ok', `${pct}%`, 'replies clean'),
    tile('', t.fixable, 'fixable with --fix'),
  ].join('')}</div>`;
}

function rulesChart(results: LintResult[]): string {
  const counts = new Map<string, { error: number; warning: number; info: number }>();
  for (const r of results) {
    for (const m of r.messages) {
      if (!m.ruleId) continue;
      const c = counts.get(m.ruleId) ?? { error: 0, warning: 0, info: 0 };
      c[severityWord(m)]++;
      counts.set(m.ruleId, c);
    }
  }
  if (counts.size === 0) return '<p class="empty">No rule reported anything.</p>';
  const bars: Bar[] = [...counts.entries()]
    .map(([rule, c]) => ({ rule, c, total: c.error + c.warning + c.info }))
    .sort((a, b) => b.total - a.total || (a.rule < b.rule ? -1 : 1))
    .map(({ rule, c }) => ({
      label: rule,
      segments: [{ value: c.error, kind: 'error' }, { value: c.warning, kind: 'warning' }, { value: c.info, kind: 'info' }],
      data: { rule },
    }));
  return barChart(bars, { title: 'Findings per rule', className: 'rules' }) +
    '<p class="legend"><i class="error"></i>errors <i class="warning"></i>warnings <i class="info"></i>info</p>';
}

function checklistChart(entries: ReplyEntry[]): string {
  const checked = entries.filter((e) => e.reply?.checklist);
  if (checked.length === 0) {
    return '<p class="empty">No complaint replies were checked. Lint with <code>--kind complaint</code> or set <code>"kind": "complaint"</code> in the config to see which parts of a good complaint reply are missing.</p>';
  }
  const missed = CHECKLIST_ITEMS.map((item) => ({
    item,
    missing: checked.filter((e) => !(e.reply!.checklist as Checklist)[item]).length,
  })).sort((a, b) => b.missing - a.missing || CHECKLIST_ITEMS.indexOf(a.item) - CHECKLIST_ITEMS.indexOf(b.item));
  const bars: Bar[] = missed.map(({ item, missing }) => ({
    label: LABELS[item],
    segments: [{ value: missing, kind: 'missing' }],
    note: `missing in ${missing} of ${checked.length} (${Math.round((missing / checked.length) * 100)}%)`,
    data: { item, missing },
  }));
  return barChart(bars, { title: 'Checklist items missing from complaint replies', className: 'checklist', max: checked.length }) +
    `<p class="legend">Share of the ${checked.length} complaint ${checked.length === 1 ? 'reply' : 'replies'} missing each part, most missed first.</p>`;
}

function replyCard(e: ReplyEntry, rank: number, ctx: FormatterContext): string {
  const where = e.reply ? `${e.file}:${e.reply.line}` : e.file;
  const title = e.reply?.title ? ` <span class="title">${escapeHtml(e.reply.title)}</span>` : e.index < 0 ? ' <span class="title">(file)</span>' : '';
  const badges = [
    e.errors ? `<span class="badge error">${e.errors} ${e.errors === 1 ? 'error' : 'errors'}</span>` : '',
    e.warnings ? `<span class="badge warning">${e.warnings} ${e.warnings === 1 ? 'warning' : 'warnings'}</span>` : '',
    e.infos ? `<span class="badge info">${e.infos} info</span>` : '',
  ].join('');
  const checklist = (e.reply?.checklist ? checklistChips(e.reply.checklist) : '') + (e.reply?.context ? contextChips(e.reply.context, ctx) : '');
  const customer = e.reply?.context ? customerMessage(e.reply.context) : '';
  const structural = new Set(e.messages.filter((m) => isReplyLevel(m, ctx, e.reply)));
  // Finding numbers by message (not indexOf per message: a reply with many findings stays linear).
  const numbers = new Map(e.messages.map((m, i) => [m, i + 1]));
  const spans = e.messages.filter((m) => !structural.has(m) && !m.fatal);
  const context = e.reply ? replyContext(e, spans, numbers) : '';
  const findings = e.messages.map((m, i) => finding(m, i + 1, structural.has(m), e.result.source)).join('');
  return `<article class="reply" id="reply-${rank}" data-errors="${e.errors}" data-warnings="${e.warnings}" data-missing="${e.missing.length}">` +
    `<h3><span class="rank">#${rank}</span> <a class="where" href="#reply-${rank}">${escapeHtml(where)}</a>${title} ${badges}</h3>` +
    checklist + customer + context + (findings ? `<ol class="findings">${findings}</ol>` : '') + '</article>';
}

/**
 * Structure rules speak about the whole reply (something is missing), not a span of it; so does any
 * finding whose span is the whole reply (a context rule's "the question went unanswered").
 */
function isReplyLevel(m: LintMessage, ctx: FormatterContext, reply?: ReplyInfo): boolean {
  if (m.ruleId && ctx.rulesMeta[m.ruleId]?.family === 'structure') return true;
  return Boolean(reply && m.line === reply.line && m.column === reply.column && m.endLine === reply.endLine && m.endColumn === reply.endColumn);
}

function contextChips(context: NonNullable<ReplyInfo['context']>, ctx: FormatterContext): string {
  const chips = Object.entries(context.checks).map(([id, ok]) => {
    const label = escapeHtml(checkLabel(id, ctx.rulesMeta));
    return ok ? `<span class="chip ok" title="${escapeHtml(id)}: passed">✓ ${label}</span>` : `<span class="chip missing" title="${escapeHtml(id)}: flagged">✗ ${label}</span>`;
  });
  return chips.length ? `<p class="checklist context-checks">In context: ${chips.join(' ')}</p>` : '';
}

/** The customer's message the reply answers, shown above the reply. */
function customerMessage(context: NonNullable<ReplyInfo['context']>): string {
  const where = context.source === 'quote' ? ' (quoted in the reply)' : '';
  const earlier = context.earlier ? `, after ${context.earlier} earlier ${context.earlier === 1 ? 'message' : 'messages'}` : '';
  return `<div class="customer"><p class="label">Customer's message${where}${earlier}</p><blockquote>${escapeHtml(context.customer)}</blockquote></div>`;
}

function checklistChips(checklist: Checklist): string {
  return `<p class="checklist">${CHECKLIST_ITEMS.map((item) => checklist[item]
    ? `<span class="chip ok" title="present">✓ ${LABELS[item]}</span>`
    : `<span class="chip missing" title="missing">✗ ${LABELS[item]}</span>`).join(' ')}</p>`;
}

function finding(m: LintMessage, n: number, replyLevel: boolean, source: string | undefined): string {
  const word = severityWord(m);
  const hint = suggestionText(m);
  const change = m.fix && source !== undefined ? fixPreview(m.fix, source) : '';
  return `<li class="finding ${word}" data-rule="${escapeHtml(m.ruleId ?? '')}">` +
    `<span class="n">${n}</span> <span class="sev ${word}">${word}</span> ` +
    `<span class="msg">${escapeHtml(m.message)}</span> <code class="rule">${escapeHtml(m.ruleId ?? 'complaintlint')}</code> ` +
    `<span class="pos">${replyLevel ? 'whole reply' : `line ${m.line}, col ${m.column}`}</span>` +
    (hint ? `<div class="suggestion">→ ${escapeHtml(hint)}</div>` : '') + change + '</li>';
}

function fixPreview(fix: { range: [number, number]; text: string }, source: string): string {
  const text = stripBom(source);
  const before = text.slice(fix.range[0], fix.range[1]);
  if (!before && !fix.text) return '';
  return `<div class="fix"><del>${escapeHtml(before)}</del> → <ins>${escapeHtml(fix.text)}</ins></div>`;
}

const JSON_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '', '"': '"', '\\': '\\', '/': '/' };

/** The reply's lines from the file, with each finding's span highlighted and numbered. */
function replyContext(e: ReplyEntry, spans: LintMessage[], numbers: ReadonlyMap<LintMessage, number>): string {
  const source = e.result.source;
  const reply = e.reply!;
  if (source === undefined) return '<p class="nocontext">(reply text not available)</p>';
  const text = stripBom(source);
  const lines = lineIndexOf(e.result, text);
  const offset = (line: number, column: number) => Math.min(text.length, (lines.lineStart(line) ?? text.length) + column - 1);
  // From the reply's first character to its last: inside a JSON or YAML file, not the key before it.
  const from = offset(reply.line, reply.column);
  const toLine = Math.min(reply.endLine, lines.count);
  const to = Math.max(from, offset(toLine, reply.endColumn));
  const marks: Mark[] = spans.map((m) => ({
    n: numbers.get(m)!,
    word: severityWord(m),
    start: Math.max(from, offset(m.line, m.column)),
    end: Math.min(to, Math.max(offset(m.line, m.column), offset(m.endLine ?? m.line, m.endColumn ?? m.column))),
  })).filter((k) => k.start <= to).sort((x, y) => x.start - y.start || x.n - y.n);
  const unescape = /\.json$/i.test(e.file);
  // An HTML macro is shown as its reader sees it (text, not `</p><p>`).
  const asText = /\.html?$/i.test(e.file) || HTML_TAG.test(text.slice(from, Math.min(to, from + 100_000))) ? new HtmlAsText() : undefined;
  const shownLines = visibleLines(reply.line, toLine, spans);
  let out = '';
  let lastShown = reply.line - 1;
  // Lines go down the reply and marks are sorted by start: each line sees only the marks still open.
  let next = 0;
  let open: Mark[] = [];
  for (const line of shownLines) {
    if (line > lastShown + 1) out += '<span class="gap">⋯</span>\n';
    const a = Math.max(from, lines.lineStart(line)!);
    const b = Math.min(to, lines.lineStart(line + 1) ?? text.length);
    while (next < marks.length && marks[next]!.start < b) open.push(marks[next++]!);
    open = open.filter((k) => k.end > a || (k.start === k.end && k.start >= a));
    out += highlight(text, a, b, open.length > 1 ? [...open].sort((x, y) => x.n - y.n) : open, unescape, asText);
    if (line === toLine) out += '\n';
    lastShown = line;
  }
  if (lastShown < toLine) out += '<span class="gap">⋯</span>\n';
  return `<pre class="context">${out}</pre>`;
}

interface Mark { n: number; word: string; start: number; end: number }

/** A file's line index, built once per file (a library of 10,000 replies is one file). */
const lineIndexes = new WeakMap<LintResult, LineIndex>();
function lineIndexOf(result: LintResult, text: string): LineIndex {
  let lines = lineIndexes.get(result);
  if (!lines) lineIndexes.set(result, (lines = new LineIndex(text)));
  return lines;
}

function visibleLines(first: number, last: number, spans: LintMessage[]): number[] {
  const all: number[] = [];
  if (last - first + 1 <= MAX_CONTEXT_LINES) {
    for (let l = first; l <= last; l++) all.push(l);
    return all;
  }
  // Line ranges around each span, merged: a span over thousands of lines costs one range, not its lines.
  const ranges: Array<[number, number]> = [[first, Math.min(last, first + CONTEXT_AROUND)]];
  for (const m of spans) {
    const lo = Math.max(first, m.line - CONTEXT_AROUND);
    const hi = Math.min(last, (m.endLine ?? m.line) + CONTEXT_AROUND);
    if (lo <= hi) ranges.push([lo, hi]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const limit = MAX_CONTEXT_LINES * 4;
  let upTo = first - 1;
  for (const [lo, hi] of ranges) {
    for (let l = Math.max(lo, upTo + 1); l <= hi && all.length < limit; l++) all.push(l);
    upTo = Math.max(upTo, hi);
    if (all.length >= limit) break;
  }
  return all;
}

/** One line [a, b) of the file with the marks overlapping it wrapped in <mark>. */
function highlight(text: string, a: number, b: number, marks: Mark[], unescape: boolean, asText?: HtmlAsText): string {
  const points = new Set<number>([a, b]);
  // One sweep over the cut points: marks open and close at their ends, insertion points show where they are.
  const at = (map: Map<number, Mark[]>, p: number, k: Mark) => { const l = map.get(p); if (l) l.push(k); else map.set(p, [k]); };
  const opens = new Map<number, Mark[]>(), closes = new Map<number, Mark[]>(), inserts = new Map<number, Mark[]>();
  for (const k of marks) {
    if (k.start < k.end && k.end > a && k.start < b) {
      const s = Math.max(a, k.start), t = Math.min(b, k.end);
      points.add(s); points.add(t); at(opens, s, k); at(closes, t, k);
    }
    // An empty span (an insertion point) still gets a visible marker.
    if (k.start === k.end && k.start >= a && k.start < b) { points.add(k.start); at(inserts, k.start, k); }
  }
  const cuts = [...points].sort((x, y) => x - y);
  const count = { error: 0, warning: 0, info: 0 } as Record<string, number>;
  let out = '';
  for (let i = 0; i < cuts.length - 1; i++) {
    const s = cuts[i]!, t = cuts[i + 1]!;
    for (const k of inserts.get(s) ?? []) out += `<mark class="insert ${k.word}"><sup>${k.n}</sup></mark>`;
    for (const k of opens.get(s) ?? []) count[k.word]!++;
    const chunk = display(text.slice(s, t), unescape, asText);
    const ending = closes.get(t) ?? [];
    if (count.error! + count.warning! + count.info! === 0) out += chunk;
    else {
      const word = count.error ? 'error' : count.warning ? 'warning' : 'info';
      const endsHere = ending.filter((k) => k.end === t).map((k) => `<sup>${k.n}</sup>`).join('');
      out += `<mark class="${word}">${chunk}${endsHere}</mark>`;
    }
    for (const k of ending) count[k.word]!--;
  }
  return out;
}

/** Escaped for HTML; inside JSON files, string escapes are shown as the characters they stand for; HTML as text. */
function display(raw: string, unescape: boolean, asText?: HtmlAsText): string {
  const s = unescape ? raw.replace(/\\(["\\/nrt])/g, (_, c: string) => JSON_ESCAPES[c] ?? c) : raw;
  return escapeHtml((asText ? asText.feed(s) : s).replace(/\r\n?/g, '\n'));
}

const HTML_TAG = /<\/?(?:p|div|br|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|table|tr|td|th|blockquote|img|hr)\b[^<>]*>/i;
const BLOCK_TAG = /^<(?:p|div|br|li|h[1-6]|tr|blockquote|ul|ol|table|hr)\b/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', hellip: '\u2026', mdash: '\u2014', ndash: '\u2013' };

/**
 * HTML read as text, piece by piece (a tag may start in one piece and end in the next): tags are dropped,
 * a block tag starts a new line, entities become their characters.
 */
class HtmlAsText {
  private tag: string | undefined;
  /** The last character shown, across pieces: a block tag after text starts a new line. */
  private last = '\n';

  feed(piece: string): string {
    const out = this.read(piece);
    if (out) this.last = out[out.length - 1]!;
    return out;
  }

  private read(piece: string): string {
    let out = '';
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i]!;
      if (this.tag !== undefined) {
        this.tag += c;
        if (c === '>') {
          if (BLOCK_TAG.test(this.tag) && (out ? !out.endsWith('\n') : this.last !== '\n')) out += '\n';
          this.tag = undefined;
        } else if (this.tag.length > 1000) { out += this.tag; this.tag = undefined; }
        continue;
      }
      if (c === '<' && /[A-Za-z/!]/.test(piece[i + 1] ?? 'a')) { this.tag = '<'; continue; }
      if (c === '&') {
        const m = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/i.exec(piece.slice(i, i + 12));
        const ch = m && (m[1]![0] === '#' ? codePoint(m[1]!) : ENTITIES[m[1]!.toLowerCase()]);
        if (m && ch !== undefined) { out += ch; i += m[0].length - 1; continue; }
      }
      out += c;
    }
    return out;
  }
}

function codePoint(ref: string): string | undefined {
  const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : undefined;
}
