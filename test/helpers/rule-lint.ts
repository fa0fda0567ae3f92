// Linting a text with one rule switched on, and reading back what a message points at: the shared helper of
// the per-rule tests in test/rules/.
import { expect } from 'vitest';
import { lintText } from '../../src/api.js';
import type { Channel, LintMessage, LintResult, ReplyKind } from '../../src/types.js';

export interface RuleRun {
  options?: Record<string, unknown>;
  channel?: Channel;
  kind?: ReplyKind;
  fix?: boolean;
}

/** The result of linting `text` with only `rule` on (at error), on one channel and kind. */
export async function lintWith(rule: string, text: string, run: RuleRun = {}): Promise<LintResult> {
  const setting = run.options ? ['error', run.options] : 'error';
  const [result] = await lintText(text, {
    config: { rules: { [rule]: setting as never }, kind: run.kind ?? 'general', channel: run.channel ?? 'email', minWords: 0 },
    fix: run.fix,
  });
  return result!;
}

/** The messages `rule` raises on `text`. */
export async function only(rule: string, text: string, run: RuleRun = {}): Promise<LintMessage[]> {
  return (await lintWith(rule, text, run)).messages.filter((m) => m.ruleId === rule);
}

/** The text a message points at (1-based line/column into `text`). */
export function flagged(text: string, m: LintMessage): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return text.slice(offset(m.line, m.column), offset(m.endLine, m.endColumn));
}

/** Every text is flagged by the rule (the failure lists every text that was not). */
export async function expectFlags(rule: string, texts: readonly string[], run: RuleRun = {}): Promise<void> {
  const missed: string[] = [];
  for (const t of texts) if ((await only(rule, t, run)).length === 0) missed.push(t);
  expect(missed).toEqual([]);
}

/** No text is flagged by the rule (the failure lists what was flagged, and where). */
export async function expectClean(rule: string, texts: readonly string[], run: RuleRun = {}): Promise<void> {
  const found: string[] = [];
  for (const t of texts) for (const m of await only(rule, t, run)) found.push(`${t} -> "${flagged(t, m)}"`);
  expect(found).toEqual([]);
}
