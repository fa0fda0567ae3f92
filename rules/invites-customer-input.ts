// invites-customer-input: a complaint reply should ask the customer what would make it right, or let them
// choose between remedies ("What would make this right for you?", "Would you prefer a refund or a
// replacement?", "Does that seem fair?").
import { defineRule } from '../src/rule-api.js';
import type { Reply, Sentence } from '../src/types.js';
import { scan } from '../src/nlp/match.js';
import { signOffStart } from '../src/nlp/sign-off.js';
import { verbGroups } from './_structure/verb-groups.js';
import { reportMissing } from './_structure/report.js';

// Candidate wording: a question about the customer's wish, a choice, or fairness; or a "tell me what ..." request.
const INPUT_CUE = new RegExp(
  String.raw`\b(?:what\s+(?:would|could|can|will|might)\s+(?:I|we)\s+do\s+to|what\s+(?:would|will|might|could)\s+(?:make|put|set|feel|seem|be|help|work)|what\s+(?:outcome|resolution|solution|remedy|result)` +
    String.raw`|how\s+would\s+you\s+like\s+(?:me|us)\s+to|what\s+would\s+you\s+(?:like|prefer|consider|suggest)|would\s+you\s+(?:prefer|rather)|(?:do|would)\s+you\s+prefer|which\s+(?:would\s+you|option|do\s+you)` +
    String.raw`|(?:seem|sound|feel)s?\s+fair|is\s+(?:that|this)\s+fair|fair\s+to\s+you|or\s+would\s+you|or\s+(?:would\s+you\s+(?:like|want)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,5}instead` +
    String.raw`|(?:love|like|want)\s+to\s+hear\s+what|let\s+(?:me|us)\s+know\s+what\s+(?:would|will)|tell\s+(?:me|us)\s+what\s+(?:would|will)|(?:make|put|set)\s+(?:this|it|things)\s+right)\b`,
  'gi',
);

function asksCustomer(reply: Reply, sentence: Sentence): boolean {
  if (sentence.isQuestion) return true;
  // A statement counts when it hands the choice over: "I'd love to hear what would make this right."
  const groups = verbGroups(reply, sentence);
  return groups.some((g) => /^(?:hear|know|tell|let)$/.test(g.verb.word) && !g.negated) || /\b(?:let|tell)\s+(?:me|us)\b/i.test(sentence.text);
}

export function invitesInput(reply: Reply): boolean {
  const end = signOffStart(reply);
  for (const hit of scan(reply, INPUT_CUE)) {
    if (hit.sentence.index >= end) continue;
    if (/^(?:make|put|set)/i.test(hit.text) && !hit.sentence.isQuestion && !/\b(?:what|how)\b/i.test(hit.sentence.text)) continue;
    if (asksCustomer(reply, hit.sentence)) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'invites-customer-input',
    description: 'A complaint reply should ask the customer what would make it right',
    family: 'structure',
    languages: ['en'],
    defaultSeverity: 'info',
    fixable: false,
    checklist: 'involve',
    docs: {
      why:
        'We often guess what an upset customer wants and guess too big or too small. Asking them ("What would ' +
        'make this right for you?", "Would a refund or a replacement suit you better?") gives them a say, and ' +
        'customers usually ask for less than we would have offered. It also turns a complaint into a ' +
        'conversation with them instead of a ruling about them.',
      seeds: [
        '004 "asking the customer what it is that would make things right yields surprising results"',
        '003 "give her the power to resolve things. Ask her to identify what will make her happy"',
      ],
    },
    examples: {
      bad: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I've sent the blue one by express post today, and you'll have it by Thursday. Is there anything else I can help with?\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery, and I am sorry about that. I have refunded the charge this morning, and it will reach your card within three days.\n\nKind regards,\nAisha',
        "I can see your account was locked after the update, Jordan. Sorry about that! I've unlocked it right now. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and I am very sorry. We will send a senior plumber on Monday at 8am. Please make sure someone is home to let him in.\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry. The second charge will be refunded within 24 hours. What else can I do for you today?\n– Rosa, RideShare Billing",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. I’ll move you to 14C by 6pm tonight and email you the new boarding pass. Have a good flight!\n\nCheers,\nNina",
        "Hi Ola,\n\nI understand you were charged twice, and I'm sorry. I've refunded the duplicate charge today, and it will show within three days. Is there anything else I can do for you?\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am so sorry. Our technician will replace the valve on Wednesday morning and check the pressure too.\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nI understand your parcel has been at the depot for a week, and I'm sorry. I've booked a courier to collect it, and it will be with you before noon on Saturday. Will you be home to receive it?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. I have refunded both nights today and set things right with the front desk. Is there anything else I can do?\n\nKind regards,\nMarta Lind',
      ],
      good: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I can send the blue one by express post today, or refund you in full. Which would you prefer?\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery, and I am sorry about that. I have refunded the charge this morning. Does that seem fair to you?\n\nKind regards,\nAisha',
        "I can see your account was locked after the update, Jordan. Sorry about that! I've unlocked it right now. What would make up for the lost morning?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and I am very sorry. We will send a senior plumber on Monday at 8am. Would you rather we came on Saturday instead?\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry. The second charge will be refunded within 24 hours. Is there anything else I can do to make this right?\n– Rosa, RideShare Billing",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. I can move you to 14C by 6pm tonight. Would you like that, or a refund of the seat fee instead?\n\nCheers,\nNina",
        "Hi Ola,\n\nI understand you were charged twice, and I'm sorry. I've refunded the duplicate charge today. If that doesn't feel like enough, I'd love to hear what would make it right for you.\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am so sorry. Our technician can replace the valve on Wednesday morning. How would you like us to handle the cost of the cold showers?\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nI understand your parcel has been at the depot for a week, and I'm sorry. I've booked a courier to collect it for Saturday. What would you consider a fair way to make up for the wait?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. I have refunded both nights today. Please tell me what would make your next stay feel right, and I will arrange it.\n\nKind regards,\nMarta Lind',
      ],
    },
  },
  check(reply, context) {
    if (invitesInput(reply)) return;
    reportMissing(
      context,
      "The reply doesn't ask the customer what would make it right for them.",
      'Ask them: "What would make this right for you?" or "Would you prefer a refund or a replacement?"',
    );
  },
});
