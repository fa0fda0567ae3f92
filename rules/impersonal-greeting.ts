// impersonal-greeting: "Dear Customer", "To whom it may concern", "Dear Passenger": a greeting addressed to a
// role instead of a person. A name ("Hi Maria") or a name placeholder ("Hi {{ticket.requester.first_name}}",
// "Dear [Customer Name]", masked before rules run) is what we want.
import { defineRule } from '../src/rule-api.js';
import { scan } from '../src/nlp/match.js';

// Role nouns that stand in for a name. Plural forms too ("Dear Residents", "Dear Customers").
const ROLE = String.raw`(?:customer|client|user|member|passenger|guest|patient|player|gamer|subscriber|shopper|buyer|purchaser|traveller|traveler|visitor|resident|tenant|homeowner|householder|occupier|occupant|applicant|candidate|student|parent|guardian|carer|caregiver|cardholder|card\s*holder|card\s*member|consumer|householder|occupant|holder|account\s*holder|policy\s*holder|policyholder|bill\s*payer|billpayer|ticket\s*holder|contributor|donor|supporter|investor|shareholder|stakeholder|partner|vendor|supplier|seller|merchant|driver|rider|diner|reader|viewer|listener|owner|sir|madam|madame|sirs|ma'am|friend|valued\s+one|recipient|employee|colleague|team\s+member|participant|attendee|delegate|learner|borrower|lender|caller|enquirer|inquirer|claimant|beneficiary|insured|sir\s*/\s*madam|sir\s+or\s+madam|sir\s+and\s+madam|sir\(s\)|madam\s*/\s*sir)(?:s|es)?`;
const HONORIFIC = String.raw`(?:valued|dear|esteemed|loyal|respected|treasured|new|existing|current|premium|prospective|fellow|gold|platinum|silver|vip|beloved|amazing|wonderful|lovely|\w+card)`;
// A greeting word at the start of a line, then (optionally qualified) role nouns, then the end of the
// greeting (comma, colon, line end, dash or "!"). "Dear Customer Services team" is not a greeting to a role.
const GREETING = new RegExp(
  String.raw`(?:^|(?<=\n)|(?<=^[ \t>*_#-]+)|(?<=\n[ \t>*_#-]+))` +
    String.raw`(?:(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day))(?:[ \t]+there)?[ \t]*,?[ \t]+(?:(?:${HONORIFIC})[ \t]+){0,2}${ROLE}(?:[ \t]*(?:/|or|and|&)[ \t]*(?:${HONORIFIC}[ \t]+)?${ROLE})?(?=[ \t]*(?:[,:;!.\n–—-]|$))` +
    String.raw`|to[ \t]+whom[ \t]+(?:it|this)[ \t]+may[ \t]+concern)`,
  'gim',
);

export default defineRule({
  meta: {
    id: 'impersonal-greeting',
    description: 'Greeting addressed to a role ("Dear Customer") instead of the person',
    family: 'phrase',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      why:
        '"Dear Customer" and "To whom it may concern" tell the reader they are getting a form letter before they read ' +
        'a word of it. Using their name is the cheapest way to show a person is writing to a person, and it sets the ' +
        'tone for the rest of the reply.',
      seeds: ['000 "Don\'t be too formal" (personalization)', '003 Complaint handling: "Drop all formalities"'],
    },
    examples: {
      bad: [
        'Dear Customer,\n\nYour refund has been processed.',
        'Dear valued customer,\nThanks for your order.',
        'Dear Sir/Madam,\nWe have received your claim.',
        'Dear Sir or Madam,\nYour parcel is on its way.',
        'To whom it may concern,\nThe invoice is attached.',
        'Dear user,\nYour password was reset.',
        'Hello customer, your ticket is open.',
        'Dear Passenger,\nYour flight has a new gate.',
        'Dear Guest,\nThank you for staying with us.',
        'Dear Valued Member,\nYour points have been added.',
        'Dear Account Holder,\nYour statement is ready.',
        'Dear Policyholder,\nYour renewal is due.',
        'Dear Residents,\nThe water will be off on Tuesday.',
        'Dear Patient,\nYour appointment is confirmed.',
        'Hi Player!\nYour reward has been credited.',
        'Dear Subscriber,\nYour issue has been posted.',
        'Dear Sir,\nThank you for your letter.',
        'Dear Madam,\nWe have received your complaint.',
        'Dear Valued Client:\nYour contract renews next month.',
        'Dear Parent/Guardian,\nThe trip has been moved to Friday.',
        'Good morning valued customer,\nHere is your update.',
        'Dear cardholder,\nYour new card is on its way.',
        'Dear Cardmember,\nYour statement is ready.',
        'Hey there, customer!\nYour order is on its way.',
        'Dear Esteemed Customer,\nThank you for your order.',
      ],
      good: [
        'Hi Maria,\nYour refund is on its way.',
        'Hi {{ticket.requester.first_name}},\nThanks for getting in touch.',
        'Hello Sam,\nYour parcel arrived at the depot.',
        'Dear [Customer Name],\nYour table is booked.',
        'Good afternoon, you’re through to Northway, this is Priya.',
        'Dear Mr Farah,\nYour order has shipped.',
        'Hi there, Sam! Your tickets are ready.',
        'Dear Customer Services team, thank you for the quick reply.',
        'We treat every customer the same way.',
        'Thanks for being a loyal customer, Dana.',
        'Hi Guest Relations, could you book a taxi for room 12?',
        'Dear Dr Kaplan,\nThank you for your enquiry.',
        'Dear Customer Support Team,\nThank you for the quick help.',
      ],
    },
  },
  check(reply, context) {
    for (const hit of scan(reply, GREETING)) {
      context.report({
        message: `"${hit.text.trim()}" greets a role, not a person. Use the customer's name.`,
        start: hit.start,
        end: hit.end,
        suggestions: [{
          desc: 'Greet the customer by name ("Hi Maria,") or with your help desk\'s name placeholder ("Hi {{ticket.requester.first_name}},").',
        }],
      });
    }
  },
});
