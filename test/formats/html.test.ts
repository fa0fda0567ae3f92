// HTML replies: visible text only, entities and tags mapped back to the source, entity-safe fixes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseHtml, serialize } from 'parse5';
import { htmlToText } from '../../src/formats/html-text.js';
import { extractHtml } from '../../src/formats/html.js';
import { fixed, pointed, probe, spots, ROOT } from '../helpers/formats-probe.js';

const FIXTURE = join(ROOT, 'fixtures/macros/delay-notice.html');

describe('delay-notice.html fixture', () => {
  const text = readFileSync(FIXTURE, 'utf8');

  it('lints the visible text only, at exact positions through entities and tags', async () => {
    const result = await probe(text, FIXTURE);
    expect(spots(result.messages)).toEqual([
      '12:44:50 probe/kindly',
      '13:6:19 probe/prior-to',
      '16:51:62 probe/help-centre',
      '16:74:85 probe/help-centre',
      '19:9:38 negative-follow-up',
      '21:6:52 negative-follow-up',
      '22:30:36 probe/kindly',
      '23:10:16 probe/kindly',
    ]);
    expect(result.messages.map((m) => pointed(text, m))).toEqual([
      'Kindly', 'prior&nbsp;to', 'help centre', 'help centre', 'Is there anything else wrong?',
      'Is there <strong>anything</strong> else wrong?', 'kindly', 'kindly',
    ]);
    expect(result.replies).toHaveLength(1);
    expect(result.replies[0]!.title).toBe('Order delayed – kindly read');
  });

  it('applies <!-- --> directives with their reason', async () => {
    const result = await probe(text, FIXTURE);
    expect(spots(result.suppressedMessages)).toEqual(['15:6:12 probe/kindly']);
    expect(result.suppressedMessages[0]!.suppressions[0]!.justification).toBe('wording agreed with legal');
  });

  it('fixes with HTML-escaped text, never across a tag, and only the fixed spans change', async () => {
    const output = await fixed(text, FIXTURE);
    const before = text.split('\n');
    const after = output.split('\n');
    expect(after.length).toBe(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[i + 1, after[i]]]));
    expect(changed).toEqual([
      [12, '  <p>We&rsquo;re sorry your order is late. Please allow two more days'],
      [13, '     before contacting the courier.</p>'],
      [16, '  <p>Visit our <a href="https://example.com/help">"Q&amp;A" &lt;help&gt; page</a> or the "Q&amp;A" &lt;help&gt; page page.</p>'],
      [19, '    <li>How else can I help you today?</li>'],
      [22, '  <p>Fish &amp; chips&#8230; please&#x21;</p>'],
      [23, '  <pre>  please   keep'],
    ]);
    // The document still parses to the same tree shape.
    const shape = (html: string) => serialize(parseHtml(html)).replace(/>[^<]*</g, '><');
    expect(shape(output)).toBe(shape(text));
    expect(await fixed(output, FIXTURE)).toBe(output);
  });
});

describe('HTML text extraction', () => {
  it('maps every entity to its source span', () => {
    const source = '<p>a&amp;b &#8217;c&#x2019; &notit; &copy d&nbsp;e &unknown; &#128512;</p>';
    const { mapped } = htmlToText(source, 'fragment');
    expect(mapped.text).toBe('a&b ’c’ ¬it; © d\u00a0e &unknown; 😀');
    const span = (i: number) => source.slice(mapped.starts.at(i)!, mapped.ends.at(i + 1)!);
    expect(span(mapped.text.indexOf('&'))).toBe('&amp;');
    expect(span(mapped.text.indexOf('’'))).toBe('&#8217;');
    expect(span(mapped.text.indexOf('¬'))).toBe('&not');
    expect(span(mapped.text.indexOf('©'))).toBe('&copy');
    expect(span(mapped.text.indexOf('\u00a0'))).toBe('&nbsp;');
    expect(span(mapped.text.indexOf('&unknown'))).toBe('&');
    expect(source.slice(mapped.starts.at(mapped.text.indexOf('😀'))!, mapped.ends.at(mapped.text.length)!)).toBe('&#128512;');
  });

  it('turns blocks into line breaks, collapses whitespace, skips head, script, style and hidden text', () => {
    const source = '<html><head><title>T</title><style>x{}</style></head><body><h1>Title</h1>\n  <div>one\n   two</div><div hidden>secret</div><script>bad()</script>three<br>four<br><br>five<table><tr><td>a</td><td>b</td></tr></table></body></html>';
    const { mapped, title } = htmlToText(source, 'document');
    expect(mapped.text).toBe('Title\n\none two\nthree\nfour\n\nfive\n\na b');
    expect(title).toBe('T');
  });

  it('ends a span before a closing tag and starts it after an opening one', async () => {
    const source = '<p>Please <b>kindly</b> wait.</p>';
    const result = await probe(source, 'x.html');
    expect(spots(result.messages)).toEqual(['1:14:20 probe/kindly']);
    expect(result.messages[0]!.fix).toEqual({ range: [13, 19], text: 'please' });
  });

  it('reads CRLF sources and keeps CRLF and a BOM when fixing', async () => {
    const source = '\uFEFF<p>Hello,\r\nkindly wait.</p>\r\n';
    const result = await probe(source, 'x.htm');
    expect(spots(result.messages)).toEqual(['2:1:7 probe/kindly']);
    expect(await fixed(source, 'x.htm')).toBe('\uFEFF<p>Hello,\r\nplease wait.</p>\r\n');
  });

  it('keeps words from text the parser moved, without fixing them', async () => {
    // Text inside a table but outside a cell is moved before the table by the parser.
    const source = '<table>kindly wait<tr><td>x</td></tr></table>';
    const ex = extractHtml(source);
    expect(ex.replies[0]!.text).toContain('kindly wait');
    const result = await probe(source, 'x.html');
    expect(result.messages.map((m) => pointed(source, m))).toEqual(['kindly']);
  });
});
