// deflects-responsibility: dodging ownership. Policy used as a shield, "nothing we can do", "not my department",
// "not our fault", "out of our control", and naming someone else so the customer has to chase them.
// All lexical: the phrases are specific, and the two exemptions (a policy waived in the customer's favour, a third
// party named while the agent owns the fix) are read from the same and the next sentence.
import { defineRule } from '../src/rule-api.js';
import { scan, type Hit } from '../src/nlp/match.js';
import type { Reply, Sentence } from '../src/types.js';

type Kind = 'policy-shield' | 'cannot-help' | 'not-ours' | 'push-back';

interface Check {
  re: RegExp;
  kind: Kind;
  keep?: (hit: Hit, reply: Reply) => boolean;
}

const POLICY = String.raw`(?:polic(?:y|ies)|terms(?:\s+and\s+conditions)?|t\s*&\s*cs|t's\s+and\s+c's|rules|guidelines|procedures?|protocols?)`;
// A refusal in the policy sentence: what makes a policy mention a shield.
const REFUSAL = /\b(?:cannot|can't|can\s+not|unable|not\s+able|won't|will\s+not|don't|do\s+not|doesn't|does\s+not|isn't|is\s+not|aren't|are\s+not|not\s+(?:be\s+)?(?:covered|eligible|possible|refundable|allowed|permitted|accepted|able|offered)|no\s+(?:refunds?|exceptions?|returns?|compensation)|only\s+(?:offer|allow|accept|refund|give)|(?:prevents?|prohibits?|forbids?|stops?)\s+(?:us|me)|(?:have|has)\s+to\s+(?:decline|refuse|charge))\b/i;
// The policy is named and then set aside for the customer: "but I've made an exception", "but I've waived it".
const WAIVED = /\b(?:but|however|although|though|that\s+said|even\s+so|in\s+this\s+case|this\s+time|on\s+this\s+occasion)\b[^.!?]{0,80}?\b(?:I've|I\s+have|we've|we\s+have|I'm|we're|I'll|we'll|I\s+will|we\s+will|I\s+can|we\s+can|I'd|we'd)\s+(?:\w+\s+){0,3}?(?:made\s+an\s+exception|make\s+an\s+exception|waive[ds]?|waiving|remov(?:ed|e|ing)|refund(?:ed|ing)?|cancell?(?:ed|ing)|credit(?:ed|ing)?|approv(?:ed|e|ing)|cover(?:ed|ing)?|extend(?:ed|ing)?|overrid(?:den|e|ing)|reimburs(?:ed|e|ing)|replac(?:ed|e|ing)|sent|send(?:ing)?|arrang(?:ed|e|ing)|honou?r(?:ed|ing)?|accept(?:ed|ing)?|let\s+(?:it|this|that)\s+go|dropp(?:ed|ing)|reduc(?:ed|e|ing)|paid|pay(?:ing)?|taken\s+off|taking\s+off)\b|\b(?:as\s+a\s+(?:one-off|goodwill|gesture|courtesy|exception)|made\s+an\s+exception|make\s+an\s+exception|waived|on\s+this\s+occasion)\b/i;
// The agent owns the fix: "I'm sending a replacement", "I've contacted them myself", "I'll chase the courier".
const OWNED = /\b(?:I've|I\s+have|we've|we\s+have|I'm|we're|I\s+am|we\s+are|I'll|we'll|I\s+will|we\s+will|let\s+me)\s+(?:already\s+|also\s+|now\s+|just\s+|personally\s+|gone\s+ahead\s+and\s+)?(?:contact(?:ed|ing)?|call(?:ed|ing)?|chas(?:ed|e|ing)|fil(?:ed|e|ing)|rais(?:ed|e|ing)|open(?:ed|ing)?|log(?:ged|ging)?|sen(?:t|d|ding)|refund(?:ed|ing)?|replac(?:ed|e|ing)|reship(?:ped|ping)?|rebook(?:ed|ing)?|book(?:ed|ing)?|mov(?:ed|e|ing)|credit(?:ed|ing)?|arrang(?:ed|e|ing)|reimburs(?:ed|e|ing)|cover(?:ed|ing)?|pa(?:id|y|ying)|fix(?:ed|ing)?|sort(?:ed|ing)?|handl(?:ed|e|ing)|deal(?:t|ing)?\s+with|tak(?:en|e|ing)\s+(?:care|this|it|that)|follow(?:ed|ing)?\s+(?:up|it|this)|escalat(?:ed|e|ing)|put\s+in|issu(?:ed|e|ing)|order(?:ed|ing)?|dispatch(?:ed|ing)?|claim(?:ed|ing)?|get(?:ting)?\s+in\s+touch|spok(?:en|e)|speak(?:ing)?|email(?:ed|ing)?|messag(?:ed|e|ing)|reach(?:ed|ing)?\s+out|work(?:ed|ing)?\s+with|push(?:ed|ing)?)\b|\b(?:myself|ourselves|on\s+your\s+behalf)\b/i;

/** Text of the hit's sentence and the one after it. */
function sameAndNext(reply: Reply, s: Sentence): string {
  const next = reply.sentences[s.index + 1];
  return next ? reply.text.slice(s.start, next.end) : s.text;
}
/** "It's our policy to refund within 5 days" is not a shield; "It's our policy." / "... so we can't" is. */
const shield = (hit: Hit, reply: Reply) => {
  if (!notWaived(hit, reply)) return false;
  const after = reply.text.slice(hit.end, hit.sentence.end);
  if (/^\s+(?:is|are|says|states|requires|means)?\s*(?:to|that)\b/i.test(after)) return REFUSAL.test(hit.sentence.text) || /\b(?:not|never|no)\b/i.test(after);
  return true;
};
const notWaived = (hit: Hit, reply: Reply) => !WAIVED.test(reply.text.slice(hit.start, (reply.sentences[hit.sentence.index + 1] ?? hit.sentence).end));
const notOwned = (hit: Hit, reply: Reply) => !OWNED.test(sameAndNext(reply, hit.sentence));
// "Is there anything I can do?" or "you're not responsible for" reassure, not deflect.
// ("You aren't responsible": the hit starts at "n't", right after "are".)
const notAboutCustomer = (hit: Hit, reply: Reply) => !/\byou(?:'re|\s+are|\s+were|'ll|\s+will|\s+won't|\s+would|'d)?(?:\s+\w+)?\s*$/i.test(reply.text.slice(Math.max(hit.sentence.start, hit.start - 16), hit.start));

/** "..., so I've checked it another way", "... but I'll sort it": the agent takes over in the same sentence. */
const agentActsAfter = (hit: Hit, reply: Reply) => /(?:\b(?:so|but|and|instead|which\s+is\s+why)\b|[,;:])\s*(?:I've|I\s+have|we've|we\s+have|I'll|I\s+will|we'll|we\s+will|I'm|we're|I\s+am|we\s+are|let\s+me|I\s+can|we\s+can)\b/i.test(reply.text.slice(hit.end, hit.sentence.end));

const CHECKS: Check[] = [
  // Policy as a shield.
  { re: /\b(?:that|this|it)(?:'s|\s+is|\s+was|'s\s+just|\s+is\s+just)\s+(?:simply\s+)?(?:our|the|company|store|bank|hotel|airline|standard)\s+(?:company\s+|standard\s+|store\s+|refund\s+|return\s+|strict\s+)?(?:policy|policies|rules|procedure)\b/gi, kind: 'policy-shield', keep: (h, r) => shield(h, r) },
  { re: /\b(?:company|store|strict|standard|internal|head\s+office)\s+(?:policy|policies|rules|procedure)\s+(?:is|are|says|states|dictates|requires|means|doesn't|does\s+not|won't|will\s+not|prevents|prohibits|forbids)\b/gi, kind: 'policy-shield', keep: (h, r) => REFUSAL.test(h.sentence.text) && notWaived(h, r) },
  { re: /\b(?:policy|rules)\s+(?:is|are)\s+(?:policy|rules)\b|\b(?:my|our)\s+hands\s+are\s+tied\b|\bI\s+(?:don't|do\s+not)\s+make\s+the\s+rules\b|\b(?:I'm|I\s+am|we're|we\s+are)\s+(?:just|only|simply)\s+following\s+(?:the\s+|our\s+|company\s+)?(?:policy|rules|procedure|process|orders)\b/gi, kind: 'policy-shield' },
  {
    re: new RegExp(String.raw`\b(?:(?:as\s+)?per|under|according\s+to|in\s+(?:line|accordance|keeping)\s+with|due\s+to|because\s+of|based\s+on|following|owing\s+to)\s+(?:the\s+(?:terms|rules|conditions)\s+of\s+)?(?:our|the|company|your|store|strict|this|their)\s+(?:[\w-]+\s+){0,2}?${POLICY}\b`, 'gi'),
    kind: 'policy-shield',
    keep: (hit, reply) => REFUSAL.test(reply.text.slice(hit.sentence.start, hit.sentence.end)) && notWaived(hit, reply),
  },
  {
    re: new RegExp(String.raw`\b(?:our|company|store|the)\s+(?:[\w-]+\s+){0,2}?${POLICY}\s+(?:doesn't|does\s+not|won't|will\s+not|don't|do\s+not|can't|cannot)\s+(?:allow|permit|let|cover|include|accept)\b|\b(?:our|company|the)\s+(?:[\w-]+\s+){0,2}?${POLICY}\s+(?:prevents?|prohibits?|forbids?|stops?|only\s+allows?)\b`, 'gi'),
    kind: 'policy-shield',
    keep: notWaived,
  },
  // "There's nothing I can do", "nothing further we can do from here", "I can't do anything about it".
  { re: /\b(?:there's|there\s+is|there\s+was|there's\s+really|there\s+is\s+really)?\s*(?:nothing|not\s+(?:much|a\s+lot|anything))\s+(?:(?:more|else|further|else\s+that)\s+)?(?:I|we|our\s+team|the\s+team|anyone|anybody|I'm|we're)\s+(?:can|could|am\s+able\s+to|are\s+able\s+to|able\s+to|is\s+able\s+to)\s+(?:really\s+)?do\b/gi, kind: 'cannot-help', keep: (h, r) => !/\b(?:is|was)\s+there\s*$/i.test(r.text.slice(h.sentence.start, h.start)) && notWaived(h, r) },
  { re: /\bthere\s+(?:isn't|is\s+not|wasn't)\s+(?:really\s+)?(?:anything|much)\s+(?:(?:more|else|further)\s+)?(?:I|we)\s+(?:can|could)\s+do\b/gi, kind: 'cannot-help' },
  { re: /\b(?:I|we)\s+(?:can't|cannot|can\s+not|couldn't|are\s+unable\s+to|am\s+unable\s+to|'re\s+unable\s+to|'m\s+unable\s+to)\s+(?:really\s+)?do\s+(?:anything|much)\s+(?:(?:more|else|further)\s+)?(?:about|for|with|on|here|from\s+here)\b/gi, kind: 'cannot-help', keep: (h, r) => !/\b(?:if|unless|until)\b[^,.;]*$/i.test(r.text.slice(h.sentence.start, h.start)) },
  { re: /\b(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+(?:out\s+of|beyond)\s+my\s+(?:hands|remit|authority|pay\s*grade)\b|\babove\s+my\s+pay\s*grade\b/gi, kind: 'cannot-help' },
  // "That's not my department", "not our responsibility", "not our fault".
  { re: /\b(?:not|isn't|aren't|wasn't)\s+(?:really\s+)?(?:my|our)\s+(?:department|area|job|team|responsibility|remit|problem|issue|concern|call|decision|fault|doing|business|place)\b/gi, kind: 'not-ours', keep: notWaived },
  { re: /\b(?:(?:we|I)(?:'re|\s+are|'m|\s+am|\s+were|\s+was)\s+not\s+to\s+blame|(?:we|I)\s+(?:aren't|wasn't|weren't)\s+to\s+blame|(?:through\s+)?no\s+fault\s+of\s+(?:ours|our\s+own|mine))\b/gi, kind: 'not-ours' },
  { re: /\b(?:is|are|was|were|'s|'re)\s+(?:the\s+)?(?:homeowner|customer|buyer|owner|landlord|tenant|manufacturer|carrier|courier|bank|retailer|seller|merchant|member|account\s+holder|cardholder|passenger|guest|property\s+owner|occupier)(?:'s|s')\s+responsibility\b/gi, kind: 'not-ours' },
  // "This is out of our control", "beyond our control", "we have no control over".
  { re: /\b(?:out\s+of|beyond|outside(?:\s+of)?|not\s+(?:with)?in)\s+(?:our|my|the\s+company's|the\s+store's)\s+(?:control|remit|scope|hands|authority|power|jurisdiction|responsibility|area\s+of\s+responsibility)\b|\b(?:we|I)\s+(?:have|had)\s+no\s+control\s+over\b|\b(?:we|I)\s+(?:can't|cannot|couldn't)\s+control\b|\bout\s+of\s+our\s+hands\b/gi, kind: 'not-ours', keep: notOwned },
  // "We are not responsible for delays", "cannot be held liable", "does not accept responsibility".
  { re: /(?:\bnot|\bcannot|n't)\s+(?:be\s+)?(?:held\s+)?(?:responsible|liable|accountable)\s+(?:for|if|when)\b/gi, kind: 'not-ours', keep: notAboutCustomer },
  { re: /\b(?:accept|accepts|take|takes|bear|bears|assume|assumes)\s+no\s+(?:responsibility|liability)\b|\b(?:doesn't|does\s+not|don't|do\s+not|cannot|can't)\s+(?:accept|take|assume)\s+(?:any\s+)?(?:responsibility|liability)\b/gi, kind: 'not-ours' },
  // "Warranty claims are handled by the manufacturer, not by us".
  { re: /\b(?:against|contrary\s+to)\s+(?:our|company|the|store|bank|hotel)\s+(?:[\w-]+\s+)?(?:policy|policies|rules|terms)\b/gi, kind: 'policy-shield', keep: (h, r) => notWaived(h, r) },
  { re: /\bnot\s+something\s+(?:I|we|our\s+team)\s+(?:can|could|am\s+able\s+to|are\s+able\s+to|deal\s+with|handle|cover)\b|\b(?:I|we)\s+(?:can't|cannot|am\s+unable\s+to|are\s+unable\s+to|'m\s+unable\s+to|'re\s+unable\s+to)\s+help\s+(?:you\s+)?with\s+(?:that|this|it)\b|\b(?:I'm|I\s+am|we're|we\s+are)\s+not\s+(?:authori[sz]ed|allowed|permitted)\s+to\s+(?:do|offer|give|change|issue|make|approve|refund|help|authori[sz]e)\b/gi, kind: 'cannot-help', keep: (h, r) => notWaived(h, r) && notOwned(h, r) },
  { re: /\b(?:I|we)\s+(?:don't|do\s+not)\s+(?:deal\s+with|handle|cover|look\s+after)\s+(?:that|this|those|these|refunds|billing|complaints|payments|\w+\s+(?:issues|queries|questions|requests|complaints))\b/gi, kind: 'not-ours', keep: (h, r) => notWaived(h, r) && notOwned(h, r) },
  { re: /\bfor\s+(?:the|our|a|your)\s+[\w\s'&-]{1,30}?,?\s+not\s+(?:for\s+)?(?:me|us|our\s+team|this\s+team)\b/gi, kind: 'not-ours' },
  { re: /\b(?:is|'s|are|was|were)\s+(?:the\s+)?(?:sole\s+)?responsibility\s+of\s+(?!us\b|our\b)/gi, kind: 'not-ours', keep: (h, r) => notOwned(h, r) },
  { re: /\b(?:your|the)\s+(?:bank|courier|carrier|seller|manufacturer|airline|hotel|insurer|provider|retailer|landlord|card\s+issuer|merchant|venue|network)\s+(?:will|would)\s+(?:have|need)\s+to\s+(?:sort|deal|handle|resolve|fix|look\s+into|investigate|refund|process)\b/gi, kind: 'push-back', keep: (h, r) => pushesBack(h, r) },
  { re: /\b(?:handled|dealt\s+with|processed|managed|run|operated|controlled|decided|issued|caused|done|made|lost|delayed|damaged)\s+(?:entirely\s+)?by\s+(?:the|a|an|your|their|our)\s+[\w\s&'-]{1,40}?,?\s+not\s+(?:by\s+)?(?:us|me|our\s+team)\b/gi, kind: 'not-ours' },
  // The customer has to chase someone else: "you'll need to contact your bank", "take it up with the hotel".
  {
    re: /\b[Yy]ou(?:'ll|\s+will|'d|\s+would|\s+may|\s+might)?\s+(?:(?:still|then|first|now|also)\s+)?(?:need\s+to|have\s+to|must|should|want\s+to|be\s+(?:required|asked)\s+to)\s+(?:(?:first|then|directly|yourself|still)\s+)?(?:contact|call|phone|ring|speak\s+(?:to|with)|talk\s+to|get\s+in\s+touch\s+with|reach\s+out\s+to|take\s+(?:it|this|that|the\s+matter|this\s+matter)\s+up\s+with|take\s+up|raise\s+(?:it|this|that|the\s+matter)\s+with|write\s+to|email|check\s+with|complain\s+to|claim\s+(?:from|with|through)|chase|deal\s+with|file\s+(?:a\s+)?(?:claim|complaint|dispute)\s+with|report\s+(?:it|this|that|the\s+(?:matter|issue|problem|fault|loss))\s+to)\s+(?:them|the|your|their|a|an|our\s+(?:[\w&-]+\s+){0,2}(?:team|department|office|desk|line)\b|[A-Z])/g,
    kind: 'push-back',
    keep: (hit, reply) => pushesBack(hit, reply),
  },
  {
    re: /\b(?:this\s+is|that's|that\s+is|it's|it\s+is)\s+(?:something|a\s+matter|an\s+issue|a\s+question)\s+(?:that\s+)?(?:you'll|you\s+will|you\s+would|you'd)\s+(?:need|have)\s+to\s+(?:take\s+up|raise|discuss)\s+with\b/gi,
    kind: 'push-back',
    keep: (hit, reply) => pushesBack(hit, reply),
  },
  {
    re: /\bplease,?\s+(?:be\s+sure\s+to\s+|make\s+sure\s+to\s+)?(?:contact|call|get\s+in\s+touch\s+with|reach\s+out\s+to|speak\s+to|take\s+(?:it|this)\s+up\s+with|report\s+(?:it|this|that|the\s+(?:matter|issue|problem|fault|loss))\s+to)\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}?(?:courier|carrier|delivery\s+(?:company|partner|driver)|bank|card\s+(?:issuer|provider|company)|manufacturer|seller|merchant|retailer|hotel|airline|insurer|insurance\s+(?:company|provider)|landlord|provider|network\s+provider|third[-\s]party|vendor|supplier|app\s+store|post\s+office|local\s+depot|plumber|electrician|pharmacy|GP|Wi-?Fi\s+provider|partner|airport|retailer)\b/gi,
    kind: 'push-back',
    keep: (hit, reply) => pushesBack(hit, reply),
  },
  // "It's the bank's fault, not ours", "the fault lies with the courier", "their problem, not ours".
  { re: /\b(?:is|was|'s|were|are)\s+(?:entirely\s+|completely\s+|really\s+)?(?:the|your|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|s')\s+(?:fault|mistake|error|doing|problem|responsibility)\b|\b(?:fault|blame|responsibility|problem|issue|error)\s+(?:lies|lay|rests|sits|is)\s+(?:entirely\s+|squarely\s+)?with\s+(?:the|your|their)\b|\b(?:fault|responsibility|problem|issue|mistake|error|doing)\b(?:(?!\byours?\b)[^.!?]){0,30}?,?\s+not\s+(?:ours|mine)\b|\b(?:is|are|was|were)\s+(?:solely\s+|fully\s+|entirely\s+)?(?:responsible|liable|to\s+blame)\b(?:(?!\byou\b)[^.!?]){0,40}?,?\s+not\s+(?:us|me|we|our\s+(?:team|company|store|shop|side))\b/gi, kind: 'not-ours', keep: (h, r) => notOwned(h, r) && !agentActsAfter(h, r) },
  // "That's a matter for the airline", "It's up to the courier now".
  { re: /\b(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:(?:really|now|all|entirely)\s+)?(?:(?:a\s+matter|an\s+issue|a\s+question|something|one|a\s+case|a\s+problem)\s+for|(?:now\s+)?up\s+to|down\s+to|in\s+the\s+hands\s+of)\s+(?:the|your|their)\s+(?!customer\b)[\w-]+/gi, kind: 'not-ours', keep: (h, r) => notOwned(h, r) && notWaived(h, r) && !agentActsAfter(h, r) },
  // "The system won't let me do that", "my computer doesn't allow me to".
  { re: /\b(?:the|our|my)\s+(?:system|computer|software|tool|app|platform|screen)\s+(?:just\s+)?(?:won't|will\s+not|doesn't|does\s+not|can't|cannot|isn't\s+letting|is\s+not\s+letting)\s+(?:let|allow|permit|me|us)\b/gi, kind: 'cannot-help', keep: (h, r) => notOwned(h, r) && notWaived(h, r) && !agentActsAfter(h, r) },
];

/** A push-back counts unless it is negated ("you won't need to call anyone") or the agent owns the fix nearby. */
function pushesBack(hit: Hit, reply: Reply): boolean {
  const head = reply.text.slice(hit.sentence.start, hit.start);
  if (/\b(?:don't|do\s+not|won't|will\s+not|shouldn't|never|no\s+need|no\s+longer)\s+(?:\w+\s+){0,2}$/i.test(head)) return false;
  if (/\b(?:don't|do\s+not|won't|will\s+not)\s*$/i.test(head + hit.text.slice(0, 12))) return false;
  // "If you'd prefer, you can ..." offers a choice; "if you want to contact them yourself" too.
  if (/\bif\s+you\s+(?:'d\s+)?(?:prefer|rather|like|wish|want)\b/i.test(hit.sentence.text)) return false;
  return notOwned(hit, reply);
}

const MESSAGES: Record<Kind, string> = {
  'policy-shield': 'This hides behind a policy. Own the outcome: explain what you can do within it, or make an exception.',
  'cannot-help': 'This tells the customer nothing can be done. Say what you can do instead.',
  'not-ours': 'This disowns the problem. Take ownership of getting it solved, whoever caused it.',
  'push-back': 'This hands the work back to the customer to chase someone else. Offer to contact them yourself.',
};
const SUGGESTIONS: Record<Kind, string> = {
  'policy-shield': 'Say what you can do: "Our refund window is 30 days, but here\'s what I can do: ..."',
  'cannot-help': 'Name the best thing you can do: "Here\'s what I can do right now: ..."',
  'not-ours': 'Own the fix even if someone else caused it: "Whatever caused it, I\'ll make sure it\'s put right: ..."',
  'push-back': 'Take the chasing on yourself: "I\'ve contacted <them> myself and will update you by <time>."',
};

export default defineRule({
  meta: {
    id: 'deflects-responsibility',
    description: 'Dodges ownership: policy as a shield, "not my department", "nothing we can do", blaming a third party',
    family: 'phrase',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      why:
        'A customer with a problem wants someone to own it. Quoting policy, saying it is another department\'s or ' +
        'another company\'s job, or that nothing can be done, tells them they are on their own. Whether or not we ' +
        'caused it, take responsibility for getting it solved; if someone else has to act, chase them for the ' +
        'customer instead of sending the customer to chase them.',
      seeds: [
        '001 2. Don\'t just fix the problem (a culture of accountability; "choose to own it")',
        '000 Deal directly and don\'t hand them off',
        '004 the fear that someone will have to take the blame',
      ],
    },
    examples: {
      bad: [
        "That's our policy.",
        'Per company policy, we cannot refund this.',
        "There's nothing I can do.",
        "That's not my department.",
        "It's not our fault.",
        "The courier lost it, so you'll need to contact them.",
        'This is out of our control.',
        'We are not responsible for delays.',
        'It is company policy, I’m afraid.',
        'As per our terms and conditions, opened items cannot be returned.',
        'Under our returns policy, sale items are not eligible for a refund.',
        'Unfortunately there is nothing more we can do on this.',
        'There isn’t anything I can do about the delay.',
        'Billing questions are not my area.',
        'It wasn’t our fault that the flight was cancelled.',
        'The weather is beyond our control.',
        'The shop cannot be held liable for courier delays.',
        'You will need to contact your bank to find out why the payment failed.',
        'That’s something you’d need to take up with the hotel directly.',
        'Warranty repairs are handled by the manufacturer, not by us.',
        'Please contact the courier about the missing parcel.',
        'I’m just following company policy.',
        'Our policy does not allow refunds after 14 days.',
        'That falls outside our remit.',
        'It’s the bank’s fault, not ours.',
        'That’s a matter for the airline.',
        'The system won’t let me do that.',
        'Our terms don’t permit refunds after 30 days.',
      ],
      good: [
        "Our refund window is 30 days, but I've made an exception and refunded you today.",
        "The courier lost the parcel, so I'm sending a replacement and filing the claim with them myself.",
        'We normally charge for missed sessions, but I’ve waived the fee this time.',
        'Our policy is to charge the fee after two days, but in this case I’ve removed it.',
        'Is there anything else I can do for you?',
        'You’re not responsible for the extra charge; I’ve reversed it.',
        'You don’t need to contact the bank; I’ve already raised it with them.',
        'The delay was caused by the courier. I’ve contacted them myself and they’ll deliver tomorrow.',
        'The fault is with the hosting provider, but I’ve opened a ticket with them myself.',
        'This isn’t your fault, and I’ll fix it today.',
        'If you’d prefer, you can also contact the airline directly, but I’m chasing them for you.',
        'Under our policy you’re entitled to a full refund, which I’ve processed today.',
        'Through no fault of your own, the payment failed, so I’ve retried it.',
        'If you need anything else, you can contact me directly on 0117 496 0000.',
        'Our privacy policy explains how we store your details.',
        'You aren’t responsible for the extra postage.',
        'That’s a matter for the airline, but I’ve contacted them for you.',
      ],
    },
  },
  check(reply, context) {
    const seen: Array<[number, number]> = [];
    for (const c of CHECKS) {
      for (const hit of scan(reply, c.re)) {
        if (c.keep && !c.keep(hit, reply)) continue;
        let { start, end } = hit;
        while (start < end && /\s/.test(reply.text[start]!)) start++;
        if (c.kind === 'push-back' || c.kind === 'policy-shield') end = clauseEnd(reply, end, hit.sentence);
        if (seen.some(([s, e]) => start < e && end > s)) continue;
        seen.push([start, end]);
        context.report({ message: MESSAGES[c.kind], messageId: c.kind, start, end, suggestions: [{ desc: SUGGESTIONS[c.kind] }] });
      }
    }
  },
});

function clauseEnd(reply: Reply, from: number, s: Sentence): number {
  const rest = reply.text.slice(from, s.end);
  const m = /[,;:.!?]|\s+(?:and|but|because)\s/.exec(rest);
  return m ? from + m.index : s.end;
}
