// downplays-problem: telling the customer their problem is small, rare, normal or not there at all.
// Everything here is lexical except the `minimizers` check, which asks the tagger whether the word after
// a sentence-initial "just"/"simply" is an imperative verb (and only for sentences the regex picked).
import { defineRule } from '../src/rule-api.js';
import { scan, terms, type Hit } from '../src/nlp/match.js';
import type { Reply, Sentence } from '../src/types.js';

const ISSUE = String.raw`(?:scratch|scuff|dent|blemish|mark|defect|flaw|imperfection|chip|nick|crease|discolou?ration|glitch|hiccup|blip|hitch|bug|issue|problem|error|delay|inconvenience|mistake|misunderstanding|oversight|mix-?up|niggle|snag|quirk|wobble|disruption|fault|thing|matter)s?`;
const SMALL = String.raw`(?:minor|small|tiny|little|slight|trivial|insignificant|negligible|teeny|wee|cosmetic|superficial|harmless)`;
const BIG = String.raw`(?:big|huge|major|massive|serious|significant|real|material|great)`;
const COPULA = String.raw`(?:is|was|are|were|'s|'re|be|been|being)`;
const NUMBER = String.raw`(?:a\s+few|a\s+couple(?:\s+of)?|a\s+handful\s+of|a\s+little|a\s+bit|\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)`;
const UNIT = String.raw`(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|pence|pennies|pounds|quid|dollars|cents|euros|bucks|percent|per\s*cent)`;

interface Check {
  re: RegExp;
  /** Optional extra test on the hit (false = not a report). */
  keep?: (hit: Hit, reply: Reply) => boolean;
}

// "It's just a minor glitch", "was a small hiccup", "only a slight delay" (not "There was a minor glitch", which
// describes a fault without judging it).
const SMALL_FRAMING: Check[] = [
  { re: new RegExp(String.raw`\b(?:just|only|merely|simply|purely|mostly|largely)\s+(?:a|an)\s+(?:(?:very|quite|really|bit\s+of\s+a)\s+)?${SMALL}\s+${ISSUE}\b`, 'gi') },
  { re: new RegExp(String.raw`\b${COPULA}\s+(?:just|only|merely|simply|purely|nothing\s+(?:but|more\s+than))\s+(?:a|an|one)\s+(?!thing|matter)${ISSUE}\b`, 'gi') },
  {
    re: new RegExp(String.raw`\b${COPULA}\s+(?:(?:just|only|merely|simply|really|actually|honestly)\s+)?(?:a|an)\s+(?:(?:very|quite|really|bit\s+of\s+a|known|common|temporary|little)\s+)?${SMALL}\s+${ISSUE}\b`, 'gi'),
    keep: (hit, reply) => !/\bthere\s*$/i.test(reply.text.slice(hit.sentence.start, hit.start)),
  },
  // "the scratch is purely cosmetic", "it's only superficial"
  { re: new RegExp(String.raw`\b${COPULA}\s+(?:purely|merely|only|just|simply|mostly|largely|entirely|completely)\s+(?:cosmetic|superficial|aesthetic|harmless)\b`, 'gi') },
  // "the difference is negligible", "which is trivial"
  { re: new RegExp(String.raw`\b${COPULA}\s+(?:(?:really|quite|very|pretty|fairly|just|only)\s+)?(?:trivial|negligible|insignificant|nothing\s+(?:serious|major|big|much))\b`, 'gi') },
];

// "not a big deal", "no big deal", "not considered a significant disruption", "we do not consider this to be a
// significant issue".
const NOT_BIG: Check[] = [
  { re: /\bno\s+(?:big\s+deal|biggie)\b/gi },
  // "It's not that serious", "it isn't so bad", "nothing too serious"
  { re: /\b(?:(?:is|was|are|were|'s|'re)\s*(?:n't|\s+not)|isn't|wasn't|aren't|weren't)\s+(?:really\s+)?(?:that|so|too|all\s+that|particularly|terribly)\s+(?:serious|bad|big|major|important|significant|severe|dramatic)\b|\b(?:is|was|'s)\s+nothing\s+(?:too\s+|that\s+|very\s+)?(?:serious|major|dramatic|to\s+(?:panic|fret|stress)\s+about)\b/gi },
  {
    re: new RegExp(
      String.raw`(?:\b(?:not|never|hardly|barely|scarcely)|n't)\s+(?:(?:is|was|'s|are|be|been|think|believe|feel|call|say|describe|would|considered|consider|regarded|regard|deemed|deem|classed|classified|counted|seen|see|treated|treat|this|it|that|to|as|such|really|actually|necessarily|exactly|quite|at\s+all|technically)\s+){0,4}(?:a\s+|an\s+)?(?:(?:very|that|too|really|particularly|terribly|especially)\s+)?${BIG}\s+(?:of\s+an?\s+)?(?:deal|issue|problem|disruption|concern|delay|inconvenience|matter|worry|fault|impact|thing)s?\b`,
      'gi',
    ),
  },
];

// "which is not unusual", "perfectly normal", "these things happen", "well within normal timings".
const NORMALIZING: Check[] = [
  { re: new RegExp(String.raw`\b(?:${COPULA}\s+(?:not|n't)|isn't|wasn't|aren't|weren't)\s+(?:(?:at\s+all|that|particularly|entirely|too)\s+)?(?:unusual|uncommon|abnormal|out\s+of\s+the\s+ordinary)\b`, 'gi') },
  { re: new RegExp(String.raw`\b${COPULA}\s+(?:perfectly|completely|totally|entirely|quite|very)\s+(?:normal|common|standard|usual|expected|typical)\b`, 'gi') },
  { re: /\b(?:these|such|those)\s+things\s+(?:happen|do\s+happen|can\s+happen)\b/gi },
  { re: /\b(?:it|this|that)\s+(?:happens|can\s+happen)\s+(?:all\s+the\s+time|from\s+time\s+to\s+time|sometimes|occasionally|now\s+and\s+(?:then|again)|every\s+so\s+often|to\s+everyone)\b/gi },
  { re: /\bwithin\s+(?:the\s+)?(?:normal|acceptable|expected|standard|usual|reasonable)\s+(?:limits?|ranges?|timings?|times?|levels?|parameters?|tolerances?|bounds?)\b/gi },
];

// "It's only a few minutes late", "the delay was only nine days".
const ONLY_A_LITTLE: Check[] = [
  { re: new RegExp(String.raw`\b${COPULA}\s+(?:only|just|merely|barely)\s+${NUMBER}\s+(?:of\s+)?(?:\w+\s+)?${UNIT}\s+(?:late|behind|delayed|overdue|out|off|longer|more|extra|over|slower)\b`, 'gi') },
  {
    re: new RegExp(String.raw`\b(?:delay|wait|outage|disruption|difference|increase|rise|overcharge|discrepancy|downtime|interruption)s?\b(?:\s+[\w'-]+){0,6}?\s+(?:was|is|were|are|'s|came\s+to|amounted\s+to|lasted)\s+(?:only|just|merely|barely)\s+(?:${NUMBER}|£\s?\d|\$\s?\d|€\s?\d)`, 'gi'),
  },
  {
    // money that went wrong, in the past: "the charge was only a couple of pounds" (not a price: "the fee is only £5")
    re: new RegExp(String.raw`\b(?:charge|fee|bill|surcharge|shortfall|extra\s+charge|error)s?\b(?:\s+[\w'-]+){0,6}?\s+(?:was|were|came\s+to|amounted\s+to)\s+(?:only|just|merely|barely)\s+(?:${NUMBER}|£\s?\d|\$\s?\d|€\s?\d)`, 'gi'),
  },
  // "It was only a ten-minute delay", "just a two-day wait"
  { re: new RegExp(String.raw`\b${COPULA}\s+(?:only|just|merely|barely)\s+(?:an?\s+)?(?:${NUMBER}|\d+)[-\s]${UNIT}\s+(?:delay|wait|outage|disruption|hold-?up|interruption|difference|increase|charge|fee)\b`, 'gi') },
  // "it's only a couple of pounds a month, so ..." : a small amount offered as the reason nothing is wrong.
  { re: new RegExp(String.raw`\b(?:it|that|this)\s*(?:'s|is|was)\s+only\s+(?:${NUMBER}\s+(?:of\s+)?${UNIT}|£\s?\d+|\$\s?\d+|€\s?\d+)[^.!?,;]{0,25},?\s+so\b`, 'gi') },
];

// "There is no problem with your account", "I can't see any issue with the order".
const NOT_REAL: Check[] = [
  {
    re: /\bthere\s*(?:is|'s|was|are|were|'re)\s+(?:absolutely\s+|really\s+|actually\s+|definitely\s+)?(?:no|nothing)\s+(?:(?:real|actual|obvious|apparent)\s+)?(?:wrong|problems?|issues?|faults?|errors?)\s+(?:(?:at\s+all|whatsoever)\s+)?(?:with|on|in|at)\s+(?:your|the|our|this|that|its|their|his|her)(?:\s+[\w-]+)?/gi,
  },
  { re: /\bnothing\s+(?:is\s+|was\s+|'s\s+)?(?:wrong|amiss)\s+with\s+(?:your|the|this|that|it)\b/gi },
  {
    re: /\b(?:I|we)\s+(?:can't|cannot|can\s+not|couldn't|could\s+not|don't|do\s+not|didn't|did\s+not)\s+(?:see|find|spot|detect)\s+(?:any(?:thing)?|a)\s+(?:(?:wrong|problems?|issues?|faults?|errors?)\s+)?(?:wrong\s+)?(?:with|on|in)\s+(?:your|the|this)\b/gi,
    keep: (hit) => /wrong|problem|issue|fault|error/i.test(hit.text),
  },
];

// "It's not really an issue", "that's just how the app works", "it's nothing to worry about".
const NOT_AN_ISSUE: Check[] = [
  { re: /\b(?:it|this|that)(?:'s|\s+is|\s+was|\s+isn't|\s+wasn't)\s+(?:not\s+)?(?:really|actually|even|honestly|truly)\s+(?:an?\s+)?(?:issue|problem|concern|fault)\b/gi },
  {
    re: /\b(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:just\s+|only\s+)?(?:an?\s+)?(?:really\s+|very\s+|super\s+)?(?:easy|simple|quick|trivial)\s+(?:fix|thing\s+to\s+fix|one\s+to\s+fix)\b/gi,
    keep: (hit) => !/\b(?:I've|we've|I\s+have|we\s+have|I'll|we'll|I\s+will|we\s+will|I'm|we're)\b/i.test(hit.sentence.text),
  },
  { re: /\b(?:it|this|that)(?:'s|\s+is)\s+(?:just|simply)\s+how\s+(?:it|the\s+\w+|things|this|our\s+\w+)\s+(?:works?|is|goes)\b/gi },
  { re: /\b(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:really\s+|honestly\s+|absolutely\s+)?nothing\s+to\s+(?:worry|be\s+concerned|be\s+upset|get\s+upset)\s+about\b/gi },
  { re: /\b(?:(?:is|are|was|were|'s)\s+|and\s+)nothing\s+to\s+worry\s+about\b/gi },
];

// "Everything works fine on our end", "working normally on our side", "works fine for everyone else".
const FINE_HERE: Check[] = [
  {
    re: /\b(?:(?:everything|it|all|things|this|that)\s*)?(?:working|works?|worked|looks?|looked|seems?|seemed|is|are|was|were|'s|running|runs|functioning|operating|appears?)\s+(?:to\s+be\s+)?(?:(?:completely|totally|absolutely|perfectly|all|just|as)\s+)?(?:fine|normally|normal|correctly|properly|ok|okay|as\s+(?:expected|intended|normal|it\s+should)|perfectly|well|great|good|smoothly|as\s+usual)\s+(?:(?:on|from|at|in)\s+(?:our|my)\s+(?:end|side|systems?)|here)\b/gi,
    keep: (hit, reply) => !fixedFirst(hit, reply),
  },
  {
    re: /\b(?:no|(?:can't|cannot|couldn't|could\s+not|don't|do\s+not)\s+(?:see|find|detect|spot)\s+any|not\s+(?:seeing|finding|detecting|aware\s+of)\s+any)\s+(?:known\s+)?(?:problems?|issues?|faults?|errors?|outages?)\s+(?:(?:on|from|at)\s+(?:our|my)\s+(?:end|side)|with\s+our\s+(?:systems?|network|servers?|service))\b/gi,
    keep: (hit, reply) => !fixedFirst(hit, reply),
  },
  { re: /\b(?:it's|it\s+is|everything's|everything\s+is|all\s+is|it's\s+all)\s+(?:been\s+)?working\s+(?:on|from|at)\s+(?:our|my)\s+(?:end|side)\b/gi, keep: (hit, reply) => !fixedFirst(hit, reply) },
  { re: /\b(?:our|my)\s+(?:end|side)\s+(?:is|looks|seems)\s+(?:fine|ok|okay|good|normal)\b/gi },
  { re: /\b(?:looks?|seems?|appears?)\s+(?:to\s+be\s+)?(?:completely\s+|perfectly\s+|totally\s+)?(?:fine|normal|ok|okay|in\s+order)\s+(?:to\s+(?:us|me)|from\s+(?:here|our\s+(?:end|side)|what\s+(?:I|we)\s+can\s+see))\b/gi, keep: (hit, reply) => !fixedFirst(hit, reply) },
  { re: /\b(?:our|the)\s+(?:systems?|records|network|servers?|logs|checks|diagnostics|tests?)\s+(?:show|are\s+showing|indicate|say|suggest)s?\s+(?:that\s+)?(?:everything|it|all|your\s+\w+|the\s+\w+)\s+(?:is|are|was)\s+(?:working\s+)?(?:fine|normal(?:ly)?|ok|okay|correctly|properly|as\s+expected)\b/gi, keep: (hit, reply) => !fixedFirst(hit, reply) },
  { re: /\bworks?\s+(?:fine|perfectly(?:\s+well)?|well|ok|okay|normally)\s+for\s+(?:me|us|everyone|everybody|all|other|others|most)\b/gi },
  { re: /\b(?:everyone|everybody)\s+else\s+(?:is|has\s+been|seems)\s+(?:fine|happy|ok|okay|able)\b/gi },
];

// "No one else has reported this", "you're the only customer with this issue", "it's very rare".
const RARE: Check[] = [
  {
    re: /\b(?:no\s*-?\s*one|nobody|no\s+other\s+(?:customers?|users?|guests?|people|members?|clients?|passengers?|players?|persons?|households?|accounts?))\s+else\s+(?:has|have|had|is|are|was|were)\s+(?:(?:ever|yet|actually|even|so\s+far)\s+)?(?:reported|mentioned|complained|raised|flagged|noticed|experienced|had|having|seen|contacted|reporting|experiencing|complaining|mentioning|raising)\b/gi,
  },
  {
    re: /\b(?:no\s*-?\s*one|nobody|no\s+other\s+(?:customers?|users?|guests?|people|members?|clients?|passengers?|players?|persons?|households?))\s+(?:has|have|had|is|are|was|were)\s+(?:(?:ever|yet|actually|even|so\s+far)\s+)?(?:reported|mentioned|complained|raised|flagged|experienced|reporting|experiencing|complaining)\b(?!\s+(?:to\s+)?you\b)/gi,
  },
  { re: /\b(?:you're|you\s+are|you\s+were|you've\s+been|you\s+have\s+been)\s+(?:actually\s+|genuinely\s+)?(?:the\s+)?(?:only|first|sole)\s+(?:one|customer|person|user|guest|client|member|passenger|player|people|household)\b/gi },
  { re: /\b(?:we\s+)?(?:haven't|have\s+not|hadn't|had\s+not)\s+(?:had|received|seen|heard)\s+(?:any\s+)?(?:other|similar|further)\s+(?:reports?|complaints?|issues?|problems?|cases?)\b/gi },
  { re: /\b(?:(?:we|I)(?:'ve|\s+have|\s+had|'d)?\s+(?:had|received|seen|heard\s+of|got(?:ten)?)|there\s+(?:have|has)\s+been|there\s+(?:are|were))\s+no\s+(?:other|similar|further|more|previous)\s+(?:reports?|complaints?|issues?|problems?|cases?|instances?|incidents?)\b/gi },
  { re: /\b(?:first|only)\s+(?:time|complaint|report)\s+(?:we've|we\s+have|we've\s+ever|I've|I\s+have|we\s+have\s+ever|I've\s+ever)\s+(?:ever\s+)?(?:heard|had|seen|received)\b/gi },
  {
    re: new RegExp(String.raw`\b(?:is|was|'s|are|were)\s+(?:(?:just|only|simply|merely|actually)\s+)?(?:(?:an?\s+)?(?:very\s+|extremely\s+|quite\s+|really\s+|incredibly\s+|super\s+|exceptionally\s+|fairly\s+|pretty\s+|highly\s+)?(?:rare|uncommon|infrequent)\s+(?:${ISSUE}|cases?|incidents?|occurrences?|events?|situations?|faults?)|(?:very\s+|extremely\s+|quite\s+|really\s+|incredibly\s+|super\s+|exceptionally\s+|fairly\s+|pretty\s+|highly\s+)?(?:rare|uncommon|infrequent)(?!\s+[a-z]))\b`, 'gi'),
  },
  // "an edge case", "a one-off glitch", "a freak occurrence"
  { re: /\b(?:(?:is|was|'s|are|were)\s+(?:(?:just|only|simply|merely|probably|likely|actually)\s+)?(?:an?\s+)?|\b(?:just|only|merely)\s+(?:an?\s+)?)(?:very\s+|rare\s+)?(?:edge|corner|one-?off|freak|fluke|random|isolated)\s+(?:cases?|incidents?|issues?|problems?|glitch(?:es)?|errors?|faults?|occurrences?|events?|blips?|situations?|bugs?)\b|\b(?:is|was|'s)\s+(?:just\s+|only\s+|probably\s+)?a\s+(?:one-?off|fluke)(?=\s*[.!,;]|$)/gi },
  { re: /\b(?:rarely|hardly\s+ever|almost\s+never|seldom)\s+(?:happens|occurs|comes\s+up|goes\s+wrong|a\s+problem|an\s+issue)\b/gi },
  { re: /\b(?:an?\s+)?isolated\s+(?:incident|case|issue|problem|event|occurrence)\b/gi },
  { re: /\bonly\s+(?:a\s+(?:handful|few|small\s+number|tiny\s+number|couple)|\d+(?:\.\d+)?\s?%|one\s+or\s+two|very\s+few)\s+(?:of\s+)?(?:our\s+)?(?:customers|users|people|accounts|guests|members|orders|cases|households|passengers)\s+(?:have\s+been|were|are|has\s+been|had\s+been)\s+(?:affected|impacted|hit)\b/gi },
  { re: /\b(?:we've|we\s+have|I've|I\s+have)\s+never\s+(?:had|seen|heard\s+of|received|come\s+across|encountered)\b[^.!?]{0,40}?\b(?:before|complaints?|reports?)\b/gi },
];

// "This shouldn't be an issue", "it shouldn't cause any problems for you". Not "That shouldn't be a problem to
// arrange" / "Sure, that shouldn't be a problem", which say yes to a request.
const SHOULD_NOT: Check = {
  re: /\b(?:this|it|that|which)\s+(?:really\s+)?(?:shouldn't|should\s+not)\s+(?:really\s+)?(?:be|cause|pose|create|give)\s+(?:(?:you|for\s+you)\s+)?(?:a|an|any|much\s+of\s+an?|too\s+much\s+of\s+an?)\s+(?:(?:real|big|major|serious)\s+)?(?:issue|problem|concern|trouble|inconvenience|bother|hassle|difficulty|difficulties|problems|issues)\b(?!\s+(?:to|for\s+(?:us|me)\b))/gi,
  keep: (hit) => !/^\s*(?:@\w+\s+)*(?:yes|yep|sure|of\s+course|absolutely|certainly|no\s+problem|good\s+news)\b/i.test(hit.sentence.text),
};

// Minimizers: an instruction framed as trivial. "Simply restart the app", "Just clear your cache",
// "All you need to do is ...". Not "I just checked", "Just so you know", "Just reply here".
const MINIMIZER = /\b(just|simply)\s+([a-z]+)/gi;
const ALL_YOU_NEED = /\b(?:all\s+you\s+(?:need|have|'ll\s+need|will\s+need)\s+to\s+do\s+is|you\s+(?:just|simply|only)\s+(?:need|have)\s+to|you\s+can\s+(?:just|simply)|it's\s+as\s+(?:easy|simple)\s+as|it\s+is\s+as\s+(?:easy|simple)\s+as)\s+([a-z]+)/gi;
// Minimizers are about the fix: "just restart", "simply clear the cache". Pointing at how to reach us or send us
// something ("Just click 'Message'", "just tap Share > Copy Link") does not belittle the problem.
const FIX_VERB = /^(?:restart|reboot|reinstall|uninstall|install|clear|delete|remove|log|sign|refresh|reload|reset|update|upgrade|close|open|turn|switch|unplug|plug|power|toggle|re-?enter|enter|try|wait|re-?download|download|disable|enable|re-?add|add|force|check|go|head|follow|use|change|select|tap|click|hit|press|swipe|hold|pop|put|re-?connect|connect|disconnect|re-?pair|pair|re-?start|re-?boot|re-?set|re-?log|re-?sync|sync|empty|quit|kill|top|rename|move|drag|re-?try|retry|choose|pick|type|scan|charge|adjust|make|set|give|let|run|start|stop|reopen|relaunch|launch|unlink|link|cancel|re-?book|rebook|book|order|return|send)$/i;
// The clause is about getting in touch or sharing something with us, not about fixing the problem.
const ABOUT_CONTACT = /\b(?:message|DM|PM|inbox|share|copy\s+link|send\s+(?:it\s+)?(?:to\s+)?(?:us|me)|contact|profile|reply|chat|email\s+us|call\s+us|get\s+in\s+touch|let\s+(?:us|me)\s+know|give\s+(?:us|me)|drop\s+(?:us|me)|ping\s+(?:us|me))\b/i;

export default defineRule<{ minimizers?: boolean }>({
  meta: {
    id: 'downplays-problem',
    description: 'Treats the customer\'s problem as small, rare, normal or not real',
    family: 'phrase',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      why:
        'Whatever the cause, the customer believes they have a problem, and being told it is minor, rare, normal, ' +
        'or not there at all is what makes them angriest. Calling a fix "simple" does the same: if it were simple ' +
        'they would not have written. Take the problem at face value, say what you found, and say what happens ' +
        'next.',
      seeds: ['002 3. Never Try to Downplay the Customers Problem'],
    },
    options: {
      minimizers: {
        type: 'boolean',
        default: true,
        description: 'Also flag instructions framed as trivial ("Simply restart the app", "Just clear your cache").',
      },
    },
    examples: {
      bad: [
        "It's just a minor glitch.",
        "That's not a big deal.",
        'There is no problem with your account.',
        'Everything works fine on our end.',
        "This shouldn't be an issue.",
        'No one else has reported this.',
        "You're the only customer with this issue.",
        'Simply restart the app.',
        'Just clear your cache.',
        'It’s only a small delay, so your plans should be fine.',
        'Honestly, it is not a big deal.',
        'The 20-minute wait was a slight inconvenience at most.',
        'We do not regard this as a significant problem.',
        'Everything is working normally on our side.',
        'There’s nothing wrong with the router we sent.',
        'Nobody else has complained about the update.',
        'We haven’t had any other reports of this.',
        'This kind of fault is extremely rare.',
        'A short delay like this is perfectly normal.',
        'These things happen with new software.',
        'The outage lasted only 40 minutes.',
        'Your parcel is only two days late.',
        'It should not cause any problems for your trip.',
        'Ok, just log out and back in again.',
        'All you need to do is reinstall the app.',
        'It works fine for everyone else.',
        'The delay was well within acceptable limits.',
        'This appears to be an isolated incident.',
        'This is a very rare issue.',
        'It’s merely a cosmetic issue.',
        'The scratch is purely cosmetic.',
        'We’ve had no other complaints about this product.',
        'It was only a ten-minute delay.',
        'It’s not that serious.',
      ],
      good: [
        'I just checked your order, and it left the warehouse today.',
        'Restart the app, and the sync should resume.',
        'The problem is on our side: a bug in yesterday’s release.',
        'Just so you know, the engineer will call before arriving.',
        'If anything else comes up, just reply here.',
        'Just to confirm, your refund went out this morning.',
        'There’s no charge for the replacement.',
        'There was a minor glitch in our billing system, and I’m sorry it hit your account.',
        'Sure, that shouldn’t be a problem to arrange.',
        'Of course, that shouldn’t be an issue at all.',
        'That’s unusual, so I’ve asked an engineer to look at your line today.',
        'I’ve reset your account, and everything is working normally on our side now.',
        'No problem at all, I’ve changed the date for you.',
        'We know this is a big deal for you, and we’re treating it as urgent.',
        'You’re not the only one affected, and our engineers are on it.',
        'I can see exactly what went wrong with your account.',
        'Just give us a call on the number below if you’d like to talk it through.',
        'It’s no trouble at all to resend the invoice.',
        'The rare vinyl edition you ordered is back in stock.',
        'Rare steak is available on request.',
        'As a one-off, I’ve refunded the delivery fee.',
        'The price is only £5 for next-day delivery.',
      ],
    },
  },
  check(reply, context) {
    const seen: Array<[number, number]> = [];
    const report = (start: number, end: number, messageId: string, message: string) => {
      if (seen.some(([s, e]) => start < e && end > s)) return;
      seen.push([start, end]);
      context.report({
        message, messageId, start, end,
        suggestions: [{ desc: SUGGESTION[messageId] ?? SUGGESTION.downplays! }],
      });
    };
    const groups: Array<[Check[], string, string]> = [
      [SMALL_FRAMING, 'minor', 'This calls the customer\'s problem minor. Treat it as the problem it is to them.'],
      [NOT_BIG, 'minor', 'This tells the customer their problem is no big deal. Treat it as the problem it is to them.'],
      [NORMALIZING, 'normal', 'This presents the customer\'s problem as normal or acceptable, which dismisses it.'],
      [ONLY_A_LITTLE, 'minor', 'This shrinks the customer\'s problem ("only ..."). Own the impact instead.'],
      [NOT_REAL, 'not-real', 'This tells the customer there is no problem. Say what you checked and what you will do next.'],
      [FINE_HERE, 'not-real', 'This says everything is fine on our side, which tells the customer the problem is not real.'],
      [NOT_AN_ISSUE, 'minor', 'This waves the customer\'s problem away. Treat it as the problem it is to them.'],
      [RARE, 'rare', 'This says the problem is rare or only theirs, which makes it sound like it does not matter.'],
      [[SHOULD_NOT], 'minor', 'This waves the problem away ("shouldn\'t be an issue"). Say what you are doing about it.'],
    ];
    for (const [checks, messageId, message] of groups) {
      for (const c of checks) {
        for (const hit of scan(reply, c.re)) {
          if (c.keep && !c.keep(hit, reply)) continue;
          report(hit.start, hit.end, messageId, message);
        }
      }
    }
    if (context.options.minimizers !== false) findMinimizers(reply, report);
  },
});

const SUGGESTION: Record<string, string> = {
  downplays: 'Drop the judgment of how big the problem is; acknowledge it and say what you are doing.',
  minor: 'Leave out how small the problem is: "I\'m sorry about <problem>. Here\'s what I\'m doing: ..."',
  normal: 'Leave out that it is normal or acceptable; say what happened and what you will do about it.',
  'not-real': 'Replace "no problem on our side" with what you checked and the next step: "I\'ve checked <X>; next I\'ll <Y>."',
  rare: 'Leave out how rare it is or who else reported it; the customer only cares that it happened to them.',
  minimizer: 'Drop "just"/"simply" and give the steps plainly, ideally with a fallback: "Restart the app; if that doesn\'t help, I\'ll ..."',
};

type Reporter = (start: number, end: number, messageId: string, message: string) => void;

function findMinimizers(reply: Reply, report: Reporter): void {
  const MESSAGE = 'This frames the fix as trivial ("just"/"simply"), which belittles the customer\'s problem.';
  for (const hit of scan(reply, MINIMIZER)) {
    const word = hit.groups[2]!.toLowerCase();
    const wordStart = hit.start + hit.text.length - word.length;
    if (!FIX_VERB.test(word) || ABOUT_CONTACT.test(instruction(reply.text.slice(wordStart, hit.sentence.end)))) continue;
    // Only at the start of the sentence, after a comma/then, never after a subject ("I just checked").
    if (!startsInstruction(hit, reply)) continue;
    if (!isImperative(reply, hit.sentence, wordStart)) continue;
    const start = hit.start + hit.text.search(/just|simply/i);
    report(start, clauseEnd(reply, start, hit.sentence), 'minimizer', MESSAGE);
  }
  for (const hit of scan(reply, ALL_YOU_NEED)) {
    const word = hit.groups[1]!.toLowerCase();
    if (!FIX_VERB.test(word) || ABOUT_CONTACT.test(instruction(reply.text.slice(hit.end - word.length, hit.sentence.end)))) continue;
    report(hit.start, clauseEnd(reply, hit.start, hit.sentence), 'minimizer', MESSAGE);
  }
}

/** The instruction itself: up to a clause break or a follow-up ("... and let us know"), menu paths kept whole. */
function instruction(rest: string): string {
  return rest.replace(/&(?:gt|lt|amp);/g, '>').split(/[,;.!?]|\s+(?:and|then)\s+(?:let|reply|drop|message|dm|tell|get\s+back|come\s+back|ping|email|call)\b/i)[0]!;
}

/** The minimizer opens an instruction: the sentence start (after @handles, bullets, "Ok,") or a clause break. */
function startsInstruction(hit: Hit, reply: Reply): boolean {
  const lead = reply.text.slice(hit.sentence.start, hit.start + hit.text.search(/just|simply/i));
  if (/^\s*(?:@\w+\s+)*(?:[-*\u2022]\s+|\d+[.)]\s+)?(?:(?:ok(?:ay)?|so|now|then|first(?:ly)?|next|also|alternatively|otherwise|meanwhile|in\s+the\s+meantime|don't\s+worry|no\s+worries|good\s+news)[,!]?\s+)?$/i.test(lead)) return true;
  // After a comma or "then": the clause before must not have left a subject dangling ("I checked and just ...").
  return /(?:[,;:]|[-\u2013\u2014]|\bthen)\s*$/i.test(lead);
}

function isImperative(reply: Reply, sentence: Sentence, wordStart: number): boolean {
  const t = terms(reply, sentence).find((x) => x.start <= wordStart && x.end > wordStart);
  if (!t) return false;
  if (!t.tags.has('Verb')) return false;
  if (t.tags.has('PastTense') || t.tags.has('Gerund') || t.tags.has('Modal') || t.tags.has('Copula')) return false;
  return t.tags.has('Imperative') || t.tags.has('Infinitive') || t.tags.has('PresentTense');
}

function clauseEnd(reply: Reply, start: number, sentence: Sentence): number {
  const rest = reply.text.slice(start, sentence.end);
  const m = /[,;:.!?]|\s+(?:and|so)\s+(?:it|that|this|you|your|the)\b|\s+(?:and|then)\s+(?:let|reply|drop|message|tell|ping)\b|\s+-\s/.exec(rest);
  return m ? start + m.index : sentence.end;
}

/** "I've reset it, and everything looks fine on our side now": the fine state follows our fix. */
function fixedFirst(hit: Hit, reply: Reply): boolean {
  const tail = reply.text.slice(hit.end, hit.sentence.end);
  if (/^\s*(?:now|again|since)\b/i.test(tail) || /^[^.!?,;]{0,20}\b(?:now|again)\b/i.test(tail)) return true;
  const head = reply.text.slice(hit.sentence.start, hit.start);
  return /\b(?:I've|we've|I\s+have|we\s+have|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:fixed|reset|restored|repaired|resolved|rebooted|restarted|corrected|sorted|updated)\b/i.test(head);
}
