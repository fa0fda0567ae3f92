// github: GitHub Actions workflow commands, one annotation per finding:
// ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message
import type { Formatter } from './types.js';
import { isShown, relativePath, severityWord, suggestionText } from './shared.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes a command's message (data): %, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus the `:` and `,` that separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const github: Formatter = (results, ctx) => {
  let out = '';
  for (const result of results) {
    const file = relativePath(result.filePath, ctx.cwd);
    for (const m of result.messages) {
      if (!isShown(m, ctx.verbose)) continue;
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine ?? m.line}`,
        `endColumn=${m.endColumn ?? m.column}`,
        `title=${escapeProperty(m.ruleId ?? 'complaintlint')}`,
      ];
      const hint = suggestionText(m);
      const text = hint ? `${m.message}\n→ ${hint}` : m.message;
      out += `::${COMMAND[severityWord(m)]} ${props.join(',')}::${escapeData(text)}\n`;
    }
  }
  return out;
};
export default github;
