// Limits that hold against hostile input (issue 15): fix growth is bounded, --fix keeps files whole
// (hard links, changes made meanwhile, signals), a baseline prune keeps what it could not check.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { linkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineRule, lintText } from '../../src/index.js';
import { textHash, writeAtomic, WriteError } from '../../src/sources/write.js';
import { BIN, ROOT, tempDir, tempTree } from '../helpers/cli.js';

// A plugin rule whose fix doubles the reply every pass: without a bound, ten passes make it 1024 times larger.
const doubling = defineRule({
  meta: { id: 'doubler', description: 'Doubles the reply.', family: 'phrase', defaultSeverity: 'warn', fixable: true },
  check(reply, context) {
    const text = reply.text;
    const at = text.indexOf('grow');
    if (at >= 0) context.report({ message: 'grow', start: at, end: at + 4, fix: { start: at, end: at + 4, text: 'grow '.repeat(200) + 'grow' } });
  },
});

describe('fix growth', () => {
  it('stops with one error naming the rule, and fixes nothing', async () => {
    const [r] = await lintText('Please grow this reply.\n', { fix: true, plugins: { p: { rules: { doubler: doubling } } }, config: { rules: { 'p/doubler': 'warn' } } });
    expect(r!.output).toBeUndefined();
    expect(r!.messages).toEqual([expect.objectContaining({
      fatal: true, line: 1, column: 1,
      message: '--fix stopped: the fixes of rule "p/doubler" grow the text past 3 times its size; the file was not fixed',
    })]);
  });
});

describe('--fix writes', () => {
  it('keep hard links: the file is rewritten in place once the temp file is complete', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.txt'), b = join(dir, 'b.txt');
    writeFileSync(a, 'old text\n');
    linkSync(a, b);
    await writeAtomic(a, 'new text\n', { expectedHash: textHash('old text\n') });
    expect(readFileSync(b, 'utf8')).toBe('new text\n');
    expect(statSync(a).nlink).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('leave a file alone that changed after it was linted', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.txt');
    writeFileSync(a, 'saved by an editor meanwhile\n');
    await expect(writeAtomic(a, 'fixed\n', { expectedHash: textHash('what was linted\n') }))
      .rejects.toThrow(new WriteError('not fixed: the file changed after it was linted (run again to fix the new text)'));
    expect(readFileSync(a, 'utf8')).toBe('saved by an editor meanwhile\n');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('remove the temp file when a signal stops the run mid-write', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.txt'), 'old\n');
    // The child starts a large write and sends itself SIGTERM as soon as the temp file exists.
    const script = `
      import { readdirSync } from 'node:fs';
      import { writeAtomic } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'src', 'sources', 'write.js')).href)};
      const poll = setInterval(() => {
        if (readdirSync(${JSON.stringify(dir)}).some((f) => f.endsWith('.tmp'))) { clearInterval(poll); process.kill(process.pid, 'SIGTERM'); }
      }, 0);
      await writeAtomic(${JSON.stringify(join(dir, 'big.txt'))}, 'x'.repeat(64 * 1024 * 1024));
      console.log('finished before the signal');
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.signal).toBe('SIGTERM');
    expect(readdirSync(dir)).toEqual(['big.txt']);
    expect(readFileSync(join(dir, 'big.txt'), 'utf8')).toBe('old\n');
  });
});

describe('runs that meet hostile plugins', () => {
  const RULE = () => `const { defineRule } = require(${JSON.stringify(join(ROOT, 'dist', 'src', 'index.cjs'))});
module.exports = { rules: { says: {
  meta: { id: 'says', description: 'Says.', family: 'phrase', defaultSeverity: 'warn' },
  check(reply, context) {
    if (reply.text.includes('CRASH') && !require('node:worker_threads').isMainThread) process.exit(7);
    context.report({ message: require('./helper.cjs').message, start: 0, end: 2 });
  },
} } };\n`;

  it('a worker that exits early is one error naming the file; the other files are linted', () => {
    const files: Record<string, string> = {
      '.complaintlintrc.json': JSON.stringify({ root: true, plugins: ['./plugin.cjs'], rules: { 'plugin/says': 'warn' } }),
      'plugin.cjs': RULE(), 'helper.cjs': 'module.exports = { message: "hello" };\n',
    };
    // The main thread lints the first batch itself: the crashing file comes last, in a worker's batch.
    for (let k = 0; k < 11; k++) files[`m${String(k).padStart(2, '0')}.txt`] = 'Hi there, thanks for writing.\n';
    files['z.txt'] = 'Hi there, CRASH now.\n';
    const cwd = tempTree(files);
    const r = spawnSync(process.execPath, [BIN, '--jobs', '2', '-f', 'compact', '.'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
    expect(r.stderr).toBe('complaintlint: z.txt: the lint worker stopped while linting this file (exit code 7)\n');
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.endsWith('hello [plugin/says]'))).toHaveLength(11);
    expect(lines).toContain('z.txt:1:1: error the lint worker stopped while linting this file (exit code 7)');
    expect(r.status).toBe(2);
  });

  it('--cache notices an edit to a module the plugin loads, not only to its rules', () => {
    const cwd = tempTree({
      '.complaintlintrc.json': JSON.stringify({ plugins: ['./plugin.cjs'], rules: { 'plugin/says': 'warn' } }),
      'plugin.cjs': RULE(), 'helper.cjs': 'module.exports = { message: "before" };\n',
      'm.txt': 'Hi there, thanks for writing.\n',
    });
    const run = () => spawnSync(process.execPath, [BIN, '--cache', '-f', 'compact', 'm.txt'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } }).stdout;
    expect(run()).toBe('m.txt:1:1: warning before [plugin/says]\n');
    writeFileSync(join(cwd, 'helper.cjs'), 'module.exports = { message: "after" };\n');
    expect(run()).toBe('m.txt:1:1: warning after [plugin/says]\n');
  });
});
