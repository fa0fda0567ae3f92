// The bad-input matrix, end to end through the built CLI: each bad input gives one exact line on
// stderr naming the file, the other files are still linted, and the exit code is 2 when a file could
// not be linted. Nothing prints a stack trace (that needs --debug).
import { describe, expect, it } from 'vitest';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { chmodSync, chownSync, closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { BIN, cli, tempTree } from '../helpers/cli.js';

const OK_TEXT = 'Thanks for the update. Is there anything else wrong?\n';
// negative-follow-up on "Is there anything else wrong?": line 1, columns 24-53 of OK_TEXT.

/** A config that turns on one rule only, so positions and fixes in these tests are exact. */
function onlyRule(id = 'negative-follow-up'): string {
  const rules: Record<string, string> = {};
  for (const r of builtinRules) rules[r.meta.id] = 'off';
  rules[id] = 'error';
  return JSON.stringify({ rules });
}

function project(files: Record<string, string | Buffer>): string {
  const dir = tempTree({ '.complaintlintrc.json': onlyRule(), 'ok.txt': OK_TEXT });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * Runs the CLI so that mode bits apply: root reads anything whatever the mode, so under root it runs as
 * the unprivileged user 65534 (nobody), when that user can reach the CLI and the project; otherwise the
 * case is skipped with the reason. HOME stays the caller's (unreadable to nobody under root): a global
 * config directory that cannot be read must count as no global config.
 */
function runUnprivileged(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } | { skipped: string } {
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? { uid: 65534, gid: 65534 } : {};
  if (asRoot) {
    chmodSync(cwd, 0o755);
    chownSync(join(cwd, 'ok.txt'), 65534, 65534);
    const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)}, require('fs').constants.R_OK)`], { cwd, ...user });
    if (probe.error || probe.status !== 0) {
      return { skipped: `tests run as root and user 65534 cannot run the CLI here (${probe.error?.message ?? `exit ${probe.status}`}): permission checks cannot be exercised` };
    }
  }
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...user });
}

function expectNoStack(r: { stdout: string; stderr: string }): void {
  expect(r.stderr).not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(r.stdout).not.toMatch(/^\s+at .+[(:]\d+/m);
}

interface JsonResult { filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number; fatal?: boolean; message: string }> }

/** The messages the JSON output holds for one file (by name relative to the project). */
function messagesOf(stdout: string, name: string): JsonResult['messages'] {
  const results = JSON.parse(stdout) as JsonResult[];
  const r = results.find((x) => x.filePath.endsWith(`/${name}`));
  if (!r) throw new Error(`no result for ${name} in ${results.map((x) => x.filePath).join(', ')}`);
  return r.messages;
}

/** The good file was linted: its one problem is in the output. */
function expectOkLinted(stdout: string): void {
  expect(messagesOf(stdout, 'ok.txt')).toEqual([expect.objectContaining({ ruleId: 'negative-follow-up', line: 1, column: 24 })]);
}

/** Lints the bad file next to ok.txt (JSON output) and checks stderr is exactly `lines`. */
function runPair(files: Record<string, string | Buffer>, bad: string, lines: string[], status: number, args: string[] = []) {
  const cwd = project(files);
  const r = cli([...args, '-f', 'json', bad, 'ok.txt'], { cwd });
  expect(r.stderr).toBe(lines.map((l) => `${l}\n`).join(''));
  expectOkLinted(r.stdout);
  expectNoStack(r);
  expect(r.status).toBe(status);
  return { ...r, cwd };
}

describe('unreadable or undecodable files: one line each, the run goes on, exit 2', () => {
  it('binary file', () => {
    runPair({ 'logo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]) }, 'logo.txt',
      ['complaintlint: logo.txt: file looks binary (contains NUL bytes); skipped'], 2);
  });

  it('invalid UTF-8 (a Latin-1 file)', () => {
    runPair({ 'latin1.txt': Buffer.from('Caf\xe9 closed', 'latin1') }, 'latin1.txt',
      ['complaintlint: latin1.txt: file is not valid UTF-8 (first bad byte 0xE9 at offset 3); save it as UTF-8'], 2);
  });

  it('UTF-16 with a BOM, and without one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Is there anything else wrong?\n', 'utf16le')]);
    runPair({ 'utf16.txt': le }, 'utf16.txt', ['complaintlint: utf16.txt: file is UTF-16 encoded; save it as UTF-8'], 2);
    runPair({ 'nobom.txt': Buffer.from('Is there anything else wrong?\n', 'utf16le') }, 'nobom.txt',
      ['complaintlint: nobom.txt: file is UTF-16 (without a byte order mark) encoded; save it as UTF-8'], 2);
  });

  it('a file without read permission', ({ skip }) => {
    const cwd = project({ 'secret.txt': 'Is there anything else wrong?\n' });
    chmodSync(join(cwd, 'secret.txt'), 0o000);
    const r = runUnprivileged(cwd, ['-f', 'json', 'secret.txt', 'ok.txt']);
    if ('skipped' in r) return skip(r.skipped);
    expect(r.stderr).toBe('complaintlint: secret.txt: permission denied\n');
    expectOkLinted(r.stdout);
    expect(r.status).toBe(2);
  });

  it('an unreadable directory in a walk', ({ skip }) => {
    const cwd = project({ 'locked/a.txt': 'Is there anything else wrong?\n' });
    chmodSync(join(cwd, 'locked'), 0o000);
    const r = runUnprivileged(cwd, ['-f', 'json', '.']);
    if ('skipped' in r) return skip(r.skipped);
    expect(r.stderr).toBe('complaintlint: locked: permission denied\n');
    expectOkLinted(r.stdout);
    expect(r.status).toBe(2);
  });
});

describe('things that are not text files', () => {
  it('a named pipe (FIFO) is skipped, not waited on forever', () => {
    const cwd = project({});
    execFileSync('mkfifo', [join(cwd, 'pipe.txt')]);
    // spawnSync with a timeout: a regression would block this worker, and vitest cannot time out sync code
    const r = spawnSync(process.execPath, [BIN, '-f', 'json', 'pipe.txt', 'ok.txt'], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('complaintlint: pipe.txt: not a regular file (a pipe, device or socket); skipped\n');
    expectOkLinted(r.stdout);
    expect(r.status).toBe(2);
  });

  it('a Unix socket and a character device are skipped with the same reason', async () => {
    const cwd = project({});
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(cwd, 'sock.txt'), done));
    try {
      const r = await new Promise<{ stderr: string; stdout: string; status: number | null }>((done) => {
        execFile(process.execPath, [BIN, '-f', 'json', 'sock.txt', '/dev/zero', 'ok.txt'], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => done({ stdout, stderr, status: err ? (err as { code?: number }).code ?? null : 0 }));
      });
      // Files are reported in path order.
      expect(r.stderr).toBe('complaintlint: /dev/zero: not a regular file (a pipe, device or socket); skipped\ncomplaintlint: sock.txt: not a regular file (a pipe, device or socket); skipped\n');
      expectOkLinted(r.stdout);
      expect(r.status).toBe(2);
    } finally {
      server.close();
    }
  });

  it('a file over the size limit (sparse, 300 MiB) is refused before reading', () => {
    const cwd = project({});
    const fd = openSync(join(cwd, 'export.txt'), 'w');
    ftruncateSync(fd, 300 * 1024 * 1024);
    closeSync(fd);
    const r = cli(['-f', 'json', 'export.txt', 'ok.txt'], { cwd });
    expect(r.stderr).toBe('complaintlint: export.txt: file is too large to lint (300 MiB; the limit is 256 MiB)\n');
    expectOkLinted(r.stdout);
    expect(r.status).toBe(2);
  });
});

describe('paths and globs', () => {
  it('a path that does not exist', () => {
    runPair({}, 'missing.txt', ['complaintlint: No files matching the pattern "missing.txt" were found.'], 2);
  });

  it('a glob that matches nothing, alone: exit 2 and nothing linted', () => {
    const cwd = project({});
    const r = cli(['macros/**/*.json'], { cwd });
    expect(r.stderr).toBe('complaintlint: No files matching the pattern "macros/**/*.json" were found.\n');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  });

  it('a directory symlink loop: each file linted once, no error', () => {
    const cwd = project({ 'd/a.txt': 'Is there anything else wrong?\n', 'd/sub/b.txt': 'Thanks.\n' });
    symlinkSync('.', join(cwd, 'd', 'loop'));
    symlinkSync('..', join(cwd, 'd', 'sub', 'up'));
    for (const target of ['d', 'd/**/*.txt']) {
      const r = cli(['-f', 'json', target], { cwd });
      expect(r.stderr).toBe('');
      const files = JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath.slice(cwd.length + 1));
      expect(files).toEqual(['d/a.txt', 'd/sub/b.txt']);
      expect(r.status).toBe(1);
    }
  });

  it('a symlink to itself', () => {
    const cwd = project({});
    symlinkSync('self.txt', join(cwd, 'self.txt'));
    const r = cli(['-f', 'json', 'self.txt', 'ok.txt'], { cwd });
    expect(r.stderr).toBe('complaintlint: self.txt: too many levels of symbolic links\n');
    expectOkLinted(r.stdout);
    expect(r.status).toBe(2);
  });
});

describe('text that decodes but is odd', () => {
  it('UTF-8 BOM: positions ignore the BOM, --fix keeps it', () => {
    const cwd = project({ 'bom.txt': `\uFEFF${OK_TEXT}` });
    const r = cli(['-f', 'json', 'bom.txt'], { cwd });
    expect(r.stderr).toBe('');
    const [m] = JSON.parse(r.stdout)[0].messages;
    expect(m).toMatchObject({ ruleId: 'negative-follow-up', line: 1, column: 24, endLine: 1, endColumn: 53 });
    expect(cli(['--fix', 'bom.txt'], { cwd }).status).toBe(0);
    const bytes = readFileSync(join(cwd, 'bom.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Thanks for the update. How else can I help you today?\n');
  });

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('%s line endings: positions right, --fix keeps them', (_name, eol) => {
    const text = ['Hi Sam,', '', 'Thanks for the update. Is there anything else wrong?', 'Best,', 'Al', ''].join(eol);
    const cwd = project({ 'eol.txt': text });
    const r = cli(['-f', 'json', 'eol.txt'], { cwd });
    expect(r.stderr).toBe('');
    const [m] = JSON.parse(r.stdout)[0].messages;
    expect(m).toMatchObject({ line: 3, column: 24, endLine: 3, endColumn: 53 });
    const lineStart = 7 + eol.length * 2;
    expect(m.fix.range).toEqual([lineStart + 23, lineStart + 52]);
    expect(cli(['--fix', 'eol.txt'], { cwd }).status).toBe(0);
    expect(readFileSync(join(cwd, 'eol.txt'), 'utf8')).toBe(text.replace('Is there anything else wrong?', 'How else can I help you today?'));
  });

  it('empty file: a notice, not an error', () => {
    runPair({ 'empty.txt': '' }, 'empty.txt', ['complaintlint: empty.txt: file is empty; nothing to lint'], 1);
  });

  it('whitespace-only file: a notice, not an error', () => {
    runPair({ 'blank.txt': ' \n\t\r\n  \n' }, 'blank.txt', ['complaintlint: blank.txt: file holds only whitespace; nothing to lint'], 1);
  });

  it('a single 1 MB line', () => {
    const line = 'word '.repeat(200_000) + 'Is there anything else wrong?';
    const cwd = project({ 'long.txt': line });
    const r = cli(['-f', 'json', 'long.txt', 'ok.txt'], { cwd });
    expect(r.stderr).toBe('complaintlint: long.txt: a reply of 1000029 characters was linted in 21 parts\n');
    expect(messagesOf(r.stdout, 'long.txt')).toEqual([expect.objectContaining({ ruleId: 'negative-follow-up', line: 1, column: 1_000_001 })]);
    expectOkLinted(r.stdout);
    expect(r.status).toBe(1);
  });
});

describe('malformed macro libraries and HTML: one positioned message, the run goes on, exit 2', () => {
  it('malformed JSON', () => {
    const cwd = project({ 'bad.json': '{"macros": [{"title": "Late", "comment_value": "Is there anything else wrong?"}\n' });
    const r = cli(['-f', 'json', 'bad.json', 'ok.txt'], { cwd });
    // The words come from the JavaScript engine's JSON parser; the file, the prefix and the position are ours.
    expect(r.stderr).toMatch(/^complaintlint: bad\.json: invalid JSON: [^\n]+ \(line 2, column 1\)\n$/);
    expect(messagesOf(r.stdout, 'bad.json')).toEqual([expect.objectContaining({ ruleId: null, fatal: true, line: 2, column: 1 })]);
    expectOkLinted(r.stdout);
    expectNoStack(r);
    expect(r.status).toBe(2);
  });

  it('malformed YAML', () => {
    const r = runPair({ 'bad.yaml': 'macros:\n  - title: Late\n    body: "Is there anything else wrong?\n  - title: x\n' }, 'bad.yaml',
      ['complaintlint: bad.yaml: invalid YAML: Missing closing "quote (line 5, column 1)'], 2);
    expect(messagesOf(r.stdout, 'bad.yaml')).toEqual([expect.objectContaining({ fatal: true, line: 5, column: 1 })]);
  });

  it('malformed CSV', () => {
    const r = runPair({ 'bad.csv': 'id,title,body\n1,"Late,"Is there anything else wrong?\n2,x,y\n' }, 'bad.csv',
      ['complaintlint: bad.csv: invalid CSV: got "I" instead of delimiter, record delimiter, trimable character (if activated) or comment (line 2)'], 2);
    expect(messagesOf(r.stdout, 'bad.csv')).toEqual([expect.objectContaining({ fatal: true, line: 2 })]);
  });

  it('HTML that ends inside a comment, a tag or a <script>: the hidden rest would pass silently', () => {
    runPair({ 'comment.html': '<p>Thanks.</p>\n<!-- draft note\n<p>Is there anything else wrong?</p>\n' }, 'comment.html',
      ['complaintlint: comment.html: malformed HTML: the comment "<!--" opened at line 2, column 1 is never closed, so the text after it cannot be linted'], 2);
    runPair({ 'tag.html': '<p>Thanks.</p>\n<p class="note\nIs there anything else wrong?</p>\n' }, 'tag.html',
      ['complaintlint: tag.html: malformed HTML: the tag opened at line 2, column 1 is never closed, so the text after it cannot be linted'], 2);
    runPair({ 'script.html': '<p>Thanks.</p><script>track();\n<p>Is there anything else wrong?</p>\n' }, 'script.html',
      ['complaintlint: script.html: malformed HTML: the <script> element opened at line 1, column 15 is never closed, so the text after it cannot be linted'], 2);
  });

  it('deeply nested JSON and HTML: too deep to lint, said in one line', () => {
    runPair({ 'deep.json': `${'['.repeat(200_000)}${']'.repeat(200_000)}` }, 'deep.json',
      ['complaintlint: deep.json: file is too large or too deeply nested to lint (Maximum call stack size exceeded)'], 2);
    runPair({ 'deep.html': `${'<div>'.repeat(100_000)}Is there anything else wrong?` }, 'deep.html',
      ['complaintlint: deep.html: file is too large or too deeply nested to lint (Maximum call stack size exceeded)'], 2);
  });

  it('sloppy but recoverable HTML is linted as a browser shows it', () => {
    const r = runPair({ 'sloppy.html': '<p>Thanks.</p>\n<p>Is <b>there</div> anything else wrong?</p></span>\n' }, 'sloppy.html', [], 1);
    expect(messagesOf(r.stdout, 'sloppy.html')).toEqual([expect.objectContaining({ ruleId: 'negative-follow-up', line: 2, column: 4 })]);
  });

  it('a JSON file with no reply fields: a notice naming the fields looked for', () => {
    const cwd = project({ 'settings.json': '{"macros":[{"title":"Refund","id":3,"note":"Is there anything else wrong?"}]}\n' });
    const r = cli(['-f', 'json', 'settings.json', 'ok.txt'], { cwd });
    expect(r.stderr).toMatch(/^complaintlint: settings\.json: no reply text found \(looked for fields: comment_value, [^)]+\); set "fields" in config\n$/);
    expect(messagesOf(r.stdout, 'settings.json')).toEqual([]);
    expectOkLinted(r.stdout);
    expect(r.status).toBe(1);
  });
});

describe('config and plugins: one line naming the config file, exit 2', () => {
  const run = (files: Record<string, string>, args: string[] = ['ok.txt']) => {
    const cwd = tempTree({ 'ok.txt': OK_TEXT, ...files });
    const r = cli(['-f', 'json', ...args], { cwd });
    expectNoStack(r);
    return { ...r, cwd };
  };

  it('broken JSON config syntax', () => {
    const r = run({ '.complaintlintrc.json': '{ "rules": { "negative-follow-up": "error", }' });
    expect(r.stderr).toBe(`complaintlint: ${r.cwd}/.complaintlintrc.json: invalid config: JSON syntax error: Expected double-quoted property name in JSON at position 44\n`);
    expect(r.status).toBe(2);
  });

  it('broken YAML config syntax', () => {
    const r = run({ '.complaintlintrc.yaml': 'rules:\n  negative-follow-up: [error\n' });
    expect(r.stderr).toBe(`complaintlint: ${r.cwd}/.complaintlintrc.yaml: invalid config: YAML syntax error: unexpected end of the stream within a flow collection (line 3, column 1)\n`);
    expect(r.status).toBe(2);
  });

  it('broken package.json', () => {
    const r = run({ 'package.json': '{"name": "macros", "complaintlint": {"rules": }}' });
    expect(r.stderr).toBe(`complaintlint: ${r.cwd}/package.json: invalid config: JSON syntax error: Unexpected token '}', ..."{"rules": }}" is not valid JSON\n`);
    expect(r.status).toBe(2);
  });

  it('a config module with a syntax error', () => {
    const r = run({ 'complaintlint.config.mjs': 'export default { rules: {\n' });
    expect(r.stderr).toBe(`complaintlint: ${r.cwd}/complaintlint.config.mjs: invalid config: the module could not be loaded (check it for syntax errors with node --check)\n`);
    expect(r.status).toBe(2);
  });

  it('an unknown rule', () => {
    const r = run({ '.complaintlintrc.json': '{"rules":{"negative-folow-up":"error"}}' });
    expect(r.stderr).toBe(`complaintlint: ${r.cwd}/.complaintlintrc.json: rules.negative-folow-up: unknown rule "negative-folow-up" (did you mean "negative-follow-up"?)\n`);
    expect(r.status).toBe(2);
  });

  it('an unknown preset', () => {
    const r = run({ '.complaintlintrc.json': '{"extends":["complaintlint:lenient"]}' });
    expect(r.stderr).toBe(`complaintlint: ${r.cwd}/.complaintlintrc.json: extends: cannot find preset or config "complaintlint:lenient"\n`);
    expect(r.status).toBe(2);
  });

  it('an unknown plugin', () => {
    const r = run({ '.complaintlintrc.json': '{"plugins":["complaintlint-plugin-does-not-exist"]}' });
    expect(r.stderr).toBe(`complaintlint: ${r.cwd}/.complaintlintrc.json: plugins: plugin "complaintlint-plugin-does-not-exist" could not be found from ${r.cwd} (is complaintlint-plugin-does-not-exist installed?)\n`);
    expect(r.status).toBe(2);
  });

  it('a plugin that throws while loading', () => {
    const r = run({
      '.complaintlintrc.json': '{"plugins":["./plugins/boom.mjs"]}',
      'plugins/boom.mjs': 'throw new Error("cannot connect to the phrase server\\n    at fake (stack.js:1:1)");\n',
    });
    expect(r.stderr).toBe(`complaintlint: ${r.cwd}/.complaintlintrc.json: plugins: plugin "./plugins/boom.mjs" failed to load: cannot connect to the phrase server\n`);
    expect(r.status).toBe(2);
  });

  it('a plugin rule that throws inside check: reported for that file, other rules and files go on', () => {
    const plugin = `export default { name: 'acme', rules: { crash: {
      meta: { id: 'crash', description: 'crashes on one file', family: 'phrase', defaultSeverity: 'error' },
      check(reply) { if (reply.text.includes('Boom')) throw new TypeError("Cannot read properties of undefined (reading 'x')\\n    at check (crash.js:2:3)"); },
    } } };\n`;
    const r = run({
      '.complaintlintrc.json': JSON.stringify({ plugins: ['./acme.mjs'], rules: { ...JSON.parse(onlyRule()).rules, 'acme/crash': 'error' } }),
      'acme.mjs': plugin,
      'boom.txt': 'Boom. Is there anything else wrong?\n',
    }, ['boom.txt', 'ok.txt']);
    expect(r.stderr).toBe(`complaintlint: boom.txt: Rule "acme/crash" failed on this reply: Cannot read properties of undefined (reading 'x') [plugin "acme" from ./acme.mjs]\n`);
    expect(messagesOf(r.stdout, 'boom.txt')).toEqual([
      expect.objectContaining({ ruleId: 'acme/crash', fatal: true, line: 1, column: 1 }),
      expect.objectContaining({ ruleId: 'negative-follow-up', line: 1, column: 7 }),
    ]);
    expectOkLinted(r.stdout);
    expect(r.status).toBe(2);
  });

});

describe('internal errors', () => {
  it('print one line, and the stack only with --debug', () => {
    const cwd = project({ 'throws.mjs': 'export default function () { throw new TypeError("formatter broke\\nsecond line"); }\n' });
    const r = cli(['-f', './throws.mjs', 'ok.txt'], { cwd });
    expect(r.stderr).toBe('complaintlint: internal error: formatter broke (run with --debug for details)\n');
    expect(r.status).toBe(2);
    const debug = cli(['-f', './throws.mjs', '--debug', 'ok.txt'], { cwd });
    expect(debug.stderr).toMatch(/^TypeError: formatter broke\nsecond line\n\s+at .*throws\.mjs:1:\d+/);
    expect(debug.status).toBe(2);
  });
});

describe('stdin', () => {
  it('closed immediately: a clear error, exit 2', () => {
    const r = cli([], { input: '' });
    expect(r.stderr).toBe('complaintlint: <stdin>: no input: standard input was closed before any text arrived (pass files, directories or globs, or pipe a draft)\n');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  });

  it('binary on stdin names <stdin>', () => {
    const r = spawnSync(process.execPath, [BIN], { input: Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('complaintlint: <stdin>: input looks binary (contains NUL bytes); skipped\n');
    expect(r.status).toBe(2);
  });

  it('whitespace only: a notice', () => {
    const r = cli([], { input: '\n  \n' });
    expect(r.stderr).toBe('complaintlint: <stdin>: input holds only whitespace; nothing to lint\n');
    expect(r.status).toBe(0);
  });
});
