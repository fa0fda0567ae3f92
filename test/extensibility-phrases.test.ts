// Declarative `phrases` in config: compromise `match` patterns (word forms and contractions),
// bounded `regex` patterns, fixes and suggestions, and the same treatment as built-in rules in
// formatters and directives. A catastrophic regex is refused at config load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyFixes, lintText } from '../src/api.js';
import type { PhraseSpec, UserConfig } from '../src/config/types.js';
import { checkRegexSafety } from '../src/config/regex-safety.js';
import { expandContractions, matchTriggers } from '../src/config/phrases.js';
import { buildWordIndex } from '../src/phrases/word-index.js';
import { anyTrigger } from '../src/phrases/triggers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'complaintlint.js');

const SORRY: PhraseSpec = {
  id: 'house/no-sorry-for-inconvenience', match: "we're sorry for the inconvenience",
  message: 'Name the problem instead of "the inconvenience".', severity: 'error',
};
const JARGON: PhraseSpec = {
  id: 'house/no-ticket-jargon', match: '(ticket|case) number', message: "Say 'reference' instead.",
  replace: 'reference', severity: 'warn',
};
const ASAP: PhraseSpec = { id: 'house/no-asap', regex: '\\bASAP\\b', flags: '', message: 'Give a time instead of ASAP.', suggest: 'Say when: "by 5 pm today".' };

// The built-in non-apology reads "sorry for the inconvenience" too (catalog 2); these tests are about house rules.
const HOUSE_ONLY = { 'non-apology': 'off' } as const;

async function lint(text: string, phrases: PhraseSpec[], extra: UserConfig = {}) {
  const [result] = await lintText(text, { config: { rules: { ...HOUSE_ONLY }, extends: [], phrases, ...extra } });
  return result!;
}
const ids = (r: { messages: Array<{ ruleId: string | null }> }) => r.messages.map((m) => m.ruleId);

describe('match patterns', () => {
  it('match contractions both ways and curly apostrophes', async () => {
    for (const text of ['We are sorry for the inconvenience.', "We're sorry for the inconvenience.", 'We’re sorry for the inconvenience.']) {
      const r = await lint(text, [SORRY]);
      expect(r.messages, text).toHaveLength(1);
      expect(r.messages[0]).toMatchObject({ ruleId: SORRY.id, severity: 2, line: 1, column: 1 });
      // The span ends at the last word, not at the full stop compromise attaches to it.
      expect(r.messages[0]!.endColumn).toBe(text.length);
    }
    expect(ids(await lint('We are sorry that the parcel was late.', [SORRY]))).toEqual([]);
  });

  it('expands contracted words of a pattern, and finds the words in contracted text', async () => {
    expect(expandContractions("we're sorry")).toBe('we are sorry');
    expect(expandContractions('I can’t and won’t')).toBe('I can not and will not');
    const triggered = (pattern: string, text: string) => anyTrigger(buildWordIndex(text), matchTriggers(pattern)!);
    expect(matchTriggers('will not refund')).toEqual(['refu*']);
    expect(triggered('will not', "We won't refund it")).toBe(true);
    expect(triggered('do not worry', 'dont worry')).toBe(true);
    expect(triggered('(ticket|case) number', 'your case no.')).toBe(false);
    expect(matchTriggers('#Adjective? [#Noun]')).toBeUndefined();
    const r = await lint("Sadly we won't refund postage.", [{ id: 'house/no-will-not-refund', match: 'will not refund', message: 'Say what you can do.' }]);
    // The built-in dead-end (catalog 2) reads the same refusal with nothing after it.
    expect(ids(r)).toEqual(['dead-end', 'house/no-will-not-refund']);
  });

  it('replace is a fix with the original capitalisation; suggest is a suggestion', async () => {
    const text = 'Ticket number 55 is closed. Please quote your case number.';
    const r = await lint(text, [JARGON]);
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.fix?.text])).toEqual([
      [JARGON.id, 1, 'Reference'], [JARGON.id, 1, 'reference'],
    ]);
    expect(r.messages[1]!.suggestions).toEqual([{ desc: 'Write "reference" instead.', fix: r.messages[1]!.fix }]);
    expect(applyFixes(text, r.messages).output).toBe('Reference 55 is closed. Please quote your reference.');
    const [fixed] = await lintText(text, { fix: true, config: { extends: [], phrases: [JARGON] } });
    expect(fixed!.output).toBe('Reference 55 is closed. Please quote your reference.');
  });

  it('never matches inside a template placeholder', async () => {
    expect(ids(await lint('Your {{ticket number}} is below.', [JARGON]))).toEqual([]);
  });

  it('can be switched off or raised in rules like any rule', async () => {
    expect(ids(await lint('Quote your case number.', [JARGON], { rules: { [JARGON.id]: 'off' } }))).toEqual([]);
    const r = await lint('Quote your case number.', [JARGON], { rules: { [JARGON.id]: 'error' } });
    expect(r.messages[0]!.severity).toBe(2);
  });
});

describe('regex patterns', () => {
  it('report matches, with the suggestion', async () => {
    const r = await lint('We will call you back ASAP. Not asap.', [ASAP]);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: ASAP.id, severity: 1, line: 1, column: 23, endColumn: 27 });
    expect(r.messages[0]!.suggestions).toEqual([{ desc: 'Say when: "by 5 pm today".' }]);
  });

  it('a catastrophic regex is rejected at config load with a clear message', async () => {
    const bad: PhraseSpec = { id: 'house/as', regex: '(a+)+$', message: 'x' };
    await expect(lint('aaaa', [bad])).rejects.toThrow(/<options>: phrases\[0\]: regex rejected: nested quantifiers in "\(a\+\)\+" can backtrack catastrophically/);
    for (const source of ['(a|aa)+$', '(\\w+\\s?)*$', '(x+x+)+y', '\\w+\\s*\\w+!', '.*foo.*bar', '(\\w+)\\1', '(a*)*b']) {
      expect(checkRegexSafety(source, 'i'), source).toBeDefined();
    }
    for (const source of ['\\bcase\\s+(?:number|no\\.?)\\b', '(?:\\w+\\s+){0,3}sorry', '(?<!not )sorry', 'promo codes?', '\\b[A-Z]{2,}\\d+\\b', '(?:foo|far)+']) {
      expect(checkRegexSafety(source, 'i'), source).toBeUndefined();
    }
  });

  it('patterns that are accepted stay fast on a 50,000-character line', async () => {
    const line = 'a'.repeat(50_000);
    const spaced = 'ab '.repeat(16_667);
    for (const regex of ['\\w+x', '[a-z]+\\s+x', '(?=.*x)a', '(?:\\w+\\s+){0,3}x', 'a+$z', '(?:a|b)+c']) {
      const spec: PhraseSpec = { id: 'house/slow', regex, message: 'x' };
      for (const text of [line, spaced]) {
        // ~0.4 s each on an idle machine. No wall-clock assertion (loaded CI machines vary): a pattern
        // that backtracked catastrophically would run for many minutes and hit this test's timeout.
        const r = await lint(text, [spec]);
        expect(r.messages.filter((m) => m.fatal)).toEqual([]);
      }
    }
  }, 180_000);

  it('finds matches anywhere in a very long sentence (windowed scan)', async () => {
    const text = `${'word '.repeat(3000)}ASAP ${'word '.repeat(3000)}ASAP`;
    const r = await lint(text, [ASAP]);
    expect(r.messages.map((m) => m.column)).toEqual([15_001, 30_006]);
    // A bounded pattern sees the whole sentence, so a long match is found whole.
    const long = `${'x '.repeat(5000)}sorry ${'y'.repeat(200)} end ${'x '.repeat(5000)}`;
    const spec: PhraseSpec = { id: 'house/long', regex: 'sorry y{1,300} end', message: 'x' };
    expect((await lint(long, [spec])).messages.map((m) => m.endColumn - m.column)).toEqual([210]);
  });
});

describe('config errors', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['no message', { id: 'house/x', match: 'foo' }, /phrases\[0\]: message is required/],
    ['match and regex', { id: 'house/x', match: 'foo', regex: 'foo', message: 'm' }, /needs exactly one of "match" or "regex"/],
    ['a bad id', { id: 'House X', match: 'foo', message: 'm' }, /id must be kebab-case/],
    ['an invalid regex', { id: 'house/x', regex: 'foo(', message: 'm' }, /invalid regex/],
    ['an unknown key', { id: 'house/x', match: 'foo', message: 'm', replacement: 'bar' }, /unknown key "replacement"/],
    ['a bad severity', { id: 'house/x', match: 'foo', message: 'm', severity: 'loud' }, /phrases\[0\]\.severity: severity must be/],
    ['the id of a built-in rule', { id: 'negative-follow-up', match: 'foo', message: 'm' }, /"negative-follow-up" is already a rule/],
    ['unbalanced parentheses', { id: 'house/x', match: '(ticket|case number', message: 'm' }, /invalid match pattern: unbalanced parentheses/],
  ];
  it.each(cases)('%s', async (_, spec, error) => {
    await expect(lint('foo', [spec as PhraseSpec])).rejects.toThrow(error);
  });
});

describe('in the CLI: every formatter and directive', () => {
  let dir: string;
  const run = (args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr }));
  });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'complaintlint-phrases-'));
    writeFileSync(join(dir, '.complaintlintrc.json'), JSON.stringify({ extends: [], rules: HOUSE_ONLY, phrases: [SORRY, JARGON, ASAP] }));
    writeFileSync(join(dir, 'draft.txt'), [
      'Hi Ana,',
      "We're sorry for the inconvenience.",
      'complaintlint-disable-next-line house/no-asap -- agreed wording',
      'Quote your case number and we will reply ASAP.',
      '',
    ].join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stylish', async () => {
    const r = await run(['draft.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2:1\s+error\s+Name the problem.*house\/no-sorry-for-inconvenience/);
    expect(r.stdout).toMatch(/4:12\s+warning\s+Say 'reference' instead\.\s+house\/no-ticket-jargon/);
    expect(r.stdout).not.toContain('house/no-asap');
  });

  it('json, with the directive recorded as a suppression', async () => {
    const [result] = JSON.parse((await run(['draft.txt', '-f', 'json'])).stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['house/no-sorry-for-inconvenience', 'house/no-ticket-jargon']);
    expect(result.suppressedMessages).toMatchObject([{ ruleId: 'house/no-asap', suppressions: [{ kind: 'directive', justification: 'agreed wording' }] }]);
  });

  it('sarif', async () => {
    const r = await run(['draft.txt', '-f', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    const active = sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => !x.suppressions?.length).map((x: { ruleId: string }) => x.ruleId);
    expect(active).toEqual(['house/no-sorry-for-inconvenience', 'house/no-ticket-jargon']);
    expect(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(['house/no-ticket-jargon']));
  });

  it('--fix-dry-run on stdin applies the replace fix', async () => {
    const child = execFile(process.execPath, [BIN, '--fix-dry-run', '--rule', 'house/no-sorry-for-inconvenience:off'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout!.on('data', (d) => { out += d; });
    child.stdin!.end('Your case number is 42.\n');
    await new Promise((resolve) => child.on('close', resolve));
    expect(out.split('\n')[0]).toBe('Your reference is 42.');
  });

  it('a rejected regex is exit 2 with one line naming the file and the key', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'complaintlint-phrases-bad-'));
    writeFileSync(join(bad, '.complaintlintrc.json'), JSON.stringify({ phrases: [{ id: 'house/as', regex: '(a+)+$', message: 'x' }] }));
    writeFileSync(join(bad, 'long.txt'), `${'a'.repeat(50_000)}!\n`);
    const started = Date.now();
    const r = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [BIN, 'long.txt'], { cwd: bad }, (err, _out, stderr) => resolve({ code: err ? Number(err.code) : 0, stderr }));
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^complaintlint: (?:.*\/)?\.complaintlintrc\.json: phrases\[0\]: regex rejected: nested quantifiers in "\(a\+\)\+"/);
    rmSync(bad, { recursive: true, force: true });
  });
});
