// One file's text through the pipeline: extract -> prepare -> rules -> directives -> severities
// -> (fixes) -> an ESLint-shaped result.
import type { AppliedFix, Channel, Checklist, CollectedData, LintMessage, LintResult, Reply, ReplyInfo, ReplyKind, Severity, SeverityLevel, ThreadInput } from '../types.js';
import type { PlatformName } from '../platforms/types.js';
import { CHECKLIST_ITEMS } from '../types.js';
import type { ResolvedConfig } from '../config/types.js';
import { extract, formatOf, type FormatName } from '../formats/index.js';
import { toFileEndOffset, toFileOffset, type ExtractedReply, type Extraction } from '../formats/types.js';
import { prepareReply } from './prepare.js';
import { TagBudget } from '../nlp/tag-budget.js';
import { languageOf } from '../nlp/language.js';
import { placeholderPatternsFor, type PlaceholderPattern } from '../platforms/placeholders.js';
import { runRules } from './run-rules.js';
import { applyDirectives } from './suppress.js';
import { LineIndex, bomOf } from '../core/text.js';
import { applyFixes, type FileFix } from './fixes.js';
import { textHash } from '../core/hash.js';
import { mergeReplyInfos, splitLongReply } from './split-reply.js';

/** Marks the stand-in messages of collected data (see lintFile): never shown, suppressed or not. */
const PROBE = Symbol('collected');
import { isSafeRange, snapFileOffset } from './safe-positions.js';

export interface LintFileOptions {
  filePath: string;
  text: string;
  config: ResolvedConfig;
  /** Apply fixes (for --fix / --fix-dry-run); the result's `output` holds the fixed text. */
  fix?: boolean;
  format?: FormatName;
  /** Kind/channel given on the command line: they beat front matter and config. */
  kind?: ReplyKind;
  channel?: Channel;
  /** The customer's message (and earlier turns) every reply in the file answers (--context, the API). */
  context?: ThreadInput;
}

const LEVEL: Record<Severity, SeverityLevel> = { off: 0, info: 0, warn: 1, error: 2 };
const MAX_FIX_PASSES = 10;
// Fixes shorten or reword; a fix that keeps adding text (a plugin's bug, or a fix fed its own output)
// would grow the file pass after pass. Past this factor (plus a little room for tiny drafts) --fix stops.
export const MAX_FIX_GROWTH = 3;
const FIX_GROWTH_ROOM = 1024;
const MATCH_LIMIT = 200;

export async function lintFile(opts: LintFileOptions): Promise<LintResult> {
  const bom = bomOf(opts.text);
  let text = bom ? opts.text.slice(1) : opts.text;
  const format = opts.format ?? formatOf(opts.filePath);
  // Nothing to lint is worth saying (an empty macro file is often a mistake), but it is not an error.
  if (!/\S/.test(text)) {
    const what = opts.filePath.startsWith('<') ? 'input' : 'file';
    return toResult(opts.filePath, [], [], [], [text ? `${what} holds only whitespace; nothing to lint` : `${what} is empty; nothing to lint`]);
  }
  let pass = await lintOnce(text, format, opts);
  if (opts.fix) {
    let changed = false;
    const record: AppliedFix[] = [];
    for (let i = 0; i < MAX_FIX_PASSES; i++) {
      const fixable = pass.messages.filter((m) => m.fix);
      if (fixable.length === 0) break;
      const { output, applied } = applyFixes(text, fixable.map((m) => m.fix!));
      if (applied.length === 0 || output === text) break;
      const done = new Set<FileFix>(applied);
      if (output.length > opts.text.length * MAX_FIX_GROWTH + FIX_GROWTH_ROOM) return fixGrew(opts, fixable.filter((m) => done.has(m.fix!)));
      for (const m of fixable) {
        if (!done.has(m.fix!)) continue;
        record.push({ ruleId: m.ruleId, line: m.line, column: m.column, before: text.slice(m.fix!.range[0], m.fix!.range[1]), after: m.fix!.text });
      }
      text = output;
      changed = true;
      pass = await lintOnce(text, format, opts);
    }
    // Fixes that cancel out leave the file as it was: no output, so nothing is written.
    if (changed && bom + text !== opts.text) {
      pass.output = bom + text;
      pass.fixedFrom = textHash(opts.text);
      pass.appliedFixes = record;
    }
  }
  return pass;
}

async function lintOnce(text: string, format: FormatName, opts: LintFileOptions): Promise<LintResult> {
  const { config } = opts;
  const extraction: Extraction = await extract(format, text, { fields: config.fields, fieldsSet: config.fieldsSet, platform: config.platform });
  const lines = new LineIndex(text);
  const platform: PlatformName = config.platform ?? extraction.platform ?? 'none';
  const placeholders = placeholderPatternsFor(config.placeholders, platform);
  const located: Array<{ message: LintMessage; offset: number }> = [];
  const collected: Array<{ item: CollectedData; offset: number }> = [];
  const replies: ReplyInfo[] = [];

  const notices = [...(extraction.notices ?? [])];
  let nonEnglish = 0;
  extraction.replies.forEach((ex, index) => {
    const kind = opts.kind ?? ex.kind ?? extraction.kind ?? config.kind;
    const channel = opts.channel ?? ex.channel ?? extraction.channel ?? config.channel;
    // Very long replies are linted in bounded parts (memory), reported as one reply.
    const parts = splitLongReply(ex);
    // The built-in rules read English; on other languages they only make noise (plugins and phrases still run).
    const language = languageOf(ex.text.slice(0, 20_000));
    if (language !== 'en') nonEnglish++;
    if (parts.length > 1) {
      const checklist = kind === 'complaint' ? ' (the reply checklist is not checked on a reply this long)' : '';
      notices.push(`a reply of ${ex.text.length} characters was linted in ${parts.length} parts${checklist}`);
    }
    const context = ex.context ?? opts.context;
    const contextSource = ex.context ? 'thread' : 'option';
    const partial = parts.length > 1;
    // One tagging budget for the reply, shared by its parts.
    const tagBudget = new TagBudget(ex.text.length);
    replies.push(mergeReplyInfos(parts.map((part) => lintReply(part, index, { kind, channel, platform, placeholders, config, lines, located, collected, fileText: text, language, context, contextSource, partial, tagBudget }))));
  });

  if (nonEnglish) {
    const of = extraction.replies.length > 1 ? `${nonEnglish} of ${extraction.replies.length} replies do` : 'the text does';
    notices.push(`${of} not look like English; the built-in rules (written for English) were skipped there`);
  }
  // Collected data goes through the inline directives as a message would: a disabled reply collects nothing.
  // (A suppressed message comes back as a copy: the probes carry a mark that the copy keeps.)
  const probes = collected.map(({ item, offset }) => ({ message: <LintMessage>{ ruleId: item.ruleId, severity: item.severity, message: '', line: item.line, column: item.column, endLine: item.endLine, endColumn: item.endColumn, [PROBE]: true }, offset }));
  const probeSet = new Set(probes.map((p) => p.message));
  const directed = applyDirectives([...located, ...probes], extraction.directives, (o) => lines.line(o));
  const kept = directed.kept.filter((m) => !probeSet.has(m));
  const suppressed = directed.suppressed.filter((m) => !(PROBE in m));
  const { unused } = directed;
  const keptProbes = new Set(directed.kept.filter((m) => probeSet.has(m)));
  const collectedKept = collected.filter((_, i) => keptProbes.has(probes[i]!.message)).map((c) => c.item);
  for (const d of extraction.directives) {
    if (d.type !== 'unknown') continue;
    const at = lines.position(snapFileOffset(text, d.start, -1));
    const end = lines.position(Math.max(snapFileOffset(text, d.start, -1), snapFileOffset(text, d.end, -1)));
    kept.push({
      ruleId: null, severity: 1, message: `Unknown directive "${d.rules[0]}": complaintlint knows complaintlint-disable, -enable, -disable-line and -disable-next-line.`,
      line: at.line, column: at.column, endLine: end.line, endColumn: end.column,
    });
  }
  for (const d of unused) {
    const start = lines.position(snapFileOffset(text, d.start, -1));
    const end = lines.position(Math.max(snapFileOffset(text, d.start, -1), snapFileOffset(text, d.end, -1)));
    const what = d.rules.length ? ` (no problems were reported from ${d.rules.map((r) => `'${r}'`).join(', ')})` : '';
    kept.push({
      ruleId: null, severity: 1, message: `Unused complaintlint-${d.type} directive${what}.`,
      line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    });
  }
  kept.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
  // Directive warnings belong to the reply they sit in, so output grouped by reply keeps them in line order.
  // Messages and replies are both in line order: one walk.
  let r = 0;
  for (const m of kept) {
    if (m.reply !== undefined) continue;
    while (r < replies.length && replies[r]!.endLine < m.line) r++;
    if (r < replies.length && replies[r]!.line <= m.line) m.reply = r;
  }
  const result = toResult(opts.filePath, kept, suppressed, replies, notices);
  if (platform !== 'none') result.platform = platform;
  if (collectedKept.length) result.collected = collectedKept;
  return result;
}

interface ReplyContext {
  kind: ReplyKind;
  channel: Channel;
  platform: PlatformName;
  collected: Array<{ item: CollectedData; offset: number }>;
  placeholders: PlaceholderPattern[];
  config: ResolvedConfig;
  lines: LineIndex;
  located: Array<{ message: LintMessage; offset: number }>;
  /** The file text the offsets point into. */
  fileText: string;
  /** The reply's language (nlp/language.ts languageOf): rules whose meta.languages leave it out do not run. */
  language: string;
  context?: ThreadInput;
  contextSource: 'thread' | 'option';
  /** One part of a reply too long to lint whole (run-rules.ts: no checklist rules). */
  partial: boolean;
  /** The reply's tagging budget (nlp/tag-budget.ts), shared by its parts. */
  tagBudget: TagBudget;
}

function lintReply(ex: ExtractedReply, index: number, ctx: ReplyContext): ReplyInfo {
  const { config, lines } = ctx;
  const reply = prepareReply(ex.text, {
    kind: ctx.kind, channel: ctx.channel, platform: ctx.platform, placeholders: ctx.placeholders, title: ex.title,
    quoted: ex.quoted, context: ctx.context, contextSource: ctx.contextSource, tagBudget: ctx.tagBudget,
  });
  const outcome = runRules(reply, {
    rules: config.ruleSet.values(),
    language: ctx.language,
    settings: config.rules,
    minWords: config.minWords,
    disabled: ex.disabledRules ? new Set(ex.disabledRules) : undefined,
    partial: ctx.partial,
  });
  const { fileText } = ctx;
  const replyStart = snapFileOffset(fileText, toFileOffset(ex, firstNonSpace(ex.text)), -1);
  const replyEnd = Math.max(replyStart, snapFileOffset(fileText, toFileEndOffset(ex, lastNonSpace(ex.text)), 1));
  for (const raw of outcome.messages) {
    const isStructure = config.ruleSet.get(raw.ruleId)?.meta.family === 'structure';
    // Structure rules are about the reply as a whole (something is missing from it): their span is the reply.
    const [s0, e0] = isStructure ? [replyStart, replyEnd] : [toFileOffset(ex, raw.start), spanEnd(ex, raw.start, raw.end)];
    // Offset maps can land inside a CRLF the extractor normalized: positions stay on real characters.
    const s = snapFileOffset(fileText, s0, -1);
    const e = snapFileOffset(fileText, Math.max(s0, e0), 1);
    const start = lines.position(s);
    const end = lines.position(Math.max(s, e));
    const message: LintMessage = {
      ruleId: raw.ruleId,
      severity: LEVEL[raw.severity],
      message: raw.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      reply: index,
    };
    // The flagged words as the file has them (what stylish shows next to the message); structure rules flag none.
    if (!isStructure && e > s) message.match = e - s > MATCH_LIMIT ? `${fileText.slice(s, snapFileOffset(fileText, s + MATCH_LIMIT, -1))}…` : fileText.slice(s, e);
    if (raw.messageId) message.messageId = raw.messageId;
    if (raw.fatal) message.fatal = true;
    const fix = raw.fix && encodeFix(ex, raw.fix, fileText);
    if (fix) message.fix = fix;
    if (raw.suggestions?.length) {
      message.suggestions = raw.suggestions.map((sg) => {
        const f = sg.fix && encodeFix(ex, sg.fix, fileText);
        return f ? { desc: sg.desc, fix: f } : { desc: sg.desc };
      });
    }
    ctx.located.push({ message, offset: s });
  }
  if (outcome.collected.length) {
    const at = lines.position(replyStart);
    const lineEnd = lines.position(snapFileOffset(fileText, Math.max(replyStart, lineEndOffset(ex, reply.text, firstNonSpace(ex.text))), 1));
    for (const c of outcome.collected) {
      const item: CollectedData = {
        ruleId: c.ruleId, severity: LEVEL[c.severity], reply: index, line: at.line, column: at.column,
        endLine: lineEnd.line, endColumn: lineEnd.column, data: c.data,
      };
      if (ex.title) item.title = ex.title;
      if (ex.macro !== undefined) item.macro = ex.macro;
      ctx.collected.push({ item, offset: replyStart });
    }
  }
  const first = lines.position(replyStart);
  const last = lines.position(replyEnd);
  const info: ReplyInfo = {
    line: first.line, column: first.column, endLine: last.line, endColumn: last.column,
    kind: ctx.kind, channel: ctx.channel, words: reply.wordCount,
  };
  if (ex.title) info.title = ex.title;
  if (outcome.structured) {
    // An item is missing when any rule standing for it says so (with context, missed-acknowledgement
    // makes Acknowledge ask for the customer's problem, not just "I understand").
    const checklist = {} as Checklist;
    for (const item of CHECKLIST_ITEMS) {
      const rules = [...config.ruleSet.values()].filter((r) => r.meta.checklist === item);
      checklist[item] = !rules.some((r) => outcome.missing.has(r.meta.id));
    }
    info.checklist = checklist;
  }
  if (outcome.contextRan.size) info.context = contextInfo(reply, outcome);
  return info;
}

/** Longest customer message shown in output (the HTML report, JSON). */
const MAX_SHOWN_CONTEXT = 4000;

function contextInfo(reply: Reply, outcome: ReturnType<typeof runRules>): NonNullable<ReplyInfo['context']> {
  const ctx = reply.context!;
  const flagged = new Set(outcome.messages.map((m) => m.ruleId));
  const checks: Record<string, boolean> = {};
  for (const id of [...outcome.contextRan].sort()) checks[id] = !flagged.has(id);
  const text = ctx.input.customer.trim();
  return {
    source: ctx.source,
    customer: text.length > MAX_SHOWN_CONTEXT ? `${text.slice(0, MAX_SHOWN_CONTEXT)}…` : text,
    earlier: ctx.earlier.length,
    checks,
  };
}

function encodeFix(ex: ExtractedReply, fix: { start: number; end: number; text: string }, fileText: string): LintMessage['fix'] | undefined {
  const text = ex.encode ? ex.encode(fix.text, fix.start, fix.end) : fix.text;
  if (text === null || typeof text !== 'string') return undefined;
  const range: [number, number] = [toFileOffset(ex, fix.start), spanEnd(ex, fix.start, fix.end)];
  // A fix whose file range would split a character is not applied (and not offered) rather than corrupt the file.
  return isSafeRange(fileText, range[0], range[1]) ? { range, text } : undefined;
}

/** File offset of a span's end; an empty span (an insertion) ends where it starts. */
function spanEnd(ex: ExtractedReply, start: number, end: number): number {
  return end <= start ? toFileOffset(ex, start) : toFileEndOffset(ex, end);
}

function firstNonSpace(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

function lastNonSpace(text: string): number {
  let i = text.length;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}


function lineEndOffset(ex: ExtractedReply, text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return spanEnd(ex, from, i);
}

function toResult(filePath: string, messages: LintMessage[], suppressed: LintResult['suppressedMessages'], replies: ReplyInfo[], notices?: string[]): LintResult {
  const result: LintResult = {
    filePath, messages, suppressedMessages: suppressed,
    errorCount: 0, fatalErrorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
    usedDeprecatedRules: [], replies,
  };
  countMessages(result);
  if (notices?.length) (result as LintResult & { notices?: string[] }).notices = notices;
  return result;
}

/** Recomputes a result's counters from its messages. */
export function countMessages(result: LintResult): void {
  let errors = 0, fatal = 0, warnings = 0, infos = 0, fixErr = 0, fixWarn = 0;
  for (const m of result.messages) {
    if (m.fatal) fatal++;
    if (m.severity === 2) { errors++; if (m.fix) fixErr++; }
    else if (m.severity === 1) { warnings++; if (m.fix) fixWarn++; }
    else infos++;
  }
  Object.assign(result, { errorCount: errors, fatalErrorCount: fatal, warningCount: warnings, infoCount: infos, fixableErrorCount: fixErr, fixableWarningCount: fixWarn });
}

/** --fix stopped because fixes grew the text: one fatal error naming the rule whose fixes added the most; nothing is written. */
function fixGrew(opts: LintFileOptions, applied: LintMessage[]): LintResult {
  const added = new Map<string, number>();
  for (const m of applied) {
    const id = m.ruleId ?? '(unknown rule)';
    added.set(id, (added.get(id) ?? 0) + m.fix!.text.length - (m.fix!.range[1] - m.fix!.range[0]));
  }
  const rule = [...added].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '(unknown rule)';
  return fatalResult(opts.filePath, `--fix stopped: the fixes of rule "${rule}" grow the text past ${MAX_FIX_GROWTH} times its size; the file was not fixed`);
}

/** A result for a file that could not be linted (unreadable, malformed): one fatal message. */
export function fatalResult(filePath: string, message: string, line = 1, column = 1): LintResult {
  return toResult(filePath, [{ ruleId: null, severity: 2, fatal: true, message, line, column, endLine: line, endColumn: column }], [], []);
}
