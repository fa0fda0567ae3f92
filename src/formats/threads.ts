// Conversations in JSON/YAML/JSONL files, so a repository of test conversations can be linted in CI:
//   { "customer": "...", "reply": "...", "earlier": [{ "from": "customer", "text": "..." }, ...] }
//   [{ "from": "customer", "text": "..." }, { "from": "agent", "text": "..." }, ...]   (or under "turns",
//   "messages", "conversation" ...; "role"/"author" and "body"/"content" work too)
// The agent's text is the reply; what the customer said before it is the reply's context, never linted.
import { isHtmlField } from './field-match.js';
import type { FoundString } from './macro-tree.js';
import type { ExtractedReply } from './types.js';
import type { MapNode, ScalarLike, TreeNode } from './tree.js';
import { CHANNELS, KINDS, type Channel, type ReplyKind, type ThreadInput, type Turn } from '../types.js';
import { speakerOf } from '../context/input.js';

const REPLY_KEYS = ['reply', 'response', 'answer', 'draft', 'agent', 'agent_reply'];
const EARLIER_KEYS = ['earlier', 'history', 'previous', 'turns', 'thread', 'messages', 'conversation'];
const TURN_LIST_KEYS = ['turns', 'messages', 'conversation', 'thread', 'transcript', 'history'];
const SPEAKER_KEYS = ['from', 'role', 'author', 'speaker', 'sender', 'who'];
const TEXT_KEYS = ['text', 'body', 'message', 'content', 'value'];
const NAME_KEYS = ['customer_name', 'customername', 'name'];
const TITLE_KEYS = ['id', 'title', 'name', 'subject'];

export interface ThreadReply {
  found: FoundString;
  context?: ThreadInput;
  kind?: ReplyKind;
  channel?: Channel;
}

export interface ThreadScan {
  /** The replies of the threads found, in document order. */
  replies: ThreadReply[];
  /** Strings that are the customer's side (or earlier turns): not replies. */
  skip: Set<ScalarLike>;
}

function get(map: MapNode, keys: readonly string[]): { key: string; value: TreeNode } | undefined {
  for (const k of keys) {
    for (const e of map.entries) if (e.key.toLowerCase() === k) return e;
  }
  return undefined;
}

const scalarText = (node: TreeNode | undefined): ScalarLike | undefined =>
  node?.kind === 'scalar' && typeof node.scalar.value === 'string' ? node.scalar : undefined;

/** A turn object: a speaker we know and its text. */
function turnOf(node: TreeNode): { from: Turn['from']; text: ScalarLike; key: string } | undefined {
  if (node.kind !== 'map') return undefined;
  const speaker = get(node, SPEAKER_KEYS);
  const from = speaker && scalarText(speaker.value) ? speakerOf(scalarText(speaker.value)!.value) : undefined;
  const text = get(node, TEXT_KEYS);
  const scalar = text && scalarText(text.value);
  return from && scalar ? { from, text: scalar, key: text.key } : undefined;
}

/** A list every item of which is a turn, with both speakers present. */
function turnList(node: TreeNode | undefined): Array<NonNullable<ReturnType<typeof turnOf>>> | undefined {
  if (node?.kind !== 'seq' || node.items.length < 2) return undefined;
  const turns = node.items.map(turnOf);
  if (turns.some((t) => !t)) return undefined;
  const list = turns as Array<NonNullable<ReturnType<typeof turnOf>>>;
  return list.some((t) => t.from === 'customer') && list.some((t) => t.from === 'agent') ? list : undefined;
}

function setting<T extends string>(node: TreeNode | undefined, allowed: readonly T[]): T | undefined {
  const v = node?.kind === 'scalar' ? node.scalar.value : undefined;
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

function titleOf(map: MapNode): string | undefined {
  const t = get(map, TITLE_KEYS);
  const v = t?.value.kind === 'scalar' ? t.value.scalar.value : undefined;
  return typeof v === 'string' || typeof v === 'number' ? String(v).replace(/\s+/g, ' ').trim() || undefined : undefined;
}

export function findThreads(root: TreeNode | null | undefined): ThreadScan {
  const scan: ThreadScan = { replies: [], skip: new Set() };
  const visit = (node: TreeNode | undefined, flow: boolean, owner?: MapNode): void => {
    if (!node) return;
    if (node.kind === 'seq') {
      const turns = turnList(node);
      if (turns) return addTurns(turns, scan, flow || node.flow, owner);
      for (const item of node.items) visit(item, flow || node.flow);
      return;
    }
    if (node.kind !== 'map') return;
    const inFlow = flow || node.flow;
    if (addPair(node, scan, inFlow)) return;
    const list = get(node, TURN_LIST_KEYS);
    if (list && turnList(list.value)) return visit(list.value, inFlow, node);
    for (const e of node.entries) visit(e.value, inFlow);
  };
  visit(root ?? undefined, false);
  return scan;
}

/** { customer, reply, earlier? }: one reply with its context. */
function addPair(map: MapNode, scan: ThreadScan, flow: boolean): boolean {
  const customer = get(map, ['customer', 'customer_message', 'question', 'inbound']);
  const customerText = customer && scalarText(customer.value);
  const reply = get(map, REPLY_KEYS);
  const replyText = reply && scalarText(reply.value);
  if (!customerText || !replyText) return false;
  scan.skip.add(customerText);
  const thread: ThreadInput = { customer: String(customerText.value) };
  const earlier = get(map, EARLIER_KEYS);
  if (earlier?.value.kind === 'seq') {
    const turns: Turn[] = [];
    for (const item of earlier.value.items) {
      const t = turnOf(item);
      if (t) {
        turns.push({ from: t.from, text: String(t.text.value) });
        scan.skip.add(t.text);
      } else if (item.kind === 'map') {
        // not a turn we can read: its strings are still not replies
        for (const e of item.entries) { const s = scalarText(e.value); if (s) scan.skip.add(s); }
      }
    }
    if (turns.length) thread.earlier = turns;
  }
  const name = get(map, NAME_KEYS);
  const nameText = name && scalarText(name.value);
  if (nameText && String(nameText.value).trim() && name.key.toLowerCase() !== 'name') thread.customerName = String(nameText.value).trim();
  const found: FoundString = { node: replyText, field: reply.key, html: isHtmlField(reply.key), flow };
  const title = titleOf(map);
  if (title) found.title = title;
  const out: ThreadReply = { found, context: thread };
  const kind = setting(get(map, ['kind'])?.value, KINDS);
  const channel = setting(get(map, ['channel'])?.value, CHANNELS);
  if (kind) out.kind = kind;
  if (channel) out.channel = channel;
  scan.replies.push(out);
  return true;
}

/** A list of turns: each agent turn is a reply; the turns before it are its context. */
function addTurns(turns: Array<NonNullable<ReturnType<typeof turnOf>>>, scan: ThreadScan, flow: boolean, owner?: MapNode): void {
  const title = owner ? titleOf(owner) : undefined;
  turns.forEach((t, i) => {
    if (t.from === 'customer') { scan.skip.add(t.text); return; }
    const found: FoundString = { node: t.text, field: t.key, html: isHtmlField(t.key), flow };
    if (title) found.title = `${title} (turn ${i + 1})`;
    // The customer's message is their turns since our last one; everything before is earlier.
    let k = i;
    while (k > 0 && turns[k - 1]!.from === 'customer') k--;
    const message = turns.slice(k, i).map((c) => String(c.text.value)).join('\n\n');
    const reply: ThreadReply = { found };
    if (message.trim()) {
      const context: ThreadInput = { customer: message };
      const earlier = turns.slice(0, k).map((e) => ({ from: e.from, text: String(e.text.value) }));
      if (earlier.length) context.earlier = earlier;
      reply.context = context;
    }
    scan.replies.push(reply);
  });
}

/**
 * The reply strings of a JSON/YAML file with threads taken into account: strings on the customer's side
 * are dropped, thread replies carry their context (and are added when their key is not a reply field).
 */
export function mergeThreads(found: readonly FoundString[], threads: ThreadScan): Array<{ found: FoundString; reply?: ThreadReply }> {
  if (threads.replies.length === 0 && threads.skip.size === 0) return found.map((f) => ({ found: f }));
  const byNode = new Map(threads.replies.map((r) => [r.found.node, r] as const));
  const out: Array<{ found: FoundString; reply?: ThreadReply }> = [];
  const seen = new Set<ScalarLike>();
  for (const f of found) {
    if (threads.skip.has(f.node)) continue;
    const r = byNode.get(f.node);
    seen.add(f.node);
    out.push(r ? { found: { ...f, title: f.title ?? r.found.title }, reply: r } : { found: f });
  }
  for (const r of threads.replies) if (!seen.has(r.found.node)) out.push({ found: r.found, reply: r });
  const start = (f: FoundString) => f.node.range?.[0] ?? 0;
  return out.sort((a, b) => start(a.found) - start(b.found));
}

/** An extracted reply with its thread's context, kind and channel. */
export function withThread(reply: ExtractedReply, thread: ThreadReply | undefined): ExtractedReply {
  if (!thread) return reply;
  if (thread.context) reply.context = thread.context;
  if (thread.kind) reply.kind = thread.kind;
  if (thread.channel) reply.channel = thread.channel;
  return reply;
}
