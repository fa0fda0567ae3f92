// CSV macro exports: text columns, quoting mapped exactly, Zendesk actions JSON inside a cell.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { extractCsv } from '../../src/formats/csv.js';
import { FormatError } from '../../src/formats/types.js';
import { DEFAULT_FIELDS } from '../../src/formats/fields.js';
import { changedStrings, fixed, pointed, probe, spots, ROOT } from '../helpers/formats-probe.js';

const MACROS = join(ROOT, 'fixtures/macros/macros.csv');
const ACTIONS = join(ROOT, 'fixtures/macros/zendesk-actions.csv');
const fields = DEFAULT_FIELDS;
const records = (text: string) => parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];

describe('macros.csv fixture (body column, CRLF)', () => {
  const text = readFileSync(MACROS, 'utf8');

  it('reports findings inside quoted, multi-line and plain cells at exact positions', async () => {
    const result = await probe(text, MACROS);
    expect(spots(result.messages)).toEqual([
      '3:11:17 probe/kindly',
      '3:27:33 probe/kindly',
      '4:1:30 negative-follow-up',
      '5:14:20 probe/kindly',
      '5:26:34 probe/prior-to',
      '6:32:43 probe/help-centre',
      '6:51:72 negative-follow-up',
      '7:21:29 probe/prior-to',
      '8:20:31 probe/help-centre',
    ]);
    expect(pointed(text, result.messages[0]!)).toBe('kindly'); // after a doubled quote
    expect(result.replies.map((r) => r.title)).toEqual(['Refund sent', 'Late order', 'HTML body', 'Muted', 'Unquoted']);
  });

  it('honours a complaintlint-disable column', async () => {
    const result = await probe(text, MACROS);
    expect(result.messages.filter((m) => m.line === 7).map((m) => m.ruleId)).toEqual(['probe/prior-to']);
  });

  it('doubles quotes in a quoted cell, refuses to put quotes in a bare one, and keeps CRLF', async () => {
    const output = await fixed(text, MACROS);
    expect(output).toBe(text
      .replace('We said ""kindly"" twice: kindly allow', 'We said ""please"" twice: please allow')
      .replace('Is there anything else wrong?', 'How else can I help you today?')
      .replace('Kindly wait prior to calling.', 'Please wait before calling.')
      .replace('Please see our help centre.', 'Please see our ""Q&amp;A"" &lt;help&gt; page.')
      .replace('Any other complaints?', 'How else can I help you today?')
      .replace('Kindly wait prior to noon.', 'Kindly wait before noon.'));
    expect(output.match(/\r\n/g)!.length).toBe(text.match(/\r\n/g)!.length);
    const changed = changedStrings(records(text), records(output));
    expect(changed).toEqual(['$[1][2]', '$[2][2]', '$[3][2]', '$[4][2]']);
    expect(await fixed(output, MACROS)).toBe(output);
  });
});

describe('zendesk-actions.csv fixture (actions JSON in a cell)', () => {
  const text = readFileSync(ACTIONS, 'utf8');

  it('finds comment_value strings inside the JSON cell, mapped through JSON escapes and CSV quotes', async () => {
    const result = await probe(text, ACTIONS);
    expect(spots(result.messages)).toEqual([
      '2:187:193 probe/kindly',
      '2:274:303 negative-follow-up',
      '3:216:224 probe/prior-to',
      '4:81:92 probe/help-centre',
      '4:121:127 probe/kindly',
    ]);
    expect(result.messages.map((m) => pointed(text, m))).toEqual(['Kindly', 'Is there anything else wrong?', 'prior to', 'help centre', 'Kindly']);
    expect(result.replies.map((r) => r.title)).toEqual(['Shop - Where is my order', 'Shop - Broken lid', 'Shop - HTML note', 'Shop - Clean']);
  });

  it('fixes keep the cell valid CSV holding valid JSON, with the same structure', async () => {
    const output = await fixed(text, ACTIONS);
    const before = records(text);
    const after = records(output);
    expect(changedStrings(before, after)).toEqual(['$[1][2]', '$[2][2]', '$[3][2]']);
    const json = (rows: string[][]) => rows.slice(1).map((r) => JSON.parse(r[2]!));
    const changed = changedStrings(json(before), json(after));
    expect(changed).toEqual(['$[0][1].value', '$[1][1].value', '$[2][0].value']);
    expect(json(after)[2][0].value).toBe('<p>Our "Q&amp;A" &lt;help&gt; page has the returns form.</p><p>Please use it.</p>');
    expect(await fixed(output, ACTIONS)).toBe(output);
  });
});

describe('CSV extraction', () => {
  it('matches text columns by configured field, case-insensitively, and titles rows by title/name/subject', async () => {
    const ex = await extractCsv('Name,Response,Tags\nGreeting,Hello there,a\nBye,"Bye, then",b\n', { fields });
    expect(ex.replies.map((r) => [r.title, r.text])).toEqual([['Greeting', 'Hello there'], ['Bye', 'Bye, then']]);
  });

  it('reads "Comment Value" style headers as field names', async () => {
    const ex = await extractCsv('Title,Comment Value\nA,Hello\n', { fields });
    expect(ex.replies.map((r) => [r.title, r.text])).toEqual([['A', 'Hello']]);
  });

  it('detects a semicolon delimiter', async () => {
    const ex = await extractCsv('title;body\nA;"x; y"\n', { fields });
    expect(ex.replies.map((r) => r.text)).toEqual(['x; y']);
  });

  it('strips HTML in an html column', async () => {
    const ex = await extractCsv('title,body_html\nA,"<p>One</p><p>Two &amp; three</p>"\n', { fields });
    expect(ex.replies.map((r) => r.text)).toEqual(['One\n\nTwo & three']);
  });

  it('gives a notice when no column holds replies', async () => {
    const ex = await extractCsv('sku,price\nA1,3\n', { fields: ['body'] });
    expect(ex.replies).toEqual([]);
    expect(ex.notices).toEqual(['no reply text found (looked for columns: body); set "fields" in config']);
  });

  it('rejects malformed CSV with a one-line message and its line', async () => {
    for (const text of ['title,body\nA,"unclosed\n', 'title,body\nA,x"y\n']) {
      let error: unknown;
      try {
        await extractCsv(text, { fields });
      } catch (err) {
        error = err;
      }
      expect(error, text).toBeInstanceOf(FormatError);
      expect((error as FormatError).message).toMatch(/^invalid CSV: [^\n]+$/);
      expect((error as FormatError).line).toBe(2);
    }
  });

  it('keeps a BOM when fixing', async () => {
    const text = '\uFEFFtitle,body\nA,kindly wait\n';
    expect(await fixed(text, 'x.csv')).toBe('\uFEFFtitle,body\nA,please wait\n');
  });
});
