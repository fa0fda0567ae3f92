// stylish (default): grouped by file, then by reply, with colored severities, the rule ID, the
// suggestion, each complaint reply's checklist, and a summary with the fixable count.
import type { Checklist, LintMessage, LintResult, ReplyInfo } from '../types.js';
import { CHECKLIST_ITEMS } from '../types.js';
import type { Formatter, FormatterContext } from './types.js';
import { Chalk, type ChalkInstance } from 'chalk';
import { relative } from 'node:path';
import { checkLabel } from './shared.js';

const LABELS: Record<string, string> = {
  acknowledge: 'Acknowledge', apologize: 'Apologize', fix: 'Fix', urgency: 'Urgency', verify: 'Verify', contact: 'Contact',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const stylish: Formatter = (results, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  let out = '';
  let errors = 0, warnings = 0, infos = 0, fixErrors = 0, fixWarnings = 0;
  for (const result of results) {
    const shown = result.messages.filter((m) => ctx.verbose || m.severity > 0 || m.fatal);
    const checklists = result.replies.filter((r) => r.checklist || contextFailed(r));
    if (shown.length === 0 && checklists.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += ctx.verbose ? result.infoCount : 0;
    fixErrors += result.fixableErrorCount;
    fixWarnings += result.fixableWarningCount;
    out += `\n${c.underline(displayPath(result.filePath, ctx))}\n`;
    const widths = columnWidths(shown);
    const multi = result.replies.length > 1;
    const byReply = new Map<number, LintMessage[]>();
    for (const m of shown) {
      const k = m.reply ?? -1;
      if (!byReply.has(k)) byReply.set(k, []);
      byReply.get(k)!.push(m);
    }
    const order = [...new Set([...byReply.keys(), ...result.replies.map((_, i) => i)])].sort((a, b) => a - b);
    for (const index of order) {
      const reply = result.replies[index];
      const msgs = byReply.get(index) ?? [];
      if (msgs.length === 0 && !reply?.checklist && !(reply && contextFailed(reply))) continue;
      if (multi && reply) out += `  ${c.dim(replyLabel(reply, index))}\n`;
      for (const m of msgs) out += formatMessage(m, widths, c);
      if (reply?.checklist) out += `  ${checklistLine(reply.checklist, c, ctx.ascii)}\n`;
      if (reply?.context && (reply.checklist || msgs.length || contextFailed(reply))) out += `  ${contextLine(reply.context.checks, c, ctx.ascii, ctx.rulesMeta)}\n`;
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return out ? `${out}\n` : '';
  const mark = errors ? c.red.bold : warnings ? c.yellow.bold : c.blue.bold;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos) parts.push(plural(infos, 'info'));
  out += `\n${mark(`${ctx.ascii ? 'x' : '✖'} ${plural(total, 'problem')} (${parts.join(', ')})`)}\n`;
  if (fixErrors + fixWarnings > 0) {
    out += mark(`  ${plural(fixErrors, 'error')} and ${plural(fixWarnings, 'warning')} potentially fixable with the \`--fix\` option.`) + '\n';
  }
  return out;
};
export default stylish;

function displayPath(filePath: string, ctx: FormatterContext): string {
  if (filePath.startsWith('<')) return filePath;
  const rel = relative(ctx.cwd, filePath);
  return rel && !rel.startsWith('..') ? rel : filePath;
}

function replyLabel(reply: ReplyInfo, index: number): string {
  return `reply ${index + 1}${reply.title ? ` "${reply.title}"` : ''} (line ${reply.line})`;
}

function columnWidths(messages: LintMessage[]) {
  let pos = 0, sev = 0, msg = 0;
  for (const m of messages) {
    pos = Math.max(pos, `${m.line}:${m.column}`.length);
    sev = Math.max(sev, severityWord(m).length);
    msg = Math.max(msg, Math.min(m.message.length, 100));
  }
  return { pos, sev, msg };
}

function severityWord(m: LintMessage): string {
  return m.severity === 2 || m.fatal ? 'error' : m.severity === 1 ? 'warning' : 'info';
}

function formatMessage(m: LintMessage, w: { pos: number; sev: number; msg: number }, c: ChalkInstance): string {
  const word = severityWord(m);
  const color = word === 'error' ? c.red : word === 'warning' ? c.yellow : c.blue;
  const pos = c.dim(`${m.line}:${m.column}`.padEnd(w.pos));
  let line = `  ${pos}  ${color(word.padEnd(w.sev))}  ${m.message.padEnd(w.msg)}  ${c.dim(m.ruleId ?? '')}`.trimEnd() + '\n';
  const suggestion = m.suggestions?.[0]?.desc;
  if (suggestion) line += `  ${' '.repeat(w.pos)}  ${' '.repeat(w.sev)}  ${c.green('→ ' + suggestion)}\n`;
  return line;
}

function contextFailed(reply: ReplyInfo): boolean {
  return Boolean(reply.context && Object.values(reply.context.checks).some((ok) => !ok));
}

/** "In context: Answers ✓  Known details ✓  Names the problem ✗ ...": the context rules that ran. */
function contextLine(checks: Record<string, boolean>, c: ChalkInstance, ascii: boolean, rulesMeta: FormatterContext['rulesMeta']): string {
  const items = Object.entries(checks).map(([id, ok]) => {
    const label = checkLabel(id, rulesMeta);
    const mark = ascii ? (ok ? '[x]' : '[ ]') : ok ? '✓' : '✗';
    return ascii ? `${mark} ${label}` : `${label} ${ok ? c.green(mark) : c.red(mark)}`;
  });
  return `${c.dim('In context:')} ${items.join('  ')}`;
}

function checklistLine(checklist: Checklist, c: ChalkInstance, ascii: boolean): string {
  return CHECKLIST_ITEMS.map((item) => {
    const ok = checklist[item];
    const mark = ascii ? (ok ? '[x]' : '[ ]') : ok ? '✓' : '✗';
    return ascii ? `${mark} ${LABELS[item]}` : `${LABELS[item]} ${ok ? c.green(mark) : c.red(mark)}`;
  }).join('  ');
}
