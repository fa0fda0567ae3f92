// Lint a text with one rule on and read back what it reported: the messages, the exact flagged text, and
// expectations over lists of texts (each failure names the text). Same names and signatures as rules-c's
// test/helpers/rule-lint.ts, so the two can become one when both land.
import { expect } from 'vitest';
import { lintText } from '../../src/api.js';
import type { Channel, LintMessage, ReplyKind } from '../../src/types.js';

export interface FindOptions {
  options?: Record<string, unknown>;
  channel?: Channel;
  kind?: ReplyKind;
}

/** The messages `rule` reports on `text` (only that rule on, minWords 0). */
export async function only(rule: string, text: string, opts: FindOptions = {}): Promise<LintMessage[]> {
  const setting = opts.options ? ['error', opts.options] : 'error';
  const [result] = await lintText(text, { config: { rules: { [rule]: setting as never }, kind: opts.kind ?? 'general', channel: opts.channel ?? 'email', minWords: 0 } });
  return result!.messages.filter((m) => m.ruleId === rule);
}

/** The text a message points at (1-based line/column into `text`). */
export function flagged(text: string, m: LintMessage): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return text.slice(offset(m.line, m.column), offset(m.endLine, m.endColumn));
}

/** Every text is flagged by the rule (at least once). */
export async function expectFlags(rule: string, texts: readonly string[], opts: FindOptions = {}): Promise<void> {
  const missed: string[] = [];
  for (const t of texts) if ((await only(rule, t, opts)).length === 0) missed.push(t);
  expect(missed).toEqual([]);
}

/** No text is flagged by the rule (the failure lists what was flagged, and where). */
export async function expectClean(rule: string, texts: readonly string[], opts: FindOptions = {}): Promise<void> {
  const flagged: string[] = [];
  for (const t of texts) for (const m of await only(rule, t, opts)) flagged.push(`${t} -> "${flagged(t, m)}"`);
  expect(flagged).toEqual([]);
}
