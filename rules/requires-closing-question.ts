// requires-closing-question: a complaint reply should end (the last sentence before the sign-off) with an
// inviting question that checks the fix works for the customer. A negative follow-up ("Any other problems?")
// and questions that push back ("Are you sure you want to cancel?") do not count.
import { defineRule } from '../src/rule-api.js';
import type { Reply } from '../src/types.js';
import { lastBodySentence } from '../src/nlp/sign-off.js';
import { verbGroups } from './_structure/verb-groups.js';
import { negativeFollowUpSpans, overlapsAny } from './_structure/related.js';
import { reportMissing } from './_structure/report.js';

/** Questions that argue, test or retain instead of inviting. */
const PUSHBACK = /\b(?:are\s+you\s+(?:sure|certain|aware)|(?:did|have)\s+you\s+(?:not\s+)?(?:read|check(?:ed)?|look(?:ed)?\s+at|follow(?:ed)?|tr(?:y|ied)\s+turning|consider(?:ed)?|think\s+about|thought\s+about)|didn't\s+you|haven't\s+you|why\s+(?:did|didn't|would|wouldn't|do|don't|are|were)\s+you|do\s+you\s+(?:understand|realise|realize)|is\s+that\s+(?:clear|understood)|what\s+(?:else\s+)?(?:did|do)\s+you\s+expect|before\s+you\s+go)\b/i;

/** A request for data is not verifying the fix: "Can you DM us your order number?", "What's the email on the account?" */
const DATA_REQUEST = /\b(?:(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+|also\s+)?(?:dm|pm|message|email|e-mail|send|share|provide|give|confirm|tell|let\s+(?:us|me)\s+know|reply\s+with|follow|attach|forward)\b(?![^?]*\b(?:if|whether|how|when)\b)[^?]{0,120}?\b(?:numbers?|e-?mail|address|post\s*code|zip|details|name|reference|ref|date\s+of\s+birth|account|order|booking|photos?|pictures?|screenshots?|serial|info(?:rmation)?|phone)\b|what(?:'s|\s+is|\s+was)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:number|e-?mail|address|post\s*code|reference|name|account|order|booking|date\s+of\s+birth)\b|\b(?:dm|pm)\s+(?:us|me)\b)/i;

export function endsWithInvitingQuestion(reply: Reply): boolean {
  const last = lastBodySentence(reply);
  if (!last || !last.isQuestion) return false;
  if (PUSHBACK.test(last.text) || DATA_REQUEST.test(last.text)) return false;
  if (overlapsAny(negativeFollowUpSpans(reply), last.start, last.end)) return false;
  // A question the customer is asked about themselves in the past tense ("Did you even read it?") is a test,
  // not an invitation; questions about the fix, an offer, or further help are.
  if (!/^\W*(?:did|didn't|have|haven't|had|were|weren't|was|wasn't)\b/i.test(last.text)) return true;
  const first = verbGroups(reply, last)[0];
  return !(first && first.negated && first.subject === 'customer');
}

export default defineRule({
  meta: {
    id: 'requires-closing-question',
    description: 'A complaint reply should end with an inviting question that checks the fix',
    family: 'structure',
    languages: ['en'],
    defaultSeverity: 'warn',
    fixable: false,
    checklist: 'verify',
    docs: {
      why:
        'A fix only counts if it works for the customer, so ask. Ending the reply with an open, friendly ' +
        'question ("Does Thursday morning work for you?", "Is there anything else I can help with?") checks ' +
        'the resolution and hands the customer the next word. The question has to be the last thing before ' +
        'the sign-off; a question that asks for more problems or pushes back does not count.',
      seeds: [
        '003 "Rapid action and follow-up": make sure the customer is happy with the resolution',
        '003 "Ask good questions"',
        '004 "Offer a complete solution. Ask the customer what they think is the right solution"',
      ],
    },
    examples: {
      bad: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I've sent the blue one by express post today, and you'll have it by Thursday.\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery, and I am sorry about that. I have refunded the charge this morning. Are there any other problems with your order?\n\nKind regards,\nAisha',
        "I can see your account was locked after the update, Jordan. Sorry about that! I've unlocked it right now, so you can sign in again. Let me know if you need anything else.",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and I am very sorry. Would Monday at 8am suit you? We will send a senior plumber then, at no cost to you.\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry. The second charge will be refunded within 24 hours. Is anything else not working?",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. I’ll move you to 14C by 6pm tonight.\n\nDoes that work for you?\n\nAlso, please note that seat changes close two hours before departure.\n\nCheers,\nNina",
        "Hi Ola,\n\nI understand you'd like to close your account after the double charge, and I'm sorry. Are you sure you want to cancel? I've refunded the duplicate charge today.\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am so sorry. Our technician will replace the valve on Wednesday morning. Do you have any other complaints?\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nI understand your parcel has been at the depot for a week, and I'm sorry. I've booked a courier to collect it, and it will be with you before noon on Saturday. Thanks for your patience.\n\nOwen",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. I have refunded both nights today. Please do not hesitate to contact me if you have any further questions.\n\nKind regards,\nMarta Lind',
        "Hi Ben,\n\nYou mentioned the blender stopped working, and I'm sorry. Did you read the care instructions? I'll ship a replacement first thing tomorrow anyway, and a courier will collect the faulty one.\n\nThanks,\nLeah",
      ],
      good: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I've sent the blue one by express post today, and you'll have it by Thursday. Does that work for you?\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery, and I am sorry about that. I have refunded the charge this morning. Is there anything else I can help with?\n\nKind regards,\nAisha',
        "I can see your account was locked after the update, Jordan. Sorry about that! I've unlocked it right now, so you can sign in again. Can you try logging in and let me know it works?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and I am very sorry. We will send a senior plumber on Monday at 8am, at no cost to you.\n\nWould that time suit you, or is another day easier?\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry. The second charge will be refunded within 24 hours. What else can I do for you today?",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. I’ll move you to 14C by 6pm tonight. Would you like me to add extra legroom as well? 😊\n\nCheers,\nNina",
        "Hi Ola,\n\nI understand you were charged twice, and I'm sorry. I've refunded the duplicate charge today, and it will be back on your card within three days. Is there anything else I can do for you?\n– Priyanka, Northwind Support",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am so sorry. Our technician will replace the valve on Wednesday morning. Does that work for you?\n\nBest wishes,\nClaire\nService Coordinator, Heatwise Ltd\n0161 496 0123',
        "Hi Jess,\n\nI understand your parcel has been at the depot for a week, and I'm sorry. I've booked a courier to collect it, and it will be with you before noon on Saturday. Will you be home to receive it?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. I have refunded both nights today. Is there anything else I can do to make your next stay a good one?\n\nKind regards,\nMarta Lind',
        "Hi Ben,\n\nYou mentioned the blender stopped working, and I'm sorry. I'll ship a replacement first thing tomorrow, and a courier will collect the faulty one. Does that sound okay?\n\nThanks,\nLeah",
      ],
    },
  },
  check(reply, context) {
    if (endsWithInvitingQuestion(reply)) return;
    reportMissing(
      context,
      "The reply doesn't end by checking that the fix works for the customer. Close with an inviting question.",
      'End with a question: "Does Thursday morning work for you?" or "Is there anything else I can help with?"',
    );
  },
});
