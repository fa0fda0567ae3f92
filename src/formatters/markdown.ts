// markdown: a summary for CI pages (GitHub's job summary, a merge-request comment): the totals, findings
// per rule, and the files with the most findings. Names from files are escaped, so a file name cannot
// inject Markdown or HTML into the page.
import type { Formatter } from './types.js';
import { isShown, relativePath, severityWord } from './shared.js';
import { escapeMarkdown } from './escape.js';

const WORST_FILES = 10;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export { escapeMarkdown } from './escape.js';

interface Tally { errors: number; warnings: number; infos: number }
const tally = (): Tally => ({ errors: 0, warnings: 0, infos: 0 });
const total = (t: Tally) => t.errors + t.warnings + t.infos;

function count(t: Tally, word: 'error' | 'warning' | 'info'): void {
  if (word === 'error') t.errors++;
  else if (word === 'warning') t.warnings++;
  else t.infos++;
}

const markdown: Formatter = (results, ctx) => {
  const all = tally();
  const rules = new Map<string, Tally>();
  const files: Array<{ file: string; t: Tally }> = [];
  let replies = 0, suppressed = 0;
  for (const result of results) {
    replies += result.replies.length;
    suppressed += result.suppressedByBaseline ?? 0;
    const t = tally();
    for (const m of result.messages) {
      if (!isShown(m, ctx.verbose)) continue;
      const word = severityWord(m);
      count(t, word);
      count(all, word);
      const id = m.ruleId ?? (m.fatal ? '(file could not be linted)' : '(directive)');
      if (!rules.has(id)) rules.set(id, tally());
      count(rules.get(id)!, word);
    }
    if (total(t)) files.push({ file: relativePath(result.filePath, ctx.cwd), t });
  }

  const lines = ['## complaintlint', ''];
  const scope = `${plural(results.length, 'file')}, ${replies} ${replies === 1 ? 'reply' : 'replies'}`;
  const baseline = suppressed ? ` ${plural(suppressed, 'finding')} suppressed by the baseline.` : '';
  if (total(all) === 0) {
    lines.push(`No problems (${scope}).${baseline}`);
    return lines.join('\n') + '\n';
  }
  const parts = [plural(all.errors, 'error'), plural(all.warnings, 'warning')];
  if (all.infos) parts.push(plural(all.infos, 'info'));
  lines.push(`**${plural(total(all), 'problem')}** (${parts.join(', ')}) in ${plural(files.length, 'file')} of ${scope}.${baseline}`, '');

  const byCount = (a: Tally, b: Tally) => b.errors - a.errors || total(b) - total(a);
  lines.push('| Rule | Errors | Warnings |', '| --- | ---: | ---: |');
  for (const [id, t] of [...rules].sort((a, b) => byCount(a[1], b[1]) || (a[0] < b[0] ? -1 : 1))) {
    lines.push(`| ${escapeMarkdown(id)} | ${t.errors} | ${t.warnings} |`);
  }
  lines.push('', files.length > WORST_FILES ? `Files with the most problems (${WORST_FILES} of ${files.length}):` : 'Files with problems:', '');
  lines.push('| File | Errors | Warnings |', '| --- | ---: | ---: |');
  for (const { file, t } of files.sort((a, b) => byCount(a.t, b.t) || (a.file < b.file ? -1 : 1)).slice(0, WORST_FILES)) {
    lines.push(`| ${escapeMarkdown(file)} | ${t.errors} | ${t.warnings} |`);
  }
  return lines.join('\n') + '\n';
};
export default markdown;
