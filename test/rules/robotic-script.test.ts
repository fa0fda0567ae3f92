// robotic-script: exact spans and message ids, and the catalog-2 families (phone-menu and queue lines, stock
// apologies and pledges, feedback black holes, canned empathy, unfilled template text in drafts), each with
// many of our own bad and good sentences.
import { describe, expect, it } from 'vitest';
import { flagged, only, spans } from '../helpers/rule-check.js';

const RULE = 'robotic-script';

describe('robotic-script', () => {
  it('points at the script line', async () => {
    const text = 'Thanks for your email. Your call is very important to us.';
    const [m] = await only(RULE, text);
    expect(flagged(text, m!)).toBe('Your call is very important to us');
    expect(m).toMatchObject({ ruleId: RULE, line: 1, column: 24, messageId: 'script' });
    expect(m!.message).toBe('"Your call is very important to us" sounds like a script or a machine, not a person.');
    expect(m!.suggestions?.[0]?.desc).toBeTruthy();
  });

  it('reports each line once', async () => {
    const messages = await only(RULE, 'This is an automated message. Please do not reply to this email.');
    expect(messages.map((m) => m.ruleId)).toEqual([RULE, RULE]);
  });

  it('gives each family its message id', async () => {
    expect((await only(RULE, 'Your feedback has been passed on to the relevant team.')).map((m) => m.messageId)).toEqual(['feedback']);
    expect((await only(RULE, 'I know exactly how you feel.')).map((m) => m.messageId)).toEqual(['empathy']);
    expect((await only(RULE, 'Hi [customer name], thanks.')).map((m) => m.messageId)).toEqual(['template']);
    expect((await only(RULE, 'We take this matter very seriously.')).map((m) => m.messageId)).toEqual(['script']);
  });

  it('points at the unfilled slot, not at the sentence', async () => {
    expect(await spans(RULE, 'Hi [customer name], your order <ORDER NUMBER> ships on XX/XX/XXXX.')).toEqual(['[customer name]', '<ORDER NUMBER>', 'XX/XX/XXXX']);
    const [m] = await only(RULE, 'Thanks for buying (insert product) from us.');
    expect(m!.message).toBe('"(insert product)" is template text left unfilled: the customer would read it as written.');
  });

  it('a stock importance line with any subject points from its clause start', async () => {
    expect(await spans(RULE, 'Hi Jo, getting the right speed from your router is very important to us.')).toEqual(['getting the right speed from your router is very important to us']);
    expect(await spans(RULE, 'It is important to us that you get the refund today, so I have sent it.')).toEqual([]);
  });

  it('a feedback line passes when the reply has a concrete action, a follow-up, or is praise', async () => {
    expect(await spans(RULE, 'I have passed your feedback to the team.')).toEqual(['I have passed your feedback']);
    expect(await spans(RULE, "I've passed your feedback to the team, and I've refunded the delivery charge.")).toEqual([]);
    expect(await spans(RULE, "Your comments have been shared with our app team; I'll email you when the update ships.")).toEqual([]);
    expect(await spans(RULE, 'Thanks for the kind words! I will pass your feedback on to Sam.')).toEqual([]);
  });
});

const FAMILIES: Record<string, { bad: string[]; good: string[] }> = {
  queue: {
    bad: [
      'Please listen carefully, as our options have changed.',
      'Please listen to this message in its entirety.',
      'Our menu options have recently changed.',
      'We are currently receiving a higher than usual number of calls.',
      'Due to increased demand, replies may be delayed.',
      'Owing to unprecedented volumes, our team is busy.',
      'I am experiencing a large volume of chats today.',
      'Responses might be slower than usual this week.',
      'Wait times are longer than normal right now.',
      'All our advisers are busy assisting other customers.',
      'You are number four in the queue.',
      'Press 2 for billing.',
      'Calls may be recorded for training purposes.',
      'Your chat has been placed in a queue.',
      'Please hold on the line.',
      'Most questions can be answered on our help centre.',
      'For faster service, visit our website.',
      'Messages are handled in order of receipt.',
      'Enquiries are dealt with on a first-come, first-served basis.',
      'Your ticket will be reviewed in the sequence it was received.',
      'The next available representative will take your call.',
    ],
    good: [
      'Thanks for waiting; I have your booking open now.',
      'I can see you called three times today, and I am sorry about that.',
      'The queue at the depot cleared this morning, so your parcel is on the van.',
      'Press the reset button for five seconds, and the light turns green.',
      'Our menu has changed, so I have attached the new one.',
      'Most of the order arrived, and the last item ships tomorrow.',
      'We handled your refund this morning.',
      'The next train leaves at 4pm, and I have booked you on it.',
      'I am on the line with the courier now.',
      'Your call with the engineer is booked for Monday.',
      'Demand for the blue model is high, so I have reserved one for you.',
      'I will answer your questions one by one below.',
      'We answered your email this morning; here is a copy.',
      'Please stay on the train until Leeds; a taxi is booked from there.',
      'I listened to the recording of your call and you are right.',
      'The volume control is on the left side of the speaker.',
      'Your FAQ link works now; I fixed the broken page.',
      'I can call you back at 3pm if that is easier.',
      'The order was packed in the order you listed the items.',
      'To charge it faster, use the cable in the box.',
    ],
  },
  stock: {
    bad: [
      'Please accept our sincerest apologies.',
      'Please accept my deepest apologies for this.',
      'We would like to extend our sincere apologies.',
      'On behalf of the whole company, we apologise.',
      'On behalf of everyone at Northway, I am sorry.',
      'I apologise on behalf of the company.',
      'We take this matter very seriously.',
      'We take your privacy extremely seriously.',
      'Customer safety is something we take very seriously.',
      'We always strive to exceed expectations.',
      'We pride ourselves on providing excellent service.',
      'We are committed to delivering the best experience.',
      'We aim to provide outstanding service to every guest.',
      'We value your feedback.',
      'Your feedback is very valuable to us.',
      'We always want your experience to go smoothly.',
      'We want you to have a great experience with us.',
      'Customer care is at the heart of everything we do.',
      'We always want to take care of your bags.',
      'I value your feedback.',
      'Please accept our apologies.',
    ],
    good: [
      'I’m sorry we sent the wrong size.',
      'Please accept this voucher for the trouble: it is £20 off your next order.',
      'I accept that we got this wrong.',
      'On behalf of your account, I have updated the billing address.',
      'I’ve taken your details and booked the repair.',
      'Please take the medicine seriously and finish the course.',
      'We aim to reply within one working day.',
      'I want you to have the right size, so a new pair leaves today.',
      'Thanks for your feedback about the app; the bug is fixed in version 4.2.',
      'Your feedback helped us find the bug, thank you.',
      'We always ship on Mondays.',
      'The heart of the problem was a faulty valve, which we replaced.',
      'I’m committed to sorting this today, and I have booked the engineer for 2pm.',
      'We strive to answer every chat in five minutes; today it took an hour, and I am sorry.',
      'Please accept the new booking by clicking the link.',
      'I apologise for the wrong charge on your bill; I have refunded it.',
      'Our team takes calls from 8am to 8pm.',
      'We value the lamp at £40 for insurance.',
      'The whole company is closed on Monday.',
      'I’m so sorry. That’s our mistake, and I’ve fixed it.',
    ],
  },
  feedback: {
    bad: [
      'Your feedback has been passed on to the relevant team.',
      "We've shared your comments internally.",
      "I'll pass your feedback on.",
      'Your comments have been noted.',
      'We will make sure your comments are passed on.',
      'I have forwarded your feedback to our product team.',
      'Your concerns have been logged.',
      'We’ll be sure to share your feedback!',
      'I’ll pass your comments along to management.',
      'Your suggestions have been forwarded to the appropriate department.',
      'We’ve fed your feedback back to the store.',
      'I have noted your comments.',
      'Your feedback will be shared with the team.',
      'We have recorded your feedback.',
      'Thanks, I’ve passed this feedback on to the right people.',
      'I will send your feedback to the kitchen.',
      'Your thoughts have been passed along.',
      'We’ll share your views with our partners.',
      'Your complaint feedback has been escalated to the relevant team.',
      'I can pass your feedback on to our buyers.',
    ],
    good: [
      "I've logged this as bug 4411 with our app team, and I'll email you when the fix ships.",
      "I've passed your feedback to the kitchen, and I've refunded your meal.",
      'Thanks for the lovely feedback, I’ll pass it on to the team!',
      'Thank you for the kind words; I’ve shared them with Dana.',
      "Your comments have gone to our menu team, and I'll let you know by Friday what they decide.",
      'I’ve passed your comments to Dana, our kitchen manager, and she will call you on Friday.',
      'Your feedback is logged as case 88412; I will update you on Monday.',
      'Thanks for your feedback!',
      'Could you share your feedback in the survey?',
      'I read your feedback about the app and fixed the login bug this morning.',
      'I passed the parcel to the courier at noon.',
      'We shared the tracking link by email.',
      'Your comments on the draft are in the new version attached.',
      'Thanks for the shout-out, I’ll pass it on to the drivers.',
      'I’ve sent your feedback to our product lead, and I’ve added a £10 credit to your account.',
      'Your suggestion is now live: the app shows prices with VAT.',
      'I have noted your new address and updated the booking.',
      'Please send us your feedback by replying to this email.',
      'Thanks for the compliments! I’ll share them with the team.',
      'We logged the fault with the network and an engineer visits tomorrow at 9am.',
    ],
  },
  empathy: {
    bad: [
      "I know just how you're feeling.",
      'I know exactly how you feel.',
      'We know how you feel.',
      'I feel your pain.',
      "I know exactly what you're going through.",
      'I completely understand how frustrating this must be, however we cannot refund the ticket.',
      'I understand your frustration; however, this is our policy.',
      'I totally understand how annoying this is, but you should have checked the dates.',
      'We understand your concern, but refunds are not possible after 30 days.',
      'I can imagine how upsetting this is, but there is nothing we can do.',
      'I hear your frustration, but that is how the system works.',
      'I appreciate how disappointing this is; however, the offer is no longer available.',
      'I understand how you feel, but we can’t change the date.',
      'I do understand your frustration, but you agreed to the terms.',
      'I completely understand how difficult this is, but we are unable to help.',
      'I understand this is frustrating, however our terms do not allow it.',
      'We totally understand how stressful this is, but it is against our policy.',
      'I understand how inconvenient this is; however, you missed the deadline.',
      'I can see how frustrating this must be, but rules are rules.',
      'I understand how upset you are, however the fee is non-refundable.',
    ],
    good: [
      'I understand the parcel is late.',
      'I understand how frustrating this is.',
      'I completely understand how frustrating this is, but I have found a seat on the 6pm train for you.',
      'I understand your frustration, and I have refunded the fee.',
      'I know the update broke your export, and the fix is going out today.',
      'I can see how annoying this is, but good news: the part arrived this morning.',
      'I understand how upsetting this is, but I can replace it today.',
      'I hear you, and I am sorry we kept you waiting.',
      'I understand your concern, but let me explain what happens next: the refund lands on Friday.',
      'I know how busy you are, so I have booked the engineer for the evening slot.',
      'We understand how important the wedding is, and the cake will be there by 10am.',
      'I can imagine how worrying that was; the card is blocked now and a new one is on its way.',
      'I understand how frustrating this is, but we’ll have it fixed by Friday.',
      'I understand your frustration; I have escalated it to Dana, our billing lead, who will call you today.',
      'I know how you like your orders packed, and I have told the warehouse.',
      'I understand, and I have cancelled the order.',
      'I realise how inconvenient this is, but I have moved you to the 9am slot.',
      'We understand how frustrating delays are, so your delivery is free.',
      'I understand how you feel about the fee, so I have waived it.',
      'I understand the fee was a surprise, but you can still cancel for free until Friday.',
    ],
  },
  template: {
    bad: [
      'Hi [customer name], your refund is on its way.',
      'Thanks for buying (insert product) from us.',
      'Your order <ORDER NUMBER> has shipped.',
      'Your refund of £XX.XX was sent today.',
      'Hi {{ }}, thanks for waiting.',
      'Your tracking number is XXXXXXXX.',
      'We will call you on XX/XX/XXXX.',
      'Your new card ends in ____.',
      'The engineer visit is TBD.',
      'Hi [first name], thanks for your patience.',
      'Your case [CASE NUMBER] is open.',
      'Follow the link: [insert link here].',
      'Dear <customer name>, thank you for your order.',
      'Your appointment is at (add time) on Monday.',
      'Your code is #XXXX.',
      'Thanks {{ insert name }}, the refund is done.',
      'Best,\n[agent name]',
      'Your discount of $XXX will show on the bill.',
      'The new date is TBC.',
      'Hi <AGENT_NAME>, the refund is done.',
      'Your order (enter order number) is on its way.',
    ],
    good: [
      'Hi {{ticket.requester.first_name}}, your refund is on its way.',
      'Dear [Customer Name], your table is booked for Saturday.',
      'Your size XL jumper is back in stock.',
      'See [our returns page](https://example.com/returns) for the steps.',
      'Your order <b>12345</b> has shipped.',
      'The Xbox controller ships separately.',
      'Your refund of £24.50 was sent today.',
      'Thanks! xx',
      'We will call you on 14/03/2025.',
      'Our opening hours are 9-5 (Monday to Friday).',
      'Read note [1] at the end of the page.',
      'Hi %{ticket.requester.name}, thanks for waiting.',
      '- [x] Refund issued\n- [ ] Label sent',
      'Your order ships in an XXL box.',
      'Your code is 4X9T.',
      'The engineer arrives between 8 and 12 (we will text you).',
      'Please add a photo of the label (a phone picture is fine).',
      'Hi {{contact.first_name | default: "there"}}, the refund is done.',
      'The film is rated 12A, not 15.',
    ],
  },
};

for (const [family, { bad, good }] of Object.entries(FAMILIES)) {
  describe(`robotic-script: ${family}`, () => {
    for (const t of bad) it(`flags ${JSON.stringify(t)}`, async () => expect((await only(RULE, t)).length, t).toBeGreaterThan(0));
    for (const t of good) it(`leaves ${JSON.stringify(t)}`, async () => expect(await spans(RULE, t), t).toEqual([]));
  });
}

describe('robotic-script generalizes (moved from phrase-generalization)', () => {
  const bad = [
    'This is an automatically generated email.',
    'This notification was generated automatically.',
    'This email was sent from an unmonitored address.',
    'Your call matters to us.',
    'We value you as a customer.',
    'We are experiencing longer than normal wait times.',
    'Your satisfaction is our priority.',
    'Your call is being held in a queue.',
  ];
  const good = [
    'The order was generated automatically by your subscription.',
    'We appreciate your loyalty and support!',
    'Your kind words mean a lot to us!',
    'Sorry for the longer than usual wait today.',
    'Please reply to this email with the photo and I’ll look at it.',
  ];
  for (const t of bad) it(`fires on ${JSON.stringify(t)}`, async () => expect((await only(RULE, t)).length).toBeGreaterThan(0));
  for (const t of good) it(`does not fire on ${JSON.stringify(t)}`, async () => expect(await only(RULE, t)).toEqual([]));
});
