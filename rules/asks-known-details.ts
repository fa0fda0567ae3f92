// asks-known-details (context): the reply asks for a detail the customer already gave (an order or
// booking number, an email, a phone number, their name, a date, the device or version they use), in
// their latest message or an earlier turn. Kinds are matched, not words: a booking reference does not
// answer a request for an account number.
import { defineRule } from '../src/rule-api.js';
import { answeredBy, askedDetails, DETAIL_NAMES, givenDetails } from '../src/context/details.js';
import { shown } from '../src/context/report.js';

export default defineRule({
  meta: {
    id: 'asks-known-details',
    description: 'Asks the customer for a detail they already gave (order number, email, phone, name, date, device)',
    family: 'context',
    languages: ['en'],
    label: 'Known details',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      why:
        'Nothing tells a customer "nobody read my message" faster than being asked for the order number they ' +
        'put in the first line. Every repeat costs them another round trip and us their patience. Use what they ' +
        'gave; if it does not work, say so ("I could not find order 55120; could you check the number?").',
      seeds: ['000 "Customer retention strategies … listen completely": get specifics, then confirm you understand', '003 "Resolving customer complaints … repeat what you heard"'],
    },
    examples: {
      bad: [
        'Hi Priya,\n\nI am sorry the blender arrived cracked. Could you send me your order number so I can arrange a replacement?\n\nBest,\nOwen\n\nOn Tue, Priya Shah <priya@example.com> wrote:\n> My order 88231 came today and the blender jug is cracked.',
        'Hello,\n\nThanks for getting in touch. What is the best email address to reach you on?\n\nKind regards,\nLeah\n\nOn Wed, Sam wrote:\n> Please update me at sam.ortiz@example.net, I never got the invoice.',
        'Hi Jonas,\n\nSorry about the double booking. Please reply with your booking reference and we will fix it.\n\nThanks,\nMina\n\nOn Mon, Jonas wrote:\n> Booking ref QX7P2L shows two rooms for the same night.',
        'Sorry to hear the app keeps closing. Which device are you using?\n\nOn Fri, Ravi wrote:\n> The app crashes every time I open it on my iPhone 12.',
        'Hi,\n\nWe will call you back today. What is a good phone number for you?\n\nTeam Acme\n\nOn Thu, Dee wrote:\n> Call me on 07700 900461 please, the router is dead again.',
        'Hi there,\n\nCould you tell us your full name so we can find the account?\n\nOn Sat, Maria Lopez wrote:\n> My name is Maria Lopez and my card was charged twice.',
        'Hi Ken,\n\nI can look into that for you. What date did you place the order?\n\nAlex\n\nOn Mon, Ken wrote:\n> I placed the order on 14 March and it still has not shipped.',
        'Thanks for letting us know. Which version of the app are you on?\n\nOn Tue, Lia wrote:\n> Since updating to version 4.2.1 the export button does nothing.',
        'Hello,\n\nPlease send over the tracking number and I will chase the courier.\n\nOn Wed, Tom wrote:\n> Tracking number 1Z999AA10123456784 has not moved in five days.',
        'Hi Ana,\n\nCould you DM us your account number so we can check the charge?\n\nOn Thu, Ana wrote:\n> Still waiting on this.\n>\n> > On Mon, Acme wrote:\n> > Sorry about that, we are looking into it.\n> >\n> > > My account number is 4410 2298 and I was billed twice.',
        'Sorry the console will not turn on. What model do you have?\n\nOn Sun, Lee wrote:\n> My PS4 Pro shows a blue light and then shuts down.',
      ],
      good: [
        'Hi Priya,\n\nI am sorry the blender arrived cracked. I have sent a replacement for order 88231 today.\n\nBest,\nOwen\n\nOn Tue, Priya wrote:\n> My order 88231 came today and the blender jug is cracked.',
        'Hi Priya,\n\nI am sorry about the blender. Could you send me your order number so I can arrange a replacement?\n\nBest,\nOwen\n\nOn Tue, Priya wrote:\n> The blender I bought from you came with a cracked jug.',
        'Hello,\n\nThanks for getting in touch. I have resent the invoice to sam.ortiz@example.net just now.\n\nKind regards,\nLeah\n\nOn Wed, Sam wrote:\n> Please update me at sam.ortiz@example.net, I never got the invoice.',
        'Hi Jonas,\n\nSorry about the double booking. I have cancelled the second room on booking QX7P2L.\n\nThanks,\nMina\n\nOn Mon, Jonas wrote:\n> Booking ref QX7P2L shows two rooms for the same night.',
        'Sorry to hear the app keeps closing. Which version of iOS is your iPhone 12 on?\n\nOn Fri, Ravi wrote:\n> The app crashes every time I open it on my iPhone 12.',
        'Hi,\n\nWe will call you back today on the number you gave us. Is the morning or afternoon better?\n\nTeam Acme\n\nOn Thu, Dee wrote:\n> Call me on 07700 900461 please, the router is dead again.',
        'Hi there,\n\nCould you send us the email address on the account so we can find it?\n\nOn Sat, Maria Lopez wrote:\n> My name is Maria Lopez and my card was charged twice.',
        'Hi Ken,\n\nI can look into that for you. Could you send me the order number?\n\nAlex\n\nOn Mon, Ken wrote:\n> I placed the order on 14 March and it still has not shipped.',
        'Thanks for letting us know. Please do not share your account number here; we have sent you a secure link instead.\n\nOn Tue, Lia wrote:\n> Account 4410 2298 keeps getting locked.',
        'Hello,\n\nThanks for the tracking number. I have asked the courier to check why it has not moved.\n\nOn Wed, Tom wrote:\n> Tracking number 1Z999AA10123456784 has not moved in five days.',
        'Sorry the console will not turn on. Which model do you have?\n\nOn Sun, Lee wrote:\n> My PlayStation shows a blue light and then shuts down.',
      ],
    },
  },
  check(reply, context) {
    const ctx = reply.context;
    if (!ctx) return;
    const given = givenDetails(ctx);
    if (given.length === 0) return;
    for (const asked of askedDetails(reply)) {
      const known = answeredBy(asked.kind, given);
      if (!known) continue;
      // "Can you confirm 55120 is the right order?": the reply uses the detail, it does not ask for it.
      if (known.value && asked.sentence.text.toLowerCase().includes(known.value.toLowerCase())) continue;
      const where = known.where === 'message' ? 'in their message' : 'earlier in the conversation';
      context.report({
        messageId: 'asks-known-details',
        message: `This asks for the customer's ${DETAIL_NAMES[asked.kind]}, which they already gave ${where} ("${shown(known.text, 60)}"). Use it instead of asking again.`,
        start: asked.start,
        end: asked.end,
        suggestions: [{ desc: `Use what they gave: "I've looked up ${shown(known.text, 40)} and ..."; ask again only if it did not work, and say why.` }],
      });
    }
  },
});
