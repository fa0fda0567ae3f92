// deflects-responsibility: dodging ownership. A rule quoted as the answer ("That's our policy", "You're outside
// the return window"), powerlessness ("nothing I can do", "out of my hands", "I just work here", "no manager is
// available"), "not my department / not our fault", blaming our own tools ("the system won't let me"), speaking
// of our own company as someone else ("management decided", "they don't stock it"), blaming a vendor for our
// failure, and sending the customer to chase a third party.
//
// Exemptions are read around the phrase: a policy named and then waived ("but I've made an exception", "as a
// one-time courtesy"), a rule followed by what we can do instead, a third party named while the agent owns the
// fix. Who "they" are (our company or someone the reply already named) is the one question the tagger answers.
//
// Boundary with dead-end (a bare refusal or "I don't know"): a refusal that names its cause outside the agent
// (a policy, the system, management, "they", a vendor) or the agent's powerlessness is deflection and is
// reported here; "We can't do that" / "I can't help you with that" with no cause named is dead-end's.
import { definePhraseRule } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit } from '../src/phrases/table.js';
import type { Reply, Sentence } from '../src/types.js';
import { anyBetween, clauseEnd, negatedBefore, ownsFix, ownsFixInReply, sameAndNext, sentenceTerms, WINDOW, wayForward, windowed } from './_ownership.js';

type Id = 'policy-shield' | 'cannot-help' | 'powerless' | 'not-ours' | 'push-back' | 'blames-tools' | 'company-as-they' | 'blames-vendor';

interface Entry extends PhraseEntry {
  messageId: Id;
  /** Report to the end of the clause the phrase opens (a push-back: "you'll need to contact them"). */
  toClauseEnd?: boolean;
}

// --- Word families -------------------------------------------------------------------------------------------

const POLICY = String.raw`(?:polic(?:y|ies)|terms(?:\s+(?:and|&)\s+conditions)?|t\s*&\s*cs|t's\s*(?:and|&)\s*c's|conditions|rules?|guidelines?|procedures?|protocols?|regulations?|process(?:es)?)`;
const POLICY_WORDS = ['policy', 'policies', 'terms', 'conditions', 't', 'rule', 'rules', 'guideline', 'guidelines', 'procedure', 'procedures', 'protocol', 'protocols', 'regulation', 'regulations', 'process', 'processes'];
// Whose rule: ours, the company's, the store's ... ("my policy" when an agent speaks for the company).
const OWNER = String.raw`(?:our|my|the|company|business|store|shop|bank|hotel|airline|standard|strict|internal|head\s+office|corporate|house|this|that|these|those)`;
// A refusal in the sentence: what turns mentioning a rule into hiding behind it.
const REFUSAL = new RegExp(String.raw`\b(?:cannot|can't|cant|can\s+not|couldn't|could\s+not|unable|not\s+able|won't|wont|will\s+not|wouldn't|would\s+not|don't|dont|do\s+not|doesn't|does\s+not|didn't|did\s+not|isn't|is\s+not|aren't|are\s+not|wasn't|was\s+not|not\s+(?:be\s+)?(?:covered|eligible|possible|refundable|allowed|permitted|accepted|able|offered|available|valid|returnable|exchangeable|included|entitled)|no\s+(?:longer|refunds?|exceptions?|returns?|compensation|exchanges?|way)|only\s+(?:offer|allow|accept|refund|give|cover|exchange)|(?:prevents?|prohibits?|forbids?|stops?)\s+(?:us|me)|(?:have|has)\s+to\s+(?:decline|refuse|charge|reject)|otherwise|non-?refundable|ineligible|void|forfeit\w*|expired|final)\b`, 'i');
// A policy set aside for the customer: "but I've made an exception", "as a one-time courtesy", "this time I've waived it".
const WAIVED = /\b(?:but|however|although|though|that\s+said|even\s+so|in\s+this\s+case|this\s+time|on\s+this\s+occasion)\b[^.!?]{0,80}?\b(?:I've|I\s+have|we've|we\s+have|I'm|we're|I'll|we'll|I\s+will|we\s+will|I\s+can|we\s+can|I'd|we'd|I\s+am|we\s+are)\s+(?:\w{1,24}\s+){0,3}?(?:made\s+an\s+exception|make\s+an\s+exception|making\s+an\s+exception|waive[ds]?|waiving|remov(?:ed|e|ing)|refund(?:ed|ing)?|cancell?(?:ed|ing)|credit(?:ed|ing)?|approv(?:ed|e|ing)|cover(?:ed|ing)?|extend(?:ed|ing)?|overrid(?:den|e|ing)|reimburs(?:ed|e|ing)|replac(?:ed|e|ing)|sent|send(?:ing)?|arrang(?:ed|e|ing)|honou?r(?:ed|ing)?|accept(?:ed|ing)?|let\s+(?:it|this|that)\s+go|dropp(?:ed|ing)|reduc(?:ed|e|ing)|paid|pay(?:ing)?|taken\s+off|taking\s+off)\b|\b(?:as\s+a\s+(?:one-?off|one-?time|goodwill|gesture|courtesy|exception|special\s+case)|one-?time\s+(?:courtesy|exception)|goodwill\s+(?:gesture|credit|payment)|made\s+an\s+exception|make\s+an\s+exception|making\s+an\s+exception|waived|on\s+this\s+occasion)\b/i;

const notWaived = (hit: PhraseHit, reply: Reply) => !WAIVED.test(sameAndNext(reply, hit.sentence));
/** A rule quoted with nothing after it: not waived, and no way forward in this or the next sentence. */
const quotedRule = (hit: PhraseHit, reply: Reply) => notWaived(hit, reply) && !wayForward(reply, hit.sentence, hit.end);
const sentenceRefuses = (hit: PhraseHit) => REFUSAL.test(hit.sentence.text);
const notOwned = (hit: PhraseHit, reply: Reply) => !ownsFix(reply, hit.sentence, hit.sentence.start);
/** "Is there anything (else) I can do?" and "if there's nothing ..." are offers or conditions, not deflection. */
const notQuestionOrCondition = (hit: PhraseHit, reply: Reply) => !/\b(?:if|whether|unless)\s+(?:there(?:'s|\s+is|\s+was|\s+are)?\s+)?(?:\w{1,24}\s+)?$/i.test(reply.text.slice(hit.sentence.start, hit.start)) && !/^\s*(?:is|are)\s+there\b/i.test(hit.sentence.text);
// "You are not responsible", "you're not to blame": reassurance, not deflection.
const notAboutCustomer = (hit: PhraseHit, reply: Reply) => !/\byou(?:'re|\s+are|\s+were|'ll|\s+will|\s+won't|\s+would|'d)?(?:\s+\w+)?\s*$/i.test(reply.text.slice(Math.max(hit.sentence.start, hit.start - 16), hit.start));
/** "..., so I've checked it another way", "... but I'll sort it": the agent takes over later in the sentence. */
const agentActsAfter = (hit: PhraseHit, reply: Reply) => ownsFix(reply, hit.sentence, hit.end, false);

// A decision by "management" is deflection when it is the reason for a no: a refusal, a take-away, or the whole answer.
const TAKE_AWAY = /\b(?:won't|will\s+not|doesn't|does\s+not|don't|do\s+not|didn't|did\s+not|no\s+longer|stop\w*|end\w*|clos\w*|discontinu\w*|remov\w*|rais\w*|increas\w*|put\s+up|cut\w*|scrap\w*|withdr[ae]w\w*|cancel\w*|drop\w*|chang\w*|insists?|makes?\s+(?:us|me)|made\s+(?:us|me)|budge)\b/i;
function companyRefuses(hit: PhraseHit, reply: Reply): boolean {
  const after = reply.text.slice(hit.end, hit.sentence.end);
  if (/^\s*(?:(?:that|it|this|so)\b[^.!?,;]{0,12})?\s*(?:[,;][^.!?,;]{0,24})?[.!]*\s*$/i.test(after)) return true;
  return REFUSAL.test(hit.sentence.text) || TAKE_AWAY.test(hit.text + after.slice(0, 40));
}
// Our own teams and lines: sending the customer there is unexplained-transfer's send-away, not a push-back.
const OWN_DEST = /^\s*(?:(?:the|a|an|our)\s+)?(?:[\w'-]{1,24}\s+){0,3}?(?:team|department|dept|line|helpline|hotline|desk|office|centre|center|unit|group|services?|care|support|reps|representatives|advis[eo]rs?|agents?|colleagues?)\b/i;

// Third parties a customer gets sent to chase.
const THIRD = String.raw`(?:courier|carrier|delivery\s{1,3}(?:company|partner|driver|firm|service)|postal\s{1,3}service|post\s{1,3}office|royal\s{1,3}mail|bank|card\s{1,3}(?:issuer|provider|company)|building\s{1,3}society|seller|merchant|retailer|manufacturer|maker|brand|hotel|airline|insurer|insurance\s{1,3}(?:company|provider)|landlord|letting\s{1,3}agent|provider|network(?:\s{1,3}provider)?|broadband\s{1,3}provider|ISP|third[-\s]party|vendor|supplier|app\s{1,3}store|store|shop|dealer|dealership|installer|plumber|electrician|builder|pharmacy|GP|doctor|Wi-?Fi\s{1,3}provider|partner|airport|operator|venue|organi[sz]er|marketplace|payment\s{1,3}(?:provider|processor)|PayPal|developer|publisher|council|local\s{1,3}depot|depot|embassy|consulate|police)`;
const THIRD_RE = new RegExp(String.raw`\b${THIRD}\b`, 'i');
// Verbs that send the customer to someone.
const CHASE = String.raw`(?:contact|call|phone|ring|email|e-mail|message|speak\s+(?:to|with)|talk\s+to|get\s+in\s+touch\s+with|reach\s+out\s+to|get\s+hold\s+of|take\s+(?:it|this|that|the\s+matter|this\s+matter|this\s+up|it\s+up|that\s+up)\s+(?:up\s+)?with|take\s+up|raise\s+(?:it|this|that|the\s+matter)\s+with|write\s+to|check\s+with|complain\s+to|claim\s+(?:from|with|through)|chase|deal\s+with|file\s+(?:a\s+)?(?:claim|complaint|dispute)\s+with|report\s+(?:it|this|that|the\s+(?:matter|issue|problem|fault|loss))\s+to|go\s+(?:back\s+)?to)`;
const CHASE_WORDS = ['rais*', 'contact*', 'call*', 'phon*', 'ring*', 'email*', 'e', 'messag*', 'speak*', 'talk*', 'get*', 'reach*', 'tak*', 'raise', 'write', 'check*', 'complain', 'claim', 'chase', 'deal', 'file', 'report*', 'go'];

/** A push-back counts unless it is negated ("you won't need to call anyone"), a choice, or the agent owns the fix. */
function pushesBack(hit: PhraseHit, reply: Reply): boolean {
  // Where to: an own team or line ("the billing team", "Customer Services") is a send-away, not a push-back.
  const last = /[\w'-]+$/.exec(hit.text)?.[0] ?? '';
  const dest = reply.text.slice(hit.end - last.length, clauseEnd(reply, hit.sentence, hit.end));
  const own = OWN_DEST.exec(dest);
  if (own && !/'s\b/.test(own[0]) && !THIRD_RE.test(own[0])) return false;
  const head = reply.text.slice(hit.sentence.start, hit.start);
  if (/\b(?:don't|do\s+not|won't|will\s+not|shouldn't|never|no\s+need|no\s+longer|not)\s+(?:\w{1,24}\s+){0,2}$/i.test(head)) return false;
  if (/\b(?:don't|do\s+not|won't|will\s+not|no\s+need)\b/i.test(hit.text.slice(0, 30))) return false;
  // "If you'd prefer, you can ..." offers a choice.
  if (/\bif\s+you(?:'d|\s+would)?\s+(?:prefer|rather|like|wish|want)\b|\bif\s+you\s+(?:still\s+)?(?:haven't|have\s+not|don't|do\s+not)\s+(?:heard|received|got)\b/i.test(hit.sentence.text)) return false;
  return !ownsFix(reply, hit.sentence, hit.sentence.start);
}

// --- Who "they" are ----------------------------------------------------------------------------------------

// Our own company named as someone else.
const INSIDE = String.raw`(?:management|upper\s+management|senior\s+management|head\s+office|corporate|HQ|headquarters|the\s+higher-?ups|higher-?ups|the\s+powers\s+that\s+be|upstairs|the\s+bosses|my\s+bosses|my\s+boss|the\s+company|the\s+business|the\s+office|the\s+board)`;
const COMPANY_ACT = String.raw`(?:decided|decides|makes\s+(?:that|the|those|these)\s+(?:call|decision)s?|(?:have|has|'ve|'s)\s+decided|made\s+(?:the|that|this|a)\s+(?:decision|call|change)|(?:have|has)\s+made\s+(?:the|that|this|a)\s+(?:decision|call|change)|chose|(?:have|has)\s+chosen|changed|(?:have|has)\s+changed|set|sets|(?:won't|will\s+not|don't|do\s+not|doesn't|does\s+not|didn't|did\s+not)\s+(?:let|allow|permit|want|approve|authori[sz]e|sign\s+off|stock|sell|offer|do|make|carry|give|pay|refund|cover)(?:\s+(?:us|me))?|(?:no\s+longer|stopped|discontinued|scrapped|dropped|removed|cut|raised|increased|put\s+up)|(?:want|wants|insist|insists|say|says|said|told\s+(?:us|me)|tell\s+(?:us|me)|make\s+(?:us|me)|makes\s+(?:us|me)|made\s+(?:us|me)|won't\s+budge)|(?:only\s+(?:let|allow|permit)s?)|(?:aren't|are\s+not|isn't|is\s+not|'re\s+not|'s\s+not)\s+(?:going|planning|willing)\s+to)`;

// Nouns a "they" can point back to that are not us: people, firms, things in the plural.
const THIRD_NOUN = /\b(?:courier|carrier|bank|seller|merchant|retailer|manufacturer|hotel|airline|insurer|landlord|provider|vendor|supplier|store|shop|dealer|installer|plumber|engineers?|technicians?|drivers?|warehouse|factory|partner|council|police|government|school|they|team|staff|department|office)\b/i;

// Plural-looking words that never stand for "they".
const NOT_ANTECEDENT = /^(?:thanks|apologies|regards|wishes|congratulations|news|details|hi|hello|hey|dear)$/;

/** Is this "they" our own company spoken of as someone else? True when nothing just before it can be "they". */
function theyIsUs(hit: PhraseHit, reply: Reply): boolean {
  const s = reply.sentences[hit.sentence.index]!;
  // A plural or an organisation named earlier in this sentence, or in the sentence before (same paragraph).
  const prev = reply.sentences[s.index - 1];
  const scope = [...(prev && prev.paragraph === s.paragraph ? [prev] : []), s];
  const from = Math.max(scope[0]!.start, hit.start - WINDOW);
  for (const sentence of scope) {
    const until = sentence === s ? hit.start : sentence.end;
    const lo = Math.max(sentence.start, from);
    if (lo >= until) continue;
    if (THIRD_NOUN.test(reply.text.slice(lo, until))) return false;
    // Grammar decides the rest: any plural noun, organisation or person the tagger finds before "they"
    // (past the tagging budget, a plural after a determiner stands in for it).
    if (reply.mayTag(sentence) ? anyBetween(antecedents(reply, sentence), lo, until) : /\b(?:the|your|our|these|those|their|my)\s+(?:\w+\s+)?\w{3,}s\b/i.test(reply.text.slice(lo, until))) return false;
  }
  return true;
}

const antecedentCache = new WeakMap<Reply, Map<number, number[]>>();
/** Where a sentence's possible antecedents of "they" start (plural nouns, organisations, people), tagged once. */
function antecedents(reply: Reply, sentence: Sentence): number[] {
  let bySentence = antecedentCache.get(reply);
  if (!bySentence) antecedentCache.set(reply, (bySentence = new Map()));
  let starts = bySentence.get(sentence.index);
  if (!starts) {
    starts = sentenceTerms(reply, sentence)
      .filter((t) => !t.tags.has('Pronoun') && !NOT_ANTECEDENT.test(t.word) && ((t.tags.has('Plural') && t.tags.has('Noun')) || t.tags.has('Organization') || t.tags.has('Person') || t.tags.has('ProperNoun')))
      .map((t) => t.start);
    bySentence.set(sentence.index, starts);
  }
  return starts;
}

// --- The table ----------------------------------------------------------------------------------------------

const BE = String.raw`(?:is|'s|was|are|'re|were)`;
const BE_NOT = String.raw`(?:isn't|isnt|is\s+not|'s\s+not|wasn't|wasnt|was\s+not|aren't|arent|are\s+not|'re\s+not|weren't|were\s+not)`;
const CANT = String.raw`(?:can't|cant|cannot|can\s+not|couldn't|couldnt|could\s+not)`;
const SUBJECT = String.raw`(?:I|we|our\s+team|the\s+team|my\s+team|anyone|anybody|I'm|we're)`;

const TABLE: Entry[] = [
  // ---- A rule quoted as the answer ----
  {
    name: 'that-is-policy', messageId: 'policy-shield', triggers: POLICY_WORDS,
    // "That's our policy", "It's company policy", "Those are the rules", "That's my policy".
    regex: String.raw`(?:that|this|it|those|these)(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:just\s+|simply\s+|only\s+|all\s+)?${OWNER}\s+(?:[\w-]{1,24}\s+){0,1}?${POLICY}`,
    keep: (hit, reply) => {
      // "It's our policy to refund within 5 days" states what we do; "It's our policy." / "... so we can't" is a shield.
      const after = reply.text.slice(hit.end, hit.sentence.end);
      if (/^\s+(?:is|are|says|states|requires|means)?\s*(?:to|that|for|on|of|about|which)\b/i.test(after) && !sentenceRefuses(hit) && !/\b(?:not|never|no)\b/i.test(after)) return false;
      // "That's the process for refunds: ..." explains the steps that follow.
      if (/^\s*:/.test(after)) return false;
      return quotedRule(hit, reply);
    },
  },
  {
    // "We're bound by our policy on this", "I am bound by the terms".
    name: 'bound-by-policy', messageId: 'policy-shield', triggers: ['bound'],
    regex: String.raw`(?:we're|we\s+are|I'm|I\s+am|we\s+were|I\s+was)\s+(?:strictly\s+|legally\s+|unfortunately\s+)?bound\s+by\s+(?:the|our|company|these|those|its)\s+(?:[\w-]+\s+)?(?:polic(?:y|ies)|terms|rules|conditions|regulations|procedures?)`,
    keep: quotedRule,
  },
  {
    // "That's how the policy works, I'm afraid", "it's just how our system is set up".
    name: 'how-policy-works', messageId: 'policy-shield', triggers: ['how'],
    regex: String.raw`(?:that|this|it)(?:'s|\s+is)\s+(?:just\s+|simply\s+|unfortunately\s+)?how\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:polic(?:y|ies)|rules?|terms|system|process|procedure)\s+(?:works?|is\s+set\s+up|goes)`,
    keep: quotedRule,
  },
  {
    // "Our partners handle that, not us", "head office decides that, not me".
    name: 'handles-it-not-us', messageId: 'not-ours', triggers: ['not'],
    regex: String.raw`(?:handles?|handled|deals?\s+with|manages?|decides?|decided|sets?|controls?|owns?|runs?|(?:is|are|'s|'re)\s+responsible\s+for)\s+(?:that|this|it|those|these|the\s+[\w-]+(?:\s+[\w-]+)?)\s*,?\s+not\s+(?:us|me)\b`,
    keep: (hit, reply) => !agentActsAfter(hit, reply),
  },
  {
    name: 'not-our-policy', messageId: 'policy-shield', triggers: POLICY_WORDS,
    regex: String.raw`(?:that|this|it)\s*${BE_NOT}\s+(?:${OWNER}\s+)(?:[\w-]{1,24}\s+){0,2}?${POLICY}`,
    keep: quotedRule,
  },
  {
    name: 'against-policy', messageId: 'policy-shield', triggers: POLICY_WORDS,
    regex: String.raw`(?:against|contrary\s+to|outside(?:\s+of)?|not\s+(?:within|in\s+line\s+with))\s+(?:${OWNER}\s+)?(?:[\w-]{1,24}\s+){0,2}?${POLICY}`,
    keep: (hit, reply) => !/^\s+(?:of|for)\s+(?:the\s+)?(?:customer|you)/i.test(reply.text.slice(hit.end, hit.end + 20)) && quotedRule(hit, reply),
  },
  {
    // "Per company policy, we cannot refund this", "Under our returns policy, sale items are not eligible".
    name: 'per-policy', messageId: 'policy-shield', triggers: POLICY_WORDS, toClauseEnd: true,
    regex: String.raw`(?:(?:as\s+)?per|under|according\s+to|in\s+(?:line|accordance|keeping)\s+with|due\s+to|because\s+of|based\s+on|following|owing\s+to|by)\s+(?:the\s+(?:terms|rules|conditions)\s+of\s+)?(?:${OWNER}|your)\s+(?:[\w-]{1,24}\s+){0,2}?${POLICY}`,
    keep: (hit, reply) => sentenceRefuses(hit) && !/(?<!\bnot\s|n't\s|\bno\s+longer\s)\b(?:entitled|eligible)\b/i.test(hit.sentence.text) && quotedRule(hit, reply),
  },
  {
    // "Our policy doesn't allow refunds", "Our terms and conditions state that refunds are not possible",
    // "Our policy requires that you fill in the form, otherwise ...".
    name: 'policy-says-no', messageId: 'policy-shield', triggers: POLICY_WORDS, toClauseEnd: true,
    regex: String.raw`(?:${OWNER}\s+)(?:[\w-]{1,24}\s+){0,2}?${POLICY}(?:\s+of\s+[\w-]{1,24}(?:\s+[\w-]{1,24})?)?\s+(?:(?:doesn't|does\s+not|don't|do\s+not|won't|will\s+not|can't|cannot)\s+(?:allow|permit|let|cover|include|accept|support)|(?:prevents?|prohibits?|forbids?|stops?|only\s+allows?|only\s+permits?|only\s+covers?|states?|says?|stipulates?|specif(?:y|ies)|dictates?|requires?|means?|mandates?|is\s+clear|are\s+clear|clearly\s+states?|make\s+it\s+clear))`,
    keep: (hit, reply) => (/(?:allow|permit|let|cover|include|accept|support|prevents?|prohibits?|forbids?|stops?|only\s+\w+)$/i.test(hit.text) || REFUSAL.test(reply.text.slice(hit.end, hit.sentence.end)) || /\b(?:must|have\s+to|has\s+to|need\s+to|needs\s+to|required\s+to|only)\b/i.test(reply.text.slice(hit.end, hit.sentence.end))) && !/\b(?:so\s+that|to\s+(?:ensure|make\s+sure|protect|keep)|because|since)\b/i.test(reply.text.slice(hit.end, hit.sentence.end)) && quotedRule(hit, reply),
  },
  {
    name: 'rules-are-rules', messageId: 'policy-shield', triggers: ['rules', 'rule', 'policy', 'hands', 'computer', 'orders', 'procedure', 'process', 'instructions', 'protocol', 'how', 'way'],
    regex: String.raw`(?:policy|rules?)\s+(?:is|are|was|were)\s+(?:policy|rules?)|(?:my|our)\s+hands\s+are\s+tied|(?:I|we)\s+(?:don't|do\s+not|didn't|did\s+not)\s+make\s+the\s+rules|(?:just|only|simply)\s+following\s+(?:the\s+|our\s+|my\s+|company\s+|business\s+|standard\s+)?(?:policy|rules|procedure|process|orders|instructions|protocol)|(?:the\s+)?computer\s+says\s+no|(?:that's|that\s+is|it's|it\s+is)\s+(?:just|simply|only)\s+(?:how|the\s+way)\s+(?:it|things)\s+(?:is|are|works?|goes|go)(?=\s*(?:[.!…]|$)|,\s*I'm\s+afraid)`,
  },
  {
    // "You are outside the 14-day return window", "It has been more than 90 days, so we cannot accept the return".
    name: 'outside-window', messageId: 'policy-shield', triggers: ['outside', 'past', 'beyond', 'over', 'more', 'longer', 'expired', 'passed', 'missed', 'closed', 'ended', 'lapsed'], toClauseEnd: true,
    regex: String.raw`(?:outside(?:\s+of)?|past|beyond|over)\s+(?:the|our|your|its)\s+(?:[\w-]{1,24}\s+){0,3}?(?:window|period|deadline|time\s*limit|timeframe|time\s+frame|cut-?off)|(?:(?:it's|it\s+is|it\s+has|it\s+had|it's\s+now|it\s+has\s+now)\s+been\s+)?(?:more|longer|over)\s+than\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|thirty|sixty|ninety|fourteen|twelve)\s+(?:[\w-]{1,24}\s+)?(?:days|weeks|months|years|day|week|month|year)(?:\s+(?:since|after|from|ago|old))?|(?:window|period|deadline|warranty|guarantee|cut-?off)\s+(?:has|had)\s+(?:now\s+|already\s+)?(?:expired|passed|closed|ended|lapsed)|(?:you|you've|you\s+have)\s+missed\s+the\s+(?:[\w-]{1,24}\s+){0,2}?(?:window|deadline|cut-?off)`,
    keep: (hit, reply) => {
      // "more than 90 days" is a rule only as time passed since the purchase ("it's been ...", "... since delivery") and with a no.
      if (/\bthan\b/i.test(hit.text) && !(/\bbeen\b|\b(?:since|after|from|ago|old)$/i.test(hit.text) && sentenceRefuses(hit))) return false;
      return quotedRule(hit, reply);
    },
  },

  // ---- Nothing can be done / powerlessness ----
  {
    name: 'nothing-i-can-do', messageId: 'cannot-help', triggers: ['nothing', 'not', 'much'],
    // (The match starts at "nothing": an optional "there's" in front would make every position a possible start.)
    regex: String.raw`(?:nothing|not\s+(?:much|a\s+lot|anything))\s+(?:(?:more|else|further|else\s+that|more\s+that|further\s+that|that|much)\s+)?${SUBJECT}\s+(?:can|could|am\s+able\s+to|are\s+able\s+to|able\s+to|is\s+able\s+to|would\s+be\s+able\s+to)\s+(?:really\s+|actually\s+|possibly\s+)?do`,
    keep: (hit, reply) => notQuestionOrCondition(hit, reply) && notWaived(hit, reply) && !agentActsAfter(hit, reply),
  },
  {
    name: 'nothing-to-be-done', messageId: 'cannot-help', triggers: ['nothing', 'anything', 'much'],
    regex: String.raw`nothing\s+(?:more\s+|else\s+|further\s+)?(?:can|could)\s+be\s+done|(?:there's|there\s+is)\s+nothing\s+(?:more\s+|else\s+|further\s+)?to\s+be\s+done|there\s*${BE_NOT}\s+(?:really\s+)?(?:anything|much)\s+(?:(?:more|else|further)\s+)?(?:I|we|anyone)\s+(?:can|could)\s+do`,
    keep: (hit, reply) => notQuestionOrCondition(hit, reply) && !agentActsAfter(hit, reply),
  },
  {
    name: 'cant-do-anything', messageId: 'cannot-help', triggers: ['anything', 'much'],
    regex: String.raw`(?:I|we)\s+(?:${CANT}|(?:are|am|'re|'m)\s+(?:unable|not\s+able)\s+to)\s+(?:really\s+)?do\s+(?:anything|much)\s*(?:(?:more|else|further)\s+)?(?:about|for|with|on|here|from\s+here|to\s+help)?`,
    keep: (hit, reply) => !/\b(?:if|unless|until)\b[^,.;]*$/i.test(reply.text.slice(hit.sentence.start, hit.start)) && !agentActsAfter(hit, reply),
  },
  {
    name: 'out-of-my-hands', messageId: 'powerless', triggers: ['hands', 'authority', 'pay', 'grade', 'paygrade', 'remit', 'control', 'power', 'up'],
    regex: String.raw`(?:out\s+of|beyond|above|outside(?:\s+of)?)\s+my\s+(?:hands|remit|authority|pay\s*-?grade|control|power)|(?:out\s+of|taken\s+out\s+of)\s+(?:our|my)\s+hands` +
      // "It's not up to me", "that isn't up to us" (not "it's up to you which colour")
      String.raw`|(?:it|that|this)(?:'s|\s+is|\s+was)\s+(?:really\s+|just\s+)?not\s+up\s+to\s+(?:me|us)\b|(?:it|that|this)\s+(?:isn't|wasn't)\s+(?:really\s+)?up\s+to\s+(?:me|us)\b`,
    keep: (hit, reply) => !agentActsAfter(hit, reply),
  },
  {
    // "I just work here", "I'm only the messenger", "don't shoot the messenger".
    name: 'just-work-here', messageId: 'powerless', triggers: ['work', 'messenger*', 'agent*', 'rep', 'reps', 'representative*', 'advis*', 'employee*', 'staff', 'member'],
    regex: String.raw`(?:I|we)\s+(?:just|only|simply|merely)\s+work\s+here|(?:I'm|I\s+am|we're|we\s+are)\s+(?:just|only|simply|merely)\s+(?:the\s+)?(?:messengers?|(?:an?\s+)?(?:customer\s+service\s+|support\s+|front-?line\s+)?(?:agent|rep|representative|advisor|adviser|employee|member\s+of\s+staff|staff\s+member)s?)\b(?!\s+(?:who|and\s+I|but\s+I))|(?:don't|do\s+not)\s+shoot\s+the\s+messenger`,
  },
  {
    // "My manager would tell you the same", "any supervisor will say the same thing".
    name: 'manager-same', messageId: 'powerless', triggers: ['same'],
    regex: String.raw`(?:my|our|the|any|a)\s+(?:manager|supervisor|boss|team\s+leader|team\s+lead|colleague|senior|superior)s?\s+(?:would|will|'d|'ll|is\s+going\s+to|are\s+going\s+to)\s+(?:just\s+|only\s+)?(?:tell|say|give)\s+(?:you\s+)?(?:exactly\s+)?the\s+(?:same|exact\s+same)`,
  },
  {
    // "There isn't a supervisor available", "There is no manager", "My manager isn't in today".
    name: 'no-supervisor', messageId: 'powerless', triggers: ['manager', 'managers', 'supervisor', 'supervisors', 'boss', 'superior', 'senior', 'one', 'leader'],
    regex: String.raw`(?:there\s*(?:${BE_NOT}|is\s+no|'s\s+no|are\s+no|was\s+no|were\s+no)\s+(?:a\s+|any\s+)?|no\s+)(?:(?:duty|senior|available|floor|shift|store|branch)\s+)?(?:manager|supervisor|boss|superior|team\s+leader|one\s+(?:senior|above\s+me|more\s+senior|higher|else\s+(?:senior|above))|one\s+else\s+I\s+can\s+(?:transfer|pass|put))s?(?:\s+(?:available|here|on\s+(?:duty|shift|site)|in\s+(?:today|the\s+office|at\s+the\s+moment)|around|to\s+speak\s+to|you\s+can\s+speak\s+to|I\s+can\s+(?:transfer|pass|put)\s+you\s+to|working))?|(?:my|the|our)\s+(?:manager|supervisor|boss|team\s+leader)\s*${BE_NOT}\s+(?:available|here|in|around|on\s+(?:duty|shift))`,
    keep: (hit, reply) => notQuestionOrCondition(hit, reply) && !wayForward(reply, hit.sentence, hit.end) && !/^\s+(?:needed|required|necessary|to\s+(?:worry|wait))/i.test(reply.text.slice(hit.end, hit.end + 20)),
  },
  {
    name: 'what-do-you-expect', messageId: 'powerless', triggers: ['expect', 'want'],
    regex: String.raw`what\s+(?:else\s+)?(?:do|did|would)\s+you\s+(?:expect|want)\s+(?:me|us)\s+to\s+do(?:\s+(?:about\s+(?:it|that|this)|here))?(?=\s*(?:\?|!|$))`,
  },
  {
    // "I'm not allowed to do that", "I'm not authorised to issue refunds", "I don't have the authority to".
    name: 'not-authorised', messageId: 'powerless', triggers: ['authorised', 'authorized', 'allowed', 'permitted', 'authority', 'permission', 'power', 'clearance', 'position', 'right*', 'say'],
    regex: String.raw`(?:(?:I'm|I\s+am|we're|we\s+are|I\s+was|we\s+were)\s+not|we\s+aren't|we\s+weren't|I\s+wasn't)\s+(?:authori[sz]ed|allowed|permitted|in\s+a\s+position)\s+to|(?:I|we)\s+(?:don't|do\s+not|didn't|did\s+not)\s+have\s+(?:the\s+|any\s+)?(?:authority|permission|power|clearance|rights?)\s+to|(?:I|we)\s+(?:have|had)\s+no\s+(?:authority|power|say)\b`,
    keep: (hit, reply) => notWaived(hit, reply) && !wayForward(reply, hit.sentence, hit.end),
  },

  // ---- Not ours ----
  {
    name: 'not-my-department', messageId: 'not-ours', triggers: ['not'],
    regex: String.raw`(?:not|isn't|isnt|aren't|wasn't|wasnt)\s+(?:really\s+|actually\s+|strictly\s+)?(?:my|our)(?:\s*\/\s*(?:my|our))?\s+(?:department|area|job|team|responsibility|remit|problem|issue|concern|call|decision|fault|doing|error|mistake|side\s+of\s+things)`,
    keep: notWaived,
  },
  {
    name: 'nothing-to-do-with-us', messageId: 'not-ours', triggers: ['nothing'],
    regex: String.raw`(?:(?:has|had|have)\s+|(?<![\w'])(?=nothing\s+to\s+do\s+with\s+(?:me|us)\s*[.!…,]))nothing\s+to\s+do\s+with\s+(?:me|us|our\s+(?:team|company|store|shop|side|department|end)|this\s+(?:team|department|office))`,
    keep: (hit, reply) => !agentActsAfter(hit, reply),
  },
  {
    // "Not up to me.", "It's not down to us.", "That's not on us.": whose it is, as the whole answer.
    name: 'not-up-to-us', messageId: 'not-ours', triggers: ['up', 'down', 'on'],
    regex: String.raw`(?:(?:it's|that's|this\s+is|it\s+is|that\s+is|this's)\s+)?not\s+(?:really\s+|actually\s+)?(?:up\s+to|down\s+to|on)\s+(?:me|us)(?=\s*(?:[.!…,;]|$)|\s+to\s+(?:decide|say|fix|sort))`,
    keep: (hit, reply) => notOwned(hit, reply) && notAboutCustomer(hit, reply) && !agentActsAfter(hit, reply),
  },
  {
    // "That's a courier issue.", "It's their problem.", "That's a bank thing": the problem put on someone else.
    name: 'their-issue', messageId: 'not-ours', triggers: ['issue', 'problem', 'matter', 'thing', 'lookout'],
    regex: String.raw`(?:that's|that\s+is|it's|it\s+is|this\s+is|that\s+was|it\s+was)\s+(?:really\s+|just\s+|more\s+)?(?:(?:a|an)\s+${THIRD}\s+(?:issue|problem|matter|thing)|(?:their|his|her)\s+(?:own\s+)?(?:problem|issue|lookout|matter))(?=\s*(?:[.!…,;]|$)|\s+(?:not\s+ours|I'm\s+afraid|rather|to\s+(?:fix|sort|solve)))`,
    keep: (hit, reply) => notOwned(hit, reply) && !agentActsAfter(hit, reply),
  },
  {
    // "Policy, I'm afraid.", "Company rules.", "Those are the rules.": the rule as the whole answer.
    name: 'bare-policy', messageId: 'policy-shield', triggers: POLICY_WORDS, flags: 'im',
    regex: String.raw`(?:^|(?<=[.!?:]\s{1,3}))(?:(?:sorry|unfortunately|sadly),?\s+)?(?:(?:that's|that\s+is|it's|it\s+is|those\s+are|these\s+are|them's)\s+(?:just\s+)?)?(?:the\s+|our\s+|company\s+|store\s+|house\s+)?${POLICY}(?:,?\s+(?:I'm\s+afraid|sorry|unfortunately))?(?=\s*(?:[.!…]|$))`,
    keep: quotedRule,
  },
  {
    // "It's the system.", "That's just the computer.": the tool as the whole answer.
    name: 'just-the-system', messageId: 'blames-tools', triggers: ['system', 'systems', 'computer', 'software'],
    regex: String.raw`(?:it's|it\s+is|that's|that\s+is|it\s+was|that\s+was)\s+(?:just\s+|only\s+|simply\s+)?(?:the|our)\s+(?:system|systems|computer|software)(?=\s*(?:[.!…,]|$)|\s+I'm\s+afraid)`,
    keep: (hit, reply) => notOwned(hit, reply) && !agentActsAfter(hit, reply),
  },
  {
    name: 'not-on-our-end', messageId: 'not-ours', triggers: ['end', 'side', 'ends', 'sides'],
    // "The fault is not from our end", "it isn't on our side".
    regex: String.raw`(?:not|isn't|isnt|wasn't|wasnt|aren't)\s+(?:coming\s+)?(?:on|from|at|with)\s+(?:our|my)\s+(?:end|side)`,
    keep: notOwned,
  },
  {
    name: 'not-to-blame', messageId: 'not-ours', triggers: ['blame', 'fault'],
    regex: String.raw`(?:we|I)(?:'re|\s+are|'m|\s+am|\s+were|\s+was)\s+not\s+(?:to\s+blame|at\s+fault)|(?:we|I)\s+(?:aren't|wasn't|weren't)\s+(?:to\s+blame|at\s+fault)|(?:through\s+)?no\s+fault\s+of\s+(?:ours|our\s+own|mine|my\s+own)`,
    keep: (hit, reply) => notOwned(hit, reply),
  },
  {
    // "It's not our fault", "It wasn't my mistake".
    name: 'not-our-fault', messageId: 'not-ours', triggers: ['fault', 'mistake', 'error', 'doing'],
    regex: String.raw`(?:it|this|that)\s*(?:${BE_NOT}|'s\s+not|is\s+not)\s+(?:really\s+|actually\s+)?(?:my|our)(?:\s*\/\s*(?:my|our))?\s+(?:own\s+)?(?:fault|mistake|error|doing)`,
    keep: (hit, reply) => notOwned(hit, reply),
  },
  {
    // "It wasn't us.", "That wasn't me": the whole answer is a denial.
    name: 'wasnt-us', messageId: 'not-ours', triggers: ['us', 'me'],
    regex: String.raw`(?:it|this|that)\s*(?:${BE_NOT}|'s\s+not|is\s+not|was\s+not)\s+(?:really\s+|actually\s+)?(?:us|me|anything\s+(?:we|I)\s+did)(?=\s*(?:[.!…]|$))`,
    keep: (hit, reply) => notOwned(hit, reply),
  },
  {
    // "Blame the system.", "You can blame the courier for that": the fault handed on as the answer.
    name: 'blame-them', messageId: 'not-ours', triggers: ['blame'], flags: 'im',
    regex: String.raw`(?:^|(?<=[.!?:]\s{1,3}))(?:(?:you\s+can|you\s+could|just|honestly,?)\s+)?blame\s+(?:the|our|their|those|that)\s+(?:[\w-]{1,24}\s+){0,2}?[\w-]{2,24}(?:\s+for\s+(?:that|this|it))?(?=\s*(?:[.!…,]|$))`,
    keep: (hit, reply) => notOwned(hit, reply),
  },
  {
    name: 'customers-responsibility', messageId: 'not-ours', triggers: ['responsibility'],
    regex: String.raw`(?:is|are|was|were|'s|'re)\s+(?:the\s+)?(?:homeowner|customer|buyer|owner|landlord|tenant|manufacturer|carrier|courier|bank|retailer|seller|merchant|member|account\s+holder|cardholder|passenger|guest|property\s+owner|occupier|user|client|purchaser)(?:'s|s')\s+responsibility`,
  },
  {
    name: 'out-of-our-control', messageId: 'not-ours', triggers: ['control', 'hands', 'remit', 'scope', 'authority', 'power', 'jurisdiction', 'responsibility', 'controlled'],
    regex: String.raw`(?:out\s+of|beyond|outside(?:\s+of)?|not\s+(?:with)?in)\s+(?:our|my|the\s+company's|the\s+store's|our\s+team's)\s+(?:direct\s+)?(?:control|remit|scope|hands|authority|power|jurisdiction|responsibility|area\s+of\s+responsibility)|(?:we|I)(?:\s+have|\s+had|'ve|'d)\s+(?:no|little|zero)\s+control\s+(?:over|of)|(?:we|I)\s+(?:${CANT}|don't|do\s+not)\s+(?:control|have\s+(?:any\s+)?control\s+over)|not\s+(?:something\s+)?(?:we|I)\s+(?:can\s+)?control`,
    keep: (hit, reply) => notOwned(hit, reply),
  },
  {
    // "This was unavoidable", "it couldn't be helped", "nothing we could have done".
    name: 'unavoidable', messageId: 'not-ours', triggers: ['unavoidable', 'helped', 'avoided', 'prevented', 'nothing'],
    regex: String.raw`(?:it|this|that|the)(?:\s+(?:delay|cancell?ation|disruption|outage|problem|issue|change|closure|wait))?\s+(?:${BE}|had\s+been|has\s+been)\s+(?:completely\s+|totally\s+|entirely\s+|sadly\s+|unfortunately\s+)?unavoidable|(?:${CANT})\s+(?:have\s+been|be)\s+(?:helped|avoided|prevented)|nothing\s+(?:we|I|anyone)\s+could\s+(?:have|'ve)\s+done`,
    keep: (hit, reply) => notOwned(hit, reply) && !negatedBefore(reply, hit.sentence, hit.start, 1),
  },
  {
    name: 'not-responsible', messageId: 'not-ours', triggers: ['responsible', 'liable', 'accountable'], toClauseEnd: true,
    regex: String.raw`(?:not|cannot|[a-z]{1,8}n't)\s+(?:be\s+)?(?:held\s+)?(?:responsible|liable|accountable)(?:\s+(?:for|if|when)|(?=\s*(?:[.!…]|$)))`,
    keep: (hit, reply) => notAboutCustomer(hit, reply) && notOwned(hit, reply),
  },
  {
    name: 'no-liability', messageId: 'not-ours', triggers: ['responsibility', 'liability'],
    regex: String.raw`(?:accept|accepts|take|takes|bear|bears|assume|assumes)\s+no\s+(?:responsibility|liability)|(?:doesn't|does\s+not|don't|do\s+not|cannot|can't)\s+(?:accept|take|assume)\s+(?:any\s+)?(?:responsibility|liability)`,
    keep: (hit, reply) => notOwned(hit, reply),
  },
  {
    name: 'we-dont-handle', messageId: 'not-ours', triggers: ['deal', 'handle', 'cover', 'look', 'something'],
    regex: String.raw`(?:I|we)\s+(?:don't|do\s+not)\s+(?:deal\s+with|handle|cover|look\s+after)\s+(?:that|this|those|these|refunds|billing|complaints|payments|[\w-]+\s+(?:issues|queries|questions|requests|complaints|matters|bookings|orders|accounts))|not\s+something\s+(?:I|we|our\s+team)\s+(?:deal\s+with|handle|cover|look\s+after|get\s+involved\s+(?:in|with))`,
    keep: (hit, reply) => notWaived(hit, reply) && notOwned(hit, reply),
  },
  {
    name: 'not-for-us', messageId: 'not-ours', triggers: ['not'],
    regex: String.raw`for\s+(?:the|our|a|your)\s+[\w\s'&-]{1,30}?,?\s+not\s+(?:for\s+)?(?:me|us|our\s+team|this\s+team)`,
  },
  {
    name: 'responsibility-of', messageId: 'not-ours', triggers: ['responsibility'],
    regex: String.raw`(?:is|'s|are|was|were)\s+(?:the\s+)?(?:sole\s+)?responsibility\s+of\s+(?!us\b|our\b)`,
    keep: (hit, reply) => notOwned(hit, reply),
  },
  {
    name: 'handled-by-not-us', messageId: 'not-ours', triggers: ['not'],
    regex: String.raw`(?:handled|dealt\s+with|processed|managed|run|operated|controlled|decided|issued|caused|done|made|lost|delayed|damaged|owned)\s+(?:entirely\s+|solely\s+)?by\s+(?:the|a|an|your|their|our)\s+[\w\s&'-]{1,40}?,?\s+(?:and\s+)?not\s+(?:by\s+)?(?:us|me|our\s+team)`,
  },
  {
    // "It's the bank's fault, not ours", "the fault lies with the courier", "responsible for that, not us".
    name: 'their-fault', messageId: 'not-ours', triggers: ['fault', 'mistake', 'error', 'doing', 'problem', 'responsibility', 'responsible', 'liable', 'blame', 'issue'],
    regex: String.raw`(?:is|was|'s|were|are)\s+(?:entirely\s+|completely\s+|really\s+|solely\s+)?(?:the|your|their)\s+(?:[\w-]{1,24}\s+){0,2}?[\w-]+(?:'s|s')\s+(?:fault|mistake|error|doing|problem|responsibility)|(?:fault|blame|responsibility|problem|issue|error)\s+(?:lies|lay|rests|sits|is)\s+(?:entirely\s+|squarely\s+|solely\s+)?with\s+(?:the|your|their)|(?:fault|responsibility|problem|issue|mistake|error|doing)\b(?:(?!\byours?\b)[^.!?]){0,30}?,?\s+not\s+(?:ours|mine)|(?:is|are|was|were)\s+(?:solely\s+|fully\s+|entirely\s+)?(?:responsible|liable|to\s+blame)\b(?:(?!\byou\b)[^.!?]){0,40}?,?\s+not\s+(?:us|me|we|our\s+(?:team|company|store|shop|side))`,
    keep: (hit, reply) => notOwned(hit, reply) && !agentActsAfter(hit, reply),
  },
  {
    // "That's a matter for the airline", "It's up to the courier now".
    name: 'matter-for', messageId: 'not-ours', triggers: ['matter', 'issue', 'question', 'something', 'one', 'case', 'problem', 'up', 'down', 'hands'],
    regex: String.raw`(?:that's|that\s+is|this\s+is|it's|it\s+is|thats|its)\s+(?:(?:really|now|all|entirely|purely)\s+)?(?:(?:a\s+matter|an\s+issue|a\s+question|something|one|a\s+case|a\s+problem)\s+for|(?:now\s+)?up\s+to|down\s+to|in\s+the\s+hands\s+of)\s+(?:the|your|their)\s+(?!customer\b)[\w-]+`,
    keep: (hit, reply) => notOwned(hit, reply) && notWaived(hit, reply) && !agentActsAfter(hit, reply),
  },

  // ---- Our own tools blamed ----
  {
    // "The system won't let me", "my computer doesn't allow me to", "the software isn't letting us".
    name: 'system-wont-let', messageId: 'blames-tools', triggers: ['system', 'systems', 'computer', 'computers', 'software', 'tool', 'tools', 'app', 'platform', 'screen', 'database', 'till', 'terminal', 'portal', 'machine', 'website', 'site'],
    regex: String.raw`(?:the|our|my)\s+(?:[\w-]{1,24}\s+)?(?:system|systems|computer|computers|software|tool|app|platform|screen|database|till|terminal|portal|machine|website|site)\s+(?:just\s+|simply\s+)?(?:won't|wont|will\s+not|doesn't|doesnt|does\s+not|don't|do\s+not|can't|cannot|isn't|is\s+not|wasn't|was\s+not)\s+(?:let(?:ting)?|allow(?:ing)?|permit(?:ting)?|accept(?:ing)?|tak(?:e|ing)|show(?:ing)?|process(?:ing)?|recogni[sz](?:e|ing)|work(?:ing)?\s+(?:for|with)\s+(?:me|us)|giv(?:e|ing)\s+(?:me|us)\s+(?:the\s+)?option)`,
    // "..., which is why the site isn't accepting it": the cause is named, the tool is not blamed.
    keep: (hit, reply) => !/\b(?:why|because|since)\s+(?:\w+\s+){0,2}$/i.test(reply.text.slice(hit.sentence.start, hit.start)) && notOwned(hit, reply) && notWaived(hit, reply) && !agentActsAfter(hit, reply),
  },
  {
    // "Our computer lost your details", "The system automatically cancelled your order", "the system is down, so ...".
    name: 'system-did-it', messageId: 'blames-tools', triggers: ['system', 'systems', 'computer', 'computers', 'software', 'platform', 'database', 'server', 'servers', 'machine', 'tool', 'app', 'site', 'website', 'portal', 'till'],
    regex: String.raw`(?:the|our|my)\s+(?:[\w-]{1,24}\s+)?(?:system|systems|computer|computers|software|platform|database|server|servers|machine|app|tool|site|website|portal|till)\s+(?:must\s+have\s+|has\s+|had\s+|have\s+|just\s+|automatically\s+|somehow\s+){0,3}(?:lost|deleted|wiped|dropped|erased|cancell?ed|rejected|declined|blocked|locked|flagged|removed|charged|double-charged|messed\s+up|glitched|ate|crashed|went\s+down|failed|timed\s+out|mixed\s+up|reset|overwrote|duplicated|sent\s+the\s+wrong)|(?:the|our|my)\s+(?:[\w-]{1,24}\s+)?(?:system|systems|computer|computers|software|platform|database|server|servers|tool|app)\s+(?:keeps?|kept|refuses\s+to|refused\s+to)\s+(?:rejecting|declining|blocking|crashing|failing|refusing|cancell?ing|deleting|logging\s+(?:me|us)\s+out|reject|decline|block|accept|take|let|allow)|(?:the|our|my)\s+(?:[\w-]{1,24}\s+)?(?:system|systems|computer|computers|software|platform|database|server|servers)\s+(?:is|are|was|were|'s|has\s+been|have\s+been)\s+(?:currently\s+|still\s+)?(?:down|offline|not\s+working|playing\s+up|acting\s+up|being\s+slow)|(?:it|this|that)\s+(?:was|is|'s)\s+(?:just\s+|simply\s+|only\s+)?(?:a|an)\s+(?:system|computer|software)\s+(?:error|glitch|fault|thing)`,
    keep: (hit, reply) => !negatedBefore(reply, hit.sentence, hit.start, 1) && !ownsFixInReply(reply),
  },

  // ---- Our company spoken of as someone else ----
  {
    // "Management decided that", "head office won't let us", "the higher-ups have changed it".
    name: 'management-decided', messageId: 'company-as-they', triggers: ['management', 'office', 'corporate', 'hq', 'headquarters', 'higher', 'ups', 'powers', 'upstairs', 'bosses', 'boss', 'company', 'business', 'board', 'above'],
    regex: String.raw`${INSIDE}\s+(?:(?:have|has|had)\s+)?(?:just\s+|now\s+|recently\s+|also\s+)?${COMPANY_ACT}|(?:it's|it\s+is|it\s+was|that's|that\s+is|that\s+was|this\s+is|this\s+was)\s+(?:a|an)\s+(?:management|head\s+office|corporate|company|business|board)\s+(?:decision|call|thing|rule)|(?:decided|set|made|imposed|dictated|mandated|handed\s+down)\s+by\s+(?:${INSIDE}|the\s+people\s+above\s+me|people\s+above\s+me)|(?:decision|call|order|instruction)s?\s+(?:came|comes|come)\s+(?:from|down\s+from)\s+(?:above|${INSIDE})`,
    keep: (hit, reply) => companyRefuses(hit, reply) && !agentActsAfter(hit, reply) && notWaived(hit, reply),
  },
  {
    // "They don't stock that any more", "They won't finish it before Friday", where "they" can only be us.
    name: 'they-are-us', messageId: 'company-as-they', triggers: ['they'],
    regex: String.raw`they(?:'ve|\s+have|'re|\s+are|\s+just|\s+now)?\s+(?:(?:no\s+longer|don't|do\s+not|won't|will\s+not|aren't\s+going\s+to|are\s+not\s+going\s+to|'re\s+not\s+going\s+to|never)\s+(?:\w{1,24}\s+)?(?:stock|sell|carry|do|offer|make|let|allow|permit|refund|cover|accept|ship|deliver|finish|fix|repair|replace|send|process|release|issue|restock|reopen|extend|reduce|lower|honou?r|give|pay|approve|support|open|run|budge|change)|(?:decided|changed|stopped|discontinued|removed|raised|increased|put\s+up|cut|scrapped|dropped|got\s+rid\s+of)|(?:make|made|want|told|tell)\s+(?:us|me)|only\s+(?:let|allow|permit)\s+(?:us|me))`,
    keep: (hit, reply) => !/\b(?:if|when|whether)\s+(?:\w{1,24}\s+){0,2}$/i.test(reply.text.slice(hit.sentence.start, hit.start)) && !agentActsAfter(hit, reply) && theyIsUs(hit, reply),
  },

  // ---- A vendor blamed for our failure ----
  {
    // "Our payment provider had an outage", "The warehouse messed up" (with no we/I owning the fix in the reply).
    name: 'vendor-failed', messageId: 'blames-vendor', triggers: ['provid*', 'partner*', 'supplier*', 'vendor*', 'courier*', 'carrier*', 'contractor*', 'processor*', 'host*', 'warehouse*', 'fulfil*', 'subcontractor*', 'manufacturer*', 'agency', 'factory', 'delivery', 'driver*', 'postal', 'post', 'mail', 'depot*', 'third'],
    regex: String.raw`(?:our|the|my)\s+(?:[\w-]{1,24}\s+){0,2}?(?:provider|partner|supplier|vendor|courier|carrier|contractor|processor|host|hosting\s+company|warehouse|fulfil?ment\s+(?:partner|centre|center|team)|subcontractor|manufacturer|agency|factory|delivery\s+(?:driver|company|firm)|driver|postal\s+service|post\s+office|Royal\s+Mail|depot|third[-\s]party)s?\s+(?:(?:had|has\s+had|have\s+had|is\s+having|are\s+having|was\s+having|were\s+having|experienced|has\s+experienced|suffered)\s+(?:an?\s+|some\s+)?(?:\w{1,24}\s+)?(?:outage|issues?|problems?|trouble|difficulties|glitch|error|fault|breakdown|delays?)|(?:is|are|was|were)\s+(?:currently\s+|still\s+)?(?:down|having\s+(?:some\s+)?(?:trouble|issues|problems|difficulties))|messed\s+up|(?:made|has\s+made|have\s+made)\s+(?:a|an)\s+(?:mistake|error|mess)|dropped\s+the\s+ball|let\s+(?:us|you)\s+down|got\s+(?:it|this|your\s+\w+)\s+wrong|screwed\s+up|(?:lost|mislaid|misplaced|damaged|broke|delayed|mixed\s+up|forgot|failed\s+to)\b)`,
    // "The courier lost it, so you'll need to contact them": the push-back is the flaw, reported on its own.
    keep: (hit, reply) => !negatedBefore(reply, hit.sentence, hit.start, 1) && !/\b(?:so|and)\s+(?:you|please)\b/i.test(reply.text.slice(hit.end, hit.sentence.end)) && !ownsFixInReply(reply),
  },

  // ---- The customer sent to chase someone else ----
  {
    // "You'll need to contact your bank", "you have to take it up with the hotel", "you should call the courier".
    name: 'you-need-to-contact', messageId: 'push-back', triggers: CHASE_WORDS, toClauseEnd: true, flags: '',
    regex: String.raw`[Yy]ou(?:'ll|\s+will|'d|\s+would|\s+may|\s+might)?\s+(?:(?:still|then|first|now|also|probably|just)\s+)?(?:need\s+to|have\s+to|must|should|want\s+to|be\s+(?:required|asked)\s+to|are\s+(?:required|asked)\s+to)\s+(?:(?:first|then|directly|yourself|still|please)\s+)?${CHASE}\s+(?:them|the|your|their|a|an|[A-Z][\w-]*)`,
    keep: pushesBack,
  },
  {
    name: 'something-you-take-up', messageId: 'push-back', triggers: ['take', 'raise', 'discuss'],
    regex: String.raw`(?:this\s+is|that's|that\s+is|it's|it\s+is)\s+(?:something|a\s+matter|an\s+issue|a\s+question)\s+(?:that\s+)?(?:you'll|you\s+will|you\s+would|you'd)\s+(?:need|have)\s+to\s+(?:take\s+up|raise|discuss)\s+with`,
    keep: pushesBack, toClauseEnd: true,
  },
  {
    // "Please contact the courier", "please reach out to them", "we suggest you contact your bank".
    name: 'please-contact-third', messageId: 'push-back', triggers: CHASE_WORDS, toClauseEnd: true,
    regex: String.raw`(?:please,?\s+|kindly\s+|(?:we|I)(?:\s+would|'d)?\s+(?:suggest|recommend|advise)(?:\s+that)?\s+(?:you\s+)?|(?:it\s+)?(?:would|'d)\s+be\s+best\s+(?:for\s+you\s+)?to\s+|(?:you|you'll|you\s+will)\s+(?:may|might)?\s*want\s+to\s+|best\s+to\s+)(?:be\s+sure\s+to\s+|make\s+sure\s+to\s+|try\s+)?(?:contact(?:ing)?|call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|get(?:ting)?\s+in\s+touch\s+with|reach(?:ing)?\s+out\s+to|speak(?:ing)?\s+(?:to|with)|talk(?:ing)?\s+to|tak(?:e|ing)\s+(?:it|this|that)\s+up\s+with|report(?:ing)?\s+(?:it|this|that|the\s+(?:matter|issue|problem|fault|loss))\s+to|check(?:ing)?\s+with|email(?:ing)?|rais(?:e|ing)\s+(?:it|this|that|the\s+(?:matter|issue|problem))\s+with)\s+(?:them|(?:the|your|their|our)\s+(?:[\w-]{1,24}\s+){0,2}?${THIRD}s?)\b`,
    keep: pushesBack,
  },
  {
    // "Take it up with the bank.", "Speak to your courier.": the chase as a bare instruction.
    name: 'go-to-third', messageId: 'push-back', triggers: CHASE_WORDS, toClauseEnd: true, flags: 'im',
    regex: String.raw`(?:^|(?<=[.!?:]\s{1,3}))(?:just\s+|you\s+can\s+|you\s+could\s+|simply\s+)?(?:contact|call|phone|ring|speak\s+(?:to|with)|talk\s+to|get\s+in\s+touch\s+with|take\s+(?:it|this|that)\s+up\s+with|check\s+with|complain\s+to|raise\s+(?:it|this|that)\s+with)\s+(?:them|(?:the|your|their)\s+(?:[\w-]{1,24}\s+){0,2}?${THIRD}s?)\b`,
    keep: pushesBack,
  },
  {
    // "We're sorry we can't help, but their phone number is ...", "Their contact details are on their website."
    name: 'their-number', messageId: 'push-back', triggers: ['their'],
    regex: String.raw`their\s+(?:customer\s+(?:service|services|support|care)\s+)?(?:phone|telephone|contact|helpline|support)\s*(?:number|details|line|email|address|info|information)?\s+(?:is|are|can\s+be\s+found)`,
    keep: (hit, reply) => !ownsFix(reply, hit.sentence, hit.sentence.start) && !/\bif\s+you\b/i.test(hit.sentence.text),
  },
  {
    name: 'their-provider-will-sort', messageId: 'push-back', triggers: ['will', 'would'], toClauseEnd: true,
    regex: String.raw`(?:your|the)\s+(?:bank|courier|carrier|seller|manufacturer|airline|hotel|insurer|provider|retailer|landlord|card\s+issuer|merchant|venue|network)\s+(?:will|would)\s+(?:have|need)\s+to\s+(?:sort|deal|handle|resolve|fix|look\s+into|investigate|refund|process)`,
    keep: pushesBack,
  },
];

const ADVICE: Record<Id, string> = {
  'policy-shield': 'Say what you can do within the rule, or make an exception: "Our refund window is 30 days, but here\'s what I can do: ..."',
  'cannot-help': 'Name the best thing you can do: "Here\'s what I can do right now: ..."',
  powerless: 'Take it on yourself: say what you will do, or who you will bring in and when ("I\'ll ask my manager to call you by 3pm").',
  'not-ours': 'Own the fix even if someone else caused it: "Whatever caused it, I\'ll make sure it\'s put right: ..."',
  'push-back': 'Take the chasing on yourself: "I\'ve contacted <them> myself and will update you by <time>."',
  'blames-tools': 'Our tools are ours: say "we", and what you are doing about it ("I\'ve re-entered your details by hand").',
  'company-as-they': 'Say "we": it is our decision, and the customer is talking to us ("We stopped stocking it in May; the closest match is ...").',
  'blames-vendor': 'The customer chose us, not our supplier: own it ("We let you down; I\'ve ...") and say what you are doing.',
};
for (const e of TABLE) {
  e.advice = ADVICE[e.messageId];
  if (e.keep) e.keep = windowed(e.keep);
}

export default definePhraseRule({
  meta: {
    id: 'deflects-responsibility',
    description: 'Dodges ownership: a rule quoted as the answer, "nothing I can do", "not my department", blaming the system, "they" for our own company, or a vendor',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      'policy-shield': 'This hides behind a rule ("{{text}}"). Give the reason and what you can do, or make an exception.',
      'cannot-help': 'This tells the customer nothing can be done ("{{text}}"). Say what you can do instead.',
      powerless: 'This says you are powerless ("{{text}}"). Say what you will do, or who you will bring in.',
      'not-ours': 'This disowns the problem ("{{text}}"). Take ownership of getting it solved, whoever caused it.',
      'push-back': 'This hands the work back to the customer to chase someone else ("{{text}}"). Offer to contact them yourself.',
      'blames-tools': 'This blames our own tools ("{{text}}"). The system is ours: say what you are doing about it.',
      'company-as-they': 'This speaks of our own company as someone else ("{{text}}"). Say "we" and own the decision.',
      'blames-vendor': 'This blames a supplier for our failure ("{{text}}") and no one here owns the fix. Say what we are doing.',
    },
    docs: {
      why:
        'A customer with a problem wants someone to own it. Quoting a rule as the whole answer, saying there is ' +
        'nothing you can do, that it is another department\'s job, that the system will not let you, that ' +
        '"they" or "management" decided, or that a supplier let us down, tells them they are on their own. ' +
        'Whether or not we caused it, take responsibility for getting it solved: give the reason for a rule and ' +
        'what you can do instead, say "we" for our own company and tools, and if someone else has to act, chase ' +
        'them for the customer instead of sending the customer to chase them. A rule waived in the customer\'s ' +
        'favour, or a third party named while you own the fix, is not deflection.',
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
        // catalog 2: our own tools
        'Our booking software keeps rejecting the change, so I can’t move your seat.',
        'The computer deleted your loyalty points when the card expired.',
        'Our database must have dropped your address.',
        'The till system isn’t letting me apply the voucher.',
        'The portal is down today, so there is nothing I can do.',
        // catalog 2: our company as someone else
        'Management has decided to stop the Sunday service.',
        'Head office won’t let us give refunds on sale items.',
        'They no longer sell the blue version.',
        'They won’t repair it before the end of the month.',
        'It’s a head office decision, I’m afraid.',
        'That was decided by corporate.',
        // catalog 2: a rule with no reason and no way forward
        'That isn’t our policy.',
        'Swapping seats is against our rules.',
        'Our conditions of carriage state that pets must travel in the hold.',
        'Your claim is outside the 30-day reporting period, so we can’t accept it.',
        'It has been more than six months since delivery, so the item is not returnable.',
        'Rules are rules.',
        // catalog 2: powerlessness
        'Honestly, it’s out of my hands.',
        'Look, I only work here.',
        'Any supervisor would tell you the same thing.',
        'There isn’t a manager on duty tonight.',
        'No supervisor is available to speak to you.',
        'What do you expect me to do about it?',
        'I am not authorised to issue credits.',
        'I don’t have the authority to change the price.',
        // catalog 2: a vendor blamed, no one owning the fix
        'Sorry for the double charge. Our card processor had an outage on Monday.',
        'Our delivery partner lost several parcels last week.',
        'The warehouse made a mistake with your order.',
        'This delay was unavoidable.',
        'The fault isn’t on our side.',
        'It would be best to reach out to them directly.',
        'We suggest you contact your card issuer.',
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
        // catalog 2 near-misses
        'Refunds close after 14 days because the stock is resold, but I can give you store credit today.',
        'As a one-time courtesy, I’ve refunded the late fee.',
        'That’s normally outside our return window, but I’ve made an exception and booked a collection.',
        'Our system lost your details, so I’ve re-entered them by hand.',
        'The warehouse sent the wrong size, so I’ve posted the right one today by express.',
        'Our payment provider had an outage on Monday; I’ve refunded the duplicate charge myself.',
        'Your engineers arrived late. They should have called ahead, and I’ve raised it with their manager.',
        'I asked the couriers about it. They don’t deliver on Sundays, so I’ve booked Monday morning.',
        'Your kids’ tablets are on the family plan. They don’t need separate accounts.',
        'The supervisor isn’t available right now, but I’ll ask her to call you by 4pm.',
        'What would you like us to do to put this right?',
        'Our terms give you 60 days to return it, so there’s plenty of time.',
        'It’s our policy to refund within five working days.',
        'The new parts are on their way. They won’t need any setting up.',
        'There’s no manager needed for this: I can refund it myself.',
        'The system flagged the payment, and I’ve cleared the flag so it will go through tonight.',
        'We decided to stop the Sunday service, and I’m sorry it affects your commute; the Monday 7am bus now starts at your stop.',
      ],
    },
  },
  table: TABLE,
  report(hits, reply, context) {
    for (const hit of hits) {
      const entry = hit.entry as unknown as Entry;
      let end = hit.end;
      if (entry.toClauseEnd) end = Math.max(end, clauseEnd(reply, hit.sentence, hit.end));
      let start = hit.start;
      while (start < end && /\s/.test(reply.text[start]!)) start++;
      context.report({
        messageId: entry.messageId,
        data: { text: reply.text.slice(start, end) },
        start,
        end,
        suggestions: [{ desc: ADVICE[entry.messageId] }],
      });
    }
  },
});
