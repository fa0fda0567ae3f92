// Small helpers the machine-readable formatters share: paths relative to the working directory
// and severity words.
import { relative, sep } from 'node:path';
import type { LintMessage, RuleMeta } from '../types.js';

/** The path as a user in `cwd` would type it ("macros/refunds.json"); absolute when outside cwd. */
export function relativePath(filePath: string, cwd: string): string {
  if (filePath.startsWith('<')) return filePath;
  const rel = relative(cwd, filePath);
  if (!rel || rel.startsWith('..') || /^[a-zA-Z]:/.test(rel) || rel.startsWith(sep)) return filePath;
  return rel.split(sep).join('/');
}

export { severityWord, type SeverityWord } from '../core/severity.js';

/** Info messages are shown only with --verbose in the human and annotation formats. */
export function isShown(m: LintMessage, verbose: boolean): boolean {
  return verbose || m.severity > 0 || Boolean(m.fatal);
}

/** The first suggestion's text, or the fix's replacement, for formats with one line per finding. */
export function suggestionText(m: LintMessage): string | undefined {
  const desc = m.suggestions?.find((s) => s.desc)?.desc;
  if (desc) return desc;
  if (m.fix) return m.fix.text ? `Replace with "${m.fix.text}"` : 'Remove it';
  return undefined;
}

// Escaping lives in escape.ts (one module for every formatter and notice); re-exported for old imports.
export { oneLine, printable, printablePath } from './escape.js';

/** The name a rule goes by in a checklist line: its meta label, else its id. */
export function checkLabel(ruleId: string, rulesMeta: Record<string, RuleMeta>): string {
  return rulesMeta[ruleId]?.label ?? ruleId;
}
