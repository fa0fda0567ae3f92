// requires-prevention: a complaint reply should say what will stop the problem happening again: a change
// we made or will make ("I've added a check so ...", "from now on, reminders go to your mobile").
import { defineRule } from '../src/rule-api.js';
import type { Reply } from '../src/types.js';
import { scan, type Hit } from '../src/nlp/match.js';
import { isAction } from './_structure/actions.js';
import { signOffStart } from '../src/nlp/sign-off.js';
import { verbGroups } from './_structure/verb-groups.js';
import { reportMissing } from './_structure/report.js';

/** Words that point the change at the future: the next time, not this time. */
const FUTURE_SCOPE = new RegExp(
  String.raw`\b(?:(?:so|to\s+make\s+sure|to\s+ensure|ensuring)\s+(?:that\s+)?(?:this|it|that|the\s+same(?:\s+thing)?|nothing\s+like\s+this|a\s+mistake\s+like\s+this|no\s+one\s+else|future|next\s+time|you\s+(?:won't|will\s+not|don't|never))` +
    String.raw`|(?:happen(?:s|ing)?|recur(?:s|ring)?|occur(?:s|ring)?)\s+again|(?:prevent|stop|avoid)(?:s|ed|ing)?\s+(?:this|it|that|a\s+repeat|the\s+same|similar|future|any\s+(?:more|further))|recurrence|repeat\s+of` +
    String.raw`|from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future|from\s+(?:next|this)\s+(?:month|week|order|invoice|bill)|next\s+time|root\s+cause|(?:future|next|upcoming|all)\s+(?:orders?|invoices?|bills?|deliveries|bookings?|appointments?|releases?|statements?|reminders?|payments?|visits?|renewals?)` +
    String.raw`|(?:retrain|trained|training|briefed|coached|reminded)\s+(?:the|our|all|every)?\s*(?:team|staff|drivers?|engineers?|colleagues?|agents?|crew)|automatic(?:ally)?\s+(?:check|alert|renewal|renew)` +
    String.raw`|before\s+(?:release|it\s+ships|they\s+ship|dispatch|it\s+goes\s+out)` +
    // a safeguard that does the preventing: "a check that blocks duplicate payments", "an alert so we catch it"
    String.raw`|(?:checks?|safeguards?|alerts?|controls?|validations?|warnings?|guards?|reminders?|tests?|monitoring|limits?)\s+(?:that|which|to|so)\s+(?:\w+\s+){0,2}?(?:blocks?|stops?|prevents?|catch(?:es)?|flags?|warns?|alerts?|checks?|won't|can't|will|never))\b`,
  'gi',
);

/** Verbs that carry the marker but say nothing about a change ("this won't happen again"). */
const EVENT_VERB = /^(?:happen\w*|occur\w*|recur\w*|be|is|are|was|were|been|caus\w*|go|goes|went)$/;
/** Saying it will not happen again is a promise, not a change. */
const PROMISE_VERB = /^(?:promis\w*|guarantee\w*|assur\w*|hope\w*|trust\w*|think\w*|believe\w*|want\w*|wish\w*)$/;

/** Does the verb a future-scope marker belongs to state a change we make? */
function markerOnChange(reply: Reply, hit: Hit): boolean {
  const groups = verbGroups(reply, hit.sentence);
  const before = groups.filter((g) => g.verb.start < hit.start).reverse();
  const after = groups.filter((g) => g.verb.start >= hit.end);
  for (const g of [...before, ...after]) {
    if (EVENT_VERB.test(g.verb.word) || g.aspect === 'nonfinite') continue;
    if (isAction(reply, hit.sentence, g)) return true;
    if (PROMISE_VERB.test(g.verb.word) || g.subject === 'customer' || g.subject === 'none') return false;
    // "reminders will now go to your mobile", "every job is now signed off": a standing change.
    if (g.subject === 'thing' || g.subject === 'named') return !g.negated && g.aspect !== 'past' && g.aspect !== 'modal';
  }
  return false;
}

export function hasPrevention(reply: Reply): boolean {
  const end = signOffStart(reply);
  for (const hit of scan(reply, FUTURE_SCOPE)) {
    if (hit.sentence.index >= end || hit.sentence.isQuestion) continue;
    if (markerOnChange(reply, hit)) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'requires-prevention',
    description: 'A complaint reply should say what will stop the problem happening again',
    family: 'structure',
    languages: ['en'],
    defaultSeverity: 'info',
    fixable: false,
    checklist: 'prevent',
    docs: {
      why:
        'A customer who complained wants to know it will not happen to them again. Telling them what changes ' +
        '(a check added, a setting switched, a team briefed) turns the complaint into an improvement they can ' +
        'see, and keeps them as a customer. Keep it concrete and honest: "we have added a check", not "this ' +
        'will never happen again".',
      seeds: [
        '004 "Cement the relationship ... tell the customer what will be done to prevent a recurrence"',
        '003 "Use the feedback": reduce the risk of the situation happening again',
        '001 "Complaints are gifts for you to improve your business practices"',
      ],
    },
    examples: {
      bad: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I've sent the blue one by express post today, and you'll have it by Thursday. Does that work for you?\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery, and I am sorry about that. I have refunded the charge this morning. Is there anything else I can help with?\n\nKind regards,\nAisha',
        "I can see your account was locked after the update, Jordan. Sorry about that! I've unlocked it right now, and I promise this will never happen again. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and I am very sorry. We will send a senior plumber on Monday at 8am. Would that time suit you?\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry. The second charge will be refunded within 24 hours. What else can I do for you today?\n– Rosa, RideShare Billing",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. I’ll move you to 14C by 6pm tonight. In future, please check your seat before paying. Would you like extra legroom?\n\nCheers,\nNina",
        "Hi Ola,\n\nI understand you were charged twice, and I'm sorry. I've refunded the duplicate charge today, and it will show within three days. Is there anything else I can do for you?\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am so sorry. Our technician will replace the valve on Wednesday morning. Does that work for you?\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nI understand your parcel has been at the depot for a week, and I'm sorry. I've booked a courier to collect it, and it will be with you before noon on Saturday. Will you be home to receive it?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. I have refunded both nights today. Is there anything else I can do to make your next stay a good one?\n\nKind regards,\nMarta Lind',
      ],
      good: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I've sent the blue one today, and I've asked the warehouse to double-check colours on future orders. Does that work for you?\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery, and I am sorry about that. I have refunded it this morning and fixed the setting that caused it, so this won\'t happen on your next order. Anything else I can help with?\n\nKind regards,\nAisha',
        "I can see your account was locked after the update, Jordan. Sorry about that! I've unlocked it, and our developers have fixed the root cause in today's release. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and I am very sorry. A senior plumber will visit on Monday at 8am, and from now on every job is signed off by you before we leave. Would that suit you?\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry. The second charge will be refunded within 24 hours, and we have added a check that blocks duplicate payments. What else can I do for you today?",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. I’ll move you to 14C by 6pm tonight, and I've saved your aisle preference so future bookings keep it. Would you like extra legroom?\n\nCheers,\nNina",
        "Hi Ola,\n\nI understand you were charged twice, and I'm sorry. I've refunded the duplicate today and switched off the old payment method so it can't happen again. Is there anything else I can do for you?\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am so sorry. Our technician will replace the valve on Wednesday, and we will service it every six months going forward. Does that work for you?\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nI understand your parcel has been at the depot for a week, and I'm sorry. I've booked a courier for Saturday, and I've briefed the depot team to make sure this doesn't happen again. Will you be home?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. I have refunded both nights today, and we now warn every guest about works before they book, to prevent a repeat. Anything else I can do?\n\nKind regards,\nMarta Lind',
      ],
    },
  },
  check(reply, context) {
    if (hasPrevention(reply)) return;
    reportMissing(
      context,
      "The reply doesn't say what will stop this happening again.",
      'Say what changes: "I\'ve added a check so orders like yours are reviewed before they ship."',
    );
  },
});
