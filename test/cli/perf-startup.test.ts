// The start-up and re-run speed-ups must not change a single byte of output:
//  - dist/bundle (one script + code cache) vs the ES modules of dist/src;
//  - the saved compromise model (dist/nlp) vs stock compromise/two;
//  - heated-tone's list of everyday words vs asking the tagger;
//  - --cache's no-read check of unchanged files.
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempTree } from '../helpers/cli.js';
// @ts-expect-error -- plain JS module of the bin
import { STAMP, stampMatches } from '../../bin/bundle.js';
import { loadSavedNlp } from '../../src/nlp/saved-model.js';
import { PLAIN_WORDS } from '../../rules/heated-tone.js';

const require = createRequire(import.meta.url);
const DRAFT = "Dear Customer,\n\nWe're sorry you feel that way. Please be advised that we NEVER lose parcels!!\nI'll pass this on to the relevant team.\n\nIs there anything else wrong?\n";
const SENTENCES = [
  "We're sorry you feel that way, but it's our policy.",
  'I have refunded $45.00 to your Visa card ending 4412, and it should land by Thursday.',
  "You should've checked the sizing chart before ordering the boots.",
  'Our engineer, Priya Shah, will visit on 12 March between 9am and 1pm.',
  'Thanks for your patience!! We NEVER lose parcels, the XFINITY HD box is fine.',
  "I've escalated this to our billing team because they can reverse the charge today.",
  'You mentioned that your coffee grinder was charged twice.',
  'Did you try turning it off and on again? Kindly revert at your earliest convenience.',
];

const bundleFresh = (() => {
  try {
    return stampMatches(JSON.parse(readFileSync(STAMP, 'utf8')));
  } catch {
    return false;
  }
})();

describe('bundle stamp', () => {
  it.skipIf(!bundleFresh)('matches the files it was built from, and nothing else', () => {
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
    expect(stampMatches(stamp)).toBe(true);
    const ours = Object.keys(stamp.files).find((f) => f.startsWith('dist/src/'))!;
    expect(ours).toBeDefined();
    // Another mtime with the same content is still a match (a packed and installed tarball); other content is not.
    expect(stampMatches({ ...stamp, files: { ...stamp.files, [ours]: { ...stamp.files[ours], stat: '1:1' } } })).toBe(true);
    expect(stampMatches({ ...stamp, files: { ...stamp.files, [ours]: { stat: '1:1', sha: 'f'.repeat(40) } } })).toBe(false);
    expect(stampMatches({ ...stamp, files: { ...stamp.files, 'dist/src/gone.js': { stat: '10:10', sha: 'f'.repeat(40) } } })).toBe(false);
    expect(Object.keys(stamp.files).some((f) => f.includes('node_modules'))).toBe(false);
    expect(stampMatches(undefined)).toBe(false);
  });
});

// npm test builds the bundle first; after a plain `tsc` it is stale and there is nothing to compare.
describe.skipIf(!bundleFresh)('running from dist/bundle', () => {
  const dir = tempTree({
    'a.txt': DRAFT,
    'b.md': `# Reply\n\n${DRAFT}`,
    'lib.json': JSON.stringify({ macros: [{ title: 'Late', actions: [{ field: 'comment_value', value: DRAFT }] }] }),
    'lib.yaml': `replies:\n  - title: Late\n    body: "${DRAFT.replace(/\n/g, '\\n')}"\n`,
    'page.html': `<p>${DRAFT.replace(/\n/g, '<br>')}</p>`,
    // A .cjs config goes through import() (the loader bin/bundle.js hands the bundle).
    '.complaintlintrc.cjs': "module.exports = { phrases: [{ id: 'acme/no-parcels', regex: 'parcels', message: 'Say delivery.' }] };\n",
  });
  const both = (args: string[], input?: string) => ({
    bundled: cli(args, { cwd: dir, input }),
    modules: cli(args, { cwd: dir, input, env: { COMPLAINTLINT_BUNDLE: '0' } }),
  });

  it('gives the same report, stderr and exit code for files, formats, config and stdin', () => {
    for (const [args, input] of [[['.']], [['-f', 'json', '.']], [['-f', 'sarif', 'a.txt']], [['--preset', 'complaint', '-f', 'json', 'a.txt']], [['--fix-dry-run', '-f', 'json', 'a.txt']], [['-'], DRAFT]] as Array<[string[], string?]>) {
      const { bundled, modules } = both(args, input);
      expect(bundled.stderr, args.join(' ')).toBe(modules.stderr);
      expect(bundled.stdout, args.join(' ')).toBe(modules.stdout);
      expect(bundled.status, args.join(' ')).toBe(modules.status);
    }
    // The config's phrase rule really ran (the import() path works from the bundle).
    expect(cli(['a.txt'], { cwd: dir }).stdout).toContain('acme/no-parcels');
  });

  it('runs --jobs 2 (worker threads) and custom formatters by path like the modules do', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 60; i++) many[`r${i}.txt`] = i % 3 ? DRAFT : 'Hello Ann,\n\nYour refund is on its way.\n';
    many['fmt.mjs'] = 'export default (results) => results.map((r) => `${r.messages.length}`).join(",") + "\\n";\n';
    const big = tempTree(many);
    const args = ['--jobs', '2', '-f', './fmt.mjs', '.'];
    const bundled = cli(args, { cwd: big });
    const modules = cli(args, { cwd: big, env: { COMPLAINTLINT_BUNDLE: '0' } });
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout).toBe(modules.stdout);
    expect(bundled.stdout.trim().split(',')).toHaveLength(60);
  });
});

describe.skipIf(!bundleFresh)('config search from the bundle (cosmiconfig probes read synchronously)', () => {
  it('finds the same config as the modules: empty configs and package.json without the key are passed over', () => {
    const dir = tempTree({
      '.complaintlintrc.json': JSON.stringify({ rules: { 'heated-tone': 'off' }, phrases: [{ id: 'acme/parcels', regex: 'parcels', message: 'Say delivery.' }] }),
      'team/.complaintlintrc': '',
      'team/inbox/package.json': JSON.stringify({ name: 'inbox', version: '1.0.0' }),
      'team/inbox/a.txt': DRAFT,
      'other/.complaintlintrc.yaml': 'rules:\n  non-apology: off\n',
      'other/deep/b.txt': DRAFT,
    });
    const args = ['-f', 'json', 'team/inbox/a.txt', 'other/deep/b.txt'];
    const bundled = cli(args, { cwd: dir });
    const modules = cli(args, { cwd: dir, env: { COMPLAINTLINT_BUNDLE: '0' } });
    expect(bundled.stdout).toBe(modules.stdout);
    expect(bundled.stderr).toBe(modules.stderr);
    const results = JSON.parse(bundled.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    const ids = (name: string) => [...new Set(results.find((r) => r.filePath.endsWith(name))!.messages.map((m) => m.ruleId))].sort();
    // a.txt: the root config, found past an empty rc file and a package.json with no "complaintlint" key.
    expect(ids('a.txt')).toEqual(['acme/parcels', 'corporate-stiff', 'impersonal-greeting', 'negative-follow-up', 'non-apology', 'unexplained-transfer']);
    // b.txt: the nearest config (YAML) wins and stops the search: the root's phrase does not apply.
    expect(ids('b.txt')).toEqual(['corporate-stiff', 'heated-tone', 'impersonal-greeting', 'negative-follow-up', 'unexplained-transfer']);
  });
});

describe('the end of a run', () => {
  // bin/complaintlint.js exits as soon as main() is done and nothing is left in the output buffers.
  it('writes every byte of a long report to a pipe and keeps the exit code', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`r${String(i).padStart(2, '0')}.txt`] = DRAFT;
    const dir = tempTree(files);
    const run = cli(['-f', 'json', '.'], { cwd: dir });
    expect(run.stdout.length).toBeGreaterThan(128 * 1024); // more than a pipe holds: written while the reader drains it
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(results).toHaveLength(60);
    expect(results.every((r) => r.messages.length > 0)).toBe(true);
    expect(run.status).toBe(1);
    expect(cli(['-'], { cwd: dir, input: 'Hello Ann,\n\nYour refund is on its way.\n' })).toMatchObject({ status: 0, stderr: '' });
    expect(cli(['--no-such-option'], { cwd: dir }).status).toBe(2);
  });
});

describe('saved compromise model (dist/nlp)', () => {
  const code = join(ROOT, 'dist', 'nlp', 'compromise-two.cjs');
  const model = join(ROOT, 'dist', 'nlp', 'model.json');

  it.skipIf(!existsSync(model))('tags exactly like stock compromise/two', () => {
    const view = (nlp: (s: string) => { json(o: object): Array<{ terms: Array<Record<string, unknown>> }> }) => SENTENCES.map((s) => JSON.stringify(nlp(s).json({ offset: true, terms: { offset: true } })
      .map((x) => x.terms.map((t) => [t.text, t.normal, t.implicit, t.tags, t.offset, t.chunk, t.pre, t.post]))));
    const saved = loadSavedNlp(code, model);
    expect(view(saved)).toEqual(view(require('compromise/two')));
  });

  it.skipIf(!existsSync(model))('gives the CLI the same findings as stock compromise', () => {
    const dir = tempTree({ 'a.txt': `${DRAFT}\n${SENTENCES.join('\n')}\n` });
    const fast = cli(['--preset', 'strict', '-f', 'json', 'a.txt'], { cwd: dir });
    const stock = cli(['--preset', 'strict', '-f', 'json', 'a.txt'], { cwd: dir, env: { COMPLAINTLINT_STOCK_NLP: '1' } });
    expect(JSON.parse(fast.stdout)[0].messages.length).toBeGreaterThan(3);
    expect(fast.stdout).toBe(stock.stdout);
  });

  it('falls back to stock compromise when dist/nlp is damaged', () => {
    const dir = tempTree({ 'model.json': '{"model": 1}', 'code.cjs': 'module.exports = {}' });
    expect(() => loadSavedNlp(join(dir, 'code.cjs'), join(dir, 'model.json'))).toThrow(/not a saved compromise model/);
  });
});

describe("heated-tone's everyday words", () => {
  it('are words the tagger reads as English words (never acronyms or names) in every frame', () => {
    const nlp = require('compromise/two');
    const WORD_TAGS = ['Adverb', 'Negative', 'Verb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Copula', 'Modal', 'Adjective', 'Value', 'Expression', 'QuestionWord', 'Auxiliary', 'Date', 'Duration'];
    const frames = (w: string) => [`Please ${w} check the email.`, `We ${w} do that.`, `${w} the order is late.`, `It is ${w}.`, `Your ${w} order.`, `We ${w}.`];
    const wrong: string[] = [];
    for (const w of PLAIN_WORDS) {
      for (const f of frames(w)) {
        const term = nlp(f).json({ terms: true })[0].terms.find((t: { text: string }) => t.text === w);
        const tags = new Set<string>(term?.tags ?? []);
        if (!WORD_TAGS.some((t) => tags.has(t)) || tags.has('Acronym') || tags.has('RomanNumeral')) wrong.push(`${w} in "${f}": ${[...tags].join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(PLAIN_WORDS.size).toBeGreaterThan(100);
  });
});

describe('--cache without reading unchanged files', () => {
  it('trusts size and mtime (like ESLint), and matches a touched but unchanged file by content', () => {
    const dir = tempTree({ 'a.txt': DRAFT, 'b.txt': 'Hello Ann,\n\nYour refund is on its way.\n' });
    const verbose = (r: { stderr: string }) => /linted (\d+) files?, (\d+) from cache/.exec(r.stderr)!.slice(1).map(Number);
    const first = cli(['--cache', '--verbose', '-f', 'json', '.'], { cwd: dir });
    expect(verbose(first)).toEqual([2, 0]);

    // Touched, same text: read, matched by content, not linted (and the new mtime is remembered).
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'a.txt'), later, later);
    const touched = cli(['--cache', '--verbose', '-f', 'json', '.'], { cwd: dir });
    expect(verbose(touched)).toEqual([0, 2]);
    expect(touched.stdout).toBe(first.stdout);

    // Same size and mtime as recorded: served without reading. (Text changed behind the tool's back with
    // the mtime put back is the case ESLint's default strategy also misses.)
    const a = join(dir, 'a.txt');
    const { mtime, size } = statSync(a);
    writeFileSync(a, DRAFT.replace('NEVER', 'never'));
    utimesSync(a, mtime, mtime);
    expect(statSync(a).size).toBe(size);
    const unread = cli(['--cache', '--verbose', '-f', 'json', '.'], { cwd: dir });
    expect(verbose(unread)).toEqual([0, 2]);
    expect(unread.stdout).toBe(first.stdout);

    // A real edit changes the mtime: linted again.
    writeFileSync(a, DRAFT.replace('NEVER', 'never'));
    utimesSync(a, later, new Date(later.getTime() + 5000));
    const edited = cli(['--cache', '--verbose', '-f', 'json', '.'], { cwd: dir });
    expect(verbose(edited)).toEqual([1, 1]);
    expect(edited.stdout).not.toBe(first.stdout);
  });
});

describe('compact offset maps (RunTable)', () => {
  it('answers every index as the plain array does, for slices too, and keeps the array when runs are no smaller', async () => {
    const { RunTable } = await import('../../src/formats/mapped.js');
    // A decoded JSON string: 1:1 runs broken by escapes (two source characters for one) and one wide entity.
    const values: number[] = [];
    let src = 100;
    for (let i = 0; i < 500; i++) {
      values.push(src);
      src += i % 37 === 0 ? 2 : i % 101 === 0 ? 6 : 1;
    }
    values.push(src);
    const plain = Int32Array.from(values);
    const table = RunTable.from(plain);
    expect(table).toBeInstanceOf(RunTable);
    for (let i = -1; i <= plain.length; i++) expect(table.at(i)).toBe(plain.at(i < 0 ? plain.length + 5 : i));
    const slice = table.subarray(40, 260);
    const plainSlice = plain.subarray(40, 260);
    expect(slice.length).toBe(plainSlice.length);
    for (let i = 0; i < plainSlice.length; i++) expect(slice.at(i)).toBe(plainSlice[i]);
    // Every character in its own run (each maps to one source offset): no gain, the array stays.
    const scattered = Int32Array.from({ length: 50 }, () => 7);
    expect(RunTable.from(scattered)).toBe(scattered);
  });
});
