// `complaintlint --mcp` end to end: the official SDK's Client over stdio spawns
// `node bin/complaintlint.js --mcp` in a project with a config (a plugin and a phrase) and calls its tools.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'complaintlint.js');
let project: string;
let client: Client;
let stderr = '';

const COMPLAINT = [
  'Hi Sam,',
  '',
  'Thanks for using acme cloud, and for telling us the backup failed twice this week.',
  'I have restarted the backup job on your account and it finished an hour ago.',
  '',
  'Is there anything else wrong?',
  '',
  'Priya',
].join('\n');

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'complaintlint-mcp-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(ROOT, join(project, 'node_modules', 'complaintlint'), 'dir');
  cpSync(join(ROOT, 'fixtures', 'plugins', 'acme'), join(project, 'plugins', 'acme'), { recursive: true });
  writeFileSync(join(project, '.complaintlintrc.json'), JSON.stringify({
    plugins: ['./plugins/acme/index.js'],
    extends: ['complaintlint:complaint', 'plugin:acme/recommended'],
    phrases: [{ id: 'house/no-asap', regex: '\\bASAP\\b', flags: '', message: 'Give a time instead of ASAP.', replace: 'by 5 pm today' }],
  }));
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, '--mcp'], cwd: project, stderr: 'pipe' });
  transport.stderr?.on('data', (d) => { stderr += d; });
  client = new Client({ name: 'complaintlint-test', version: '1.0.0' });
  await client.connect(transport);
});

afterAll(async () => {
  await client?.close();
  rmSync(project, { recursive: true, force: true });
});

type ToolResult = { content: Array<{ type: string; text: string }>; structuredContent?: Record<string, unknown>; isError?: boolean };
const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as ToolResult;

describe('complaintlint --mcp', () => {
  it('identifies itself and lists the three tools with their inputs', async () => {
    expect(client.getServerVersion()?.name).toBe('complaintlint');
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['explain_rule', 'fix_reply', 'lint_reply']);
    const lint = tools.find((t) => t.name === 'lint_reply')!;
    expect(Object.keys(lint.inputSchema.properties ?? {}).sort()).toEqual(['channel', 'customer_message', 'earlier', 'kind', 'text']);
    expect(lint.inputSchema.required).toEqual(['text']);
    expect(lint.outputSchema).toBeDefined();
  });

  it('lint_reply: messages with positions, the flagged words and suggestions, and the checklist', async () => {
    const result = await call('lint_reply', { text: COMPLAINT, kind: 'complaint', channel: 'email' });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as { messages: Array<Record<string, unknown>>; checklist: Record<string, boolean>; missing: string[]; errorCount: number };
    expect(JSON.parse(result.content[0]!.text)).toEqual(out);
    const product = out.messages.find((m) => m.ruleId === 'acme/product-name')!;
    expect(product).toMatchObject({ severity: 'warning', line: 3, column: 18, text: 'acme cloud', fix: 'Acme Cloud' });
    const followUp = out.messages.find((m) => m.ruleId === 'negative-follow-up')!;
    expect(followUp).toMatchObject({ severity: 'error', line: 6, column: 1, text: 'Is there anything else wrong?' });
    expect(followUp.suggestions).toEqual([{ desc: expect.stringContaining('How else can I help you today?'), replacement: 'How else can I help you today?' }]);
    expect(Object.keys(out.checklist).sort()).toEqual(['acknowledge', 'apologize', 'contact', 'fix', 'urgency', 'verify']);
    expect(out.missing).toEqual(Object.entries(out.checklist).filter(([, ok]) => !ok).map(([k]) => k));
    expect(out.missing).toContain('apologize');
    expect(out.errorCount).toBeGreaterThanOrEqual(1);
  });

  it('lint_reply: a general reply has no checklist', async () => {
    const out = (await call('lint_reply', { text: 'We will call you back ASAP.', kind: 'general' })).structuredContent!;
    expect(out.checklist).toBeNull();
    expect((out.messages as Array<{ ruleId: string }>).map((m) => m.ruleId)).toEqual(['house/no-asap']);
  });

  it('fix_reply: the fixed text, what changed, and what still needs a rewrite', async () => {
    const text = 'Thanks for using acme cloud. We will call you back ASAP. Use code SAVE10 next time.';
    const result = await call('fix_reply', { text, kind: 'general' });
    const out = result.structuredContent as { fixed: string; changed: boolean; changes: unknown[]; remaining: Array<{ ruleId: string }> };
    expect(out.fixed).toBe('Thanks for using Acme Cloud. We will call you back by 5 pm today. Use code SAVE10 next time.');
    expect(out.changed).toBe(true);
    expect(out.changes).toEqual([
      { ruleId: 'acme/product-name', before: 'acme cloud', after: 'Acme Cloud', line: 1, column: 18 },
      { ruleId: 'house/no-asap', before: 'ASAP', after: 'by 5 pm today', line: 1, column: 52 },
    ]);
    expect(out.remaining.map((m) => m.ruleId)).toEqual(['acme/no-discount-codes']);

    const clean = (await call('fix_reply', { text: 'Thanks for using Acme Cloud.' })).structuredContent!;
    expect([clean.changed, clean.changes]).toEqual([false, []]);
  });

  it('explain_rule: built-in and plugin rules; an unknown rule is a tool error', async () => {
    const builtIn = await call('explain_rule', { rule: 'negative-follow-up' });
    expect(builtIn.content[0]!.text).toMatch(/^negative-follow-up \(phrase rule, default error, fixable\)[\s\S]*Why:[\s\S]*Bad:[\s\S]*Good:/);
    const plugin = await call('explain_rule', { rule: 'acme/no-discount-codes' });
    expect(plugin.content[0]!.text).toContain('from plugin acme');
    const unknown = await call('explain_rule', { rule: 'no-such-rule' });
    expect(unknown.isError).toBe(true);
    expect(unknown.content[0]!.text).toMatch(/^Unknown rule "no-such-rule"\. Rules: .*acme\/product-name/);
  });

  it('rejects bad arguments through the schema', async () => {
    const result = await call('lint_reply', { text: 'Hi', channel: 'fax' });
    expect(result.isError).toBe(true);
    expect(result.content[0]!.text).toMatch(/channel/);
  });

  it('writes nothing but the protocol to stdout, and nothing to stderr', () => {
    expect(stderr).toBe('');
  });

  it('exits when the client closes stdin', async () => {
    const child = spawn(process.execPath, [BIN, '--mcp'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
    const code = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.stdin.end();
    const timer = setTimeout(() => child.kill(), 10_000);
    expect(await code).toBe(0);
    clearTimeout(timer);
  });
});
