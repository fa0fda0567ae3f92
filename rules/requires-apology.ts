// requires-apology: a complaint reply should contain a real apology. An apology the non-apology rule flags
// ("sorry you feel that way", "sorry for any inconvenience") does not count.
import { defineRule } from '../src/rule-api.js';
import type { Reply } from '../src/types.js';
import { scan, type Hit } from '../src/nlp/match.js';
import { sentenceTerms } from '../src/nlp/terms.js';
import { verbGroups } from './_structure/verb-groups.js';
import { nonApologySpans, overlapsAny } from './_structure/related.js';
import { reportMissing } from './_structure/report.js';

const APOLOGY = /\b(?:sorry|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|regret(?:s|ted)?|forgive)\b/gi;

/** Senses of the words that are not us apologising for the problem. */
const NOT_AN_APOLOGY_AFTER = /^(?:\s+to\s+(?:bother|trouble|disturb|interrupt)\b|\s+for\s+(?:bothering|troubling|disturbing)\b|\s+state\b|\s+for\s+(?:you|him|her|them)\b|\s+letter\b)/i;
const NOT_AN_APOLOGY_BEFORE = /(?:\b(?:no\s+need\s+to|don't\s+need\s+to|do\s+not\s+need\s+to|nothing\s+to|never|don't|do\s+not|no|not|your|their|his|her|feel|felt|feeling)\s+(?:\w+\s+)?)$/i;

function isRealApology(reply: Reply, hit: Hit): boolean {
  const word = hit.text.toLowerCase();
  const before = reply.text.slice(hit.sentence.start, hit.start);
  const after = reply.text.slice(hit.end, hit.sentence.end);
  if (NOT_AN_APOLOGY_BEFORE.test(before) || NOT_AN_APOLOGY_AFTER.test(after)) return false;
  if (word.startsWith('regret')) {
    // "I regret that we ...", "we deeply regret the mistake"; not "we regret to inform you".
    if (!/^\s+(?:that|the|our|my|this|it|not|having)\b/i.test(after)) return false;
  }
  if (word === 'forgive') return /\b(?:please\s+)?forgive\s+(?:me|us)\b/i.test(reply.text.slice(hit.start, hit.sentence.end));
  if (word === 'apology' || word === 'apologies') {
    // "my apologies", "please accept our apologies", "we owe you an apology", "as an apology", "with apologies"
    if (!/\b(?:my|our|sincere|deepest|sincerest|humble|accept|owe\s+you|an|with|many|again)\s+(?:\w+\s+)?$/i.test(before) && !/^\s*(?:for|,|\.|!|$)/i.test(after)) return false;
    return true;
  }
  // Plainly ours: "I'm so sorry", "We apologise", "Sorry about that" at the start of a sentence.
  if (/^(?:\W*|.*[,;:—–-]\s*)$/.test(before) || /\b(?:I|we)(?:'m|'re|\s+am|\s+are|\s+do|\s+must|\s+want\s+to|\s+would\s+like\s+to)?(?:\s+(?:so|very|really|truly|deeply|sincerely|terribly|genuinely|just|also|again|completely))*\s*$/i.test(before)) return true;
  // Otherwise the grammar decides: the apology's verb group must be ours and not negated ("we won't apologise").
  const terms = sentenceTerms(reply, hit.sentence);
  const at = terms.findIndex((t) => t.start >= hit.start);
  // The apology's own verb: "apologise" itself, or the copula of "I'm sorry" right before it.
  const group = verbGroups(reply, hit.sentence).find((g) => terms.indexOf(g.verb) === at || (terms.indexOf(g.verb) === at - 1 && /^(?:am|is|are|was|were|'m|'re|be|been)$/.test(g.verb.word)));
  if (group && group.negated) return false;
  if (group && (group.subject === 'customer' || group.subject === 'thing' && group.subjectWord !== 'it')) return false;
  return true;
}

export function hasApology(reply: Reply): boolean {
  const hits = scan(reply, APOLOGY);
  if (hits.length === 0) return false;
  const spans = nonApologySpans(reply);
  return hits.some((hit) => !overlapsAny(spans, hit.start, hit.end) && isRealApology(reply, hit));
}

export default defineRule({
  meta: {
    id: 'requires-apology',
    description: 'A complaint reply should contain a real apology',
    family: 'structure',
    languages: ['en'],
    defaultSeverity: 'warn',
    fixable: false,
    checklist: 'apologize',
    docs: {
      why:
        'Something went wrong for this customer, and they want to hear that we are sorry for it. A short, plain ' +
        'apology for what happened ("I\'m sorry we sent the wrong size") owns the problem and lowers the heat; ' +
        'skipping it, or apologising only for how they feel or "for any inconvenience", reads as if we do not ' +
        'think anything went wrong at all.',
      seeds: [
        '001 step 2: "Apologize for the problem"',
        '000 "Apologize and mean it"',
        '004 "Cement the relationship. Apologize again"',
        '003 "Show legitimate empathy and apologize"',
      ],
    },
    examples: {
      bad: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue. I've sent the blue one by express post today, and you'll have it by Thursday. Does that work for you?\n\nBest,\nTom",
        "Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery on a free-shipping order. We're sorry you feel the charge was unfair. I have refunded it this morning. Is there anything else I can help with?\n\nKind regards,\nAisha",
        "I can see your account was locked after the update, Jordan. Sorry for any inconvenience this may have caused. I've unlocked it now, so you can sign in again. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak. We apologise if this caused you any trouble. I have booked another visit for Monday at 8am. Would that suit you?\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice for one ride. I've refunded the second charge today, and it will show on your card within three days. Is there anything else I can do for you today?",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat even though you chose an aisle. I'm sorry if that was confusing. I've moved you to 14C and emailed the new boarding pass just now. Would you like extra legroom too?\n\nCheers,\nNina",
        "Hi Ola,\n\nI can see we charged you for two subscriptions this month. I’ve cancelled the duplicate and refunded both charges today, so you won't be billed again. Is there anything else you need from me?\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. We regret any inconvenience. Our technician will replace the part on Wednesday at 9am. Does that work for you?\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nI understand your parcel has been sitting at the depot for a week. We're sorry that you are unhappy with the delivery. I've moved it to Saturday morning, and it will arrive before 1pm. Does Saturday suit you?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the building work was noisy during your stay. No need to apologise for raising it. I have refunded both nights today and noted your preference for a quiet room. Would you like a late checkout next time?\n\nKind regards,\nMarta Lind',
        "Hi Ben,\n\nYou mentioned your order arrived with a cracked screen. Sorry to bother you, but could you send a photo of the box? Once I have it, I'll ship a replacement the same day. Does that sound okay?\n\nThanks,\nLeah",
      ],
      good: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue. I'm sorry we got that wrong. I've sent the blue one by express post today. Does that work for you?\n\nBest,\nTom",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery on a free-shipping order. I apologise; that charge should never have been added. I have refunded it this morning. Is there anything else I can help with?\n\nKind regards,\nAisha',
        "I can see your account was locked after the update, Jordan. Sorry about that! I've unlocked it now, so you can sign in again. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak. Please accept my apologies for the wasted morning. I have booked another visit for Monday at 8am. Would that suit you?\n\nYours sincerely,\nGareth Lloyd',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry to hear that. I've refunded the second charge today, and it will show within three days. Is there anything else I can do for you today?",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat. My apologies, that's our mistake. I've moved you to 14C and emailed the new boarding pass just now. Would you like extra legroom too?\n\nCheers,\nNina",
        "Hi Ola,\n\nI can see we charged you for two subscriptions, and I’m really sorry for the worry that caused. I’ve cancelled the duplicate and refunded both charges today. Is there anything else you need from me?\n\nWarm regards,\nPriyanka",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am very sorry we did not fix it properly the first time. Our technician will replace the part on Wednesday at 9am. Does that work for you?\n\nBest wishes,\nClaire',
        "Hi Jess,\n\nI understand your parcel has been sitting at the depot for a week. Sorry for the wait. I've moved it to Saturday morning, and it will arrive before 1pm. Does Saturday suit you?\n\nThanks,\nOwen",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights. We owe you an apology: we should have warned you before you booked. I have refunded both nights today. Would you like a late checkout next time?\n\nKind regards,\nMarta Lind',
        "Hi Ben,\n\nYou mentioned your order arrived with a cracked screen. I deeply regret that we let it leave the warehouse like that. I'll ship a replacement today. Does that sound okay?\n\nThanks,\nLeah",
      ],
    },
  },
  check(reply, context) {
    if (hasApology(reply)) return;
    reportMissing(
      context,
      'No real apology. Say sorry for what went wrong (an apology for how the customer feels, or "for any inconvenience", does not count).',
      'Own it in one line: "I\'m sorry we sent the wrong size."',
    );
  },
});
