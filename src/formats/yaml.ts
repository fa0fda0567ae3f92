// .yaml / .yml macro libraries: every string under a configured field is a reply, mapped exactly
// through plain, quoted and block scalars; `#` comments carry directives.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import { parseDirective, type Directive } from './directives.js';
import { findReplyStrings, type TreeScan } from './macro-tree.js';
import type { TreeNode } from './tree.js';
import { noRepliesNotice } from './field-match.js';
import { toReply } from './mapped.js';
import { htmlModuleFor, stringReply } from './string-reply.js';
import { FormatError, type ExtractedReply, type Extraction, type ExtractOptions } from './types.js';
import { detectFromTree } from '../platforms/detect.js';
import { fieldCandidates } from './platform-fields.js';
import { findThreads, mergeThreads, withThread } from './threads.js';

export async function extractYaml(text: string, options: ExtractOptions): Promise<Extraction> {
  const docs = parseAllDocuments(text, { uniqueKeys: false, keepSourceTokens: true, prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const e = doc.errors[0];
    if (e) {
      const p = e.linePos?.[0];
      const why = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new FormatError(`invalid YAML: ${why}${p ? ` (line ${p.line}, column ${p.col})` : ''}`, p?.line, p?.col);
    }
  }
  const replies: ExtractedReply[] = [];
  const directives: Directive[] = [];
  const notices: string[] = [];
  const protectedRanges: Array<[number, number]> = [];
  const trees = list.map((doc) => toTree(doc.contents));
  const detected = options.platform ? undefined : trees.map(detectFromTree).find(Boolean);
  const candidates = fieldCandidates(options, options.platform ?? detected);
  const scanAll = (fields: readonly string[]) => trees.map((t) => findReplyStrings(t, fields));
  let scans: TreeScan[] = scanAll(candidates[0]!);
  for (const fields of candidates.slice(1)) {
    if (scans.some((s) => s.found.length)) break;
    scans = scanAll(fields);
  }
  const found = scans.map((scan, i) => mergeThreads(scan.found, findThreads(trees[i])));
  const html = await htmlModuleFor(found.flat().map((f) => f.found));
  list.forEach((doc, i) => {
    const scan = scans[i]!;
    notices.push(...scan.notices);
    for (const { found: f, reply: thread } of found[i]!) {
      const r = stringReply(text, f, html);
      if (!r) continue;
      replies.push(withThread(toReply(r.mapped, { encode: r.encode, title: f.title, disabledRules: f.disabledRules, macro: f.macro === undefined ? undefined : i * 1_000_000 + f.macro, quoted: r.quoted }), thread));
      directives.push(...r.directives);
    }
    visit(doc, {
      Scalar(_k, node) {
        if (node.range) protectedRanges.push(scalarBody(text, node.range[0], node.range[1], node.type));
      },
    });
  });
  directives.push(...commentDirectives(text, protectedRanges));
  if (replies.length === 0) notices.push(noRepliesNotice(options.fields));
  const extraction: Extraction = { replies, directives, notices: [...new Set(notices)] };
  if (detected) extraction.platform = detected;
  return extraction;
}

/** The part of a scalar's source where a `#` is text, not a comment (a block scalar's header may hold one). */
function scalarBody(text: string, start: number, end: number, type: string | undefined): [number, number] {
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const nl = text.indexOf('\n', start);
    return [nl < 0 ? end : Math.min(nl, end), end];
  }
  return [start, end];
}

/** `#` comments outside scalars that hold a complaintlint directive. */
function commentDirectives(text: string, ranges: Array<[number, number]>): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('complaintlint-')) return out;
  ranges.sort((a, b) => a[0] - b[0]);
  const re = /(?:^|[ \t])(#[^\r\n]*)/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!m[1]!.includes('complaintlint-') || insideAny(ranges, start)) continue;
    const d = parseDirective(m[1]!.slice(1), start, start + m[1]!.length);
    if (d) out.push(d);
  }
  return out;
}

/** Scalars never overlap, so sorted ranges can be searched by halves. */
function insideAny(ranges: Array<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The `yaml` package's nodes as the walker's tree (aliases are skipped: their text is linted where it's defined). */
function toTree(node: unknown): TreeNode {
  if (isAlias(node) || !node) return { kind: 'other' };
  if (isScalar(node)) return { kind: 'scalar', scalar: node };
  if (isSeq(node)) return { kind: 'seq', items: node.items.map(toTree), flow: node.flow === true };
  if (isMap(node)) {
    const entries: Array<{ key: string; value: TreeNode }> = [];
    for (const pair of node.items) {
      const k = pair.key;
      if (isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) entries.push({ key: String(k.value), value: toTree(pair.value) });
    }
    return { kind: 'map', entries, flow: node.flow === true };
  }
  return { kind: 'other' };
}
