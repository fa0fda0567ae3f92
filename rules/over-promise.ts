// over-promise: absolute promises nobody can keep ("this will never happen again", "100% fixed").
// A promise marker ("I promise", "I can assure you", "you have my word") makes the rest of its sentence a promise;
// it is flagged when that promise is absolute (never, no more, zero, perfect, from now on, immediately ...).
// A few absolute claims need no marker. A specific commitment with a time ("by 5pm today") is never flagged.
import { defineRule } from '../src/rule-api.js';
import { scan, type Hit } from '../src/nlp/match.js';
import type { Reply } from '../src/types.js';

const MARKER = /\b(?:(?:I|we)\s+(?:can\s+|could\s+|do\s+|will\s+|'ll\s+|absolutely\s+|personally\s+|solemnly\s+|can\s+absolutely\s+|can\s+personally\s+)?(?:promise|guarantee|assure|swear)\b|(?:I|we)'ll\s+(?:promise|guarantee)\b|\bpromise\s+you\b|\byou\s+have\s+(?:my|our)\s+(?:word|promise|guarantee|personal\s+guarantee)\b|\b(?:I|we)\s+give\s+you\s+(?:my|our)\s+(?:word|promise|guarantee)\b|\brest\s+assured\b|(?:is|are|'s|be|it's)\s+(?:absolutely\s+|fully\s+)?guaranteed\b)/gi;
// What makes a promise impossible to keep.
const ABSOLUTE = /\b(?:never|ever|always|forever|for\s+good|once\s+and\s+for\s+all|no\s+more|zero|100\s?%|(?:a\s+)?hundred\s+per\s?cent|perfect(?:ly)?|flawless(?:ly)?|permanent(?:ly)?|from\s+(?:now|then|here)\s+on|whatsoever|immediately|instantly|in\s+no\s+time|(?:pain|hassle|problem|trouble|issue|worry|error|fault|stress|glitch|bug|disruption)[-\s]?free|seamless(?:ly)?|no\s+(?:further\s+|more\s+)?(?:problems?|issues?|disruption|delays?|errors?|mistakes?|downtime|outages?|complaints?|hiccups?|glitches?)|nothing\s+(?:like\s+this|else)\s+will|the\s+(?:best|most|perfect|smoothest)|every\s+(?:single\s+)?time|(?:won't|will\s+not)\s+(?:happen|occur|recur|let\s+you\s+down|have\s+(?:any|another)|come\s+back|return|reappear|resurface)|(?:won't|will\s+not|won't\s+ever)\s+be\s+(?:any\s+)?(?:more|further|another)|(?:the\s+)?last\s+time\s+you(?:'ll|\s+will)?|(?:won't|will\s+not|never)\s+(?:ever\s+)?(?:have|experience|see|face|get|run\s+into|encounter|suffer|deal\s+with|be\s+(?:affected|disappointed|let\s+down|inconvenienced)|happen|occur|recur|go\s+wrong|break|fail)\b[^.!?]{0,30}?\bagain|(?:completely|totally|fully|entirely|100\s?%)\s+(?:fixed|resolved|sorted|solved|gone|smooth|pain-?free|error-?free|safe\s+from|satisfied|happy|delighted))\b|100\s?%/i;
// A promise that is denied or hedged is not one: "I can't promise", "I'll do my best to make sure ...".
const NEGATED_MARKER = /(?:can't|cannot|can\s+not|won't|couldn't|don't|do\s+not|wouldn't|not\s+able\s+to|unable\s+to|never)\s+(?:\w+\s+)?$/i;
const HEDGE = /\b(?:(?:do|doing|try|trying)\s+(?:our|my)\s+(?:very\s+)?best|try(?:ing)?\s+to|aim(?:ing)?\s+to|hope|hoping|work(?:ing)?\s+(?:hard\s+)?(?:to|on)|do(?:ing)?\s+everything|every\s+effort|help\s+(?:to\s+)?(?:make|ensure|prevent|stop)|less\s+likely|reduce|minimi[sz]e|so\s+that|so\s+(?:that\s+)?(?:this|it|the\s+[\w-]+)\s+(?:won't|will\s+not|doesn't|does\s+not|can't|cannot)|as\s+long\s+as|provided\s+(?:that\s+)?|to\s+(?:prevent|stop|avoid)|in\s+place\s+to|should|hopefully|as\s+far\s+as)\b/i;

interface Check {
  re: RegExp;
  keep?: (hit: Hit, reply: Reply) => boolean;
}
const notHedged = (hit: Hit) => !HEDGE.test(hit.sentence.text);

// Absolute claims that are promises without a marker.
const CLAIMS: Check[] = [
  // "This will never happen again", "mistakes of this kind won't happen again".
  {
    re: /\b(?:this|it|that|something\s+like\s+(?:this|that)|mistakes?|problems?|issues?|errors?|outages?|delays?|(?:this|that|the)\s+(?:issue|problem|mistake|error|fault|kind\s+of\s+thing|situation))\s+(?:[\w-]+\s+){0,3}?(?:will\s+never|'ll\s+never|won't\s+ever|will\s+not\s+ever|can\s+never|won't|will\s+not|is\s+never\s+going\s+to|isn't\s+going\s+to|is\s+not\s+going\s+to)(?:,?\s+ever,?)?\s+(?:ever\s+)?(?:happen|occur|recur|be\s+repeated|arise|come\s+up|reoccur)\s+(?:[\w-]+\s+){0,3}?(?:again|ever)\b/gi,
    keep: (hit) => /never|ever/i.test(hit.text) || notHedged(hit),
  },
  // "We'll make sure this never happens again."
  {
    re: /\b(?:I'll|we'll|I\s+will|we\s+will|I'm\s+going\s+to|we're\s+going\s+to|I\s+am\s+going\s+to|we\s+are\s+going\s+to)\s+(?:personally\s+)?(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?[\w\s'-]{1,40}?\s+(?:never|won't|will\s+not)\s+(?:ever\s+)?(?:happens?|occurs?|recurs?|arises?|be\s+repeated)\s+(?:[\w-]+\s+){0,3}?(?:again|ever)\b/gi,
    keep: notHedged,
  },
  // "on time, every time", "perfect every time".
  { re: /\b(?:on\s+time|perfect(?:ly)?|right|flawless(?:ly)?|smooth(?:ly)?),?\s+every\s+(?:single\s+)?time\b/gi, keep: notHedged },
  // "you'll never have a problem with an order again", "you won't ever experience this again".
  { re: /\byou(?:'ll|\s+will)\s+never\s+(?:again\s+)?(?:have|experience|see|face|run\s+into|get|need\s+to\s+worry|worry|be\s+(?:affected|disappointed|let\s+down|inconvenienced))\b/gi, keep: notHedged },
  { re: /\byou\s+(?:won't|will\s+not)\s+ever\s+(?:have|experience|see|face|run\s+into|get)\b/gi, keep: notHedged },
  // "there will be no more outages, ever", "zero downtime from now on".
  { re: /\b(?:there\s+will\s+be|there'll\s+be|you(?:'ll|\s+will)\s+(?:have|see|get|experience))\s+(?:no\s+more|no\s+further|zero|never\s+any)\s+[\w\s-]{1,40}?\s*,?\s*(?:again|ever|from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future)\b/gi },
  { re: /\b(?:will\s+be|'ll\s+be)\s+(?:perfect|flawless|seamless|problem-?free|trouble-?free|error-?free|pain-?free)\s+(?:from\s+(?:now|then|here)\s+on|going\s+forward|forever)\b/gi },
  // "100% fixed", "permanently fixed", "fixed for good".
  { re: /\b(?:100\s?%|(?:a\s+)?hundred\s+per\s?cent)\s+(?:fixed|resolved|sorted|solved|working|guaranteed|reliable|certain|sure)\b/gi },
  { re: /\bpermanently\s+(?:fixed|resolved|solved|sorted|repaired|cured|gone|eliminated|removed\s+the\s+(?:issue|problem|fault))\b|\b(?:fixed|resolved|solved|sorted|repaired|cured|gone|eliminated|eradicated)\s+(?:(?:it|this|that|them|the\s+\w+(?:\s+\w+)?|your\s+\w+(?:\s+\w+)?)\s+)?(?:permanently|for\s+good|forever|once\s+and\s+for\s+all)\b/gi },
  // "It will never break again", "your bill will never be wrong again", "nothing like this will ever happen again".
  { re: /\b(?:will|'ll)\s+never(?:,?\s+ever,?)?\s+(?:\w+\s+){1,3}?again\b/gi, keep: notHedged },
  { re: /\b(?:nothing|no\s+(?:\w+\s+)?(?:problem|issue|mistake|error|fault|delay|outage)s?)\b[^.!?]{0,30}?\b(?:will|'ll)\s+ever\s+(?:happen|occur|recur|go\s+wrong|come\s+up|be\s+\w+)\b/gi, keep: notHedged },
  // "This problem will not come back", "the fault won't return".
  {
    re: /\b(?:this|it|that|(?:the|this|that|your)\s+(?:issue|problem|fault|error|bug|glitch|outage|delay|leak|noise|mistake|crash(?:ing)?)s?)\s+(?:will\s+not|won't|will\s+never|'ll\s+never|is\s+not\s+going\s+to|isn't\s+going\s+to)\s+(?:ever\s+)?(?:come\s+back|return|recur|reoccur|reappear|resurface|happen\s+again|occur\s+again)\b/gi,
    keep: notHedged,
  },
  // "You won't have any further issues", "there won't be any more delays", "there will never be another outage".
  { re: /\b(?:you(?:'ll|\s+will)?\s+(?:won't|will\s+not|never)|you\s+(?:won't|will\s+not))\s+(?:ever\s+)?(?:have|experience|see|face|run\s+into|get|encounter|suffer)\s+(?:any\s+)?(?:more|further|other|another|the\s+same)\s+(?:\w+\s+)?(?:problems?|issues?|trouble|delays?|faults?|errors?|outages?|disruptions?|hiccups?|glitches?|complaints?|mistakes?)\b/gi, keep: notHedged },
  { re: /\bthere\s+(?:won't|will\s+not|will\s+never|'ll\s+never)\s+(?:ever\s+)?be\s+(?:(?:any\s+(?:more|further)|another|no\s+more)\s+(?:\w+\s+)?(?:problems?|issues?|delays?|outages?|faults?|errors?|mistakes?|disruptions?|interruptions?|complaints?|glitches?|hiccups?|breakdowns?|failures?)|a\s+repeat)\b/gi, keep: notHedged },
  // "You won't have this problem again", "you'll never face the same issue again".
  { re: /\byou(?:'ll|\s+will)?\s+(?:won't|will\s+not|never)\s+(?:ever\s+)?(?:have|experience|face|run\s+into|encounter|see|get|suffer)\s+(?:this|that|the\s+same|these|those|such\s+an?|a\s+similar|any\s+such)\s+(?:\w+\s+)?(?:problems?|issues?|faults?|errors?|trouble|delays?|outages?|glitch(?:es)?|mistakes?|experiences?)\s+again\b/gi, keep: notHedged },
  // "This is the last time you'll have to contact us.\"
  { re: /\b(?:this\s+is|this\s+will\s+be|it's|it\s+is|it\s+will\s+be)\s+the\s+(?:very\s+)?last\s+time\s+(?:you(?:'ll|\s+will)?\s+(?:have|need|be)|this\s+(?:will\s+)?happens?)\b/gi, keep: notHedged },
  // "It will work flawlessly from now on", "everything will run smoothly going forward".
  { re: /\b(?:will|'ll)\s+(?:\w+\s+)?(?:work|run|be|go|perform|function|operate)\s+(?:flawlessly|perfectly|seamlessly|smoothly|without\s+(?:a\s+hitch|any\s+(?:problems?|issues?)))\s+(?:from\s+(?:now|here)\s+on|going\s+forward|forever|every\s+(?:single\s+)?time|always|for\s+good)\b/gi, keep: notHedged },
  // "completely eliminated", "eradicated for good"
  { re: /\b(?:completely|totally|fully|entirely|permanently|forever)\s+(?:eliminated|eradicated|wiped\s+out|stamped\s+out|banished)\b|\b(?:eliminated|eradicated|wiped\s+out|stamped\s+out|banished)\s+(?:completely|entirely|for\s+good|forever|permanently|once\s+and\s+for\s+all)\b/gi },
  // "It will be resolved immediately." 
  { re: /\b(?:will|'ll|is\s+going\s+to|are\s+going\s+to)\s+(?:be\s+)?(?:all\s+)?(?:resolved|fixed|sorted|solved|back\s+to\s+normal)\s+(?:immediately|instantly|in\s+no\s+time)\b/gi },
];

export default defineRule({
  meta: {
    id: 'over-promise',
    description: 'Makes an absolute promise nobody can keep',
    family: 'phrase',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      why:
        'Under pressure it is tempting to promise that a problem is gone for good. If it comes back, the customer ' +
        'now has two problems: the fault and a broken promise. Promise what you control, with a time ("I\'ll ' +
        'call you by 5pm today"), and say what you changed, rather than guaranteeing the future.',
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
      ],
    },
  },
  check(reply, context) {
    const seen: Array<[number, number]> = [];
    const report = (start: number, end: number, messageId: string) => {
      if (seen.some(([s, e]) => start < e && end > s)) return;
      seen.push([start, end]);
      context.report({
        message: 'This promises more than anyone can guarantee. Commit to a specific action and time instead.',
        messageId,
        start,
        end,
        suggestions: [{ desc: 'Promise what you control, with a time: "I\'ll check your next order myself and email you by Friday."' }],
      });
    };
    for (const hit of scan(reply, MARKER)) {
      if (NEGATED_MARKER.test(reply.text.slice(hit.sentence.start, hit.start))) continue;
      const rest = reply.text.slice(hit.end, hit.sentence.end);
      const abs = ABSOLUTE.exec(rest);
      if (!abs) continue;
      // "I'll do my best to make sure it never happens again" is hedged, not a promise.
      if (HEDGE.test(rest.slice(0, abs.index))) continue;
      const absEnd = hit.end + abs.index + abs[0].length;
      const stop = /[,;:.!?]|\s+(?:and|but)\s/.exec(reply.text.slice(absEnd, hit.sentence.end));
      report(hit.start, stop ? absEnd + stop.index : hit.sentence.end, 'absolute-promise');
    }
    for (const c of CLAIMS) {
      for (const hit of scan(reply, c.re)) {
        if (c.keep && !c.keep(hit, reply)) continue;
        if (/\b(?:can't|cannot|can\s+not|don't|won't)\s+(?:promise|guarantee|say)\b/i.test(hit.sentence.text)) continue;
        report(hit.start, hit.end, 'absolute-claim');
      }
    }
  },
});
