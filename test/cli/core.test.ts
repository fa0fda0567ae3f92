// End-to-end tests of the core CLI: inputs, config discovery, directives, exit codes, output shapes, fixes.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree } from '../helpers/cli.js';

const BAD_FOLLOW_UP = 'Thanks for the update. Is there anything else wrong?\n';
// "Is there anything else wrong?" starts at offset 23: line 1, column 24, end column 53.

describe('stdin', () => {
  it('lints piped text, names the rule and position, exits 1 on errors', () => {
    const r = cli([], { input: BAD_FOLLOW_UP });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('<stdin>');
    expect(r.stdout).toMatch(/1:24\s+error\s+.*negative-follow-up/);
    expect(r.stdout).toContain('How else can I help you today?');
    expect(r.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
  });

  it('gives the ESLint results shape with --format json', () => {
    const r = cli(['--format', 'json'], { input: BAD_FOLLOW_UP });
    const results = JSON.parse(r.stdout);
    expect(results).toHaveLength(1);
    const [res] = results;
    expect(res.filePath).toBe('<stdin>');
    expect(res.errorCount).toBe(1);
    expect(res.warningCount).toBe(0);
    expect(res.fixableErrorCount).toBe(1);
    const m = res.messages.find((x: { ruleId: string }) => x.ruleId === 'negative-follow-up');
    expect(m).toMatchObject({ severity: 2, line: 1, column: 24, endLine: 1, endColumn: 53, fix: { range: [23, 52], text: 'How else can I help you today?' } });
    expect(m.suggestions[0].desc).toMatch(/How else can I help/);
    expect(res.replies[0]).toMatchObject({ line: 1, column: 1, kind: 'general', channel: 'email' });
  });

  it('prints the fixed draft with --fix-dry-run and refuses --fix on stdin', () => {
    const r = cli(['--fix-dry-run'], { input: BAD_FOLLOW_UP });
    expect(r.stdout.startsWith('Thanks for the update. How else can I help you today?\n')).toBe(true);
    expect(r.status).toBe(0);
    const bad = cli(['--fix'], { input: BAD_FOLLOW_UP });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('complaintlint: --fix cannot write to stdin; use --fix-dry-run to print the fixed text\n');
  });

  it('includes the fixed text as output in JSON with --fix-dry-run', () => {
    const r = cli(['--fix-dry-run', '-f', 'json'], { input: BAD_FOLLOW_UP });
    expect(JSON.parse(r.stdout)[0].output).toBe('Thanks for the update. How else can I help you today?\n');
  });

  it('uses --stdin-filename for display and config', () => {
    const r = cli(['--stdin-filename', 'drafts/reply.txt', '-f', 'json'], { input: BAD_FOLLOW_UP });
    expect(JSON.parse(r.stdout)[0].filePath).toMatch(/drafts\/reply\.txt$/);
  });

  it('exits 0 and says so in one line on a clean draft (nothing with --quiet)', () => {
    const r = cli([], { input: 'Thanks for writing in. I have refunded the charge today.\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('✔ No problems (1 reply).\n');
    expect(cli(['--quiet'], { input: 'Thanks for writing in.\n' }).stdout).toBe('');
  });
});

describe('files, directories and globs', () => {
  const tree = () => tempTree({
    'a.txt': BAD_FOLLOW_UP,
    'sub/b.txt': 'Kindly reply when you can.\n',
    'sub/c.txt': 'All good here, the parcel is on its way today.\n',
    'notes.bin': 'ignored extension',
  });

  it('lints a file with a path relative to the cwd', () => {
    const dir = tree();
    const r = cli(['a.txt'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('a.txt');
  });

  it('walks a directory in sorted order and lints only known extensions', () => {
    const dir = tree();
    const r = cli(['.', '-f', 'json'], { cwd: dir });
    const files = JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath.slice(dir.length + 1));
    expect(files).toEqual(['a.txt', 'sub/b.txt', 'sub/c.txt']);
  });

  it('expands globs', () => {
    const dir = tree();
    const r = cli(['sub/*.txt', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath.slice(dir.length + 1))).toEqual(['sub/b.txt', 'sub/c.txt']);
  });

  it('reports a glob that matches nothing and exits 2', () => {
    const dir = tree();
    const r = cli(['nothing/**/*.md'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('complaintlint: No files matching the pattern "nothing/**/*.md" were found.\n');
  });

  it('honours .complaintlintignore', () => {
    const dir = tree();
    writeFileSync(join(dir, '.complaintlintignore'), 'sub/\n');
    const r = cli(['.', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath.slice(dir.length + 1))).toEqual(['a.txt']);
  });

  it('writes fixes in place with --fix and a second --fix changes nothing', () => {
    const dir = tree();
    const r = cli(['a.txt', '--fix'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Thanks for the update. How else can I help you today?\n');
    cli(['a.txt', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Thanks for the update. How else can I help you today?\n');
  });
});

describe('config', () => {
  it('finds config upward from each file', () => {
    const dir = tempTree({
      '.complaintlintrc.json': JSON.stringify({ rules: { 'negative-follow-up': 'warn' } }),
      'deep/er/a.txt': BAD_FOLLOW_UP,
    });
    const r = cli(['deep/er/a.txt', '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages[0]).toMatchObject({ ruleId: 'negative-follow-up', severity: 1 });
  });

  it('reads YAML rc files and package.json#complaintlint', () => {
    const yaml = tempTree({ '.complaintlintrc.yaml': 'rules:\n  negative-follow-up: "off"\n', 'a.txt': BAD_FOLLOW_UP });
    expect(cli(['a.txt'], { cwd: yaml }).status).toBe(0);
    const pkg = tempTree({ 'package.json': JSON.stringify({ name: 'x', complaintlint: { rules: { 'negative-follow-up': 'off' } } }), 'a.txt': BAD_FOLLOW_UP });
    expect(cli(['a.txt'], { cwd: pkg }).status).toBe(0);
  });

  it('--no-config ignores config files; --config names one; --rule overrides', () => {
    const dir = tempTree({ '.complaintlintrc.json': JSON.stringify({ rules: { 'negative-follow-up': 'off' } }), 'other.json': JSON.stringify({ rules: { 'negative-follow-up': 'warn' } }), 'a.txt': BAD_FOLLOW_UP });
    expect(cli(['a.txt', '--no-config'], { cwd: dir }).status).toBe(1);
    const warned = cli(['a.txt', '--config', 'other.json', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(warned.stdout)[0].warningCount).toBe(1);
    expect(cli(['a.txt', '--rule', 'negative-follow-up:error'], { cwd: dir }).status).toBe(1);
  });

  it('rejects unknown rules, bad severities and bad options with one line naming file and key', () => {
    const unknown = tempTree({ '.complaintlintrc.json': JSON.stringify({ rules: { 'negative-folow-up': 'error' } }), 'a.txt': 'hi\n' });
    let r = cli(['a.txt'], { cwd: unknown });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`complaintlint: ${unknown}/.complaintlintrc.json: rules.negative-folow-up: unknown rule "negative-folow-up" (did you mean "negative-follow-up"?)\n`);
    const sev = tempTree({ '.complaintlintrc.json': JSON.stringify({ rules: { 'negative-follow-up': 'loud' } }), 'a.txt': 'hi\n' });
    r = cli(['a.txt'], { cwd: sev });
    expect(r.stderr).toBe(`complaintlint: ${sev}/.complaintlintrc.json: rules.negative-follow-up: severity must be off, info, warn or error (got "loud")\n`);
    const opt = tempTree({ '.complaintlintrc.json': JSON.stringify({ rules: { 'negative-follow-up': ['error', { bogus: 1 }] } }), 'a.txt': 'hi\n' });
    r = cli(['a.txt'], { cwd: opt });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`complaintlint: ${opt}/.complaintlintrc.json: rules.negative-follow-up: unknown option "bogus" (this rule takes no options)\n`);
  });

  it('reports broken config syntax in one line without a stack trace', () => {
    const dir = tempTree({ '.complaintlintrc.json': '{ "rules": ', 'a.txt': 'hi\n' });
    const r = cli(['a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain('.complaintlintrc.json');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown preset and a bad --rule', () => {
    expect(cli(['--preset', 'lax'], { input: 'hi' }).stderr).toBe('complaintlint: --preset: unknown preset "lax" (presets: recommended, complaint, strict)\n');
    const r = cli(['--rule', 'negative-follow-up'], { input: 'hi' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^complaintlint: .*expected ID:SEVERITY/);
  });

  it('applies overrides by glob', () => {
    const dir = tempTree({
      '.complaintlintrc.json': JSON.stringify({ overrides: [{ files: ['quiet/**'], rules: { 'negative-follow-up': 'off' } }] }),
      'quiet/a.txt': BAD_FOLLOW_UP,
      'loud/a.txt': BAD_FOLLOW_UP,
    });
    const r = cli(['.', '-f', 'json'], { cwd: dir });
    const byFile = Object.fromEntries(JSON.parse(r.stdout).map((x: { filePath: string; errorCount: number }) => [x.filePath.slice(dir.length + 1), x.errorCount]));
    expect(byFile).toEqual({ 'loud/a.txt': 1, 'quiet/a.txt': 0 });
  });
});

describe('directives', () => {
  it('disable-next-line, disable/enable blocks and reasons', () => {
    const text = [
      'complaintlint-disable-next-line negative-follow-up -- legacy macro',
      'Is there anything else wrong?',
      'Is there anything else wrong?',
      'complaintlint-disable negative-follow-up',
      'Is there anything else wrong?',
      'complaintlint-enable negative-follow-up',
      'Is there anything else wrong?',
      '',
    ].join('\n');
    const r = cli(['-f', 'json'], { input: text });
    const [res] = JSON.parse(r.stdout);
    expect(res.messages.map((m: { line: number }) => m.line)).toEqual([3, 7]);
    expect(res.suppressedMessages.map((m: { line: number; suppressions: Array<{ justification: string }> }) => [m.line, m.suppressions[0]!.justification])).toEqual([[2, 'legacy macro'], [5, '']]);
  });

  it('reports unused directives as warnings', () => {
    const r = cli(['-f', 'json'], { input: 'complaintlint-disable-next-line negative-follow-up\nAll sorted, the refund went out today.\n' });
    const [res] = JSON.parse(r.stdout);
    expect(res.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 1, line: 1, message: "Unused complaintlint-disable-next-line directive (no problems were reported from 'negative-follow-up')." })]);
  });
});

describe('exit codes and flags', () => {
  it('--max-warnings turns too many warnings into exit 1', () => {
    const args = ['--rule', 'negative-follow-up:warn'];
    expect(cli(args, { input: BAD_FOLLOW_UP }).status).toBe(0);
    const r = cli([...args, '--max-warnings', '0'], { input: BAD_FOLLOW_UP });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('too many warnings (maximum: 0)');
  });

  it('--quiet hides warnings', () => {
    const r = cli(['--rule', 'negative-follow-up:warn', '--quiet'], { input: BAD_FOLLOW_UP });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('--version prints the package version; --help has examples', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(cli(['--version']).stdout.trim()).toBe(pkg.version);
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--fix-dry-run');
  });

  it('an unknown option is a usage error (exit 2, one line)', () => {
    const r = cli(['--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("complaintlint: unknown option '--frobnicate'\n");
  });

  it('colors only when asked or on a TTY; NO_COLOR and FORCE_COLOR are honoured', () => {
    expect(cli([], { input: BAD_FOLLOW_UP }).stdout).not.toContain('\u001b[');
    expect(cli([], { input: BAD_FOLLOW_UP, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(cli(['--color'], { input: BAD_FOLLOW_UP }).stdout).toContain('\u001b[');
    expect(cli(['--no-color'], { input: BAD_FOLLOW_UP, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});
