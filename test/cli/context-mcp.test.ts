// `complaintlint --mcp` with the customer's message: lint_reply and fix_reply take customer_message
// (and earlier turns) and run the context rules on the draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { BIN, tempDir } from '../helpers/cli.js';

let client: Client;

beforeAll(async () => {
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, '--mcp', '--no-config'], cwd: tempDir(), stderr: 'pipe' });
  client = new Client({ name: 'complaintlint-context-test', version: '1.0.0' });
  await client.connect(transport);
});

afterAll(async () => {
  await client?.close();
});

type ToolResult = { structuredContent?: Record<string, unknown>; isError?: boolean; content: Array<{ text: string }> };
const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as ToolResult;

const REPLY = 'Hi Sarah,\n\nSorry about that. Could you send me your order number?\n\nDana';

describe('MCP tools with the customer\'s message', () => {
  it('lint_reply: context findings with the flagged words, and the context checks', async () => {
    const result = await call('lint_reply', { text: REPLY, customer_message: 'My order #55120 arrived with a cracked jug.\n\nThanks,\nMaria' });
    expect(result.isError).toBeFalsy();
    const out = result.structuredContent as { messages: Array<{ ruleId: string; text: string; line: number; column: number }>; context: Record<string, boolean> };
    expect(out.messages.map((m) => [m.ruleId, m.line, m.column, m.text])).toEqual([
      ['wrong-name', 1, 4, 'Sarah'],
      ['asks-known-details', 3, 42, 'order number'],
    ]);
    expect(out.context).toEqual({
      'asks-known-details': false, 'missed-acknowledgement': true, 'tone-mismatch': true, 'unanswered-question': true, 'wrong-name': false,
    });
  });

  it('lint_reply: earlier turns count; without customer_message there are no context checks', async () => {
    const withEarlier = (await call('lint_reply', {
      text: REPLY,
      customer_message: 'Any news?',
      earlier: [{ from: 'customer', text: 'Order #55120 arrived cracked. Maria' }, { from: 'agent', text: 'Hi Maria, sorry, looking into it.' }],
    })).structuredContent as { messages: Array<{ ruleId: string }> };
    expect(withEarlier.messages.map((m) => m.ruleId)).toEqual(['wrong-name', 'asks-known-details']);
    const without = (await call('lint_reply', { text: REPLY })).structuredContent as { messages: unknown[]; context: unknown };
    expect([without.messages, without.context]).toEqual([[], null]);
  });

  it('fix_reply: the context findings remain to be rewritten', async () => {
    const out = (await call('fix_reply', { text: REPLY, customer_message: 'Order #55120 arrived cracked.' })).structuredContent as { changed: boolean; remaining: Array<{ ruleId: string }> };
    expect(out.changed).toBe(false);
    expect(out.remaining.map((m) => m.ruleId)).toEqual(['asks-known-details']);
  });

  it('rejects a turn from an unknown speaker through the schema', async () => {
    const result = await call('lint_reply', { text: REPLY, customer_message: 'Hi', earlier: [{ from: 'robot', text: 'x' }] });
    expect(result.isError).toBe(true);
  });
});
