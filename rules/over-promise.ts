// over-promise: promises nobody can keep. Four entry groups:
//   absolute-promise  a promise marker ("I promise", "I can assure you", "you have my word") whose sentence then
//                     promises something absolute (never, no more, zero, perfect, from now on, immediately ...)
//   absolute-claim    absolute claims that need no marker ("This will never happen again", "100% fixed")
//   vague-promise     a fix promised with no time and no one named ("We'll get it fixed soon", "It'll be sorted
//                     in no time")
//   other-team        a promise for another team ("Engineering will definitely add this feature")
// A specific commitment with a time ("by 5pm today") is never flagged; nor is a hedged one ("I'll do my best").
import { definePhraseRule } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit } from '../src/phrases/table.js';
import { sentenceAt } from '../src/nlp/match.js';
import type { Reply } from '../src/types.js';
import { tight } from './_phrases/word-bounds.js';

type Hit = PhraseHit;

const MARKER = /\b(?:(?:I|we)\s+(?:can\s+|could\s+|do\s+|will\s+|'ll\s+|absolutely\s+|personally\s+|solemnly\s+|can\s+absolutely\s+|can\s+personally\s+)?(?:promise|guarantee|assure|swear)\b|(?:I|we)'ll\s+(?:promise|guarantee)\b|\bpromise\s+you\b|\byou(?:'ve|\s+have)\s+(?:my|our)\s+(?:word|promise|guarantee|personal\s+guarantee)\b|\b(?:I|we)\s+give\s+you\s+(?:my|our)\s+(?:word|promise|guarantee)\b|\brest\s+assured\b|\btrust\s+(?:me|us)\b|(?<=[,;–-]\s{0,2})guaranteed(?=\s*[.!…]*\s*$)|(?:is|are|'s|be|it's)\s+(?:absolutely\s+|fully\s+)?guaranteed\b)/gi;
// What makes a promise impossible to keep.
const ABSOLUTE = /\b(?:never|ever|always|forever|for\s+good|once\s+and\s+for\s+all|no\s+more|zero|100\s?%|(?:a\s+)?hundred\s+per\s?cent|perfect(?:ly)?|flawless(?:ly)?|permanent(?:ly)?|from\s+(?:now|then|here)\s+on|whatsoever|immediately|instantly|in\s+no\s+time|right\s+away|straight\s+away|at\s+once|(?:pain|hassle|problem|trouble|issue|worry|error|fault|stress|glitch|bug|disruption)[-\s]?free|seamless(?:ly)?|no\s+(?:further\s+|more\s+)?(?:problems?|issues?|disruption|delays?|errors?|mistakes?|downtime|outages?|complaints?|hiccups?|glitches?)|nothing\s+(?:like\s+this|else)\s+will|the\s+(?:best|most|perfect|smoothest)|every\s+(?:single\s+)?time|(?:won't|will\s+not)\s+(?:happen|occur|recur|let\s+you\s+down|have\s+(?:any|another)|come\s+back|return|reappear|resurface)|(?:won't|will\s+not|won't\s+ever)\s+be\s+(?:any\s+)?(?:more|further|another)|(?:the\s+)?last\s+time\s+you(?:'ll|\s+will)?|the\s+(?:very\s+)?last\s+time(?=\s*[,.!…]|\s+(?:this|it|you|that))|you(?:'ll|\s+will)\s+(?:love\s+it|be\s+(?:so\s+|really\s+|completely\s+|totally\s+)?(?:happy|delighted|satisfied|thrilled|pleased))|(?:it|everything|things|all)(?:'ll|\s+will)\s+be\s+(?:absolutely\s+|totally\s+)?(?:fine|ok(?:ay)?|alright|all\s+right|great)|(?:won't|will\s+not|never)\s+(?:ever\s+)?(?:have|experience|see|face|get|run\s+into|encounter|suffer|deal\s+with|be\s+(?:affected|disappointed|let\s+down|inconvenienced)|happen|occur|recur|go\s+wrong|break|fail)\b[^.!?]{0,30}?\bagain|(?:completely|totally|fully|entirely|100\s?%)\s+(?:fixed|resolved|sorted|solved|gone|smooth|pain-?free|error-?free|safe\s+from|satisfied|happy|delighted))\b|100\s?%/i;
// A promise that is denied or hedged is not one: "I can't promise", "I'll do my best to make sure ...".
const NEGATED_MARKER = /(?:can't|cannot|can\s+not|won't|couldn't|don't|do\s+not|wouldn't|not\s+able\s+to|unable\s+to|never)\s+(?:\w+\s+)?$/i;
const HEDGE = /\b(?:(?:do|doing|try|trying)\s+(?:our|my)\s+(?:very\s+)?best|try(?:ing)?\s+to|aim(?:ing)?\s+to|hope|hoping|work(?:ing)?\s+(?:hard\s+)?(?:to|on)|do(?:ing)?\s+everything|every\s+effort|help\s+(?:to\s+)?(?:make|ensure|prevent|stop)|less\s+likely|reduce|minimi[sz]e|so\s+that|so\s+(?:that\s+)?(?:this|it|the\s+[\w-]+)\s+(?:won't|will\s+not|doesn't|does\s+not|can't|cannot)|as\s+long\s+as|provided\s+(?:that\s+)?|to\s+(?:prevent|stop|avoid)|in\s+place\s+to|should|hopefully|as\s+far\s+as)\b/i;

interface Check {
  triggers: string[];
  re: RegExp;
  keep?: (hit: Hit, reply: Reply) => boolean;
}
const notHedged = (hit: Hit) => !HEDGE.test(hit.sentence.text);

// Absolute claims that are promises without a marker.
const CLAIMS: Check[] = [
  // "This will never happen again", "mistakes of this kind won't happen again".
  {
    triggers: ['again', 'ever'], re: /\b(?:this|it|that|something\s+like\s+(?:this|that)|mistakes?|problems?|issues?|errors?|outages?|delays?|(?:this|that|the)\s+(?:issue|problem|mistake|error|fault|kind\s+of\s+thing|situation))\s+(?:[\w-]+\s+){0,3}?(?:will\s+never|'ll\s+never|won't\s+ever|will\s+not\s+ever|can\s+never|won't|will\s+not|is\s+never\s+going\s+to|isn't\s+going\s+to|is\s+not\s+going\s+to)(?:,?\s+ever,?)?\s+(?:ever\s+)?(?:happen|occur|recur|be\s+repeated|arise|come\s+up|reoccur)\s+(?:[\w-]+\s+){0,3}?(?:again|ever)\b/gi,
    keep: (hit) => /never|ever/i.test(hit.text) || notHedged(hit),
  },
  // "We'll make sure this never happens again."
  {
    triggers: ['again', 'ever'], re: /\b(?:I'll|we'll|I\s+will|we\s+will|I'm\s+going\s+to|we're\s+going\s+to|I\s+am\s+going\s+to|we\s+are\s+going\s+to)\s+(?:personally\s+)?(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?[\w\s'-]{1,40}?\s+(?:never|won't|will\s+not)\s+(?:ever\s+)?(?:happens?|occurs?|recurs?|arises?|be\s+repeated)\s+(?:[\w-]+\s+){0,3}?(?:again|ever)\b/gi,
    keep: notHedged,
  },
  // "I'll make sure it's perfect", "we'll ensure everything is flawless": perfection promised.
  { triggers: ['perfect', 'flawless', 'spotless', 'faultless'], re: /\b(?:I'll|we'll|I\s+will|we\s+will)\s+(?:personally\s+)?(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:it's|it\s+is|it\s+will\s+be|it'll\s+be|everything(?:'s|\s+is|\s+will\s+be|'ll\s+be)|this\s+(?:is|will\s+be)|(?:your|the)\s+[\w-]{1,24}\s+(?:is|will\s+be))\s+(?:absolutely\s+|completely\s+|totally\s+)?(?:perfect|flawless|spotless|faultless)\b/gi, keep: notHedged },
  // "Zero issues from now on", "no more delays going forward".
  { triggers: ['zero', 'more', 'further'], re: /\b(?:zero|no\s+more|no\s+further)\s+(?:[\w-]+\s+)?(?:problems?|issues?|delays?|outages?|errors?|glitch(?:es)?|faults?|mistakes?|downtime|hiccups?)\s*,?\s+(?:from\s+(?:now|here)\s+on|going\s+forward|ever\s+again|again|forever)\b/gi, keep: notHedged },
  // "on time, every time", "perfect every time".
  { triggers: ['every'], re: /\b(?:on\s+time|perfect(?:ly)?|right|flawless(?:ly)?|smooth(?:ly)?),?\s+every\s+(?:single\s+)?time\b/gi, keep: notHedged },
  // "you'll never have a problem with an order again", "you won't ever experience this again".
  { triggers: ['never'], re: /\byou(?:'ll|\s+will)\s+never\s+(?:again\s+)?(?:have|experience|see|face|run\s+into|get|need\s+to\s+worry|worry|be\s+(?:affected|disappointed|let\s+down|inconvenienced))\b/gi, keep: notHedged },
  { triggers: ['ever'], re: /\byou\s+(?:won't|will\s+not)\s+ever\s+(?:have|experience|see|face|run\s+into|get)\b/gi, keep: notHedged },
  // "there will be no more outages, ever", "zero downtime from now on".
  { triggers: ['more', 'further', 'zero', 'never'], re: /\b(?:there\s+will\s+be|there'll\s+be|you(?:'ll|\s+will)\s+(?:have|see|get|experience))\s+(?:no\s+more|no\s+further|zero|never\s+any)\s+[\w\s-]{1,40}?\s*,?\s*(?:again|ever|from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future)\b/gi },
  { triggers: ['now', 'then', 'here', 'forward', 'forever'], re: /\b(?:will\s+be|\w+'ll\s+be)\s+(?:perfect|flawless|seamless|problem-?free|trouble-?free|error-?free|pain-?free|fine|plain\s+sailing|smooth\s+sailing)\s+(?:from\s+(?:now|then|here)\s+on|going\s+forward|forever)\b/gi },
  // "It's guaranteed not to break again", "they're guaranteed never to fail again".
  { triggers: ['guaranteed'], re: /\b(?:is|'s|are|'re|will\s+be)\s+guaranteed\s+(?:never\s+to|not\s+to|to\s+never|to\s+not)\s+(?:\w+\s+){1,3}?(?:again|ever)\b/gi, keep: notHedged },
  // "100% fixed", "permanently fixed", "fixed for good".
  { triggers: ['#digit', 'hundred'], re: /\b(?:100\s?%|(?:a\s+)?hundred\s+per\s?cent)\s+(?:fixed|resolved|sorted|solved|working|guaranteed|reliable|certain|sure)\b/gi },
  { triggers: ['permanently', 'good', 'forever', 'once'], re: /\bpermanently\s+(?:fixed|resolved|solved|sorted|repaired|cured|gone|eliminated|removed\s+the\s+(?:issue|problem|fault))\b|\b(?:fixed|resolved|solved|sorted|repaired|cured|gone|eliminated|eradicated)\s+(?:(?:it|this|that|them|the\s+\w+(?:\s+\w+)?|your\s+\w+(?:\s+\w+)?)\s+)?(?:permanently|for\s+good|forever|once\s+and\s+for\s+all)\b/gi },
  // "It will never break again", "your bill will never be wrong again", "nothing like this will ever happen again".
  { triggers: ['again'], re: /\b(?:will|\w+'ll)\s+never(?:,?\s+ever,?)?\s+(?:\w+\s+){1,3}?again\b/gi, keep: notHedged },
  { triggers: ['ever'], re: /\b(?:nothing|no\s+(?:\w+\s+)?(?:problem|issue|mistake|error|fault|delay|outage)s?)\b[^.!?]{0,30}?\b(?:will|'ll)\s+ever\s+(?:happen|occur|recur|go\s+wrong|come\s+up|be\s+\w+)\b/gi, keep: notHedged },
  // "This problem will not come back", "the fault won't return".
  {
    triggers: ['come', 'return', 'recur', 'reoccur', 'reappear', 'resurface', 'again'], re: /\b(?:this|it|that|(?:the|this|that|your)\s+(?:issue|problem|fault|error|bug|glitch|outage|delay|leak|noise|mistake|crash(?:ing)?)s?)\s+(?:will\s+not|won't|will\s+never|'ll\s+never|is\s+not\s+going\s+to|isn't\s+going\s+to)\s+(?:ever\s+)?(?:come\s+back|return|recur|reoccur|reappear|resurface|happen\s+again|occur\s+again)\b/gi,
    keep: notHedged,
  },
  // "You won't have any further issues", "there won't be any more delays", "there will never be another outage".
  { triggers: ['more', 'further', 'other', 'another', 'same'], re: /\b(?:you(?:'ll|\s+will)?\s+(?:won't|will\s+not|never)|you\s+(?:won't|will\s+not))\s+(?:ever\s+)?(?:have|experience|see|face|run\s+into|get|encounter|suffer)\s+(?:any\s+)?(?:more|further|other|another|the\s+same)\s+(?:\w+\s+)?(?:problems?|issues?|trouble|delays?|faults?|errors?|outages?|disruptions?|hiccups?|glitches?|complaints?|mistakes?)\b/gi, keep: notHedged },
  { triggers: ['more', 'further', 'another', 'repeat'], re: /\bthere\s+(?:won't|will\s+not|will\s+never|'ll\s+never)\s+(?:ever\s+)?be\s+(?:(?:any\s+(?:more|further)|another|no\s+more)\s+(?:\w+\s+)?(?:problems?|issues?|delays?|outages?|faults?|errors?|mistakes?|disruptions?|interruptions?|complaints?|glitches?|hiccups?|breakdowns?|failures?)|a\s+repeat)\b/gi, keep: notHedged },
  // "You won't have this problem again", "you'll never face the same issue again".
  { triggers: ['again'], re: /\byou(?:'ll|\s+will)?\s+(?:won't|will\s+not|never)\s+(?:ever\s+)?(?:have|experience|face|run\s+into|encounter|see|get|suffer)\s+(?:this|that|the\s+same|these|those|such\s+an?|a\s+similar|any\s+such)\s+(?:\w+\s+)?(?:problems?|issues?|faults?|errors?|trouble|delays?|outages?|glitch(?:es)?|mistakes?|experiences?)\s+again\b/gi, keep: notHedged },
  // "This is the last time you'll have to contact us.\"
  { triggers: ['last'], re: /\b(?:this\s+is|this\s+will\s+be|it's|it\s+is|it\s+will\s+be)\s+the\s+(?:very\s+)?last\s+time\s+(?:you(?:'ll|\s+will)?\s+(?:have|need|be)|this\s+(?:will\s+)?happens?)\b/gi, keep: notHedged },
  // "It will work flawlessly from now on", "everything will run smoothly going forward".
  { triggers: ['flawlessly', 'perfectly', 'seamlessly', 'smoothly', 'without'], re: /\b(?:will|\w+'ll)\s+(?:\w+\s+)?(?:work|run|be|go|perform|function|operate)\s+(?:flawlessly|perfectly|seamlessly|smoothly|without\s+(?:a\s+hitch|any\s+(?:problems?|issues?)))\s+(?:from\s+(?:now|here)\s+on|going\s+forward|forever|every\s+(?:single\s+)?time|always|for\s+good)\b/gi, keep: notHedged },
  // "completely eliminated", "eradicated for good"
  { triggers: ['eliminated', 'eradicated', 'wiped', 'stamped', 'banished'], re: /\b(?:completely|totally|fully|entirely|permanently|forever)\s+(?:eliminated|eradicated|wiped\s+out|stamped\s+out|banished)\b|\b(?:eliminated|eradicated|wiped\s+out|stamped\s+out|banished)\s+(?:completely|entirely|for\s+good|forever|permanently|once\s+and\s+for\s+all)\b/gi },
  // "It will be resolved immediately." 
  { triggers: ['immediately', 'instantly', 'time', 'away', 'once'], re: /\b(?:will|\w+'ll|is\s+going\s+to|are\s+going\s+to)\s+(?:be\s+)?(?:all\s+)?(?:resolved|fixed|sorted|solved|back\s+to\s+normal)\s+(?:immediately|instantly|in\s+no\s+time|right\s+away|straight\s+away|at\s+once)\b/gi },
];

// A promise someone denies is none: "I can't promise it won't happen again".
const DENIED = /\b(?:can't|cannot|can\s+not|don't|won't)\s+(?:promise|guarantee|say)\b/i;

// Nothing but an object and the end of the sentence after a marker: "..., I promise.", "..., I guarantee it!"
const TRAILING_MARKER_END = /^(?:\s+(?:you|it|that|this))?\s*[.!…]*\s*$/i;

/** A marker followed in its sentence by an absolute: from the marker to the end of the absolute's clause. */
function* absolutePromises(reply: Reply): Iterable<{ start: number; end: number }> {
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(reply.text))) {
    const sentence = sentenceAt(reply, m.index);
    if (!sentence) continue;
    const end = m.index + m[0].length;
    if (NEGATED_MARKER.test(reply.text.slice(sentence.start, m.index))) continue;
    const rest = reply.text.slice(end, sentence.end);
    const abs = ABSOLUTE.exec(rest);
    if (!abs) {
      // The marker as an afterthought: "It's completely fixed, I promise." The absolute comes before it.
      const head = reply.text.slice(sentence.start, m.index);
      if (TRAILING_MARKER_END.test(rest) && /[,;…-]\s*$/.test(head) && ABSOLUTE.test(head) && !HEDGE.test(head) && !DENIED.test(head)) yield { start: sentence.start, end };
      continue;
    }
    // "I'll do my best to make sure it never happens again" is hedged, not a promise.
    if (HEDGE.test(rest.slice(0, abs.index))) continue;
    const absEnd = end + abs.index + abs[0].length;
    const stop = /[,;:.!?]|\s+(?:and|but)\s/.exec(reply.text.slice(absEnd, sentence.end));
    yield { start: m.index, end: stop ? absEnd + stop.index : sentence.end };
  }
}

// An explicit time makes a promise a commitment: "by 5pm today", "on Friday", "within 24 hours".
const EXPLICIT_TIME = /\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week|weekend)|next\s+(?:week|month|\w+day)|by\s+(?:\d|noon|midday|midnight|the\s+end|end|close|\w+day|tomorrow|tonight|then)|within\s+(?:\d|an?\s|the\s+next|one|two|three|24|48)|in\s+(?:\d+|one|two|three|a\s+few|a\s+couple\s+of)\s+(?:minutes?|hours?|days?|weeks?)|on\s+(?:\w+day|the\s+\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{1,2}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|before\s+(?:\d|noon|\w+day|the\s+weekend|you\s+(?:leave|travel|fly)))\b/i;
const VAGUE_TIME = String.raw`(?:(?:very\s+|really\s+)?(?:soon|shortly)|in\s+no\s+time|in\s+(?:a\s+)?(?:jiffy|flash|bit|moment|little\s+while|short\s+while)|before\s+(?:long|you\s+know\s+it)|quickly|asap|ASAP|as\s+soon\s+as\s+(?:possible|we\s+can|I\s+can)|in\s+the\s+(?:near|very\s+near)\s+future|at\s+some\s+point|eventually|any\s+(?:time|day|minute)\s+now)`;
const FIXED = String.raw`(?:fixed|done|sorted(?:\s+out)?|resolved|solved|repaired|restored|working(?:\s+again)?|back\s+(?:up|online|to\s+normal|on|in\s+stock)|up\s+and\s+running|taken\s+care\s+of|dealt\s+with|handled|cleared\s+up|put\s+right|corrected)`;
const WHO = String.raw`(?:we|I|(?:the|our|my)\s+(?:\w+\s+)?(?:team|department)|someone|somebody|an?\s+engineer|(?:our|the)\s+engineers)`;
const WILL = String.raw`(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to|'m\s+going\s+to|\s+am\s+going\s+to|\s+shall|\s+is\s+going\s+to|'s\s+going\s+to)`;
const SURELY = String.raw`(?:(?:definitely|certainly|surely|absolutely|for\s+sure|no\s+doubt)\s+)?`;
const THE_THING = String.raw`(?:it|this|that|things|everything|them|the\s+[\w-]+(?:\s+[\w-]+)?|your\s+[\w-]+(?:\s+[\w-]+)?)`;
// Teams other than the one writing: "Engineering", "our developers", "the product team".
const OTHER_TEAM = String.raw`(?:(?:our\s+|the\s+|my\s+)?(?:engineering|dev|development|developers?|product|tech|technical|design|billing|warehouse|logistics|operations|web|app|software|games?|network|security|finance|accounts|returns|shipping|delivery)(?:\s+(?:team|department|folks|people|guys|side))?|(?:our|the|my)\s+(?:engineers|developers|devs|designers|product\s+managers?|tech\s+people))`;
const FEATURE = String.raw`(?:features?|options?|functions?|functionality|settings?|updates?|improvements?|requests?|suggestions?|versions?|fix|fixes|integrations?|support\s+for)`;

const ENTRIES: PhraseEntry[] = [
  { name: 'absolute-promise', messageId: 'absolute-promise', triggers: ['promise', 'promised', 'guarantee', 'guaranteed', 'assure', 'swear', 'word', 'assured', 'trust'], find: absolutePromises },
  ...CLAIMS.map((c, i): PhraseEntry => ({
    name: `absolute-claim-${i + 1}`,
    messageId: 'absolute-claim',
    triggers: c.triggers,
    regex: tight(c.re.source),
    keep: (hit, reply) => (!c.keep || c.keep(hit, reply)) && !DENIED.test(hit.sentence.text),
  })),
  {
    // "We'll get it fixed soon", "The team will sort it out shortly", "It'll be resolved in no time"
    name: 'vague-promise', messageId: 'vague-promise',
    triggers: ['soon', 'shortly', 'time', 'jiffy', 'flash', 'bit', 'moment', 'while', 'long', 'quickly', 'asap', 'possible', 'future', 'point', 'eventually', 'now'],
    regex: tight(String.raw`${WHO}${WILL}\s+${SURELY}(?:get|have)\s+${THE_THING}\s+(?:all\s+)?${FIXED}\s+${VAGUE_TIME}` +
      String.raw`|${WHO}${WILL}\s+${SURELY}(?:fix|sort|resolve|solve|repair|restore|sort\s+out|take\s+care\s+of|deal\s+with|handle|put\s+right)\s+${THE_THING}(?:\s+all)?(?:\s+out)?\s+(?:for\s+you\s+)?${VAGUE_TIME}` +
      String.raw`|(?:it|this|that|everything|things|the\s+[\w-]+(?:\s+[\w-]+)?|your\s+[\w-]+(?:\s+[\w-]+)?)${WILL}\s+${SURELY}be\s+(?:all\s+)?${FIXED}\s+${VAGUE_TIME}`),
    keep: (hit, reply) => !EXPLICIT_TIME.test(hit.sentence.text) && !HEDGE.test(reply.text.slice(hit.sentence.start, hit.start)) && !DENIED.test(hit.sentence.text),
  },
  {
    // "Guaranteed.", "I guarantee it!", "That's 100% guaranteed.": the guarantee as the whole answer.
    name: 'bare-guarantee', messageId: 'absolute-promise', triggers: ['guarantee', 'guaranteed'], flags: 'im',
    regex: String.raw`(?:^|(?<=[.!?:]\s{1,3}))(?:(?:and|oh|yes|yep),?\s+)?(?:(?:I|we)\s+(?:can\s+|absolutely\s+|personally\s+|100%\s+)?guarantee\s+(?:it|that|this|you\s+that|you)|(?:(?:it|that|this)(?:'s|\s+is|\s+will\s+be)\s+)?(?:absolutely\s+|fully\s+|100%\s+)?guaranteed)(?=\s*(?:[.!…]|$))`,
  },
  {
    // "It'll definitely be fixed.", "We'll certainly sort it out.", "It will be resolved for sure.": certainty, no time.
    name: 'sure-fix', messageId: 'vague-promise', triggers: ['definitely', 'certainly', 'surely', 'absolutely', 'sure', 'doubt', 'undoubtedly'],
    regex: tight(String.raw`(?:it|this|that|everything|things|the\s+[\w-]+(?:\s+[\w-]+)?|your\s+[\w-]+(?:\s+[\w-]+)?)${WILL}\s+(?:definitely|certainly|surely|absolutely|undoubtedly|for\s+sure|no\s+doubt)\s+be\s+(?:all\s+)?${FIXED}` +
      String.raw`|(?:it|this|that|everything|things|the\s+[\w-]+(?:\s+[\w-]+)?|your\s+[\w-]+(?:\s+[\w-]+)?)${WILL}\s+be\s+(?:all\s+)?${FIXED},?\s+(?:for\s+sure|definitely|no\s+doubt|without\s+(?:a|any)\s+doubt)` +
      String.raw`|${WHO}${WILL}\s+(?:definitely|certainly|surely|absolutely|undoubtedly|for\s+sure)\s+(?:(?:get|have)\s+${THE_THING}\s+(?:all\s+)?${FIXED}|(?:fix|sort|resolve|solve|repair|sort\s+out|put\s+right)\s+${THE_THING}(?:\s+out)?)`),
    keep: (hit, reply) => !EXPLICIT_TIME.test(hit.sentence.text) && !HEDGE.test(reply.text.slice(hit.sentence.start, hit.start)) && !DENIED.test(hit.sentence.text),
  },
  {
    // "We'll be adding that feature for sure", "we'll definitely bring that option back": a feature promised as certain.
    name: 'feature-promise', messageId: 'vague-promise', triggers: ['definitely', 'certainly', 'surely', 'absolutely', 'sure', 'certain', 'doubt', 'undoubtedly'],
    regex: tight(String.raw`(?:we|I|they)${WILL}\s+(?:definitely|certainly|surely|absolutely|undoubtedly|for\s+sure)\s+(?:be\s+)?(?:add|build|implement|introduc|includ|releas|launch|bring|roll)(?:e|ing)?\s+(?:back\s+|out\s+)?(?:this|that|it|the|your|a|an|these|those)\s+(?:[\w-]+\s+){0,2}?${FEATURE}` +
      String.raw`|(?:we|I|they)${WILL}\s+(?:be\s+)?(?:add|build|implement|introduc|includ|releas|launch|bring|roll)(?:e|ing)?\s+(?:back\s+|out\s+)?(?:this|that|it|the|your|a|an|these|those)\s+(?:[\w-]+\s+){0,2}?${FEATURE}(?:\s+(?:back|out|in))?,?\s+(?:for\s+sure|definitely|for\s+certain|no\s+doubt)`),
    keep: (hit) => !EXPLICIT_TIME.test(hit.sentence.text) && !DENIED.test(hit.sentence.text),
  },
  {
    // "Engineering will definitely add this feature", "I'm sure the dev team will fix it"
    name: 'other-team', messageId: 'other-team',
    triggers: ['engineering', 'dev', 'development', 'developers', 'developer', 'product', 'tech', 'technical', 'design', 'billing', 'warehouse', 'logistics', 'operations', 'web', 'app', 'software', 'game', 'games', 'network', 'security', 'finance', 'accounts', 'returns', 'shipping', 'delivery', 'engineers', 'devs', 'designers'],
    regex: tight(String.raw`${OTHER_TEAM}${WILL}\s+(?:definitely|certainly|surely|absolutely|100%|for\s+sure|undoubtedly|no\s+doubt)\s+(?:\w+\s+)?(?:add|build|implement|introduce|include|release|launch|fix|change|bring(?:\s+back)?|roll\s+out|make|update|sort|resolve|approve|refund|replace|get|have|do|deliver|ship|send)\b` +
      String.raw`|${OTHER_TEAM}${WILL}\s+(?:add|build|implement|introduce|include|release|launch|bring\s+back|roll\s+out)\s+(?:this|that|it|the|your|a|an|these|those)\s+(?:[\w-]+\s+){0,2}?${FEATURE}\b` +
      String.raw`|(?:I'm|I\s+am|we're|we\s+are)\s+(?:sure|certain|confident|positive)\s+(?:that\s+)?${OTHER_TEAM}${WILL}\s+(?:\w+\s+)?(?:add|build|implement|introduce|include|release|launch|fix|change|bring|roll|make|update|sort|resolve|approve|refund|replace|get|have|do)\b`),
    keep: (hit) => !EXPLICIT_TIME.test(hit.sentence.text) && !DENIED.test(hit.sentence.text),
  },
];

export default definePhraseRule({
  meta: {
    id: 'over-promise',
    description: 'Makes a promise nobody can keep: absolute, vague, or for another team',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      'absolute-promise': 'This promises more than anyone can guarantee. Commit to a specific action and time instead.',
      'absolute-claim': 'This promises more than anyone can guarantee. Commit to a specific action and time instead.',
      'vague-promise': 'This promises a fix with no time: say who is doing what, and by when.',
      'other-team': 'This promises what another team will do: say what you have asked them for, and when you will update the customer.',
    },
    docs: {
      why:
        'Under pressure it is tempting to promise that a problem is gone for good. If it comes back, the customer ' +
        'now has two problems: the fault and a broken promise. Promise what you control, with a time ("I\'ll ' +
        'call you by 5pm today"), and say what you changed, rather than guaranteeing the future. A fix promised ' +
        '"soon" with no time, or a promise for another team ("Engineering will definitely add this"), sets up ' +
        'the same broken promise.',
      seeds: ['002 2. Don\'t Make Promises You Can\'t Keep'],
    },
    examples: {
      bad: [
        'I guarantee this will never happen again.',
        'This will never happen again.',
        "I promise it's 100% fixed.",
        'You have my word it will be resolved immediately.',
        "It's permanently fixed.",
        'I promise you’ll never have a problem with us again.',
        'We can assure you that errors like this will never happen again.',
        'I can promise there will be no more outages, ever.',
        'Rest assured, there will be zero downtime from now on.',
        'I promise your next stay will be absolutely perfect.',
        'We guarantee the new system is completely error-free.',
        'This issue won’t happen again.',
        'Your internet will be flawless from now on.',
        'The bug is fixed for good.',
        'I give you my word that everything will run seamlessly.',
        'I can assure you that you will never be let down again.',
        'This issue is completely eliminated forever.',
        'It will never break again.',
        'You won’t have any further issues.',
        'We’ve fixed it permanently.',
        'This problem will not come back.',
        'I guarantee you won’t have this problem again.',
        // catalog 2: vague promises of a fix with no time, and promises for another team
        "We'll get it fixed soon.",
        'The team will sort it out shortly.',
        "It'll be resolved in no time.",
        'Engineering will definitely add this feature.',
        "I'm sure our developers will fix the app.",
        'Your account will be back to normal very soon.',
        "We're going to have this sorted in a jiffy.",
        'The product team will add that option.',
      ],
      good: [
        "I'll send the replacement by 5pm today and email you the tracking number.",
        "We've fixed the cause, and I'll check your next two orders myself.",
        'As promised, here is the summary of our call.',
        'This should never have happened, and I’m sorry.',
        'Our Price Match Guarantee covers the difference, so I’ve refunded £12.',
        'I can’t promise it will never happen again, but I’ve added a check that catches it.',
        'I promise I’ll call you back by noon tomorrow.',
        'We never share your details with anyone.',
        'We’re working to make sure this doesn’t happen again.',
        'I’ll do my best to make sure it never happens again.',
        'Your 2-year guarantee covers the repair.',
        'You won’t be charged again after today.',
        'The shop was permanently closed in May, so I’ve moved your order to the Leeds branch.',
        'I assure you we take this seriously, and the engineer is booked for Thursday.',
        'There won’t be any more charges on your card.',
        'We’ve replaced the valve so the leak won’t come back.',
        // catalog 2
        "We'll get it fixed by Friday, and I'll email you when it's done.",
        'The team will sort it out within 24 hours.',
        'I’ve asked engineering to look at the feature, and I’ll update you on Monday.',
        'We hope to have it fixed soon.',
        'It should be back up shortly.',
        'The warehouse will send it tomorrow.',
        'Engineering has added the feature to the roadmap, with no date yet.',
        'I’ll call you back shortly with the tracking number.',
      ],
    },
  },
  table: ENTRIES,
  report(hits, _reply, context) {
    const seen: Array<[number, number]> = [];
    for (const hit of hits) {
      if (seen.some(([s, e]) => hit.start < e && hit.end > s)) continue;
      seen.push([hit.start, hit.end]);
      context.report({
        messageId: hit.entry.messageId,
        data: { text: hit.text },
        start: hit.start,
        end: hit.end,
        suggestions: [{ desc: 'Promise what you control, with a time: "I\'ll check your next order myself and email you by Friday."' }],
      });
    }
  },
});
