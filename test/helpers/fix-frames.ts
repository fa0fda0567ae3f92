// Fix frames: a rule's fixes checked in every place a phrase can stand. A rule author writes a table of
// sentences (test/rules/<rule-id>.fixes.ts): each sentence holds the phrase in one sentence frame (the
// start of a sentence, mid-sentence, before a noun phrase, before a clause ...) with the exact text the
// fix must give. The harness then puts every sentence in every host frame (plain text, a list item,
// Markdown emphasis, a Markdown file, HTML, JSON, YAML, CSV and HTML inside JSON) and lints it with
// --fix semantics, only that rule on: the fixed file must be the frame around the expected sentence, byte
// for byte, so nothing outside the flagged words changes and the markup around them survives.
import { ConfigLoader } from '../../src/config/load.js';
import { lintText } from '../../src/api.js';
import { builtinRules } from '../../rules/index.js';
import type { Severity } from '../../src/types.js';
import type { PlatformName } from '../../src/platforms/types.js';

/** [sentence frame, the sentence as written, the sentence after --fix]. */
export type FixSentence = readonly [frame: string, input: string, output: string];

export interface FixCase {
  /** What the rule flags, as written in the sentences ("as per"). */
  phrase: string;
  /** What the fix writes in its place (for the report; the sentences hold the exact results). */
  fixed: string;
  sentences: readonly FixSentence[];
}

export interface FixTable {
  rule: string;
  /** What the rule needs to run, e.g. the help desk for placeholder rules. */
  settings?: { platform?: PlatformName };
  cases: readonly FixCase[];
}

/** A host frame: where a sentence sits in a file, and the file name that picks the format. */
export interface HostFrame {
  name: string;
  file: string;
  wrap(sentence: string): string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;
const OTHER = 'Your parcel ships today.';

export const HOST_FRAMES: readonly HostFrame[] = [
  { name: 'plain text', file: 'reply.txt', wrap: (s) => `Hi Sam,\n\n${s}\n\nDana\n` },
  { name: 'list item', file: 'reply.txt', wrap: (s) => `Hi Sam,\n\n- ${s}\n- ${OTHER}\n` },
  { name: 'numbered item', file: 'reply.txt', wrap: (s) => `Hi Sam,\n\n1. ${OTHER}\n2. ${s}\n` },
  { name: 'Markdown emphasis in text', file: 'reply.txt', wrap: (s) => `Hi Sam,\n\n**${s}**\n` },
  { name: 'Markdown file', file: 'reply.md', wrap: (s) => `# Refunds\n\nHi Sam,\n\n${s}\n` },
  { name: 'Markdown list item', file: 'reply.md', wrap: (s) => `Hi Sam,\n\n* ${OTHER}\n* ${s}\n` },
  { name: 'Markdown emphasis', file: 'reply.md', wrap: (s) => `Hi Sam,\n\n_${s}_\n` },
  { name: 'HTML', file: 'reply.html', wrap: (s) => `<p>Hi Sam,</p>\n<p>${escapeHtml(s)}</p>\n` },
  { name: 'HTML emphasis', file: 'reply.html', wrap: (s) => `<p>Hi Sam,</p>\n<p><strong>${escapeHtml(s)}</strong></p>\n` },
  { name: 'HTML list item', file: 'reply.html', wrap: (s) => `<ul>\n  <li>${escapeHtml(OTHER)}</li>\n  <li>${escapeHtml(s)}</li>\n</ul>\n` },
  { name: 'JSON', file: 'macros.json', wrap: (s) => `${JSON.stringify([{ title: 'Refund', body: `Hi Sam,\n\n${s}` }], null, 2)}\n` },
  { name: 'HTML in JSON', file: 'macros.json', wrap: (s) => `${JSON.stringify({ macros: [{ title: 'Refund', body_html: `<p>Hi Sam,</p><p>${escapeHtml(s)}</p>` }] }, null, 2)}\n` },
  { name: 'YAML', file: 'macros.yaml', wrap: (s) => `- title: Refund\n  body: |\n    Hi Sam,\n\n    ${s}\n` },
  { name: 'CSV', file: 'macros.csv', wrap: (s) => `title,body\nRefund,${csvCell(`Hi Sam,\n\n${s}`)}\n` },
];

const loaders = new Map<string, ConfigLoader>();

/** A loader with only `rule` on (at error), no config files, general replies (no structure rules). */
function loaderFor(rule: string, settings: FixTable['settings'] = {}): ConfigLoader {
  const key = JSON.stringify([rule, settings]);
  let loader = loaders.get(key);
  if (!loader) {
    const overrides: Array<[string, Severity]> = builtinRules.map((r) => [r.meta.id, r.meta.id === rule ? 'error' : 'off']);
    loader = new ConfigLoader({ useConfig: false, ruleOverrides: overrides, kind: 'general', channel: 'email', platform: settings.platform });
    loaders.set(key, loader);
  }
  return loader;
}

/** The file after --fix with only `rule` on (the input itself when nothing was fixed). */
export async function fixWithRule(rule: string, file: string, text: string, settings?: FixTable['settings']): Promise<string> {
  const [result] = await lintText(text, { loader: loaderFor(rule, settings), filePath: file, fix: true, kind: 'general' });
  return result!.output ?? text;
}

/** Every (sentence, host frame) pair of a table, with the file text to lint and the text --fix must give. */
export function frameCases(table: FixTable): Array<{ phrase: string; frame: string; host: HostFrame; input: string; expected: string }> {
  const out = [];
  for (const c of table.cases) {
    for (const [frame, input, output] of c.sentences) {
      for (const host of HOST_FRAMES) out.push({ phrase: c.phrase, frame, host, input: host.wrap(input), expected: host.wrap(output) });
    }
  }
  return out;
}

/** Frame tests per fixable phrase (for the closing note: every fix with its frame-test count). */
export function frameCounts(table: FixTable): Array<{ phrase: string; fixed: string; sentences: number; frames: number }> {
  return table.cases.map((c) => ({ phrase: c.phrase, fixed: c.fixed, sentences: c.sentences.length, frames: c.sentences.length * HOST_FRAMES.length }));
}
