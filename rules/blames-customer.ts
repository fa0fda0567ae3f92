// blames-customer: telling customers the problem is their fault, or talking down to them.
// Fixed phrases are regexes. Two constructions need grammar: "you should/must have <verb>ed" (blame) vs
// "you should have received / had / been worried" (ownership, empathy), and "if you had <verb>ed ..., ... would"
// vs "if you had a booking"; the tagger decides those, on the candidate sentences only.
import { defineRule } from '../src/rule-api.js';
import { scan, terms, type Hit } from '../src/nlp/match.js';
import type { Reply } from '../src/types.js';

const ADV = String.raw`(?:(?:really|also|just|probably|clearly|obviously|simply|already|first|properly|actually|definitely|surely|then)\s+)?`;

// "you should have read", "you must have entered", "you should've checked", "you could have called us".
const MODAL_PERFECT = new RegExp(
  String.raw`\byou\s+${ADV}(should|must|ought\s+to|could|may|might)(?:\s+not|n't)?(?:\s+have|'ve)\s+${ADV}((?:[a-z]+-)?[a-z]+)`,
  'gi',
);
// Verbs after a modal perfect that own the failure or feel for the customer instead of blaming them.
const NOT_BLAME = new Set([
  'been', 'had', 'received', 'receive', 'got', 'gotten', 'heard', 'seen', 'felt', 'thought', 'wondered', 'worried',
  'waited', 'wanted', 'expected', 'hoped', 'assumed', 'imagined', 'found', 'noticed', 'come', 'gone', 'experienced',
  'suffered', 'lost', 'spent', 'needed', 'liked', 'loved', 'enjoyed', 'missed', 'being', 'access', 'to',
]);
// "could have" blames only when it names something the customer failed to do.
const COULD_BLAME = new Set(['contacted', 'called', 'asked', 'told', 'checked', 'read', 'emailed', 'mentioned', 'let', 'informed', 'phoned', 'looked', 'followed']);

// "If you had followed the guide, this wouldn't happen", "Had you chosen a courtyard room, you would not have ...".
const COUNTERFACTUAL = /(?:\bif\s+you(?:\s+(had)|('d))|(?:^|[,;:]\s*|\b(?:but|and)\s+)(had)\s+you)\s+(?:(?:only|just|simply|actually|properly|carefully|first|already)\s+)?([a-z]+)/gi;
const PARTICIPLE = /(?:ed|en)$|^(?:read|set|put|done|made|sent|paid|bought|kept|left|told|sold|spoken|understood|run|shut|cut|hit|brought|held|built|won|met|taken|chosen|written|given|shown|known|forgot(?:ten)?)$/;
const NOT_COUNTERFACTUAL_BLAME = new Set(['been', 'had', 'received', 'got', 'gotten', 'heard', 'seen', 'known', 'needed', 'wanted', 'liked', 'preferred', 'loved', 'experienced', 'waited', 'happened', 'mentioned', 'told']);

interface Check {
  re: RegExp;
  messageId: 'blames' | 'condescends';
  keep?: (hit: Hit, reply: Reply) => boolean;
}

const notConditional = (hit: Hit, reply: Reply) => !/\b(?:if|in\s+case|whether|when|unless)\s+(?:\w+\s+){0,2}$/i.test(reply.text.slice(hit.sentence.start, hit.start));
const notNegatedBefore = (n: number) => (hit: Hit, reply: Reply) =>
  !/\b(?:not|n't|no|never|nothing|hardly)\b[^.!?]*$/i.test(reply.text.slice(Math.max(hit.sentence.start, hit.start - n), hit.start));
const notOwned = (hit: Hit) => !/\b(?:sorry|apologi[sz]e|apologies|our\s+(?:fault|mistake|error)|on\s+us|we\s+(?:didn't|did\s+not|failed|forgot)|we\s+should\s+have)\b/i.test(hit.sentence.text);

// "calm down" said to the customer: at the start of the sentence or after "please", "you need to" ...
const CALM_LEAD = /(?:^\s*(?:@\w+\s+)*|\b(?:please|just|you\s+(?:need|have)\s+to|try\s+to|need\s+you\s+to|ask\s+you\s+to|(?:can|could|will)\s+you|you\s+(?:should|must)|you'll\s+need\s+to|okay|ok)\s*,?\s*)$/i;

const PHRASES: Check[] = [
  // "you failed to update your card", "you neglected to", "you forgot to".
  { re: /\byou\s+(?:have\s+|'ve\s+|had\s+|'d\s+)?(?:simply\s+|clearly\s+|obviously\s+)?(?:failed|neglected|forgot|forgotten|omitted)\s+to\b/gi, messageId: 'blames', keep: notConditional },
  // "you didn't read the email", "you never followed the steps".
  { re: /\byou\s+(?:clearly\s+|obviously\s+)?(?:didn't|did\s+not|never|haven't|have\s+not|hadn't|had\s+not)\s+(?:even\s+|actually\s+)?(?:bother(?:ed)?\s+to|read|follow(?:ed)?|pay(?:ed)?\s+attention|check(?:ed)?\s+(?:the|our|your)\s+(?:instructions|guide|email|terms|manual|faq))\b/gi, messageId: 'blames', keep: notConditional },
  // "It looks like you didn't properly unzip the file", "you haven't set it up correctly".
  { re: /\byou\s+(?:didn't|did\s+not|haven't|have\s+not|hadn't|had\s+not|weren't|were\s+not)\s+(?:(?:properly|correctly|carefully|fully)\s+\w+|\w+(?:\s+(?:it|them|this|that|up|in|out|the\s+\w+|your\s+\w+|our\s+\w+)){0,2}\s+(?:properly|correctly|carefully|right))\b/gi, messageId: 'blames', keep: notConditional },
  // "You picked the wrong date range", "you must have entered an incorrect address".
  { re: /\byou(?:'ve|\s+have|\s+had)?\s+(?:(?:accidentally|mistakenly|probably|clearly|obviously)\s+)?(?:entered|typed|selected|chose|chosen|picked|used|gave|given|provided|put|set|clicked|installed|ordered|booked|bought|sent|filled|added|uploaded|misread|misunderstood|misspelled|misspelt|mistyped)\s+(?:in\s+|out\s+|up\s+)?(?:the|a|an|your)\s+(?:wrong|incorrect|invalid)\b/gi, messageId: 'blames', keep: notConditional },
  { re: /\byou\s+(?:(?:clearly|obviously|evidently|apparently|simply|must\s+have|probably|seem\s+to\s+have|appear\s+to\s+have)\s+)?(?:misread|misunderstood|misspelled|misspelt|mistyped|overlooked|ignored|missed|skipped|disregarded)\s+(?:the|our|my|your|it|this|that)\b/gi, messageId: 'blames', keep: (h, r) => notConditional(h, r) && notOwned(h) },
  // "was your mistake", "your own fault"; not "this isn't your fault", "through no fault of your own".
  { re: /\b(?:(?:was|is|'s|were|are)\s+(?:entirely\s+|completely\s+|clearly\s+|totally\s+|all\s+)?your\s+(?:own\s+)?(?:fault|mistake|error|responsibility|doing|problem|oversight)|your\s+own\s+(?:fault|mistake|error|doing))\b/gi, messageId: 'blames', keep: notNegatedBefore(30) },
  // "This is user error", "the problem is on your end", "a mistake on your part".
  { re: /\b(?:user|operator|customer|human)\s+error\b/gi, messageId: 'blames', keep: notNegatedBefore(25) },
  { re: /\b(?:(?:problem|issue|fault|error|mistake)s?\s+(?:is|was|are|lies|lay|must\s+be|seems\s+to\s+be|appears\s+to\s+be)\s+(?:on|at|with)\s+your\s+(?:end|side|part)|(?:error|mistake|fault|oversight)\s+on\s+your\s+(?:part|side|end))\b/gi, messageId: 'blames', keep: notNegatedBefore(25) },
  // "As I already explained", "As I've said before", "Like I said", "As you were told".
  { re: /\b(?:as|like)\s+(?:I|we)(?:\s+have|'ve|\s+had|'d)?\s+(?:already|previously|repeatedly|clearly|just)\s+(?:\w+\s+)?(?:explained|said|mentioned|stated|told|advised|informed|pointed\s+out|noted|outlined|made\s+clear|confirmed|written|wrote)\b/gi, messageId: 'condescends' },
  { re: /\bas\s+(?:(?:I|we)(?:\s+have|'ve)?\s+)?(?:told\s+you|said|explained|mentioned|stated|advised|informed\s+you|written)\s+(?:(?:several|many|multiple|a\s+few|numerous|countless)\s+times|more\s+than\s+once|repeatedly|before|already|previously|last\s+time|twice)\b/gi, messageId: 'condescends' },
  { re: /\bas\s+(?:previously|already)\s+(?:explained|stated|mentioned|advised|said|discussed|noted|outlined|communicated|confirmed|informed)\b/gi, messageId: 'condescends' },
  { re: /\blike\s+(?:I|we)(?:'ve)?\s+(?:said|told\s+you)\b|\bas\s+(?:I|we)\s+(?:said|told\s+you)\s*,/gi, messageId: 'condescends' },
  { re: /\bas\s+you\s+(?:were|have\s+been|'ve\s+been|had\s+been)\s+(?:already\s+|previously\s+|clearly\s+)?(?:told|advised|informed|warned|notified|reminded)\b/gi, messageId: 'condescends' },
  // "As clearly stated on our website", "the app clearly asks you", "as stated clearly on the booking page".
  {
    re: /\bclearly\s+(?:stated|states|state|said|says|say|shown|shows|show|showed|explained|explains|explain|marked|mark|displayed|displays|display|asks|asked|ask|tells|told|tell|listed|lists|list|indicated|indicates|indicate|outlined|outlines|outline|labell?ed|mentioned|mentions|warns|warned|warn|noted|notes|advised|advises|printed|written|set\s+out|sets\s+out|visible|signposted|highlighted|specified|specifies|specify|spelled\s+out|spelt\s+out|spells\s+out)\b/gi,
    messageId: 'condescends',
    keep: (hit, reply) => !/(?:(?:\b(?:not|never|should|could|would|more|will|'ll|to\s+be|must\s+be|need\s+to\s+be|we|I|you|you've|you\s+have)|n't)\s+(?:\w+\s+)?)$/i.test(reply.text.slice(Math.max(hit.sentence.start, hit.start - 30), hit.start)),
  },
  { re: /\bas\s+(?:(?:is|was|it\s+is|it\s+was)\s+)?(?:stated|shown|explained|said|marked|displayed|listed|indicated|outlined|labell?ed|mentioned|noted|written|specified)\s+(?:very\s+)?clearly\b/gi, messageId: 'condescends' },
  { re: /\byou\s+were\s+(?:clearly|already|explicitly|specifically|definitely)\s+(?:told|informed|advised|warned|notified|reminded|shown|sent)\b/gi, messageId: 'blames', keep: notOwned },
  // "Next time, please read the instructions first."
  { re: /\b(?:next\s+time|in\s+(?:the\s+)?future|going\s+forward),?\s+(?:please\s+)?(?:(?:make\s+sure|be\s+sure|remember)\s+(?:you\s+|to\s+)?)?(?:read|check|double-check|follow|pay\s+attention|ensure\s+you|look\s+at)\b/gi, messageId: 'condescends' },
  // "Did you even read the instructions?", "Have you actually tried restarting it?"
  { re: /\b(?:did|have|do)\s+you\s+(?:even|actually|not|bother\s+to|even\s+bother\s+to)\s+(?:read|check|look|try|tried|follow|followed|open|opened|see|seen|bother|checked|looked|notice|noticed)\b/gi, messageId: 'condescends' },
  // "Please calm down", "no need to shout", "you're overreacting".
  {
    re: /\b(?:calm|settle|cool)\s+down\b/gi,
    messageId: 'condescends',
    keep: (hit, reply) => CALM_LEAD.test(reply.text.slice(hit.sentence.start, hit.start)),
  },
  { re: /\b(?:there's\s+|there\s+is\s+)?no\s+need\s+to\s+(?:shout|yell|swear|scream|be\s+(?:rude|so\s+\w+|aggressive|abusive|nasty|like\s+that)|get\s+(?:angry|upset|aggressive|worked\s+up|so\s+\w+|nasty|personal)|raise\s+your\s+voice|use\s+(?:that|this|such)\s+(?:tone|language)|panic|overreact|take\s+that\s+tone)\b/gi, messageId: 'condescends' },
  { re: /\byou(?:'re|\s+are)\s+(?:being\s+)?(?:very\s+|quite\s+|really\s+|a\s+bit\s+|rather\s+|so\s+)?(?:overreacting|unreasonable|rude|difficult|aggressive|abusive|hysterical|dramatic|irrational|over-?reacting)\b/gi, messageId: 'condescends', keep: notNegatedBefore(12) },
  { re: /\bwatch\s+your\s+(?:tone|language|mouth)\b/gi, messageId: 'condescends' },
  // "We announced this in the app ... two weeks ago", "you were clearly told at the time of booking".
  {
    re: /\bwe\s+(?:have\s+|'ve\s+|had\s+)?(?:already\s+|clearly\s+)?(?:announced|notified\s+(?:you|everyone|all)|informed\s+(?:you|everyone|all)|told\s+(?:you|everyone)|warned\s+(?:you|everyone|customers|all)|emailed\s+(?:you|everyone|all)|made\s+(?:it\s+|this\s+)?clear|sent\s+(?:you\s+|out\s+)?(?:an?\s+|several\s+|two\s+|three\s+)?(?:email|letter|notice|reminder|message|text)s?)\b[^.!?]{0,80}?\b(?:ago|already|in\s+advance|beforehand|several\s+times|multiple\s+times|repeatedly|twice|more\s+than\s+once)\b/gi,
    messageId: 'blames',
    keep: notOwned,
  },
  {
    re: /\byou\s+were\s+(?:clearly\s+|already\s+|explicitly\s+)?(?:told|informed|advised|warned|notified|reminded)\b[^.!?]{0,60}?\b(?:already|clearly|ago|in\s+advance|beforehand|more\s+than\s+once|several\s+times|at\s+the\s+time\s+of\s+(?:booking|purchase|ordering|sign-?up)|when\s+you\s+(?:booked|ordered|signed|bought|paid))\b/gi,
    messageId: 'blames',
    keep: (hit, reply) => notOwned(hit) && !/\b(?:understand|mentioned|said|tell\s+me|told\s+me|say|sounds|hear)\b[^.!?]*$/i.test(reply.text.slice(hit.sentence.start, hit.start)),
  },
];

// "As stated in our terms, refunds take 14 days", "As mentioned in my previous email, ...", "As per my last email":
// pointing at something the customer should already have read. Not when the sentence is the agent doing something
// ("As mentioned on the phone, I've booked ...") or the reference is in the customer's favour.
const DOC = String.raw`(?:terms(?:\s+(?:and|&)\s+conditions)?|t\s*&\s*cs|t's\s*&\s*c's|conditions|polic(?:y|ies)|e-?mails?|messages?|replies|reply|responses?|letters?|confirmation(?:\s+e-?mail)?|notifications?|notices?|website|site|web\s+page|page|faqs?|help\s+(?:centre|center|article|page|section)|articles?|guides?|instructions|manual|handbook|documentation|docs|contract|agreement|invoice|receipt|listing|description|checkout|booking\s+(?:form|page|confirmation)|welcome\s+(?:pack|e-?mail|letter)|brochure|leaflet|small\s+print|fine\s+print|label|packaging|summary|texts?|sms|newsletter|correspondence|chat|thread|ticket|terms\s+of\s+(?:service|use|sale)|app|product\s+page|order\s+confirmation)`;
const AS_DOCUMENTED = new RegExp(
  String.raw`\bas\s+(?:(?:is|was|it\s+is|it\s+was|we|I)\s+)?(?:have\s+|had\s+|'ve\s+)?(?:previously\s+|already\s+|clearly\s+|also\s+|explicitly\s+)?(?:stated|mentioned|outlined|explained|noted|detailed|specified|set\s+out|indicated|written|shown|advised|described|highlighted|listed|displayed|communicated|covered|documented|printed|laid\s+out|spell?(?:ed|t)\s+out|pointed\s+out|said)\s+(?:(?:clearly|previously|already|before)\s+)?(?:in|on|at|within|under|throughout|by)\s+(?:(?:our|the|my|your|this|that|each|every|all|both)\s+)?(?:(?:previous|earlier|last|first|original|prior|recent|above|below|full|online|booking|product|order|welcome|confirmation|written|same)\s+){0,2}${DOC}\b` +
    String.raw`|\bas\s+per\s+(?:my|our)\s+(?:(?:previous|earlier|last|prior|original|recent)\s+)${DOC}\b`,
  'gi',
);
// What the customer cannot have, must do, or has missed: the reading that makes a document reference a reproach.
const RESTRICTION = /(?:\b(?:not|no|non-?\w+|cannot|only|must|final|expired|ended|closed|exclud\w+|extra|fees?|charge[sd]?|deadline|within|after|before|required|requires?|need\s+to|have\s+to|has\s+to|liable|responsible|void|ineligible|invalid|forfeit\w*|subject\s+to|own\s+risk|takes?\s+(?:up\s+to\s+)?\d+|\d+\s+(?:working\s+|business\s+)?days)\b|n't\b)/i;
const AGENT_ACTS = /\b(?:I've|I\s+have|I'll|I\s+will|I'm|I\s+am|we've|we\s+have|we'll|we\s+will|we're|we\s+are|let\s+me|I\s+can|we\s+can|I\s+(?:just\s+)?(?:booked|sent|added|refunded|arranged|attached|moved|changed))\b/i;
const IN_THEIR_FAVOUR = /\b(?:entitled|eligible|covered|free\s+of\s+charge|you\s+(?:can|may)\b(?!'t|not)|you're\s+able|you\s+are\s+able|refund(?:ed)?\s+in\s+full)\b/i;
PHRASES.push(
  // "As I mentioned earlier, there are no refunds", "As I said in my last email, ..." (not "As I mentioned on the
  // phone, I've booked the engineer": the agent is doing something)
  {
    re: /\b(?:as|like)\s+(?:I|we)(?:\s+have|'ve|\s+had|'d)?\s+(?:explained|said|mentioned|stated|told\s+you|advised|informed\s+you|pointed\s+out|noted|outlined|wrote|written|confirmed)\s+(?:earlier|above|below|before|previously|last\s+time|in\s+(?:my|our)\s+(?:last|previous|earlier|first|original|prior)\s+(?:e-?mail|message|reply|response|note|letter))\b/gi,
    messageId: 'condescends',
    keep: (hit, reply) => !AGENT_ACTS.test(reply.text.slice(hit.end, hit.sentence.end)),
  },
  {
    re: AS_DOCUMENTED,
    messageId: 'condescends',
    keep: (hit, reply) => {
      const rest = reply.text.slice(hit.end, hit.sentence.end);
      if (AGENT_ACTS.test(rest) || IN_THEIR_FAVOUR.test(rest)) return false;
      // "As per my last email" and the legal-sounding "as stated / set out / specified in" always reproach; the softer
      // "as mentioned / explained in our email" does when it delivers a restriction ("..., the fee is non-refundable").
      return /^as\s+(?:per|(?:(?:is|was|it\s+is|it\s+was)\s+)?(?:clearly\s+|explicitly\s+)?(?:stated|set\s+out|specified|outlined|laid\s+out|spell?(?:ed|t)\s+out))\b/i.test(hit.text) || RESTRICTION.test(rest);
    },
  },
  // "You need to read the instructions more carefully", "Please read our FAQ before contacting us".
  { re: /\b(?:you\s+(?:need|have|will\s+need|'ll\s+need|might\s+want|may\s+want)\s+to|you\s+(?:should|must)|please|try\s+to|make\s+sure\s+(?:you|to))\s+(?:(?:always|first|just)\s+)?(?:read|re-?read|check|follow|look\s+at|go\s+through|review)\b[^.!?]{0,60}?\bmore\s+(?:carefully|closely|thoroughly|attentively)\b/gi, messageId: 'condescends' },
  { re: /\b(?:you\s+(?:need|have|will\s+need|'ll\s+need)\s+to|you\s+(?:should|must))\s+(?:(?:always|first|just|actually)\s+)?(?:read|re-?read|follow)\b[^.!?]{0,60}?\b(?:properly|correctly|carefully|thoroughly)\b/gi, messageId: 'condescends', keep: notConditional },
  { re: /\b(?:please\s+)?(?:read|check|consult|look\s+at|refer\s+to|see)\s+(?:our|the)\s+(?:\w+\s+)?(?:faqs?|help\s+(?:centre|center|pages?|articles?)|guide|manual|instructions|documentation|docs|terms|website)\s+(?:first\s+)?before\s+(?:contacting|emailing|calling|messaging|writing\s+to|getting\s+in\s+touch\s+with|reaching\s+out\s+to|asking|raising)\b/gi, messageId: 'condescends' },
  // "You need to pay more attention to the emails", "please be more careful".
  { re: /\b(?:you\s+(?:need|have|will\s+need|'ll\s+need|might\s+want|may\s+want)\s+to|you\s+(?:should|must)|please|try\s+to|in\s+future,?)\s+(?:(?:always|just|really)\s+)?(?:pay\s+(?:more|closer|better)\s+attention|be\s+more\s+careful|take\s+more\s+care|read\s+(?:things|emails|messages|instructions)\s+(?:more\s+)?(?:carefully|properly))\b/gi, messageId: 'condescends' },
  // "This was caused by you not updating your details", "due to you entering the wrong code".
  { re: /\b(?:caused\s+by|due\s+to|because\s+of|(?:the|a)\s+result\s+of|down\s+to)\s+(?:you\s+(?:not\s+|never\s+|failing\s+to\s+|forgetting\s+to\s+)?(?!being\b|having\b|getting\b|receiving\b)[a-z]+ing|your\s+(?:own\s+)?(?:error|mistake|oversight|failure|negligence|carelessness)|your\s+(?:not|never|failing|forgetting)\s+[a-z]+)\b/gi, messageId: 'blames', keep: (hit, reply) => notOwned(hit) && !AGENT_ACTS.test(reply.text.slice(hit.end, hit.sentence.end)) },
  // "Please stop shouting", "stop being rude".
  { re: /\b(?:please\s+)?(?:stop|quit)\s+(?:shouting|yelling|swearing|screaming|being\s+(?:rude|aggressive|abusive|difficult|unreasonable|so\s+\w+)|raising\s+your\s+voice|using\s+(?:that|such|this)\s+(?:language|tone))\b/gi, messageId: 'condescends' },
  // "This happened because you didn't update the app", "since you never replied".
  {
    re: /\b(?:because|since|as|due\s+to\s+(?:the\s+fact\s+that|you))\s+you\s+(?:(?:clearly|obviously|simply|just)\s+)?(?:didn't|did\s+not|haven't|have\s+not|hadn't|had\s+not|never|forgot|failed|neglected|ignored|missed|misread|skipped)\s+(?:to\s+)?([a-z]+)/gi,
    messageId: 'blames',
    keep: (hit, reply) => !/^(?:receive|received|get|got|hear|heard|see|seen|have|had|need|needed|want|wanted|ask|asked|mention|mentioned|know|knew|expect|expected|like|liked)$/i.test(hit.groups[1]!) && !AGENT_ACTS.test(reply.text.slice(hit.sentence.start, hit.sentence.end)) && notOwned(hit),
  },
);

const MESSAGES = {
  blames: 'This puts the blame on the customer. Set aside whose fault it was and fix the problem.',
  condescends: 'This talks down to the customer. Explain again, plainly, without pointing at what they missed.',
};
const SUGGESTIONS = {
  blames: 'Describe what happened without "you": "The order went to the old address, so I\'ve corrected it and resent it."',
  condescends: 'Drop the reproach and just give the information again: "Here are the steps again: ..."',
};

export default defineRule({
  meta: {
    id: 'blames-customer',
    description: 'Tells customers the problem is their fault, or talks down to them',
    family: 'phrase',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      why:
        'Even when the customer did slip up, saying so ("you should have read", "as I already explained") turns ' +
        'a fixable problem into an argument about fault, and the customer stops listening. Put the question of ' +
        'blame aside, describe what happened neutrally, and fix it; repeat information without reproach.',
      seeds: [
        '000 Let them vent ("Don\'t explain, defend or justify")',
        '004 employees who think their job is to protect the company from the customer',
        '003 Customer complaints ... adjust your mindset (set aside feelings that your client has made a mistake)',
        '003 Don\'t take it personally',
      ],
    },
    examples: {
      bad: [
        'You should have read the instructions.',
        'You must have entered the wrong address.',
        'You failed to update your card.',
        'As I already explained, refunds take 10 days.',
        'As clearly stated on our website, sale items are final.',
        "If you had followed the setup guide, this wouldn't happen.",
        'This is user error.',
        'Please calm down.',
        'You should’ve checked the size chart before ordering.',
        'You should not have unplugged the router during the update.',
        'Had you read the welcome pack, you would have known about the fee.',
        'If you’d booked a flexible fare, you could have changed it for free.',
        'You neglected to tell us about the change of address.',
        'It looks like you didn’t properly unzip the file.',
        'You selected the wrong delivery date.',
        'The missed payment was your own fault.',
        'As we have previously advised, the warranty has expired.',
        'Like I said, the engineer is booked for Monday.',
        'The terms clearly state that deposits are non-refundable.',
        'Did you even read the email we sent?',
        'There’s no need to shout at our staff.',
        'You’re being unreasonable about this.',
        'We announced this change by email three weeks ago.',
        'The problem is on your end, not ours.',
        'As stated in our terms, refunds take 14 days.',
        'If you had read the email, you’d know.',
        'As mentioned in my previous email, the fee is non-refundable.',
        'You should’ve double-checked the dates.',
        'This happened because you didn’t update the app.',
        'Please stop shouting.',
      ],
      good: [
        "The address on the order doesn't match the one you gave me, so I've corrected it.",
        'Here are the steps again, with screenshots.',
        "You should have received it by now, and that's on us.",
        'You must have been worried.',
        'You must have been so frustrated by the wait.',
        'You should have had a letter about the change, and I’m sorry you didn’t.',
        'You should have your refund by Friday.',
        'You must have a receipt? No problem if not, I can look it up.',
        'If you had a block booking for the old time, it has been moved across for you.',
        'This isn’t your fault at all, and I’ve refunded the fee.',
        'As I mentioned on the phone, I’ve booked the engineer for Monday.',
        'As promised, here is the tracking number.',
        'We should have clearly explained the fee at checkout.',
        'The fee wasn’t clearly shown, so I’ve refunded it.',
        'Once things calm down after the sale, your parcel will move faster.',
        'Through no fault of your own, the payment failed twice.',
        'If you’d like to change the date, just reply here.',
        'You clearly stated you wanted a refund, so I’ve processed one.',
        'I understand you were told at reception that your booking had gone.',
        'We sent you an email on Monday with the new times, and I’ve attached it again here.',
        'It looks like the zip file didn’t get properly extracted. Here’s the fix.',
        'As mentioned in our email on Monday, the engineer will arrive on Friday.',
        'As stated in your contract, you’re entitled to a free repair, so I’ve booked one.',
        'Since you didn’t receive the code, I’ve sent a new one.',
      ],
    },
  },
  check(reply, context) {
    const seen: Array<[number, number]> = [];
    const report = (start: number, end: number, messageId: 'blames' | 'condescends') => {
      if (seen.some(([s, e]) => start < e && end > s)) return;
      seen.push([start, end]);
      context.report({ message: MESSAGES[messageId], messageId, start, end, suggestions: [{ desc: SUGGESTIONS[messageId] }] });
    };
    for (const c of PHRASES) {
      for (const hit of scan(reply, c.re)) if (!c.keep || c.keep(hit, reply)) report(hit.start, hit.end, c.messageId);
    }
    for (const hit of scan(reply, MODAL_PERFECT)) {
      const modal = hit.groups[1]!.toLowerCase();
      // "double-checked": the tagger splits hyphenated words, so the verb is the last part
      const word = hit.groups[2]!.toLowerCase().split('-').pop()!;
      if (NOT_BLAME.has(word)) continue;
      if (modal === 'could' && !COULD_BLAME.has(word)) continue;
      // "you may/might have entered the wrong code" blames; "you may have noticed our new app" does not.
      if ((modal === 'may' || modal === 'might') && !/\b(?:wrong|incorrect|old|invalid|mistyped|by\s+mistake|accidentally|missed|forgot|forgotten|ignored|overlooked|misread|misunderstood|skipped)\b/i.test(hit.sentence.text)) continue;
      if (/\bhad\s+to\b/i.test(reply.text.slice(hit.end, hit.end + 8)) || !notOwned(hit)) continue;
      // The tagger tells "should have read the guide" (verb) from "should have access" / "must have a receipt".
      if (!isPastVerb(reply, hit, word)) continue;
      report(hit.start, clause(reply, hit), 'blames');
    }
    for (const hit of scan(reply, COUNTERFACTUAL)) {
      const aux = (hit.groups[1] ?? hit.groups[2] ?? hit.groups[3] ?? '').toLowerCase();
      const word = hit.groups[4]!.toLowerCase();
      if (NOT_COUNTERFACTUAL_BLAME.has(word)) continue;
      // The other half of the counterfactual: "..., this wouldn't happen / you would have known".
      if (!/\b(?:would|wouldn't|could|couldn't|might)\b|'d\s+(?!better\b)[a-z]+/i.test(reply.text.slice(hit.end, hit.sentence.end))) continue;
      if (aux === "'d" ? !PARTICIPLE.test(word) : !isPastVerb(reply, hit, word)) continue;
      // "If you had booked through us we'd have covered it, so I've asked the agent to" is not a reproach.
      if (/\b(?:so|and|but)\s+(?:I've|I\s+have|I'll|I\s+will|we've|we\s+have|we'll)\b/i.test(hit.sentence.text)) continue;
      report(hit.start, clause(reply, hit), 'blames');
    }
  },
});

function isPastVerb(reply: Reply, hit: Hit, word: string): boolean {
  const wordStart = hit.end - word.length;
  const t = terms(reply, hit.sentence).find((x) => x.start <= wordStart && x.end > wordStart);
  if (!t) return false;
  if (!t.tags.has('Verb') || t.tags.has('Adjective')) return false;
  return t.tags.has('PastTense') || t.tags.has('Participle') || PARTICIPLE.test(word);
}

/** The report runs to the end of the clause (a comma, "so", "and", or the sentence end). */
function clause(reply: Reply, hit: Hit): number {
  const rest = reply.text.slice(hit.end, hit.sentence.end);
  const m = /[,;:.!?]|\s+(?:so|and|but|because)\s/.exec(rest);
  return m ? hit.end + m.index : hit.sentence.end;
}
