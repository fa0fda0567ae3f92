// impersonal-greeting: exact spans; role nouns used as a name (the boundary list in RULES.md and more of our
// own); names, name placeholders and phone pick-up lines stay clean.
import { describe, expect, it } from 'vitest';
import { only, spans } from '../helpers/rule-check.js';

const RULE = 'impersonal-greeting';

describe('impersonal-greeting', () => {
  it('points at the greeting', async () => {
    const text = 'Dear Valued Customer,\n\nYour refund is on its way.';
    const [m, ...rest] = await only(RULE, text);
    expect(rest).toEqual([]);
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([1, 1, 1, 21]);
    expect(m!.messageId).toBe('role');
    expect(m!.message).toBe('"Dear Valued Customer" greets a role, not a person. Use the customer\'s name.');
    expect(m!.suggestions?.[0]?.desc).toMatch(/name/);
  });

  it('covers role nouns and "To whom it may concern", not names or placeholders', async () => {
    for (const t of ['Dear Passenger,\nHi.', 'To whom it may concern,\nHi.', 'Dear Account Holder,\nHi.', 'Dear Sir or Madam,\nHi.']) expect((await only(RULE, t)).length, t).toBe(1);
    for (const t of ['Dear [Customer Name],\nHi.', 'Hi {{ticket.requester.first_name}},\nHi.', 'Good afternoon, you’re through to Northway.', 'Dear Mr Farah,\nHi.']) expect(await only(RULE, t), t).toEqual([]);
  });

  it('finds the greeting after a sentence on the same line, in emphasis, and a role used as a name', async () => {
    expect(await spans(RULE, 'Thanks for getting in touch. Dear Customer,\nYour refund is done.')).toEqual(['Dear Customer']);
    expect(await spans(RULE, '**Dear Guest,**\n\nYour room is ready.', { filePath: 'reply.md' })).toEqual(['Dear Guest']);
    expect(await spans(RULE, 'Thanks for your patience, valued customer.')).toEqual(['valued customer']);
    expect(await spans(RULE, 'Dear Shareholders/Investors and Friends,\nOur results are out.')).toEqual(['Dear Shareholders/Investors and Friends']);
  });
});

const FAMILY = {
  bad: [
    'Dear Passenger,\nYour gate has changed.',
    'Dear Guest,\nBreakfast is served from 7.',
    'Dear Patient,\nYour results are ready.',
    'Hi Player,\nYour reward is waiting.',
    'Dear Subscriber,\nYour plan renews soon.',
    'Dear Account Holder,\nYour statement is attached.',
    'Dear Policyholder,\nYour cover starts today.',
    'Dear Valued Member,\nYour points are in.',
    'Dear Residents,\nThe lift is fixed.',
    'Hello Customer,\nThanks for your order.',
    'Dear Cardholder:\nYour card has been sent.',
    'Good morning, valued guest!\nYour table is ready.',
    'Hey there, user!\nYour trial ends soon.',
    'Dear Valued Customers,\nWe are closed on Monday.',
    'Dear Sir / Madam,\nYour claim is approved.',
    'Greetings, member!\nThe gym reopens Monday.',
    'Dear Tenant,\nThe boiler check is on Tuesday.',
    'Hi Shopper,\nYour basket is waiting.',
    'Dear Applicant,\nThank you for applying.',
    'Dear Bill Payer,\nYour bill is ready.',
    'Dear Parent or Guardian,\nThe trip is on Friday.',
    'To Whom It May Concern:\nThe invoice is attached.',
  ],
  good: [
    'Hi Maria,\nYour refund is on its way.',
    'Hello Sam,\nYour parcel arrived.',
    'Dear [Customer Name],\nYour table is booked.',
    'Hi {{ticket.requester.first_name}},\nThanks for waiting.',
    'Hello %{ticket.requester.name},\nYour order shipped.',
    'Good afternoon, you’re through to Northway, this is Priya.',
    'Hello, you’re speaking to Jamal at Rivermead.',
    'Dear Dr Kaplan,\nThank you for your letter.',
    'Dear Customer Services team,\nThanks for the help.',
    'Hi Guest Relations, could you book a taxi?',
    'Our guests love the new pool.',
    'Every customer gets the same price.',
    'Thanks for being a loyal member, Dana.',
    'Hi all, the update is below.',
    'Dear Mrs Okafor,\nYour order has shipped.',
    'Hi there, Sam! Your tickets are ready.',
    'Hello again, Ahmed.',
    'Dear Player Support,\nMy account is locked.',
    'Hey Jordan, thanks for the photos.',
    'Good morning Ms Lee,\nYour appointment is at 10.',
  ],
};

describe('impersonal-greeting: more of our own sentences', () => {
  for (const t of FAMILY.bad) it(`flags ${JSON.stringify(t)}`, async () => expect((await only(RULE, t)).length, t).toBe(1));
  for (const t of FAMILY.good) it(`leaves ${JSON.stringify(t)}`, async () => expect(await spans(RULE, t), t).toEqual([]));
});

describe('impersonal-greeting generalizes (moved from phrase-generalization)', () => {
  const bad = [
    'Dear Valued Customers,\nWe are closed today.',
    'Hello Valued Guest,\nYour room is ready.',
    'Dear Cardmember,\nYour statement is ready.',
    'Hey there, customer!\nYour order is on its way.',
    'Dear Esteemed Customer,\nThank you for your order.',
    'Dear Ticket Holder,\nThe concert has moved to Friday.',
    'Good afternoon Customer,\nYour refund is done.',
    'Dear Sir / Madam,\nYour claim is approved.',
  ];
  const good = [
    'Hi Priya,\nYour order is on its way.',
    'Hello {{customer.first_name}},\nGood news!',
    'Dear Customer Support Team,\nThank you for the quick help.',
    'Hi Sam, thanks for being a member.',
    'Customers who order before noon get next-day delivery.',
  ];
  for (const t of bad) it(`fires on ${JSON.stringify(t)}`, async () => expect((await only(RULE, t)).length).toBeGreaterThan(0));
  for (const t of good) it(`does not fire on ${JSON.stringify(t)}`, async () => expect(await only(RULE, t)).toEqual([]));
});
