// downplays-problem: telling the customer their problem is small, rare, normal or not there at all ("It's just a
// minor glitch", "Everything works fine on our end", "No one else has reported this", "It should work"), waving it
// away ("Oh well!", "not the end of the world"), and, with the `minimizers` option (on by default), an instruction
// framed as trivial ("Simply restart the app", "Just clear your cache").
//
// All lexical: the phrasings are specific, and the readings that decide them are the words around the phrase (a
// fix we already made before "everything works now", a yes to a request before "that shouldn't be a problem",
// the sentence start before "just restart"). The tagger is never loaded for this rule.
import { definePhraseRule } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit } from '../src/phrases/table.js';
import type { Reply } from '../src/types.js';
import { clauseEnd as clauseEndAt, ownsFix, WINDOW, windowed } from './_ownership.js';

type Id = 'minor' | 'normal' | 'not-real' | 'rare' | 'dismisses' | 'minimizer';
interface Entry extends PhraseEntry {
  messageId: Id;
  /** Report from the phrase to the end of its clause. */
  toClauseEnd?: boolean;
}
type Hit = PhraseHit;

const ISSUE = String.raw`(?:scratch|scuff|dent|blemish|mark|defect|flaw|imperfection|chip|nick|crease|discolou?ration|glitch|hiccup|blip|hitch|bug|issue|problem|error|delay|inconvenience|trouble|mistake|misunderstanding|oversight|mix-?up|niggle|snag|quirk|wobble|disruption|fault|thing|matter)s?`;
const SMALL = String.raw`(?:minor|small|tiny|little|slight|trivial|insignificant|negligible|teeny|wee|cosmetic|superficial|harmless)`;
const BIG = String.raw`(?:big|huge|major|massive|serious|significant|real|material|great)`;
const COPULA = String.raw`(?:is|was|are|were|'s|'re|be|been|being)`;
const NUMBER = String.raw`(?:a\s+few|a\s+couple(?:\s+of)?|a\s+handful\s+of|a\s+little|a\s+bit|\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)`;
const UNIT = String.raw`(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|pence|pennies|pounds|quid|dollars|cents|euros|bucks|percent|per\s*cent)`;


// "It's just a minor glitch", "was a small hiccup", "only a slight delay" (not "There was a minor glitch", which
// describes a fault without judging it).
const SMALL_FRAMING: PhraseEntry[] = [
  { name: 'just-a-minor', triggers: ['just', 'only', 'merely', 'simply', 'purely', 'mostly', 'largely'], regex: String.raw`\b(?:just|only|merely|simply|purely|mostly|largely)\s+(?:a|an)\s+(?:(?:very|quite|really|bit\s+of\s+a)\s+)?${SMALL}\s+${ISSUE}\b` },
  { name: 'is-just-a', triggers: ['just', 'only', 'merely', 'simply', 'purely', 'nothing'], regex: String.raw`\b${COPULA}\s+(?:just|only|merely|simply|purely|nothing\s+(?:but|more\s+than))\s+(?:a|an|one)\s+(?!thing|matter)${ISSUE}\b` },
  {
    name: 'is-a-minor', triggers: ['minor', 'small', 'tiny', 'little', 'slight', 'trivial', 'insignificant', 'negligible', 'teeny', 'wee', 'cosmetic', 'superficial', 'harmless'], regex: String.raw`\b${COPULA}\s+(?:(?:just|only|merely|simply|really|actually|honestly)\s+)?(?:a|an)\s+(?:(?:very|quite|really|bit\s+of\s+a|known|common|temporary|little)\s+)?${SMALL}\s+${ISSUE}\b`,
    keep: (hit, reply) => !/\bthere\s*$/i.test(reply.text.slice(hit.sentence.start, hit.start)),
  },
  // "It's only a short delay", "just a brief wait": small by length.
  { name: 'only-a-short-delay', triggers: ['just', 'only', 'merely'], regex: String.raw`\b${COPULA}\s+(?:just|only|merely)\s+(?:a|an)\s+(?:(?:very|quite|really|fairly)\s+)?(?:short|brief|quick)\s+(?:delay|wait|outage|interruption|pause|hold-?up|disruption)\b` },
  // "The delay was very minor", "the scratch is quite small".
  { name: 'problem-was-minor', triggers: ['minor', 'slight', 'small', 'short', 'brief', 'tiny', 'trivial'], regex: String.raw`\b(?:delay|issue|problem|scratch|mark|dent|difference|error|fault|glitch|damage|wait|inconvenience|disruption|outage|mistake)s?\s+(?:is|was|are|were)\s+(?:very|quite|really|pretty|fairly|only|just|relatively|extremely|so)\s+(?:minor|slight|small|short|brief|tiny|trivial)(?=\s*(?:[.!,;]|$))` },
  // "the scratch is purely cosmetic", "it's only superficial"
  { name: 'purely-cosmetic', triggers: ['cosmetic', 'superficial', 'aesthetic', 'harmless'], regex: String.raw`\b${COPULA}\s+(?:purely|merely|only|just|simply|mostly|largely|entirely|completely)\s+(?:cosmetic|superficial|aesthetic|harmless)\b` },
  // "the difference is negligible", "which is trivial"
  { name: 'negligible', triggers: ['trivial', 'negligible', 'insignificant', 'nothing'], regex: String.raw`\b${COPULA}\s+(?:(?:really|quite|very|pretty|fairly|just|only)\s+)?(?:trivial|negligible|insignificant|nothing\s+(?:serious|major|big|much))\b` },
];

// "not a big deal", "no big deal", "not considered a significant disruption", "we do not consider this to be a
// significant issue".
const NOT_BIG: PhraseEntry[] = [
  { name: 'no-big-deal', triggers: ['deal', 'biggie'], regex: String.raw`\bno\s+(?:big\s+deal|biggie)\b` },
  // "It's not that serious", "it isn't so bad", "nothing too serious"
  { name: 'not-that-serious', triggers: ['serious', 'bad', 'big', 'major', 'important', 'significant', 'severe', 'dramatic', 'nothing', 'panic', 'fret', 'stress'], regex: String.raw`\b(?:(?:is|was|are|were|'s|'re)\s*(?:n't|\s+not)|isn't|wasn't|aren't|weren't)\s+(?:really\s+)?(?:that|so|too|all\s+that|particularly|terribly)\s+(?:serious|bad|big|major|important|significant|severe|dramatic)\b|\b(?:is|was|'s)\s+nothing\s+(?:too\s+|that\s+|very\s+)?(?:serious|major|dramatic|to\s+(?:panic|fret|stress)\s+about)\b` },
  {
    name: 'not-a-big-issue', triggers: ['big', 'huge', 'major', 'massive', 'serious', 'significant', 'real', 'material', 'great'], regex: String.raw`(?:\b(?:not|never|hardly|barely|scarcely)|[a-z]{1,8}n't)\s+(?:(?:is|was|'s|are|be|been|think|believe|feel|call|say|describe|would|considered|consider|regarded|regard|deemed|deem|classed|classified|counted|seen|see|treated|treat|this|it|that|to|as|such|really|actually|necessarily|exactly|quite|at\s+all|technically)\s+){0,4}(?:a\s+|an\s+)?(?:(?:very|that|too|really|particularly|terribly|especially)\s+)?${BIG}\s+(?:of\s+an?\s+)?(?:deal|issue|problem|disruption|concern|delay|inconvenience|matter|worry|fault|impact|thing)s?\b`,
  },
];

// "which is not unusual", "perfectly normal", "these things happen", "well within normal timings".
const NORMALIZING: PhraseEntry[] = [
  { name: 'not-unusual', triggers: ['unusual', 'uncommon', 'abnormal', 'ordinary'], regex: String.raw`\b(?:${COPULA}\s+(?:not|n't)|isn't|wasn't|aren't|weren't)\s+(?:(?:at\s+all|that|particularly|entirely|too)\s+)?(?:unusual|uncommon|abnormal|out\s+of\s+the\s+ordinary)\b` },
  { name: 'perfectly-normal', triggers: ['normal', 'common', 'standard', 'usual', 'expected', 'typical'], regex: String.raw`\b${COPULA}\s+(?:perfectly|completely|totally|entirely|quite|very)\s+(?:normal|common|standard|usual|expected|typical)\b` },
  { name: 'things-happen', triggers: ['things'], regex: String.raw`\b(?:these|such|those)\s+things\s+(?:happen|do\s+happen|can\s+happen)\b` },
  { name: 'happens-all-the-time', triggers: ['happens', 'happen'], regex: String.raw`(?:\b(?:it|this|that)\s+|(?:^|(?<=[.!?]\s{1,3})))(?:happens|can\s+happen)\s+(?:all\s+the\s+time|from\s+time\s+to\s+time|sometimes|occasionally|now\s+and\s+(?:then|again)|every\s+so\s+often|to\s+everyone)\b` },
  { name: 'within-limits', triggers: ['within'], regex: String.raw`\bwithin\s+(?:the\s+)?(?:normal|acceptable|expected|standard|usual|reasonable)\s+(?:limits?|ranges?|timings?|times?|levels?|parameters?|tolerances?|bounds?)\b` },
];

// "It's only a few minutes late", "the delay was only nine days".
const ONLY_A_LITTLE: PhraseEntry[] = [
  { name: 'only-minutes-late', triggers: ['only', 'just', 'merely', 'barely'], regex: String.raw`\b${COPULA}\s+(?:only|just|merely|barely)\s+${NUMBER}\s+(?:of\s+)?(?:\w+\s+)?${UNIT}\s+(?:late|behind|delayed|overdue|out|off|longer|more|extra|over|slower)\b` },
  {
    name: 'delay-was-only', triggers: ['only', 'just', 'merely', 'barely'], regex: String.raw`\b(?:delay|wait|outage|disruption|difference|increase|rise|overcharge|discrepancy|downtime|interruption)s?\b(?:\s+[\w'-]+){0,6}?\s+(?:was|is|were|are|'s|came\s+to|amounted\s+to|lasted)\s+(?:only|just|merely|barely)\s+(?:${NUMBER}|£\s?\d|\$\s?\d|€\s?\d)`,
  },
  {
    // money that went wrong, in the past: "the charge was only a couple of pounds" (not a price: "the fee is only £5")
    name: 'charge-was-only', triggers: ['only', 'just', 'merely', 'barely'], regex: String.raw`\b(?:charge|fee|bill|surcharge|shortfall|extra\s+charge|error)s?\b(?:\s+[\w'-]+){0,6}?\s+(?:was|were|came\s+to|amounted\s+to)\s+(?:only|just|merely|barely)\s+(?:${NUMBER}|£\s?\d|\$\s?\d|€\s?\d)`,
  },
  // "It was only a ten-minute delay", "just a two-day wait"
  { name: 'only-a-ten-minute', triggers: ['only', 'just', 'merely', 'barely'], regex: String.raw`\b${COPULA}\s+(?:only|just|merely|barely)\s+(?:an?\s+)?(?:${NUMBER}|\d+)[-\s]${UNIT}\s+(?:delay|wait|outage|disruption|hold-?up|interruption|difference|increase|charge|fee)\b` },
  // "it's only a couple of pounds a month, so ..." : a small amount offered as the reason nothing is wrong.
  { name: 'only-so', triggers: ['only'], regex: String.raw`\b(?:it|that|this)\s*(?:'s|is|was)\s+only\s+(?:${NUMBER}\s+(?:of\s+)?${UNIT}|£\s?\d+|\$\s?\d+|€\s?\d+)[^.!?,;]{0,25},?\s+so\b` },
];

// "There is no problem with your account", "I can't see any issue with the order".
const NOT_REAL: PhraseEntry[] = [
  {
    name: 'no-problem-with', triggers: ['no', 'nothing'], regex: String.raw`\bthere\s*(?:is|'s|was|are|were|'re)\s+(?:absolutely\s+|really\s+|actually\s+|definitely\s+)?(?:no|nothing)\s+(?:(?:real|actual|obvious|apparent)\s+)?(?:wrong|problems?|issues?|faults?|errors?)\s+(?:(?:at\s+all|whatsoever)\s+)?(?:with|on|in|at)\s+(?:your|the|our|this|that|its|their|his|her)(?:\s+[\w-]+)?`,
  },
  { name: 'nothing-wrong', triggers: ['nothing'], regex: String.raw`\bnothing\s+(?:is\s+|was\s+|'s\s+)?(?:wrong|amiss)\s+with\s+(?:your|the|this|that|it)\b` },
  {
    name: 'cant-see-anything-wrong', triggers: ['wrong', 'problem', 'problems', 'issue', 'issues', 'fault', 'faults', 'error', 'errors'], regex: String.raw`\b(?:I|we)\s+(?:can't|cannot|can\s+not|couldn't|could\s+not|don't|do\s+not|didn't|did\s+not)\s+(?:see|find|spot|detect)\s+(?:any(?:thing)?|a)\s+(?:(?:wrong|problems?|issues?|faults?|errors?)\s+)?(?:wrong\s+)?(?:with|on|in)\s+(?:your|the|this)\b`,
    keep: (hit) => /wrong|problem|issue|fault|error/i.test(hit.text),
  },
];

// "It's not really an issue", "that's just how the app works", "it's nothing to worry about".
const NOT_AN_ISSUE: PhraseEntry[] = [
  { name: 'not-really-an-issue', triggers: ['really', 'actually', 'even', 'honestly', 'truly', 'hardly', 'barely', 'scarcely'], regex: String.raw`\b(?:it|this|that)(?:'s|\s+is|\s+was|\s+isn't|\s+wasn't)\s+(?:not\s+)?(?:really|actually|even|honestly|truly|hardly|barely|scarcely)\s+(?:an?\s+)?(?:issue|problem|concern|fault)\b` },
  {
    name: 'easy-fix', triggers: ['easy', 'simple', 'quick', 'trivial'], regex: String.raw`\b(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:just\s+|only\s+)?(?:an?\s+)?(?:really\s+|very\s+|super\s+)?(?:easy|simple|quick|trivial)\s+(?:fix|thing\s+to\s+fix|one\s+to\s+fix)\b`,
    keep: (hit) => !/\b(?:I've|we've|I\s+have|we\s+have|I'll|we'll|I\s+will|we\s+will|I'm|we're)\b/i.test(hit.sentence.text),
  },
  { name: 'just-how-it-works', triggers: ['how'], regex: String.raw`\b(?:it|this|that)(?:'s|\s+is)\s+(?:just|simply)\s+how\s+(?:it|the\s+\w+|things|this|our\s+\w+)\s+(?:works?|is|goes)\b` },
  { name: 'nothing-to-worry-about', triggers: ['nothing'], regex: String.raw`\b(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:really\s+|honestly\s+|absolutely\s+)?nothing\s+to\s+(?:worry|be\s+concerned|be\s+upset|get\s+upset)\s+about\b`, keep: (hit, reply) => !fixedFirst(hit, reply) && !ownsFix(reply, hit.sentence, hit.sentence.start, false) },
  { name: 'and-nothing-to-worry', triggers: ['nothing'], regex: String.raw`\b(?:(?:is|are|was|were|'s)\s+|and\s+)nothing\s+to\s+worry\s+about\b`, keep: (hit, reply) => !fixedFirst(hit, reply) && !ownsFix(reply, hit.sentence, hit.sentence.start, false) },
];

// "Everything works fine on our end", "working normally on our side", "works fine for everyone else".
const FINE_HERE: PhraseEntry[] = [
  {
    name: 'fine-on-our-end', triggers: ['end', 'side', 'system', 'systems', 'here'], regex: String.raw`\b(?:(?:everything|it|all|things|this|that)\s*)?(?:working|works?|worked|looks?|looked|seems?|seemed|is|are|was|were|'s|running|runs|functioning|operating|appears?)\s+(?:to\s+be\s+)?(?:(?:completely|totally|absolutely|perfectly|all|just|as)\s+)?(?:fine|normally|normal|correctly|properly|ok|okay|as\s+(?:expected|intended|normal|it\s+should)|perfectly|well|great|good|smoothly|as\s+usual)\s+(?:(?:on|from|at|in)\s+(?:our|my)\s+(?:end|side|systems?)|here)\b`,
    keep: (hit, reply) => !fixedFirst(hit, reply),
  },
  {
    name: 'no-issues-our-end', triggers: ['end', 'side', 'systems', 'system', 'network', 'servers', 'server', 'service'], regex: String.raw`\b(?:no|(?:can't|cannot|couldn't|could\s+not|don't|do\s+not)\s+(?:see|find|detect|spot)\s+any|not\s+(?:seeing|finding|detecting|aware\s+of)\s+any)\s+(?:known\s+)?(?:problems?|issues?|faults?|errors?|outages?)\s+(?:(?:on|from|at)\s+(?:our|my)\s+(?:end|side)|with\s+our\s+(?:systems?|network|servers?|service))\b`,
    keep: (hit, reply) => !fixedFirst(hit, reply),
  },
  { name: 'working-on-our-end', triggers: ['end', 'side'], regex: String.raw`\b(?:it's|it\s+is|everything's|everything\s+is|all\s+is|it's\s+all)\s+(?:been\s+)?working\s+(?:on|from|at)\s+(?:our|my)\s+(?:end|side)\b`, keep: (hit, reply) => !fixedFirst(hit, reply) },
  // "Our system is working as it should", "the app is running normally" (not after our fix, not with a next step).
  { name: 'system-working', triggers: ['system', 'systems', 'network', 'servers', 'server', 'website', 'site', 'app', 'service'], regex: String.raw`\b(?:our|the)\s+(?:systems?|network|servers?|website|site|app|service)\s+(?:is|are|has\s+been|have\s+been|seems?\s+to\s+be|appears?\s+to\s+be)\s+(?:working|running|functioning|operating)\s+(?:(?:completely|perfectly|totally)\s+)?(?:fine|normally|correctly|properly|as\s+(?:it\s+should|they\s+should|expected|intended|normal))\b`, keep: (hit, reply) => !fixedFirst(hit, reply) && !wayOn(hit, reply) },
  // "We can't see any fault." with nothing after it: the check is the whole answer.
  { name: 'cant-see-any-fault', triggers: ['problem', 'problems', 'issue', 'issues', 'fault', 'faults', 'error', 'errors'], regex: String.raw`\b(?:I|we)\s+(?:can't|cannot|can\s+not|couldn't|could\s+not)\s+(?:see|find|spot|detect)\s+any\s+(?:problems?|issues?|faults?|errors?)(?=\s*[.!]|\s*$)`, keep: (hit, reply) => !fixedFirst(hit, reply) && !wayOn(hit, reply) },
  { name: 'our-end-fine', triggers: ['end', 'side'], regex: String.raw`\b(?:our|my)\s+(?:end|side)\s+(?:is|looks|seems)\s+(?:fine|ok|okay|good|normal)\b` },
  { name: 'looks-fine-to-us', triggers: ['us', 'me', 'here', 'end', 'side', 'see'], regex: String.raw`\b(?:looks?|seems?|appears?)\s+(?:to\s+be\s+)?(?:completely\s+|perfectly\s+|totally\s+)?(?:fine|normal|ok|okay|in\s+order)\s+(?:to\s+(?:us|me)|from\s+(?:here|our\s+(?:end|side)|what\s+(?:I|we)\s+can\s+see))\b`, keep: (hit, reply) => !fixedFirst(hit, reply) },
  { name: 'systems-show-fine', triggers: ['systems', 'system', 'records', 'network', 'servers', 'server', 'logs', 'checks', 'diagnostics', 'tests', 'test'], regex: String.raw`\b(?:our|the)\s+(?:systems?|records|network|servers?|logs|checks|diagnostics|tests?)\s+(?:show|are\s+showing|indicate|say|suggest)s?\s+(?:that\s+)?(?:everything|it|all|your\s+\w+|the\s+\w+)\s+(?:(?:is|are|was)\s+(?:working\s+)?|works?\s+|worked\s+)(?:fine|normal(?:ly)?|ok|okay|correctly|properly|as\s+expected)\b`, keep: (hit, reply) => !fixedFirst(hit, reply) },
  // "The system shows no issues", "our checks found no faults": nothing wrong, with no next step.
  { name: 'systems-show-no-issue', triggers: ['systems', 'system', 'records', 'network', 'servers', 'server', 'logs', 'checks', 'diagnostics', 'tests', 'test'], regex: String.raw`\b(?:our|the)\s+(?:systems?|records|network|servers?|logs|checks|diagnostics|tests?)\s+(?:(?:show|indicate)s?|are\s+showing|found|flagged|detected)\s+no\s+(?:(?:known|current|obvious)\s+)?(?:problems?|issues?|faults?|errors?|outages?)\b`, keep: (hit, reply) => !fixedFirst(hit, reply) && !wayOn(hit, reply) },
  { name: 'works-for-me', triggers: ['me', 'us', 'everyone', 'everybody', 'all', 'other', 'others', 'most'], regex: String.raw`\b(?:works?|worked|working)\s+(?:fine|perfectly(?:\s+well)?|well|ok|okay|normally)\s+for\s+(?:me|us|everyone|everybody|all|other|others|most)\b`, keep: (hit, reply) => !fixedFirst(hit, reply) },
  // "It's only 10 minutes.", "Only a couple of days late." said as the whole point.
  { name: 'only-so-long', triggers: ['only'], regex: String.raw`(?:^|(?<=[.!?]\s{1,3})|\b(?:it's|it\s+is|that's|that\s+is|it\s+was|that\s+was)\s+)only\s+(?:a\s+few|a\s+couple(?:\s+of)?|\d+|one|two|three|four|five|ten|fifteen|twenty|thirty)\s+(?:minutes?|mins?|hours?|days?|seconds?)(?:\s+(?:late|behind|longer|more|over))?(?=\s*[.!…]|\s*$)`, keep: (hit, reply) => !fixedFirst(hit, reply) },
  // "Minor issue.", "Just a tiny blip." as a sentence of its own.
  { name: 'minor-fragment', triggers: ['minor', 'tiny', 'small', 'little', 'slight'], regex: String.raw`(?:^|(?<=[.!?]\s{1,3}))(?:(?:just|only)\s+)?(?:an?\s+)?(?:minor|tiny|small|little|slight)\s+(?:issue|glitch|hiccup|problem|blip|bug|delay|inconvenience|mix-?up)(?=\s*[.!…]|\s*$)` },
  { name: 'works-for-everyone-else', triggers: ['else'], regex: String.raw`\b(?:works?|worked|working)\s+for\s+(?:everyone|everybody|all\s+(?:our\s+)?other\s+(?:customers|users|people))(?:\s+else)?(?=\s*[.!,;]|\s*$)`, keep: (hit, reply) => !fixedFirst(hit, reply) },
  // "This is expected behaviour": the complaint filed as the design (not after our fix).
  { name: 'expected-behaviour', triggers: ['behaviour', 'behavior'], regex: String.raw`\b(?:this|that|it)(?:'s|\s+is|\s+was)\s+(?:the\s+|just\s+|simply\s+|completely\s+|perfectly\s+)?(?:expected|normal|intended|standard)\s+behaviou?r\b`, keep: (hit, reply) => !fixedFirst(hit, reply) },
  { name: 'everyone-else-fine', triggers: ['everyone', 'everybody'], regex: String.raw`\b(?:everyone|everybody)\s+else\s+(?:is|has\s+been|seems)\s+(?:fine|happy|ok|okay|able)\b` },
];

// "No one else has reported this", "you're the only customer with this issue", "it's very rare".
const RARE: PhraseEntry[] = [
  {
    name: 'no-one-else', triggers: ['else'], regex: String.raw`\b(?:no\s*-?\s*one|nobody|no\s+other\s+(?:customers?|users?|guests?|people|members?|clients?|passengers?|players?|persons?|households?|accounts?))\s+else\s+(?:has|have|had|is|are|was|were)\s+(?:(?:ever|yet|actually|even|so\s+far)\s+)?(?:reported|mentioned|complained|raised|flagged|noticed|experienced|had|having|seen|contacted|reporting|experiencing|complaining|mentioning|raising)\b`,
  },
  {
    name: 'no-one-has-reported', triggers: ['no', 'nobody', 'noone'], regex: String.raw`\b(?:no\s*-?\s*one|nobody|no\s+other\s+(?:customers?|users?|guests?|people|members?|clients?|passengers?|players?|persons?|households?))\s+(?:has|have|had|is|are|was|were)\s+(?:(?:ever|yet|actually|even|so\s+far)\s+)?(?:reported|mentioned|complained|raised|flagged|experienced|reporting|experiencing|complaining)\b(?!\s+(?:to\s+)?you\b)`,
  },
  { name: 'only-customer', triggers: ['only', 'first', 'sole'], regex: String.raw`\b(?:you're|you\s+are|you\s+were|you've\s+been|you\s+have\s+been)\s+(?:actually\s+|genuinely\s+)?(?:the\s+)?(?:only|first|sole)\s+(?:one|customer|person|user|guest|client|member|passenger|player|people|household)\b(?!\s+(?:who|that)\s+(?:can|could|may|is\s+able)\b)` },
  // "We haven't seen this issue anywhere else", "we've not had it with any other customer".
  { name: 'not-seen-elsewhere', triggers: ['else', 'elsewhere', 'other'], regex: String.raw`\b(?:we|I)\s*(?:haven't|have\s+not|'ve\s+not|hadn't|had\s+not|have\s+never|'ve\s+never)\s+(?:(?:seen|had|heard\s+of|come\s+across|encountered|noticed)\s+)(?:this|that|it|the\s+same)(?:\s+(?:issue|problem|fault|error|bug|happen))?\s+(?:anywhere\s+else|elsewhere|with\s+(?:any\s+)?(?:other|another)\s+(?:customers?|users?|accounts?|clients?|members?|guests?))\b` },
  // "Most customers don't even notice it", "many users never see it".
  { name: 'most-dont-notice', triggers: ['most', 'many'], regex: String.raw`\b(?:most|many)\s+(?:of\s+our\s+)?(?:customers|users|people|guests|clients|members|passengers)\s+(?:don't|do\s+not|never|won't|wouldn't|would\s+not|will\s+not)\s+(?:even\s+|really\s+)?(?:notice|see|mind|spot|realise|realize|care|feel)\b` },
  { name: 'no-other-reports', triggers: ['other', 'similar', 'further'], regex: String.raw`\b(?:we\s+)?(?:haven't|have\s+not|hadn't|had\s+not)\s+(?:had|received|seen|heard)\s+(?:any\s+)?(?:other|similar|further)\s+(?:reports?|complaints?|issues?|problems?|cases?)\b` },
  { name: 'no-similar-reports', triggers: ['other', 'similar', 'further', 'more', 'previous'], regex: String.raw`\b(?:(?:we|I)(?:'ve|\s+have|\s+had|'d)?\s+(?:had|received|seen|heard\s+of|got(?:ten)?)|there\s+(?:have|has)\s+been|there\s+(?:are|were))\s+no\s+(?:other|similar|further|more|previous)\s+(?:reports?|complaints?|issues?|problems?|cases?|instances?|incidents?)\b` },
  { name: 'first-time-heard', triggers: ['first', 'only'], regex: String.raw`\b(?:first|only)\s+(?:time|complaint|report)\s+(?:we've|we\s+have|we've\s+ever|I've|I\s+have|we\s+have\s+ever|I've\s+ever)\s+(?:ever\s+)?(?:heard|had|seen|received)\b` },
  {
    name: 'very-rare', triggers: ['rare', 'uncommon', 'infrequent'], regex: String.raw`\b(?:is|was|'s|are|were)\s+(?:(?:just|only|simply|merely|actually)\s+)?(?:(?:an?\s+)?(?:very\s+|extremely\s+|quite\s+|really\s+|incredibly\s+|super\s+|exceptionally\s+|fairly\s+|pretty\s+|highly\s+)?(?:rare|uncommon|infrequent)\s+(?:${ISSUE}|cases?|incidents?|occurrences?|events?|situations?|faults?)|(?:very\s+|extremely\s+|quite\s+|really\s+|incredibly\s+|super\s+|exceptionally\s+|fairly\s+|pretty\s+|highly\s+)?(?:rare|uncommon|infrequent)(?!\s+[a-z]))\b`,
  },
  // "an edge case", "a one-off glitch", "a freak occurrence"
  { name: 'edge-case', triggers: ['edge', 'corner', 'off', 'oneoff', 'freak', 'fluke', 'random', 'isolated'], regex: String.raw`\b(?:(?:is|was|'s|are|were)\s+(?:(?:just|only|simply|merely|probably|likely|actually)\s+)?(?:an?\s+)?|\b(?:just|only|merely)\s+(?:an?\s+)?)(?:very\s+|rare\s+)?(?:edge|corner|one-?off|freak|fluke|random|isolated)\s+(?:cases?|incidents?|issues?|problems?|glitch(?:es)?|errors?|faults?|occurrences?|events?|blips?|situations?|bugs?)\b|\b(?:is|was|'s)\s+(?:just\s+|only\s+|probably\s+)?a\s+(?:one-?off|fluke)(?=\s*[.!,;]|$)` },
  { name: 'rarely-happens', triggers: ['rarely', 'ever', 'never', 'seldom'], regex: String.raw`\b(?:rarely|hardly\s+ever|almost\s+never|seldom)\s+(?:happens|occurs|comes\s+up|goes\s+wrong|a\s+problem|an\s+issue)\b` },
  { name: 'isolated', triggers: ['isolated'], regex: String.raw`\b(?:an?\s+)?isolated\s+(?:incident|case|issue|problem|event|occurrence)\b` },
  { name: 'only-handful-affected', triggers: ['only'], regex: String.raw`\bonly\s+(?:a\s+(?:handful|few|couple|(?:(?:very|really)\s+)?(?:small|tiny|limited)\s+(?:number|fraction|percentage|group|proportion))|\d+(?:\.\d+)?\s?%|one\s+or\s+two|very\s+few)\s+(?:of\s+)?(?:our\s+)?(?:customers|clients|users|people|accounts|guests|members|subscribers|orders|cases|households|passengers)\s+(?:have\s+been|were|are|has\s+been|had\s+been)\s+(?:affected|impacted|hit)\b` },
  { name: 'never-had-before', triggers: ['never'], regex: String.raw`\b(?:we've|we\s+have|I've|I\s+have)\s+never\s+(?:had|seen|heard\s+of|received|come\s+across|encountered)\b[^.!?]{0,40}?\b(?:before|complaints?|reports?)\b` },
];

// "This shouldn't be an issue", "it shouldn't cause any problems for you". Not "That shouldn't be a problem to
// arrange" / "Sure, that shouldn't be a problem", which say yes to a request.
const SHOULD_NOT: PhraseEntry = {
  name: 'shouldnt-be-an-issue', triggers: ['should'], regex: String.raw`\b(?:this|it|that|which)\s+(?:really\s+)?(?:shouldn't|should\s+not)\s+(?:really\s+)?(?:be|cause|pose|create|give)\s+(?:(?:you|for\s+you)\s+)?(?:a|an|any|much\s+of\s+an?|too\s+much\s+of\s+an?)\s+(?:(?:real|big|major|serious)\s+)?(?:issue|problem|concern|trouble|inconvenience|bother|hassle|difficulty|difficulties|problems|issues)\b(?!\s+(?:to|for\s+(?:us|me)\b))`,
  keep: (hit) => !/^\s*(?:@\w+\s+)*(?:yes|yep|sure|of\s+course|absolutely|certainly|no\s+problem|good\s+news)\b/i.test(hit.sentence.text),
};


// --- catalog 2 -------------------------------------------------------------------------------------------------

const CATALOG_2: Entry[] = [
  {
    // "It should work", "It's supposed to be working", "It should be working fine on your end".
    name: 'should-work', messageId: 'not-real', triggers: ['should', 'supposed', 'ought'],
    regex: String.raw`(?:it|this|that|everything|the\s+(?:app|site|website|link|code|card|router|device|system|service|update|feature|page|form|login))(?:\s+(?:really\s+)?(?:should|is\s+supposed\s+to|ought\s+to)|'s\s+supposed\s+to)\s+(?:already\s+)?(?:be\s+)?(?:work(?:ing)?|fine|ok|okay|function(?:ing)?|go(?:ing)?\s+through)(?:\s+(?:fine|perfectly|normally|properly|correctly|without\s+(?:any\s+)?(?:issues?|problems?)))?(?:\s+(?:on|for|at)\s+your\s+(?:end|side))?`,
    keep: (hit, reply) => {
      // "Restart it and it should work", "once the update is in, it should work", "I've reset it, so it should work now".
      const sentence = hit.sentence.text;
      if (/\b(?:now|again|once|after|when|if|as\s+soon\s+as|then|from\s+(?:now|today|tomorrow)|by\s+\w+|within|tomorrow|tonight|shortly|soon)\b/i.test(sentence)) return false;
      if (/\b(?:and|so)\s*$/i.test(reply.text.slice(hit.sentence.start, hit.start))) return false;
      return !ownsFix(reply, hit.sentence, hit.sentence.start, false) && !isQuestion(hit);
    },
  },
  {
    // "It works on my end", "it's working fine for me", "working perfectly on my device".
    name: 'works-for-me', messageId: 'not-real', triggers: ['me', 'my'],
    regex: String.raw`(?:works?|working|worked|loads?|loading|loaded)\s+(?:(?:fine|perfectly|ok|okay|normally|well|great|just\s+fine)\s+)?(?:for\s+me|on\s+my\s+(?:end|side|device|phone|computer|machine|laptop|account|browser|screen))`,
    keep: (hit, reply) => !fixedFirst(hit, reply) && !isQuestion(hit),
  },
  {
    // "I can't reproduce it, so it must be on your side", "we couldn't replicate the issue, so it's likely your network".
    name: 'cant-reproduce', messageId: 'not-real', triggers: ['reproduce', 'replicate', 'recreate'], toClauseEnd: true,
    regex: String.raw`(?:(?:I|we)\s+)?(?:can't|cannot|can\s+not|couldn't|could\s+not|unable\s+to|not\s+able\s+to|were\s+unable\s+to|weren't\s+able\s+to|haven't\s+been\s+able\s+to)\s+(?:reproduce|replicate|recreate)\s+(?:it|this|that|the\s+(?:issue|problem|error|fault|bug)|your\s+(?:issue|problem|error))[^.!?]{0,20}?(?:,?\s+(?:so|which\s+means|therefore|meaning)\s+(?:it|this|the\s+(?:issue|problem))(?:\s+(?:must|has\s+to|should|can\s+only|is\s+likely|is\s+probably|is)|'s(?:\s+(?:likely|probably))?)\s+(?:be\s+)?(?:on|at|with|something\s+(?:on|at|with))?\s*(?:your|you)|\s*[.!]?\s*$)`,
    keep: (hit, reply) => !wayOn(hit, reply),
  },
  {
    // "It must be on your side", "the problem has to be your connection".
    name: 'must-be-your-side', messageId: 'not-real', triggers: ['must', 'has', 'have', 'probably', 'likely'],
    regex: String.raw`(?:it|this|that|the\s+(?:issue|problem|fault|error))\s+(?:must|has\s+to|can\s+only|is\s+probably|'s\s+probably|is\s+likely|'s\s+likely)\s+be\s+(?:something\s+)?(?:on|at|with|from)\s+your\s+(?:side|end|device|network|connection|computer|setup|phone|router|browser)` +
      // cut short: "Must be your device.", "Probably your internet."; or turned round: "Your wifi is probably the problem."
      String.raw`|(?:^|(?<=[.!?]\s{1,3}))(?:must|probably|likely)\s+(?:be\s+)?(?:(?:on|at|with)\s+)?your\s+(?:side|end|device|network|connection|computer|setup|phone|router|browser|internet|wi-?fi|broadband|settings)(?=\s*[.!…]|\s*$)` +
      String.raw`|your\s+(?:device|network|connection|computer|setup|phone|router|browser|internet|wi-?fi|broadband|settings)\s+(?:is|must\s+be|is\s+probably|is\s+likely|'s\s+probably)\s+(?:probably\s+)?(?:the\s+)?(?:problem|issue|cause|culprit|fault)\b`,
    keep: (hit) => !isQuestion(hit),
  },
  // "We haven't heard of this before": rarity, said with "not ... before" instead of "never".
  { name: 'not-seen-before', messageId: 'rare', triggers: ['before'], regex: String.raw`\b(?:we|I)\s+(?:haven't|have\s+not|hadn't|had\s+not)\s+(?:ever\s+)?(?:heard\s+of|come\s+across|seen|encountered|had)\s+(?:this|that|it|anything\s+like\s+(?:this|that|it))(?:\s+happen)?\s+before\b`, keep: (hit) => !/\b(?:sorry|apologi[sz]e)\b/i.test(hit.sentence.text) || /\bbut\b/i.test(hit.sentence.text) },
  {
    // "We've never come across this", "I've never seen that happen".
    name: 'never-seen', messageId: 'rare', triggers: ['never'],
    regex: String.raw`(?:we've|we\s+have|I've|I\s+have|we|I)\s+(?:honestly\s+|actually\s+|literally\s+)?never\s+(?:(?:had|seen|heard\s+of|come\s+across|encountered|experienced|run\s+into)\s+(?:this|that|it|anything\s+like\s+(?:this|that|it)|such\s+a\s+thing|a\s+(?:case|problem|issue|complaint)\s+like\s+(?:this|that|yours))(?:\s+happen)?(?:\s+before)?)`,
    keep: (hit) => !/\b(?:sorry|apologi[sz]e)\b/i.test(hit.sentence.text) || /\bbut\b/i.test(hit.sentence.text),
  },
  {
    // "It only affects a handful of users", "this only hit a small number of accounts".
    name: 'only-affects-few', messageId: 'rare', triggers: ['only'],
    regex: String.raw`only\s+(?:affects?|affected|impacts?|impacted|hits?|happens\s+to|happened\s+to|applies\s+to|concerns?)\s+(?:a\s+(?:handful|few|couple|minority|(?:(?:very|really|tiny|small)\s+)?(?:small|tiny|limited)\s+(?:number|fraction|percentage|group|minority|proportion)|(?:tiny\s+)?fraction)|\d+(?:\.\d+)?\s?%|one\s+or\s+two|very\s+few|a\s+tiny\s+minority)\s+(?:of\s+)?(?:our\s+)?(?:customers|users|people|accounts|guests|members|orders|cases|households|passengers|devices|clients|players)`,
  },
  {
    // "your little problem", "a tiny hiccup", "this little mishap".
    name: 'little-problem', messageId: 'minor', triggers: ['little', 'tiny', 'teeny', 'wee', 'itsy', 'hiccup', 'hiccups', 'blip', 'blips', 'hiccough', 'oopsie', 'mishap'],
    regex: String.raw`(?:your|this|that|the|a|an)\s+(?:(?:little|tiny|teeny|wee|teeny-?tiny|itsy-?bitsy)\s+(?:problem|issue|complaint|mishap|hiccup|hiccough|blip|glitch|snag|niggle|wobble|situation|drama|mix-?up|oopsie|inconvenience|delay|error)|(?:small|minor)\s+(?:hiccup|hiccough|blip|oopsie|mishap))s?`,
    keep: (hit, reply) => /^your\b/i.test(hit.text) || !ownsFix(reply, hit.sentence, hit.sentence.start, false),
  },
  {
    // "a small delay, nothing to worry about", "It's a short wait. Nothing to worry about!"
    name: 'nothing-to-worry', messageId: 'minor', triggers: ['nothing'],
    regex: String.raw`(?:[,;:-]\s*|^\s*|\.\s+)(?:(?:so|honestly|really|but)\s+)?(?:there's\s+|there\s+is\s+)?(?:really\s+|honestly\s+|absolutely\s+)?nothing\s+(?:at\s+all\s+)?to\s+(?:worry|stress|fret|panic)\s+(?:about|over)`,
    keep: (hit, reply) => !fixedFirst(hit, reply) && !ownsFix(reply, hit.sentence, hit.sentence.start, false),
  },
  {
    // "Oh well!", "So what?", "Who cares?", "Why would I care about that?", "It happens.", "Not the end of the world."
    name: 'oh-well', messageId: 'dismisses', triggers: ['oh', 'well', 'what', 'cares', 'care', 'happens', 'happen', 'end', 'worse', 'world', 'first'],
    regex: String.raw`oh\s+well|(?:^|(?<=[.!?]\s{1,3}))so\s+what(?=\s*[?!.]|$)|who\s+cares|why\s+(?:would|should|do)\s+(?:I|we)\s+care|(?:^|(?<=[.!?,;]\s{1,3}))(?:it|stuff|things|these\s+things)\s+happens?(?=\s*[!.]|$)|(?:it's|it\s+is|this\s+is|that's|that\s+is|this\s+isn't|it\s+isn't|it's\s+hardly|it\s+is\s+hardly)\s+(?:not\s+)?(?:exactly\s+)?the\s+end\s+of\s+the\s+world|\b(?:isn't|is\s+not|wasn't|was\s+not|won't\s+be|will\s+not\s+be|hardly)\s+(?:exactly\s+)?the\s+end\s+of\s+the\s+world|(?:it|this|that|things)\s+could\s+(?:have\s+been|be)\s+(?:a\s+lot\s+|much\s+|far\s+)?worse|first[-\s]world\s+problems?|what's\s+the\s+big\s+deal`,
    keep: (hit, reply) => !/^oh\s+well/i.test(hit.text) || !/^\s*,?\s+(?:done|then|that's|in\s+that\s+case|I'll|I've|we'll|we've)\b/i.test(reply.text.slice(hit.end, hit.end + 20)),
  },
  {
    // "We're not aware of any issues", "we're unaware of any problems".
    name: 'unaware-of-issues', messageId: 'not-real', triggers: ['aware', 'unaware'],
    regex: String.raw`(?:we're|we\s+are|I'm|I\s+am)\s+(?:currently\s+)?(?:not\s+aware|unaware)\s+of\s+any\s+(?:known\s+|current\s+|reported\s+|wider\s+)?(?:issues?|problems?|outages?|faults?|errors?|disruptions?)`,
    keep: (hit, reply) => !wayOn(hit, reply),
  },
  {
    // "Looks like a small increase in the network, but nothing that should be causing you issues."
    name: 'nothing-that-should', messageId: 'minor', triggers: ['nothing'],
    regex: String.raw`nothing\s+(?:that|which)\s+(?:should|would|could)\s+(?:be\s+)?(?:caus(?:e|ing)|affect(?:ing)?|impact(?:ing)?|giv(?:e|ing))\s+(?:you\s+)?(?:any\s+)?(?:issues?|problems?|trouble|concerns?|bother)?`,
  },
];

// --- minimizers -----------------------------------------------------------------------------------------------

// Minimizers are about the fix: "just restart", "simply clear the cache". Pointing at how to reach us or send us
// something ("Just click 'Message'", "just tap Share > Copy Link") does not belittle the problem.
const FIX_VERB = String.raw`(?:be\s+patient|restart|reboot|reinstall|uninstall|install|clear|delete|remove|log|sign|refresh|reload|reset|update|upgrade|close|open|turn|switch|unplug|plug|power|toggle|re-?enter|enter|try|wait|re-?download|download|disable|enable|re-?add|add|force|check|go|head|follow|use|change|select|tap|click|hit|press|swipe|hold|pop|put|re-?connect|connect|disconnect|re-?pair|pair|re-?start|re-?boot|re-?set|re-?log|re-?sync|sync|empty|quit|kill|top|rename|move|drag|re-?try|retry|choose|pick|type|scan|charge|adjust|make|set|give|let|run|start|stop|reopen|relaunch|launch|unlink|link|cancel|re-?book|rebook|book|order|return|send|visit|see|look|read|follow|navigate|scroll|open|update|upload|enable|verify|confirm|reply)`;
const FIX_VERB_WORDS = ['just', 'simply'];
// The clause is about getting in touch or sharing something with us, not about fixing the problem.
const ABOUT_CONTACT = /\b(?:message|DM|PM|inbox|share|copy\s+link|send\s+(?:it\s+)?(?:to\s+)?(?:us|me)|contact|profile|reply|chat|email\s+us|call\s+us|get\s+in\s+touch|let\s+(?:us|me)\s+know|give\s+(?:us|me)|drop\s+(?:us|me)|ping\s+(?:us|me))\b/i;

const MINIMIZERS: Entry[] = [
  {
    // "Simply restart the app", "Ok, just log out and back in", "..., then just clear the cache".
    name: 'just-do-it', messageId: 'minimizer', triggers: FIX_VERB_WORDS, toClauseEnd: true,
    regex: String.raw`(?:just\s+simply|simply\s+just|just|simply)\s+${FIX_VERB}`,
    keep: (hit, reply) => {
      const verbAt = hit.start + hit.text.search(/\s\S+$/) + 1;
      if (ABOUT_CONTACT.test(instruction(reply.text.slice(verbAt, hit.sentence.end)))) return false;
      // "just reply here", "just see the link": how to reach us, not the fix.
      if (/^(?:reply|see|look|read|visit)$/i.test(reply.text.slice(verbAt, hit.end)) && !/^\s+(?:at|through|our|the)\s+(?:settings|faq|help|guide|steps)/i.test(reply.text.slice(hit.end, hit.end + 24))) return false;
      return startsInstruction(hit, reply) && !isQuestion(hit);
    },
  },
  {
    // "All you need to do is reinstall it", "You just need to update your browser", "it's as easy as ...".
    name: 'all-you-need', messageId: 'minimizer', triggers: ['all', 'just', 'simply', 'only', 'easy', 'simple'], toClauseEnd: true,
    regex: String.raw`(?:all\s+you\s+(?:need|have|'ll\s+need|will\s+need|'d\s+need|would\s+need)\s+to\s+do\s+(?:is|was)|you\s+(?:just|simply|only)\s+(?:need|have)\s+to|you\s+(?:can|could)\s+(?:just|simply)|it's\s+as\s+(?:easy|simple)\s+as|it\s+is\s+as\s+(?:easy|simple)\s+as)\s+(?:to\s+)?${FIX_VERB}`,
    keep: (hit, reply) => !ABOUT_CONTACT.test(instruction(reply.text.slice(hit.end - /\S+$/.exec(hit.text)![0].length, hit.sentence.end))) && !/\bif\s+(?:you\s+)?\w*\s*$/i.test(reply.text.slice(hit.sentence.start, hit.start)),
  },
  {
    // "Changing the language is just a simple click", "it's only a couple of taps".
    name: 'just-a-click', messageId: 'minimizer', triggers: ['click', 'clicks', 'tap', 'taps', 'step', 'steps', 'setting', 'toggle', 'switch'],
    regex: String.raw`(?:is|'s|are|'re|takes?)\s+(?:just|only|simply)\s+(?:a|one|two|a\s+couple\s+of|a\s+few)\s+(?:simple\s+|quick\s+|easy\s+)?(?:clicks?|taps?|steps?|settings?|toggles?|switch)`,
  },
];

// Each family's message.
const FAMILIES: Array<[PhraseEntry[], Id]> = [
  [SMALL_FRAMING, 'minor'], [NOT_BIG, 'minor'], [NORMALIZING, 'normal'], [ONLY_A_LITTLE, 'minor'], [NOT_REAL, 'not-real'],
  [FINE_HERE, 'not-real'], [NOT_AN_ISSUE, 'minor'], [RARE, 'rare'], [[SHOULD_NOT], 'minor'],
];
const BASE: Entry[] = [...FAMILIES.flatMap(([entries, messageId]) => entries.map((e): Entry => ({ ...e, messageId }))), ...CATALOG_2];
const WITH_MINIMIZERS: Entry[] = [...BASE, ...MINIMIZERS];
// Every reading looks at most WINDOW characters from the phrase.
for (const e of WITH_MINIMIZERS) if (e.keep) e.keep = windowed(e.keep);

const MESSAGES: Record<Id, string> = {
  minor: 'This calls the customer\'s problem small ("{{text}}"). Treat it as the problem it is to them.',
  normal: 'This presents the customer\'s problem as normal or acceptable ("{{text}}"), which dismisses it.',
  'not-real': 'This tells the customer there is no problem ("{{text}}"). Say what you checked and what you will do next.',
  rare: 'This says the problem is rare or only theirs ("{{text}}"), which makes it sound like it does not matter.',
  dismisses: 'This waves the customer\'s problem away ("{{text}}"). Acknowledge it and say what you will do.',
  minimizer: 'This frames the fix as trivial ("{{text}}"), which belittles the customer\'s problem.',
};
const ADVICE: Record<Id, string> = {
  minor: 'Leave out how small the problem is: "I\'m sorry about <problem>. Here\'s what I\'m doing: ..."',
  normal: 'Leave out that it is normal or acceptable; say what happened and what you will do about it.',
  'not-real': 'Replace "no problem on our side" with what you checked and the next step: "I\'ve checked <X>; next I\'ll <Y>."',
  rare: 'Leave out how rare it is or who else reported it; the customer only cares that it happened to them.',
  dismisses: 'Take it seriously: "That\'s not good enough, and I\'m sorry. Here\'s what I\'ll do: ..."',
  minimizer: 'Drop "just"/"simply" and give the steps plainly, ideally with a fallback: "Restart the app; if that doesn\'t help, I\'ll ..."',
};

export default definePhraseRule<{ minimizers?: boolean }>({
  meta: {
    id: 'downplays-problem',
    description: 'Treats the customer\'s problem as small, rare, normal or not real',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    messages: MESSAGES,
    // The table depends on the `minimizers` option, so the rule's words are given here: every entry's.
    triggers: [...new Set(WITH_MINIMIZERS.flatMap((e) => e.triggers ?? []))],
    docs: {
      why:
        'Whatever the cause, the customer believes they have a problem, and being told it is minor, rare, normal, ' +
        'not there at all ("it should work", "works fine for me", "we\'ve never seen that before") or not worth ' +
        'caring about ("oh well") is what makes them angriest. Calling a fix "simple" does the same: if it were ' +
        'simple they would not have written. Take the problem at face value, say what you found, and say what ' +
        'happens next.',
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
  table: (options) => (options?.minimizers === false ? BASE : WITH_MINIMIZERS),
  report(hits, reply, context) {
    for (const hit of hits) {
      const entry = hit.entry as unknown as Entry;
      let start = hit.start;
      if (entry.messageId === 'minimizer' && entry.name === 'just-do-it') start += hit.text.search(/just|simply/i);
      const end = !entry.toClauseEnd ? hit.end : Math.max(hit.end, entry.messageId === 'minimizer' ? minimizerEnd(reply, hit, start) : clauseEndAt(reply, hit.sentence, hit.end));
      context.report({ messageId: entry.messageId, data: { text: reply.text.slice(start, end) }, start, end, suggestions: [{ desc: ADVICE[entry.messageId] }] });
    }
  },
});

/** A minimizer runs to the end of its instruction: a clause break, "and it/you ...", "and let us know". */
function minimizerEnd(reply: Reply, hit: Hit, start: number): number {
  const rest = reply.text.slice(start, Math.min(hit.sentence.end, start + WINDOW));
  const m = /[,;:.!?]|\s+(?:and|so)\s+(?:it|that|this|you|your|the)\b|\s+(?:and|then)\s+(?:let|reply|drop|message|tell|ping)\b|\s+-\s/.exec(rest);
  let end = m ? start + m.index : start + rest.length;
  while (end > start && /\s/.test(reply.text[end - 1]!)) end--;
  return end;
}

/** The instruction itself: up to a clause break or a follow-up ("... and let us know"), menu paths kept whole. */
function instruction(rest: string): string {
  return rest.replace(/&(?:gt|lt|amp);/g, '>').split(/[,;.!?]|\s+(?:and|then)\s+(?:let|reply|drop|message|dm|tell|get\s+back|come\s+back|ping|email|call)\b/i)[0]!;
}

/** The minimizer opens an instruction: the sentence start (after @handles, bullets, "Ok,") or a clause break. */
function startsInstruction(hit: Hit, reply: Reply): boolean {
  const lead = reply.text.slice(hit.sentence.start, hit.start);
  if (/^\s*(?:@\w+\s+)*(?:[-*\u2022]\s+|\d+[.)]\s+)?(?:(?:ok(?:ay)?|so|now|then|first(?:ly)?|next|also|alternatively|otherwise|meanwhile|in\s+the\s+meantime|don't\s+worry|no\s+worries|good\s+news)[,!]?\s+)?$/i.test(lead)) return true;
  // After a comma or "then": the clause before must not have left a subject dangling ("I checked and just ...").
  return /(?:[,;:]|[-\u2013\u2014]|\bthen)\s*$/i.test(lead);
}

/** "I've reset it, and everything looks fine on our side now": the fine state follows our fix. */
function fixedFirst(hit: Hit, reply: Reply): boolean {
  const tail = reply.text.slice(hit.end, hit.sentence.end);
  if (/^\s*(?:now|again|since)\b/i.test(tail) || /^[^.!?,;]{0,20}\b(?:now|again)\b/i.test(tail)) return true;
  const head = reply.text.slice(hit.sentence.start, hit.start);
  return /\b(?:I've|we've|I\s+have|we\s+have|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:fixed|reset|restored|repaired|resolved|rebooted|restarted|corrected|sorted|updated)\b/i.test(head);
}

/** The sentence is a question ("Does it work for you on your end?"): asking, not asserting. */
function isQuestion(hit: Hit): boolean {
  return hit.sentence.isQuestion;
}

/** A next step follows: "..., so could you send a screenshot?", "..., but I've asked an engineer to look". */
function wayOn(hit: Hit, reply: Reply): boolean {
  if (ownsFix(reply, hit.sentence, hit.end)) return true;
  // The rest of the sentence: "..., so could you send a screenshot?", "..., but let's check your router".
  if (/\b(?:but|so|could\s+you|can\s+you|would\s+you|please|let's|let\s+me|I'd\s+like|we'd\s+like|if\s+you\s+(?:could|can))\b|\?/i.test(reply.text.slice(hit.end, hit.sentence.end))) return true;
  // The next sentence asks for what would help find it, or starts on it together.
  const next = reply.sentences[hit.sentence.index + 1];
  return next !== undefined && /\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:send|share|tell|confirm|check|try|DM|message|give|describe|screenshot|restart|reset|clear|update)\b|\blet's\b|\blet\s+(?:me|us)\b|\bplease\s+(?:send|share|DM|tell|try|check|restart|clear)\b/i.test(next.text);
}
