// End to end: every way to give a draft its context turns the context rules on, through the built CLI
// (and the API). The same reply is checked each time: it greets the wrong name and asks for the order
// number the customer already gave.
import { describe, expect, it } from 'vitest';
import { cli, tempTree } from '../helpers/cli.js';
import { lintText } from '../../src/index.js';

const REPLY = 'Hi Sarah,\n\nSorry about that. Could you send me your order number?\n\nDana';
const CUSTOMER = 'My order #55120 arrived with a cracked jug.\n\nThanks,\nMaria';

interface Found { ruleId: string; line: number; column: number; endLine: number; endColumn: number }
const found = (stdout: string): string[][] =>
  (JSON.parse(stdout) as Array<{ messages: Found[] }>).map((r) => r.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`));

describe('giving the customer\'s message', () => {
  it('without context the context rules stay silent', () => {
    const run = cli(['-f', 'json'], { input: REPLY });
    expect(run.status).toBe(0);
    expect(found(run.stdout)).toEqual([[]]);
  });

  it('--context FILE (plain text) for a draft on stdin, and for files', () => {
    const dir = tempTree({ 'customer.txt': CUSTOMER, 'draft.txt': REPLY });
    const stdin = cli(['-f', 'json', '--context', 'customer.txt'], { cwd: dir, input: REPLY });
    expect(stdin.status).toBe(1);
    expect(found(stdin.stdout)).toEqual([['1:4-1:9 wrong-name', '3:42-3:54 asks-known-details']]);
    const file = cli(['-f', 'json', '--context', 'customer.txt', 'draft.txt'], { cwd: dir });
    expect(found(file.stdout)).toEqual([['1:4-1:9 wrong-name', '3:42-3:54 asks-known-details']]);
    const [result] = JSON.parse(file.stdout);
    expect(result.replies[0].context).toEqual({
      source: 'option', customer: CUSTOMER, earlier: 0,
      checks: { 'asks-known-details': false, 'missed-acknowledgement': true, 'tone-mismatch': true, 'unanswered-question': true, 'wrong-name': false },
    });
  });

  it('--context thread.json with earlier turns; bad context files are a one-line usage error', () => {
    const dir = tempTree({
      'thread.json': JSON.stringify({ customer: 'Any news?', earlier: [{ from: 'customer', text: CUSTOMER }, { from: 'agent', text: 'Sorry, looking into it.' }] }),
      'bad.json': '{"customer": 3}',
      'empty.txt': '  \n',
    });
    const run = cli(['-f', 'json', '--context', 'thread.json'], { cwd: dir, input: REPLY });
    expect(found(run.stdout)).toEqual([['1:4-1:9 wrong-name', '3:42-3:54 asks-known-details']]);
    expect(JSON.parse(run.stdout)[0].messages[1].message).toMatch(/already gave earlier in the conversation/);
    for (const [file, why] of [['bad.json', 'customer must be a string'], ['empty.txt', 'the file is empty'], ['missing.txt', 'missing.txt: ']]) {
      const bad = cli(['--context', file], { cwd: dir, input: REPLY });
      expect(bad.status).toBe(2);
      expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(bad.stderr).toContain(`complaintlint: --context ${file}`);
      expect(bad.stderr).toContain(why);
    }
  });

  it('an email with the customer\'s message quoted under the draft', () => {
    const email = `${REPLY}\n\nOn Mon, 3 Jun 2024, Maria Lopez <maria@example.com> wrote:\n> My order #55120 arrived with a cracked jug.\n`;
    const run = cli(['-f', 'json'], { input: email });
    expect(found(run.stdout)).toEqual([['1:4-1:9 wrong-name', '3:42-3:54 asks-known-details']]);
    expect(JSON.parse(run.stdout)[0].replies[0].context.source).toBe('quote');
  });

  it('Markdown and text front matter with `customer:` (a block scalar)', () => {
    const front = `---\nkind: general\ncustomer: |\n  My order #55120 arrived with a cracked jug.\n\n  Thanks,\n  Maria\n---\n${REPLY}\n`;
    const dir = tempTree({ 'draft.md': front, 'draft.txt': front });
    const run = cli(['-f', 'json', 'draft.md', 'draft.txt'], { cwd: dir });
    expect(found(run.stdout)).toEqual([
      ['9:4-9:9 wrong-name', '11:42-11:54 asks-known-details'],
      ['9:4-9:9 wrong-name', '11:42-11:54 asks-known-details'],
    ]);
  });

  it('"## Customer" / "## Reply" sections: each reply answers the customer sections before it', () => {
    const convo = `## Customer\n\n${CUSTOMER}\n\n## Reply\n\n${REPLY}\n\n## Customer\n\nAny news on the jug?\n\n## Reply\n\nHi Maria, could you send the order number again?\n`;
    const dir = tempTree({ 'convo.md': convo, 'convo.txt': convo });
    const run = cli(['-f', 'json', 'convo.md', 'convo.txt'], { cwd: dir });
    const expected = ['10:4-10:9 wrong-name', '12:42-12:54 asks-known-details', '22:30-22:42 asks-known-details'];
    expect(found(run.stdout)).toEqual([expected, expected]);
    const [md] = JSON.parse(run.stdout);
    expect(md.replies.map((r: { context: { source: string; earlier: number } }) => [r.context.source, r.context.earlier])).toEqual([['thread', 0], ['thread', 2]]);
  });

  it('JSON threads: { customer, reply } objects, a list of turns, and JSON Lines', () => {
    const pair = JSON.stringify([{ id: 'jug', customer: CUSTOMER, reply: REPLY, channel: 'chat' }], null, 2);
    const turns = JSON.stringify({ title: 'Jug', turns: [{ from: 'customer', text: CUSTOMER }, { from: 'agent', text: REPLY }, { role: 'user', text: 'Thanks!' }] }, null, 2);
    const lines = [{ customer: CUSTOMER, reply: REPLY }, { customer: 'Where is it?', reply: 'Hi Maria, it ships today.', earlier: [{ from: 'customer', text: CUSTOMER }] }]
      .map((o) => JSON.stringify(o)).join('\n') + '\n';
    const dir = tempTree({ 'pair.json': pair, 'turns.json': turns, 'threads.jsonl': lines });
    const run = cli(['-f', 'json', 'pair.json', 'threads.jsonl', 'turns.json'], { cwd: dir });
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Found[]; replies: Array<{ channel: string; title?: string }> }>;
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.split('/').pop(), r]));
    expect(byFile['pair.json']!.messages.map((m) => m.ruleId)).toEqual(['wrong-name', 'asks-known-details']);
    expect(byFile['pair.json']!.replies).toMatchObject([{ channel: 'chat', title: 'jug' }]);
    expect(byFile['threads.jsonl']!.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['1 wrong-name', '1 asks-known-details']);
    expect(byFile['threads.jsonl']!.replies).toHaveLength(2);
    // The customer's turns are never linted as replies.
    expect(byFile['turns.json']!.replies).toHaveLength(1);
    expect(byFile['turns.json']!.messages.map((m) => m.ruleId)).toEqual(['wrong-name', 'asks-known-details']);
  });

  it('YAML threads', () => {
    const yaml = `- customer: |\n    My order #55120 arrived with a cracked jug.\n\n    Thanks,\n    Maria\n  reply: |\n    Hi Sarah,\n\n    Could you send me your order number?\n`;
    const dir = tempTree({ 'threads.yaml': yaml });
    const run = cli(['-f', 'json', 'threads.yaml'], { cwd: dir });
    expect(found(run.stdout)).toEqual([['7:8-7:13 wrong-name', '9:28-9:40 asks-known-details']]);
  });

  it('a bad JSON Lines file names the line', () => {
    const dir = tempTree({ 'threads.jsonl': '{"customer": "a", "reply": "b"}\n{oops\n' });
    const run = cli(['threads.jsonl'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('threads.jsonl: invalid JSON Lines: line 2 is not one JSON value');
  });

  it('the API: lintText(reply, { context }) with a string or a thread; a bad shape is a TypeError', async () => {
    const [a] = await lintText(REPLY, { context: CUSTOMER, useConfig: false });
    expect(a!.messages.map((m) => m.ruleId)).toEqual(['wrong-name', 'asks-known-details']);
    const [b] = await lintText(REPLY, { context: { customer: 'Any news?', earlier: [{ from: 'customer', text: CUSTOMER }] }, useConfig: false });
    expect(b!.messages.map((m) => m.ruleId)).toEqual(['wrong-name', 'asks-known-details']);
    expect(b!.replies[0]!.context).toMatchObject({ source: 'option', customer: 'Any news?', earlier: 1 });
    await expect(lintText(REPLY, { context: { customer: 'x', earlier: [{ from: 'robot', text: 'y' }] } as never })).rejects.toThrow(TypeError);
  });

  it('stylish shows the "In context" line; html shows the customer\'s message above the reply', () => {
    const dir = tempTree({ 'customer.txt': CUSTOMER });
    const stylish = cli(['--context', 'customer.txt'], { cwd: dir, input: REPLY });
    expect(stylish.stdout).toContain('In context: Known details ✗  Names the problem ✓  Tone ✓  Answers ✓  Name ✗');
    const html = cli(['-f', 'html', '--context', 'customer.txt'], { cwd: dir, input: REPLY });
    const at = html.stdout.indexOf('<div class="customer"><p class="label">Customer\'s message</p><blockquote>My order #55120 arrived with a cracked jug.\n\nThanks,\nMaria</blockquote></div>');
    expect(at).toBeGreaterThan(0);
    expect(html.stdout.indexOf('<pre class="context">')).toBeGreaterThan(at);
    expect(html.stdout).toContain('In context: ');
  });
});
