// Shareable presets: `extends` takes built-in presets, plugin presets (plugin:acme/recommended),
// config files and config packages (complaintlint-config-*), which can bring their own plugins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText, loadConfig } from '../../src/api.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

function write(rel: string, content: unknown): string {
  const file = join(dir, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}
/** A project directory with one .complaintlintrc.json; returns the resolved config of a file in it. */
async function resolved(name: string, config: unknown) {
  write(`${name}/.complaintlintrc.json`, config);
  // Resolved from the project's own directory: its config is the root config, which may load plugins.
  return loadConfig('reply.txt', { cwd: join(dir, name) });
}
const severity = (c: Awaited<ReturnType<typeof loadConfig>>, id: string) => c.rules.get(id)?.severity;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'complaintlint-presets-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'complaintlint'), 'dir');
  cpSync(join(ROOT, 'fixtures', 'plugins', 'acme'), join(dir, 'plugins', 'acme'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extends', () => {
  it('built-in presets', async () => {
    const complaint = await resolved('builtin', { extends: 'complaintlint:complaint' });
    expect(complaint.kind).toBe('complaint');
    expect(severity(complaint, 'negative-follow-up')).toBe('error');
    const strict = await resolved('builtin-strict', { extends: ['strict'] });
    // Everything on, except opt-in rules (default off, e.g. reading-level): strict raises severities, it picks no house style.
    for (const [id, rc] of strict.rules) expect(strict.ruleSet.get(id)!.meta.defaultSeverity === 'off' ? ['off'] : ['warn', 'error']).toContain(rc.severity);
  });

  it('a plugin preset (plugin:NAME/PRESET); without a built-in preset built-in rules stay off', async () => {
    const c = await resolved('plugin-preset', { plugins: ['../plugins/acme/index.js'], extends: ['plugin:acme/recommended'] });
    expect(severity(c, 'acme/no-discount-codes')).toBe('error');
    expect(severity(c, 'acme/product-name')).toBe('warn');
    expect(severity(c, 'negative-follow-up')).toBe('off');
  });

  it('a plugin preset combined with a built-in one, and rules on top', async () => {
    const c = await resolved('plugin-both', {
      plugins: ['../plugins/acme/index.js'],
      extends: ['complaintlint:recommended', 'plugin:acme/recommended'],
      rules: { 'acme/product-name': 'error' },
    });
    expect([severity(c, 'negative-follow-up'), severity(c, 'acme/no-discount-codes'), severity(c, 'acme/product-name')]).toEqual(['error', 'error', 'error']);
  });

  it('a config file, which can extend presets and bring phrases; local settings win', async () => {
    write('team/base.json', {
      extends: ['complaintlint:complaint'], channel: 'chat',
      rules: { 'negative-follow-up': 'warn' },
      phrases: [{ id: 'team/no-asap', regex: '\\bASAP\\b', flags: '', message: 'Give a time.' }],
    });
    const c = await resolved('uses-file', { extends: ['../team/base.json'], rules: { 'team/no-asap': 'error' } });
    expect([c.kind, c.channel, severity(c, 'negative-follow-up'), severity(c, 'team/no-asap')]).toEqual(['complaint', 'chat', 'warn', 'error']);
    const [result] = await lintText('We will fix it ASAP.', { cwd: dir, filePath: 'uses-file/reply.txt' });
    expect(result!.messages.map((m) => m.ruleId)).toContain('team/no-asap');
  });

  it('a config package (complaintlint-config-NAME), in JSON or JavaScript, with its own plugin', async () => {
    write('node_modules/complaintlint-config-team/package.json', { name: 'complaintlint-config-team', main: 'index.json' });
    write('node_modules/complaintlint-config-team/index.json', { extends: ['complaintlint:recommended'], kind: 'complaint' });
    const byShortName = await resolved('uses-package', { extends: ['team'] });
    expect([byShortName.kind, severity(byShortName, 'negative-follow-up')]).toEqual(['complaint', 'error']);

    // A JS shared config that ships a plugin next to it and turns on its preset.
    const pkg = 'node_modules/@acme/complaintlint-config';
    write(`${pkg}/package.json`, { name: '@acme/complaintlint-config', type: 'module', main: 'index.js' });
    cpSync(join(ROOT, 'fixtures', 'plugins', 'acme'), join(dir, pkg, 'acme-plugin'), { recursive: true });
    write(`${pkg}/index.js`, "export default { plugins: ['./acme-plugin/index.js'], extends: ['plugin:acme/recommended'], channel: 'social' };\n");
    const scoped = await resolved('uses-scoped', { extends: ['@acme/complaintlint-config'] });
    expect([scoped.channel, severity(scoped, 'acme/no-discount-codes')]).toEqual(['social', 'error']);
    const [result] = await lintText('Use code SAVE10 today.', { cwd: join(dir, 'uses-scoped'), filePath: 'reply.txt' });
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['acme/no-discount-codes']);
  });

  it('the same config reached twice (a diamond) is fine; a cycle is an error', async () => {
    write('diamond/d.json', { rules: { 'negative-follow-up': 'warn' } });
    write('diamond/b.json', { extends: ['./d.json'] });
    write('diamond/c.json', { extends: ['./d.json'], channel: 'phone' });
    const c = await resolved('diamond', { extends: ['./b.json', './c.json'] });
    expect([c.channel, severity(c, 'negative-follow-up')]).toEqual(['phone', 'warn']);

    write('cycle/a.json', { extends: ['./b.json'] });
    write('cycle/b.json', { extends: ['./a.json'] });
    await expect(resolved('cycle', { extends: ['./a.json'] })).rejects.toThrow(/b\.json: extends: "\.\/a\.json" extends itself/);
  });

  it('unknown names are one clear error', async () => {
    await expect(resolved('unknown', { extends: ['complaintlint:lenient'] })).rejects.toThrow(/extends: cannot find preset or config "complaintlint:lenient"/);
    await expect(resolved('unknown-plugin', { extends: ['plugin:zeta/recommended'] })).rejects.toThrow(/unknown preset "plugin:zeta\/recommended" \(plugin "zeta" is not in plugins\)/);
  });
});

describe('plugins given to the API as objects', () => {
  it('lintText({ plugins }) registers rules and presets without a config file', async () => {
    const { default: acme } = await import('../../fixtures/plugins/acme/index.js');
    const [result] = await lintText('Thanks for using acme cloud.', { plugins: { acme }, config: { extends: ['plugin:acme/recommended'] } });
    expect(result!.messages.map((m) => [m.ruleId, m.fix?.text])).toEqual([['acme/product-name', 'Acme Cloud']]);
  });
});
