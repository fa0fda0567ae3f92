// Hostile names and content (issue 15): complaintlint runs in CI on attacker-written pull requests, and
// what it prints is read by terminals and by the GitHub runner. Nothing from a file name or a file's
// content may reach stdout, stderr, the job summary or the Action's output as a raw control byte or as a
// line the runner reads as a workflow command. Streams are read as bytes.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, tempTree } from '../helpers/cli.js';
import { escapeData, escapeProperty, guardLineStarts, jsonSafe, printable, printablePath, visible, workflowCommand } from '../../src/formatters/escape.js';

const BAD = 'We cannot help you, that is our policy.\n';
const ESC = '\u001b';
// File names: a newline that would start a workflow command, a name that is one, a leading-space one,
// terminal escapes (clear screen, OSC window title with a bell, a C1 CSI).
const NAMES = {
  newline: 'x\n::stop-commands::pwn\n.txt',
  command: '::warning file=a::owned.txt',
  spaced: '  ##[error]legacy.txt',
  escapes: `t${ESC}[2J${ESC}]0;pwned\u0007\u009b1m.txt`,
};

function hostileTree(): string {
  const dir = tempTree({
    '.complaintlintrc.json': '{}',
    // Macro titles and bodies with escapes and a line that would be a command.
    'macros.json': JSON.stringify([
      { title: `::stop-commands::t\n::error::x${ESC}[2J\u009b`, body: `${BAD}::add-mask::x ${ESC}]0;t\u0007\n` },
      { title: `two${ESC}[31m\r::group::y`, body: BAD },
    ]),
    // Front matter values with escapes.
    'fm.md': `---\ntitle: "T${ESC}]0;pwn\u0007"\nsubject: "${ESC}[31mred"\n---\n${BAD}`,
    // A JSON parse error whose snippet would hold the escape.
    [`parse${ESC}[2J.json`]: `{"a": x${ESC}[2J}`,
  });
  for (const name of Object.values(NAMES)) writeFileSync(join(dir, name), BAD);
  return dir;
}

interface Run { status: number | null; stdout: Buffer; stderr: Buffer }

function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: '1', ...env } });
    const out: Buffer[] = [], err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (status) => done({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
  });
}

/** Bytes a terminal or the runner would act on: C0 controls but LF, ESC, DEL, and 0x9b (CSI). */
function rawControls(buf: Buffer): string[] {
  const found: string[] = [];
  buf.forEach((b, i) => {
    if ((b < 0x20 && b !== 0x0a) || b === 0x7f || b === 0x9b) found.push(`0x${b.toString(16)} near ${JSON.stringify(buf.subarray(Math.max(0, i - 12), i + 4).toString('latin1'))}`);
  });
  return found;
}

/** Lines the runner reads as workflow commands (`::` or `##[` after leading whitespace; CR also ends a line). */
function commandLines(buf: Buffer): string[] {
  return buf.toString('utf8').split(/\r\n|\r|\n/).filter((l) => /^\s*(::|##\[)/.test(l));
}

function expectClean(what: string, buf: Buffer, allowedCommands: (line: string) => boolean = () => false): void {
  expect(rawControls(buf), `${what}: raw control bytes`).toEqual([]);
  expect(commandLines(buf).filter((l) => !allowedCommands(l)), `${what}: workflow commands`).toEqual([]);
}

// The github format's own annotations, and nothing else: `::error|warning|notice file=...::...`.
const ANNOTATION = (l: string) => /^::(error|warning|notice) file=[^:\r\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:,]*::/.test(l);

describe('hostile file names and content', () => {
  it('reach no stream raw, in every format (stdout, stderr, the fix report)', async () => {
    const cwd = hostileTree();
    const formats = ['stylish', 'compact', 'github', 'markdown', 'json', 'junit', 'html', 'sarif'];
    const runs = await Promise.all([
      ...formats.map((f) => run([BIN, '-f', f, '--verbose', '.'], cwd, { COLUMNS: '30' })),
      run([BIN, '--fix-dry-run', '--verbose', '.'], cwd),
    ]);
    formats.forEach((f, i) => {
      const r = runs[i]!;
      expect(r.status, f).toBe(2); // the broken JSON file
      expectClean(`${f} stdout`, r.stdout, f === 'github' ? ANNOTATION : undefined);
      expectClean(`${f} stderr`, r.stderr);
    });
    const fixRun = runs[formats.length]!;
    expectClean('fix stdout', fixRun.stdout);
    expectClean('fix stderr', fixRun.stderr);

    // The names are shown, visibly (like git quotes paths), and the annotations carry them escaped.
    const compact = runs[1]!.stdout.toString();
    expect(compact).toContain('x\\n::stop-commands::pwn\\n.txt:1:1: ');
    expect(compact).toContain('./::warning file=a::owned.txt:1:1: ');
    expect(compact).toContain('./  ##[error]legacy.txt:1:1: ');
    expect(compact).toContain('t\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{9b}1m.txt:1:1: ');
    const stderr = runs[0]!.stderr.toString();
    expect(stderr).toContain('complaintlint: parse\\u{1b}[2J.json: invalid JSON');
    expect(runs[0]!.stdout.toString()).toContain('reply 1 "::stop-commands::t ::error::x\\u{1b}[2J\\u{9b}" (line 1)');
    const github = runs[2]!.stdout.toString();
    expect(github).toContain('::warning file=x%0A%3A%3Astop-commands%3A%3Apwn%0A.txt,line=1,col=1,');
    expect(github).toContain('file=t\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{9b}1m.txt,');
    // JSON output still parses to the same names.
    const names = (JSON.parse(runs[4]!.stdout.toString()) as Array<{ filePath: string }>).map((r) => r.filePath);
    expect(names).toEqual(expect.arrayContaining(Object.values(NAMES).map((n) => join(cwd, n))));
  }, 60_000);

  it('reach neither the Action\'s output nor its job summary raw', async () => {
    const cwd = hostileTree();
    const summary = join(cwd, 'summary.md');
    writeFileSync(summary, '');
    const r = await run([join(ROOT, 'scripts', 'github-action.mjs')], cwd, {
      COMPLAINTLINT_ROOT: ROOT, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: cwd, INPUT_PATHS: '.', INPUT_ARGS: '', INPUT_CONFIG: '', INPUT_MAX_WARNINGS: '-1',
    });
    expect(r.status).toBe(2);
    expectClean('action stdout', r.stdout, ANNOTATION);
    expectClean('action stderr', r.stderr);
    const page = readFileSync(summary);
    expectClean('job summary', page);
    expect(page.toString()).toContain('| x\\\\n::stop\\-commands::pwn\\\\n.txt |');
  }, 60_000);
});

describe('the escaping module', () => {
  it('shows control characters as text, git-style for names', () => {
    expect(visible('a\nb\r\tc\u001b[2J\u009b\u202e')).toBe('a\\nb\\r\\tc\\u{1b}[2J\\u{9b}\\u{202e}');
    expect(printable('one\n  two\tthree\u0007')).toBe('one two three\\u{7}');
    expect(printablePath('::x')).toBe('./::x');
    expect(printablePath(' ##[x]')).toBe('./ ##[x]');
    expect(printablePath('dir/a.txt')).toBe('dir/a.txt');
  });

  it('escapes workflow commands per actions/toolkit (data: % CR LF; properties also : and ,)', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a, b:c%\n')).toBe('a%2C b%3Ac%25%0A');
    expect(workflowCommand('error', { file: 'a,b\n::x', line: 3 }, 'm\u001b[2J\n::stop-commands::t\tz')).toBe(
      '::error file=a%2Cb%0A%3A%3Ax,line=3::m\\u{1b}[2J%0A::stop-commands::t z');
  });

  it('keeps JSON the same value and a report\'s lines out of the runner', () => {
    const json = jsonSafe(JSON.stringify({ t: 'a\u007f\u009b\u202eb\u2028' }));
    expect(json).toBe('{"t":"a\\u007f\\u009b\\u202eb\\u2028"}');
    expect(JSON.parse(json)).toEqual({ t: 'a\u007f\u009b\u202eb\u2028' });
    expect(guardLineStarts('ok\n  ::stop-commands::x\r##[error]y\n: fine')).toBe('ok\n  \\u{3a}:stop-commands::x\r\\u{23}#[error]y\n: fine');
    expect(guardLineStarts('<p>\n::x</p>', true)).toBe('<p>\n&#58;:x</p>');
  });
});
