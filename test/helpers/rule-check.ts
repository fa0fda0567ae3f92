// Linting a text with one rule on, for the per-rule tests in test/rules/: the messages of that rule, the text
// each points at, and the fixed output.
import { lintText } from '../../src/api.js';
import type { Channel, LintMessage, LintResult, ReplyKind } from '../../src/types.js';

export type RuleSetting = string | [string, Record<string, unknown>];

export interface CheckOptions {
  options?: Record<string, unknown>;
  channel?: Channel;
  kind?: ReplyKind;
  /** The name the text is linted as (picks its format: .md, .html, .json ...). */
  filePath?: string;
  /** Apply fixes (the messages left are those no fix removed). */
  fix?: boolean;
}

export async function lintWith(text: string, rules: Record<string, RuleSetting>, opts: { fix?: boolean; channel?: Channel; kind?: ReplyKind; filePath?: string } = {}): Promise<LintResult> {
  const [result] = await lintText(text, {
    config: { rules, kind: opts.kind ?? 'general', channel: opts.channel ?? 'email', minWords: 0 },
    fix: opts.fix,
    ...(opts.filePath ? { filePath: opts.filePath } : {}),
  });
  return result!;
}

/** The messages one rule reports on a text (every other rule off). */
export async function only(rule: string, text: string, opts: CheckOptions = {}): Promise<LintMessage[]> {
  const result = await lintWith(text, { [rule]: opts.options ? ['error', opts.options] : 'error' }, opts);
  return result.messages.filter((m) => m.ruleId === rule);
}

/** The text after --fix with only this rule on (the input when nothing changed). */
export async function fixedBy(rule: string, text: string, opts: CheckOptions = {}): Promise<string> {
  const result = await lintWith(text, { [rule]: opts.options ? ['error', opts.options] : 'error' }, { ...opts, fix: true });
  return result.output ?? text;
}

/** The text a message points at (1-based line/column into `text`). */
export function flagged(text: string, m: LintMessage): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return text.slice(offset(m.line, m.column), offset(m.endLine ?? m.line, m.endColumn ?? m.column));
}

/** The flagged texts of one rule on a text. */
export async function spans(rule: string, text: string, opts: CheckOptions = {}): Promise<string[]> {
  return (await only(rule, text, opts)).map((m) => flagged(text, m));
}
