// cancellation-friction: making it hard to leave. In replies about leaving a service (cancelling a subscription,
// closing an account, unsubscribing, ending a contract; cancelling an appointment, booking or order is not
// leaving) it flags "are you sure?", retention pitches, loss threats, and hoops: a call or visit required to
// cancel (call-to-cancel) or other extra steps (written notice, forms, ID, expiring links). The call-to-cancel
// message is chosen by what the sentence asks of the customer (phone or visit us), not by a word like "retention".
//
// Confirmshaming applies in any text, not only replies about cancelling (macro repositories also hold retention
// pop-ups and emails): a decline written so that saying no insults the customer ("No thanks, I enjoy paying
// more", "I don't want to grow my business", "I'll pass on free shipping").
//
// All lexical: the gate and the friction phrases are specific.
import { definePhraseRule } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit } from '../src/phrases/table.js';
import type { Reply, Sentence } from '../src/types.js';
import { sentenceEnd, tight, windowed } from './_ownership.js';

type Id = 'are-you-sure' | 'retention-pitch' | 'loss-threat' | 'call-to-cancel' | 'extra-steps' | 'confirmshaming';
interface Entry extends PhraseEntry {
  messageId: Id;
  /** Report to the end of the sentence (a pitch or a threat reads as a whole). */
  toSentenceEnd?: boolean;
}
type Hit = PhraseHit;

const SERVICE = String.raw`(?:subscriptions?|accounts?|memberships?|plans?|contracts?|services?|agreements?|packages?|broadband|tariffs?|retainers?|bundles?|insurance\s+polic(?:y|ies)|direct\s+debits?)\b`;
// "leave", "close", "end", "switch" only count with a service or no object: "if you leave the window open" is not leaving.
const LEAVE_OBJECT = String.raw`(?=\s*(?:[,.;!?]|(?:us|now|today|early|then|before)\b|(?:your|the|this|our)\s+(?:[\w-]+\s+){0,2}?${SERVICE}|(?:provider|supplier|bank|network)s?\b))`;
const NOT_LEAVING = /^\W*(?:(?:my|your|the|this|that|an?|our|his|her|their|next|upcoming|friday's|\w+'s)\s+)?(?:\w+\s+)?(?:appointments?|bookings?|orders?|reservations?|flights?|class(?:es)?|sessions?|tables?|visits?|deliver(?:y|ies)|payments?|cards?|trips?|events?|meetings?|calls?|tickets?|rooms?|stays?|tours?|lessons?|consultations?|transfers?|check-?ups?|treatments?)\b/i;

// The reply is about leaving a service.
const LEAVING: RegExp[] = [
  new RegExp(String.raw`\b(?:cancel+(?:s|ed|ing)?|clos(?:e|es|ed|ing)|terminat(?:e|es|ed|ing)|end(?:s|ed|ing)?(?!\s+of\b)|quit(?:s|ting)?|leav(?:e|es|ing)|stop(?:s|ped|ping)?|discontinu(?:e|es|ed|ing)|deactivat(?:e|ed|ing)|delet(?:e|ed|ing))\s+(?:[\w&'-]+\s+){0,3}?${SERVICE}`, 'gi'),
  new RegExp(String.raw`\b${SERVICE}\s+(?:[\w-]+\s+){0,3}?(?:cancell?(?:ed|ations?)|closed|closures?|terminat(?:ed|ions?))\b`, 'gi'),
  new RegExp(String.raw`\b(?:unsubscrib\w*|opt(?:ing)?\s+out|switch(?:ing)?\s+(?:energy\s+)?(?:suppliers?|providers?|banks?|networks?)|leave\s+us|(?:want|wants|wish|wishes|decided|decision|like|planning|plan|choose|chosen)\s+to\s+(?:leave|go|cancel|close|end|terminate|quit)|if\s+you\s+(?:cancel|do\s+cancel|(?:leave|close|switch|go\s+ahead)${LEAVE_OBJECT})|sure\s+you\s+(?:want|wish)\s+to\s+(?:cancel|leave|close|go)|cancell?ations?|(?:before|if|when|once|after|should)\s+you\s+(?:do\s+|decide\s+to\s+|choose\s+to\s+|still\s+(?:want|wish)\s+to\s+)?(?:cancel|unsubscribe|quit|(?:leave|switch)${LEAVE_OBJECT}|close\s+(?:it|the\s+account|your\s+account)|go(?=\s*[,.!?;]))|(?:decide|choose|agree)s?\s+to\s+stay(?=\s*[,.!?;])|(?:would\s+you\s+(?:like\s+to|consider)|will\s+you|could\s+we\s+persuade\s+you\s+to)\s+stay(?:ing)?\s+(?:with\s+us\s+|on\s+)?(?:if\b|for\s+(?:a|an)\s+(?:lower|reduced|cheaper|discounted|special|better)|at\s+(?:a|an)\s+(?:lower|reduced|cheaper|discounted|special|better))|(?:offer|give|tempt|persuade|convince)\b(?:(?!\b(?:nights?|rooms?|weekends?|breaks?|holidays?|visits?|trips?|suites?)\b)[^.!?]){0,40}?\bto\s+stay(?:\s+with\s+us)?(?=\s*[,.!?;]|\s+(?:on|subscribed|a\s+member)\b)|(?:hate|sad|sorry)\s+to\s+(?:lose\s+you|see\s+you\s+go)|(?:cancel|close)\s+(?:it|that|this)\s+for\s+you|(?:in\s+order\s+)?to\s+(?:cancel|unsubscribe)|(?:can|could|ready\s+to|request\s+to|asked\s+to)\s+cancel|(?:than|instead\s+of|before)\s+cancell?ing)\b`, 'gi'),
];

// "Cancelling means ...", "You can only cancel by ...", "Leaving now means ...": the verb with no object, which is
// leaving unless the sentence is about an appointment, order, booking ... ("Your booking has been cancelled").
const BARE_LEAVING = /\b(?:cancel+(?:s|ed|ing)?|cancell?ations?(?!\s+(?:fees?|charges?|polic(?:y|ies)|window|terms)\b))\b|(?:^|(?<=[.!?:;]\s+)|(?<=\n\s*))(?:leaving|quitting)\s+(?:now|today|us|early|means|will|would)\b/gim;
const NOT_LEAVING_ANYWHERE = new RegExp(NOT_LEAVING.source.replace(/^\^\\W\*/, '\\b'), 'i');


const leavingCache = new WeakMap<Reply, boolean>();
/** Is the reply about leaving a service? Computed once per reply. */
function aboutLeaving(reply: Reply): boolean {
  let yes = leavingCache.get(reply);
  if (yes === undefined) leavingCache.set(reply, (yes = isAboutLeaving(reply)));
  return yes;
}

function isAboutLeaving(reply: Reply): boolean {
  for (const s of reply.sentences) {
    BARE_LEAVING.lastIndex = 0;
    if (BARE_LEAVING.test(s.text) && !NOT_LEAVING_ANYWHERE.test(s.text)) return true;
  }
  for (const re of LEAVING) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(reply.text))) {
      // "cancel your appointment", "cancellation of your booking": not leaving a service.
      const after = reply.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (/^(?:\s+of)?\s/.test(after) && NOT_LEAVING.test(after.replace(/^\s+of\b/, ''))) continue;
      if (/^\s+(?:fee|fees|charge|policy|window)\b/i.test(after) && /cancell?ation$/i.test(m[0])) continue;
      return true;
    }
  }
  return false;
}

const LEAVE_WORDS = ['cancel*', 'unsubscrib*', 'terminat*', 'quit*', 'leav*', 'clos*', 'end*', 'switch*', 'go', 'stay*', 'before', 'sure', 'certain'];
const gated = (keep?: (hit: Hit, reply: Reply) => boolean) => (hit: Hit, reply: Reply) => aboutLeaving(reply) && (!keep || keep(hit, reply));

// "Are you sure you want to cancel?", "Do you really want to leave?", "Would you reconsider?"
const ARE_YOU_SURE: Entry = {
  name: 'are-you-sure', messageId: 'are-you-sure', triggers: ['sure', 'certain', 'positive', 'really', 'reconsider', 'think', 'consider', 'anything', 'something'], toSentenceEnd: true,
  regex: String.raw`(?:(?:^|(?<=[.!?]\s{1,3}))(?:really\s+|absolutely\s+)?(?:sure|certain)\s+you(?:\s+want|\s+wish|'d\s+like|\s+would\s+like)\s+to\s+(?:cancel|leave|go|close|end|quit|unsubscribe)|(?:are|were)\s+you\s+(?:really\s+|absolutely\s+|completely\s+|quite\s+|100%\s+)?(?:sure|certain|positive)(?:\s+(?:you(?:\s+want|\s+wish|'d\s+like|\s+would\s+like)\s+to|about|that)\b|\s*\?)|do\s+you\s+really\s+(?:want|wish)\s+to\s+(?:cancel|leave|go|close|end|quit)|(?:would|will|could|won't)\s+you\s+(?:(?:please|not)\s+)?(?:reconsider|think\s+again|think\s+it\s+over|consider\s+staying)|(?:anything|something)\s+(?:we|I)\s+(?:can|could)\s+(?:do|offer)\s+to\s+(?:change\s+your\s+mind|keep\s+you|make\s+you\s+stay|win\s+you\s+back|persuade\s+you))`,
  keep: gated(aboutLeavingHere),
};

// "Before you go, have you considered ...", "Before I process anything, I have to read you our loyalty offer".
const PITCH = /\b(?:offers?|deals?|discounts?|plans?|tariffs?|packages?|options?|upgrad\w+|downgrad\w+|paus\w+|instead|stay(?:ing)?|loyalty|retention|leaving\s+behind|miss(?:ing)?\s+out|what\s+you(?:'d|\s+would|'ll|\s+will)\s+be|considered?|(?:set\s+up|arrange|book|have)\s+a\s+(?:quick\s+)?(?:call|chat)|(?:call|chat|speak)\s+with\s+our|could\s+we|present|would\s+you\s+like\s+to\s+(?:try|hear|switch|consider)|have\s+you\s+(?:considered|thought|tried|looked)|free\s+months?|months?\s+free|half\s+price|%\s+off|special|exclusive|lose|cheaper|better\s+value)\b/i;
const BEFORE: Entry = {
  name: 'before-you-go', messageId: 'retention-pitch', triggers: ['before'], toSentenceEnd: true,
  regex: String.raw`before\s+(?:you\s+(?:go|leave|cancel|unsubscribe|switch|quit|close|end|decide|make\s+(?:a|your|the|any)\s+(?:final\s+)?decision|commit|finali[sz]e|confirm|do)|I\s+(?:process|cancel|close|go\s+ahead|action|do|put)|we\s+(?:process|cancel|close|go\s+ahead|action|do|put)|(?:processing|cancell?ing|closing|finali[sz]ing|confirming))`,
  keep: gated((hit, reply) => {
    const s = hit.sentence;
    const next = reply.sentences[s.index + 1];
    const window = reply.text.slice(hit.start, s.end) + (/[,:]\s*$|-\s*$/.test(s.text) && next ? ' ' + next.text.slice(0, 300) : '');
    // "Before you go, is there anything else I can help with?" offers help, not a pitch.
    // "Before you cancel…" cut short: the pitch is what the dots stand for.
    if (/^\s*(?:…|\.{3})\s*$/.test(reply.text.slice(hit.end, s.end))) return true;
    return PITCH.test(window.slice(hit.text.search(/\s/))) && !/^before\s+\w+\s+\w+,?\s+(?:is\s+there\s+anything|can\s+I\s+help|here'?s|I've)/i.test(reply.text.slice(hit.start, s.end));
  }),
};

const PITCHES: Entry[] = [
  { name: 'have-you-considered', triggers: ['considered', 'thought', 'looked', 'tried', 'seen', 'heard'], regex: String.raw`have\s+you\s+(?:considered|thought\s+about|looked\s+at|tried|seen|heard\s+about)\s+(?:our|the|a|an|switching|moving|downgrading|upgrading|pausing|changing)` },
  { name: 'would-you-like-to-pause', triggers: ['would'], regex: String.raw`would\s+you\s+(?:like\s+to\s+|consider\s+|prefer\s+to\s+|rather\s+)(?:try(?:ing)?\s+|consider\s+)?(?:paus\w+|downgrad\w+|switch\w*|mov(?:e|ing)\s+to|stay\w*|keep\w*\s+(?:your|the)\s+(?:plan|subscription|account|membership)|hear\s+about|try(?:ing)?\s+(?:our|the|a)|upgrad\w+|a\s+(?:discount|free|cheaper))` },
  { name: 'would-you-like-a-free', triggers: ['would'], regex: String.raw`would\s+you\s+like\s+(?:a|an|some|another)\s+(?:free|discount(?:ed)?|cheaper|special|complimentary|bonus)` },
  { name: 'we-have-plans', triggers: ['have', 'offer', 'present', 'read', 'tell', 'mention'], regex: tight(String.raw`(?:we|I)\s+(?:also\s+|can\s+also\s+|could\s+also\s+)?(?:have|offer|can\s+offer|could\s+offer|'d\s+(?:like|love)\s+to\s+(?:offer|present)|would\s+(?:like|love)\s+to\s+(?:offer|present)|(?:have|need)\s+to\s+(?:read|offer|tell|mention)(?:\s+you)?)\s+(?:you\s+)?(?:a|an|some|other|another|cheaper|lower|special|several|our|the|this|great|two|three)\s+(?:[\w-]{1,24}\s+){0,4}?(?:plans?|tariffs?|packages?|deals?|offers?|options?|discounts?|tiers?|bundles?|rates?|alternatives?)`) },
  { name: 'loyalty-offer', triggers: ['loyalty', 'retention', 'special', 'instead', 'rather', 'suit', 'suits', 'fit', 'fits', 'meet', 'meets', 'stay', 'remain'], regex: String.raw`loyalty\s+(?:offer|deal|discount|bonus|line|team)|retention\s+(?:offer|deal|team|department|specialist|line)|special\s+offer\s+to\s+stay|(?:instead\s+of|rather\s+than)\s+(?:cancell?ing|closing|leaving|ending|terminating|going|unsubscribing|switching)|might\s+suit\s+you\s+better|(?:suit|fit|meet)s?\s+your\s+needs\s+better|if\s+you\s+(?:stay|decide\s+to\s+stay|remain\s+with\s+us)|stay\s+(?:with\s+us\s+)?for\s+(?:another|a\s+further)` },
  // "Can I offer you 50% off?", "Can we tempt you with a discount to stay?", "We'll give you a free month if ..."
  { name: 'tempt-you', triggers: ['tempt', 'interest', 'persuade', 'convince', 'entice'], regex: String.raw`(?:(?:can|could|may|might|shall)\s+(?:I|we)|(?:I|we)(?:'d|\s+would|'ll|\s+will|\s+can|\s+could)(?:\s+(?:like|love)\s+to)?)\s+(?:tempt|interest|persuade|convince|entice)\s+you` },
  { name: 'offer-you-off', triggers: ['offer', 'give', 'knock', 'take'], regex: tight(String.raw`(?:(?:can|could|may|might|shall)\s+(?:I|we)|(?:I|we)(?:'d|\s+would|'ll|\s+will|\s+can|\s+could)(?:\s+(?:like|love)\s+to)?)\s+(?:offer|give|knock|take)\s+(?:you\s+)?[^.!?]{0,40}?(?:free|discount\w*|%|half[-\s]price|cheaper|reduced|lower\s+(?:price|rate|bill)|off\s+(?:your|the)|special\s+(?:offer|rate|price)|loyalty|bonus|deal)`) },
  { name: 'how-about', triggers: ['about', 'not'], regex: String.raw`(?:how|what)\s+about\s+(?:a|an|our|the|trying|switching|moving|pausing|downgrading|keeping|staying|\d+\s*%|\d+\s+(?:free\s+)?months?|half[-\s]price|free)|why\s+not\s+(?:try|switch|move|pause|downgrade|keep|stay|take|give)` },
].map((e): Entry => ({ ...e, messageId: 'retention-pitch', toSentenceEnd: true, keep: gated((hit, reply) => notUpsellOnly(hit, reply) && routesToRetention(hit)) }));

/** A retention team named is pressure when the customer is sent to it or it will work on them, not when it just confirms. */
function routesToRetention(hit: Hit): boolean {
  if (!/^retention\s+(?:team|department|specialist|line)/i.test(hit.text)) return true;
  const s = hit.sentence.text;
  return /\b(?:transfer\w*|pass\w*|put\w*\s+you|connect\w*|speak\w*|talk\w*|call\w*|ring\w*|phon\w*|contact\w*|be\s+in\s+touch|discuss\w*|reach\w*\s+out|arrang\w*|book\w*|offer\w*|go\s+through|review\w*)\b/i.test(s) && !/\b(?:has|have)\s+been\s+(?:cancell?ed|closed|ended)|\bis\s+(?:cancell?ed|closed)\b/i.test(s);
}

// A loss tied to leaving: "Cancelling means you will lose your points", "Once you cancel, your balance will disappear",
// "cancelling your account will forfeit your credit", "Unsubscribing means missing out on member deals".
const LEAVE_CONDITION = new RegExp(
  String.raw`\b(?:if|once|when|after|should|the\s+moment)\s+you\s+(?:\w+\s+){0,2}?(?:cancel|unsubscribe|terminate|quit|(?:leave|close|end|switch|go\s+ahead)${LEAVE_OBJECT})` +
    String.raw`|\b(?:cancell?ing|unsubscribing|terminating|quitting|cancell?ation|(?:leaving|closing|ending|switching)${LEAVE_OBJECT})\b[^.!?]{0,50}?\b(?:means?|meant|will|would|'ll|results?\s+in|leads?\s+to)\b`,
  'i',
);
const LOSS_WORD = new RegExp(String.raw`\b(?:lose|loses|losing|forfeit\w*|miss(?:ing)?\s+out|giv(?:e|ing)\s+up|disappear\w*|vanish\w*|be\s+(?:lost|gone|void(?:ed)?)|(?:is|are)\s+(?:lost|forfeited))\b|` +
  // deletion is only pressure when it is total or final: "all your files will be deleted", "erased for good"
  String.raw`\ball\s+(?:of\s+)?your\b[^.!?]{0,40}?\b(?:will|would)\s+be\s+(?:permanently\s+)?(?:deleted|erased|wiped|removed)\b|\b(?:deleted|erased|wiped|removed)\s+(?:permanently|forever|for\s+good|straight\s+away|immediately)\b|\bpermanently\s+(?:deleted|erased|wiped|removed)\b`
  // rewards taken away: "cancelling will delete your points", "closing the account voids your credit"
  + String.raw`|\b(?:delete|deletes|wipe|wipes|erase|erases|remove|removes|void|voids|reset|resets|cancel|cancels)\s+(?:all\s+(?:of\s+)?)?your\s+(?:[\w-]+\s+)?(?:rewards?|points|credits?|balance|discounts?|perks|benefits|miles|vouchers?|loyalty\s+\w+)\b`, 'i');
const NO_LOSS = /\b(?:won't|will\s+not|wouldn't|would\s+not|don't|do\s+not|doesn't|does\s+not|never|not|nothing|no)\s+(?:\w+\s+){0,2}$/i;

// Extra steps: a barrier (phone, post, branch, written notice, expiring link) that the customer is required to use.
const BARRIER = /\b(?:written\s+(?:request|notice|letter|confirmation|instruction|consent)|in\s+writing|signed\s+(?:letter|form|request|notice|copy|by)|(?:by|via)\s+(?:post|letter|fax|recorded\s+(?:post|delivery)|registered\s+(?:post|mail))|recorded\s+(?:post|delivery)|registered\s+(?:post|mail)|fax|in\s+person|(?:visit|come\s+(?:in)?to|go\s+to|attend|pop\s+into)\s+(?:a|one\s+of\s+our|your\s+(?:local|nearest)|our|the)\s+(?:\w+\s+)?(?:branch(?:es)?|stores?|shops?|offices?)|in\s+(?:a\s+)?branch|forms?\s+of\s+(?:ID|identification)|(?:copy|photo|scan)\s+of\s+(?:your\s+)?(?:photo\s+)?(?:ID|identification|passport|driving\s+licen[cs]e)|proof\s+of\s+(?:ID|identity|address)|notari[sz]ed|(?:call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|telephon(?:e|ing)|speak(?:ing)?\s+(?:to|with)|talk(?:ing)?\s+(?:to|with))\s+(?:us|our|my|the|one\s+of|an?\s+(?:\w+\s+)?(?:advis[eo]r|agent|representative|rep|colleague|member\s+of))|over\s+the\s+phone|by\s+(?:phone|telephone|calling|phoning|ringing|telephoning|writing\s+to|post|letter|visiting)|(?:call|phone|ring|telephone)\s+(?:us\s+)?(?:on\s+|at\s+)?\+?\d+|fill\s+(?:in|out)\s+(?:\w+\s+){0,2}form|post\s+(?:it|them|this|the\s+form)|send\s+(?:us\s+|in\s+)?(?:a\s+)?(?:signed\s+|written\s+|formal\s+|cancell?ation\s+)?(?:letter|notice|form)|head\s+office|\d+\s+days'?\s+(?:written\s+)?notice|notice\s+period|must\s+be\s+(?:opened|confirmed|completed|received|returned|clicked)\s+within|(?:will|'ll)\s+expire|(?:can't|cannot|not)\s+be\s+accepted|can(?:'t|not)\s+(?:close|cancel|end|process|accept)\s+(?:\w+\s+){0,2}?(?:online|by\s+email|over\s+the\s+phone|here|in\s+(?:the\s+)?(?:app|chat)))\b/i;
const OBLIGATION = /\b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|required|requires?|can\s+only|could\s+only|only\s+(?:be|by|via|accept|accepted|possible|processed|handled|done|made)|cannot|can't|please\s+(?:call|phone|ring|visit|send|write|contact|post|put|submit|make|speak|talk)|to\s+(?:cancel|close|end|terminate|unsubscribe|leave|finish|complete|process)|in\s+order\s+to|we\s+(?:need|require)|you'll\s+need|you\s+will\s+need|(?:will|'ll)\s+expire|not\s+(?:be\s+)?accepted)\b/i;


// "You will lose all your data and rewards", "you'd be leaving behind ...".
const LOSS: Entry = {
  name: 'you-will-lose', messageId: 'loss-threat', triggers: ['lose', 'forfeit', 'miss', 'giving', 'give', 'leaving', 'missing', 'losing'], toSentenceEnd: true,
  regex: String.raw`you(?:'ll|\s+will|'d|\s+would|\s+are\s+going\s+to|'re\s+going\s+to|\s+may|\s+might|\s+could)?\s+(?:also\s+|immediately\s+|permanently\s+)?(?:lose|forfeit|miss\s+out\s+on|be\s+giving\s+up|give\s+up)|what\s+you(?:'d|\s+would|'ll|\s+will)\s+be\s+(?:leaving\s+behind|missing|giving\s+up|losing)`,
  keep: gated((hit, reply) => {
    const head = reply.text.slice(hit.sentence.start, hit.start);
    return !/\b(?:won't|will\s+not|wouldn't|don't|do\s+not|never|not)\s*$/i.test(head) && !/^you\s+(?:won't|will\s+not)/i.test(hit.text);
  }),
};
// "all your points will be forfeited", "your rewards will be lost".
const LOSS_PASSIVE: Entry = {
  name: 'will-be-lost', messageId: 'loss-threat', triggers: ['forfeited', 'lost', 'wiped', 'gone'], toSentenceEnd: true,
  regex: String.raw`(?:all\s+(?:of\s+)?)?(?:your|the)\s+(?:[\w-]{1,24}\s+){0,4}?(?:will|would)\s+be\s+(?:permanently\s+|immediately\s+)?(?:forfeited|lost|wiped|gone\s+for\s+good|gone\s+forever)`,
  keep: gated(),
};
// A loss tied to leaving, anywhere in the sentence: "Cancelling means you will lose your points".
const LEAVE_LOSS: Entry = {
  name: 'leaving-means-loss', messageId: 'loss-threat', triggers: ['cancel*', 'unsubscrib*', 'terminat*', 'quit*', 'leav*', 'clos*', 'end*', 'switch*', 'go'],
  *find(reply) {
    if (!aboutLeaving(reply)) return;
    for (const s of reply.sentences) {
      const cond = LEAVE_CONDITION.exec(s.text);
      if (!cond) continue;
      const loss = LOSS_WORD.exec(s.text);
      if (!loss || NO_LOSS.test(s.text.slice(0, loss.index))) continue;
      // "If you cancel your booking, you'll lose the deposit" is about a booking, not leaving.
      if (NOT_LEAVING_ANYWHERE.test(s.text.slice(cond.index, cond.index + cond[0].length + 30))) continue;
      yield { start: s.start + Math.min(cond.index, loss.index), end: sentenceEnd(reply, s, s.start) };
    }
  },
};

// Hoops: a barrier (phone, visit, post, written notice, ID, expiring link) the customer is required to use.
// Calling or visiting to cancel is its own message; the rest are extra steps.
const CALL_BARRIER = /\b(?:(?:call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|telephon(?:e|ing)|speak(?:ing)?\s+(?:to|with)|talk(?:ing)?\s+(?:to|with))\s+(?:us|our|my|the|one\s+of|an?\s+(?:\w+\s+)?(?:advis[eo]r|agent|representative|rep|colleague|member\s+of))|by\s+(?:phone|telephone|calling|phoning|ringing|telephoning|visiting)|(?:call|phone|ring|telephone)\s+(?:us\s+)?(?:on\s+|at\s+)?\+?\d+|(?:visit|come\s+(?:in)?to|go\s+to|attend|pop\s+into)\s+(?:a|one\s+of\s+our|your\s+(?:local|nearest)|our|the)\s+(?:\w+\s+)?(?:branch(?:es)?|stores?|shops?|offices?)|in\s+person|in\s+(?:a\s+)?branch|over\s+the\s+phone)\b/i;
const CANT_BY_CALL = /\b(?:can't|cannot|can\s+not|don't|do\s+not|won't|unable\s+to|not\s+able\s+to|no\s+need\s+to)\b[^.!?]{0,40}?\b(?:over\s+the\s+phone|by\s+phone|in\s+person|in\s+(?:a\s+)?branch|call|phone|visit)\b/i;
const HOOPS: Entry = {
  name: 'hoops', messageId: 'extra-steps',
  triggers: ['written', 'writing', 'signed', 'post', 'letter', 'fax', 'recorded', 'registered', 'person', 'visit*', 'come', 'go', 'attend', 'pop', 'branch', 'id', 'identification', 'proof', 'notarised', 'notarized', 'call*', 'phon*', 'ring*', 'telephon*', 'speak*', 'talk*', 'phone', 'head', 'notice', 'expire', 'accepted', 'online', 'fill', 'form', '#digit'],
  *find(reply) {
    if (!aboutLeaving(reply)) return;
    for (const s of reply.sentences) {
      if (BARRIER.test(s.text) && OBLIGATION.test(s.text) && !/\b(?:don't|do\s+not|won't|no)\s+need\s+to\b|\bno\s+(?:need|letter|call|form)\b/i.test(s.text)) {
        yield { start: s.start, end: sentenceEnd(reply, s, s.start) };
      }
    }
  },
};
/** The call-to-cancel message when the sentence asks the customer to phone or visit (and not only says we can't by phone). */
function hoopKind(s: Sentence): Id {
  const text = s.text.replace(CANT_BY_CALL, ' ');
  return CALL_BARRIER.test(text) ? 'call-to-cancel' : 'extra-steps';
}

// --- confirmshaming (any text) -------------------------------------------------------------------------------

// What anyone wants: saying no to it insults the customer.
const BENEFIT = String.raw`(?:(?:a|an|the|any|my|more|some|these|this|those|your|our)\s+)?(?:(?:better|bigger|great|lower|cheaper|special|huge)\s+)?(?:sav(?:e|ing)(?:\s+(?:money|time|\d+%|more|on\s+\w+))?|savings|discounts?|deals?|bargains?|free\s+\w+|rewards?|perks|benefits|bonus(?:es)?|(?:grow|improv|boost)(?:e|ing)?\s+(?:my|our)\s+\w+|grow(?:ing)?|improv(?:e|ing)|succeed(?:ing)?|success|learn(?:ing)?\s+\w+|win(?:ning)?|earn(?:ing)?\s+(?:more|money|rewards|points)|(?:be|stay|get|feel|look)\s+(?:healthy|healthier|fit|fitter|happy|happier|smarter|safer|secure|organi[sz]ed|productive|informed|better|rich|richer)|(?:my|our)\s+(?:health|business|future|family|safety|security|skin|money|savings|career|customers|wellbeing|well-being|pets?|dog|cat|kids|children|garden|home)|health|security|protection|protect(?:ing)?\s+(?:my|our)\s+\w+|luck|the\s+(?:best|latest)\s+(?:deals|offers|prices|news|tips)|(?:expert\s+)?tips|exclusive\s+\w+|more\s+(?:sales|customers|money|followers|traffic|clients|leads|time|sleep))`;
// What nobody wants: choosing it is the insult.
const BAD_CHOICE = String.raw`(?:pay(?:ing)?\s+(?:more|full\s+price|extra|too\s+much|double|the\s+full\s+price|over\s+the\s+odds)|overpay(?:ing)?|(?:stay|staying|remain|remaining|be|being|keep\s+being|go\s+on\s+being)\s+(?:clueless|uninformed|in\s+the\s+dark|behind|limited|broke|poor|bored|stuck|unprotected|unhealthy|out\s+of\s+the\s+loop|unsafe|ignorant|average|mediocre|slow|disorgani[sz]ed|tired|stressed|unfit|lonely|a\s+beginner|small|invisible|confused)|miss(?:ing)?\s+out|los(?:e|ing)\s+(?:money|customers|out|sales)|wast(?:e|ing)\s+(?:my\s+)?(?:money|time)|(?:do|doing)\s+(?:it|things)\s+the\s+hard\s+way|(?:fall|falling)\s+behind|(?:spend|spending)\s+more|struggl(?:e|ing)|fail(?:ing)?|(?:hate|hating)\s+(?:saving|money|deals|discounts|free\s+\w+))`;
const DECLINE = String.raw`(?:(?:no|nah|nope)(?:\s+thanks|\s+thank\s+you|\s+way)?\s*[,.!]*\s*)?`;
const CONFIRMSHAMING: Entry[] = [
  {
    // "No thanks, I enjoy paying more", "I'd rather stay clueless", "No, I prefer to pay full price".
    name: 'prefer-the-bad', triggers: ['rather', 'prefer', 'like', 'love', 'enjoy', 'want', 'happy', 'keep', 'stay', 'continue', 'stick'],
    regex: tight(String.raw`${DECLINE}(?:I|we)(?:(?:'d|\s+would)?\s+(?:rather|prefer(?:\s+to)?|like(?:\s+to)?|love(?:\s+to)?|enjoy|want\s+to)|(?:'m|\s+am|'re|\s+are)\s+(?:happy|glad|fine)\s+to|(?:'ll|\s+will)\s+(?:just\s+)?(?:keep|stay|continue|stick\s+to|go\s+on))\s+(?:to\s+)?(?:(?:keep|continue|go\s+on)\s+)?${BAD_CHOICE}`),
  },
  {
    // "I don't want to save money", "No, I don't want to grow my business", "I don't care about my health".
    name: 'dont-want-the-good', triggers: ['want', 'need', 'like', 'care', 'wish', 'interested', 'hate'],
    regex: tight(String.raw`${DECLINE}(?:I|we)(?:\s+(?:don't|do\s+not|dont|never)\s+(?:want|need|like|care\s+(?:about|for)|wish)|(?:'m|\s+am)\s+not\s+interested\s+in|\s+hate)\s+(?:to\s+)?${BENEFIT}`),
  },
  {
    // "I'll pass on free shipping, I guess", "I'll miss out on the savings".
    name: 'pass-on-the-good', triggers: ['pass', 'skip', 'miss', 'give', 'forgo', 'say', 'turn'],
    regex: tight(String.raw`${DECLINE}(?:I|we)(?:'ll|\s+will)\s+(?:just\s+)?(?:pass\s+on|skip|miss\s+out\s+on|give\s+up|forgo|say\s+no\s+to|turn\s+down|pass\s+up)\s+${BENEFIT}|(?:I|we)(?:'ll|\s+will)\s+(?:just\s+)?miss\s+out(?=\s*[.!,…]|$)`),
  },
  {
    // "No, I won't test my luck today", "Nope, I'm not feeling lucky".
    name: 'not-feeling-lucky', triggers: ['luck', 'lucky'],
    regex: String.raw`(?:no|nah|nope)(?:\s+thanks)?\s*[,.!]*\s*(?:I|we)(?:\s+(?:won't|will\s+not|don't|do\s+not|am\s+not)|'m\s+not)\s+(?:(?:test|try|push|chance)\s+my\s+luck|feel(?:ing)?\s+lucky)`,
  },
].map((e): Entry => ({ ...e, messageId: 'confirmshaming', keep: (hit) => !/\b(?:you|your)\s+(?:said|told|wrote|mentioned)\b/i.test(hit.sentence.text) }));

/** "Are you sure the parcel was ...?" is not about leaving; the question must be about cancelling or going ahead. */
function aboutLeavingHere(hit: Hit, reply: Reply): boolean {
  const tail = reply.text.slice(hit.start, hit.sentence.end).trim();
  const bare = /^(?:are|were)\s+you\s+(?:\w+\s+)?(?:sure|certain)(?:\s+about\s+(?:this|that|it|cancell?ing|leaving|closing))?\s*[?.!]*$/i.test(tail);
  const leaving = /\b(?:cancel\w*|leav(?:e|ing)|go(?:ing)?\s+ahead|go|clos(?:e|ing)|end(?:ing)?|quit\w*|unsubscrib\w*|switch\w*|proceed|reconsider|think\s+(?:again|it\s+over)|stay(?:ing)?|change\s+your\s+mind|keep\s+you|win\s+you\s+back|persuade)\b/i.test(tail);
  if (!bare && !leaving) return false;
  const object = /\b(?:cancel|close|end)\w*\s+(.*)$/i.exec(tail);
  return !(object && NOT_LEAVING.test(object[1]!));
}

/** A plan pitch in a reply about leaving is retention, unless the customer is clearly upgrading. */
function notUpsellOnly(hit: Hit, reply: Reply): boolean {
  return !/\b(?:upgrade|add|switch\s+to\s+annual)\b/i.test(reply.text.slice(hit.sentence.start, hit.start)) || /\bcancel|clos|leav/i.test(hit.sentence.text);
}


const MESSAGES: Record<Id, string> = {
  'are-you-sure': 'This questions the customer\'s decision to leave ("{{text}}"). Just confirm and do it.',
  'retention-pitch': 'This pushes a retention offer at a customer who asked to leave ("{{text}}"). Cancel first; mention options only if they ask.',
  'loss-threat': 'This uses what the customer will lose as pressure to stay ("{{text}}"). State what happens to their data plainly, or not at all.',
  'call-to-cancel': 'This makes the customer phone or visit to cancel ("{{text}}"). Cancel it for them here, in this conversation.',
  'extra-steps': 'This adds hoops to cancelling ("{{text}}"). Make leaving as easy as joining: do it for them, here.',
  confirmshaming: 'This makes saying no insult the customer ("{{text}}"). Write the decline plainly: "No thanks".',
};
const ADVICE: Record<Id, string> = {
  'are-you-sure': 'Confirm instead: "Done: I\'ve cancelled your subscription, and you won\'t be charged again."',
  'retention-pitch': 'Cancel it now and leave the door open: "If you ever want to come back, just reply here."',
  'loss-threat': 'Say helpfully what they can keep: "You can download your data until <date>; here\'s how."',
  'call-to-cancel': 'Do it in this conversation: "I\'ve cancelled it for you; there\'s no need to call."',
  'extra-steps': 'Do it in this conversation: "I\'ve closed the account for you; no letter or call needed."',
  confirmshaming: 'Offer a neutral choice: "No thanks" / "Not now".',
};

// Every reading looks at most WINDOW characters from the phrase.
const TABLE: Entry[] = [ARE_YOU_SURE, BEFORE, ...PITCHES, LOSS, LOSS_PASSIVE, LEAVE_LOSS, HOOPS, ...CONFIRMSHAMING];
for (const e of TABLE) if (e.keep) e.keep = windowed(e.keep);

export default definePhraseRule({
  meta: {
    id: 'cancellation-friction',
    description: 'Makes it hard to leave: call-to-cancel, "are you sure?", retention pressure, loss threats, extra steps; confirmshaming anywhere',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    messages: MESSAGES,
    docs: {
      why:
        'When a customer has decided to cancel, every hurdle (call us, write to us, are you sure, here is an offer, ' +
        'you will lose everything) turns a neutral goodbye into a bad last memory and a complaint. Cancel for them ' +
        'straight away, in the same channel, and leave the door open. These apply to replies about leaving a ' +
        'service; cancelling an appointment or order is not leaving. Confirmshaming ("No thanks, I enjoy paying ' +
        'more") is flagged in any text: a decline that insults whoever clicks it.',
      seeds: ['003 Know when to stop'],
    },
    examples: {
      bad: [
        'I see you want to cancel your plan. To cancel, please call our retention team.',
        'Are you sure you want to cancel?',
        'I can close your account today. Before you go, have you considered our premium plan?',
        'If you cancel your subscription, you will lose all your data and rewards.',
        'In order to cancel you must submit a written request.',
        'Sorry to hear you’d like to close your account. Are you really sure about this?',
        'To end your contract, you’ll need to send us a signed letter by post.',
        'We can’t cancel subscriptions over the phone, so please visit one of our branches.',
        'I can unsubscribe you, but would you like to try pausing your deliveries instead?',
        'Before I process the cancellation, I have to tell you about our loyalty offer.',
        'You’ll forfeit your loyalty points if you close the account.',
        'If you switch provider now, you’ll lose your free upgrade.',
        'We also have a cheaper plan that might suit you better than cancelling.',
        'Account closures must be requested in writing with two forms of ID.',
        'Thanks for your request to cancel your membership. Is there anything we can do to change your mind?',
        'Before you leave, can I offer you 50% off?',
        'Cancelling means you will lose your points.',
        'Once you cancel, your rewards balance will disappear.',
        'You can only cancel by speaking to an advisor.',
        'Rather than cancelling, how about a cheaper package?',
        // catalog 2: call-to-cancel, whatever the team is called
        'To cancel your plan, you’ll need to phone our accounts team on 0800 000 000.',
        'Memberships can only be cancelled in person at your home club.',
        // catalog 2: confirmshaming, in any text
        'No thanks, I enjoy paying more.',
        'No, I don’t want to grow my business.',
        'I’ll pass on free shipping, I guess.',
        'Nah, I’d rather stay uninformed.',
        'No thanks, I don’t care about my savings.',
        'I’m not interested in saving money.',
      ],
      good: [
        "Done: I've cancelled your subscription, and you won't be charged again.",
        'Your account is closed. If you ever want to come back, your settings are saved for 90 days.',
        'I’ve cancelled your appointment on Friday; are you sure you don’t want to rebook?',
        'Your booking is cancelled. Before you go, is there anything else I can help with?',
        'I’ve closed your account today. Before you go, here’s how to download your invoices.',
        'I’ve ended the contract with no fee, and I’ll send you a full export of your reports.',
        'Your membership is cancelled, and your last payment was on 1 May.',
        'Are you sure the parcel was left at the wrong address? I’ll check with the driver.',
        'You can cancel your order any time before it ships; just reply here.',
        'If you’d like to upgrade your plan, have you considered the annual option?',
        'Your subscription has been cancelled. You won’t lose the reports you saved; they stay in your inbox.',
        'I’ve cancelled the subscription. If you have any questions, you can call us on 0800 123 456.',
        'If you cancel your booking, you’ll lose the deposit.',
        'The cancellation fee is £10 and you can pay online.',
        // catalog 2 near-misses
        'No thanks needed, I was happy to help.',
        'I don’t want you to miss out, so I’ve applied the discount to your renewal.',
        'I’d rather refund you than leave you waiting.',
        'I don’t want to waste your time, so here is the short answer.',
        'I’ve cancelled your plan. If you ever want to come back, just reply here.',
        'To cancel, reply to this email and I’ll do it the same day.',
      ],
    },
  },
  table: TABLE,
  tableOptions: { overlaps: 'all' },
  report(hits, reply, context) {
    // Wider findings first (a whole hoop sentence before the "retention team" inside it), then in reading order.
    const spans = hits.map((hit) => {
      const entry = hit.entry as unknown as Entry;
      const end = entry.toSentenceEnd ? Math.max(hit.end, sentenceEnd(reply, hit.sentence, hit.end)) : hit.end;
      const id: Id = entry.name === 'hoops' ? hoopKind(hit.sentence) : entry.messageId;
      return { start: hit.start, end, id };
    });
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (const { start, end, id } of spans) {
      // Sorted by start: a finding that starts inside the last one taken overlaps it.
      if (start < reach) continue;
      reach = end;
      context.report({ messageId: id, data: { text: reply.text.slice(start, end) }, start, end, suggestions: [{ desc: ADVICE[id] }] });
    }
  },
});
