// compact: `file:line:col: severity message [rule]`, one finding a line, for editors and grep.
import type { Formatter } from './types.js';
import { isShown, relativePath, severityWord } from './shared.js';
import { printable, printablePath } from './escape.js';

const compact: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = printablePath(relativePath(result.filePath, ctx.cwd));
    for (const m of result.messages) {
      if (!isShown(m, ctx.verbose)) continue;
      const rule = m.ruleId ? ` [${printable(m.ruleId)}]` : '';
      lines.push(`${file}:${m.line}:${m.column}: ${severityWord(m)} ${printable(m.message)}${rule}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
export default compact;
