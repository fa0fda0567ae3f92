// Shared by the formats tests: a config whose findings don't depend on how the built-in rules evolve.
// Every built-in rule is off except negative-follow-up; two declarative phrase rules stand in for
// corporate-stiff ("kindly" -> "please", "prior to" -> "before"). All three are fixable.
import { builtinRules } from '../rules/index.js';
import { lintText } from '../src/api.js';
import type { LintMessage, LintResult } from '../src/types.js';
import type { UserConfig } from '../src/config/types.js';

export const PROBE_CONFIG: UserConfig = {
  rules: {
    ...Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'off' as const])),
    'negative-follow-up': 'error',
  },
  phrases: [
    { id: 'probe/kindly', regex: String.raw`\bkindly\b`, message: 'Say "please".', replace: 'please', severity: 'warn' },
    { id: 'probe/prior-to', regex: String.raw`\bprior to\b`, message: 'Say "before".', replace: 'before', severity: 'warn' },
  ],
};

export async function probe(text: string, filePath: string, options: { fix?: boolean; config?: UserConfig } = {}): Promise<LintResult> {
  const [result] = await lintText(text, { filePath, config: options.config ?? PROBE_CONFIG, fix: options.fix });
  return result!;
}

/** "line:column:endColumn rule" for each message (endLine too when it differs). */
export function spots(messages: readonly LintMessage[]): string[] {
  return messages.map((m) => `${m.line}:${m.column}:${m.endLine !== m.line ? `${m.endLine}:` : ''}${m.endColumn} ${m.ruleId}`);
}

/** The source text each message points at (its fix range, or its line/column span on one line). */
export function pointed(text: string, m: LintMessage): string {
  const lines = text.split(/\r\n|\n|\r/);
  if (m.line === m.endLine) return lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1);
  return [lines[m.line - 1]!.slice(m.column - 1), ...lines.slice(m.line, m.endLine - 1), lines[m.endLine - 1]!.slice(0, m.endColumn - 1)].join('\n');
}

/** Lints with --fix until nothing changes; returns the final text. */
export async function fixed(text: string, filePath: string, config?: UserConfig): Promise<string> {
  const result = await probe(text, filePath, { fix: true, config });
  return result.output ?? text;
}
