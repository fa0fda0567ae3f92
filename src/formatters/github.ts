// github: GitHub Actions workflow commands, one annotation per finding:
// ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message
import type { Formatter } from './types.js';
import { isShown, relativePath, severityWord, suggestionText } from './shared.js';
import { workflowCommand } from './escape.js';

export { escapeData, escapeProperty } from './escape.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

const github: Formatter = (results, ctx) => {
  let out = '';
  for (const result of results) {
    const file = relativePath(result.filePath, ctx.cwd);
    for (const m of result.messages) {
      if (!isShown(m, ctx.verbose)) continue;
      const hint = suggestionText(m);
      // Line breaks stay (escaped as %0A, an annotation may have several lines); workflowCommand escapes the rest.
      const text = hint ? `${m.message}\n→ ${hint}` : m.message;
      out += workflowCommand(COMMAND[severityWord(m)], {
        file, line: m.line, col: m.column, endLine: m.endLine ?? m.line, endColumn: m.endColumn ?? m.column, title: m.ruleId ?? 'complaintlint',
      }, text) + '\n';
    }
  }
  return out;
};
export default github;
