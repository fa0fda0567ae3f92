// The repository step: after every file of a run was linted (serially, in workers, or from the cache),
// rules with a `repository` function see what their `check` collected from every reply and report at
// the replies they choose (duplicate-macro compares macros across files). Collected data rides on each
// file's result, so cached and worker results take part like fresh ones; it is removed here, before
// any formatter sees the results. With --shard a run sees only its shard's files.
import { relative, isAbsolute, sep } from 'node:path';
import type { CollectedData, LintMessage, LintResult, RepositoryItem, Rule } from '../types.js';
import { countMessages } from './lint-file.js';

export function runRepositoryStep(results: LintResult[], ruleSet: ReadonlyMap<string, Rule>, cwd?: string): void {
  const byRule = new Map<string, Array<{ result: LintResult; c: CollectedData }>>();
  for (const result of results) {
    for (const c of result.collected ?? []) {
      let list = byRule.get(c.ruleId);
      if (!list) byRule.set(c.ruleId, (list = []));
      list.push({ result, c });
    }
    delete result.collected;
  }
  const touched = new Set<LintResult>();
  for (const [ruleId, entries] of byRule) {
    const rule = ruleSet.get(ruleId);
    if (!rule?.repository) continue;
    const owner = new Map<RepositoryItem, { result: LintResult; c: CollectedData }>();
    const items = entries.map((e) => {
      const item: RepositoryItem = { data: e.c.data, file: display(e.result.filePath, cwd), line: e.c.line, column: e.c.column };
      if (e.c.title) item.title = e.c.title;
      if (e.c.macro !== undefined) item.macro = e.c.macro;
      owner.set(item, e);
      return item;
    });
    try {
      rule.repository(items, (item, message) => {
        const e = owner.get(item);
        if (!e) return;
        const m: LintMessage = {
          ruleId, severity: e.c.severity, message: String(message), line: e.c.line, column: e.c.column,
          endLine: e.c.endLine, endColumn: e.c.endColumn, reply: e.c.reply,
        };
        e.result.messages = [...e.result.messages, m];
        touched.add(e.result);
      });
    } catch (err) {
      // A repository step that throws fails alone, reported once, on the first file it had data from.
      const first = entries[0]!;
      const why = err instanceof Error ? err.message : String(err);
      first.result.messages = [...first.result.messages, {
        ruleId, severity: 2, fatal: true, message: `Rule "${ruleId}" failed in its repository step: ${why.split('\n')[0]}`,
        line: first.c.line, column: first.c.column, endLine: first.c.line, endColumn: first.c.column,
      }];
      touched.add(first.result);
    }
  }
  for (const r of touched) {
    r.messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
    countMessages(r);
  }
}

/** The file as output names it elsewhere: relative to the working directory when inside it. */
function display(filePath: string, cwd?: string): string {
  if (!cwd || !isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : filePath;
}
