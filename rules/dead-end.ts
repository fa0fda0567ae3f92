// dead-end: a refusal or an "I don't know" that stops there. The table finds the refusal ("we can't change
// it", "that's not possible", "we don't offer that", "I'm not sure", a bare "No.", "you'll have to wait");
// the rule then reads what follows it in the same paragraph and lets it pass when the reply offers a way on:
// an alternative, something the customer can do, an action by us, or a time to come back (see way-forward.ts).
//
// Where the line with deflects-responsibility runs: that rule owns *why* we say no (a policy, "the system",
// a vendor, "they", "nothing I can do", "out of my hands"); this one owns the no itself when nothing follows
// it. A sentence can be both ("Per the policy, we can't pay this"): each rule points at its own words.
import { definePhraseRule, reportHit } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit } from '../src/phrases/table.js';
import type { Reply } from '../src/types.js';
import { offersWayForward } from './_structure/way-forward.js';

const A = "['`]"; // apostrophes as typed (curly ones are straightened before rules run)
const ADV = String.raw`(?:(?:really|simply|just|unfortunately|sadly|currently|still|honestly|genuinely|actually|afraid)\s+)?`;
// The rest of the clause after a refusal's verb, so the report covers "we cannot pay this part of the claim".
const CLAUSE = String.raw`(?:[ \t]{1,3}(?!(?:but|because|as|since|so|although|though|however|unless|until|if|while|and\s+(?:I|we|you)|or)\b)[\w'$£€%/-]{1,25}){0,8}`;
const AGENT = String.raw`(?:I|we|(?:our|my|the)\s+(?:[\w-]{1,20}\s+)?(?:team|department|staff|engineers?|technicians?|agents?|store|shop|warehouse|colleagues?|support\s+team|specialists?))`;
// Between the subject and its verb: a space, or straight on into a contraction ("we're", "I'm").
const SEP = String.raw`(?:\s+|(?=${A}))`;
const CANT = String.raw`(?:can${A}?t|cannot|can\s+not|${A}(?:m|re)\s+unable\s+to|(?:am|are)\s+unable\s+to|(?:${A}m|${A}re|am|are)\s+not\s+able\s+to|aren${A}?t\s+able\s+to|(?:is|${A}s)\s+(?:not\s+able|unable)\s+to|isn${A}?t\s+able\s+to|won${A}?t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|(?:won${A}?t|will\s+not)\s+be\s+possible\s+(?:for\s+(?:me|us)\s+)?to|finds?\s+it\s+impossible\s+to|(?:wouldn${A}?t|would\s+not)\s+be\s+able\s+to)`;
// Past inability: "we weren't able to find your booking", "we couldn't recover the photos".
const COULDNT = String.raw`(?:couldn${A}?t|could\s+not|wasn${A}?t\s+able\s+to|weren${A}?t\s+able\s+to|(?:was|were)\s+(?:not\s+able|unable)\s+to)\s+[a-z]{2,25}\b`;
// Idioms with "can't" that are warmth, not refusal: "we can't wait to see you", "I can't thank you enough".
const WARM_CANT = String.raw`\s+(?:wait|believe|thank|imagine|stress|recommend|praise|say\s+enough|help\s+but|go\s+wrong|beat|complain|miss|be\s+happier|be\s+prouder|be\s+more|apologi[sz]e\s+enough|tell\s+you\s+how)\b`;
// "I can't do anything about it", "can't see any issues on our side": powerlessness and denial belong to
// deflects-responsibility and downplays-problem.
const OTHER_RULES_CANT = String.raw`\s+(?:do\s+(?:anything|much|more)|help\s+it|see\s+(?:any|an)\s+(?:issues?|problems?|faults?|errors?|outages?)|find\s+(?:any|an)\s+(?:issues?|problems?|faults?|errors?|outages?))\b`;
const NOT_A_REFUSAL = new RegExp(String.raw`(?:can${A}?t|cannot|can\s+not|couldn${A}?t|could\s+not)(?:${WARM_CANT}|${OTHER_RULES_CANT})`, 'i');
// Clause openers that make the refusal hypothetical: "if we can't fix it, we'll replace it".
const HYPOTHETICAL = String.raw`(?:\bif|\bunless|\bwhen|\bwhether|\bin\s+case|\beven\s+if|\bso\s+that|\bjust\s+in\s+case|\bwhere)\s+(?:[\w'-]+\s+){0,4}$`;
const DONT = String.raw`(?:don${A}?t|do\s+not|dont)`;
// Things we do not do or have for the customer ("we don't offer gift wrapping", "we don't ship abroad").
const SERVICE_VERB = String.raw`(?:offer|sell|stock|carry|support|provide|accept|allow|ship|deliver|do|issue|take|permit|cover|price[- ]?match|refund|exchange|have)`;
const WAY = String.raw`(?:way|ways|option|options|means|possibility|alternative|alternatives|workaround|fix|solution)`;

const ENTRIES: PhraseEntry[] = [
  // Not knowing: "I don't know", "we don't really know yet", "no idea", "I'm not sure", "I don't understand".
  {
    name: 'dont-know', triggers: ['know'],
    regex: String.raw`${AGENT}\s+${ADV}${DONT}\s+(?:really\s+|actually\s+|honestly\s+)?know(?:\s+(?:why|what|how|when|where|who|whether|if)${CLAUSE}|\s+(?:yet|the\s+answer|that|for\s+sure|anything\s+about\s+(?:that|this|it)))?`,
    unless: { after: String.raw`\s+(?:of\s+(?:any|an)|about\s+you|how\s+to\s+thank|what\s+(?:we|I)${A}?d\s+do\s+without|where\s+(?:we|I)${A}?d\s+be)`, before: HYPOTHETICAL },
  },
  // The colloquial form, alone or with a subject: "Dunno.", "I dunno, sorry."
  { name: 'dunno', triggers: ['dunno'], regex: String.raw`(?<![\w'])(?:I\s+|we\s+)?dunno\b(?:\s+(?:why|what|how|when|where|who|whether|if)${CLAUSE})?` },
  // "I wouldn't know", "we wouldn't know, sorry" (not "I wouldn't know where to start without you").
  { name: 'wouldnt-know', triggers: ['know'], regex: String.raw`${AGENT}\s+${ADV}(?:wouldn${A}?t|would\s+not)\s+know(?=\s*(?:[.!,;…]|$))`, unless: { before: HYPOTHETICAL } },
  { name: 'no-idea', triggers: ['idea', 'clue'], regex: String.raw`(?:(?<![\w'])(?:I\s+|we\s+)?(?:haven${A}?t|have\s+not)\s+(?:got\s+)?(?:a|the\s+(?:slightest|faintest|foggiest))\s+(?:idea|clue))|(?:(?:I|we)(?:\s+have|${A}ve)(?:\s+got)?\s+|(?<![\w'])(?:honestly\s+|really\s+)?)(?:no|not\s+(?:a|the\s+slightest|the\s+faintest))\s+(?:real\s+|slightest\s+|faintest\s+)?(?:idea|clue)`, unless: { after: String.raw`\s+(?:is|too|that\s+you)\b` } },
  {
    name: 'not-sure', triggers: ['sure'],
    regex: String.raw`(?:${AGENT}(?:${A}m|${A}re|\s+am|\s+are)\s+${ADV}not\s+(?:entirely\s+|quite\s+|totally\s+|100%\s+|really\s+)?sure|(?:^|(?<=[.!?,]\s{0,3}))(?:(?:I${A}m|We${A}re)\s+)?not\s+sure)(?:\s+(?:why|what|how|when|where|who|whether|if|yet|about\s+(?:that|this)|I\s+(?:follow|understand)))?`,
    flags: 'im',
    unless: { before: HYPOTHETICAL },
  },
  {
    name: 'dont-understand', triggers: ['understand', 'follow', 'get'],
    regex: String.raw`${AGENT}\s+${ADV}(?:${DONT}|didn${A}?t|did\s+not)\s+(?:really\s+|quite\s+|fully\s+)?(?:understand|follow|get\s+(?:it|what|why|how|that|the\s+problem|the\s+issue|your\s+question))(?:\s+(?:the\s+(?:problem|issue|question)|your\s+question|what\s+you\s+mean))?`,
    unless: { before: HYPOTHETICAL },
  },
  // Refusals and inability: "we can't do that", "I'm unable to change it", "we weren't able to find it".
  {
    name: 'cannot', triggers: ['can', 'unable', 'able', 'impossible', 'possible'],
    regex: String.raw`${AGENT}${SEP}${ADV}${CANT}(?:\s+${ADV}[\w'-]{1,25})?${CLAUSE}|(?<![\w'])(?:I|we)${A}?(?:m|re)?\s+afraid\s+(?:we|I)\s+${CANT}(?:\s+[\w'-]{1,25})?${CLAUSE}`,
    unless: { after: String.raw`${WARM_CANT}|${OTHER_RULES_CANT}`, before: HYPOTHETICAL },
    keep: (hit) => !NOT_A_REFUSAL.test(hit.text),
  },
  // The same refusal in the passive: "gift cards can't be refunded", "your booking cannot be changed".
  {
    name: 'cannot-be', triggers: ['can', 'able', 'won', 'will'],
    regex: String.raw`[\w-]+\s+${ADV}(?:can${A}?t|cannot|can\s+not|won${A}?t|will\s+not)\s+be\s+(?:refunded|returned|exchanged|changed|cancell?ed|transferred|reversed|amended|modified|reopened|reinstated|extended|moved|rebooked|replaced|repaired|recovered|restored|waived|credited|upgraded|downgraded|merged|undone|done|fixed|processed|honou?red|delivered|shipped)\b${CLAUSE}`,
    unless: { before: HYPOTHETICAL },
    keep: (hit) => !/^(?:I|we|you)\b|\bundone\b/i.test(hit.text),
  },
  {
    name: 'could-not', triggers: ['could', 'able', 'unable'],
    regex: String.raw`${AGENT}\s+${ADV}${COULDNT}${CLAUSE}`,
    // "Sorry we couldn't get the lower fare for you": an apology for what happened, not a refusal now.
    unless: { before: String.raw`${HYPOTHETICAL}|\bsorry\s+(?:that\s+)?$` },
    keep: (hit) => !NOT_A_REFUSAL.test(hit.text),
  },
  { name: 'will-not', triggers: ['will', 'won', 'wont'], regex: String.raw`(?<![\w'])(?:I|we)\s+(?:won${A}?t|will\s+not)(?=\s*(?:[.!,;…]|$))|${AGENT}\s+${ADV}(?:won${A}?t|will\s+not)\s+(?:be\s+)?(?:refund|replac|accept|honou?r|exchang|reimburs|compensat|cover|extend|reinstat|waiv|allow|mak(?:e|ing)\s+an\s+exception|do(?:ing)?\s+(?:that|this|it)(?!\s+again))\w*${CLAUSE}`, unless: { before: HYPOTHETICAL } },
  // Things we don't do or have: "we don't offer that", "we no longer stock it".
  {
    name: 'dont-offer', triggers: ['not', 'longer', 'don', 'wouldn', 'wouldnt'],
    regex: String.raw`${AGENT}\s+${ADV}(?:${DONT}\s+(?:currently\s+|yet\s+)?|no\s+longer\s+|(?:wouldn${A}?t|would\s+not)\s+(?:usually\s+|normally\s+|typically\s+)?)${SERVICE_VERB}\b${CLAUSE}`,
    unless: { after: String.raw`\s+to\b|\s+(?:any\s+)?(?:reports?|issues?|problems?|faults?|outages?|known|record\s+of\s+(?:any|an)\s+(?:issues?|problems?|outages?))\b|\s+(?:any\s+)?(?:more\s+)?(?:questions|worries)\b`, before: HYPOTHETICAL },
  },
  // Not possible, not available, no way: "that's not possible", "there's no way to change that".
  {
    name: 'not-possible', triggers: ['possible', 'impossible', 'option', 'available', 'unavailable', 'something', 'supported', 'offered', 'stocked'],
    // The subject word starts the match ("that's", "gift wrapping isn't"); our own availability ("I'm not
    // available on Friday") is a diary, not a refusal.
    regex: String.raw`[\w-]+(?:(?:${A}s|${A}re|\s+(?:is|are|was|were))\s+(?:simply\s+|just\s+|unfortunately\s+|sadly\s+|currently\s+|really\s+)?(?:not|no\s+longer)|\s+(?:isn|aren|wasn|weren)${A}?t|\s+(?:won${A}?t|will\s+not)\s+be)\s+(?:currently\s+|yet\s+|really\s+)?(?:possible|an\s+option|available|supported|offered|stocked|something\s+(?:we|I)\s+(?:can|could|do|offer))${CLAUSE}|(?:[\w-]+(?:${A}s|${A}re|\s+(?:is|are|was|were))\s+)?(?:impossible|unavailable)${CLAUSE}`,
    unless: { before: HYPOTHETICAL, after: String.raw`\s+(?:for\s+(?:me|us)\s+to\s+)?(?:say\s+how|thank|overstate)` },
    keep: (hit) => !/^(?:I|we|I'm|we're|nothing|not|never)\b/i.test(hit.text),
  },
  {
    name: 'no-way', triggers: ['way', 'ways', 'option', 'options', 'means', 'possibility', 'alternative', 'alternatives', 'workaround', 'fix', 'solution'],
    regex: String.raw`there\s*(?:${A}s|\s+is|\s+are|\s+was|\s+were)\s+(?:currently\s+|unfortunately\s+|simply\s+|really\s+|just\s+|still\s+)?(?:no|not\s+(?:a|an|any))\s+(?:[\w-]+\s+){0,2}?${WAY}${CLAUSE}|there\s+(?:isn|aren|wasn|weren)${A}?t\s+(?:currently\s+|really\s+|yet\s+)?(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?${WAY}${CLAUSE}`,
    unless: { before: HYPOTHETICAL },
    // "There's no better way to celebrate": praise, not a refusal.
    keep: (hit) => !/\bno\s+(?:better|easier|finer|nicer|quicker|faster)\s+way\b/i.test(hit.text),
  },
  // "There's no information to share at this time", "we have no update at the moment": not knowing, said as no news.
  {
    name: 'no-news', triggers: ['information', 'info', 'update', 'updates', 'news', 'details', 'eta', 'timeline', 'timeframe'],
    regex: String.raw`there(?:${A}s|\s+is|\s+are)\s+(?:currently\s+|unfortunately\s+|just\s+|still\s+)?no\s+(?:further\s+|new\s+|more\s+)?(?:info(?:rmation)?|updates?|news|details|ETA|timeline|timeframe)(?:\s+(?:to\s+share|available|yet|on\s+(?:that|this|it)|at\s+(?:the|this)\s+(?:moment|time)|right\s+now))?|${AGENT}(?:\s+(?:have|has)|${A}ve)(?:\s+got)?\s+(?:currently\s+|unfortunately\s+|still\s+)?no\s+(?:further\s+|new\s+|more\s+)?(?:info(?:rmation)?|updates?|news|details|ETA|timeline|timeframe)(?:\s+(?:to\s+share|on\s+(?:that|this|it)|available|yet|at\s+(?:the|this)\s+(?:moment|time)|right\s+now|for\s+you))?`,
    unless: { before: HYPOTHETICAL },
  },
  // "We have no way of checking that", "I've got no means to see it".
  {
    name: 'we-have-no-way', triggers: ['way', 'ways', 'option', 'options', 'means', 'possibility'],
    regex: String.raw`${AGENT}(?:\s+(?:have|has)|${A}ve)(?:\s+got)?\s+(?:currently\s+|unfortunately\s+|really\s+|simply\s+)?no\s+(?:[\w-]+\s+)?(?:way|ways|option|options|means|possibility)\s+(?:of|to|for)\b${CLAUSE}`,
    unless: { before: HYPOTHETICAL },
  },
  // "Not possible, sorry." / "Sadly not an option." as an answer of its own.
  {
    name: 'bare-not-possible', triggers: ['possible', 'option', 'available', 'doable', 'allowed', 'permitted', 'feasible'], flags: 'im',
    regex: String.raw`(?:^|(?<=[.!?:]\s{1,3})|(?<=@\w{1,30}\s{1,3}))(?:(?:sadly|unfortunately|sorry|no),?\s+)?not\s+(?:possible|an\s+option|available|doable|allowed|permitted|feasible)(?=\s*(?:[.!…,]|$))`,
  },
  // "Can't be done." / "Cannot do that, sorry." as an answer of its own, the subject left out.
  {
    name: 'bare-cant', triggers: ['can', 'cannot', 'cant'], flags: 'im',
    regex: String.raw`(?:^|(?<=[.!?:]\s{1,3})|(?<=@\w{1,30}\s{1,3}))(?:(?:sadly|unfortunately|sorry|no),?\s+)?(?:can${A}?t|cannot|can\s+not)\s+(?:be\s+done|do\s+(?:that|this|it)|help(?:\s+(?:you|with\s+(?:that|this|it)|there|on\s+(?:that|this)|with\s+that\s+one)){0,2}|change\s+(?:that|this|it))(?=\s*(?:[.!…,]|$))`,
  },
  // A no put softly, as an answer of its own: "Sorry, no.", "I'm afraid not.", "Sadly not."
  {
    name: 'sorry-no', triggers: ['no', 'not', 'nope'], flags: 'im',
    regex: String.raw`(?:^|(?<=[.!?:]\s{1,3})|(?<=@\w{1,30}\s{1,3}))(?:(?:sorry|unfortunately|sadly|regrettably),?\s+(?:but\s+)?(?:no|nope|not)|(?:I${A}m\s+|I\s+am\s+|we${A}re\s+)?afraid\s+(?:not|no))(?=\s*(?:[.!…]|$))`,
  },
  // "Nothing we can offer.", "There's nothing else I can suggest."
  {
    name: 'nothing-to-offer', triggers: ['nothing'],
    regex: String.raw`(?:there${A}s\s+|there\s+is\s+)?nothing\s+(?:(?:else|more|further)\s+)?(?:(?:that\s+)?(?:we|I)\s+(?:can|could)\s+(?:offer|suggest|give\s+you|recommend|provide)|(?:to\s+)?(?:offer|suggest)(?:\s+(?:you|at\s+(?:the|this)\s+(?:moment|time)))?)(?=\s*(?:[.!…,;]|$))`,
    unless: { before: HYPOTHETICAL },
  },
  // "That's not allowed.", "It isn't permitted.": a no with no subject to the rule named.
  {
    name: 'not-allowed', triggers: ['allowed', 'permitted', 'doable', 'feasible'],
    regex: String.raw`(?:that|this|it)(?:${A}s|\s+is|\s+was)\s+(?:just\s+|simply\s+|unfortunately\s+|sadly\s+|really\s+)?not\s+(?:really\s+|currently\s+)?(?:allowed|permitted|doable|feasible)|(?:that|this|it)\s+(?:isn${A}?t|wasn${A}?t)\s+(?:really\s+|currently\s+)?(?:allowed|permitted|doable|feasible)`,
    unless: { before: HYPOTHETICAL },
  },
  // A bare no: "No." / "No, sorry." / "Nope." as an answer of its own.
  {
    name: 'bare-no', triggers: ['no', 'nope'], flags: 'm',
    regex: String.raw`(?:^|(?<=[.!?:]\s{1,3})|(?<=@\w{1,30}\s{1,3}))(?:No|NO|Nope)(?:,?\s+(?:we|I)\s+(?:don${A}?t|do\s+not|can${A}?t|cannot|won${A}?t|will\s+not))?(?=\s*(?:[.!…]|$)|,?\s+(?:sorry|I${A}m\s+afraid|unfortunately)\s*(?:[.!…](?=\s|$)|$))`,
  },
  // A demand with no help or reason: "You'll have to wait.", "You will have to fill in the form again.", "You'll have to…".
  {
    name: 'you-have-to', triggers: ['have', 'need', 'must'],
    regex: String.raw`you(?:${A}ll|\s+will|${A}d|\s+would)?\s+(?:just\s+|simply\s+|still\s+)?(?:have|need)\s+to\s+wait(?:\s+(?:longer|a\s+bit|until|for)\b[^.!?\n]{0,40})?|you\s+(?:must|will\s+need\s+to)\s+wait|you(?:${A}ll|\s+will|${A}d|\s+would)?\s+(?:just\s+|simply\s+)?have\s+to\s+(?:go|do\s+(?:it|that|this)|apply|book|order|pay)\s+online(?=\s*(?:[.!…]|$))|you(?:${A}ll|\s+will)\s+(?:just\s+|simply\s+)?have\s+to(?=\s*(?:[.!…]|$))|you(?:${A}ll|\s+will|${A}d|\s+would)?\s+(?:just\s+|simply\s+)?(?:have|need)\s+to\s+(?:fill\s+(?:in|out)|resubmit|re-?apply|re-?send|re-?order|re-?book|re-?register|re-?enter|start\s+(?:over|again|from\s+scratch)|come\s+back\s+(?:later|another\s+time)|(?:call|ring|phone|contact|email|e-mail|write\s+to|message)\s+(?:us\s+|them\s+|in\s+)?(?:back|again)|try\s+again\s+later|pay)\b[^.!?\n,]{0,60}|you(?:${A}ll|\s+will|${A}d|\s+would)?\s+(?:just\s+|simply\s+)?(?:have|need)\s+to\s+[a-z]+(?:\s+[\w'-]+){0,5}\s+again\b`,
    unless: { around: String.raw`\b(?:so\s+(?:that|we|I|you|it)|in\s+order\s+to|because|since|for\s+(?:us|me)\s+to|before\s+(?:we|I|you|it)|first|then)\b|\bto\s+(?:make\s+sure|ensure|protect|keep|confirm|verify|log\s+in|sign\s+in|access|receive|finish|complete|activate|unlock|process|qualify|claim|get\s+(?:the|your|a))\b` },
  },
  // A restriction put to the customer: "You can't change the date once it's booked."
  {
    name: 'you-cannot', triggers: ['can', 'could', 'able'],
    regex: String.raw`(?<![\w'])you\s+${ADV}(?:can${A}?t|cannot|can\s+not|couldn${A}?t|could\s+not|won${A}?t\s+be\s+able\s+to|aren${A}?t\s+able\s+to|are\s+not\s+able\s+to)\s+(?:change|cancel|return|exchange|transfer|amend|modify|upgrade|downgrade|get\s+a\s+refund|have\s+a\s+refund|book|rebook|reschedule|use|add|remove)\b${CLAUSE}`,
    unless: { before: HYPOTHETICAL },
  },
];

// A question that asks about the refusal is not one: "Are you saying that 466 isn't available to you?"
const ASKING = /^\W*(?:@\w+\s+)*(?:(?:hi|hey|hello|ok|okay|so|and)\W+)?(?:are|is|was|were|do|does|did|can|could|would|will|have|has|why|what|how|when|where|who|which)\b[^,;:]*$/i;

// A condition right after the refusal that says what would make it possible.
const CONDITION_AFTER = /\b(?:without|unless|until)\s+(?:(?:you|your|the|a|an|we|it|they|this)\b|[a-z]+ing\b)/i;

/** A refusal nothing after it (or a plain offer just before it) in its paragraph answers. */
function stopsThere(hit: PhraseHit, reply: Reply): boolean {
  if (hit.sentence.isQuestion && ASKING.test(reply.text.slice(hit.sentence.start, hit.start))) return false;
  // "We can't verify anything without authenticating your account": the condition is the way on.
  if (CONDITION_AFTER.test(reply.text.slice(hit.start, Math.min(hit.sentence.end, hit.end + 40)))) return false;
  return !offersWayForward(reply, hit.start, hit.end, hit.entry.name === 'bare-no' ? 'any-content' : 'offer');
}

export default definePhraseRule({
  meta: {
    id: 'dead-end',
    description: 'A refusal or "I don\'t know" with no alternative, next step or time to come back',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      default: '"{{text}}" stops there: nothing after it says what you can do instead or when you will know.',
    },
    docs: {
      why:
        'A flat no, or "I don\'t know", ends the conversation for a customer who came to us to get something ' +
        'done. Saying no is sometimes right; leaving them with nowhere to go is not. Keep the answer honest and ' +
        'add the way on in the same breath: what you can do instead, what they can try, what you will do, or ' +
        'when you will know more. The rule passes a refusal when the rest of its paragraph offers one of those.',
      seeds: [
        '003 "A positive Attitude Is Everything for Customer Engagement"; "handle negative feedback in a positive way"',
        '001 step 3: "Fix the problem – or discuss how it will be fixed"',
      ],
    },
    examples: {
      bad: [
        "I don't know.",
        'No idea, sorry.',
        "We can't do that.",
        "That's not possible.",
        "We don't offer that.",
        'No.',
        'Unfortunately there is no way to change that.',
        "You'll have to wait.",
        "You'll have to fill in the form again.",
        "I'm not sure why the invoice shows that amount.",
        "We're unable to refund tickets once the show has started.",
        'I am afraid we cannot extend the trial.',
        'Our team is not able to recover deleted photos.',
        "Gift wrapping isn't available for this item.",
        "We don't ship to PO boxes.",
        "There isn't a workaround for that error at the moment.",
        "Sorry, that option isn't available on your plan. Thanks for your understanding.",
        'We no longer stock the blue model.',
        "I don't really understand the problem.",
        "We can't help you with that, sorry. Is there anything else we can do for you?",
        'We weren’t able to find your booking.',
        "You can't change the seat once the booking is paid.",
        "Changing the name on a ticket is impossible.",
        "I have no idea when the stock comes in.",
      ],
      good: [
        "I don't know yet, so I'm asking the warehouse and will reply by 3 pm.",
        "We can't change the delivery date, but I can send it to a pickup point near you instead.",
        "That plan isn't available in your country; the Plus plan has the same storage and I can switch you today.",
        "You'll need your order number to log in.",
        'No, it won’t affect your bill; the credit shows on next month’s statement.',
        "I'm not sure what caused it, so I've asked our engineers to check the logs.",
        "We don't sell the charger on its own, but you can order it from our spares shop.",
        "There's no way to merge the two accounts, but I can move your orders across for you.",
        "We can't wait to see you at the launch!",
        "I can't thank you enough for the kind words.",
        "If we can't fix it by Friday, we'll replace the unit.",
        "We're unable to reopen the ticket, although we do have a new slot at 8 pm if that suits you.",
        "That size is out of stock right now. It should be back next week, and I'll email you when it is.",
        "You'll have to wait about ten minutes for the code to arrive, then sign in with it.",
        "Unfortunately gift cards can't be refunded. What I can do is move the balance to a new card.",
        "I'm not sure, but let me check with the store and come back to you this afternoon.",
        "We don't have that model in stock. Instead, we have the newer one at the same price.",
        "No problem at all, the change is done.",
        "Make sure you're signed in before you start.",
        "We can't see your order yet. Could you send us the confirmation email so we can find it?",
        "I don't know of any better deal than this one, and it's yours if you want it.",
        "We weren't able to deliver on Tuesday, so the courier will try again tomorrow morning.",
      ],
    },
  },
  table: ENTRIES,
  report(hits, reply, context) {
    // One report per paragraph: the first refusal nothing after it answers (later ones in the same stretch
    // have the same fix).
    const done = new Set<number>();
    for (const hit of hits) {
      const p = hit.sentence.paragraph;
      if (done.has(p) || !stopsThere(hit, reply)) continue;
      done.add(p);
      reportHit(context, hit, reply, { suggestions: [{ desc: 'Say what you can do instead, or when you will know.' }] });
    }
  },
});

