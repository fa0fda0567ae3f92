// Markdown replies: front matter, masked code/comments/markup, several replies per file, fixes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../src/formats/markdown.js';
import { fixed, pointed, probe, spots, ROOT } from '../helpers/formats-probe.js';

const SAVED = join(ROOT, 'fixtures/macros/saved-replies.md');
const CANNED = join(ROOT, 'fixtures/macros/canned.md');

describe('saved-replies.md fixture (## headings)', () => {
  const text = readFileSync(SAVED, 'utf8');

  it('lints each ## section as its own reply, titled by its heading; the intro is not a reply', async () => {
    const result = await probe(text, SAVED);
    expect(result.replies.map((r) => r.title)).toEqual(['Late delivery', 'Refund', 'Saved reply in a fence (v1)']);
    expect(result.replies.map((r) => [r.line, r.kind, r.channel])).toEqual([[11, 'complaint', 'chat'], [25, 'complaint', 'chat'], [35, 'complaint', 'chat']]);
  });

  it('skips code blocks, inline code, link targets and comments; reads a section that is one plain fence', async () => {
    const result = await probe(text, SAVED);
    expect(spots(result.messages)).toEqual([
      '13:34:40 probe/kindly',
      '13:62:70 probe/prior-to',
      '20:1:30 negative-follow-up',
      '26:18:29 probe/help-centre',
      '30:1:30 negative-follow-up',
      '35:24:30 probe/kindly',
      '35:60:68 probe/prior-to',
    ]);
    expect(spots(result.suppressedMessages)).toEqual(['25:1:7 probe/kindly']);
  });

  it('fixes plain spans, escapes Markdown in replacements, and is stable', async () => {
    const output = await fixed(text, SAVED);
    expect(output).toBe(text
      .replace('**Kindly** allow one more day prior to', '**Please** allow one more day before')
      .replace('Is there anything else wrong?', 'How else can I help you today?')
      .replace('our help centre,', 'our "Q&A" \\<help\\> page,')
      .replace('Are there any other problems?', 'How else can I help you today?')
      .replace('Kindly update to the newest version prior to', 'Please update to the newest version before'));
    expect(await fixed(output, SAVED)).toBe(output);
  });
});

describe('canned.md fixture (--- separators)', () => {
  const text = readFileSync(CANNED, 'utf8');

  it('lints each part between separator lines as a reply; "---- TITLE" names the next one', async () => {
    const result = await probe(text, CANNED);
    expect(result.replies.map((r) => [r.line, r.title])).toEqual([[1, undefined], [5, undefined], [9, 'SHIPPING DELAY']]);
    expect(spots(result.messages)).toEqual(['1:24:30 probe/kindly', '5:36:65 negative-follow-up', '9:49:57 probe/prior-to']);
  });
});

describe('Markdown extraction', () => {
  it('reads kind and channel from front matter, with a notice for a bad value', () => {
    const ex = extractMarkdown('---\nkind: "complaint"\nchannel: fax\n---\nHello.\n');
    expect(ex.kind).toBe('complaint');
    expect(ex.channel).toBeUndefined();
    expect(ex.notices).toEqual(['front matter channel "fax" is not one of email, chat, social, phone, sms; ignored']);
    expect(ex.replies[0]!.text.trim()).toBe('Hello.');
  });

  it('masks front matter, fences, indented code and comments with spaces, keeping offsets', () => {
    const source = '---\ntitle: T\n---\nHi,\n\n~~~js\nkindly()\n~~~\n\n    indented kindly\n\n<!-- kindly\nhidden -->Shown text.\n';
    const ex = extractMarkdown(source);
    const reply = ex.replies[0]!;
    expect(reply.title).toBe('T');
    expect(reply.text).not.toMatch(/kindly|hidden|title/);
    expect(source.slice(reply.base + reply.text.indexOf('Shown'), reply.base + reply.text.indexOf('Shown') + 5)).toBe('Shown');
    expect(reply.text.length).toBe(source.length - reply.base - 1);
  });

  it('takes a single reply\'s leading heading as its title', () => {
    const ex = extractMarkdown('# Refund on its way\n\nHi Sam, the refund is done.\n');
    expect(ex.replies.map((r) => [r.title, r.text.trim()])).toEqual([['Refund on its way', 'Hi Sam, the refund is done.']]);
  });

  it('splits at # headings when a file has several and no ## headings', () => {
    const ex = extractMarkdown('# One\nFirst reply.\n\n# Two\nSecond reply.\n');
    expect(ex.replies.map((r) => [r.title, r.text.trim()])).toEqual([['One', 'First reply.'], ['Two', 'Second reply.']]);
  });

  it('keeps a setext heading and a short --- rule apart', () => {
    // One heading of each level is not a list of replies; the underlines are not separators either.
    const ex = extractMarkdown('Saved replies\n=============\n\nIntro.\n\nReplies\n-------\n\nFirst.\n\nThanks!\n---\nSecond.\n');
    expect(ex.replies.map((r) => r.text.replace(/\s+/g, ' ').trim())).toEqual(['Saved replies Intro. Replies First. Thanks!', 'Second.']);
  });

  it('masks emphasis, links, images, autolinks and inline HTML but keeps the words', () => {
    const ex = extractMarkdown('Hi **Sam**, see [the _guide_](https://x.test/a "t") ![logo](l.png) <https://x.test> <br>and\\* snake_case.\n');
    expect(ex.replies[0]!.text.replace(/\s+/g, ' ').trim()).toBe('Hi Sam , see the guide and * snake_case.');
  });

  it('does not fix a span that crosses markup', async () => {
    const result = await probe('Is there **anything** else wrong?\n', 'x.md');
    expect(spots(result.messages)).toEqual(['1:1:34 negative-follow-up']);
    expect(result.messages[0]!.fix).toBeUndefined();
  });

  it('keeps CRLF line endings and a BOM when fixing', async () => {
    const source = '\uFEFF## A\r\n\r\nKindly wait.\r\n\r\n## B\r\n\r\nFine.\r\n';
    const result = await probe(source, 'x.md');
    expect(spots(result.messages)).toEqual(['3:1:7 probe/kindly']);
    expect(await fixed(source, 'x.md')).toBe('\uFEFF## A\r\n\r\nPlease wait.\r\n\r\n## B\r\n\r\nFine.\r\n');
  });

  it('points at the phrase on its own line in a long file', async () => {
    const source = `${'Filler line.\n'.repeat(40)}We will call prior to arriving.\n`;
    const result = await probe(source, 'x.md');
    expect(result.messages.map((m) => [m.line, pointed(source, m)])).toEqual([[41, 'prior to']]);
  });
});
