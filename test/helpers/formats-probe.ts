// Shared by the formats tests: a config whose findings don't depend on how the built-in rules evolve.
// Every built-in rule is off except negative-follow-up; two declarative phrase rules stand in for
// corporate-stiff ("kindly" -> "please", "prior to" -> "before"), and "help centre" is replaced by text
// that needs escaping in every host format. All are fixable.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/api.js';
import type { LintMessage, LintResult } from '../../src/types.js';
import type { UserConfig } from '../../src/config/types.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const PROBE_CONFIG: UserConfig = {
  rules: {
    ...Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'off' as const])),
    'negative-follow-up': 'error',
  },
  phrases: [
    { id: 'probe/kindly', regex: String.raw`\bkindly\b`, message: 'Say "please".', replace: 'please', severity: 'warn' },
    { id: 'probe/prior-to', regex: String.raw`\bprior to\b`, message: 'Say "before".', replace: 'before', severity: 'warn' },
    // A replacement full of characters each host format must escape.
    { id: 'probe/help-centre', regex: String.raw`\bhelp centre\b`, message: 'Name the page.', replace: `"Q&A" <help> page`, severity: 'warn' },
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

/** The probe config with other phrase rules. */
export function withPhrases(phrases: NonNullable<UserConfig['phrases']>): UserConfig {
  return { ...PROBE_CONFIG, phrases };
}

/** Paths whose string values differ between two parsed JSON/YAML values; throws if the shapes differ. */
export function changedStrings(a: unknown, b: unknown, path = '$'): string[] {
  if (typeof a === 'string' && typeof b === 'string') return a === b ? [] : [path];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) throw new Error(`${path}: array length ${a.length} -> ${b.length}`);
    return a.flatMap((x, i) => changedStrings(x, b[i], `${path}[${i}]`));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.join('\0') !== kb.join('\0')) throw new Error(`${path}: keys ${ka} -> ${kb}`);
    return ka.flatMap((k) => changedStrings((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`));
  }
  if (a !== b) throw new Error(`${path}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
  return [];
}
