// The small things users hit (issue 14), end to end: flagged words and wrapping in stylish, --max-warnings -1,
// ignored files named on the command line, commander's "Did you mean", complaintlint-disable-line and
// unknown directives, directive warnings in line order, structure findings over the whole reply, --explain's
// seeds and examples, the HTML report's HTML macros, and the repository files a walk passes over.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree } from '../helpers/cli.js';

const FOLLOW_UP = 'This closing question invites more complaints. Offer further help instead.';

describe('stylish', () => {
  it('shows the flagged words under a message that does not quote them, and not under one that does', () => {
    const r = cli(['-'], { input: 'As per our talk, the refund is done. Is there anything else wrong?\n' });
    expect(r.stdout).toContain(`  1:38  error    ${FOLLOW_UP}`);
    expect(r.stdout).toContain('\n                 "Is there anything else wrong?"\n');
    expect(r.stdout).toContain('"As per" sounds like a form letter');
    expect(r.stdout).not.toContain('\n                 "As per"\n');
  });

  it('wraps messages and suggestions to the terminal width ($COLUMNS), keeping the rule ID on the first line', () => {
    const r = cli(['-'], { input: 'Is there anything else wrong?\n', env: { COLUMNS: '60' } });
    const lines = r.stdout.split('\n');
    expect(lines.slice(1, 11)).toEqual([
      '<stdin>',
      '  1:1  error  This closing question       negative-follow-up',
      '              invites more complaints.',
      '              Offer further help',
      '              instead.',
      '              "Is there anything else',
      '              wrong?"',
      '              → Close by offering help',
      '                rather than asking what',
      '                else is wrong: "How else',
    ]);
    for (const line of lines.filter((l) => !l.includes('potentially fixable'))) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('does not wrap when the output is not a terminal and no width is set', () => {
    const r = cli(['-'], { input: 'Is there anything else wrong?\n', env: { COLUMNS: '' } });
    expect(r.stdout).toContain(`  1:1  error  ${FOLLOW_UP}  negative-follow-up\n`);
  });

  it('a clean run over several files is one line', () => {
    const dir = tempTree({ 'a.txt': 'Thanks for writing in.\n', 'b.md': '# Hi\n\nYour parcel ships today.\n' });
    expect(cli(['.', '--kind', 'general'], { cwd: dir }).stdout).toBe('✔ No problems (2 files, 2 replies).\n');
  });
});

describe('--max-warnings', () => {
  const dir = () => tempTree({ 'a.txt': 'Thank you for your correspondence.\n' });
  it('-1 means no limit, as in ESLint; 0 fails on one warning', () => {
    const d = dir();
    expect(cli(['--max-warnings', '-1', 'a.txt'], { cwd: d }).status).toBe(0);
    const strict = cli(['--max-warnings', '0', 'a.txt'], { cwd: d });
    expect([strict.status, strict.stderr]).toEqual([1, 'complaintlint found too many warnings (maximum: 0).\n']);
    const bad = cli(['--max-warnings', '-2', 'a.txt'], { cwd: d });
    expect(bad.status).toBe(2);
  });
});

describe('the command line', () => {
  it('warns about a file it was given but ignores, and lints the rest', () => {
    const dir = tempTree({ '.complaintlintignore': 'drafts/\n', 'drafts/a.txt': 'Is there anything else wrong?\n', 'b.txt': 'Thanks.\n' });
    const r = cli(['drafts/a.txt', 'b.txt'], { cwd: dir });
    expect(r.stderr).toBe('complaintlint: warning: drafts/a.txt: file ignored because of a matching ignore pattern; use --no-ignore to lint it\n');
    expect([r.status, r.stdout]).toEqual([0, '✔ No problems (1 file, 1 reply).\n']);
    expect(cli(['--no-ignore', 'drafts/a.txt'], { cwd: dir }).status).toBe(1);
  });

  it('keeps commander\'s "Did you mean" hint on the one error line', () => {
    const r = cli(['--formt', 'json', 'a.txt']);
    expect([r.status, r.stderr]).toEqual([2, "complaintlint: unknown option '--formt' (Did you mean --format?)\n"]);
  });
});

describe('directives', () => {
  it('complaintlint-disable-line switches rules off on its own line only', () => {
    const text = 'The offer ended on Friday?! <!-- complaintlint-disable-line heated-tone -->\nThe offer ended on Friday?!\n';
    const r = cli(['-f', 'compact', '--rule', 'heated-tone:warn', '-'], { input: text });
    expect(r.stdout).toBe('<stdin>:2:26: warning "?!" reads as exasperated. [heated-tone]\n');
  });

  it('an unknown directive is reported where it is, and a typo disables nothing', () => {
    const text = 'Hi,\n<!-- complaintlint-disable-nextline negative-follow-up -->\nIs there anything else wrong?\n';
    const r = cli(['-f', 'compact', '-'], { input: text });
    expect(r.stdout.split('\n')).toEqual([
      '<stdin>:2:1: warning Unknown directive "complaintlint-disable-nextline": complaintlint knows complaintlint-disable, -enable, -disable-line and -disable-next-line.',
      `<stdin>:3:1: error ${FOLLOW_UP} [negative-follow-up]`,
      '',
    ]);
  });

  it('unused-directive warnings come in line order with the findings, in stylish too', () => {
    const text = 'Hi,\n<!-- complaintlint-disable corporate-stiff -->\nIs there anything else wrong?\n<!-- complaintlint-disable-next-line non-apology -->\nAll good.\n';
    const r = cli(['-'], { input: text });
    const lines = r.stdout.split('\n').filter((l) => /^ {2}\d+:\d+/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
    expect(lines).toEqual(['2:1', '3:1', '4:1']);
  });
});

describe('structure findings', () => {
  const reply = 'Hi Sam,\n\nThanks for telling us the backup failed twice this week on your account.\nWe restarted the backup job on your account and it finished an hour ago.\n';
  it('point at the whole reply in github annotations and SARIF, not at its first line', () => {
    const gh = cli(['--preset', 'complaint', '-f', 'github', '--stdin-filename', 'r.txt', '-'], { input: reply });
    expect(gh.stdout).toMatch(/^::warning file=r\.txt,line=1,col=1,endLine=4,endColumn=73,title=requires-apology::/m);
    const sarif = JSON.parse(cli(['--preset', 'complaint', '-f', 'sarif', '-'], { input: reply }).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'requires-apology');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 1, endLine: 4, endColumn: 73 });
  });
});

describe('--explain', () => {
  it('names the seed articles by title and keeps a multi-line example\'s lines under it', () => {
    const out = cli(['--explain', 'requires-contact']).stdout;
    expect(out).not.toMatch(/^ {2}- \d{3} /m);
    expect(out).toMatch(/^ {2}- ("Complaint Handling: 14 Effective Business Recommendations"|an article on [^:]+)/m);
    const example = out.slice(out.indexOf('Good:')).split('\n').slice(1, 9);
    expect(example[0]).toMatch(/^ {2}✓ \S/);
    for (const line of example.slice(1).filter(Boolean)) expect(line).toMatch(/^ {4}\S| {2}✓ /);
  });
});

describe('the HTML report', () => {
  it('shows an HTML macro as its text, with the finding marked, not its tags', () => {
    const dir = tempTree({ 'm.html': '<p>Hi Sam,</p>\n<p>Sorry &amp; thanks. Is there anything else wrong?</p>\n' });
    cli(['-f', 'html', '-o', 'r.html', 'm.html'], { cwd: dir });
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    const context = /<pre class="context">([\s\S]*?)<\/pre>/.exec(html)![1];
    expect(context).toBe('Hi Sam,\nSorry &amp; thanks. <mark class="error">Is there anything else wrong?<sup>1</sup></mark>\n');
  });
});

describe('linting a repository', () => {
  const repo = () => tempTree({
    'LICENSE': 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n',
    'LICENSE.md': 'THE SOFTWARE IS PROVIDED "AS IS".\n',
    'COPYING.txt': 'THIS PROGRAM IS FREE SOFTWARE.\n', 'NOTICE': 'NOTICE: ALL RIGHTS RESERVED.\n',
    'CHANGELOG.md': '# Changelog\n\nIs there anything else wrong?\n', 'CONTRIBUTING.md': 'PLEASE READ THIS FIRST!!\n',
    'CODE_OF_CONDUCT.md': 'BE KIND.\n', 'SECURITY.md': 'DO NOT REPORT SECURITY ISSUES IN PUBLIC!!\n',
    'docs/license.txt': 'ALL RIGHTS RESERVED!!\n',
    'macros/late.txt': 'Hi Jo,\n\nSorry for the delay. Is there anything else wrong?\n',
  });

  it('passes over LICENSE, COPYING, NOTICE, CHANGELOG, CONTRIBUTING, CODE_OF_CONDUCT and SECURITY files', () => {
    const r = cli(['-f', 'compact', '.'], { cwd: repo() });
    expect(r.stdout).toBe(`macros/late.txt:3:22: error ${FOLLOW_UP} [negative-follow-up]\n`);
    const glob = cli(['-f', 'compact', '**/*.md'], { cwd: repo() });
    expect(glob.stdout).toBe('');
  });

  it('lints one when it is named, and --print-config lists what walks pass over', () => {
    const dir = repo();
    expect(cli(['-f', 'compact', 'CHANGELOG.md'], { cwd: dir }).stdout).toContain('CHANGELOG.md:3:1: error');
    const config = JSON.parse(cli(['--print-config', 'macros/late.txt'], { cwd: dir }).stdout);
    expect(config.skippedInWalks).toEqual(expect.arrayContaining(['LICENSE*', 'COPYING*', 'NOTICE*', 'CHANGELOG*', 'CONTRIBUTING*', 'CODE_OF_CONDUCT*', 'SECURITY*']));
  });
});
