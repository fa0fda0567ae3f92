// --fix and --fix-dry-run end to end: what changed is reported on stderr (a count per file; --verbose
// shows each change before and after), --fix-dry-run on stdin writes only the fixed draft to stdout, and
// list markers survive. Also -o with special files.
import { describe, expect, it } from 'vitest';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree } from '../helpers/cli.js';

const LIST_DRAFT = 'Thanks.\n- Is there anything else wrong?\n';
const LIST_FIXED = 'Thanks.\n- How else can I help you today?\n';
const ONLY_FOLLOW_UP = ['--rule', 'corporate-stiff:off'];

describe('--fix-dry-run on stdin', () => {
  it('writes only the fixed draft to stdout, keeping the list marker, and what changed to stderr', () => {
    const r = cli(['--fix-dry-run', ...ONLY_FOLLOW_UP], { input: LIST_DRAFT });
    expect(r.stdout).toBe(LIST_FIXED);
    expect(r.stderr).toBe('complaintlint: would fix 1 problem in <stdin>\n✔ No problems (1 reply).\n');
    expect(r.status).toBe(0);
  });

  it('sends the remaining problems to stderr, so `> fixed.txt` holds the draft alone', () => {
    const r = cli(['--fix-dry-run', '--rule', 'heated-tone:error'], { input: 'Thanks. The offer ended on Friday?!\n' });
    expect(r.stdout).toBe('Thanks. The offer ended on Friday?!\n');
    expect(r.stderr).toMatch(/^\n<stdin>\n {2}1:34 +error +"\?!" reads as exasperated\./);
    expect(r.status).toBe(1);
  });

  it('writes an unchanged draft to stdout as it came, and says nothing about fixes', () => {
    const r = cli(['--fix-dry-run'], { input: 'Thanks for writing in.' });
    expect(r.stdout).toBe('Thanks for writing in.');
    expect(r.stderr).toBe('✔ No problems (1 reply).\n');
  });

  it('--verbose shows each change before and after, like a diff', () => {
    const r = cli(['--fix-dry-run', '--verbose', ...ONLY_FOLLOW_UP], { input: LIST_DRAFT });
    expect(r.stdout).toBe(LIST_FIXED);
    expect(r.stderr.split('\n').slice(0, 5)).toEqual([
      'complaintlint: would fix 1 problem in <stdin>',
      '  2:3  negative-follow-up',
      '    - Is there anything else wrong?',
      '    + How else can I help you today?',
      '✔ No problems (1 reply).',
    ]);
  });

  it('-f json keeps the ESLint shape on stdout, the fixed draft as `output`', () => {
    const r = cli(['--fix-dry-run', '-f', 'json', ...ONLY_FOLLOW_UP], { input: LIST_DRAFT });
    const [result] = JSON.parse(r.stdout);
    expect(result.output).toBe(LIST_FIXED);
    expect(result.appliedFixes).toBeUndefined();
    expect(r.stderr).toBe('complaintlint: would fix 1 problem in <stdin>\n');
  });
});

describe('--fix on files', () => {
  const files = () => tempTree({ 'a.txt': LIST_DRAFT, 'b.txt': 'Hi.\n\nAre there any other problems? Is anything else broken?\n', 'c.txt': 'All good here.\n' });

  it('counts the changes per file, and in all, on stderr', () => {
    const dir = files();
    const r = cli(['--fix', ...ONLY_FOLLOW_UP, '.'], { cwd: dir });
    expect(r.stderr).toBe([
      'complaintlint: fixed 1 problem in a.txt',
      'complaintlint: fixed 2 problems in b.txt',
      'complaintlint: fixed 3 problems in 2 files',
      '',
    ].join('\n'));
    expect(r.stdout).toBe('✔ No problems (3 files, 3 replies).\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(LIST_FIXED);
  });

  it('a file that could not be written is not counted as fixed', () => {
    const dir = files();
    chmodSync(join(dir, 'a.txt'), 0o444);
    const r = cli(['--fix', ...ONLY_FOLLOW_UP, 'a.txt', 'b.txt'], { cwd: dir });
    expect(r.stderr).toBe('complaintlint: a.txt: could not write: the file is read-only\ncomplaintlint: fixed 2 problems in b.txt\n');
    expect(r.status).toBe(2);
  });

  it('--verbose lists each change under its file', () => {
    const dir = files();
    const r = cli(['--fix', '--verbose', ...ONLY_FOLLOW_UP, 'b.txt'], { cwd: dir });
    expect(r.stderr).toContain([
      'complaintlint: fixed 2 problems in b.txt',
      '  3:1  negative-follow-up',
      '    - Are there any other problems?',
      '    + How else can I help you today?',
      '  3:31  negative-follow-up',
      '    - Is anything else broken?',
      '    + How else can I help you today?',
    ].join('\n'));
  });
});

describe('-o with special files', () => {
  it('-o /dev/null discards the report and keeps the exit code', () => {
    const r = cli(['-o', '/dev/null', '-'], { input: 'Is there anything else wrong?\n' });
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', '']);
  });

  it('-o /dev/stdout writes the report to stdout', () => {
    const r = cli(['-o', '/dev/stdout', '-f', 'compact', '-'], { input: 'Is there anything else wrong?\n' });
    expect(r.stdout).toBe('<stdin>:1:1: error This closing question invites more complaints. Offer further help instead. [negative-follow-up]\n');
    expect(r.status).toBe(1);
  });
});
