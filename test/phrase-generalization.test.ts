// Generalization of the phrase rules (those of rules-a's set moved to test/rules/<id>.test.ts): paraphrases a support trainer would write for each rule (synonyms,
// British/American spellings, contracted and uncontracted forms, curly apostrophes, I/we, other word orders),
// and near-misses from the boundary decisions in RULES.md that must not fire. Written fresh for this file, not
// taken from the labeled corpus, so a rule that only knows its own examples fails here.
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';

interface Cases { bad: string[]; good: string[]; channel?: 'social' | 'email' }

const CASES: Record<string, Cases> = {
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
  'public-channel': {
    channel: 'social',
    bad: [
      'We’ve checked account 5510-22 and the payment went through.',
      'What’s your registered email address?',
      'Please comment with the email linked to your account.',
      'Could you let us know your date of birth and postcode?',
      'Can you tell us the last 4 digits of your card?',
      'Hi Leo, the refund for order #448192 went out today.',
      'That’s frustrating, sorry. The outage is in your area. Engineers are working on it. It should be back by 6pm.',
      'Please tweet us your postcode so we can check coverage.',
    ],
    good: [
      'Please send us a private message with your account details.',
      'Happy to help! Please DM us your postcode so we can check the outage.',
      'Sorry for the wait. Please fill in this secure form: https://example.com/help',
      'Thank you for the kind words about our staff.',
      'Sorry about the delay, Mo. We’ve DMed you the tracking details.',
    ],
  },
  'heated-tone': {
    bad: [
      'The fee is NON-REFUNDABLE.',
      'We DID send the email.',
      'IMPORTANT: you must return the form.',
      'You have to wait UNTIL Monday.',
      'That is simply NOT TRUE.',
      'Do you understand?!',
      'Nice try, but the refund window has closed.',
      'The PULSEFIT app is new.',
    ],
    good: [
      'Are you still experiencing XFINITY Internet service issues?',
      'To open settings, click XFINITY on the remote.',
      'We’ve updated the <PROJECT NAME> template.',
      'Hi <AGENT_NAME>, the macro is ready.',
      'Welcome to IKEA Family!',
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

describe('template placeholders in angle brackets', () => {
  it('masks <ALL_CAPS> placeholders but never HTML tag names', async () => {
    expect(await firedRules('Please see <ISSUE_NUMBER> for the update.', 'email')).not.toContain('heated-tone');
    // <BR> is a tag, so the shouted word after it is still read
    expect(await firedRules('Line one<BR>We NEVER do that.', 'email')).toContain('heated-tone');
    expect(await firedRules('This is <B>REALLY</B> bad.', 'email')).toContain('heated-tone');
  });
});
