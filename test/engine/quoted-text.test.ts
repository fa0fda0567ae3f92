// Quoted text is the customer's, not the reply: "> " lines, history under "On ... wrote:" and
// "-----Original Message-----" headers, Markdown blockquotes and HTML <blockquote> are never linted or
// fixed in any format, and they become the reply's context.
import { describe, expect, it } from 'vitest';
import { findQuotedSpans, headerName, maskQuoted, quotedThread } from '../../src/engine/quoted.js';
import { prepareReply } from '../../src/engine/prepare.js';
import { compilePlaceholders, DEFAULT_PLACEHOLDERS } from '../../src/platforms/placeholders.js';
import { lintText } from '../../src/api.js';
import { fixed, probe, spots } from '../helpers/formats-probe.js';

const quotedParts = (text: string) => findQuotedSpans(text).map((s) => `${s.level}:${text.slice(s.start, s.end)}`);

describe('finding quoted text in a reply', () => {
  it('"> " lines, with their nesting level', () => {
    const text = 'Done.\n\n> Where is it?\n> It was due Monday.\n> > We sent it Friday.\n';
    expect(quotedParts(text)).toEqual(['1:> Where is it?\n> It was due Monday.', '2:> > We sent it Friday.']);
  });

  it('an "On ... wrote:" header (one line or wrapped over two) and the quote under it', () => {
    expect(quotedParts('Done.\n\nOn Mon, 3 Jun 2024 at 10:02, Ana Ruiz <ana@example.com> wrote:\n> Where is it?'))
      .toEqual(['0:On Mon, 3 Jun 2024 at 10:02, Ana Ruiz <ana@example.com> wrote:', '1:> Where is it?']);
    expect(quotedParts('Done.\n\nOn Mon, 3 Jun 2024 at 10:02, Ana Ruiz\n<ana@example.com> wrote:\n> Where is it?'))
      .toEqual(['0:On Mon, 3 Jun 2024 at 10:02, Ana Ruiz\n<ana@example.com> wrote:', '1:> Where is it?']);
  });

  it('unmarked history under "-----Original Message-----" or Outlook\'s From/Sent block runs to the end, one level per older header', () => {
    const text = 'Fixed.\n\n-----Original Message-----\nFrom: Ana Ruiz <ana@example.com>\nSent: Monday\nSubject: Kettle\n\nMy kettle broke.\n\nAna\n\nFrom: Support\nSent: Sunday\n\nWe shipped it.';
    expect(quotedParts(text)).toEqual([
      '0:-----Original Message-----\nFrom: Ana Ruiz <ana@example.com>\nSent: Monday\nSubject: Kettle',
      '1:My kettle broke.\n\nAna',
      '0:From: Support\nSent: Sunday',
      '2:We shipped it.',
    ]);
    expect(quotedParts('Fixed.\n________________________________\nFrom: Ana\nSent: Monday\n\nMy kettle broke.'))
      .toEqual(['0:________________________________\nFrom: Ana\nSent: Monday', '1:My kettle broke.']);
  });

  it('answers written between quoted lines stay the reply', () => {
    const text = 'See below.\n\nOn Mon, Ana wrote:\n> Where is it?\nIt shipped today.\n> Can I change the address?\nYes, done.';
    const masked = maskQuoted(text, findQuotedSpans(text));
    expect(masked.split('\n').filter((l) => l.trim())).toEqual(['See below.', 'It shipped today.', 'Yes, done.']);
  });

  it('leaves replies alone that only look like headers', () => {
    expect(findQuotedSpans('From: Acme Support\nDate: 3 June\n\nDear Ana, your refund is on its way.')).toEqual([]);
    expect(findQuotedSpans('Hi,\n\nOn Monday we shipped your order.\nIt arrives Wednesday.')).toEqual([]);
    expect(findQuotedSpans('Go to Settings -> Privacy and turn it on.\n--\nAna, Acme')).toEqual([]);
  });

  it('reads localized headers (French, German, Spanish)', () => {
    expect(quotedParts('Merci.\n\nLe lun. 3 juin 2024 à 10:02, Marie Curie <m@example.fr> a écrit :\n> Où est ma commande ?')[0])
      .toBe('0:Le lun. 3 juin 2024 à 10:02, Marie Curie <m@example.fr> a écrit :');
    expect(quotedParts('Danke.\n\nAm 03.06.2024 um 10:02 schrieb Max Weber <max@example.de>:\n> Wo ist es?')[0])
      .toBe('0:Am 03.06.2024 um 10:02 schrieb Max Weber <max@example.de>:');
    expect(quotedParts('Gracias.\n\nEl lun, 3 jun 2024 a las 10:02, Ana Ruiz escribió:\n> ¿Dónde está?')[0])
      .toBe('0:El lun, 3 jun 2024 a las 10:02, Ana Ruiz escribió:');
  });

  it('the quoted thread: level 1 is the customer\'s message, deeper levels alternate agent/customer, oldest first; the header names the customer', () => {
    const text = 'Done.\n\nOn Tue, Ana Ruiz <ana@example.com> wrote:\n> Still nothing.\n> On Mon, Acme wrote:\n> > It shipped.\n> > > Where is my order 55120?\n';
    expect(quotedThread(text, findQuotedSpans(text))).toEqual({
      customer: 'Still nothing.',
      earlier: [{ from: 'customer', text: 'Where is my order 55120?' }, { from: 'agent', text: 'It shipped.' }],
      customerName: 'Ana Ruiz',
    });
  });

  it('names the sender of each header style', () => {
    expect(headerName('On Mon, Maria wrote:')).toBe('Maria');
    expect(headerName('On Mon, 3 Jun 2024 at 10:02 AM Maria Lopez <maria@example.com> wrote:')).toBe('Maria Lopez');
    expect(headerName('From: Tom Baker [mailto:tom@example.com]\nSent: Monday')).toBe('Tom Baker');
    expect(headerName('On 3 June 2024, at 10:15, support@example.com wrote:')).toBeUndefined();
  });
});

describe('the prepared reply', () => {
  const placeholders = compilePlaceholders(DEFAULT_PLACEHOLDERS);
  const text = 'Hi Maria,\n\nI am sorry we charged you twice. I have refunded it today.\n\nDana\n\nOn Mon, Maria wrote:\n> This is RIDICULOUS!! Is there anything else wrong?\n';
  const reply = prepareReply(text, { kind: 'complaint', channel: 'email', placeholders });

  it('masks quoted text with blanks of the same length, so offsets hold', () => {
    expect(reply.text.length).toBe(text.length);
    expect(reply.text.slice(reply.text.indexOf('Dana'))).toBe(`Dana\n\n${' '.repeat(20)}\n${' '.repeat(52)}\n`);
    expect(reply.quoted.map((q) => [q.level, text.slice(q.start, q.end)])).toEqual([
      [0, 'On Mon, Maria wrote:'], [1, '> This is RIDICULOUS!! Is there anything else wrong?'],
    ]);
  });

  it('counts and splits only the reply: words, sentences, sign-off', () => {
    expect(reply.wordCount).toBe(15);
    expect(reply.sentences.map((s) => s.text)).toEqual(['Hi Maria,', 'I am sorry we charged you twice.', 'I have refunded it today.', 'Dana']);
  });

  it('keeps the quoted message as its context', () => {
    expect(reply.context?.source).toBe('quote');
    expect(reply.context?.message.text.trim()).toBe('This is RIDICULOUS!! Is there anything else wrong?');
    expect(reply.context?.customerName).toBe('Maria');
    expect(reply.inQuoted(text.indexOf('RIDICULOUS'), text.indexOf('RIDICULOUS') + 3)).toBe(true);
    expect(reply.inQuoted(0, 2)).toBe(false);
  });
});

describe('quoted text is never linted or fixed, in every format', () => {
  // "kindly" and "prior to" are fixable probe phrases; "Is there anything else wrong?" is negative-follow-up.
  const quote = 'Kindly refund me prior to Friday. Is there anything else wrong?';

  it('plain text: "> " lines', async () => {
    const text = `Kindly allow a day.\n\n> ${quote}\n`;
    const result = await probe(text, 'reply.txt');
    expect(spots(result.messages)).toEqual(['1:1:7 probe/kindly']);
    expect(await fixed(text, 'reply.txt')).toBe(`Please allow a day.\n\n> ${quote}\n`);
  });

  it('plain text: the history under "On ... wrote:" and "-----Original Message-----"', async () => {
    for (const header of ['On Mon, 3 Jun 2024, Ana <ana@example.com> wrote:', '-----Original Message-----\nFrom: Ana\nSent: Monday']) {
      const text = `Kindly allow a day.\n\n${header}\n\n${quote}\n`;
      expect(spots((await probe(text, 'reply.txt')).messages)).toEqual(['1:1:7 probe/kindly']);
      expect(await fixed(text, 'reply.txt')).toBe(text.replace('Kindly allow', 'Please allow'));
    }
  });

  it('Markdown: blockquotes (markers masked by the extractor), nested and lazily continued', async () => {
    const text = `Kindly allow a day.\n\n> ${quote}\nprior to the weekend, kindly.\n>\n> > Kindly wait.\n\nThanks, prior to that.\n`;
    const result = await probe(text, 'reply.md');
    expect(spots(result.messages)).toEqual(['1:1:7 probe/kindly', '8:9:17 probe/prior-to']);
    expect(await fixed(text, 'reply.md')).toBe(text.replace('Kindly allow', 'Please allow').replace('Thanks, prior to', 'Thanks, before'));
  });

  it('HTML: <blockquote>, nested, with the reply around it', async () => {
    const text = `<p>Kindly allow a day.</p>\n<blockquote><p>${quote}</p><blockquote>Kindly wait prior to noon.</blockquote></blockquote>\n<p>Thanks.</p>\n`;
    const result = await probe(text, 'reply.html');
    expect(spots(result.messages)).toEqual(['1:4:10 probe/kindly']);
    expect(await fixed(text, 'reply.html')).toBe(text.replace('Kindly allow', 'Please allow'));
  });

  it('JSON strings: "> " lines in a text string, <blockquote> in an HTML string', async () => {
    const text = JSON.stringify({
      macros: [
        { title: 'Plain', body: `Kindly allow a day.\n\n> ${quote}` },
        { title: 'Html', body_html: `<p>Kindly allow a day.</p><blockquote>${quote}</blockquote>` },
      ],
    }, null, 2) + '\n';
    const result = await probe(text, 'macros.json');
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([['probe/kindly', 5], ['probe/kindly', 9]]);
    const out = await fixed(text, 'macros.json');
    expect(JSON.parse(out)).toEqual({
      macros: [
        { title: 'Plain', body: `Please allow a day.\n\n> ${quote}` },
        { title: 'Html', body_html: `<p>Please allow a day.</p><blockquote>${quote}</blockquote>` },
      ],
    });
  });

  it('YAML block scalars and CSV cells', async () => {
    const yaml = `- title: Late\n  body: |\n    Kindly allow a day.\n\n    On Mon, Ana wrote:\n    > ${quote}\n`;
    expect(spots((await probe(yaml, 'macros.yaml')).messages)).toEqual(['3:5:11 probe/kindly']);
    expect(await fixed(yaml, 'macros.yaml')).toBe(yaml.replace('Kindly allow', 'Please allow'));
    const csv = `title,body\nLate,"Kindly allow a day.\n\n> ${quote}"\n`;
    expect(spots((await probe(csv, 'macros.csv')).messages)).toEqual(['2:7:13 probe/kindly']);
    expect(await fixed(csv, 'macros.csv')).toBe(csv.replace('Kindly allow', 'Please allow'));
  });

  it('structure rules judge the reply alone: an apology in the quote does not count, quoted words are not counted', async () => {
    const text = 'Hi Ana,\n\nThe replacement kettle went out by courier this morning, and the tracking link is in your inbox. It will reach you on Thursday before noon.\n\nBest,\nTom\n\nOn Mon, Ana wrote:\n> I am so sorry to bother you, I apologise, but my kettle broke after two days and I really need it fixed.\n';
    const [result] = await lintText(text, { config: { extends: ['complaintlint:complaint'] } });
    expect(result!.replies[0]!.words).toBe(29);
    expect(result!.replies[0]!.checklist?.apologize).toBe(false);
  });
});
