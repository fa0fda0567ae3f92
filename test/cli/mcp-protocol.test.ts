// The MCP server's transport, spoken to raw: JSON-RPC errors for bad input (not JSON, not a request, an
// unknown method or tool, bad arguments, a request over the size limit) while the server stays up; no
// answer to notifications; a 12 MB request; thousands of findings on a long reply; fix_reply's text is --fix's.
// (The official SDK client talks to the same server in test/cli/mcp-sdk.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { BIN, tempDir } from '../helpers/cli.js';
import { MAX_MESSAGE_BYTES, PROTOCOL_VERSIONS } from '../../src/mcp/server.js';
import { CHANNELS } from '../../src/types.js';

let child: ChildProcessWithoutNullStreams;
let stderr = '';
const waiting: Array<(line: string) => void> = [];
const lines: string[] = [];

beforeAll(() => {
  child = spawn(process.execPath, [BIN, '--mcp', '--preset', 'complaint'], { cwd: tempDir('cl-mcp-'), stdio: ['pipe', 'pipe', 'pipe'] });
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    buffered += d;
    for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      const next = waiting.shift();
      if (next) next(line); else lines.push(line);
    }
  });
  child.stderr.on('data', (d) => { stderr += d; });
});

afterAll(() => { child?.stdin.end(); });

/** Writes raw text (one or more lines) and reads the next answer. */
function exchange(raw: string | Buffer): Promise<{ id: unknown; result?: any; error?: { code: number; message: string } }> {
  const answer = new Promise<string>((resolve) => {
    const ready = lines.shift();
    if (ready !== undefined) resolve(ready); else waiting.push(resolve);
  });
  child.stdin.write(raw);
  return answer.then((l) => JSON.parse(l));
}
const request = (id: number, method: string, params?: unknown) => exchange(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);

describe('the MCP stdio server', () => {
  it('initializes with the client\'s protocol version when it speaks it, else its newest', async () => {
    const init = await request(1, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } });
    expect(init).toMatchObject({ id: 1, result: { protocolVersion: '2025-06-18', capabilities: { tools: { listChanged: false } }, serverInfo: { name: 'complaintlint' } } });
    expect((await request(2, 'initialize', { protocolVersion: '1999-01-01' })).result.protocolVersion).toBe(PROTOCOL_VERSIONS[0]);
  });

  it('answers nothing to notifications, and ping with an empty result', async () => {
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 9 } })}\n`);
    expect(await request(3, 'ping')).toEqual({ jsonrpc: '2.0', id: 3, result: {} });
  });

  it('bad input gets a JSON-RPC error and the server reads on', async () => {
    expect(await exchange('{"jsonrpc": "2.0", "id": 4, "method": \n')).toMatchObject({ id: null, error: { code: -32700 } });
    expect(await exchange('[1, 2]\n')).toMatchObject({ id: null, error: { code: -32600, message: 'batches are not supported' } });
    expect(await exchange('"hello"\n')).toMatchObject({ id: null, error: { code: -32600 } });
    expect(await exchange('{"jsonrpc": "1.0", "id": 5, "method": "ping"}\n')).toMatchObject({ id: 5, error: { code: -32600 } });
    expect(await exchange('{"jsonrpc": "2.0", "id": {"x": 1}, "method": "ping"}\n')).toMatchObject({ id: null, error: { code: -32600 } });
    expect(await request(6, 'resources/list')).toMatchObject({ id: 6, error: { code: -32601, message: 'method not found: resources/list' } });
    expect(await request(7, 'tools/call', { name: 'no_such_tool', arguments: {} })).toMatchObject({ id: 7, error: { code: -32602 } });
    const badArgs = await request(8, 'tools/call', { name: 'lint_reply', arguments: { text: 3, channel: 'fax' } });
    expect(badArgs.result).toEqual({ isError: true, content: [{ type: 'text', text: `Input validation error: invalid arguments for tool lint_reply: text must be a string; channel must be one of ${CHANNELS.join(', ')}` }] });
    expect(await request(9, 'ping')).toEqual({ jsonrpc: '2.0', id: 9, result: {} });
  });

  it('a request over the size limit is refused without being kept, and the next one is answered', async () => {
    const big = Buffer.alloc(MAX_MESSAGE_BYTES + 1024, 0x78);
    const refused = await exchange(Buffer.concat([big, Buffer.from('\n')]));
    expect(refused).toMatchObject({ id: null, error: { code: -32600, message: expect.stringContaining('request too large') } });
    expect(await request(10, 'ping')).toEqual({ jsonrpc: '2.0', id: 10, result: {} });
  });

  it('a 12 MB request is read whole', async () => {
    const answer = await request(11, 'tools/call', { name: 'explain_rule', arguments: { rule: 'non-apology', note: 'x'.repeat(12 * 1024 * 1024) } });
    expect(answer.result.content[0].text).toMatch(/^non-apology \(phrase rule/);
  });

  it('lints a long reply with thousands of findings, each with its words', async () => {
    const text = 'Is there anything else wrong?\n'.repeat(3_000);
    const answer = await request(12, 'tools/call', { name: 'lint_reply', arguments: { text, kind: 'general' } });
    const messages = answer.result.structuredContent.messages as Array<{ line: number; text: string }>;
    expect(messages).toHaveLength(3_000);
    expect(messages[2_999]).toMatchObject({ line: 3_000, text: 'Is there anything else wrong?' });
  }, 120_000);

  it('fix_reply gives the text --fix gives: list and quote markers kept', async () => {
    const answer = await request(13, 'tools/call', { name: 'fix_reply', arguments: { text: 'Thanks.\n- Is there anything else wrong?\n', kind: 'general' } });
    expect(answer.result.structuredContent).toMatchObject({
      fixed: 'Thanks.\n- How else can I help you today?\n',
      changes: [{ ruleId: 'negative-follow-up', before: 'Is there anything else wrong?', after: 'How else can I help you today?', line: 2, column: 3 }],
    });
  });

  it('structure findings span the whole reply and flag no words', async () => {
    const text = 'Hi Sam,\n\nThanks for telling us the backup failed twice this week on your account.\nWe restarted the backup job on your account and it finished an hour ago.\n';
    const answer = await request(14, 'tools/call', { name: 'lint_reply', arguments: { text, kind: 'complaint' } });
    const apology = (answer.result.structuredContent.messages as Array<Record<string, unknown>>).find((m) => m.ruleId === 'requires-apology')!;
    expect(apology).toMatchObject({ line: 1, column: 1, endLine: 4, endColumn: 73, text: '' });
  });

  it('printed nothing on stderr', () => {
    expect(stderr).toBe('');
  });
});
