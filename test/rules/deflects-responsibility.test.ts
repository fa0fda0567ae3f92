// deflects-responsibility: exact messages and positions, the catalog-2 families (our own tools, our company as
// "they", a rule with no reason and no way forward, powerlessness, a vendor blamed), the exemptions (a policy
// waived, a third party named while the agent owns the fix) and the boundary with dead-end (a bare refusal).
import { describe, expect, it } from 'vitest';
import { expectClean, expectFlags, flagged, only } from '../helpers/rule-lint.js';

const messageIds = async (rule: string, text: string, run?: Parameters<typeof only>[2]) => (await only(rule, text, run)).map((m) => m.messageId);
const RULE = 'deflects-responsibility';
const id = async (t: string) => (await only(RULE, t))[0]?.messageId;

describe('deflects-responsibility', () => {
  it('points at the push-back clause', async () => {
    const text = 'Hi Sam,\n\nThe courier lost it, so you’ll need to contact them.';
    const [m, ...rest] = await only(RULE, text);
    expect(rest).toHaveLength(0);
    expect(m!.messageId).toBe('push-back');
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([3, 25, 3, 52]);
    expect(flagged(text, m!)).toBe('you’ll need to contact them');
  });

  it('gives each kind of deflection its messageId', async () => {
    expect(await id('Per company policy, we cannot refund this.')).toBe('policy-shield');
    expect(await id('There’s nothing I can do.')).toBe('cannot-help');
    expect(await id('That’s not my department.')).toBe('not-ours');
    expect(await id('This is out of our control.')).toBe('not-ours');
    expect(await id('We are not responsible for delays.')).toBe('not-ours');
    expect(await id('The system won’t let me change it.')).toBe('blames-tools');
    expect(await id('Management decided that.')).toBe('company-as-they');
    expect(await id('They don’t stock that any more.')).toBe('company-as-they');
    expect(await id('I just work here.')).toBe('powerless');
    expect(await id('Our payment provider had an outage.')).toBe('blames-vendor');
  });

  it('does not fire when a policy is waived for the customer', async () => {
    await expectClean(RULE, [
      "Our refund window is 30 days, but I've made an exception and refunded you today.",
      'Our policy is to charge the fee after two days, but in this case I’ve removed it.',
      'That’s our usual policy, but I’ve waived it this time.',
      'As a one-time courtesy, I’ve refunded the late fee.',
      'It’s normally against our rules, but as a goodwill gesture I’ve refunded it.',
    ]);
    await expectFlags(RULE, ['That’s our policy.', 'As per our terms and conditions, opened items cannot be returned.']);
  });

  it('does not fire when a third party is named and the agent owns the fix (same or next sentence)', async () => {
    await expectClean(RULE, [
      "The courier lost the parcel, so I'm sending a replacement and filing the claim with them myself.",
      'The delay was caused by the courier. I’ve contacted them myself and they’ll deliver tomorrow.',
      'You don’t need to contact the bank; I’ve already raised it with them.',
      'You’re not responsible for the extra charge; I’ve reversed it.',
    ]);
    await expectFlags(RULE, ['You will need to contact your bank to find out why the payment failed.']);
  });

  it('reports the message with the flagged words and a suggestion', async () => {
    const text = 'Thanks for waiting. Head office won’t let us give refunds on sale items.';
    const [m] = await only(RULE, text);
    expect(m).toMatchObject({ ruleId: RULE, messageId: 'company-as-they', line: 1, column: 21 });
    expect(flagged(text, m!)).toBe('Head office won’t let us');
    expect(m!.message).toBe('This speaks of our own company as someone else ("Head office won\'t let us"). Say "we" and own the decision.');
    expect(m!.suggestions?.[0]?.desc).toMatch(/^Say "we"/);
    expect(m!.fix).toBeUndefined();
  });

  it('generalizes: paraphrases a trainer would write', async () => {
    await expectFlags(RULE, [
      'That falls outside our remit.',
      'It’s the bank’s fault, not ours.',
      'That’s a matter for the airline.',
      'The system won’t let me do that.',
      'Our terms don’t permit refunds after 30 days.',
      'That decision is out of my hands.',
      'The courier is responsible for that, not us.',
      'It’s up to the courier now.',
    ]);
    await expectClean(RULE, [
      'You aren’t responsible for the extra postage.',
      'The decision is yours, not ours.',
      'That’s a matter for the airline, but I’ve contacted them for you.',
      'It’s up to you whether you’d like a refund or a replacement.',
      'Our returns policy gives you 60 days, so there’s plenty of time.',
    ]);
  });

  it('catalog 2: blaming our own tools', async () => {
    await expectFlags(RULE, [
      'Our ordering system won’t allow me to change the address after dispatch.',
      'The software doesn’t let us split a payment.',
      'Sorry, the computer has wiped your saved basket.',
      'My screen isn’t showing me any way to add the discount.',
      'The booking platform keeps declining your card, so there’s nothing more we can do.',
      'The app crashed and lost your draft, so you’ll have to start again.',
      'The servers were down, which is why your order failed.',
    ]);
    await expectClean(RULE, [
      'The app crashed and lost your draft, so I’ve restored it from last night’s backup.',
      'Our system double-charged you, and I’ve refunded the second payment.',
      'The system lets you change the address until dispatch.',
      'Our software now lets you split a payment.',
      'You booked through another airline, which is why our site isn’t accepting the reference; I’ve emailed their desk for you.',
    ]);
  });

  it('catalog 2: our own company spoken of as "they" or "management"', async () => {
    await expectFlags(RULE, [
      'They’ve decided to close the branch in June.',
      'They don’t do refunds on gift cards any more.',
      'They make us charge for carrier bags now.',
      'Management won’t approve a second refund.',
      'Upper management has changed the returns rules.',
      'The higher-ups decided to end the loyalty scheme.',
      'That decision came from head office.',
      'It was a corporate decision, so it’s out of my hands.',
      'Thanks for asking. They won’t reopen the café before spring.',
    ]);
    await expectClean(RULE, [
      'We’ve decided to close the branch in June, and your account moves to our Leeds branch automatically.',
      'I spoke to the courier. They no longer deliver to PO boxes, so I’ve switched you to a locker.',
      'Your parents called us yesterday. They don’t need to do anything else.',
      'Management has approved your refund.',
      'Our head office team will call you at 10am to arrange the repair.',
      'The engineers came on Tuesday. They changed the filter and tested the boiler.',
      'If they don’t deliver by Friday, I’ll refund the postage.',
    ]);
  });

  it('catalog 2: a rule quoted with no reason and no way forward', async () => {
    await expectFlags(RULE, [
      'Our terms say deposits are non-refundable.',
      'Company rules state that we cannot accept returns without a receipt.',
      'That’s against our terms of service.',
      'That goes against company policy.',
      'You’re past the cancellation deadline, so the fee stands.',
      'Your warranty has expired, so we won’t repair it.',
      'The return window has closed.',
      'Per our guidelines, we don’t offer compensation for delays under an hour.',
      'In line with our procedures, we are unable to reopen the claim.',
      'That is not the policy.',
      'Our returns procedure doesn’t permit exchanges on sale items.',
      'Our policy requires a signed form, otherwise the clinic cannot book you in.',
    ]);
    await expectClean(RULE, [
      'Refunds close after 14 days because the stock is resold, but I can give you store credit today.',
      'Our terms say deposits are refundable up to a week before, so you’ll get yours back.',
      'Under our terms, you can return it within 60 days.',
      'The return window has closed, but I can offer you an exchange instead.',
      'Per our guidelines, I’ve added a £10 credit for the delay.',
      'Our policy is to reply within one working day.',
      'The policy covers accidental damage, so I’ve booked the repair.',
      'That’s our standard process: we check the part, then send a new one within two days.',
      'It’s a quick process, and I can walk you through it now.',
    ]);
  });

  it('catalog 2: powerlessness', async () => {
    await expectFlags(RULE, [
      'It’s beyond my authority.',
      'That’s above my pay grade.',
      'I’m just a customer service agent.',
      'We’re only the messengers here.',
      'Don’t shoot the messenger.',
      'My team leader will say exactly the same.',
      'There are no managers available today.',
      'What else do you want me to do?',
      'I’m not permitted to override the charge.',
      'We aren’t in a position to offer compensation.',
      'I have no authority over refunds.',
    ]);
    await expectClean(RULE, [
      'I’m a customer service agent, and I’ve refunded you today.',
      'I’m not allowed to share the engineer’s number, but I’ve asked him to call you at 2pm.',
      'There’s no supervisor available right now, so I’ve booked a call back with one tomorrow at 9am.',
      'What would be the best time for me to call you back?',
      'Let me know what you want me to do with the old parts.',
      'What would you like us to do to put this right?',
    ]);
  });

  it('catalog 2: not ours, and a vendor blamed with no one owning the fix', async () => {
    await expectFlags(RULE, [
      'The issue isn’t coming from our side.',
      'That has nothing to do with our team.',
      'This isn’t really our problem.',
      'That’s not my job.',
      'It’s not my/our fault.',
      'It’s the airline’s responsibility, not ours.',
      'Delays like this couldn’t have been avoided.',
      'There was nothing we could have done.',
      'The leak was caused by the builder, not by us.',
      'We can’t be held responsible if the parcel is left outside.',
      'Our shipping partner has had technical issues all week.',
      'Apologies, our payment processor is currently down.',
      'The supplier made an error with the sizing.',
      'Our courier dropped the ball on this one.',
    ]);
    await expectClean(RULE, [
      'This isn’t your problem to solve; I’ll sort it today.',
      'It’s not your fault at all.',
      'The leak was caused by the builder, and I’ve sent our plumber to fix it at our cost.',
      'The supplier made an error with the sizing, so I’ve sent you the right size today.',
      'Our courier had problems in your area, so I’ve rebooked delivery for tomorrow morning.',
      'Our delivery partner was late. I’m sorry; I’ve refunded your delivery fee.',
    ]);
  });

  it('catalog 2: the customer sent to chase a third party', async () => {
    await expectFlags(RULE, [
      'You’ll have to take this up with the manufacturer.',
      'You should speak to your landlord about it.',
      'You may want to get in touch with your card provider.',
      'We recommend contacting the retailer directly.',
      'Please raise this with your insurer.',
      'Best to check with the airline.',
      'It would be best to reach out to them directly.',
      'Sorry we can’t help, but their phone number is 0800 000 0000.',
    ]);
    await expectClean(RULE, [
      'You won’t need to contact the manufacturer; I’ve arranged the repair.',
      'If you’d like, you can also contact the retailer, but I’m handling it.',
      'You can reach us on 0800 000 000 if you need anything else.',
      // Our own teams and lines: unexplained-transfer's send-away, not a push-back.
      'You’ll need to contact the billing team.',
      'You’ll need to contact Customer Services on 0800 000 000.',
    ]);
  });

  it('leaves a bare refusal to dead-end, and owns a refusal that names its cause', async () => {
    // A refusal or "I don't know" with no cause named is dead-end's, not deflection.
    await expectClean(RULE, ['We can’t do that.', 'I can’t help you with that.', 'That’s not possible.', 'I don’t know.', 'We don’t offer that.']);
    // A refusal that hides behind a rule, the system or management is deflection (reported here).
    expect(await messageIds(RULE, 'Per our policy, we can’t do that.')).toEqual(['policy-shield']);
    expect(await messageIds(RULE, 'The system won’t let me do that.')).toEqual(['blames-tools']);
    expect(await messageIds(RULE, 'Management won’t let us do that.')).toEqual(['company-as-they']);
  });
});
