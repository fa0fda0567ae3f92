// Runs the enabled rules over one prepared reply. A rule that throws becomes one error message
// naming the rule; the other rules still run.
import type { Reply, ReportDescriptor, Rule, Severity } from '../types.js';
import type { RuleConfig } from '../config/types.js';
import { sanitizeFix, snapSpan } from './fixes.js';
import { triggerIndex } from '../phrases/trigger-index.js';
import { messageText } from '../phrases/messages.js';
import { noteRules } from '../nlp/compromise.js';

// Each rule's trigger list has a slot in the shared trigger index (looked up once per list).
const ruleSlots = new WeakMap<readonly string[], number>();
function ruleSlot(triggers: readonly string[]): number {
  let slot = ruleSlots.get(triggers);
  if (slot === undefined) ruleSlots.set(triggers, (slot = triggerIndex.slot(triggers)));
  return slot;
}

export interface RawMessage extends ReportDescriptor {
  message: string;
  ruleId: string;
  severity: Severity;
  fatal?: boolean;
}

export interface RunOutcome {
  messages: RawMessage[];
  /** What rules collected for their repository step (only from rules that are on for this reply). */
  collected: Array<{ ruleId: string; severity: Severity; data: unknown }>;
  /** Rules with a checklist item that ran and found it missing (for the checklist). */
  missing: Set<string>;
  /** Context rules that ran on this reply (it had context), for the context checklist. */
  contextRan: Set<string>;
  /** Whether structure rules applied to this reply. */
  structured: boolean;
}

export interface RunOptions {
  rules: Iterable<Rule>;
  settings: Map<string, RuleConfig>;
  minWords: number;
  /** Rules switched off for this reply (per-macro disable key). */
  disabled?: ReadonlySet<string>;
  /** The reply's language ('en' when it looks English); rules whose meta.languages leave it out do not run. */
  language: string;
  /**
   * This text is one part of a reply too long to lint whole: the checklist (structure) rules, which judge
   * what the whole reply holds, do not run on it (an apology in part 1 is not missing from part 7).
   */
  partial?: boolean;
}

export function runRules(reply: Reply, opts: RunOptions): RunOutcome {
  const messages: RawMessage[] = [];
  const collected: RunOutcome['collected'] = [];
  const missing = new Set<string>();
  const contextRan = new Set<string>();
  const structured = reply.kind === 'complaint' && reply.wordCount >= opts.minWords && opts.partial !== true;
  let considered = 0;
  let skipped = 0;
  for (const rule of opts.rules) {
    const { id, family, channels, languages } = rule.meta;
    const setting = opts.settings.get(id);
    const severity = setting?.severity ?? 'off';
    const isStructure = family === 'structure';
    if (isStructure && !structured) continue;
    // Rules with a checklist item always run on complaint replies, so the checklist is complete.
    const forChecklist = structured && rule.meta.checklist !== undefined;
    if (severity === 'off' && !forChecklist) continue;
    if (Array.isArray(channels) && !channels.includes(reply.channel)) continue;
    if (Array.isArray(languages) && !languages.includes(opts.language)) continue;
    if (opts.disabled?.has(id) && !forChecklist) continue;
    // Macro-hygiene rules that a preset turned on wait for a platform; config or --rule runs them anyway.
    if (rule.meta.needsPlatform && reply.platform === 'none' && !setting?.explicit) continue;
    // The trigger index: a rule whose trigger words are all absent cannot report, so it does not run.
    considered++;
    if (rule.meta.triggers && !triggerIndex.has(reply.words, ruleSlot(rule.meta.triggers))) { skipped++; continue; }
    // Context rules read the customer's message: without one they have nothing to say.
    if (family === 'context' && !reply.context) continue;
    const silent = severity === 'off' || opts.disabled?.has(id) === true;
    if (family === 'context' && !silent) contextRan.add(id);
    try {
      rule.check(reply, {
        ruleId: id,
        options: setting?.options ?? {},
        report(d: ReportDescriptor) {
          // Quoted text is the customer's: a finding inside it (a rule that read `source`) is dropped.
          if (!isStructure && reply.quoted.length && insideQuoted(reply, d)) return;
          if (isStructure || rule.meta.checklist !== undefined) missing.add(id);
          if (silent) return;
          messages.push(safeMessage(reply, d, rule, severity));
        },
        collect(data: unknown) {
          if (!silent) collected.push({ ruleId: id, severity, data });
        },
      });
    } catch (err) {
      if (silent) continue;
      const why = err instanceof Error ? err.message : String(err);
      messages.push({
        ruleId: id, severity: 'error', fatal: true, start: 0, end: 0,
        message: `Rule "${id}" failed on this reply: ${why.split('\n')[0]}`,
      });
    }
  }
  noteRules(considered, skipped);
  return { messages, collected, missing, contextRan, structured };
}

/** True when a report's span lies in quoted text (spans that also cover the reply are kept). */
function insideQuoted(reply: Reply, d: ReportDescriptor): boolean {
  const start = Number(d.start);
  const end = Number(d.end);
  return reply.quoted.some((q) => start >= q.start && Math.max(start, end) <= q.end && !(start === end && start === q.end));
}

/**
 * A report with its span snapped inside the text on code point boundaries and unusable fixes dropped:
 * malformed ones, ones that would touch markup or placeholders, and any that would touch quoted text
 * (the customer's words are never rewritten).
 */
function safeMessage(reply: Reply, d: ReportDescriptor, rule: Rule, severity: Severity): RawMessage {
  const { text } = reply;
  const guard = { source: reply.source, placeholders: reply.placeholders };
  const [start, end] = snapSpan(text, d.start, d.end);
  const message: RawMessage = { ...d, message: messageText(rule.meta, d), start, end, ruleId: rule.meta.id, severity };
  delete message.data;
  const usable = (f: { start: number; end: number; text: string }) => {
    const clean = sanitizeFix(text, f, guard);
    return clean && !reply.inQuoted(clean.start, clean.end) ? clean : undefined;
  };
  const fix = d.fix && usable(d.fix);
  if (fix) message.fix = fix;
  else delete message.fix;
  if (d.suggestions !== undefined) {
    message.suggestions = (Array.isArray(d.suggestions) ? d.suggestions : []).map((sg) => {
      const f = sg?.fix && usable(sg.fix);
      return f ? { desc: String(sg.desc), fix: f } : { desc: String(sg?.desc) };
    });
  }
  return message;
}
