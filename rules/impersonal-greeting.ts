// impersonal-greeting: "Dear Customer", "To whom it may concern", "Dear Passenger": a greeting addressed to a
// role instead of a person. A name ("Hi Maria") or a name placeholder ("Hi {{ticket.requester.first_name}}",
// "Dear [Customer Name]", masked before rules run) is what we want, and so is a phone pick-up line ("Good
// afternoon, you're through to Northway"). On the phrase table: the greeting words are the triggers.
import { definePhraseRule } from '../src/phrases/define.js';
import type { PhraseEntry } from '../src/phrases/table.js';

// Role nouns that stand in for a name. Plural forms too ("Dear Residents", "Dear Customers").
const ROLE = String.raw`(?:customer|client|user|member|passenger|guest|patient|player|gamer|subscriber|shopper|buyer|purchaser|traveller|traveler|visitor|resident|tenant|homeowner|householder|occupier|occupant|applicant|candidate|student|parent|guardian|carer|caregiver|cardholder|card\s*holder|card\s*member|consumer|householder|occupant|holder|account\s*holder|account\s*owner|policy\s*holder|policyholder|bill\s*payer|billpayer|ticket\s*holder|contributor|donor|supporter|investor|shareholder|stakeholder|partner|vendor|supplier|seller|merchant|driver|rider|diner|reader|viewer|listener|owner|sir|madam|madame|sirs|ma'am|friend|valued\s+one|recipient|employee|colleague|team\s+member|participant|attendee|delegate|learner|borrower|lender|caller|enquirer|inquirer|claimant|beneficiary|insured|investor|shareholder|stockholder|unitholder|bondholder|partner|friend|colleague|neighbour|neighbor|commuter|traveler|rider|fan|follower|patron|requester|requestor|sender|correspondent|booker|renter|lessee|leaseholder|pass\s*holder|member\s+of\s+the\s+public|sir\s*/\s*madam|sir\s+or\s+madam|sir\s+and\s+madam|sir\(s\)|madam\s*/\s*sir)(?:s|es)?`;
const HONORIFIC = String.raw`(?:valued|dear|esteemed|loyal|respected|treasured|new|existing|current|premium|prospective|fellow|gold|platinum|silver|vip|beloved|amazing|wonderful|lovely|\w{1,12}card)`;
// A greeting word at the start of a line or a sentence, then (optionally qualified) role nouns, then the end of
// the greeting (comma, colon, line end, dash or "!"). "Dear Customer Services team" is not a greeting to a role.
const ROLES = String.raw`(?:(?:${HONORIFIC})[ \t]+){0,2}${ROLE}(?:[ \t]*(?:/|or|and|&|,)[ \t]*(?:(?:${HONORIFIC})[ \t]+)?${ROLE}){0,3}`;
const LINE_START = String.raw`(?:^|(?<=\n)|(?<=^[ \t>*_#-]{1,12})|(?<=\n[ \t>*_#-]{1,12})|(?<=[.!?][ \t]{1,4}))`;
const GREETING_WORD = String.raw`(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day))`;
const END = String.raw`(?=[ \t]*(?:[,:;!.\n–—…-]|$))`;

/** Greeting-sized gaps: at most three spaces or tabs between words. */
const narrow = (source: string) => source.replace(/\[ \\t\]\*/g, '[ \\t]{0,3}').replace(/\[ \\t\]\+/g, '[ \\t]{1,3}').replace(/\\s\*/g, '\\s{0,3}').replace(/\\s\+/g, '\\s{1,3}');

const ENTRIES: PhraseEntry[] = [
  {
    name: 'greeting-to-a-role', triggers: ['dear', 'hi', 'hello', 'hey', 'hiya', 'greetings', 'morning', 'afternoon', 'evening', 'day'],
    regex: String.raw`${LINE_START}${GREETING_WORD}(?:[ \t]+there)?[ \t]*,?[ \t]+${ROLES}${END}`,
    flags: 'im',
  },
  { name: 'to-whom', triggers: ['whom'], regex: String.raw`${LINE_START}to[ \t]+whom[ \t]+(?:it|this)[ \t]+may[ \t]+concern`, flags: 'im' },
  {
    // A role as the name in the middle of a sentence: "Thank you for your patience, valued customer."
    name: 'role-as-name', triggers: ['valued', 'esteemed', 'dear', 'respected', 'treasured'],
    regex: String.raw`(?<=,[ \t]{1,3})(?:valued|esteemed|dear|respected|treasured)[ \t]+${ROLE}(?=[ \t]*[.!?,]|[ \t]*$)`,
    flags: 'im',
  },
];

export default definePhraseRule({
  meta: {
    id: 'impersonal-greeting',
    description: 'Greeting addressed to a role ("Dear Customer") instead of the person',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      role: '"{{text}}" greets a role, not a person. Use the customer\'s name.',
    },
    docs: {
      why:
        '"Dear Customer" and "To whom it may concern" tell the reader they are getting a form letter before they read ' +
        'a word of it. Using their name is the cheapest way to show a person is writing to a person, and it sets the ' +
        'tone for the rest of the reply. Any role used as a name does the same ("Dear Passenger", "Dear Policyholder", ' +
        '"Hello valued member"); a name placeholder ("Dear [Customer Name]", "Hi {{ticket.requester.first_name}}") and a ' +
        'phone pick-up line ("Good afternoon, you\'re through to Northway") are fine.',
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
        // catalog 2: role nouns used as a name
        'Dear Shareholders/Investors and Friends,\nOur results are out.',
        'Hello valued members!\nThe pool reopens on Monday.',
        'Thank you for waiting, valued customer.',
        'Good evening, dear guests.\nDinner is served at seven.',
        'Dear Ticket Holder,\nThe concert has moved to Friday.',
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
        'Hello, you’re through to the Harbour Hotel, Tom speaking.',
        'Hi all, the update is below.',
        'Dear Mrs Okafor,\nYour order has shipped.',
        'Our guests love the new pool.',
      ],
    },
  },
  table: ENTRIES.map((e) => ({ ...e, regex: narrow(e.regex!) })),
  report(hits, reply, context) {
    for (const hit of hits) {
      context.report({
        messageId: 'role',
        data: { text: hit.text.trim() },
        start: hit.start,
        end: hit.end,
        suggestions: [{ desc: 'Greet the customer by name ("Hi Maria,") or with your help desk\'s name placeholder ("Hi {{ticket.requester.first_name}},").' }],
      });
    }
  },
});
