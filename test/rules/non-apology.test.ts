// non-apology: exact spans and message ids per family (conditional, feelings, abstraction, passive, undone),
// the grammar decisions (who feels what, what a "but" clause does, whether a clause has an agent), and the
// catalog-2 families with many of our own bad and good sentences.
import { describe, expect, it } from 'vitest';
import { flagged, only, spans } from '../helpers/rule-check.js';

const RULE = 'non-apology';

async function ids(text: string): Promise<string[]> {
  return (await only(RULE, text)).map((m) => m.messageId ?? '');
}

describe('non-apology', () => {
  it('points at the apology clause, from the apologiser to the end of the clause', async () => {
    const text = 'Hi Dana,\n\nThanks for writing. We are sorry that you feel let down by the new plan. I have added a credit.';
    const [m, ...rest] = await only(RULE, text);
    expect(rest).toHaveLength(0);
    expect(m!.ruleId).toBe(RULE);
    expect(m!.messageId).toBe('feelings');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([3, 21, 3, 72]);
    expect(flagged(text, m!)).toBe('We are sorry that you feel let down by the new plan');
    expect(m!.suggestions?.[0]?.desc).toMatch(/sorry for what went wrong/i);
    expect(m!.fix).toBeUndefined();
  });

  it('reads the clause after "sorry": the customer feeling vs an event we caused', async () => {
    const feelings = [
      'I’m sorry you’re unhappy with the repair.',
      'We are sorry you did not enjoy your meal.',
      'Sorry to hear you are having trouble with the app.',
      'We regret that you were disappointed.',
      'I am sorry you found the letter confusing.',
    ];
    const events = [
      "I'm sorry you had to wait three days for an answer.",
      'I’m sorry you were charged twice.',
      "I'm sorry to hear the package arrived damaged.",
      'Sorry that our update broke your export.',
      'I’m sorry you found a hair in your soup.',
      "I'm sorry, you should have had a letter about this.",
    ];
    for (const t of feelings) expect((await only(RULE, t)).length, t).toBe(1);
    for (const t of events) expect(await only(RULE, t), t).toEqual([]);
  });

  it('flags conditional and "any" apologies, with British spellings and curly apostrophes', async () => {
    for (const t of ['We apologise if the room wasn’t up to standard.', 'Apologies for any confusion.', 'We regret any inconvenience caused.', 'Sorry for the trouble this may have caused.']) {
      expect((await only(RULE, t)).map((m) => m.ruleId), t).toEqual([RULE]);
      expect(await ids(t), t).toEqual(['conditional']);
    }
  });

  it('gives each family its message id and wording', async () => {
    expect(await ids('We apologise for the inconvenience.')).toEqual(['abstraction']);
    expect(await ids('Mistakes were made.')).toEqual(['passive']);
    expect(await ids("I'm sorry, but that is our policy.")).toEqual(['undone']);
    expect(await ids("I'm sorry you feel that way.")).toEqual(['feelings']);
    expect(await ids('If we got it wrong, we apologise.')).toEqual(['conditional']);
    const [m] = await only(RULE, 'Sorry for the inconvenience.');
    expect(m!.message).toBe('This apology is for an abstraction ("the inconvenience", "the confusion"), not for what went wrong.');
    const [u] = await only(RULE, "I'm sorry, but rules are rules.");
    expect(u!.message).toBe('The "but" after this apology takes it back: what follows is a refusal, a rule or the customer\'s part.');
    expect(u!.suggestions?.[0]?.desc).toMatch(/without a "but"/);
  });

  it('spans: the conditional clause in front, the apologiser, "Please accept our apologies"', async () => {
    expect(await spans(RULE, 'Thanks. If we got something wrong, we apologise.')).toEqual(['If we got something wrong, we apologise']);
    expect(await spans(RULE, 'Please accept our apologies for the inconvenience.')).toEqual(['Please accept our apologies for the inconvenience']);
    expect(await spans(RULE, 'Hi Jo. Unfortunately, your refund was delayed.')).toEqual(['Unfortunately, your refund was delayed']);
    expect(await spans(RULE, "I'm sorry, but you did sign the contract.")).toEqual(["I'm sorry, but you did sign the contract"]);
  });

  it('reports one apology once, even when several families match it', async () => {
    expect(await only(RULE, 'We are sorry if you feel any inconvenience was caused.')).toHaveLength(1);
  });
});

// Our own sentences for each catalog-2 family: at least 20 bad and 20 good.
const FAMILIES: Record<string, { bad: string[]; good: string[] }> = {
  abstraction: {
    bad: [
      'Sorry for the inconvenience.',
      'We apologise for the inconvenience this week.',
      'I do apologize for the trouble.',
      'Our sincere apologies for the confusion.',
      'Sorry about the hassle, Priya.',
      'We are very sorry for the frustration.',
      'Apologies for the bother!',
      'We regret the inconvenience caused to you.',
      'I’m sorry for all the trouble with your order.',
      'Sorry for this inconvenience.',
      'We apologise for the situation.',
      'So sorry for the annoyance this morning.',
      'I apologise for the upset.',
      'Again, sorry for the confusion over the dates.',
      'Sorry to hear about your experience with the driver.',
      'We sincerely apologise for your experience.',
      'I’m really sorry for the frustration this has caused you.',
      'Sorry for the disappointment.',
      'We apologize for the stress this has put you under.',
      'Apologies for the inconvenience, the site is working again.',
      'We’re sorry for this frustrating experience.',
      'Please accept my apologies for the inconvenience.',
    ],
    good: [
      'Sorry for the wait.',
      'Sorry for the delay in replying.',
      'Sorry for the late reply, Sam.',
      'I’m sorry for the mix-up with your seats.',
      'We apologise for the error on your statement.',
      'Sorry about that!',
      'I’m sorry for the trouble our late courier caused you.',
      'I’m sorry for the confusion our renewal letter caused.',
      'We apologise for the inconvenience of the cancelled train.',
      'Sorry for the frustration caused by our login outage.',
      'Sorry for the long hold this afternoon.',
      'I’m sorry for the outage on Tuesday night.',
      'I’m sorry for charging you twice.',
      'We apologise for sending the wrong colour.',
      'Sorry about the broken handle on your case.',
      'I’m sorry for missing your call.',
      'Apologies for the typo in my last email.',
      'We’re sorry for the noise from the building works.',
      'I apologise for the missing parts in your kit.',
      'Sorry for the slow replies this week.',
      'Thanks for bearing with us through the trouble.',
    ],
  },
  passive: {
    bad: [
      'Mistakes were made.',
      'Errors were made with your booking.',
      'An error was made on the invoice.',
      'Mistakes have been made in handling your claim.',
      'Your disappointment is regretted.',
      'The delay is deeply regretted.',
      'Any upset caused is regretted.',
      'It is regrettable that the order went this way.',
      'It’s unfortunate that things happened like this.',
      'It was unfortunate how the visit turned out.',
      'It is very unfortunate that your parcel was lost.',
      'Unfortunately, your order was cancelled.',
      'Unfortunately your payment was declined.',
      'Regrettably, the booking was not processed.',
      'Sadly, your parcel was damaged.',
      'Unfortunately, the replacement was sent to the wrong address.',
      'Unfortunately, the engineer visit was missed.',
      'Unfortunately your card was charged twice.',
      'It’s regrettable that your claim was rejected.',
      'Unfortunately, your subscription has been suspended.',
    ],
    good: [
      'We made a mistake on your invoice, and I have fixed it.',
      'Mistakes were made by our team, and I am putting them right.',
      'It is unfortunate that we missed the slot; I have rebooked it.',
      'Unfortunately, your order was cancelled because our card check failed, so I have placed it again.',
      'Unfortunately, your payment was declined by your bank.',
      'Sadly, your parcel was damaged in our depot, so a new one is on its way.',
      'Unfortunately the train was cancelled due to flooding.',
      'Unfortunately we lost your parcel, and I have sent a new one.',
      'The refund was processed today.',
      'Your order was shipped this morning.',
      'Unfortunately, the store is closed on Sundays.',
      'Unfortunately I can’t see the order yet.',
      'We regret to say the model is discontinued, so I have refunded you.',
      'It is fortunate that the spare part was in stock.',
      'Unfortunately, your order was delayed by our courier, and I have upgraded you to next-day delivery.',
      'That was our error, and your refund has been sent.',
      'Unfortunately, the parcel was lost. That is on us, and a new one left today.',
      'It was unfortunate timing, but the engineer is booked for Monday.',
      'Unfortunately, the sale ended yesterday.',
      'No mistakes were found in the meter reading.',
    ],
  },
  undone: {
    bad: [
      "I'm sorry, but that is how the system works.",
      'We apologise; however, you did agree to the terms.',
      'Sorry, but we cannot refund opened items.',
      "I'm sorry, but that's our policy.",
      'We are sorry, but you should have read the terms.',
      "I'm sorry, but there's nothing we can do.",
      'Sorry, but you missed the deadline.',
      'We apologise, but refunds are not possible after 30 days.',
      "I'm sorry, but the ticket is non-refundable.",
      'Sorry. But you chose the basic plan.',
      "We're sorry, but we don't offer exchanges.",
      "I'm sorry, however, our terms are clear on this.",
      'I apologise, but you entered the wrong address.',
      "Sorry to hear that, but it's against our policy.",
      'We are sorry for the delay, but we are unable to compensate you.',
      "I'm sorry, but that isn't possible.",
      'Sorry, but rules are rules.',
      'I am sorry, but you were told about the fee at checkout.',
      'We apologise, however, this is standard procedure.',
      "I'm sorry, but we won't be changing the price.",
      'Sorry, but...',
    ],
    good: [
      "I'm sorry, but I can refund you today.",
      "I'm sorry, but I can't see the order yet. I'll check with the warehouse and reply by noon.",
      "Sorry, but good news: it's back in stock and I have reserved one for you.",
      "I'm sorry, but let me fix that for you now.",
      "We're sorry, but we've already sent a replacement.",
      'I am sorry, but here is what I can do: a full refund or a new pair.',
      "Sorry, but I'll need to check with our warehouse first, and I'll email you by 3pm.",
      "I'm sorry, but we can't change the date. We can move you to a pickup point instead.",
      "I'm sorry, but I've gone ahead and booked the engineer for Monday.",
      "Sorry, but we'll have it fixed by Friday.",
      "I'm sorry, but you can still cancel online until midnight.",
      "We're sorry, but I have credited your account with £20.",
      "I'm sorry, but I'm sending a courier to collect it today.",
      "I understand, but the price is fixed.",
      "Sorry, but I'd be happy to call you to sort it out.",
      "I'm sorry you had to wait, but your refund went out this morning.",
      "Sorry for the wait, but the part arrived and I've booked the fitter.",
      "I'm sorry, but we have refunded the full amount today.",
      "I'm sorry, but I can't find that booking, so I'm asking the hotel now.",
      "We're sorry, but let's get this sorted: I've sent a new code.",
    ],
  },
  conditional: {
    bad: [
      'If we got something wrong, we apologise.',
      "To the extent that you were affected, we're sorry.",
      'If I did something wrong, I’m sorry.',
      'If this caused you any trouble, we apologise.',
      'If the engineer was rude, I’m sorry for that.',
      'If you were inconvenienced, please accept our apologies.',
      'Insofar as the delay affected you, we apologise.',
      'If anything was unclear, sorry.',
      'If our tone upset you, we apologise for it.',
      'Sorry if that was confusing.',
      'We apologise if you felt rushed.',
      'Apologies if the link did not work.',
      'I’m sorry if the email came across badly.',
      'We regret any inconvenience this may cause.',
      'I am sorry for any trouble.',
      'Our apologies for any delay.',
      'We’re sorry to hear of any frustration.',
      'Sorry for the mix-up, if any.',
      'We apologise for the confusion this might have caused.',
      'Sorry for any confusion with the voucher.',
    ],
    good: [
      'If you need anything else, I am sorry it took so long and I will call you at 3pm.',
      'If the parcel is not there by Friday, I will send another one.',
      'I’m sorry we missed your delivery; if you want a new slot, just reply.',
      'If you have any questions, reply here.',
      'Sorry we were late; if it happens again, the visit is free.',
      'I’m sorry the app crashed. If it happens again, send me a screenshot.',
      'We are sorry we lost your booking.',
      'Sorry for the error in your bill.',
      'If you would like a refund, I can do that today.',
      'If it helps, I can call you tomorrow.',
      'I am sorry we did not call back as promised.',
      'Sorry that our driver left without knocking.',
      'Sorry for the delay; your order ships today.',
      'If you were charged twice, I will refund the second charge today.',
      'I’m sorry. If you send the serial number, I’ll book the repair.',
      'If I can help with anything else, just reply here.',
      'We’re sorry the lift was out of order during your stay.',
      'I’m sorry our website was down when you tried to pay.',
      'Sorry we sent the old form.',
      'If so, I’m sorry we confused you: the fee is £5, not £15.',
    ],
  },
  reaction: {
    bad: [
      "I'm sorry this upset you.",
      "We're sorry you're disappointed.",
      "I'm sorry you took it that way.",
      "I'm sorry you see it like that.",
      "We're sorry this has frustrated you.",
      'Sorry if my message offended you.',
      "I'm sorry that it made you feel unwelcome.",
      'Sorry our reply came across as rude.',
      "We're sorry you feel unhappy about the change.",
      "I'm sorry you're frustrated with the process.",
      "I'm sorry you aren't a fan of the new design.",
      "We're sorry you were upset by the decision.",
      "I'm sorry you feel we let you down.",
      "We're sorry the situation left you feeling ignored.",
      "Sorry you took my comment the wrong way.",
      "I'm sorry you think the fee is unfair.",
      "We're sorry you weren't happy with the outcome.",
      "I'm sorry you were dissatisfied with our answer.",
      "Sorry to hear you're annoyed with us.",
      "We're sorry that you're concerned about the price.",
    ],
    good: [
      "I'm sorry we upset you by cancelling without notice.",
      "I'm sorry you're upset because we lost your parcel; a new one leaves today.",
      "We're sorry you were charged for a cancelled booking.",
      "I'm sorry you had to chase us three times.",
      "I'm sorry you didn't get the email we promised.",
      "I'm sorry you were kept on hold for an hour.",
      "Sorry you were sent the wrong size.",
      "I'm sorry you've been without internet since Monday.",
      "We're sorry you missed your flight because our bus was late.",
      "I'm sorry our driver was rude to you.",
      "I'm sorry you were given the wrong information.",
      "Sorry you couldn't log in this morning; the fault is fixed.",
      "I'm sorry you were double-booked.",
      "I'm sorry you found a scratch on the new table; a replacement is on its way.",
      "Sorry you lost your afternoon waiting for the engineer.",
      "I'm sorry you've had to explain this twice.",
      "We're sorry you received a damaged parcel.",
      "I'm sorry you were billed after you cancelled.",
      "I'm sorry you were told the wrong date.",
      'I see it the same way, and I have changed it.',
    ],
  },
};

for (const [family, { bad, good }] of Object.entries(FAMILIES)) {
  describe(`non-apology: ${family}`, () => {
    for (const t of bad) it(`flags ${JSON.stringify(t)}`, async () => expect((await only(RULE, t)).length, t).toBe(1));
    for (const t of good) it(`leaves ${JSON.stringify(t)}`, async () => expect(await spans(RULE, t), t).toEqual([]));
  });
}

describe('non-apology generalizes (moved from phrase-generalization)', () => {
  const bad = [
    'We’re sorry you feel let down by our service.',
    'I regret that you feel this way.',
    'We apologise for any distress caused.',
    'Please accept our apologies for any inconvenience.',
    'I’m sorry you perceive our response as slow.',
    'We are sorry that you have been experiencing problems with your connection.',
    'We’re sorry you had a less than perfect experience.',
    'My apologies if that wasn’t clear.',
  ];
  const good = [
    'I’m sorry we sent you the wrong colour.',
    'We apologize for charging you twice.',
    'I’m sorry you were billed after you cancelled.',
    'I’m sorry for the confusion our letter caused.',
    'I’m sorry you didn’t get the email we promised.',
  ];
  for (const t of bad) it(`fires on ${JSON.stringify(t)}`, async () => expect((await only(RULE, t)).length).toBeGreaterThan(0));
  for (const t of good) it(`does not fire on ${JSON.stringify(t)}`, async () => expect(await only(RULE, t)).toEqual([]));
});
