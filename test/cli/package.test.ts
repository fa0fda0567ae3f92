// The published package, as a user gets it: `npm pack` + `npm install <tarball>` into a temp project,
// then `import` (ESM), `require` (CJS, also on a Node without require(esm)), the bin, a CommonJS
// plugin, and the TypeScript types. Needs the build (npm test runs it first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let project: string;

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
  });
}
const node = (args: string[], env?: NodeJS.ProcessEnv) => run(process.execPath, args, project, env);
// Node >= 20.19 can require() ESM; this flag turns that off, as on older Node 20/21/22.
const NO_REQUIRE_ESM = { NODE_OPTIONS: '--no-experimental-require-module' };

beforeAll(async () => {
  for (const f of ['index.js', 'index.d.ts', 'index.cjs', 'index.d.cts']) {
    if (!existsSync(join(ROOT, 'dist', 'src', f))) throw new Error(`dist/src/${f} is missing: run \`npm run build\` first`);
  }
  project = mkdtempSync(join(tmpdir(), 'complaintlint-pack-'));
  const packed = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', project], ROOT);
  if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const installed = await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', `./${tarball}`], project);
  if (installed.code !== 0) throw new Error(`npm install failed: ${installed.stderr}`);
}, 300_000);
afterAll(() => { if (project) rmSync(project, { recursive: true, force: true }); });

const SORRY = "We're sorry that you are having this problem.";

describe('packed install', () => {
  it('import(): the command from the issue prints non-apology', async () => {
    const r = await node(['-e', `import('complaintlint').then(m => m.lintText(${JSON.stringify(SORRY)}).then(r => console.log(r[0].messages[0].ruleId)))`]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('non-apology');
  });

  it('require() with require(esm): the same API object as import()', async () => {
    const script = `const m = require('complaintlint');
      import('complaintlint').then(async (e) => {
        if (m.lintText !== e.lintText || m.builtinRules !== e.builtinRules) throw new Error('two copies');
        const [r] = await m.lintText(${JSON.stringify(SORRY)});
        console.log(r.messages[0].ruleId, typeof m.defineRule, typeof m.RuleTester);
      });`;
    const r = await node(['-e', script]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('non-apology function function');
  });

  it('require() without require(esm): async API, defineRule at once, the rest after `ready`', async () => {
    const script = `const m = require('complaintlint');
      const rule = m.defineRule({ meta: { id: 'x', description: 'x', family: 'phrase', defaultSeverity: 'warn' }, check() {} });
      let early = 'ok'; try { m.applyFixes('a', []); } catch (e) { early = e.message.includes('ready') ? 'not ready' : e.message; }
      m.lintText(${JSON.stringify(SORRY)}).then(async ([r]) => {
        await m.ready;
        const fixed = m.applyFixes('ab', [{ fix: { range: [0, 1], text: 'A' } }]).output;
        console.log(r.messages[0].ruleId, rule.meta.id, early, fixed, m.builtinRules.length > 10);
      });`;
    const r = await node(['-e', script], NO_REQUIRE_ESM);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('non-apology x not ready Ab true');
  });

  it('RuleTester from CommonJS, in both modes, fails a wrong case with the diff', async () => {
    const script = `const { RuleTester, defineRule } = require('complaintlint');
      const rule = defineRule({ meta: { id: 'x/no-foo', description: 'foo', family: 'phrase', defaultSeverity: 'warn' },
        check(reply, ctx) { const i = reply.text.indexOf('foo'); if (i >= 0) ctx.report({ message: 'No foo.', start: i, end: i + 3 }); } });
      RuleTester.run(rule, { valid: ['bar'], invalid: [{ text: 'a foo', errors: [{ line: 1, column: 3, endColumn: 6 }] }] })
        .then(() => RuleTester.run(rule, { invalid: [{ text: 'a foo', errors: [{ line: 1, column: 1 }] }] }))
        .then(() => console.log('no failure'), (e) => console.log(e.name, e.message.split('\\n').slice(-2).join(' | ')));`;
    for (const env of [{}, NO_REQUIRE_ESM]) {
      const r = await node(['-e', script], env);
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('RuleTesterError   - 1:1-1:? x/no-foo (any message) |   + 1:3-1:6 x/no-foo "No foo."');
    }
  });

  it('the bin runs a CommonJS plugin written with require("complaintlint"), in both modes', async () => {
    mkdirSync(join(project, 'rules-local'), { recursive: true });
    writeFileSync(join(project, 'rules-local', 'no-jargon.cjs'), `const { defineRule, scan } = require('complaintlint');
module.exports = { rules: { 'no-jargon': defineRule({
  meta: { id: 'no-jargon', description: 'Jargon', family: 'phrase', defaultSeverity: 'error', fixable: true },
  check(reply, context) {
    for (const hit of scan(reply, /\\bSLA\\b/g)) context.report({ message: 'Say "response time".', start: hit.start, end: hit.end, fix: { start: hit.start, end: hit.end, text: 'response time' } });
  },
}) } };
`);
    writeFileSync(join(project, '.complaintlintrc.json'), JSON.stringify({ plugins: ['./rules-local/no-jargon.cjs'], rules: { 'no-jargon/no-jargon': 'error' } }));
    writeFileSync(join(project, 'draft.txt'), 'Our SLA is two days.\n');
    const bin = join(project, 'node_modules', '.bin', 'complaintlint');
    for (const env of [{}, NO_REQUIRE_ESM]) {
      const r = await run(bin, ['draft.txt', '-f', 'compact'], project, env);
      expect(r.stdout.trim()).toBe('draft.txt:1:5: error Say "response time". [no-jargon/no-jargon]');
      expect(r.code).toBe(1);
    }
    rmSync(join(project, '.complaintlintrc.json'));
  });

  it('pulls a lean production tree: no MCP SDK, no zod, no web server, about 30 packages', () => {
    const modules = join(project, 'node_modules', 'complaintlint', 'node_modules');
    const top = join(project, 'node_modules');
    const names = [top, modules].filter(existsSync).flatMap((dir) => readdirSync(dir).flatMap((n) => (n.startsWith('@') ? readdirSync(join(dir, n)).map((m) => `${n}/${m}`) : n.startsWith('.') ? [] : [n])));
    const deps = names.filter((n) => n !== 'complaintlint');
    for (const heavy of ['@modelcontextprotocol/sdk', 'zod', 'express', 'hono', 'ajv', 'typescript']) expect(deps).not.toContain(heavy);
    expect(deps.length).toBeLessThanOrEqual(35);
  });

  it('the installed bin serves MCP without the SDK', async () => {
    const bin = join(project, 'node_modules', 'complaintlint', 'bin', 'complaintlint.js');
    const child = spawn(process.execPath, [bin, '--mcp'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.stdin.end(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } })}\n`);
    expect(await exited).toBe(0);
    expect(JSON.parse(out.trim())).toMatchObject({ id: 1, result: { serverInfo: { name: 'complaintlint' }, protocolVersion: '2025-06-18' } });
  });

  it('ships types for ESM and CJS consumers', async () => {
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: ['esm.mts', 'cjs.cts'],
    }));
    writeFileSync(join(project, 'esm.mts'), `import { lintText, defineRule, RuleTester, type LintResult, type Rule } from 'complaintlint';
const rule: Rule = defineRule({ meta: { id: 'a/b', description: 'd', family: 'phrase', defaultSeverity: 'warn', fixable: false, docs: { why: 'w', seeds: [] }, examples: { bad: [], good: [] } }, check(reply, ctx) { ctx.report({ message: reply.text, start: 0, end: 1 }); } });
const results: LintResult[] = await lintText('hi', { kind: 'complaint' });
await RuleTester.run(rule, { valid: ['x'] });
export const n: number = results[0]!.errorCount;
`);
    writeFileSync(join(project, 'cjs.cts'), `import complaintlint = require('complaintlint');
export const p: Promise<unknown> = complaintlint.ready;
export const q: Promise<complaintlint.LintResult[]> = complaintlint.lintText('hi');
`);
    const r = await node([join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);
});
