// Which help desk wrote an export, from its shape alone (keys and marker values, never the reply text):
// Zendesk macro actions, Freshdesk canned responses, Intercom macros, Help Scout saved replies, Gorgias
// macro actions, Front message templates. Reads at most the first MAX_MAPS objects of the document.
import type { MapNode, TreeNode } from '../formats/tree.js';
import type { PlatformName } from './types.js';

const MAX_MAPS = 200;

function scalar(map: MapNode, key: string): unknown {
  for (const e of map.entries) if (e.key === key && e.value.kind === 'scalar') return e.value.scalar.value;
  return undefined;
}

function has(map: MapNode, key: string): boolean {
  return map.entries.some((e) => e.key === key);
}

/** One object's verdict: the platform whose export shape it has, if any. */
export function detectFromMap(map: MapNode): Exclude<PlatformName, 'none' | 'liquid'> | undefined {
  const field = scalar(map, 'field');
  if (typeof field === 'string' && /^comment_value(?:_html)?$/.test(field) && has(map, 'value')) return 'zendesk';
  if (scalar(map, 'name') === 'setResponseText' && has(map, 'arguments')) return 'gorgias';
  if (scalar(map, 'type') === 'macro' && (has(map, 'body_text') || has(map, 'body'))) return 'intercom';
  if (has(map, 'body_text') && (has(map, 'available_on') || has(map, 'visible_to'))) return 'intercom';
  if (has(map, 'content_html') && (has(map, 'folder_id') || has(map, 'title'))) return 'freshdesk';
  if (has(map, 'chatText') || (has(map, 'preview') && has(map, 'name') && !has(map, 'body'))) return 'helpscout';
  const id = scalar(map, 'id');
  if (typeof id === 'string' && /^rsp_/.test(id) && has(map, 'body')) return 'front';
  return undefined;
}

/** The platform of a parsed JSON/YAML export, from the first objects that show a known shape. */
export function detectFromTree(root: TreeNode | null | undefined): PlatformName | undefined {
  if (!root) return undefined;
  const queue: TreeNode[] = [root];
  let seen = 0;
  for (let q = 0; q < queue.length && seen < MAX_MAPS; q++) {
    const node = queue[q]!;
    if (node.kind === 'map') {
      seen++;
      const found = detectFromMap(node);
      if (found) return found;
      for (const e of node.entries) if (e.value.kind === 'map' || e.value.kind === 'seq') queue.push(e.value);
    } else if (node.kind === 'seq') {
      for (const item of node.items) if (item.kind === 'map' || item.kind === 'seq') queue.push(item);
    }
  }
  return undefined;
}

/** The platform of a CSV export from its header (columns normalized: lower-case, `_` for spaces). */
export function detectFromHeader(header: readonly string[]): PlatformName | undefined {
  const h = new Set(header);
  if (h.has('comment_value') || h.has('comment_value_html')) return 'zendesk';
  if (h.has('content_html') && (h.has('folder_id') || h.has('title'))) return 'freshdesk';
  if (h.has('body_text') && (h.has('available_on') || h.has('visible_to'))) return 'intercom';
  if (h.has('chattext') || h.has('chat_text')) return 'helpscout';
  return undefined;
}
