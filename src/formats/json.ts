// .json macro libraries (Zendesk exports, saved-reply lists): every string under a configured field
// is a reply, with exact positions through JSON escapes. JSON.parse decides validity; a scan of the
// same text records each string's source range (the `yaml` parser could, but is ~100x slower on a
// large export).
import type { Directive } from './directives.js';
import { findReplyStrings } from './macro-tree.js';
import { JsonScanError, scanJson } from './json-tree.js';
import type { TreeNode } from './tree.js';
import { noRepliesNotice } from './field-match.js';
import { toReply } from './mapped.js';
import { jsonStyleOf } from './scalars.js';
import { htmlModuleFor, stringReply } from './string-reply.js';
import { LineIndex } from '../core/text.js';
import { FormatError, type ExtractedReply, type Extraction, type ExtractOptions } from './types.js';
import { detectFromTree } from '../platforms/detect.js';
import { fieldCandidates } from './platform-fields.js';
import { findThreads, mergeThreads, withThread } from './threads.js';

export async function extractJson(text: string, options: ExtractOptions, lines = false): Promise<Extraction> {
  const root = lines ? parseJsonLines(text) : parseJson(text);
  const detected = options.platform ? undefined : detectFromTree(root);
  const platform = options.platform ?? detected;
  let scan = findReplyStrings(root, options.fields);
  for (const fields of fieldCandidates(options, platform)) {
    scan = findReplyStrings(root, fields);
    if (scan.found.length) break;
  }
  const found = mergeThreads(scan.found, findThreads(root));
  const style = jsonStyleOf(text);
  const html = await htmlModuleFor(found.map((f) => f.found));
  const replies: ExtractedReply[] = [];
  const directives: Directive[] = [];
  for (const { found: f, reply: thread } of found) {
    const r = stringReply(text, f, html, style);
    if (!r) continue;
    replies.push(withThread(toReply(r.mapped, { encode: r.encode, title: f.title, disabledRules: f.disabledRules, macro: f.macro, quoted: r.quoted }), thread));
    directives.push(...r.directives);
  }
  const notices = [...scan.notices];
  if (replies.length === 0) notices.push(noRepliesNotice(options.fields));
  return detected ? { replies, directives, notices, platform: detected } : { replies, directives, notices };
}

/** Parses JSON text into a tree with source ranges; malformed JSON is a FormatError. */
export function parseJson(text: string): TreeNode {
  try {
    JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message.split('\n')[0]!;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : /end of JSON input/.test(message) ? text.trimEnd().length : locateError(text);
    const pos = offset !== undefined ? new LineIndex(text).position(offset) : undefined;
    const why = message.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '').replace(/^JSON\.parse: /, '');
    throw new FormatError(`invalid JSON: ${why}${pos ? ` (line ${pos.line}, column ${pos.column})` : ''}`, pos?.line, pos?.column);
  }
  return scanJson(text);
}

/** .jsonl / .ndjson: one JSON value per line; a bad line is a FormatError naming the line. */
export function parseJsonLines(text: string): TreeNode {
  let line = 0;
  for (let at = 0; at <= text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(at, end);
    if (raw.trim()) {
      try {
        JSON.parse(raw);
      } catch (err) {
        const why = String((err as Error).message).split('\n')[0]!.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
        throw new FormatError(`invalid JSON Lines: line ${line} is not one JSON value (${why})`, line, 1);
      }
    }
    at = end + 1;
  }
  return scanJson(text, true);
}

/** Where V8 doesn't say: the offset where our scanner stops. */
function locateError(text: string): number | undefined {
  try {
    scanJson(text);
  } catch (err) {
    if (err instanceof JsonScanError) return err.offset;
  }
  return undefined;
}

