// Generalization of the phrase rules (the rules-b ones moved to test/rules/<id>.test.ts): paraphrases a support trainer would write for each rule (synonyms,
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
