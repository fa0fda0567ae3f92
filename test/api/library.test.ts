// The programmatic API (lintText, lintFiles, loadConfig, applyFixes) and what the package entry exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as api from '../../src/index.js';
import { applyFixes, defineRule, lintFiles, lintText, loadConfig } from '../../src/index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'complaintlint-api-'));
  mkdirSync(join(dir, 'macros'));
  writeFileSync(join(dir, 'macros', 'closing.txt'), 'Thanks for waiting.\nIs there anything else wrong?\n');
  writeFileSync(join(dir, 'macros', 'fine.md'), '# Closing\n\nHow else can I help you today?\n');
  writeFileSync(join(dir, 'macros', 'library.json'), JSON.stringify({ macros: [{ title: 'Close', comment_value: 'Any other problems?' }] }, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the package entry', () => {
  it('exports the API, the rule API, RuleTester and the rules', () => {
    for (const name of ['lintText', 'lintFiles', 'loadConfig', 'applyFixes', 'defineRule', 'RuleTester', 'scan', 'nlpMatch', 'nlpHas', 'matchCase']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(api.builtinRules.map((r) => r.meta.id)).toContain('negative-follow-up');
    expect(api.PRESET_NAMES).toEqual(['recommended', 'complaint', 'strict']);
  });

  it('defineRule rejects a malformed rule with one line naming it', () => {
    expect(() => defineRule({ meta: { id: 'Bad Id' }, check() {} } as never)).toThrow('rule Bad Id: meta.id must be kebab-case');
  });
});

describe('lintText', () => {
  it('returns one ESLint-shaped result', async () => {
    const results = await lintText('Thanks for waiting. Is there anything else wrong?', { cwd: dir, config: { extends: 'recommended' } });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ filePath: '<text>', errorCount: 1, fixableErrorCount: 1 });
    expect(results[0]!.messages[0]).toMatchObject({ ruleId: 'negative-follow-up', severity: 2, line: 1, column: 21 });
  });

  it('lints as the given file name (format and config), and with kind/channel', async () => {
    const [html] = await lintText('<p>Is there anything else wrong?</p>', { cwd: dir, filePath: 'reply.html', config: {} });
    expect(html!.filePath).toBe(join(dir, 'reply.html'));
    expect(html!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['negative-follow-up', 1, 4]]);
    const [complaint] = await lintText('Thanks for your message about the late parcel. We are looking into it.', { cwd: dir, kind: 'complaint', channel: 'chat', config: { extends: 'complaint', minWords: 0 } });
    expect(complaint!.replies[0]).toMatchObject({ kind: 'complaint', channel: 'chat' });
    expect(Object.keys(complaint!.replies[0]!.checklist ?? {})).toHaveLength(6);
  });

  it('fix: true gives the fixed text as output', async () => {
    const [result] = await lintText('Is there anything else wrong?', { fix: true, config: {} });
    expect(result!.output).toBe('How else can I help you today?');
    expect(result!.messages).toEqual([]);
  });
});

describe('lintFiles', () => {
  it('lints files, directories and globs, with positions inside JSON libraries', async () => {
    const results = await lintFiles(['macros'], { cwd: dir, config: {} });
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => [m.ruleId, m.line, m.column])]));
    expect(byFile).toEqual({
      'macros/closing.txt': [['negative-follow-up', 2, 1]],
      'macros/fine.md': [],
      'macros/library.json': [['negative-follow-up', 5, 25]],
    });
    expect((await lintFiles('macros/*.md', { cwd: dir, config: {} })).map((r) => r.filePath)).toEqual([join(dir, 'macros', 'fine.md')]);
  });

  it('throws when a pattern matches nothing', async () => {
    await expect(lintFiles('nothing/**/*.txt', { cwd: dir })).rejects.toThrow(/nothing/);
  });
});

describe('loadConfig and applyFixes', () => {
  it('loadConfig resolves the config for a path', async () => {
    writeFileSync(join(dir, '.complaintlintrc.json'), JSON.stringify({ extends: 'complaint', channel: 'social', rules: { 'negative-follow-up': 'warn' } }));
    const config = await loadConfig('macros/closing.txt', { cwd: dir });
    expect([config.filePath, config.kind, config.channel, config.rules.get('negative-follow-up')?.severity])
      .toEqual([join(dir, '.complaintlintrc.json'), 'complaint', 'social', 'warn']);
    rmSync(join(dir, '.complaintlintrc.json'));
  });

  it('applyFixes applies the fixes of messages to the text they came from (BOM kept)', async () => {
    const text = '\uFEFFThanks!\nIs there anything else wrong?\n';
    const [result] = await lintText(text, { config: {} });
    expect(applyFixes(text, result!.messages)).toEqual({ output: '\uFEFFThanks!\nHow else can I help you today?\n', fixed: true });
    expect(applyFixes('Fine.', [])).toEqual({ output: 'Fine.', fixed: false });
  });
});
