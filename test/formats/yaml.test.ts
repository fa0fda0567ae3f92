// YAML macro libraries: every scalar style mapped exactly, `#` directives, safe fixes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, visit, type Scalar } from 'yaml';
import { extractYaml } from '../../src/formats/yaml.js';
import { decodeScalar, encodeScalar } from '../../src/formats/scalars.js';
import { FormatError } from '../../src/formats/types.js';
import { DEFAULT_FIELDS } from '../../src/formats/fields.js';
import type { MappedText } from '../../src/formats/mapped.js';
import { changedStrings, fixed, pointed, probe, spots, ROOT, withPhrases } from '../helpers/formats-probe.js';

const FIXTURE = join(ROOT, 'fixtures/macros/saved-replies.yaml');
const fields = DEFAULT_FIELDS;

/** Every decoded character that comes from one source character is that character. */
function expectFaithful(source: string, m: MappedText): void {
  for (let i = 0; i < m.text.length; i++) {
    expect(m.starts.at(i)!).toBeLessThanOrEqual(m.starts.at(i + 1)!);
    const span = source.slice(m.starts.at(i)!, m.ends.at(i + 1)!);
    if (span.length === 1 && m.text[i] !== ' ' && m.text[i] !== '\n') expect(span, `char ${i}`).toBe(m.text[i]);
  }
}

function scalars(source: string): Scalar[] {
  const out: Scalar[] = [];
  for (const doc of parseAllDocuments(source, { keepSourceTokens: true }) as ReturnType<typeof parseAllDocuments> & unknown[]) {
    visit(doc, { Scalar(key, node) { if (key === 'value' || key === null || typeof key === 'number') if (typeof node.value === 'string') out.push(node); } });
  }
  return out;
}

describe('YAML scalar styles decode exactly', () => {
  const cases: Record<string, string> = {
    plain: 'a: one two\n',
    'plain, folded over lines and a blank line': 'a: one\n  two   \n\n  three\n',
    'single-quoted with doubled quote and fold': "a: 'it''s\n  here'\n",
    'double-quoted escapes': 'a: "tab\\tq\\"\\u2019\\x41\\U0001F600\\\\ \\/ \\N\\_"\n',
    'double-quoted escaped line break': 'a: "one \\\n   two\\\n\n   three\\\n\n\n   four"\n',
    'double-quoted fold keeps escaped space': 'a: "x\\ \n  y"\n',
    literal: 'a: |\n  line one\n\n    indented\n  last\n',
    'literal strip': 'a: |-\n  x\n  y\n\n',
    'literal keep': 'a: |+\n  x\n\n\nb: 1\n',
    'literal explicit indent': 'a: |2\n    two extra\n   one extra\n',
    'literal with leading blank lines': 'a: |\n\n\n  after blanks\n',
    folded: 'a: >\n  one\n  two\n\n  three\n    more indented\n  back\n',
    'folded strip': 'a: >-\n  one\n  two\n',
    'nested in a sequence': '- body: |\n    Hi\n    there\n  other: >\n    a\n    b\n',
    'flow collection': 'a: [one, "two", \'three\']\nb: {k: plain value, q: "x"}\n',
    'CRLF literal': 'a: |\r\n  one\r\n  two\r\n',
    'CRLF plain fold': 'a: one\r\n  two\r\n',
    'top-level block scalar': '--- |\n  whole document\n',
  };
  for (const [name, source] of Object.entries(cases)) {
    it(name, () => {
      const nodes = scalars(source);
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        const d = decodeScalar(source, node)!;
        expect(d.mapped.text).toBe(node.value);
        expect(d.mapped.exact).toBe(true);
        expectFaithful(source, d.mapped);
      }
    });
  }

  it('falls back to line starts (and no fixes) when it cannot follow a value', () => {
    const source = 'a: |\n  first\n  second\n';
    const node = scalars(source)[0]!;
    node.value = 'first\nsecond!\n'; // a value the source doesn't spell
    const d = decodeScalar(source, node)!;
    expect(d.mapped.exact).toBe(false);
    expect(source.slice(d.mapped.starts.at(0)!, d.mapped.starts.at(0)! + 5)).toBe('first');
    expect(source.slice(d.mapped.starts.at(6)!, d.mapped.starts.at(6)! + 6)).toBe('second');
    expect(encodeScalar('x', d.mapped.starts.at(0)!, d.mapped.starts.at(1)!, { source, decoded: d, flow: false })).toBeNull();
  });
});

describe('saved-replies.yaml fixture', () => {
  const text = readFileSync(FIXTURE, 'utf8');

  it('reports findings at exact positions in every scalar style', async () => {
    const result = await probe(text, FIXTURE);
    expect(spots(result.messages)).toEqual([
      '4:31:37 probe/kindly',
      '5:18:26 probe/prior-to',
      '7:43:49 probe/kindly',
      '8:36:47 probe/help-centre',
      '11:7:13 probe/kindly',
      '11:53:61 probe/prior-to',
      '12:7:36 negative-follow-up',
      '17:33:39 probe/kindly',
      '18:7:15 probe/prior-to',
      '21:7:36 negative-follow-up',
      '25:7:13 probe/kindly',
      '27:7:36 negative-follow-up',
      '30:8:14 probe/kindly',
      '33:7:13 probe/kindly',
      '38:10:16 probe/kindly',
      '38:58:71 probe/prior-to',
      '43:19:25 probe/kindly',
      '51:23:31 probe/prior-to',
    ]);
    expect(result.messages.map((m) => pointed(text, m))).toContain('prior&nbsp;to');
    expect(result.replies.map((r) => r.title)).toEqual([
      'Refund sent', 'Card declined', 'Double charge', 'Invoice copy', 'Plan change', 'Explicit indent',
      'Kept trailing lines', 'HTML body', 'Flow style', 'Muted by comment', 'Per-macro key',
    ]);
  });

  it('applies # comment directives and HTML comment directives inside an HTML body', async () => {
    const result = await probe(text, FIXTURE);
    expect(spots(result.suppressedMessages)).toEqual(['40:10:31 negative-follow-up', '46:24:32 probe/prior-to', '51:38:71 negative-follow-up']);
    expect(result.suppressedMessages[2]!.suppressions[0]!.justification).toBe('kept on purpose');
  });

  it('fixes re-parse to the same structure with only reply strings changed; comments and layout stay', async () => {
    const output = await fixed(text, FIXTURE);
    const changed = changedStrings(parse(text), parse(output));
    expect(changed).toEqual([
      '$.replies[0].body', '$.replies[1].body', '$.replies[2].body', '$.replies[3].body', '$.replies[4].body',
      '$.replies[5].body', '$.replies[6].body', '$.replies[7].body_html', '$.replies[8].reply.text', '$.replies[10].body',
    ]);
    expect(parse(output).replies[1].body).toBe('We couldn\'t take the payment. Please try another card, or use our "Q&A" <help> page.');
    expect(parse(output).replies[2].body).toBe('We\u2019re sorry you were charged twice.\nPlease ignore the second charge; it drops off before Friday.\tHow else can I help you today?');
    expect(parse(output).replies[7].body_html).toContain('<p>Please reply with the <a href="%{url}">form</a> before noon.</p>');
    expect(output.split('\n').filter((l) => l.trimStart().startsWith('#'))).toEqual(text.split('\n').filter((l) => l.trimStart().startsWith('#')));
    expect(output.split('\n').length).toBe(text.split('\n').length);
  });

  it('fixing twice changes nothing more', async () => {
    const once = await fixed(text, FIXTURE);
    expect(await fixed(once, FIXTURE)).toBe(once);
  });
});

describe('YAML fixes keep each scalar valid', () => {
  const colon = withPhrases([{ id: 'probe/colon', regex: String.raw`\bkindly\b`, message: 'x', replace: 'note: please' }]);
  const lines = withPhrases([{ id: 'probe/lines', regex: String.raw`\bkindly\b`, message: 'x', replace: 'please\nplease' }]);

  it('refuses a plain-scalar fix that would become a mapping, and escapes it in quoted styles', async () => {
    const plain = await probe('body: we kindly ask\n', 'x.yaml', { config: colon });
    expect(plain.messages).toHaveLength(1);
    expect(plain.messages[0]!.fix).toBeUndefined();
    expect(await fixed('body: "we kindly ask"\n', 'x.yaml', colon)).toBe('body: "we note: please ask"\n');
    expect(await fixed("body: 'we kindly ask'\n", 'x.yaml', colon)).toBe("body: 'we note: please ask'\n");
  });

  it('writes a line break as an escape, or as an indented line in a literal block; refuses it elsewhere', async () => {
    expect(await fixed('body: "we kindly ask"\n', 'x.yaml', lines)).toBe('body: "we please\\nplease ask"\n');
    expect(await fixed('body: |\n    we kindly ask\n', 'x.yaml', lines)).toBe('body: |\n    we please\n    please ask\n');
    for (const source of ['body: >\n  we kindly ask\n', 'body: we kindly ask\n', "body: 'we kindly ask'\n"]) {
      const r = await probe(source, 'x.yaml', { config: lines });
      expect(r.messages[0]!.fix, source).toBeUndefined();
    }
    const out = await fixed('body: |\n    we kindly ask\n', 'x.yaml', lines);
    expect(parse(out)).toEqual({ body: 'we please\nplease ask\n' });
  });

  it('refuses to turn a whole plain value into a boolean or number', async () => {
    const toBool = withPhrases([{ id: 'probe/bool', regex: String.raw`\bmaybe\b`, message: 'x', replace: 'yes' }]);
    expect((await probe('body: maybe\n', 'x.yaml', { config: toBool })).messages[0]!.fix).toBeUndefined();
    expect(await fixed('body: maybe later\n', 'x.yaml', toBool)).toBe('body: yes later\n');
  });

  it('keeps CRLF line endings and a BOM', async () => {
    const text = '\uFEFFmacros:\r\n  - title: A\r\n    body: |\r\n      Hi,\r\n      kindly wait.\r\n';
    const result = await probe(text, 'x.yaml');
    expect(spots(result.messages)).toEqual(['5:7:13 probe/kindly']);
    expect(await fixed(text, 'x.yaml')).toBe('\uFEFFmacros:\r\n  - title: A\r\n    body: |\r\n      Hi,\r\n      please wait.\r\n');
  });
});

describe('YAML shapes and errors', () => {
  it('reads every document of a multi-document file', async () => {
    const ex = await extractYaml('title: A\nbody: one\n---\ntitle: B\nbody: two\n', { fields });
    expect(ex.replies.map((r) => [r.title, r.text])).toEqual([['A', 'one'], ['B', 'two']]);
  });

  it('titles a block-scalar subject without its line break, and strips HTML bodies', async () => {
    const ex = await extractYaml('subject: |\n  Ticket opened\nbody: |\n  <h3>Dear %{name},</h3>\n  <p>We got it.\n  Thanks.</p>\n', { fields });
    expect(ex.replies.map((r) => [r.title, r.text])).toEqual([['Ticket opened', 'Dear %{name},\n\nWe got it. Thanks.']]);
  });

  it('gives a notice when no reply field is found', async () => {
    const ex = await extractYaml('name: x\nversion: 2\n', { fields: ['body'] });
    expect(ex.replies).toEqual([]);
    expect(ex.notices).toEqual(['no reply text found (looked for fields: body); set "fields" in config']);
  });

  it('rejects malformed YAML with a one-line message, line and column', async () => {
    let error: unknown;
    try {
      await extractYaml('a: [1, 2\nb: "x\n', { fields });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).message).toMatch(/^invalid YAML: [^\n]+$/);
    expect((error as FormatError).line).toBeGreaterThan(0);
    const result = await probe('body: "unclosed\n', 'bad.yaml');
    expect(result.messages[0]).toMatchObject({ fatal: true, severity: 2 });
  });

  it('does not read # inside a scalar as a directive', async () => {
    const ex = await extractYaml('body: "a # complaintlint-disable x"\ntext: |\n  # complaintlint-disable y\n', { fields });
    expect(ex.directives).toEqual([]);
    const ex2 = await extractYaml('# complaintlint-disable probe/kindly\nbody: x # complaintlint-enable\n', { fields });
    expect(ex2.directives.map((d) => [d.type, d.rules])).toEqual([['disable', ['probe/kindly']], ['enable', []]]);
  });

  it('parses YAML with anchors and aliases without linting an alias twice', async () => {
    const ex = await extractYaml('base: &b\n  body: shared text\ncopy: *b\n', { fields });
    expect(ex.replies.map((r) => r.text)).toEqual(['shared text']);
  });
});
