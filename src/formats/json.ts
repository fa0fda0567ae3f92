// .json macro libraries (Zendesk exports, saved-reply lists): every string under a configured field
// is a reply, with exact positions through JSON escapes. JSON.parse decides validity; the `yaml`
// parser (JSON is YAML's flow subset) gives each string's source range.
import { parseDocument, visit, type Node } from 'yaml';
import type { Directive } from '../engine/directives.js';
import { findReplyStrings } from './macro-tree.js';
import { noRepliesNotice } from './field-match.js';
import { toReply } from './mapped.js';
import { jsonStyleOf } from './scalars.js';
import { htmlModuleFor, stringReply } from './string-reply.js';
import { FormatError, type ExtractedReply, type Extraction, type ExtractOptions } from './types.js';

export async function extractJson(text: string, options: ExtractOptions): Promise<Extraction> {
  const root = parseJson(text);
  const scan = findReplyStrings(root, options.fields);
  const style = jsonStyleOf(text);
  const html = await htmlModuleFor(scan.found);
  const replies: ExtractedReply[] = [];
  const directives: Directive[] = [];
  for (const found of scan.found) {
    const r = stringReply(text, found, html, style);
    if (!r) continue;
    replies.push(toReply(r.mapped, { encode: r.encode, title: found.title, disabledRules: found.disabledRules }));
    directives.push(...r.directives);
  }
  const notices = [...scan.notices];
  if (replies.length === 0) notices.push(noRepliesNotice(options.fields));
  return { replies, directives, notices };
}

/** Parses JSON text into a `yaml` node tree with source ranges; malformed JSON is a FormatError. */
export function parseJson(text: string): Node | null {
  try {
    JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message.split('\n')[0]!;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : /end of JSON input/.test(message) ? text.trimEnd().length : locateBadToken(text);
    const pos = offset !== undefined ? lineColumn(text, offset) : undefined;
    const why = message.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '').replace(/^JSON\.parse: /, '');
    throw new FormatError(`invalid JSON: ${why}${pos ? ` (line ${pos.line}, column ${pos.column})` : ''}`, pos?.line, pos?.column);
  }
  const doc = parseDocument(text, { uniqueKeys: false, keepSourceTokens: true, version: '1.2' });
  if (doc.errors.length) {
    // Valid JSON the YAML parser can't read: say so rather than lint it wrongly.
    const e = doc.errors[0]!;
    const p = e.linePos?.[0];
    throw new FormatError(`could not map positions in this JSON file: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, p?.line, p?.col);
  }
  return doc.contents as Node | null;
}

/** Where V8 doesn't say: the first bare word (an unquoted key or value) the YAML parser sees. */
function locateBadToken(text: string): number | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  let at: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (at !== undefined || node.type !== 'PLAIN' || !node.range) return;
      const raw = text.slice(node.range[0], node.range[1]);
      if (!/^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)$/.test(raw)) at = node.range[0];
    },
  });
  return at ?? doc.errors[0]?.pos[0];
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') { line++; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}
