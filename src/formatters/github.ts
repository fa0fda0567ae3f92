// github: GitHub Actions workflow commands, one annotation per finding:
// ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message
import type { Formatter } from './types.js';
import { isShown, relativePath, severityWord, suggestionText } from './shared.js';
import { printable, workflowCommand } from './escape.js';

export { escapeData, escapeProperty } from './escape.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

const github: Formatter = (results, ctx) => {
  let out = '';
  for (const result of results) {
    const file = relativePath(result.filePath, ctx.cwd);
    for (const m of result.messages) {
      if (!isShown(m, ctx.verbose)) continue;
      const hint = suggestionText(m);
      // One line each (content's own line breaks become spaces); the hint on a second annotation line.
      const text = hint ? `${printable(m.message)}\n→ ${printable(hint)}` : printable(m.message);
      out += workflowCommand(COMMAND[severityWord(m)], {
        file, line: m.line, col: m.column, endLine: m.endLine ?? m.line, endColumn: m.endColumn ?? m.column, title: m.ruleId ?? 'complaintlint',
      }, text) + '\n';
    }
  }
  return out;
};
export default github;
