// A JSON scanner that records where each string is: JSON.parse decides validity (and is fast); this
// walk over the same text builds the tree with source ranges. It also locates the first bad token
// when JSON.parse's message has no position.
import type { ScalarNode, TreeNode } from './tree.js';

export class JsonScanError extends Error {
  constructor(readonly offset: number) {
    super(`unexpected input at offset ${offset}`);
  }
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** `lines`: JSON Lines, one value after another (the root is a sequence of them). */
export function scanJson(text: string, lines = false): TreeNode {
  let i = 0;
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const expect = (ch: string) => {
    ws();
    if (text[i] !== ch) throw new JsonScanError(i);
    i++;
  };
  const string = (): ScalarNode => {
    const start = i;
    let j = i + 1;
    let escaped = false;
    while (j < text.length && text[j] !== '"') {
      const c = text.charCodeAt(j);
      if (c < 0x20) throw new JsonScanError(j);
      if (c === 92) { escaped = true; j += 2; } else j++;
    }
    if (j >= text.length) throw new JsonScanError(start);
    i = j + 1;
    const raw = text.slice(start, i);
    let value: string;
    try {
      value = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    } catch {
      throw new JsonScanError(start);
    }
    return { kind: 'scalar', scalar: { value, range: [start, i], type: 'QUOTE_DOUBLE' } };
  };
  const value = (): TreeNode => {
    ws();
    const c = text[i];
    if (c === '"') return string();
    if (c === '{') {
      i++;
      const entries: Array<{ key: string; value: TreeNode }> = [];
      ws();
      if (text[i] === '}') { i++; return { kind: 'map', entries, flow: true }; }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new JsonScanError(i);
        const key = string().scalar.value as string;
        expect(':');
        entries.push({ key, value: value() });
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return { kind: 'map', entries, flow: true }; }
        throw new JsonScanError(i);
      }
    }
    if (c === '[') {
      i++;
      const items: TreeNode[] = [];
      ws();
      if (text[i] === ']') { i++; return { kind: 'seq', items, flow: true }; }
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return { kind: 'seq', items, flow: true }; }
        throw new JsonScanError(i);
      }
    }
    LITERAL.lastIndex = i;
    const m = LITERAL.exec(text);
    if (!m) throw new JsonScanError(i);
    const start = i;
    i += m[0].length;
    return { kind: 'scalar', scalar: { value: JSON.parse(m[0]), range: [start, i], type: 'PLAIN' } };
  };
  if (lines) {
    const items: TreeNode[] = [];
    for (ws(); i < text.length; ws()) items.push(value());
    return { kind: 'seq', items, flow: true };
  }
  const root = value();
  ws();
  if (i < text.length) throw new JsonScanError(i);
  return root;
}
