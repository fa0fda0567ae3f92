// tone-mismatch (context): an upset customer (capitals, angry words, a threat to leave, "third time",
// "still waiting", "!!") answered in a celebratory or breezy tone ("Great news!!", "No worries!",
// smileys, "Happy to help! :)") or with a stock line and nothing else.
import { defineRule } from '../src/rule-api.js';
import type { Reply } from '../src/types.js';
import { scan } from '../src/nlp/match.js';
import { customerMood } from '../src/context/mood.js';
import { shown, wholeReply } from '../src/context/report.js';
import { signOffStart } from '../src/nlp/sign-off.js';

const BREEZY = new RegExp([
  String.raw`\b(?:great|good|fantastic|exciting|awesome|amazing|brilliant|wonderful)\s+news\b`,
  String.raw`\b(?:yay|yippee|woo+|woo+hoo+|hooray|hurray|whoo+|wahoo|yess+|boom|tada)\b`,
  String.raw`\b(?:no\s+worries|no\s+problem(?:o)?|no\s+prob(?:s|lem)?|no\s+biggie|no\s+sweat|not\s+a\s+problem|all\s+good|easy\s+peasy|you\s+got\s+it|oops(?:ie)?|whoops(?:ie)?|haha\w*|hehe|lol)\b`,
  String.raw`\b(?:awesome|fab(?:ulous)?|super|sweet|perfect|cool|fantastic|amazing|brilliant|excellent|lovely)\s*!`,
  String.raw`\bhave\s+an?\s+(?:great|good|wonderful|fantastic|lovely|awesome|amazing|nice)\s+(?:day|one|evening|weekend|week)\s*!`,
  String.raw`!{2,}`,
  String.raw`(?<![\w:])(?::-?\)|:-?D\b|;-?\)|=\)|\(:|\^_\^|xD\b|:-?P\b)`,
  String.raw`[\u{1F600}-\u{1F606}\u{1F609}\u{1F60A}\u{1F60B}\u{1F60D}\u{1F60E}\u{1F618}\u{1F61B}\u{1F61C}\u{1F61D}\u{1F642}\u{1F643}\u{1F917}\u{1F929}\u{1F970}\u{1F973}\u{1F389}\u{1F38A}\u{1F44D}\u{1F44C}\u{1F64C}\u{1F4AF}\u{1F525}\u{2728}\u{1F57A}\u{1F483}\u{263A}\u{1F601}\u{1F604}\u{1F60C}\u{1F638}\u{1F63A}\u{1F44F}\u{1F31F}\u{2B50}]`,
].join('|'), 'giu');

/** Lines that fit any message: on their own, they answer an upset customer with nothing. */
const STOCK = /^(?:(?:thanks?|thank\s+you)(?:\s+so\s+much)?\s+for\s+(?:reaching\s+out|contacting\s+us|getting\s+in\s+touch|your\s+(?:feedback|message|comments?|tweet|email|patience|understanding)|the\s+feedback|letting\s+us\s+know|sharing)|we\s+(?:appreciate|value)\s+your\s+(?:feedback|business|comments?|patience|loyalty)|your\s+(?:feedback|comments?)\s+(?:has|have)\s+been\s+(?:passed|shared|noted|forwarded)\b.*|we(?:'re|\s+are)\s+(?:always\s+)?here\s+(?:to|for)\s+(?:help|you)|(?:we\s+)?(?:apologi[sz]e|are\s+sorry)\s+for\s+any\s+inconvenience(?:\s+(?:this|that)\s+(?:may\s+have\s+)?caused)?|sorry\s+for\s+any\s+inconvenience|we\s+hope\s+(?:this|that)\s+helps|have\s+an?\s+\w+\s+(?:day|one|weekend|evening))[\s.!]*$/i;

/** The reply's body is stock lines only (greeting and sign-off aside). */
function stockOnly(reply: Reply): boolean {
  const end = signOffStart(reply);
  const body = reply.sentences.slice(0, end).filter((s, i) => !(i === 0 && /^(?:@\w+\s*)*(?:hi|hey|hello|dear|good\s+\w+)\b[^.!?]{0,30}[,!]?$/i.test(s.text.trim())));
  const lines = body.map((s) => s.text.replace(/^(?:@\w+\s*)+/, '').trim()).filter(Boolean);
  return lines.length > 0 && lines.every((l) => STOCK.test(l));
}

export default defineRule({
  meta: {
    id: 'tone-mismatch',
    description: 'An upset customer answered in a breezy or celebratory tone ("Great news!!", "No worries!", smileys) or with a stock line only',
    family: 'context',
    languages: ['en'],
    label: 'Tone',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      why:
        'Someone writing in capitals, or for the third time, is angry. "No worries! :)" or "Great news!!" tells ' +
        'them we did not notice, and a stock "Thanks for reaching out" tells them no one read it. Meet them ' +
        'where they are: plain words, the problem named, what you are doing about it. Cheer can come after ' +
        'the fix.',
      seeds: ['003 "Resolving customer complaints … repeat what you heard": use calm, objective wording', '003 "Show legitimate empathy and apologize"', '000 "Let them vent"'],
    },
    examples: {
      bad: [
        'Hi Maria,\n\nGreat news!! Your refund has been processed.\n\nDana\n\nOn Mon, Maria wrote:\n> This is the THIRD time I have asked for this refund. Unacceptable.',
        'No worries! We will get that sorted for you.\n\nOn Tue, Raj wrote:\n> I have been on hold for 2 hours and nobody has called me back. Ridiculous.',
        'Hi Sam,\n\nHappy to help! :) Your new card is on its way.\n\nOn Wed, Sam wrote:\n> Still no card after three weeks!! I am sick of chasing you.',
        'Thanks for reaching out!\n\nOn Thu, Kim wrote:\n> WHY HAS MY ORDER BEEN CANCELLED AGAIN WITHOUT ANY WARNING',
        'Hey Jo 😊 We have passed this on to the team.\n\nOn Fri, Jo wrote:\n> Worst customer service I have ever had. I am cancelling my account.',
        'Hi Lee,\n\nAwesome! Let us know if you need anything else.\n\nOn Sat, Lee wrote:\n> Your app charged me twice again. This is a joke.',
        'Oops! Looks like something went wrong there. Try again later!\n\nOn Sun, Ava wrote:\n> Third time this week the payment page has failed. Absolutely fed up.',
        'Hi Ben,\n\nWe appreciate your feedback.\n\nThanks,\nAcme\n\nOn Mon, Ben wrote:\n> Disgusting food and a rude manager. Never eating with you again.',
        'Hello!! We would love to help with this!!\n\nOn Tue, Nia wrote:\n> I have emailed you five times about the broken heater and still nothing.',
        'Hi Leo,\n\nThanks for your message! Have a great day!\n\nOn Wed, Leo wrote:\n> You lost my luggage and nobody has replied in a week. I am speaking to my lawyer.',
        'Hi Dee,\n\nNo problem, we have reset it for you 👍\n\nOn Thu, Dee wrote:\n> My account has been locked for the 4th time this month. Pathetic.',
      ],
      good: [
        'Hi Maria,\n\nI am sorry you had to ask three times. Your refund went through this morning and will show in two days.\n\nDana\n\nOn Mon, Maria wrote:\n> This is the THIRD time I have asked for this refund. Unacceptable.',
        'I am sorry you waited two hours with no call back. I am calling you myself at 3pm today.\n\nOn Tue, Raj wrote:\n> I have been on hold for 2 hours and nobody has called me back. Ridiculous.',
        'Hi Sam,\n\nThree weeks without a card is far too long, and I am sorry. A new card is on its way by tracked post today.\n\nOn Wed, Sam wrote:\n> Still no card after three weeks!! I am sick of chasing you.',
        'Great news! Your order has shipped and arrives on Friday.\n\nOn Thu, Kim wrote:\n> Thanks so much for checking, can you tell me when my order ships?',
        'Hey Jo, I am sorry we let you down. I have refunded your last bill and a manager will call you today.\n\nOn Fri, Jo wrote:\n> Worst customer service I have ever had. I am cancelling my account.',
        'Hi Lee,\n\nAwesome, glad it is all working now! :)\n\nOn Sat, Lee wrote:\n> All fixed, thanks for the help!!',
        'I am sorry the payment page failed again. We found the fault and fixed it an hour ago; please try once more.\n\nOn Sun, Ava wrote:\n> Third time this week the payment page has failed. Absolutely fed up.',
        'Hi Ben,\n\nI am sorry about the cold food and the way you were spoken to. I have shared this with the area manager and refunded your meal.\n\nThanks,\nAcme\n\nOn Mon, Ben wrote:\n> Disgusting food and a rude manager. Never eating with you again.',
        'No worries at all, the invoice is attached again.\n\nOn Tue, Nia wrote:\n> Hi, could you resend last month\'s invoice when you get a chance? Thanks!',
        'Hi Leo,\n\nI am sorry your bag is still missing and no one replied. It is at Lisbon airport and will be delivered tomorrow.\n\nOn Wed, Leo wrote:\n> You lost my luggage and nobody has replied in a week. I am speaking to my lawyer.',
        'Hi Dee,\n\nSorry your account locked again. I have reset it and removed the setting that kept locking it.\n\nOn Thu, Dee wrote:\n> My account has been locked for the 4th time this month. Pathetic.',
      ],
    },
  },
  check(reply, context) {
    const ctx = reply.context;
    if (!ctx || reply.sentences.length === 0) return;
    const mood = customerMood(ctx);
    if (!mood.upset) return;
    const why = mood.signals.filter((s) => s.kind !== 'punctuation').slice(0, 2).map((s) => `"${shown(s.text, 30)}"`).join(', ');
    // One report per sentence: "Great news!!" is one breezy opening, not two.
    const hits = scan(reply, BREEZY);
    const bySentence = new Map<number, { start: number; end: number }>();
    for (const hit of hits) {
      const span = bySentence.get(hit.sentence.index);
      if (span) span.end = Math.max(span.end, hit.end);
      else bySentence.set(hit.sentence.index, { start: hit.start, end: hit.end });
    }
    if (bySentence.size) {
      for (const { start, end } of [...bySentence.values()].slice(0, 2)) {
        context.report({
          messageId: 'breezy-tone',
          message: `The customer is upset (${why}); "${shown(reply.text.slice(start, end), 30)}" reads as breezy. Match their tone: name the problem and what you are doing about it.`,
          start,
          end,
          suggestions: [{ desc: 'Drop the cheer and lead with the problem: "I\'m sorry you had to chase this three times. Your refund went through this morning."' }],
        });
      }
      return;
    }
    if (stockOnly(reply)) {
      context.report({
        messageId: 'stock-only',
        message: `The customer is upset (${why}), and the reply is only a stock line. Answer what they wrote.`,
        ...wholeReply(reply),
        suggestions: [{ desc: 'Say what went wrong and what happens next: "I\'m sorry your order was cancelled again. I have restored it and it ships today."' }],
      });
    }
  },
});
