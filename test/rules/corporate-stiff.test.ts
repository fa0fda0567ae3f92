// corporate-stiff: exact spans, messages, fixes and the fix audit. Every fix runs in sentence frames (sentence
// start, mid-sentence, a list item, Markdown emphasis, and inside HTML, JSON, YAML and CSV files) and the test
// asserts the exact fixed text; phrasings with no replacement right in every sentence are suggestions only.
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { fixedBy, flagged, lintWith, only, spans } from '../helpers/rule-check.js';

const RULE = 'corporate-stiff';

/**
 * One fix: a sentence that starts with the phrase (`input`) and its fixed text (`output`), plus sentences with
 * the phrase in other places (`more`: before a noun phrase, before a clause, at a clause end). `mid: false`
 * says the phrase is only fixed at a sentence start (with the reason).
 */
interface FixCase {
  entry: string;
  input: string;
  output: string;
  mid?: false | string;
  more?: Array<[string, string]>;
}

const FIXES: FixCase[] = [
  { entry: 'correspondence', input: 'Your correspondence dated 3 May arrived today.', output: 'Your message dated 3 May arrived today.', more: [['Thank you for your correspondence.', 'Thank you for your message.'], ['We read the correspondences from May.', 'We read the messages from May.'], ['I read your correspondence this morning.', 'I read your message this morning.']] },
  { entry: 'be-advised', input: 'Please be advised that your order has shipped.', output: 'Your order has shipped.', more: [['The office is closed on Monday, please be advised.', 'The office is closed on Monday.'], ['Please be advised, the price includes VAT.', 'The price includes VAT.']] },
  { entry: 'kindly-ask', input: 'I kindly ask you to confirm the address.', output: 'Please confirm the address.', more: [['We would kindly request that you send the form.', 'Please send the form.']] },
  { entry: 'kindly-asked', input: 'You are kindly requested to arrive early.', output: 'Please arrive early.' },
  { entry: 'please-kindly', input: 'Please kindly send the form.', output: 'Please send the form.' },
  { entry: 'kindly', input: 'Kindly send the form by Friday.', output: 'Please send the form by Friday.', more: [['Could you kindly send the form?', 'Could you please send the form?'], ['@acme Hi Jo :) Kindly DM us the booking number.', '@acme Hi Jo :) Please DM us the booking number.']] },
  { entry: 'earliest-convenience', input: 'At your earliest convenience, please call us.', output: 'When you can, please call us.', more: [['Please call us at your earliest convenience.', 'Please call us when you can.']] },
  { entry: 'regret-to-inform', input: 'We regret to inform you that the item is out of stock.', output: "We're sorry, but the item is out of stock.", more: [['I regret to tell you the course is full.', "I'm sorry, but the course is full."]] },
  { entry: 'pursuant-to', input: 'Pursuant to our terms, the fee applies.', output: 'Under our terms, the fee applies.', more: [['The fee applies pursuant to clause 4.', 'The fee applies under clause 4.']] },
  { entry: 'pursuant-to-request', input: 'Pursuant to your request, we closed the account.', output: 'As you asked, we closed the account.' },
  { entry: 'with-regard-to', input: 'With regard to your booking, the room is confirmed.', output: 'About your booking, the room is confirmed.', more: [['I am writing in regards to the invoice.', 'I am writing about the invoice.']] },
  { entry: 'writing-to-inform', input: 'We are writing to inform you that your order has shipped.', output: 'Your order has shipped.', more: [["We're writing to inform you the lift is fixed.", 'The lift is fixed.'], ['This is to notify you that the fee has changed.', 'The fee has changed.']] },
  { entry: 'revert', input: "I'll revert back to you by Friday.", output: "I'll reply to you by Friday.", more: [['Please revert with the form.', 'Please reply with the form.']] },
  { entry: 'forthwith', input: 'Forthwith, the account is closed.', output: 'Right away, the account is closed.', more: [['The change applies forthwith.', 'The change applies right away.']] },
  { entry: 'henceforth', input: 'Henceforth, invoices come by email.', output: 'From now on, invoices come by email.' },
  { entry: 'in-lieu-of', input: 'In lieu of a refund, we can offer credit.', output: 'Instead of a refund, we can offer credit.', more: [['You get credit in lieu of a refund.', 'You get credit instead of a refund.']] },
  { entry: 'notwithstanding', input: 'Notwithstanding the delay, the order is confirmed.', output: 'Despite the delay, the order is confirmed.' },
  { entry: 'commence', input: 'Commencing Monday, the shop opens at nine.', output: 'Starting Monday, the shop opens at nine.', more: [['Work will commence on Monday.', 'Work will start on Monday.'], ['The commencement date is Monday.', 'The start date is Monday.']] },
  { entry: 'duly', input: 'I have duly noted your request.', output: 'I have noted your request.', more: [['The duly signed form arrived.', 'The signed form arrived.']] },
  { entry: 'find-attached', input: 'Please find attached your invoice.', output: "I've attached your invoice.", more: [['Enclosed please find the signed form.', "I've enclosed the signed form."]] },
  { entry: 'please-find-info', input: 'Please find more information in the guide below.', output: "You'll find more information in the guide below." },
  { entry: 'for-your-perusal', input: 'Attached for your review is the quote.', output: 'Attached is the quote.', more: [['The quote is attached for your review.', 'The quote is attached.'], ['I have enclosed the menu for your perusal, with prices.', 'I have enclosed the menu, with prices.']] },
  { entry: 'do-not-hesitate', input: 'Please do not hesitate to contact us.', output: 'Just reply here.', more: [['Do not hesitate to call me on 0161 496 0000.', 'Feel free to call me on 0161 496 0000.'], ['Do not hesitate to contact us or our partners.', 'Feel free to contact us or our partners.'], ["Don't hesitate to contact us if the code fails.", 'Just reply here if the code fails.']] },
  { entry: 'should-you-require-assistance', input: 'Should you require any further assistance, reply to this email.', output: 'If you need anything else, reply to this email.', more: [['Call us should you require any further assistance.', 'Call us if you need anything else.']] },
  { entry: 'should-you-require', input: 'Should you require a copy, just ask.', output: 'If you need a copy, just ask.', more: [['Should you require any further information about fees, see page 2.', 'If you need any further information about fees, see page 2.']] },
  { entry: 'should-you-wish', input: 'Should you wish to cancel, reply here.', output: "If you'd like to cancel, reply here." },
  { entry: 'should-you-have', input: 'Should you have any questions, call us.', output: 'If you have any questions, call us.' },
  { entry: 'come-to-our-attention', input: 'It has come to our attention that your card has expired.', output: "We've noticed that your card has expired.", more: [['It has been brought to my attention that the lift is broken.', "I've been told that the lift is broken."]] },
  { entry: 'as-per-request', input: 'As per your request, the account is closed.', output: 'As you asked, the account is closed.', more: [['I closed the account as per your request.', 'I closed the account as you asked.']] },
  { entry: 'as-per-instructions', input: 'As per your instructions, the parcel went to your neighbour.', output: 'As you instructed, the parcel went to your neighbour.' },
  { entry: 'as-per-conversation', input: 'As per our conversation, I have booked the engineer.', output: 'As we discussed, I have booked the engineer.', more: [['I have booked the engineer as per our call.', 'I have booked the engineer as we discussed.']] },
  { entry: 'as-per-rules', input: 'As per our policy, refunds take five days.', output: 'Under our policy, refunds take five days.', more: [['The fee applies as per the terms and conditions.', 'The fee applies under the terms and conditions.'], ['As per our agreement dated 3 May, the price is fixed.', 'Under our agreement dated 3 May, the price is fixed.']] },
  { entry: 'as-per-participle', input: 'As per discussed, the engineer comes on Monday.', output: 'As discussed, the engineer comes on Monday.' },
  { entry: 'as-per-above', input: 'As per below, the fees have changed.', output: 'As shown below, the fees have changed.' },
  { entry: 'per-my-last-email', input: 'Per my last email, the voucher runs out on Sunday.', output: 'The voucher runs out on Sunday.', more: [['The voucher runs out on Sunday, as stated in my last email.', 'The voucher runs out on Sunday.'], ['As previously stated, the shop is shut on Sunday.', 'The shop is shut on Sunday.']] },
  { entry: 'allow-me-to', input: 'Allow me to explain how the deposit works.', output: 'Let me explain how the deposit works.', more: [['Allow me to clarify: the deposit is refundable.', 'The deposit is refundable.'], ['Thanks for asking. Allow me to clarify. The deposit is refundable.', 'Thanks for asking. The deposit is refundable.']] },
  { entry: 'assure-you', input: 'I can assure you that your details are safe.', output: 'Your details are safe.', more: [['We can assure you the engineer will call.', 'The engineer will call.']] },
  { entry: 'in-the-event-that', input: 'In the event that the courier misses you, they leave a card.', output: 'If the courier misses you, they leave a card.', more: [['They leave a card in the event that nobody is in.', 'They leave a card if nobody is in.']] },
  { entry: 'prior-to', input: 'Prior to your visit, update the app.', output: 'Before your visit, update the app.', more: [['Please arrive prior to 2pm.', 'Please arrive before 2pm.']] },
  { entry: 'not-in-a-position', input: 'We are not in a position to change the booking.', output: "We can't change the booking.", more: [["We're not in a position to refund the fee.", "We can't refund the fee."], ['Our company is not in a position to give advice.', "Our company can't give advice."]] },
  { entry: 'unable-at-this-time', input: 'We are unable to issue a refund at this time.', output: "We can't issue a refund at this time.", more: [["I'm unable to change the date at the moment.", "I can't change the date at the moment."]] },
  { entry: 'please-ensure', input: 'Please ensure the meter is easy to reach.', output: 'Please make sure the meter is easy to reach.', more: [['Kindly ensure that the box is sealed.', 'Please make sure that the box is sealed.']] },
  { entry: 'reside', input: 'Tell us where you reside.', output: 'Tell us where you live.', mid: 'the example already has the phrase mid-sentence', more: [['The account holder resides in Leeds.', 'The account holder lives in Leeds.']] },
  { entry: 'furnish-with', input: 'Please furnish us with a copy of the receipt.', output: 'Please give us a copy of the receipt.' },
  { entry: 'friendly-reminder', input: 'This is a friendly reminder that your plan renews tomorrow.', output: 'Your plan renews tomorrow.', mid: false, more: [['Just a friendly reminder: the sale ends tonight.', 'The sale ends tonight.']] },
  { entry: 'aforementioned', input: 'The aforementioned module is included.', output: 'The module is included.', more: [['As aforementioned, the fee is £5.', 'As mentioned, the fee is £5.'], ['Our aforementioned policy applies.', 'Our policy applies.']] },
  { entry: 'herewith', input: 'I herewith return your form.', output: 'I return your form.' },
  { entry: 'hereby', input: 'I hereby confirm the booking.', output: 'I confirm the booking.' },
  { entry: 'in-receipt-of', input: 'We are in receipt of your letter.', output: "We've received your letter.", more: [['I acknowledge receipt of your payment.', "I've received your payment."], ["We're in receipt of the form.", "We've received the form."]] },
  { entry: 'utilise', input: 'You can utilise the voucher today.', output: 'You can use the voucher today.', more: [['Utilizing the portal, you can view bills.', 'Using the portal, you can view bills.']] },
  { entry: 'endeavour', input: 'We endeavour to reply within a day.', output: 'We try to reply within a day.', more: [['We will make every endeavour to help.', 'We will make every effort to help.'], ['We endeavored to call you.', 'We tried to call you.']] },
];

/** Lower-cases the first letter (not "I" or "I've"). */
const lc = (s: string) => (/^I\b/.test(s) ? s : s[0]!.toLowerCase() + s.slice(1));

interface Frame {
  name: string;
  filePath: string;
  wrap: (s: string) => string;
  /** The reply text of the fixed file. */
  read: (out: string) => string;
  /** Applies to sentence-start phrases only. */
  startOnly?: boolean;
}

const FRAMES: Frame[] = [
  { name: 'sentence start', filePath: 'reply.txt', wrap: (s) => s, read: (o) => o },
  { name: 'after a sentence', filePath: 'reply.txt', wrap: (s) => `Thanks for waiting. ${s}`, read: (o) => o.replace(/^Thanks for waiting\. /, '') },
  { name: 'list item', filePath: 'reply.md', wrap: (s) => `Here is the update:\n\n- ${s}\n`, read: (o) => /\n- (.*)\n$/.exec(o)![1]! },
  { name: 'Markdown emphasis', filePath: 'reply.md', wrap: (s) => `**${s}**\n`, read: (o) => /^\*\*(.*)\*\*\n$/.exec(o)![1]! },
  { name: 'HTML', filePath: 'reply.html', wrap: (s) => `<p>${s.replace(/&/g, '&amp;')}</p>\n`, read: (o) => /^<p>(.*)<\/p>\n$/.exec(o)![1]!.replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&') },
  { name: 'JSON', filePath: 'macros.json', wrap: (s) => `${JSON.stringify({ macros: [{ title: 'Update', body: s }] }, null, 2)}\n`, read: (o) => JSON.parse(o).macros[0].body },
  { name: 'YAML', filePath: 'macros.yaml', wrap: (s) => `replies:\n  - title: Update\n    body: ${JSON.stringify(s)}\n`, read: (o) => parseYaml(o).replies[0].body },
  { name: 'CSV', filePath: 'macros.csv', wrap: (s) => `id,title,body\n1,Update,"${s.replace(/"/g, '""')}"\n`, read: (o) => (parseCsv(o, { columns: true }) as Array<{ body: string }>)[0]!.body },
];

async function fixedIn(frame: Frame, sentence: string): Promise<string> {
  const file = frame.wrap(sentence);
  const out = await fixedBy(RULE, file, { filePath: frame.filePath });
  return frame.read(out);
}

describe('corporate-stiff fixes, in every frame', () => {
  for (const c of FIXES) {
    describe(c.entry, () => {
      for (const frame of FRAMES) {
        it(`${frame.name}: ${c.input}`, async () => {
          expect(await fixedIn(frame, c.input)).toBe(c.output);
        });
      }
      if (c.mid !== false && typeof c.mid !== 'string') {
        it(`mid-sentence: ${c.input}`, async () => {
          const text = `Thanks for waiting, and ${lc(c.input)}`;
          expect(await fixedBy(RULE, text)).toBe(`Thanks for waiting, and ${lc(c.output)}`);
        });
      }
      for (const [input, output] of c.more ?? []) {
        it(`${input}`, async () => {
          expect(await fixedBy(RULE, input)).toBe(output);
          expect(await fixedIn(FRAMES[5]!, input)).toBe(output); // and inside JSON
        });
      }
    });
  }
});

describe('corporate-stiff suggestions (no replacement is right in every sentence)', () => {
  const SUGGESTIONS: Array<[string, string]> = [
    ['We are in correspondence with the courier.', 'correspondence'],
    ['Please be advised of the new opening hours.', 'Please be advised'],
    ['We kindly ask for your patience.', 'kindly'],
    ['We regret to inform you of a delay.', 'We regret to inform you'],
    ['We would like to inform you of a change to your plan.', 'We would like to inform you'],
    ['The delay notwithstanding, the order is confirmed.', 'notwithstanding'],
    ['The fee, as per my last email, is £10.', 'as per my last email'],
    ['I can assure you of our support.', 'I can assure you'],
    ['In the event of a delay, we will email you.', 'In the event of'],
    ['As per the schedule, the engineer comes at noon.', 'As per'],
    ['As per our conversation with your bank, the card is blocked.', 'As per'],
    ['Please furnish the documents by Friday.', 'furnish'],
    ['This is a friendly reminder to pay your bill.', 'This is a friendly reminder'],
    ['Please send the aforementioned.', 'the aforementioned'],
    ['Please find attached.', 'Please find attached'],
    ['Pursuant to the meeting, the plan changed.', 'Pursuant to'],
    ['We kindly request that you are patient.', 'We kindly request that you'],
    ['The terms herein apply to every order.', 'herein'],
  ];
  for (const [text, phrase] of SUGGESTIONS) {
    it(`offers, never applies: ${text}`, async () => {
      const messages = await only(RULE, text);
      expect(messages.map((m) => flagged(text, m))).toEqual([phrase]);
      expect(messages[0]!.messageId).toBe('stiff');
      expect(messages[0]!.fix).toBeUndefined();
      expect(messages[0]!.suggestions?.length).toBe(1);
      expect(await fixedBy(RULE, text)).toBe(text);
    });
  }

  it('offers "according to" for "as per" before anything else', async () => {
    const [m] = await only(RULE, 'As per the schedule, the engineer comes at noon.');
    expect(m!.suggestions![0]!.fix?.text).toBe('According to');
  });
});

describe('corporate-stiff', () => {
  it('fixes with the plain word, keeping capitalization', async () => {
    const text = 'Kindly ensure orders are placed prior to 2pm. Prior to your visit, PRIOR TO noon.';
    const result = await lintWith(text, { [RULE]: 'warn' }, { fix: true });
    // catalog 2: "please ensure" -> "please make sure" (a second fix pass after "Kindly" -> "Please")
    expect(result.output).toBe('Please make sure orders are placed before 2pm. Before your visit, BEFORE noon.');
    const messages = await only(RULE, text);
    expect(messages.map((m) => flagged(text, m))).toEqual(['Kindly', 'prior to', 'Prior to', 'PRIOR TO']);
    expect(messages[1]).toMatchObject({ line: 1, column: 33, endLine: 1, endColumn: 41, messageId: 'replace' });
    expect(messages[1]!.message).toBe('"prior to" sounds like a form letter: say "before".');
  });

  it('deletes "please be advised that" and capitalizes the next word', async () => {
    const result = await lintWith('Hi Mo,\nPlease be advised that, from 1 March, our delivery days change.', { [RULE]: 'warn' }, { fix: true });
    expect(result.output).toBe('Hi Mo,\nFrom 1 March, our delivery days change.');
    // a hard-wrapped paragraph: the next line's first word takes the capital
    expect(await fixedBy(RULE, 'Thanks for waiting. Please be advised that\nrefunds take five days.')).toBe('Thanks for waiting. Refunds take five days.');
    expect(await fixedBy(RULE, 'Please be advised that\n- refunds take five days.')).toBe('Please be advised that\n- refunds take five days.');
    const [m] = await only(RULE, 'Please be advised that your order has shipped.');
    expect(m).toMatchObject({ messageId: 'delete', message: '"Please be advised that" sounds like a form letter: delete it.' });
  });

  it('handles word forms: endeavour/endeavor, utilise/utilised, "I kindly ask", "in regards to"', async () => {
    const text = 'We endeavour to reply. We endeavored to call. Best wishes in your future endeavours. The credit was utilised. I kindly ask you to confirm. In regards to your order, it shipped.';
    const result = await lintWith(text, { [RULE]: 'warn' }, { fix: true });
    expect(result.output).toBe('We try to reply. We tried to call. Best wishes in your future efforts. The credit was used. Please confirm. About your order, it shipped.');
  });

  it('"do not hesitate to contact us" becomes "just reply here", or "feel free to" before a channel', async () => {
    expect(await fixedBy(RULE, 'Please do not hesitate to contact us.')).toBe('Just reply here.');
    expect(await fixedBy(RULE, 'Please don’t hesitate to contact me directly on 0207 946 0998.')).toBe('Feel free to contact me directly on 0207 946 0998.');
  });

  it('leaves the boundary near-misses and everyday support words alone', async () => {
    for (const t of [
      'Kind regards,\nSam', 'Thanks for the kind words!', 'Thanks for your email regarding the refund.', 'Further to our call, here is the link.',
      'Rooms are £90 per night.', 'Please note we are closed on Monday.', 'How may I assist you today?', 'Going forward, bills come by email.',
      'Please reach out if it happens again.', 'I wanted to inform the warehouse first.', 'You will be informed when it ships.', 'He kindly offered to wait.',
      'A furnished room costs more.', 'Your correspondence address is on file.', 'Should you need a visa for Canada?', 'Regarding the refund, it went out today.',
      'Thank you kindly for waiting.', 'We’ll revert the change if you don’t like it.', 'As usual, the sale starts on Friday.',
    ]) {
      expect(await spans(RULE, t), t).toEqual([]);
    }
  });

  it('takes user pairs from the phrases option; an empty replacement deletes', async () => {
    const rules = { [RULE]: ['warn', { phrases: { 'revert back': 'reply', 'for your perusal': '' } }] as [string, Record<string, unknown>] };
    const result = await lintWith('Please revert back by Friday. The menu is attached for your perusal.', rules, { fix: true });
    expect(result.output).toBe('Please reply by Friday. The menu is attached.');
    const messages = (await lintWith('Please Revert Back today.', rules)).messages;
    expect(messages.map((m) => m.ruleId)).toEqual([RULE]);
    expect(messages[0]!.fix?.text).toBe('Reply');
  });

  it('reminders of an earlier email are stiff; the fix deletes them only where the sentence stays whole', async () => {
    expect(await spans(RULE, 'Per my last email, the voucher runs out on Sunday.')).toEqual(['Per my last email']);
    expect(await fixedBy(RULE, 'The fee, as per my last email, is £10.')).toBe('The fee, as per my last email, is £10.');
  });
});

describe('corporate-stiff generalizes (word forms, persons, contractions)', () => {
  const bad = [
    'We acknowledge receipt of your email.',
    'With reference to your enquiry, the price has changed.',
    'Should you have any further questions, please contact us.',
    'We are writing to inform you that your order has shipped.',
    'We would like to inform you that the fee has been removed.',
    'We endeavoured to contact you several times.',
    'I’ll revert back to you by Friday.',
    'Utilizing the portal, you can view your bills.',
    'I was writing to inform you that the lift is fixed.',
    'It has come to my attention that the card expired.',
    'We’re unable to change the order at present.',
    'They’re not in a position to help with that.',
    'Just a gentle friendly reminder that the store shuts early.',
    'Per our previous email, the fee is waived.',
    'We can reassure you that the data is deleted.',
    'Please kindly be informed that the office has moved.',
    'The parcel was duly delivered.',
    'You currently reside at the address below.',
    'Please furnish me with the serial number.',
    'Attached please find the signed lease.',
  ];
  const good = [
    'Regarding your delivery, it’s arriving Friday.',
    'Further to our call, I’ve booked the engineer.',
    'Rooms are £90 per night.',
    'We’ll revert the change if you don’t like it.',
    'Thank you kindly for your patience.',
    'I’ve attached the form for you.',
    'We couldn’t change the order, so I’ve cancelled it and refunded you.',
    'If the parcel is lost, we send a new one.',
    'Let me know where you live and I’ll book the fitter.',
    'You’ll get an email when the refund is sent.',
    'She kindly sent us the photos.',
    'Thanks for the kind reminder about the voucher.',
    'I can see the parcel reached the depot this morning.',
    'Our team is here to assist with anything else.',
    'We hope to see you again soon.',
    'I’ll reach out to the courier today.',
    'Please make sure the box is sealed.',
    'The engineer will start the work on Monday.',
    'Your message from Tuesday came through fine.',
    'The furnished flat is available from June.',
  ];
  for (const t of bad) it(`flags ${JSON.stringify(t)}`, async () => expect((await only(RULE, t)).length, t).toBeGreaterThan(0));
  for (const t of good) it(`leaves ${JSON.stringify(t)}`, async () => expect(await spans(RULE, t), t).toEqual([]));
});
