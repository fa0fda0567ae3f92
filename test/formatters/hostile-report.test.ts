// Hostile input, the stages after linting (issue 15): the html report and MCP lint_reply stay linear in
// findings and replies (the report was quadratic: line starts per reply, indexOf per finding, every mark
// per cut). These tests pin the output on small inputs; time per MB lives in `npm run bench -- --only hostile`.
import { describe, expect, it } from 'vitest';
import html from '../../src/formatters/html.js';
import { lintText } from '../../src/api.js';
import { createTools } from '../../src/mcp/tools.js';
import type { LintMessage, LintResult } from '../../src/types.js';
import { context } from '../helpers/pipelines.js';

const base = { suppressedMessages: [], fatalErrorCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] as never[] };
const msg = (n: number, severity: 1 | 2, column: number, endColumn: number, line = 1): LintMessage =>
  ({ ruleId: 'house/x', severity, message: `m${n}`, line, column, endLine: line, endColumn, reply: 0 });

function result(source: string, messages: LintMessage[], lines = source.split('\n').length): LintResult {
  const last = source.split('\n')[lines - 1] ?? '';
  return {
    ...base, filePath: '/work/reply.txt', source, messages,
    errorCount: messages.filter((m) => m.severity === 2).length, warningCount: messages.filter((m) => m.severity === 1).length,
    replies: [{ line: 1, column: 1, endLine: lines, endColumn: last.length + 1, words: 1 }],
  } as unknown as LintResult;
}
const contextOf = (page: string) => /<pre class="context">([\s\S]*?)<\/pre>/.exec(page)![1];

describe('html report on hostile results', () => {
  it('overlapping, nested and empty spans on one line: one mark per segment, numbers where spans end', () => {
    // m1 [0,5) warning, m2 [2,8) error, m3 empty at 9 (an insertion point), m4 [3,4) warning inside both.
    const page = html([result('abcdefghij', [msg(1, 1, 1, 6), msg(2, 2, 3, 9), msg(3, 1, 10, 10), msg(4, 1, 4, 5)])], context()) as string;
    expect(contextOf(page)).toBe(
      '<mark class="warning">ab</mark><mark class="error">c</mark><mark class="error">d<sup>4</sup></mark><mark class="error">e<sup>1</sup></mark>'
      + '<mark class="error">fgh<sup>2</sup></mark>i<mark class="insert warning"><sup>3</sup></mark>j\n',
    );
  });

  it('2,000 findings on one line of one reply: every finding numbered once, in order, each span marked', () => {
    const source = 'ab '.repeat(2000);
    const messages = Array.from({ length: 2000 }, (_, i) => msg(i + 1, 1, 3 * i + 1, 3 * i + 3));
    const page = html([result(source, messages)], context()) as string;
    const numbers = [...page.matchAll(/<span class="n">(\d+)<\/span>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    const marks = [...contextOf(page).matchAll(/<mark class="warning">ab<sup>(\d+)<\/sup><\/mark>/g)].map((m) => Number(m[1]));
    expect(marks).toEqual(numbers);
  });

  it('a finding over thousands of lines shows the first lines and the lines around it, not every line', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i + 1}`);
    const m = { ...msg(1, 1, 1, 4, 4000), endLine: 4002 };
    const page = html([result(lines.join('\n'), [m], 5000)], context()) as string;
    const shown = contextOf(page).replace(/<sup>\d+<\/sup>/g, '').replace(/<[^>]+>/g, '').split('\n').filter((l) => l.includes('line '));
    expect(shown).toEqual(['line 1', 'line 2', 'line 3', 'line 3998', 'line 3999', 'line 4000', 'line 4001', 'line 4002', 'line 4003', 'line 4004']);
  });
});

describe('MCP lint_reply on many findings', () => {
  it('returns every finding with its flagged text, as lintText finds them', async () => {
    const text = 'Calm down!! Per our policy this is not our fault. '.repeat(150);
    const [r] = await lintText(text, { filePath: '__mcp__.txt' });
    const tool = createTools({ cwd: process.cwd() }).find((t) => t.name === 'lint_reply')!;
    const out = (await tool.run({ text })).structuredContent as { messages: Array<{ ruleId: string; column: number; text: string }> };
    expect(out.messages.length).toBe(r!.messages.length);
    expect(out.messages.length).toBeGreaterThan(300);
    for (const [i, m] of out.messages.entries()) {
      const lm = r!.messages[i]!;
      expect([m.ruleId, m.column]).toEqual([lm.ruleId, lm.column]);
      if (m.text) expect(m.text).toBe(text.slice(lm.column - 1, lm.endColumn - 1));
    }
  });
});
