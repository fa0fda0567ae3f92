// Helpers for the pipelines tests: an async CLI run (so independent runs overlap), the fixture
// library, sample results for formatter unit tests, and a tiny XML well-formedness check.
import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { LintResult, RuleMeta } from '../../src/types.js';
import type { FormatterContext } from '../../src/formatters/types.js';
import { BIN, ROOT, tempDir, type CliRun } from './cli.js';

export const LIBRARY = join(ROOT, 'fixtures', 'pipelines', 'library');
export const SARIF_SCHEMA = join(ROOT, 'fixtures', 'schemas', 'sarif-schema-2.1.0.json');

export function cliAsync(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: '1', ...opts.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(opts.input ?? '');
  });
}

/** A private copy of the fixture library (tests that write caches or baselines must not touch fixtures/). */
export function copyLibrary(): string {
  const dir = tempDir('cl-pipe-');
  cpSync(LIBRARY, dir, { recursive: true });
  return dir;
}

export const META: Record<string, RuleMeta> = {
  'negative-follow-up': {
    id: 'negative-follow-up', description: 'Closing question that invites more complaints', family: 'phrase',
    defaultSeverity: 'error', fixable: true,
    docs: { why: 'Asking what else is wrong invites more complaints.', seeds: ['003 Example seed'] },
    examples: { bad: ['Is there anything else wrong?'], good: ['How else can I help you today?'] },
  },
  'corporate-stiff': {
    id: 'corporate-stiff', description: 'Stiff corporate phrasing', family: 'phrase', defaultSeverity: 'warn', fixable: true,
    docs: { why: 'Form-letter phrases sound cold.', seeds: [], url: 'https://example.test/rules/corporate-stiff' },
    examples: { bad: ['As per'], good: ['Under'] },
  },
  'requires-apology': {
    id: 'requires-apology', description: 'A complaint reply should apologise', family: 'structure', defaultSeverity: 'warn', fixable: false,
    docs: { why: 'Say sorry for the problem.', seeds: [] }, examples: { bad: [], good: [] }, checklist: 'apologize',
  },
};

export const CWD = '/work/proj';

/** Results with the awkward cases: fixes, suggestions, info, a fatal file, a directive message, odd characters. */
export function sampleResults(): LintResult[] {
  const base = { suppressedMessages: [], fatalErrorCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] as never[] };
  const source = 'Hi Ann,\n\nAs per our policy, 100% of refunds <take> 3 days. Is there anything else wrong?\n';
  const q = source.indexOf('Is there');
  const asPer = source.indexOf('As per');
  return [
    {
      ...base,
      filePath: `${CWD}/macros/refunds, old:v2.txt`,
      errorCount: 1, warningCount: 1, infoCount: 1, fixableErrorCount: 1, fixableWarningCount: 1,
      messages: [
        { ruleId: 'corporate-stiff', severity: 1, message: 'Say "under": 100% of it, a:b, <x> & more', line: 3, column: asPer + 1 - 9, endLine: 3, endColumn: asPer + 7 - 9,
          fix: { range: [asPer, asPer + 6], text: 'Under' }, suggestions: [{ desc: 'Say "Under"', fix: { range: [asPer, asPer + 6], text: 'Under' } }], reply: 0 },
        { ruleId: 'requires-apology', severity: 0, message: 'No apology.\nSay sorry.', line: 1, column: 1, endLine: 1, endColumn: 8, reply: 0 },
        { ruleId: 'negative-follow-up', severity: 2, message: 'This closing question invites more complaints.', line: 3, column: q + 1 - 9, endLine: 3, endColumn: q - 9 + 30,
          fix: { range: [q, q + 29], text: 'How else can I help you today?' }, suggestions: [{ desc: 'Ask "How else can I help you today?"', fix: { range: [q, q + 29], text: 'How else can I help you today?' } }], reply: 0 },
      ],
      replies: [{ line: 1, column: 1, endLine: 3, endColumn: source.split('\n')[2]!.length + 1, kind: 'complaint', channel: 'email', words: 16,
        checklist: { acknowledge: true, apologize: false, fix: true, urgency: false, verify: false, contact: true } }],
      source,
    },
    { ...base, filePath: `${CWD}/macros/clean.txt`, errorCount: 0, warningCount: 0, messages: [],
      replies: [{ line: 1, column: 1, endLine: 1, endColumn: 10, kind: 'general', channel: 'email', words: 2 }] },
    { ...base, filePath: `${CWD}/macros/broken.json`, errorCount: 1, fatalErrorCount: 1, warningCount: 0,
      messages: [{ ruleId: null, severity: 2, fatal: true, message: 'Unexpected token } in JSON at line 4', line: 4, column: 2, endLine: 4, endColumn: 2 }], replies: [] },
    { ...base, filePath: `${CWD}/macros/directive.md`, errorCount: 0, warningCount: 1,
      messages: [{ ruleId: null, severity: 1, message: "Unused complaintlint-disable directive (no problems were reported from 'corporate-stiff').", line: 2, column: 1, endLine: 2, endColumn: 40 }],
      replies: [{ line: 3, column: 1, endLine: 3, endColumn: 20, kind: 'general', channel: 'email', words: 4 }] },
  ] as LintResult[];
}

export function context(over: Partial<FormatterContext> = {}): FormatterContext {
  return { cwd: CWD, rulesMeta: META, verbose: false, color: false, ascii: true, version: '9.9.9', ...over };
}

/** Throws unless `xml` is well formed: one root, balanced tags, only the five entities or char refs, quoted attributes. */
export function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(body))) {
    if (m[6]) throw new Error(`stray "<" at ${m.index}`);
    if (m[5] !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(m[5])) throw new Error(`bad entity in text at ${m.index}`);
      if (stack.length === 0 && m[5].trim()) throw new Error('text outside the root element');
      continue;
    }
    if (!m[2]) continue;
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(m[3] ?? '')) throw new Error(`bad entity in attribute at ${m.index}`);
    if (m[1]) {
      if (stack.pop() !== m[2]) throw new Error(`mismatched </${m[2]}> at ${m.index}`);
    } else if (!m[4]) {
      if (stack.length === 0) roots++;
      stack.push(m[2]);
    } else if (stack.length === 0) {
      roots++;
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
}
