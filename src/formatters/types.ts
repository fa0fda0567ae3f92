// The formatter contract: results in, text out. Formatters know no rule beyond the metadata given.
import type { LintResult, RuleMeta } from '../types.js';

export interface FormatterContext {
  cwd: string;
  /** Metadata of every rule that could have run, by ID (for SARIF rule tables, help text). */
  rulesMeta: Record<string, RuleMeta>;
  /** Show info messages (stylish/compact); JSON and SARIF always carry them. */
  verbose: boolean;
  color: boolean;
  /** Use plain ASCII marks instead of ✓/✗. */
  ascii: boolean;
  version: string;
  /** Columns to wrap human output to (the terminal's width); undefined: no wrapping. */
  width?: number;
  /** --quiet: only errors were asked for, so a clean run prints nothing. */
  quiet?: boolean;
}

export type Formatter = ((results: LintResult[], context: FormatterContext) => string | Promise<string>) & {
  /** The formatter shows reply text (html): the CLI then keeps each file's text as the result's `source`. */
  needsSource?: boolean;
};
