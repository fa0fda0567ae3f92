// stylish (default): grouped by file, then by reply, with colored severities, the flagged words, the rule
// ID, the suggestion, each complaint reply's checklist when it misses something, and a summary with the
// fixable count. Long messages wrap to the terminal's width. A clean run is one line.
import type { Checklist, LintMessage, LintResult, ReplyInfo } from '../types.js';
import { CHECKLIST_ITEMS } from '../types.js';
import type { Formatter, FormatterContext } from './types.js';
import { colors, type Colors } from './colors.js';
import { relative } from 'node:path';
import { checkLabel, severityWord } from './shared.js';
import { printable, printablePath } from './escape.js';

const LABELS: Record<string, string> = {
  acknowledge: 'Acknowledge', apologize: 'Apologize', fix: 'Fix', urgency: 'Urgency', verify: 'Verify', contact: 'Contact',
};

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
// Narrower than this, wrapping would leave a word or two per line: the message column keeps this width.
const MIN_MESSAGE_WIDTH = 20;
const MATCH_SHOWN = 60;

const stylish: Formatter = (results, ctx) => {
  const c = colors(Boolean(ctx.color));
  let out = '';
  let errors = 0, warnings = 0, infos = 0, fixErrors = 0, fixWarnings = 0, replies = 0, baselined = 0;
  for (const result of results) {
    replies += result.replies.length;
    baselined += result.suppressedByBaseline ?? 0;
    const shown = result.messages.filter((m) => ctx.verbose || m.severity > 0 || m.fatal);
    // A checklist is worth a line when it misses something, or next to the reply's problems.
    const checklists = result.replies.filter((r) => (r.checklist && (shown.length > 0 || !complete(r.checklist))) || contextFailed(r));
    if (shown.length === 0 && checklists.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += ctx.verbose ? result.infoCount : 0;
    fixErrors += result.fixableErrorCount;
    fixWarnings += result.fixableWarningCount;
    out += `\n${c.underline(printablePath(displayPath(result.filePath, ctx)))}\n`;
    const layout = columns(shown, ctx.width);
    const multi = result.replies.length > 1;
    const byReply = new Map<number, LintMessage[]>();
    for (const m of shown) {
      const k = m.reply ?? -1;
      if (!byReply.has(k)) byReply.set(k, []);
      byReply.get(k)!.push(m);
    }
    // Groups in the order of their first line: messages outside any reply (a directive between macros) stay in line order.
    const firstLine = (k: number) => byReply.get(k)?.[0]?.line ?? result.replies[k]?.line ?? 0;
    const order = [...new Set([...byReply.keys(), ...result.replies.map((_, i) => i)])].sort((a, b) => firstLine(a) - firstLine(b) || a - b);
    for (const index of order) {
      const reply = result.replies[index];
      const msgs = byReply.get(index) ?? [];
      const checklist = reply?.checklist && (msgs.length > 0 || !complete(reply.checklist)) ? reply.checklist : undefined;
      const failedContext = reply ? contextFailed(reply) : false;
      if (msgs.length === 0 && !checklist && !failedContext) continue;
      if (multi && reply) out += `  ${c.dim(printable(replyLabel(reply, index)))}\n`;
      for (const m of msgs) out += formatMessage(m, layout, c);
      if (checklist) out += `  ${checklistLine(checklist, c, ctx.ascii)}\n`;
      if (reply?.context && (checklist || msgs.length || failedContext)) out += `  ${contextLine(reply.context.checks, c, ctx.ascii, ctx.rulesMeta)}\n`;
    }
  }
  const total = errors + warnings + infos;
  const suppressed = baselined ? `${plural(baselined, 'finding')} suppressed by the baseline.` : '';
  if (total === 0) {
    if (out) return `${out}\n${suppressed ? `${suppressed}\n` : ''}`;
    if (ctx.quiet || results.length === 0) return '';
    const where = results.length === 1 && results[0]!.filePath.startsWith('<') ? plural(replies, 'reply', 'replies') : `${plural(results.length, 'file')}, ${plural(replies, 'reply', 'replies')}`;
    return `${c.green(ctx.ascii ? 'ok' : '✔')} No problems (${where}).${suppressed ? ` ${suppressed}` : ''}\n`;
  }
  const mark = errors ? c.red.bold : warnings ? c.yellow.bold : c.blue.bold;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos) parts.push(plural(infos, 'info'));
  out += `\n${mark(`${ctx.ascii ? 'x' : '✖'} ${plural(total, 'problem')} (${parts.join(', ')})`)}\n`;
  if (fixErrors + fixWarnings > 0) {
    out += mark(`  ${plural(fixErrors, 'error')} and ${plural(fixWarnings, 'warning')} potentially fixable with the \`--fix\` option.`) + '\n';
  }
  if (suppressed) out += `  ${suppressed}\n`;
  return out;
};
export default stylish;

const complete = (checklist: Checklist) => CHECKLIST_ITEMS.every((item) => checklist[item]);

function displayPath(filePath: string, ctx: FormatterContext): string {
  if (filePath.startsWith('<')) return filePath;
  const rel = relative(ctx.cwd, filePath);
  return rel && !rel.startsWith('..') ? rel : filePath;
}

function replyLabel(reply: ReplyInfo, index: number): string {
  return `reply ${index + 1}${reply.title ? ` "${reply.title}"` : ''} (line ${reply.line})`;
}

interface Layout {
  pos: number;
  sev: number;
  /** Width of the message column (messages longer than this wrap when a terminal width is known). */
  msg: number;
  wrap: boolean;
}

function columns(messages: LintMessage[], width: number | undefined): Layout {
  let pos = 0, sev = 0, msg = 0, rule = 0;
  for (const m of messages) {
    pos = Math.max(pos, `${m.line}:${m.column}`.length);
    sev = Math.max(sev, severityWord(m).length);
    msg = Math.max(msg, Math.min(printable(m.message).length, 100));
    rule = Math.max(rule, (m.ruleId ?? '').length);
  }
  if (width === undefined || !Number.isFinite(width) || width <= 0) return { pos, sev, msg, wrap: false };
  const room = width - (2 + pos + 2 + sev + 2) - (2 + rule);
  return { pos, sev, msg: Math.max(MIN_MESSAGE_WIDTH, Math.min(msg, room)), wrap: true };
}

function formatMessage(m: LintMessage, w: Layout, c: Colors): string {
  const word = severityWord(m);
  const color = word === 'error' ? c.red : word === 'warning' ? c.yellow : c.blue;
  const indent = `  ${' '.repeat(w.pos)}  ${' '.repeat(w.sev)}  `;
  const message = printable(m.message);
  const lines = w.wrap ? wrap(message, w.msg) : [message];
  const pos = c.dim(`${m.line}:${m.column}`.padEnd(w.pos));
  let out = `  ${pos}  ${color(word.padEnd(w.sev))}  ${lines[0]!.padEnd(w.msg)}  ${c.dim(printable(m.ruleId ?? ''))}`.trimEnd() + '\n';
  for (const line of lines.slice(1)) out += `${indent}${line}\n`;
  // The flagged words, unless the message already quotes them.
  const match = flagged(m);
  if (match) for (const line of w.wrap ? wrap(match, w.msg) : [match]) out += `${indent}${c.dim(line)}\n`;
  const suggestion = m.suggestions?.[0]?.desc;
  if (suggestion) {
    const [first, ...rest] = w.wrap ? wrap(printable(suggestion), w.msg - 2) : [printable(suggestion)];
    out += `${indent}${c.green('→ ' + first)}\n`;
    for (const line of rest) out += `${indent}  ${c.green(line)}\n`;
  }
  return out;
}

/** The flagged words quoted and on one line ("Is there anything else wrong?"), or '' when the message quotes them. */
function flagged(m: LintMessage): string {
  if (!m.match) return '';
  const words = m.match.replace(/\s+/g, ' ').trim();
  if (!words || m.message.toLowerCase().includes(words.toLowerCase())) return '';
  const shown = words.length > MATCH_SHOWN ? `${words.slice(0, MATCH_SHOWN - 1).trimEnd()}…` : words;
  return printable(`"${shown}"`);
}

/** Word-wraps text to lines of at most `width` characters (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

function contextFailed(reply: ReplyInfo): boolean {
  return Boolean(reply.context && Object.values(reply.context.checks).some((ok) => !ok));
}

/** "In context: Answers ✓  Known details ✓  Names the problem ✗ ...": the context rules that ran. */
function contextLine(checks: Record<string, boolean>, c: Colors, ascii: boolean, rulesMeta: FormatterContext['rulesMeta']): string {
  const items = Object.entries(checks).map(([id, ok]) => {
    const label = checkLabel(id, rulesMeta);
    const mark = ascii ? (ok ? '[x]' : '[ ]') : ok ? '✓' : '✗';
    return ascii ? `${mark} ${label}` : `${label} ${ok ? c.green(mark) : c.red(mark)}`;
  });
  return `${c.dim('In context:')} ${items.join('  ')}`;
}

function checklistLine(checklist: Checklist, c: Colors, ascii: boolean): string {
  return CHECKLIST_ITEMS.map((item) => {
    const ok = checklist[item];
    const mark = ascii ? (ok ? '[x]' : '[ ]') : ok ? '✓' : '✗';
    return ascii ? `${mark} ${LABELS[item]}` : `${LABELS[item]} ${ok ? c.green(mark) : c.red(mark)}`;
  }).join('  ');
}
