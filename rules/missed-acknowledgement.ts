// missed-acknowledgement (context): the customer said what went wrong, and the reply never names it.
// "I understand" or "sorry for the trouble" with nothing after it shows no one read the message; a
// reply that says the problem back ("sorry the parcel came crushed") does. With context, this is what
// the checklist's Acknowledge item asks for.
import { defineRule } from '../src/rule-api.js';
import { scan } from '../src/nlp/match.js';
import { customerProblem, echoesProblem } from '../src/context/problem.js';
import { shown, wholeReply } from '../src/context/report.js';

/** Generic acknowledgements: they say something was heard, not what. */
const GENERIC_ACK = /\b(?:(?:I|we)\s+(?:completely\s+|totally\s+|fully\s+|really\s+|do\s+)?(?:understand|hear\s+you|get\s+it|see\s+(?:that|what\s+you\s+mean))|(?:so\s+|very\s+|really\s+|terribly\s+|truly\s+)?sorry(?:\s+(?:for|about)\s+(?:the|this|that|any|all\s+the|your)\s+(?:trouble|inconvenience|hassle|issue|issues|problem|problems|experience|frustration|confusion|situation|mix-?up|bother)|\s+to\s+hear(?:\s+(?:that|this|about\s+(?:this|that)))?|\s+about\s+(?:that|this))?|apologi[sz]e(?:\s+for\s+(?:the|any|this)\s+(?:inconvenience|trouble|issue))?|apologies(?:\s+for\s+(?:the|any|this)\s+(?:inconvenience|trouble|issue))?|that(?:'s|\s+is)\s+(?:frustrating|annoying|not\s+(?:good|great|ideal|okay|ok))|thanks?\s+(?:you\s+)?for\s+(?:letting\s+us\s+know|reaching\s+out|flagging\s+(?:this|that)|bringing\s+(?:this|that)\s+to\s+our\s+attention|your\s+(?:message|feedback|patience)))\b/gi;

export default defineRule({
  meta: {
    id: 'missed-acknowledgement',
    description: 'The customer said what went wrong, and the reply never names it ("I understand" alone)',
    family: 'context',
    languages: ['en'],
    label: 'Names the problem',
    defaultSeverity: 'warn',
    fixable: false,
    checklist: 'acknowledge',
    docs: {
      why:
        'Acknowledging a complaint means showing you know what happened to this customer. "I understand" and ' +
        '"sorry for the inconvenience" fit any message, so they read as a template. Name the problem in their ' +
        'terms ("I\'m sorry the parcel arrived crushed and two days late"): it proves you read it, and it makes ' +
        'sure you are fixing the right thing. With the customer\'s message given, the checklist\'s Acknowledge ' +
        'item asks for this too.',
      seeds: ['001 step 1: "Acknowledge the problem"', '003 "Resolving customer complaints … repeat what you heard"', '002 "Never Try to Downplay the Customers Problem": repeat it back'],
    },
    examples: {
      bad: [
        'Hi Lena,\n\nI understand. We will look into this for you and be in touch soon.\n\nBest,\nTom\n\nOn Mon, Lena wrote:\n> You sent the wrong colour: the jacket is black, not blue, and I need it for a wedding on Saturday.',
        'Hello,\n\nSorry for the inconvenience. Please reply with a good time to call.\n\nAcme Care\n\nOn Tue, Raj wrote:\n> Your engineer never turned up and I took the day off work to wait for him.',
        'Hi Sam,\n\nThanks for letting us know. Our team will be in touch shortly.\n\nOn Wed, Sam wrote:\n> I have been charged twice for the same taxi ride.',
        'We apologise for any inconvenience caused. Have a lovely day.\n\nOn Thu, Kim wrote:\n> My parcel was left on the doorstep in the rain and the books inside are ruined.',
        'Hi Jo,\n\nSorry to hear that! Please send us a DM with your details.\n\nOn Fri, Jo wrote:\n> The heating in my flat has not worked for four days.',
        'Hello Mr Park,\n\nThank you for your message. A member of our team will contact you within 48 hours.\n\nOn Sat, Mr Park wrote:\n> The refund you promised last week still has not reached my account.',
        'Hi Ava,\n\nI totally understand, and we are on it.\n\nOn Sun, Ava wrote:\n> The app logs me out every few minutes since the update.',
        'Hi there,\n\nSorry about that. Could you tell us which store you visited?\n\nOn Mon, Ben wrote:\n> The burrito I picked up at lunch was cold and half of it was missing.',
        'Dear Ms Sato,\n\nWe are sorry for your experience and have passed your comments on.\n\nOn Tue, Ms Sato wrote:\n> The room was not cleaned once during our three-night stay.',
        'Hey Leo,\n\nThat is frustrating! Let us know if there is anything else we can do.\n\nOn Wed, Leo wrote:\n> My flight was cancelled and nobody told me until I got to the gate.',
        'Hi Nia,\n\nWe hear you. Please bear with us.\n\nOn Thu, Nia wrote:\n> The washing machine you delivered leaks all over the kitchen floor.',
      ],
      good: [
        'Hi Lena,\n\nI am sorry we sent a black jacket instead of the blue one you needed for Saturday. The blue one goes out by express today.\n\nBest,\nTom\n\nOn Mon, Lena wrote:\n> You sent the wrong colour: the jacket is black, not blue, and I need it for a wedding on Saturday.',
        'Hello,\n\nI am so sorry the engineer did not turn up after you took the day off. Please reply with a good time to call.\n\nAcme Care\n\nOn Tue, Raj wrote:\n> Your engineer never turned up and I took the day off work to wait for him.',
        'Hi Sam,\n\nSorry about the double charge for that ride. I have refunded the second one today.\n\nOn Wed, Sam wrote:\n> I have been charged twice for the same taxi ride.',
        'We are sorry your books were ruined by the rain. A replacement parcel is on its way.\n\nOn Thu, Kim wrote:\n> My parcel was left on the doorstep in the rain and the books inside are ruined.',
        'Hi Jo,\n\nFour days without heating is awful, I am sorry. An engineer will visit tomorrow morning.\n\nOn Fri, Jo wrote:\n> The heating in my flat has not worked for four days.',
        'Hello Mr Park,\n\nI am sorry the refund has still not reached you. I have chased it and it will arrive by Friday.\n\nOn Sat, Mr Park wrote:\n> The refund you promised last week still has not reached my account.',
        'Hi Ava,\n\nI understand the app keeps logging you out since the update. A fix is going out tonight.\n\nOn Sun, Ava wrote:\n> The app logs me out every few minutes since the update.',
        'Hi there,\n\nThanks for the lovely note about our new menu! We will pass it on to the kitchen.\n\nOn Mon, Ben wrote:\n> Just wanted to say the new menu is great.',
        'Dear Ms Sato,\n\nI am sorry your room was not cleaned during your stay. I have refunded one night.\n\nOn Tue, Ms Sato wrote:\n> The room was not cleaned once during our three-night stay.',
        'Hey Leo,\n\nSorry your flight was cancelled without warning. I have rebooked you on the 6pm departure.\n\nOn Wed, Leo wrote:\n> My flight was cancelled and nobody told me until I got to the gate.',
        'Hi Nia,\n\nA leaking washing machine is the last thing you need. An engineer will replace the door seal tomorrow.\n\nOn Thu, Nia wrote:\n> The washing machine you delivered leaks all over the kitchen floor.',
      ],
    },
  },
  check(reply, context) {
    const ctx = reply.context;
    if (!ctx || reply.sentences.length === 0) return;
    // A reply in parts ("1/2") may name the problem in the other part.
    if (/(?:^|\s|\()[1-9]\/[2-9]\b/.test(reply.text)) return;
    const problem = customerProblem(ctx);
    if (!problem || echoesProblem(reply, ctx)) return;
    const said = shown(ctx.message.text.slice(problem.sentences[0]!.start, problem.sentences[0]!.end), 70);
    const generic = scan(reply, GENERIC_ACK)[0];
    if (generic) {
      context.report({
        messageId: 'generic-acknowledgement',
        message: `"${shown(generic.text, 40)}" could answer any message. Name what went wrong for this customer ("${said}").`,
        start: generic.start,
        end: generic.end,
        suggestions: [{ desc: 'Say their problem back: "I\'m sorry the parcel arrived crushed and two days late."' }],
      });
      return;
    }
    context.report({
      messageId: 'no-acknowledgement',
      message: `The customer said what went wrong ("${said}"), and the reply never names it. Say it back so they know they were heard.`,
      ...wholeReply(reply),
      suggestions: [{ desc: 'Open by naming the problem: "I\'m sorry the parcel arrived crushed and two days late."' }],
    });
  },
});
