// Runs the enabled rules over one prepared reply. A rule that throws becomes one error message
// naming the rule; the other rules still run.
import type { Reply, ReportDescriptor, Rule, Severity } from '../types.js';
import type { RuleConfig } from '../config/types.js';
import { sanitizeFix, snapSpan } from './fixes.js';
import { anyTrigger } from '../phrases/triggers.js';
import { messageText } from '../phrases/messages.js';

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
  /** Structure rules that ran and found their item missing (for the checklist). */
  missing: Set<string>;
  /** Whether structure rules applied to this reply. */
  structured: boolean;
}

export interface RunOptions {
  rules: Iterable<Rule>;
  settings: Map<string, RuleConfig>;
  minWords: number;
  /** Rules switched off for this reply (per-macro disable key). */
  disabled?: ReadonlySet<string>;
}

export function runRules(reply: Reply, opts: RunOptions): RunOutcome {
  const messages: RawMessage[] = [];
  const collected: RunOutcome['collected'] = [];
  const missing = new Set<string>();
  const structured = reply.kind === 'complaint' && reply.wordCount >= opts.minWords;
  for (const rule of opts.rules) {
    const { id, family, channels } = rule.meta;
    const setting = opts.settings.get(id);
    const severity = setting?.severity ?? 'off';
    const isStructure = family === 'structure';
    if (isStructure && !structured) continue;
    // Structure rules with a checklist item always run on complaint replies, so the checklist is complete.
    const forChecklist = isStructure && rule.meta.checklist !== undefined;
    if (severity === 'off' && !forChecklist) continue;
    if (Array.isArray(channels) && !channels.includes(reply.channel)) continue;
    if (opts.disabled?.has(id) && !forChecklist) continue;
    // Macro-hygiene rules that a preset turned on wait for a platform; config or --rule runs them anyway.
    if (rule.meta.needsPlatform && reply.platform === 'none' && !setting?.explicit) continue;
    // The trigger index: a rule whose trigger words are all absent cannot report, so it does not run.
    if (rule.meta.triggers && !anyTrigger(reply.words, rule.meta.triggers)) continue;
    const silent = severity === 'off' || opts.disabled?.has(id) === true;
    try {
      rule.check(reply, {
        ruleId: id,
        options: setting?.options ?? {},
        report(d: ReportDescriptor) {
          if (isStructure) missing.add(id);
          if (silent) return;
          messages.push(safeMessage(reply.text, d, rule, severity));
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
  return { messages, collected, missing, structured };
}

/** A report with its span snapped inside the text on code point boundaries and unusable fixes dropped. */
function safeMessage(text: string, d: ReportDescriptor, rule: Rule, severity: Severity): RawMessage {
  const [start, end] = snapSpan(text, d.start, d.end);
  const message: RawMessage = { ...d, message: messageText(rule.meta, d), start, end, ruleId: rule.meta.id, severity };
  delete message.data;
  const fix = d.fix && sanitizeFix(text, d.fix);
  if (fix) message.fix = fix;
  else delete message.fix;
  if (d.suggestions !== undefined) {
    message.suggestions = (Array.isArray(d.suggestions) ? d.suggestions : []).map((sg) => {
      const f = sg?.fix && sanitizeFix(text, sg.fix);
      return f ? { desc: String(sg.desc), fix: f } : { desc: String(sg?.desc) };
    });
  }
  return message;
}
