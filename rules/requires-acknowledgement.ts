// requires-acknowledgement: a complaint reply should show the customer they were heard, by restating the
// problem or saying it was read/understood ("I understand ...", "I can see that ...", "You mentioned ...").
import { defineRule } from '../src/rule-api.js';
import type { Reply, Sentence } from '../src/types.js';
import { scan } from '../src/nlp/match.js';
import { signOffStart } from '../src/nlp/sign-off.js';
import { verbGroups } from './_structure/verb-groups.js';
import { reportMissing } from './_structure/report.js';

// Cues where the agent (I/we) or the customer (you) is the subject: the grammar decides (tense, negation).
const PERSON_CUE = new RegExp(
  String.raw`\b(?:` +
    // I understand / I can see that / I see your / we hear you / I noticed / I realise / I know how / I get it / I can imagine
    String.raw`(?:I|we)(?:'ve|'d|\s+(?:can|could|do|did|have|fully|completely|totally|really|truly|definitely|absolutely|certainly|now|also|just|already|clearly|quite))*\s+` +
    String.raw`(?:understand|see|hear|heard|notice|noticed|realis?e|realiz?e|recogni[sz]e|appreciate|know|get|imagine|gather)` +
    String.raw`(?=\s+(?:that|how|why|what|where|when|this|it|you|your|the|from|in|on|there|now|a|an|our|today|completely|exactly|entirely|perfectly|fully)\b|\s*[,.;!—–-])` +
    // You mentioned / you said / you've told us / you wrote / you explained
    String.raw`|you(?:'ve|\s+have|\s+also|\s+already|\s+kindly)*\s+(?:mentioned|said|told|wrote|explained|described|reported|noted|flagged|raised|let\s+(?:me|us)\s+know|pointed\s+out|called\s+to\s+say|shared)` +
    String.raw`)\b`,
  'gi',
);
// Fixed phrases that restate or show the message was read; no grammar needed beyond the words.
const PHRASE_CUE = new RegExp(
  String.raw`\b(?:as\s+I\s+understand\s+it|(?:I|we)(?:'m|'re|\s+am|\s+are)\s+(?:fully\s+|well\s+|very\s+)?aware\s+(?:that|of|how)|having\s+(?:read|gone\s+through|looked\s+(?:at|through))\s+your|if\s+I\s+(?:have\s+)?understood?\s+(?:you\s+)?(?:correctly|right)|(?:from|going\s+by|based\s+on)\s+what\s+you(?:'ve|\s+have)?\s+(?:said|say|described|describe|told|tell|written|wrote|write|explained|explain|mentioned|mention|shared)` +
    String.raw`|(?:it\s+|that\s+)?(?:sounds|seems)\s+(?:like|as\s+(?:if|though))|(?:I|we)\s+hear\s+you|you(?:'re|\s+are)\s+(?:absolutely\s+|quite\s+|completely\s+|totally\s+)?right` +
    String.raw`|thanks?(?:\s+you)?\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:letting\s+(?:me|us)\s+know|telling\s+(?:me|us)|explaining|flagging|raising|reporting|pointing\s+(?:\w+\s+)?out|bringing\s+(?:\w+\s+){1,3}to\s+(?:my|our)\s+attention|describing|walking\s+(?:me|us)\s+through|sharing\s+(?:what|how|the\s+details|your\s+experience))` +
    String.raw`|(?:I|we)(?:'ve|\s+have)\s+(?:\w+\s+)?(?:read|gone\s+through|been\s+through|looked\s+through|gone\s+over|read\s+through|listened\s+to)\s+(?:your|all\s+of\s+your|everything\s+you)` +
    String.raw`)\b`,
  'gi',
);
/** Verb forms that follow "I" here but are not acknowledgement ("I'll see what I can do", "I see no record"). */
const NOT_HEARD_AFTER = /^\s+(?:what\s+(?:I|we)\s+can|if\b|whether\b|no\b|nothing\b|any\b|you\s+(?:soon|then|there|next)|to\s+it|about\b)/i;
/** "I appreciate your patience" is thanks, not acknowledgement. */
const THANKS_OBJECT = /^\s+(?:your|the)\s+(?:patience|understanding|business|custom|feedback|time|help|loyalty|cooperation|co-operation|support|email|message|call|note|kind)/i;

/** "I understand, but ...": the cue only leads into a refusal, with nothing restated (RULES.md boundary). */
const BUT_AFTER = /^\s*(?:[,;:—–-]\s*|\.\s+)?(?:but|however|although|though|yet|that\s+said|unfortunately)\b/i;
/** A cue whose object is only the customer's feeling ("I understand how frustrating this is"): empathy, which a "but" undoes. */
const FEELING_OBJECT = /^\s+(?:(?:how|that)\s+(?:\w+\s+){0,2}(?:frustrat\w*|annoy\w*|upsett?\w*|disappoint\w*|stress\w*|inconvenien\w*|difficult|hard|worr\w*)\b[^,;.!?]{0,40}|your\s+(?:frustration|concern|disappointment|annoyance|feelings?|position|point)|where\s+you(?:'re|\s+are)\s+coming\s+from)\s*/i;

function heard(reply: Reply, sentence: Sentence, start: number, end: number): boolean {
  const rest = reply.text.slice(end, sentence.end);
  if (NOT_HEARD_AFTER.test(rest)) return false;
  // "I understand, but ..." / "I understand. However, ..." / "I understand how frustrating this is, but ...".
  const next = reply.sentences[sentence.index + 1];
  const bareCue = /^\s*[.!]?\s*$/.test(rest);
  if (BUT_AFTER.test(rest) || (bareCue && next && BUT_AFTER.test(next.text))) return false;
  const feeling = FEELING_OBJECT.exec(rest);
  if (feeling && BUT_AFTER.test(rest.slice(feeling[0].length))) return false;
  if (/appreciate$/i.test(reply.text.slice(start, end)) && THANKS_OBJECT.test(rest)) return false;
  // The cue's verb group decides: not negated, not a future or a wish ("I'd see", "I get a discount").
  // Cues with no auxiliary and an unambiguous verb need no parse.
  if (!/'d\b|\b(?:get|know|see)$/i.test(reply.text.slice(start, end))) return true;
  const group = verbGroups(reply, sentence).find((g) => g.verb.start >= start && g.verb.start < end);
  if (!group) return true; // compromise read the cue verb as another word class ("I get it"): the words stand
  if (group.negated || group.aspect === 'future') return false;
  return group.aspect !== 'modal' || group.aux.some((a) => a === 'can' || a === 'could');
}

export function hasAcknowledgement(reply: Reply): boolean {
  const end = signOffStart(reply);
  const bodyEnd = reply.sentences[end - 1]?.end ?? reply.text.length;
  for (const hit of scan(reply, PHRASE_CUE)) if (hit.start < bodyEnd) return true;
  for (const hit of scan(reply, PERSON_CUE)) {
    if (hit.start >= bodyEnd) break;
    if (heard(reply, hit.sentence, hit.start, hit.end)) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'requires-acknowledgement',
    description: 'A complaint reply should restate the problem or say it was heard',
    family: 'structure',
    languages: ['en'],
    defaultSeverity: 'warn',
    fixable: false,
    checklist: 'acknowledge',
    docs: {
      why:
        'Before anything is fixed, the customer needs to know we got it: that someone read their message and ' +
        'knows what went wrong for them. Saying it back in a sentence ("I understand the parcel came two days ' +
        'late and the box was crushed") shows we listened, cools the anger, and makes sure we solve the right ' +
        'problem. An apology that mentions the problem is not enough on its own: say that you heard it.',
      seeds: [
        '001 step 1: "Acknowledge the problem"',
        '003 "Resolving customer complaints ... repeat what you heard"',
        '002 "Never Try to Downplay the Customers Problem": repeat the problem back',
        '000 "listen completely": confirm that you understand',
      ],
    },
    examples: {
      bad: [
        "Hi Lena,\n\nI'm sorry about the mix-up with your order. I've sent the correct blue jacket by express post today, and you'll have it by Thursday. Does that work for you?\n\nBest,\nTom",
        'Hello Mr Park,\n\nThank you for your email. We have refunded the £40 delivery charge to your card this morning, and it should show within three working days. Is there anything else I can help with?\n\nKind regards,\nAisha',
        "Sorry about that, Jordan. I've reset your password and unlocked the account, so you can sign in again right now. Let me know if the new login works for you?",
        'Dear Mrs Fenwick,\n\nThank you for your patience. I have booked an engineer to visit on Monday between 8am and noon, and there will be no call-out charge. Would that time suit you?\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for reaching out. I'm sorry for the trouble. I've credited £15 to your account today as a goodwill gesture and updated your plan. Is there anything else I can do for you today?",
        'Dear Dr Hale,\n\nWe apologise for the error. A corrected invoice has been issued and the overcharge of $120 will be returned to your card within five business days.\n\nKind regards,\nBilling Team',
        "Hey Marco,\n\nThanks for getting in touch. I've swapped your seat to 14C, which is an aisle seat, and emailed you the new boarding pass just now. Would you like me to add extra legroom too?\n\nCheers,\nNina",
        "Hi Ola,\n\nI'm really sorry. I've cancelled the duplicate subscription and refunded both charges today, so you won't be billed again. Is there anything else you need from me?\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nThank you for your message. Our technician will replace the faulty boiler part on Wednesday at 9am, and I have waived the labour cost. Does Wednesday morning work for you?\n\nBest wishes,\nClaire',
        "Hi there Jess,\n\nI've moved your delivery to Saturday morning and added free next-day shipping to your account for the trouble. It will be with you before 1pm. Does Saturday suit you?\n\nThanks,\nOwen",
        "Dear Ms Sato,\n\nThank you for your feedback regarding your stay. We have looked into this and refunded the spa charge today. We hope to welcome you back soon. Would you like a late checkout next time?\n\nKind regards,\nMarta Lind",
      ],
      good: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and you needed it for a wedding this weekend. I'm sorry. I've sent the blue one by express post today. Does that work for you?\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery even though your order qualified for free shipping. I have refunded the charge this morning. Is there anything else I can help with?\n\nKind regards,\nAisha',
        "I can see your account was locked after the update, Jordan, and you couldn't get into your files all morning. Sorry about that. I've unlocked it now. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and the kitchen floor is still wet. I am very sorry. I have booked another visit for Monday at 8am. Would that suit you?\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know that the app charged you twice for one ride. I'm sorry for the trouble. I've refunded the second charge today. Is there anything else I can do for you today?",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat even though you chose an aisle, and I'm sorry. I've moved you to 14C and emailed the new boarding pass just now. Would you like extra legroom too?\n\nCheers,\nNina",
        "Hi Ola,\n\nI’ve read your message, and I can see why you're annoyed: we charged you for two subscriptions. I'm really sorry. I've cancelled the duplicate and refunded both charges today. Anything else you need from me?\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week, and you have a newborn at home. I am so sorry. Our technician will replace the part on Wednesday at 9am. Does that work for you?\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nWe hear you: a parcel that sits in a depot for a week is not okay, and I'm sorry. I've moved your delivery to Saturday morning, and it will be with you before 1pm. Does Saturday suit you?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the noise from the building work kept you awake for two nights of your stay. I apologise; we should have warned you. I have refunded both nights today. Would you like a quieter room next time?\n\nKind regards,\nMarta Lind',
        "Hi Dev,\n\nI’ve gone through your email, and you're right that the invoice lists a plan you never signed up for. I'm sorry. I've corrected it and refunded the difference this afternoon. Does the new invoice look right to you?\n\nBest,\nRuth",
      ],
    },
  },
  check(reply, context) {
    if (hasAcknowledgement(reply)) return;
    reportMissing(
      context,
      "The reply never says what the customer told you. Restate the problem so they know they were heard.",
      'Say it back: "I understand your order arrived two days late and the box was crushed."',
    );
  },
});
