// The example plugin (fixtures/plugins/acme) installed the way a user would: a project with
// complaintlint in node_modules, the plugin as a local file named in .complaintlintrc.json. Its rules
// fire, fix and obey directives in stylish, json and sarif output; broken plugins are one clear error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'complaintlint.js');
const FIXTURE = join(ROOT, 'fixtures', 'plugins', 'acme');

interface Run { code: number; stdout: string; stderr: string }
function cli(cwd: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

const DRAFT = [
  'Hi Sam,',
  '',
  'Thanks for using acme cloud. As a thank-you, use code SAVE10 at checkout.',
  '',
  'Best, Priya',
  '',
].join('\n');

let project: string;
const write = (rel: string, text: string) => {
  const file = join(project, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
};
const config = (c: object, dir = '.') => write(join(dir, '.complaintlintrc.json'), JSON.stringify(c));

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'complaintlint-plugin-'));
  // complaintlint "installed" in the project, so the plugin's `import ... from 'complaintlint'` resolves.
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(ROOT, join(project, 'node_modules', 'complaintlint'), 'dir');
  cpSync(FIXTURE, join(project, 'plugins', 'acme'), { recursive: true });
  config({ plugins: ['./plugins/acme/index.js'], extends: ['complaintlint:recommended', 'plugin:acme/recommended'] });
  write('replies/draft.txt', DRAFT);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the example plugin from a config file path', () => {
  it('fires in stylish output', async () => {
    const r = await cli(project, ['replies/draft.txt']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/3:18\s+warning\s+Write the product name as "Acme Cloud"\.\s+acme\/product-name/);
    expect(r.stdout).toMatch(/3:\d+\s+error\s+Don't share discount codes \("SAVE10"\).*acme\/no-discount-codes/);
  });

  it('fires in json output, with positions and the fix', async () => {
    const r = await cli(project, ['replies/draft.txt', '-f', 'json']);
    const [result] = JSON.parse(r.stdout);
    const byRule = Object.fromEntries(result.messages.map((m: { ruleId: string }) => [m.ruleId, m]));
    expect(byRule['acme/product-name']).toMatchObject({ severity: 1, line: 3, column: 18, endLine: 3, endColumn: 28, fix: { text: 'Acme Cloud' } });
    const start = DRAFT.indexOf('acme cloud');
    expect(byRule['acme/product-name'].fix.range).toEqual([start, start + 'acme cloud'.length]);
    expect(byRule['acme/no-discount-codes']).toMatchObject({ severity: 2, line: 3 });
    expect(byRule['acme/no-discount-codes'].fix).toBeUndefined();
    expect(result.fixableWarningCount).toBe(1);
  });

  it('fires in sarif output, with the plugin rules in the rule table', async () => {
    const r = await cli(project, ['replies/draft.txt', '-f', 'sarif']);
    expect(r.stderr).toBe('');
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ruleIds).toEqual(expect.arrayContaining(['acme/no-discount-codes', 'acme/product-name']));
    const results = run.results.filter((x: { suppressions?: unknown[] }) => !x.suppressions?.length);
    const product = results.find((x: { ruleId: string }) => x.ruleId === 'acme/product-name');
    expect(product.level).toBe('warning');
    expect(product.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 18 });
    expect(results.find((x: { ruleId: string }) => x.ruleId === 'acme/no-discount-codes').level).toBe('error');
  });

  it('fixes with --fix, and a second run has nothing left to fix', async () => {
    write('fix/draft.txt', DRAFT);
    const first = await cli(project, ['fix/draft.txt', '--fix']);
    expect(first.code).toBe(1); // the discount code is not fixable
    const fixed = readFileSync(join(project, 'fix', 'draft.txt'), 'utf8');
    expect(fixed).toBe(DRAFT.replace('acme cloud', 'Acme Cloud'));
    const again = await cli(project, ['fix/draft.txt', '-f', 'json']);
    const ids = JSON.parse(again.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).toEqual(['acme/no-discount-codes']);
  });

  it('obeys inline directives in every format', async () => {
    write('directives/draft.md', [
      'Hi Sam,',
      '',
      '<!-- complaintlint-disable-next-line acme/no-discount-codes -- approved campaign code -->',
      'As a thank-you, use code SAVE10 at checkout.',
      '',
      '<!-- complaintlint-disable acme/product-name -->',
      'Thanks for using acme cloud.',
      '',
    ].join('\n'));
    const json = JSON.parse((await cli(project, ['directives/draft.md', '-f', 'json'])).stdout)[0];
    expect(json.messages.filter((m: { ruleId: string }) => m.ruleId?.startsWith('acme/'))).toEqual([]);
    const suppressed = json.suppressedMessages.map((m: { ruleId: string; suppressions: Array<{ justification: string }> }) => [m.ruleId, m.suppressions[0]!.justification]);
    expect(suppressed).toEqual(expect.arrayContaining([['acme/no-discount-codes', 'approved campaign code'], ['acme/product-name', '']]));

    const stylish = await cli(project, ['directives/draft.md']);
    expect(stylish.stdout).not.toContain('acme/');

    const sarif = JSON.parse((await cli(project, ['directives/draft.md', '-f', 'sarif'])).stdout);
    const active = sarif.runs[0].results.filter((x: { ruleId: string; suppressions?: unknown[] }) => x.ruleId.startsWith('acme/') && !x.suppressions?.length);
    expect(active).toEqual([]);
  });

  it('sets severities and options of plugin rules like built-in ones', async () => {
    config({
      plugins: ['../plugins/acme/index.js'],
      extends: ['plugin:acme/recommended'],
      rules: { 'acme/product-name': 'off', 'acme/no-discount-codes': ['warn', { allow: ['SAVE10'] }] },
    }, 'options');
    write('options/draft.txt', DRAFT + 'Or use code WINTER25.\n');
    const [result] = JSON.parse((await cli(project, ['options/draft.txt', '-f', 'json'])).stdout);
    expect(result.messages.map((m: { ruleId: string; severity: number; message: string }) => [m.ruleId, m.severity, m.message.match(/"(\w+)"/)?.[1]]))
      .toEqual([['acme/no-discount-codes', 1, 'WINTER25']]);
  });

  it('loads a plugin by npm package name (complaintlint-plugin-*)', async () => {
    const pkg = join(project, 'node_modules', 'complaintlint-plugin-acme');
    cpSync(FIXTURE, pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'complaintlint-plugin-acme', version: '1.0.0', type: 'module', exports: './index.js' }));
    config({ plugins: ['acme'], extends: ['plugin:acme/recommended'] }, 'by-name');
    write('by-name/draft.txt', DRAFT);
    const [result] = JSON.parse((await cli(project, ['by-name/draft.txt', '-f', 'json'])).stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId).sort()).toEqual(['acme/no-discount-codes', 'acme/product-name']);
  });
});

describe('broken plugins', () => {
  async function expectOneError(dir: string, plugin: string, pluginFile: string | undefined, pattern: RegExp) {
    if (pluginFile !== undefined) write(join(dir, 'plugin.js'), pluginFile);
    config({ plugins: [plugin] }, dir);
    write(join(dir, 'draft.txt'), DRAFT);
    // Run in the directory whose config names the plugin: it is that project's root config (a config in
    // a linted subdirectory loads no plugins, see test/hostile-trust.test.ts).
    const r = await cli(join(project, dir), ['draft.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^complaintlint: .*\\.complaintlintrc\\.json: plugins: plugin "${plugin.replace(/[./]/g, '\\$&')}"`));
    expect(lines[0]).toMatch(pattern);
  }

  it('a plugin that throws while loading', () =>
    expectOneError('broken-load', './plugin.js', 'throw new Error("database not configured");\n', /failed to load: database not configured/));

  it('a plugin file that does not exist', () =>
    expectOneError('broken-missing', './nowhere.js', undefined, /could not be found/));

  it('a package that is not installed', () =>
    expectOneError('broken-package', 'complaintlint-plugin-nope', undefined, /could not be found .*is complaintlint-plugin-nope installed/));

  it('a plugin that exports nothing valid', () =>
    expectOneError('broken-empty', './plugin.js', 'export const answer = 42;\n', /exports no rules and no presets/));

  it('a plugin with an invalid rule', () =>
    expectOneError('broken-rule', './plugin.js', 'export default { rules: { shout: { meta: { id: "shout" }, check: 1 } } };\n', /invalid rule "shout": check\(reply, context\) must be a function/));

  it('a rule that throws inside check: one error naming plugin and rule; other rules still run', async () => {
    write('throws/plugin.js', [
      "import { defineRule } from 'complaintlint';",
      'export default { meta: { name: "flaky" }, rules: { explode: defineRule({',
      '  meta: { id: "explode", description: "Always fails", family: "phrase", defaultSeverity: "error" },',
      '  check() { throw new TypeError("cannot read the CRM"); },',
      '}) } };',
    ].join('\n'));
    config({ plugins: ['./plugin.js', '../plugins/acme/index.js'], extends: ['complaintlint:recommended', 'plugin:acme/recommended'], rules: { 'flaky/explode': 'error' } }, 'throws');
    write('throws/draft.txt', DRAFT);
    const r = await cli(join(project, 'throws'), ['draft.txt', '-f', 'json']);
    expect(r.code).toBe(2);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Rule "flaky\/explode" failed on this reply: cannot read the CRM \[plugin "flaky" from \.\/plugin\.js\]/);
    const [result] = JSON.parse(r.stdout);
    const fatal = result.messages.filter((m: { fatal?: boolean }) => m.fatal);
    expect(fatal).toHaveLength(1);
    expect(fatal[0].ruleId).toBe('flaky/explode');
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(expect.arrayContaining(['acme/product-name', 'acme/no-discount-codes']));
  });

  // "constructor" names a member of Object.prototype: still an unknown preset, not Object itself.
  it.each(['strict', 'constructor'])('an unknown plugin preset (%s) names the presets there are', async (name) => {
    config({ plugins: ['../plugins/acme/index.js'], extends: [`plugin:acme/${name}`] }, `bad-preset-${name}`);
    write(`bad-preset-${name}/draft.txt`, DRAFT);
    const r = await cli(project, [`bad-preset-${name}/draft.txt`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`extends: unknown preset "plugin:acme/${name}" \\(presets: plugin:acme/recommended\\)`));
  });
});
