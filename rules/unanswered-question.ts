// unanswered-question (context): the customer asked something and the reply talks past it. Flagged when
// no sentence of the reply touches the question's topic (a word of it or of the sentence around it, another
// form of the word, a near-synonym, a figure), the reply neither promises to find out nor moves it to a
// channel where it will be answered, asks nothing back and links nowhere, and what is left says nothing:
// thanks, apologies, "we've passed this on". A reply that says something else may be answering in words
// we cannot match, so it is not flagged (measured on real threads, that guess is wrong too often).
import { defineRule } from '../src/rule-api.js';
import type { Reply } from '../src/types.js';
import { customerQuestions, type Question } from '../src/context/questions.js';
import { conceptSet, contentWords } from '../src/context/words.js';
import { shown, wholeReply } from '../src/context/report.js';
import { onlySmallTalk } from '../src/context/small-talk.js';

/** The reply will find out, or says there is nothing to tell yet. */
const FOLLOW_UP = /\b(?:(?:I|we)(?:'ll|\s+will|'d\s+like\s+to|\s+would\s+like\s+to|\s+want\s+to|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to|\s+can|\s+need\s+to|'re|\s+are|'m|\s+am)\s+(?:happy\s+to\s+|glad\s+to\s+|gladly\s+|definitely\s+|now\s+|currently\s+|already\s+|just\s+)?(?:look(?:ing)?\s+into|check(?:ing)?|find(?:ing)?\s+out|investigat\w+|follow(?:ing)?\s+up|get(?:ting)?\s+back|confirm\w*|ask(?:ing)?|chas(?:e|ing)|escalat\w+|raise|rais\w+|look(?:ing)?\s+at|review\w*|take\s+a\s+(?:look|closer\s+look)|help(?:ing)?(?:\s+(?:with|you\s+with|out\s+with))?\s+(?:this|that|it)|help\s+you\s+(?:out|further|here|sort)|sort(?:ing)?\s+(?:this|that|it))|let\s+(?:me|us)\s+(?:look|check|find\s+out|see|investigate|dig|take\s+a\s+look|help|get|know)|(?:looking|look)\s+into\s+(?:this|that|it)|(?:no|not\s+any)\s+(?:info(?:rmation)?|news|update|updates|details|announcement|ETA|word)\s+(?:yet|to\s+share|at\s+(?:the|this)\s+(?:moment|time)|right\s+now|about|on)|(?:don't|do\s+not|doesn't|does\s+not)\s+(?:have|know)\s+(?:any\s+)?(?:info(?:rmation)?|details|news|an?\s+(?:ETA|answer|date|update)|yet)|(?:can't|cannot|unable\s+to|not\s+able\s+to)\s+(?:share|confirm|say|comment|disclose|speculate|give)|(?:keep|kept)\s+an\s+eye\s+on|stay\s+tuned|(?:has|have)\s+(?:not\s+)?(?:been\s+)?(?:announced|confirmed)\s+yet|be\s+in\s+touch|get\s+back\s+to\s+you|update\s+you|keep\s+you\s+(?:posted|updated|informed)|(?:DM|direct\s+message|message|e-?mail|call|contact)\s+(?:us|me)\b[^.!?]{0,80}?\b(?:look|check|help|assist|sort|investigate|find|see|get\s+this)|(?:send|DM)\s+(?:us|me)\s+(?:a\s+)?(?:DM|direct\s+message|message|note|line)\b|\b(?:DM|direct\s+message|private\s+message|message\s+us)\b[^.!?]{0,80}?\b(?:look|check|help|assist|sort|investigate|find|see|continue|go\s+from)|(?:responded|replied|answered|reached\s+out|sent\s+you\s+a\s+(?:DM|message|reply|note)|followed\s+up|continue|continuing|see\s+you|meet\s+(?:us|me))\b[^.!?]{0,30}?\b(?:DM|DMs|direct\s+message|private\s+message|e-?mail|there|inbox)|figur(?:e|ing)\s+(?:out|this\s+out)|get\s+to\s+the\s+bottom|work\s+(?:together|with\s+you)|(?:happy|glad|here|able|love|like)\s+to\s+(?:help|assist)|(?:question|one|query)\s+for\s+(?:your|the|our)|check\s+with\s+(?:your|the)|(?:contact|reach\s+out\s+to|speak\s+(?:to|with)|call|ask)\s+(?:your|the)\s+(?:local|nearest|store|bank|carrier|airline|provider|manufacturer|restaurant|branch|team|retailer|seller)|(?:suggest|submit|post|vote\s+for)\s+(?:it|this|that|your\s+idea)\b|feature\s+request)\b/i;
/** A question that asks for something to be done or changed, not for information. */
const REQUEST = /^(?:\W*(?:so|and|but|hey|hi|hello|please|ok)[\s,]+)*(?:(?:can|could|would|will)\s+(?:you|u|y'all|you\s+guys)\s+(?:please\s+)?(?:do|make|add|bring|consider|offer|have|put|get|start|stop|change|release|restock|stock|open|create|build|fix|update|extend|include)|any\s+(?:plans?|chance)|(?:is|are)\s+(?:you|there)\s+(?:going\s+to|planning)|when\s+(?:will|are)\s+you\s+(?:going\s+to\s+)?(?:add|bring|release|restock|offer))\b/i;
const PASSED_ON = /\b(?:shared|passed|passing|forwarded|sent|share|pass|forward|send)\s+(?:your|this|it|that|the|these|them|along)\b[^.!?]{0,60}?\b(?:team|on|along|folks|people|department|colleagues|review)\b|\b(?:great|good|love\s+the|cool|interesting)\s+(?:suggestion|idea)\b/i;

/** A reply in several parts ("1/2"): the answer may be in the other part. */
const SPLIT = /(?:^|\s|\()[1-9]\/[2-9]\b/;

/** Figures both sides mention ("$3", "08:10", "11.1") tie an answer to its question. */
const FIGURE = /[$£€]?\d+(?:[.,:]\d+)*(?:%|am|pm)?/gi;

function addressed(reply: Reply, q: Question, customerText: string): boolean {
  const wanted = conceptSet(q.topic);
  const text = reply.text;
  if (contentWords(text).some((w) => wanted.has(w.stem) || wanted.has(w.concept))) return true;
  const figures = new Set(customerText.slice(q.sentence.start, q.sentence.end).match(FIGURE) ?? []);
  if (figures.size && (text.match(FIGURE) ?? []).some((f) => figures.has(f))) return true;
  if (FOLLOW_UP.test(text)) return true;
  // Asking back ("Which store was it?") works on the question, and a link is where the answer is.
  if (text.includes('?') || /\bhttps?:\/\/|\bwww\./i.test(text)) return true;
  // A request ("Can you add dark mode?") is answered by taking it to the team.
  if (REQUEST.test(q.text) && PASSED_ON.test(text)) return true;
  // A sentence with content may answer in words of its own: only a reply of small talk is judged.
  return !onlySmallTalk(reply);
}

export default defineRule({
  meta: {
    id: 'unanswered-question',
    description: 'The customer asked a question the reply never addresses',
    family: 'context',
    languages: ['en'],
    label: 'Answers',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      why:
        'A customer who asked "Can I still return it after 30 days?" reads the reply for that answer first. ' +
        'A reply that apologises, thanks them and signs off without touching the question makes them write ' +
        'again, and tells them nobody read to the end. Answer it, or say you are finding out and when you ' +
        'will come back. The rule flags replies that talk past a real question (not "Is this a joke?") with ' +
        'thanks, apologies or "we have passed this on" only; a reply that says something else is left to you.',
      seeds: ['000 "Customer retention strategies … listen completely"', '003 "Listen Actively"'],
    },
    examples: {
      bad: [
        'Hi Ola,\n\nThank you so much for your kind words about our team! We love hearing from happy customers.\n\nBest,\nNina\n\nOn Mon, Ola wrote:\n> Your staff were lovely. Can I still return the lamp after 30 days?',
        'Hello,\n\nSo sorry about that! Your feedback helps us get better.\n\nKind regards,\nAcme Care\n\nOn Tue, Raj wrote:\n> The parcel was left in the rain. Will you refund the shipping fee?',
        'Hi Dev,\n\nThanks for reaching out, and sorry for the wait on the phone line today.\n\nCheers,\nSue\n\nOn Wed, Dev wrote:\n> I held for an hour. Why was my premium subscription downgraded?',
        'Hi,\n\nWe appreciate your feedback and have shared it with the product team.\n\nOn Thu, Lin wrote:\n> When will dark mode come to the Android app?',
        'Hi Marta,\n\nSorry the train was so crowded this morning. We always want your journey to be comfortable.\n\nGreg\n\nOn Fri, Marta wrote:\n> Can I claim compensation for the cancelled 08:10 service?',
        'Thanks for your message! Have a wonderful weekend.\n\nOn Sat, Bo wrote:\n> Do you ship to Norway, and how much does express cost?',
        'Hi Kim,\n\nWe are sorry to hear about the experience at our Leeds store and will share this with the manager.\n\nOn Sun, Kim wrote:\n> The till charged me twice. Where can I see the refund on my statement?',
        'Hello,\n\nThank you for choosing us for your stay. We hope to welcome you back soon.\n\nOn Mon, Eva wrote:\n> I want to know whether breakfast is included in the family room rate.',
        'Hi Theo,\n\nSorry for the hassle with the login earlier. Your feedback helps us improve.\n\nOn Tue, Theo wrote:\n> Can you tell me how to turn off two-factor texts on my old number?',
        'Hi,\n\nThanks for being a loyal member for so many years. It means a lot to us.\n\nOn Wed, Ines wrote:\n> Is my annual fee going up next month?',
        'Hey Luca,\n\nSorry you had a rough trip with us today. We always want to do better.\n\nOn Thu, Luca wrote:\n> My suitcase never showed up at Lisbon. Who do I contact about lost luggage?',
      ],
      good: [
        'Hi Ola,\n\nThank you for your kind words! Yes, you can still return the lamp: returns are open for 60 days.\n\nBest,\nNina\n\nOn Mon, Ola wrote:\n> Your staff were lovely. Can I still return the lamp after 30 days?',
        'Hello,\n\nSorry the parcel was left in the rain. I have refunded the shipping fee to your card today.\n\nKind regards,\nAcme Care\n\nOn Tue, Raj wrote:\n> The parcel was left in the rain. Will you refund the shipping fee?',
        'Hi Dev,\n\nSorry for the wait. I am checking why your plan changed and will email you by 5pm today.\n\nCheers,\nSue\n\nOn Wed, Dev wrote:\n> I held for an hour. Why was my premium subscription downgraded?',
        'Hi,\n\nDark mode for Android is planned, but there is no release date to share yet.\n\nOn Thu, Lin wrote:\n> When will dark mode come to the Android app?',
        'Hi Marta,\n\nSorry the 08:10 was cancelled. You can claim compensation at acme-rail.example/delay-repay with your ticket.\n\nGreg\n\nOn Fri, Marta wrote:\n> Can I claim compensation for the cancelled 08:10 service?',
        'We do ship to Norway! Express delivery there costs 19 euros and takes two days.\n\nOn Sat, Bo wrote:\n> Do you ship to Norway, and how much does express cost?',
        'Hi Kim,\n\nSorry about the double charge at our Leeds store. The refund will show on your statement as ACME LEEDS within three days.\n\nOn Sun, Kim wrote:\n> The till charged me twice. Where can I see the refund on my statement?',
        'Hello,\n\nYes, breakfast is included for everyone in the family room.\n\nOn Mon, Eva wrote:\n> I want to know whether breakfast is included in the family room rate.',
        'Hi Theo,\n\nWhich number do the texts go to now? Once I know, I can switch them off for you.\n\nOn Tue, Theo wrote:\n> Can you tell me how to turn off two-factor texts on my old number?',
        'Hi,\n\nThanks for being a member for so long. Your annual fee stays the same next year.\n\nOn Wed, Ines wrote:\n> Is my annual fee going up next month?',
        'Hey Luca,\n\nI am so sorry your bag went missing again. Our baggage team has opened a file and will call you today.\n\nOn Thu, Luca wrote:\n> Seriously? My bag is lost AGAIN. Is this a joke?',
      ],
    },
  },
  check(reply, context) {
    const ctx = reply.context;
    if (!ctx || reply.sentences.length === 0) return;
    const questions = ctx.message ? customerQuestions(ctx) : [];
    if (questions.length === 0 || SPLIT.test(reply.text)) return;
    const span = wholeReply(reply);
    let reported = 0;
    for (const q of questions) {
      if (addressed(reply, q, ctx.message.text)) continue;
      context.report({
        messageId: 'unanswered-question',
        message: `The customer asked "${shown(q.text)}" and the reply does not answer it or say you will find out.`,
        ...span,
        suggestions: [{ desc: 'Answer the question, or say who will find out and when: "I am checking with the warehouse and will reply by 3pm."' }],
      });
      if (++reported >= 3) break;
    }
  },
});
