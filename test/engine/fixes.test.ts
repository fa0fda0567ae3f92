// --fix safety: atomic replace in the same directory keeping the mode, no write when nothing changed,
// no write through a symlink that leaves the project (unless allowed), overlapping fixes resolved
// deterministically (first wins, the rest are re-linted), the fix loop bounded to 10 passes.
import { describe, expect, it } from 'vitest';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { applyFixes } from '../../src/engine/fixes.js';
import { writeAtomic, WriteError } from '../../src/sources/write.js';
import { cli, tempTree } from '../helpers/cli.js';

const BAD = 'Thanks for the update. Is there anything else wrong?\n';
const FIXED = 'Thanks for the update. How else can I help you today?\n';

function onlyRules(extra: Record<string, string> = {}, plugins: string[] = []): string {
  const rules: Record<string, string> = {};
  for (const r of builtinRules) rules[r.meta.id] = 'off';
  rules['negative-follow-up'] = 'error';
  return JSON.stringify({ plugins, rules: { ...rules, ...extra } });
}

/** A plugin module "acme" whose rules are given as source text of { id: { pattern, fix } } entries. */
function plugin(rules: Record<string, string>): string {
  const body = Object.entries(rules).map(([id, check]) => `${JSON.stringify(id)}: {
    meta: { id: ${JSON.stringify(id)}, description: 'test rule', family: 'phrase', defaultSeverity: 'error', fixable: true },
    check(reply, context) { ${check} },
  }`).join(',\n');
  return `export default { name: 'acme', rules: { ${body} } };\n`;
}

const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('atomic writes', () => {
  it('replaces the file through a temp file + rename in its directory, keeping mode and owner', () => {
    const cwd = tempTree({ '.complaintlintrc.json': onlyRules(), 'macros/reply.txt': BAD });
    const file = join(cwd, 'macros/reply.txt');
    chmodSync(file, 0o640);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chownSync(file, 65534, 65534);
    const before = statSync(file);
    const r = cli(['--fix', 'macros/reply.txt'], { cwd });
    expect(r.stderr).toBe('complaintlint: fixed 1 problem in macros/reply.txt\n');
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    const after = statSync(file);
    expect(after.mode & 0o7777).toBe(0o640);
    expect(after.ino).not.toBe(before.ino); // a new file renamed into place, not rewritten in place
    if (asRoot) expect([after.uid, after.gid]).toEqual([65534, 65534]);
    expect(tempFiles(join(cwd, 'macros'))).toEqual([]);
  });

  it('refuses to replace a read-only file, and says so', () => {
    const cwd = tempTree({ '.complaintlintrc.json': onlyRules(), 'locked.txt': BAD });
    chmodSync(join(cwd, 'locked.txt'), 0o444);
    const r = cli(['--fix', 'locked.txt'], { cwd });
    expect(r.stderr).toBe('complaintlint: locked.txt: could not write: the file is read-only\n');
    expect(r.status).toBe(2);
    expect(readFileSync(join(cwd, 'locked.txt'), 'utf8')).toBe(BAD);
  });

  it('writeAtomic: a failed write leaves no temp file and the old content', async () => {
    const dir = tempTree({ 'a.txt': 'old\n' });
    mkdirSync(join(dir, 'folder.txt'));
    await expect(writeAtomic(join(dir, 'folder.txt'), 'new')).rejects.toThrow(new WriteError('could not write: not a regular file'));
    await expect(writeAtomic(join(dir, 'missing', 'b.txt'), 'new')).rejects.toThrow(/^could not write: no such file or directory \(creating a temporary file in .*missing\)$/);
    await writeAtomic(join(dir, 'a.txt'), 'new\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new\n');
    expect(tempFiles(dir)).toEqual([]);
  });
});

describe('no write when nothing changed', () => {
  it('a file without fixable problems is not touched (same inode and mtime)', () => {
    const cwd = tempTree({ '.complaintlintrc.json': onlyRules(), 'clean.txt': 'Thanks for the update. How else can I help?\n' });
    const file = join(cwd, 'clean.txt');
    const before = statSync(file);
    const r = cli(['--fix', 'clean.txt'], { cwd });
    expect(r.status).toBe(0);
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('fixes that cancel out (foo -> bar -> foo ...) stop at 10 passes and leave the file unwritten', () => {
    const cwd = tempTree({
      '.complaintlintrc.json': onlyRules({ 'acme/foo-to-bar': 'error', 'acme/bar-to-foo': 'error' }, ['./acme.mjs']),
      'acme.mjs': plugin({
        'foo-to-bar': `const i = reply.text.indexOf('foo'); if (i >= 0) context.report({ message: 'foo', start: i, end: i + 3, fix: { start: i, end: i + 3, text: 'bar' } });`,
        'bar-to-foo': `const i = reply.text.indexOf('bar'); if (i >= 0) context.report({ message: 'bar', start: i, end: i + 3, fix: { start: i, end: i + 3, text: 'foo' } });`,
      }),
      'flip.txt': 'Say foo.\n',
    });
    const file = join(cwd, 'flip.txt');
    const before = statSync(file);
    const r = cli(['--fix', '-f', 'json', 'flip.txt'], { cwd });
    expect(r.stderr).toBe('');
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(readFileSync(file, 'utf8')).toBe('Say foo.\n');
    // after 10 passes (an even number) the text is back to "foo": still reported, still fixable
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['acme/foo-to-bar']);
    expect(r.status).toBe(1);
  });
});

describe('the fix loop', () => {
  it('is bounded to 10 passes', () => {
    const cwd = tempTree({
      '.complaintlintrc.json': onlyRules({ 'acme/grow': 'error' }, ['./acme.mjs']),
      'acme.mjs': plugin({
        grow: `const e = reply.text.trimEnd().length; context.report({ message: 'grow', start: e, end: e, fix: { start: e, end: e, text: '!' } });`,
      }),
      'grow.txt': 'Hello\n',
    });
    const r = cli(['--fix', 'grow.txt'], { cwd });
    expect(readFileSync(join(cwd, 'grow.txt'), 'utf8')).toBe(`Hello${'!'.repeat(10)}\n`);
    expect(r.status).toBe(1); // the endless fix is still reported
  });
});

describe('overlapping fixes', () => {
  // "advise the customer" -> "tell the customer" (first) overlaps "the customer" -> "them" (second).
  const rules = {
    'tell': `const i = reply.text.indexOf('advise the customer'); if (i >= 0) context.report({ message: 'tell', start: i, end: i + 19, fix: { start: i, end: i + 19, text: 'tell the customer' } });`,
    'them': `const i = reply.text.indexOf('the customer'); if (i >= 0) context.report({ message: 'them', start: i, end: i + 12, fix: { start: i, end: i + 12, text: 'them' } });`,
  };

  it('first (by position) wins; the other is linted again on the fixed text', () => {
    for (const order of [['tell', 'them'], ['them', 'tell']]) {
      const ordered = Object.fromEntries(order.map((k) => [k, rules[k as keyof typeof rules]]));
      const cwd = tempTree({
        '.complaintlintrc.json': onlyRules({ 'acme/tell': 'error', 'acme/them': 'error' }, ['./acme.mjs']),
        'acme.mjs': plugin(ordered),
      });
      const r = cli(['--fix-dry-run', '-f', 'json', '--stdin-filename', 'draft.txt'], { cwd, input: 'Please advise the customer.\n' });
      const [result] = JSON.parse(r.stdout);
      // "tell" (starting earlier) was applied first; "them" then applied on the next pass. Had "them" won,
      // the result would be "Please advise them." and "tell" would never apply.
      expect(result.output).toBe('Please tell them.\n');
      expect(result.messages).toEqual([]);
    }
  });

  it('applyFixes: the first wins, overlapping and touching fixes are skipped, order of input does not matter', () => {
    const text = 'Please advise the customer.';
    const tell = { range: [7, 26] as [number, number], text: 'tell the customer' };
    const them = { range: [14, 26] as [number, number], text: 'them' };
    const touch = { range: [26, 27] as [number, number], text: '!' };
    const far = { range: [0, 6] as [number, number], text: 'Kindly' };
    for (const fixes of [[tell, them, touch, far], [far, touch, them, tell]]) {
      const pass = applyFixes(text, fixes);
      expect(pass.output).toBe('Kindly tell the customer.');
      expect(pass.applied).toEqual([far, tell]);
    }
    expect(applyFixes(text, [{ range: [3, 1], text: 'x' }, { range: [0, 99], text: 'x' }, { range: [0, 1.5] as [number, number], text: 'x' }]))
      .toEqual({ output: text, applied: [] });
  });

  it('applyFixes never splits a surrogate pair', () => {
    const text = 'ok 😀 ok';
    expect(applyFixes(text, [{ range: [4, 5], text: 'x' }]).output).toBe(text);
    expect(applyFixes(text, [{ range: [3, 5], text: ':)' }]).output).toBe('ok :) ok');
  });
});

describe('symbolic links', () => {
  function linked() {
    const outside = tempTree({ 'shared.txt': BAD });
    const cwd = tempTree({ '.complaintlintrc.json': onlyRules(), 'inner.txt': BAD });
    symlinkSync(join(outside, 'shared.txt'), join(cwd, 'link.txt'));
    symlinkSync(outside, join(cwd, 'vendor'));
    symlinkSync('inner.txt', join(cwd, 'alias.txt'));
    return { cwd, outside };
  }

  it('refuses to write through a link that leaves the project', () => {
    const { cwd, outside } = linked();
    for (const path of ['link.txt', 'vendor/shared.txt']) {
      const r = cli(['--fix', path], { cwd });
      expect(r.stderr).toBe(`complaintlint: ${path}: refusing to write through a symbolic link to ${join(outside, 'shared.txt')}, outside the project (use --allow-symlink-writes to allow it)\n`);
      expect(r.status).toBe(2);
      expect(readFileSync(join(outside, 'shared.txt'), 'utf8')).toBe(BAD);
    }
    expect(tempFiles(outside)).toEqual([]);
  });

  it('writes through it with --allow-symlink-writes, keeping the link', () => {
    const { cwd, outside } = linked();
    const r = cli(['--fix', '--allow-symlink-writes', 'link.txt'], { cwd });
    expect(r.stderr).toBe('complaintlint: fixed 1 problem in link.txt\n');
    expect(r.status).toBe(0);
    expect(readFileSync(join(outside, 'shared.txt'), 'utf8')).toBe(FIXED);
    expect(lstatSync(join(cwd, 'link.txt')).isSymbolicLink()).toBe(true);
  });

  it('writes through a link inside the project to its target, keeping the link', () => {
    const { cwd } = linked();
    const r = cli(['--fix', 'alias.txt'], { cwd });
    expect(r.status).toBe(0);
    expect(lstatSync(join(cwd, 'alias.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(cwd, 'inner.txt'), 'utf8')).toBe(FIXED);
    expect(existsSync(join(cwd, 'alias.txt'))).toBe(true);
  });
});

describe('line endings, BOM and idempotence on disk', () => {
  it('a second --fix changes nothing', () => {
    const cwd = tempTree({ '.complaintlintrc.json': onlyRules(), 'twice.txt': `\uFEFFHi,\r\n\r\n${BAD.replace('\n', '\r\n')}` });
    const file = join(cwd, 'twice.txt');
    expect(cli(['--fix', 'twice.txt'], { cwd }).status).toBe(0);
    const once = readFileSync(file);
    expect(once.toString('utf8')).toBe(`\uFEFFHi,\r\n\r\n${FIXED.replace('\n', '\r\n')}`);
    const st = statSync(file);
    expect(cli(['--fix', 'twice.txt'], { cwd }).status).toBe(0);
    expect(readFileSync(file).equals(once)).toBe(true);
    expect(statSync(file).ino).toBe(st.ino);
  });
});
