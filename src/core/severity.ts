// Severity words: what a config file or --rule may say (off, info, warn/warning, error, 0-2), and the
// word a reported message is shown with.
import type { LintMessage, Severity } from '../types.js';

const BY_WORD = new Map<string, Severity>([['off', 'off'], ['info', 'info'], ['warn', 'warn'], ['warning', 'warn'], ['error', 'error']]);
const BY_NUMBER: readonly Severity[] = ['off', 'warn', 'error'];

/** The severity a word (any case) or ESLint number (0, 1, 2) names; undefined for anything else. */
export function severityOf(value: unknown): Severity | undefined {
  if (typeof value === 'string') return BY_WORD.get(value.toLowerCase());
  if (typeof value === 'number' && Number.isInteger(value)) return BY_NUMBER[value];
  return undefined;
}

export type SeverityWord = 'error' | 'warning' | 'info';

/** The word a reported message is shown with (a fatal parse error is an error). */
export function severityWord(m: LintMessage): SeverityWord {
  return m.severity === 2 || m.fatal ? 'error' : m.severity === 1 ? 'warning' : 'info';
}
