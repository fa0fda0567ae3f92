// Generalization of the 13 phrase rules: paraphrases a support trainer would write for each rule (synonyms,
// British/American spellings, contracted and uncontracted forms, curly apostrophes, I/we, other word orders),
// and near-misses from the boundary decisions in RULES.md that must not fire. Written fresh for this file, not
// taken from the labeled corpus, so a rule that only knows its own examples fails here.
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';

interface Cases { bad: string[]; good: string[]; channel?: 'social' | 'email' }

const CASES: Record<string, Cases> = {
  'non-apology': {
    bad: [
      'We’re sorry you feel let down by our service.',
      'I regret that you feel this way.',
      'We apologise for any distress caused.',
      'Please accept our apologies for any inconvenience.',
      'I’m sorry you perceive our response as slow.',
      'We are sorry that you have been experiencing problems with your connection.',
      'We’re sorry you had a less than perfect experience.',
      'My apologies if that wasn’t clear.',
    ],
    good: [
      'I’m sorry we sent you the wrong colour.',
      'We apologize for charging you twice.',
      'I’m sorry you were billed after you cancelled.',
      'I’m sorry for the confusion our letter caused.',
      'I’m sorry you didn’t get the email we promised.',
    ],
  },
  'negative-follow-up': {
    bad: [
      'Is there anything else going wrong?',
      'Are you experiencing any other issues?',
      'Anything else that’s gone wrong?',
      'Are there more problems I should know about?',
      'Is there anything else that is bothering you?',
      'Has anything else stopped working?',
      'Do you have any additional complaints?',
      'Is there any other problem you’d like to report?',
    ],
    good: [
      'Is there anything more I can help you with?',
      'Was there anything else you needed?',
      'If you notice any other problems, just reply here.',
      'Is there any other order you’d like me to check?',
      'Do you have any other questions for me?',
    ],
  },
  'corporate-stiff': {
    bad: [
      'We acknowledge receipt of your email.',
      'With reference to your enquiry, the price has changed.',
      'Should you have any further questions, please contact us.',
      'We are writing to inform you that your order has shipped.',
      'We would like to inform you that the fee has been removed.',
      'We endeavoured to contact you several times.',
      'I’ll revert back to you by Friday.',
      'Utilizing the portal, you can view your bills.',
    ],
    good: [
      'Regarding your delivery, it’s arriving Friday.',
      'Further to our call, I’ve booked the engineer.',
      'Rooms are £90 per night.',
      'We’ll revert the change if you don’t like it.',
      'Thank you kindly for your patience.',
    ],
  },
  'impersonal-greeting': {
    bad: [
      'Dear Valued Customers,\nWe are closed today.',
      'Hello Valued Guest,\nYour room is ready.',
      'Dear Cardmember,\nYour statement is ready.',
      'Hey there, customer!\nYour order is on its way.',
      'Dear Esteemed Customer,\nThank you for your order.',
      'Dear Ticket Holder,\nThe concert has moved to Friday.',
      'Good afternoon Customer,\nYour refund is done.',
      'Dear Sir / Madam,\nYour claim is approved.',
    ],
    good: [
      'Hi Priya,\nYour order is on its way.',
      'Hello {{customer.first_name}},\nGood news!',
      'Dear Customer Support Team,\nThank you for the quick help.',
      'Hi Sam, thanks for being a member.',
      'Customers who order before noon get next-day delivery.',
    ],
  },
  'unexplained-transfer': {
    bad: [
      'Your issue has been passed on.',
      'I’ve referred this to head office.',
      'I have handed your complaint to a colleague.',
      'Your ticket has been reassigned to another team.',
      'One moment while I transfer you.',
      'I’ve escalated this to my manager.',
      'Your complaint was escalated to senior management.',
      'I’m connecting you to another department.',
    ],
    good: [
      'I’m transferring you to Omar in billing, who can reverse the charge.',
      'Your parcel was handed over to the courier this morning.',
      'I’ve transferred your points to your partner’s account.',
      'Thanks for the lovely feedback, I’ll pass it on to the team!',
      'We’ll refer this to our wireless team, since we only handle broadband accounts.',
    ],
  },
  'robotic-script': {
    bad: [
      'This is an automatically generated email.',
      'This notification was generated automatically.',
      'This email was sent from an unmonitored address.',
      'Your call matters to us.',
      'We value you as a customer.',
      'We are experiencing longer than normal wait times.',
      'Your satisfaction is our priority.',
      'Your call is being held in a queue.',
    ],
    good: [
      'The order was generated automatically by your subscription.',
      'We appreciate your loyalty and support!',
      'Your kind words mean a lot to us!',
      'Sorry for the longer than usual wait today.',
      'Please reply to this email with the photo and I’ll look at it.',
    ],
  },
  'downplays-problem': {
    bad: [
      'This is a very rare issue.',
      'It’s merely a cosmetic issue.',
      'The scratch is purely cosmetic.',
      'We’ve had no other complaints about this product.',
      'The charge was only a couple of pounds.',
      'It was only a ten-minute delay.',
      'It shouldn’t cause you any trouble.',
      'It’s not that serious.',
    ],
    good: [
      'Rare steak is available on request.',
      'As a one-off, I’ve refunded the delivery fee.',
      'The price is only £5 for next-day delivery.',
      'That’s unusual, so I’ve asked an engineer to check your line.',
      'We found a cosmetic scratch, so we’re replacing the table.',
    ],
  },
  'blames-customer': {
    bad: [
      'As stated in our terms, refunds take 14 days.',
      'If you had read the email, you’d know.',
      'As mentioned in my previous email, the fee is non-refundable.',
      'As per my last email, the offer has ended.',
      'You should’ve double-checked the dates.',
      'This happened because you didn’t update the app.',
      'Please read our FAQ before contacting us.',
      'Please stop shouting.',
    ],
    good: [
      'As we discussed on the phone, I’ve booked the engineer for Tuesday.',
      'As stated in your contract, you’re entitled to a free repair, so I’ve booked one.',
      'As mentioned in our email on Monday, the engineer will arrive on Friday.',
      'Since you didn’t receive the code, I’ve sent a new one.',
      'Because you chose express delivery, it will arrive tomorrow.',
    ],
  },
  'deflects-responsibility': {
    bad: [
      'That falls outside our remit.',
      'It’s the bank’s fault, not ours.',
      'That’s a matter for the airline.',
      'The system won’t let me do that.',
      'Our terms don’t permit refunds after 30 days.',
      'That decision is out of my hands.',
      'The courier is responsible for that, not us.',
      'It’s up to the courier now.',
    ],
    good: [
      'You aren’t responsible for the extra postage.',
      'The decision is yours, not ours.',
      'That’s a matter for the airline, but I’ve contacted them for you.',
      'It’s up to you whether you’d like a refund or a replacement.',
      'Our returns policy gives you 60 days, so there’s plenty of time.',
    ],
  },
  'over-promise': {
    bad: [
      'This issue is completely eliminated forever.',
      'I promise there won’t be any more delays.',
      'It will never break again.',
      'You won’t have any further issues.',
      'We’ve fixed it permanently.',
      'This problem will not come back.',
      'I guarantee you won’t have this problem again.',
      'This will never, ever happen again.',
    ],
    good: [
      'You won’t be charged for the repair.',
      'There won’t be any more charges on your card.',
      'We’ve replaced the valve so the leak won’t come back.',
      'I can’t promise it won’t happen again, but we’ve added extra checks.',
      'The shop has permanently closed.',
    ],
  },
  'cancellation-friction': {
    bad: [
      'Before you leave, can I offer you 50% off?',
      'Cancelling means you will lose your points.',
      'Once you cancel, your rewards balance will disappear.',
      'Unsubscribing means missing out on exclusive member deals.',
      'You can only cancel by speaking to an advisor.',
      'Rather than cancelling, how about a cheaper package?',
      'We’re sad to see you go. Can we tempt you with a discount to stay?',
      'Would you like to stay for a lower price?',
    ],
    good: [
      'If you cancel your booking, you’ll lose the deposit.',
      'If you close your account, your data will be deleted after 30 days as required by law.',
      'Before you go, here’s your final invoice.',
      'We’d like to offer you a free night to stay with us.',
      'The cancellation fee is £10 and you can pay online.',
    ],
  },
};

async function firedRules(text: string, channel: 'social' | 'email'): Promise<string[]> {
  const [result] = await lintText(text, { useConfig: false, kind: 'general', channel });
  return result!.messages.map((m) => m.ruleId ?? '');
}

describe.each(Object.entries(CASES))('%s generalizes', (rule, cases) => {
  const channel = cases.channel ?? 'email';
  it.each(cases.bad)(`fires on %j`, async (text) => {
    expect(await firedRules(text, channel)).toContain(rule);
  });
  it.each(cases.good)(`does not fire on %j`, async (text) => {
    expect(await firedRules(text, channel)).not.toContain(rule);
  });
});
