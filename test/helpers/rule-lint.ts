// Linting a text with one rule switched on, and reading back what a message points at: the per-rule
// tests' expectations over the one shared lint helper (rule-check.ts).
import { expect } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { flagged, lintWith as lintRules, only, type CheckOptions } from './rule-check.js';

export { flagged, only };

export type RuleRun = CheckOptions;

/** The result of linting `text` with only `rule` on (at error), on one channel and kind. */
export async function lintWith(rule: string, text: string, run: RuleRun = {}): Promise<LintResult> {
  return lintRules(text, { [rule]: run.options ? ['error', run.options] : 'error' }, run);
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
