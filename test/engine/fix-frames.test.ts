// Every fix of every fixable rule, in every frame: the sentence tables (test/rules/<rule-id>.fixes.ts) run in
// each host frame of test/helpers/fix-frames.ts and must give the exact fixed text. A fixable built-in rule
// needs a table. Plus the engine's guard itself: a fix from any rule (here a plugin's) never rewrites list
// or quote markers, Markdown or HTML markup, or placeholders.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/api.js';
import { defineRule } from '../../src/rule-api.js';
import { ROOT } from '../helpers/cli.js';
import { fixWithRule, frameCases, type FixTable } from '../helpers/fix-frames.js';

const dir = join(ROOT, 'test', 'rules');
const tables: FixTable[] = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.fixes.ts')).sort()) {
  tables.push((await import(pathToFileURL(join(dir, f)).href)).default as FixTable);
}

describe('fix tables', () => {
  it('every fixable built-in rule has one, named after the rule', () => {
    const fixable = builtinRules.filter((r) => r.meta.fixable).map((r) => r.meta.id).sort();
    expect(tables.map((t) => t.rule).sort()).toEqual(fixable);
  });
});

for (const table of tables) {
  describe(`${table.rule} fixes`, () => {
    const cases = frameCases(table);
    it.each(cases.map((c) => [`"${c.phrase}" (${c.frame}) in ${c.host.name}`, c] as const))('%s', async (_name, c) => {
      expect(await fixWithRule(table.rule, c.host.file, c.input, table.settings)).toBe(c.expected);
    });
  });
}

// A plugin rule that rewrites whatever span a test gives it, to check the engine's guard on its own.
function rewriteRule(find: RegExp, replacement: string) {
  return defineRule({
    meta: { id: 'rewrite', description: 'test rule', family: 'phrase', defaultSeverity: 'error', fixable: true, docs: { why: 'test', seeds: [] }, examples: { bad: [], good: [] } },
    check(reply, context) {
      for (const m of reply.source.matchAll(new RegExp(find.source, 'g'))) {
        const start = m.index!, end = start + m[0].length;
        context.report({ message: 'rewrite', start, end, fix: { start, end, text: replacement }, suggestions: [{ desc: 'rewrite it', fix: { start, end, text: replacement } }] });
      }
    },
  });
}

async function fixedBy(find: RegExp, replacement: string, text: string, filePath = 'reply.txt') {
  const rules = Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'off' as const]));
  const [result] = await lintText(text, {
    useConfig: false, filePath, fix: true, kind: 'general',
    plugins: { t: { rules: { rewrite: rewriteRule(find, replacement) } } },
    config: { rules: { ...rules, 't/rewrite': 'error' } },
  });
  return { output: result!.output ?? text, messages: result!.messages };
}

describe('the engine keeps fixes off layout and markup, for any rule', () => {
  it.each([
    ['a list marker', '- Is it broken?\n', /- Is it broken\?/, '- Fixed.\n'],
    ['a numbered item', 'Hi,\n2) Is it broken?\n', /2\) Is it broken\?/, 'Hi,\n2) Fixed.\n'],
    ['a heading marker', '## Is it broken?\n', /## Is it broken\?/, '## Fixed.\n'],
    ['emphasis around the span', 'Hi,\n**Is it broken?**\n', /\*\*Is it broken\?\*\*/, 'Hi,\n**Fixed.**\n'],
    ['an HTML tag around the span', 'Hi,\n<b>Is it broken?</b>\n', /<b>Is it broken\?<\/b>/, 'Hi,\n<b>Fixed.</b>\n'],
    ['markers and emphasis together', '- _Is it broken?_\n', /- _Is it broken\?_/, '- _Fixed._\n'],
  ])('a span starting on %s keeps it: the words after it are rewritten', async (_what, text, find, expected) => {
    expect((await fixedBy(find, 'Fixed.', text)).output).toBe(expected);
  });

  it('a quoted line is the customer\'s: a span starting on its marker is never rewritten', async () => {
    const { output, messages } = await fixedBy(/> Is it broken\?/, 'Fixed.', 'Hi,\n> Is it broken?\n');
    expect(output).toBe('Hi,\n> Is it broken?\n');
    expect(messages.filter((m) => m.ruleId === 't/rewrite')).toEqual([]);
  });

  it.each([
    ['emphasis inside the span', 'Hi,\nIs it *really* broken?\n', /Is it \*really\* broken\?/],
    ['an HTML tag inside the span', 'Hi,\nIs it <em>really</em> broken?\n', /Is it <em>really<\/em> broken\?/],
    ['a link', 'See [the guide](https://example.com/guide) now.\n', /See \[the guide\]\(https:\/\/example\.com\/guide\) now\./],
    ['inline code', 'Run `reset` now.\n', /Run `reset` now\./],
    ['an HTML entity', 'Fish &amp; chips today.\n', /Fish &amp; chips today\./],
    ['a placeholder', 'Hi {{ticket.requester.name}}, is it broken?\n', /\{\{ticket\.requester\.name\}\}, is it broken\?/],
    ['a bracket placeholder', 'Thanks, [Agent Name] here.\n', /\[Agent Name\] here\./],
    ['a quoted line', 'Is it fixed?\n> Is it broken?\n', /Is it fixed\?\n> Is it broken\?/],
    ['a list item after a line break', 'Is it fixed?\n- Is it broken?\n', /Is it fixed\?\n- Is it broken\?/],
  ])('a span with %s is not fixed: the finding stays, with its advice and no fix', async (_what, text, find) => {
    const { output, messages } = await fixedBy(find, 'Fixed.', text);
    expect(output).toBe(text);
    expect(messages.map((m) => [m.ruleId, m.fix, m.suggestions])).toEqual([['t/rewrite', undefined, [{ desc: 'rewrite it' }]]]);
  });

  it('a deletion that would leave empty emphasis is not applied (text and Markdown files)', async () => {
    for (const file of ['reply.txt', 'reply.md']) {
      const text = 'Hi,\n\n**Please be advised that** your order has shipped.\n';
      expect((await fixedBy(/Please be advised that/, '', text, file)).output).toBe(text);
      expect(await fixWithRule('corporate-stiff', file, text)).toBe(text);
    }
  });

  it('the issue 14 draft: list and quote markers survive --fix', async () => {
    expect(await fixWithRule('negative-follow-up', 'reply.txt', 'Thanks.\n- Is there anything else wrong?\n')).toBe('Thanks.\n- How else can I help you today?\n');
  });
});
