// What --fix and --fix-dry-run changed, on stderr (stdout keeps the report, or the fixed draft): a count
// per file, and with --verbose each change as the text before and after, like a diff.
import { colors } from '../formatters/colors.js';
import type { LintResult } from '../types.js';
import { relativePath } from '../formatters/shared.js';
import { printable, printablePath } from '../formatters/escape.js';

export interface FixReportOptions {
  dryRun: boolean;
  verbose: boolean;
  cwd: string;
  color: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The lines to print; empty when nothing changed. */
export function fixReport(results: readonly LintResult[], options: FixReportOptions): string {
  const c = colors(options.color);
  const verb = options.dryRun ? 'would fix' : 'fixed';
  let out = '';
  let files = 0, changes = 0;
  for (const r of results) {
    const applied = r.appliedFixes;
    if (!applied?.length || r.output === undefined) continue;
    files++;
    changes += applied.length;
    out += `complaintlint: ${verb} ${plural(applied.length, 'problem')} in ${printablePath(relativePath(r.filePath, options.cwd))}\n`;
    if (!options.verbose) continue;
    for (const f of applied) {
      out += `  ${c.dim(`${f.line}:${f.column}`)}  ${c.dim(printable(f.ruleId ?? ''))}\n`;
      if (f.before) for (const line of f.before.split(/\r?\n/)) out += c.red(`    - ${printable(line)}`) + '\n';
      if (f.after) for (const line of f.after.split(/\r?\n/)) out += c.green(`    + ${printable(line)}`) + '\n';
    }
  }
  if (files > 1) out += `complaintlint: ${verb} ${plural(changes, 'problem')} in ${plural(files, 'file')}\n`;
  return out;
}
