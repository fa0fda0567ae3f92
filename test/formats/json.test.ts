// JSON macro libraries: Zendesk exports and other shapes, exact positions through escapes, safe fixes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractJson } from '../../src/formats/json.js';
import { FormatError } from '../../src/formats/types.js';
import { DEFAULT_FIELDS } from '../../src/formats/fields.js';
import { changedStrings, fixed, pointed, probe, spots, ROOT, withPhrases } from '../helpers/formats-probe.js';

const FIXTURE = join(ROOT, 'fixtures/macros/zendesk-export.json');
const EXPECTED_FIX = join(ROOT, 'fixtures/macros/zendesk-export.fixed.json');

describe('Zendesk export fixture (32 macros)', () => {
  const text = readFileSync(FIXTURE, 'utf8');

  it('reports every finding at its exact line:column:endColumn', async () => {
    const result = await probe(text, FIXTURE);
    expect(spots(result.messages)).toEqual([
      '9:196:225 negative-follow-up',
      '17:146:152 probe/kindly',
      '25:133:139 probe/kindly',
      '25:159:167 probe/prior-to',
      '25:186:215 negative-follow-up',
      '32:113:121 probe/prior-to',
      '39:98:104 probe/kindly',
      '39:169:202 negative-follow-up',
      '46:90:96 probe/kindly',
      '53:114:120 probe/kindly',
      '60:104:142 negative-follow-up',
      '68:177:185 probe/prior-to',
      '68:199:225 negative-follow-up',
      '77:125:133 probe/prior-to',
      '92:83:89 probe/kindly',
      '99:155:161 probe/kindly',
      '106:72:78 probe/kindly',
      '113:129:142 probe/prior-to',
      '127:80:86 probe/kindly',
      '127:99:107 probe/prior-to',
      '127:141:170 negative-follow-up',
      '134:63:69 probe/kindly',
      '141:98:104 probe/kindly',
      '148:88:94 probe/kindly',
      '154:57:63 probe/kindly',
      '154:70:76 probe/kindly',
      '154:84:113 negative-follow-up',
      '167:70:76 probe/kindly',
      '174:110:116 probe/kindly',
      '174:153:161 probe/prior-to',
      '188:84:137 negative-follow-up',
      '195:57:63 probe/kindly',
      '202:151:157 probe/kindly',
      '209:93:101 probe/prior-to',
      '216:85:91 probe/kindly',
      '216:119:163 negative-follow-up',
      '230:47:53 probe/kindly',
    ]);
    // Each span covers the phrase as written in the file: escapes, entities and tags included.
    const at = (line: number) => pointed(text, result.messages.find((m) => m.line === line)!);
    expect(at(39)).toBe('kindly'); // after \"
    expect(at(46)).toBe('Kindly'); // after two escaped surrogate pairs
    expect(at(60)).toBe('Is there <em>anything</em> else wrong?');
    expect(at(113)).toBe('prior&nbsp;to');
  });

  it('lists one reply per comment_value, titled by the macro, skipping the macro disabled with true', async () => {
    const result = await probe(text, FIXTURE);
    expect(result.replies).toHaveLength(31);
    expect(result.replies[0]!.title).toBe('Refund: processed');
    expect(result.replies.map((r) => r.title)).toContain('Quoted "VIP" customer');
    expect(result.replies.map((r) => r.title)).not.toContain('Legacy macro (not linted)');
    expect(result.replies[0]).toMatchObject({ line: 9, column: 47 });
  });

  it('honours "complaintlint-disable" on a macro', async () => {
    const result = await probe(text, FIXTURE);
    expect(result.messages.filter((m) => m.line === 77).map((m) => m.ruleId)).toEqual(['probe/prior-to']);
  });

  it('leaves a fix that would cross HTML tags unfixable, and offers all the others', async () => {
    const result = await probe(text, FIXTURE);
    expect(result.messages.filter((m) => !m.fix).map((m) => m.line)).toEqual([60]);
  });

  it('--fix output matches the expected file byte for byte', async () => {
    const output = await fixed(text, FIXTURE);
    expect(output).toBe(readFileSync(EXPECTED_FIX, 'utf8'));
  });

  it('fixing twice changes nothing more', async () => {
    const once = await fixed(text, FIXTURE);
    expect(await fixed(once, FIXTURE)).toBe(once);
    expect((await probe(once, FIXTURE, { fix: true })).output).toBeUndefined();
  });

  it('re-parses to the same structure; only reply strings changed', async () => {
    const output = await fixed(text, FIXTURE);
    const changed = changedStrings(JSON.parse(text), JSON.parse(output));
    expect(changed.length).toBeGreaterThan(20);
    for (const path of changed) expect(path).toMatch(/\.value(\[1\])?$/);
  });
});

describe('JSON positions through escapes', () => {
  it('maps \\n, \\", \\u2019, \\\\ and surrogate pairs exactly', async () => {
    const text = '{"body": "\\"Hi\\" \\u2019\\ud83d\\ude00 a\\\\b\\nkindly wait\\tprior to noon"}';
    const result = await probe(text, 'm.json');
    expect(result.messages.map((m) => pointed(text, m))).toEqual(['kindly', 'prior to']);
    expect(spots(result.messages)).toEqual(['1:43:49 probe/kindly', '1:56:64 probe/prior-to']);
  });

  it('escapes the replacement for JSON (quotes) and keeps the file valid', async () => {
    const text = '{"reply": "Our help centre has it."}';
    const out = await fixed(text, 'm.json');
    expect(out).toBe('{"reply": "Our \\"Q&A\\" <help> page has it."}');
    expect(JSON.parse(out).reply).toBe('Our "Q&A" <help> page has it.');
  });

  it('escapes HTML inside an HTML string, then JSON', async () => {
    const text = '{"html_body": "<p>See our help centre.</p>"}';
    const out = await fixed(text, 'm.json');
    expect(JSON.parse(out).html_body).toBe('<p>See our "Q&amp;A" &lt;help&gt; page.</p>');
  });

  it('writes \\u escapes in a file that escapes non-ASCII, and \\/ in a file that escapes slashes', async () => {
    const ascii = '{"text": "Caf\\u00e9 news: kindly wait."}';
    const phrases = withPhrases([{ id: 'probe/wait', regex: String.raw`\bkindly wait\b`, message: 'x', replace: 'hold on – see a/b' }]);
    expect(await fixed(ascii, 'm.json', phrases)).toBe('{"text": "Caf\\u00e9 news: hold on \\u2013 see a/b."}');
    const slashes = '{"text": "See http:\\/\\/x.test. Kindly wait."}';
    expect(await fixed(slashes, 'm.json', phrases)).toBe('{"text": "See http:\\/\\/x.test. Hold on – see a\\/b."}');
  });

  it('keeps a BOM and CRLF line endings', async () => {
    const text = '\uFEFF{\r\n  "body": "Kindly wait.",\r\n  "text": "Fine."\r\n}\r\n';
    const result = await probe(text, 'm.json');
    expect(spots(result.messages)).toEqual(['2:12:18 probe/kindly']);
    expect(await fixed(text, 'm.json')).toBe('\uFEFF{\r\n  "body": "Please wait.",\r\n  "text": "Fine."\r\n}\r\n');
  });
});

describe('JSON shapes', () => {
  const fields = DEFAULT_FIELDS;

  it('reads a bare array of macros and a single macro object', async () => {
    const arr = await extractJson('[{"title":"A","actions":[{"field":"comment_value","value":"One"}]},{"name":"B","body":"Two"}]', { fields });
    expect(arr.replies.map((r) => [r.title, r.text])).toEqual([['A', 'One'], ['B', 'Two']]);
    const one = await extractJson('{"title":"Solo","actions":[{"field":"comment_value_html","value":"<p>Hi<br>there</p>"}]}', { fields });
    expect(one.replies.map((r) => [r.title, r.text])).toEqual([['Solo', 'Hi\nthere']]);
  });

  it('reads a non-English library with its own keys ({id,title,cat,text})', async () => {
    const text = JSON.stringify([{ id: 7, title: 'Saudação', cat: 'Geral', text: 'Olá!\nComo posso ajudar?', pinned: true }], null, 2);
    const ex = await extractJson(text, { fields });
    expect(ex.replies.map((r) => [r.title, r.text])).toEqual([['Saudação', 'Olá!\nComo posso ajudar?']]);
  });

  it('uses dotted paths and key names from config', async () => {
    const text = '{"macro":{"title":"T","body":"x","note":{"body":"y"}},"other":{"body":"z"}}';
    const ex = await extractJson(text, { fields: ['macro.body', 'note.*'] });
    expect(ex.replies.map((r) => r.text)).toEqual(['x', 'y']);
  });

  it('titles a reply by the nearest title/name/subject/id', async () => {
    const ex = await extractJson('{"groups":[{"name":"Billing","items":[{"id":12,"message":"A"},{"subject":"Late","message":"B"}]}]}', { fields });
    expect(ex.replies.map((r) => r.title)).toEqual(['12', 'Late']);
  });

  it('takes "complaintlint-disable" as a list, a string, or true', async () => {
    const text = JSON.stringify([
      { title: 'a', 'complaintlint-disable': ['x', 'y'], body: 'A' },
      { title: 'b', 'complaintlint-disable': 'x, z', body: 'B' },
      { title: 'c', 'complaintlint-disable': true, body: 'C' },
      { title: 'd', 'complaintlint-disable': 3, body: 'D' },
    ]);
    const ex = await extractJson(text, { fields });
    expect(ex.replies.map((r) => [r.title, r.disabledRules])).toEqual([['a', ['x', 'y']], ['b', ['x', 'z']], ['d', undefined]]);
    expect(ex.notices).toEqual(['"complaintlint-disable" must be a rule id, a list of rule ids, or true; ignored']);
  });

  it('gives a notice when no reply field is found', async () => {
    const ex = await extractJson('{"name":"pkg","version":"1.0.0"}', { fields: ['body', 'text'] });
    expect(ex.replies).toEqual([]);
    expect(ex.notices).toEqual(['no reply text found (looked for fields: body, text); set "fields" in config']);
    const result = await probe('{"name":"pkg"}', 'package.json');
    expect(result.messages).toEqual([]);
    expect((result as { notices?: string[] }).notices?.[0]).toMatch(/^no reply text found \(looked for fields: comment_value, /);
  });

  it('rejects malformed JSON with a one-line message and its line and column', async () => {
    const cases: Array<[string, number, number]> = [
      ['{\n  "body": "x",\n}', 3, 1],
      ['{\n  "body": x\n}', 2, 11],
      ['{"body": "unterminated', 1, 23],
      ['[1, 2] 3', 1, 8],
      // Old Mac line endings (a lone CR) end lines too, as everywhere else positions are counted.
      ['{\r  "a": 1,\r  "b" 2\r}', 3, 7],
      ['{\r\n  "a": 1,\r\n  "b" 2\r\n}', 3, 7],
    ];
    for (const [text, line, column] of cases) {
      let error: unknown;
      try {
        await extractJson(text, { fields });
      } catch (err) {
        error = err;
      }
      expect(error, text).toBeInstanceOf(FormatError);
      const e = error as FormatError;
      expect(e.message).not.toContain('\n');
      expect(e.message).toMatch(/^invalid JSON: /);
      expect([e.line, e.column], text).toEqual([line, column]);
    }
  });

  it('reports a malformed file as one fatal message, not a crash', async () => {
    const result = await probe('{"body": }', 'bad.json');
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ fatal: true, severity: 2, line: 1, column: 10 });
  });
});
