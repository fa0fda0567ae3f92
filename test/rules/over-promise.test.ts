// over-promise: exact message ids and spans, the near-misses RULES.md says must not fire, and the catalog-2
// families (vague promises of a fix with no time, promises for another team) with our own sentences.
import { describe, expect, it } from 'vitest';
import { flagged, only, spans } from '../helpers/rule-check.js';

const RULE = 'over-promise';

describe('over-promise', () => {
  it('reports a promise marker followed by an absolute, to the end of the clause', async () => {
    const text = 'Thanks for bearing with us. I guarantee this will never happen again.';
    const [m] = await only(RULE, text);
    expect(m!.messageId).toBe('absolute-promise');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([1, 29, 1, 69]);
    expect(flagged(text, m!)).toBe('I guarantee this will never happen again');
  });

  it('reports absolute claims without a marker', async () => {
    const [m] = await only(RULE, "It's permanently fixed.");
    expect(m!.messageId).toBe('absolute-claim');
    expect(m!.column).toBe(6);
    for (const t of ['This will never happen again.', 'I promise it’s 100% fixed.', 'You have my word it will be resolved immediately.', 'We’ll make sure this never happens again.']) {
      expect((await only(RULE, t)).length, t).toBeGreaterThan(0);
    }
  });

  it('leaves specific commitments, "As promised", "never" outside a promise and Guarantee the product alone', async () => {
    for (const t of [
      "I'll send the replacement by 5pm today and email you the tracking number.",
      'I promise I’ll call you back by noon tomorrow.',
      'As promised, here is the summary of our call.',
      'This should never have happened.',
      'We never share your details.',
      'Our Price Match Guarantee covers the difference.',
      'I can’t promise it will never happen again, but I’ve added a check.',
      'I’ll do my best to make sure it never happens again.',
    ]) expect(await spans(RULE, t), t).toEqual([]);
  });

  it('vague promises and promises for another team have their own message ids and spans', async () => {
    const text = "Thanks, Jo. We'll get it fixed soon.";
    const [m] = await only(RULE, text);
    expect(m!.messageId).toBe('vague-promise');
    expect(flagged(text, m!)).toBe("We'll get it fixed soon");
    expect(m!.message).toBe('This promises a fix with no time: say who is doing what, and by when.');
    const [o] = await only(RULE, 'Engineering will definitely add this feature.');
    expect(o!.messageId).toBe('other-team');
    expect(flagged('Engineering will definitely add this feature.', o!)).toBe('Engineering will definitely add');
  });
});

const FAMILIES: Record<string, { bad: string[]; good: string[] }> = {
  'vague promise': {
    bad: [
      "We'll get it fixed soon.",
      'The team will sort it out shortly.',
      "It'll be resolved in no time.",
      'I will have this sorted very soon.',
      "We're going to get your account working again shortly.",
      'Your connection will be back up in no time.',
      "I'll fix it as soon as possible.",
      'Someone will take care of it soon.',
      'The issue will be resolved shortly.',
      'We will definitely have it up and running soon.',
      'Our support team will deal with it shortly.',
      "Everything will be back to normal in a jiffy.",
      "I'm going to get this put right soon.",
      'An engineer will repair it soon.',
      'Your order will be sorted out quickly.',
      "We'll sort this out for you shortly.",
      'The app will be working again before long.',
      "It's going to be fixed any day now.",
      'We shall resolve this soon.',
      'The billing team will handle it in the near future.',
    ],
    good: [
      "We'll get it fixed by Friday.",
      'The team will sort it out within 24 hours.',
      "I'll have it resolved by 5pm today.",
      'We hope to have it fixed soon.',
      'It should be back up shortly.',
      "I'll call you back shortly.",
      "We'll be in touch soon with an update.",
      "I'll email you soon with the tracking link.",
      'The engineer will repair it on Monday at 9am.',
      'We fixed it this morning.',
      'Your router will be back to normal once the reset finishes tonight.',
      "We're working on a fix and expect it in two days.",
      "I can't promise it will be fixed soon, but I will update you on Thursday.",
      'I hope it gets sorted soon!',
      'See you soon!',
      'Hope you feel better soon.',
      "We'll send the new card shortly after you confirm the address.",
      'It will be fixed tomorrow morning.',
      'Our team will sort it out today and I will call you at 4pm.',
      'The fix is live now, so the app works again.',
    ],
  },
  'another team': {
    bad: [
      'Engineering will definitely add this feature.',
      "I'm sure our developers will fix the app.",
      'The product team will add that option.',
      'Our dev team will certainly fix this.',
      'The developers will absolutely bring back dark mode.',
      'The warehouse will definitely send a replacement.',
      "I'm confident the billing team will refund you.",
      'Our engineers will surely sort it.',
      'The app team will build this feature.',
      'Product will definitely include it in the next update.',
      "We're sure the tech team will get it working.",
      'The design team will introduce that setting.',
      'Our developers will implement your suggestion.',
      'The software team will definitely fix the bug.',
      'Billing will for sure approve the refund.',
      'The shipping team will definitely get it to you.',
      'The network team will undoubtedly resolve this.',
      "I'm certain engineering will add support for it.",
      'The games team will release that version.',
      'Our development team will definitely change the layout.',
    ],
    good: [
      "I've asked engineering to look at the feature, and I'll update you on Monday.",
      'The warehouse will send it tomorrow.',
      'Engineering has added the feature to the roadmap, with no date yet.',
      'Our developers fixed the app last night.',
      'I have passed your idea to the product team.',
      'The billing team refunded you this morning.',
      'The developers will release the fix on Thursday.',
      'Engineering will add the feature in version 5.2 on 3 June.',
      "I can't say whether the product team will add that option.",
      'Our engineers are looking at the fault now.',
      'The tech team may be able to help, so I have asked them.',
      'I will add the option to your account myself.',
      'You can add that option in Settings.',
      'The warehouse will definitely send it by Friday.',
      'Our dev team definitely knows about this bug.',
      "I'm sure you'll love the new design.",
      'The app team built this feature last year.',
      'The product team would like your feedback on it.',
      'Engineering will review the request on Tuesday.',
      'Our design team is working on dark mode.',
    ],
  },
};

for (const [family, { bad, good }] of Object.entries(FAMILIES)) {
  describe(`over-promise: ${family}`, () => {
    for (const t of bad) it(`flags ${JSON.stringify(t)}`, async () => expect((await only(RULE, t)).length, t).toBeGreaterThan(0));
    for (const t of good) it(`leaves ${JSON.stringify(t)}`, async () => expect(await spans(RULE, t), t).toEqual([]));
  });
}

describe('over-promise generalizes (moved from phrase-generalization)', () => {
  const bad = [
    'This issue is completely eliminated forever.',
    'I promise there won’t be any more delays.',
    'It will never break again.',
    'You won’t have any further issues.',
    'We’ve fixed it permanently.',
    'This problem will not come back.',
    'I guarantee you won’t have this problem again.',
    'This will never, ever happen again.',
  ];
  const good = [
    'You won’t be charged for the repair.',
    'There won’t be any more charges on your card.',
    'We’ve replaced the valve so the leak won’t come back.',
    'I can’t promise it won’t happen again, but we’ve added extra checks.',
    'The shop has permanently closed.',
  ];
  for (const t of bad) it(`fires on ${JSON.stringify(t)}`, async () => expect((await only(RULE, t)).length).toBeGreaterThan(0));
  for (const t of good) it(`does not fire on ${JSON.stringify(t)}`, async () => expect(await only(RULE, t)).toEqual([]));
});
