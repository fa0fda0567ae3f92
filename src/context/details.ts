// Details a customer gives (an order or booking number, an email, a phone number, a date, the device
// they use ...) and the details a reply asks for, by kind, so a rule can tell when a reply asks for
// something the customer already said. Every pattern is bounded and anchored on a keyword or a shape.
import type { Reply, ReplyContext, Sentence } from '../types.js';
import { customerNames } from './names.js';
import { memoPer } from '../core/memo.js';

export type DetailKind =
  | 'order' | 'booking' | 'account' | 'tracking' | 'reference' | 'email' | 'phone' | 'name' | 'full-name'
  | 'date' | 'device' | 'model' | 'version' | 'flight' | 'postcode';

export interface Detail {
  kind: DetailKind;
  /** The words that gave it, as written ("order #55120"). */
  text: string;
  /** The value itself when it has one ("55120"). */
  value: string;
  /** In the customer's latest message, or an earlier customer turn. */
  where: 'message' | 'earlier';
}

/** What each kind of detail is called in a message. */
export const DETAIL_NAMES: Record<DetailKind, string> = {
  order: 'order number', booking: 'booking reference', account: 'account number', tracking: 'tracking number',
  reference: 'reference number', email: 'email address', phone: 'phone number', name: 'name', 'full-name': 'full name',
  date: 'date', device: 'device', model: 'device model', version: 'software version', flight: 'flight number',
  postcode: 'postcode',
};

// An identifier: 4-25 letters/digits/dashes with at least one digit.
const ID = String.raw`#?\s?((?=[A-Za-z0-9-]{0,24}\d)[A-Za-z0-9][A-Za-z0-9-]{3,24})\b`;
const LINK = String.raw`\s*(?:number|no\.?|num|#|id|ref(?:erence)?|code)?\s*(?:is|was|:|=|of)?\s*`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

const GIVEN: Array<{ kind: DetailKind; re: RegExp; check?: (m: RegExpExecArray) => boolean }> = [
  { kind: 'order', re: new RegExp(String.raw`\border${LINK}${ID}`, 'gi') },
  {
    kind: 'booking',
    re: new RegExp(String.raw`\b(?:booking|reservation|confirmation|conf|pnr|record\s+locator)${LINK}#?\s?([A-Za-z0-9]{5,10})\b`, 'gi'),
    // A booking code has a digit, or is written in capitals ("XKQPLM"), not an ordinary word.
    check: (m) => /\d/.test(m[1]!) || /^[A-Z]{5,8}$/.test(m[1]!),
  },
  { kind: 'account', re: /\baccount\s*(?:number|no\.?|num|#|id)?\s*(?:is|was|:)?\s*#?\s?(\d[\d -]{2,20}\d)\b/gi },
  { kind: 'tracking', re: new RegExp(String.raw`\btracking${LINK}${ID}`, 'gi') },
  { kind: 'tracking', re: /\b(1Z[0-9A-Z]{16})\b/g },
  { kind: 'reference', re: new RegExp(String.raw`\b(?:case|ticket|claim|reference|ref|incident|complaint|request|sr)${LINK}${ID}`, 'gi') },
  // "#55120": a number written with a hash reads as an order, ticket or case number.
  { kind: 'reference', re: /(?<![\w&#])#\s?(\d{4,20})\b/g },
  { kind: 'email', re: /(?<![\w.+-])([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})/g },
  {
    kind: 'phone',
    re: /\b(?:phone|mobile|cell|number|call|reach|text|tel|contact|whatsapp)\b[^\d\n]{0,25}(\+?\(?\d[\d ().-]{7,18}\d)/gi,
    check: (m) => (m[1]!.match(/\d/g)?.length ?? 0) >= 9,
  },
  { kind: 'phone', re: /(?<![\w+])(\+\d{1,3}[ .-]?\(?\d{1,5}\)?(?:[ .-]?\d{2,5}){2,4})\b/g, check: (m) => (m[1]!.match(/\d/g)?.length ?? 0) >= 10 },
  {
    kind: 'date',
    re: new RegExp(String.raw`\b(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|(?:on|last|this|past)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|the\s+day\s+before\s+yesterday|this\s+morning|last\s+night)`, 'gi'),
  },
  { kind: 'version', re: /\b(?:ios|ipados|macos|os\s?x|android|windows|watchos|tvos|firmware|software|version|v)\s?(\d{1,3}(?:\.\d{1,3}){1,3})\b/gi },
  { kind: 'flight', re: /\bflight\s*(?:number|no\.?|#)?\s*(?:is|was|:)?\s*((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{1,4})\b/g },
  { kind: 'flight', re: /\b((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{2,4})\s+(?:flight|from|to)\b/g, check: (m) => !/^(?:AM|PM|UK|US|EU|TV|PS|ID|OK|NO)\b/.test(m[1]!) },
  { kind: 'postcode', re: /\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b/g },
  { kind: 'postcode', re: /\b(?:zip|zip\s?code|post\s?code|postal\s+code)\s*(?:is|:)?\s*(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/gi },
];

/** Devices with a model ("iPhone 8 Plus", "Galaxy S9", "PS4") and device words ("my laptop"). */
const DEVICE_MODEL = /\b(i(?:phone|pad|pod)(?:\s?(?:\d{1,2}|x[rs]?|se|pro|air|mini|max|plus|touch)\b)+|macbook(?:\s?(?:pro|air))?(?:\s?\d{2,4})?|imac|mac\s?(?:mini|pro|book)|apple\s?watch(?:\s?(?:series\s?\d|se|ultra))?|airpods(?:\s?(?:pro|max))?|galaxy\s?(?:s|note|a|j|z\s?(?:fold|flip))\s?\d{1,2}\+?|pixel\s?\d[a-z]?|ps[2-5]|playstation\s?[2-5]|xbox\s?(?:one(?:\s?[xs])?|360|series\s?[xs])|nintendo\s+switch|kindle\s?(?:paperwhite|oasis|fire|voyage)|fire\s?(?:tv|stick|hd\s?\d{1,2})|echo\s?(?:dot|show|plus)|surface\s?(?:pro|laptop|go|book)\s?\d?|apple\s?tv(?:\s?4k)?)\b/gi;
const DEVICE_WORD = /\b(?:my|our|the|this|his|her|a|an)\s+(?:new\s+|old\s+)?(iphone|ipad|ipod|phone|mobile|smartphone|cell\s?phone|laptop|tablet|computer|pc|mac|macbook|imac|tv|television|console|playstation|xbox|router|modem|watch|printer|camera|kindle|firestick|fire\s?stick|roku|echo|alexa|airpods|headphones|earbuds|android)\b/gi;

/** The details the customer gave, in their latest message and earlier turns (computed once per context). */
export const givenDetails = memoPer(function givenDetails(context: ReplyContext): Detail[] {
  const out = [...detailsIn(context.message, 'message'), ...context.earlierCustomer.flatMap((r) => detailsIn(r, 'earlier'))];
  const names = customerNames(context);
  for (const n of names.names) {
    out.push({ kind: n.includes(' ') ? 'full-name' : 'name', text: n, value: n, where: 'message' });
  }
  return out;
});

/** The details one message gives. */
export function detailsIn(message: Reply, where: Detail['where']): Detail[] {
  const text = message.text;
  const out: Detail[] = [];
  for (const { kind, re, check } of GIVEN) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (check && !check(m as RegExpExecArray)) continue;
      if (kind === 'reference' && m[0].startsWith('#') && /\d{9,}/.test(m[1]!)) continue; // a phone number with a hash
      out.push({ kind, text: m[0].trim(), value: (m[1] ?? m[0]).trim(), where });
    }
  }
  for (const m of text.matchAll(DEVICE_MODEL)) {
    const hasModel = /\d|\b(?:x[rs]?|se|pro|air|mini|max|plus|one|360|series|paperwhite|oasis|fire|dot|show|switch|voyage|4k|touch|go|book|laptop)\b/i.test(m[1]!.replace(/^(?:i(?:phone|pad|pod)|macbook|mac|galaxy|pixel|xbox|kindle|echo|surface|apple\s?watch|airpods|apple\s?tv)/i, ''));
    out.push({ kind: hasModel || /^(?:ps\d|playstation\s?\d|imac|nintendo)/i.test(m[1]!) ? 'model' : 'device', text: m[0], value: m[1]!, where });
  }
  for (const m of text.matchAll(DEVICE_WORD)) out.push({ kind: 'device', text: m[0], value: m[1]!, where });
  return out;
}

/** Which given kinds answer an asked kind. */
const ANSWERS: Record<DetailKind, DetailKind[]> = {
  order: ['order', 'reference'], booking: ['booking'], account: ['account'], tracking: ['tracking'], reference: ['reference'],
  email: ['email'], phone: ['phone'], name: ['name', 'full-name'], 'full-name': ['full-name'], date: ['date'],
  device: ['device', 'model'], model: ['model'], version: ['version'], flight: ['flight'], postcode: ['postcode'],
};

export function answeredBy(asked: DetailKind, given: readonly Detail[]): Detail | undefined {
  const kinds = ANSWERS[asked];
  return given.find((d) => kinds.includes(d.kind));
}

// What a reply asks for: each kind's noun phrase.
const ASKED: Array<{ kind: DetailKind; re: RegExp }> = [
  { kind: 'order', re: /\border\s*(?:number|no\.?|num|#|id|ref(?:erence)?|confirmation(?:\s+number)?)(?!\w)/gi },
  { kind: 'booking', re: /\b(?:booking|reservation|confirmation)\s*(?:number|no\.?|#|code|ref(?:erence)?|id)(?!\w)|\bbooking\s+ref\b|\bPNR\b|\brecord\s+locator\b/gi },
  { kind: 'account', re: /\baccount\s*(?:number|no\.?|#|id)(?!\w)/gi },
  { kind: 'tracking', re: /\btracking\s*(?:number|no\.?|#|id|code|ref(?:erence)?)(?!\w)/gi },
  { kind: 'reference', re: /\b(?:case|ticket|claim|reference|ref|incident|complaint)\s*(?:number|no\.?|#|id)(?!\w)/gi },
  { kind: 'email', re: /\b(?:(?:your|the|an?|best|registered|account|contact|login|sign-?in|billing)\s+)e-?mail(?:\s+address)?\b|\be-?mail\s+address\b/gi },
  { kind: 'phone', re: /\b(?:phone|mobile|cell|contact|telephone|call-?back)\s*(?:number|no\.?|#)(?!\w)|\b(?:your|a|the\s+best)\s+number\b(?!\s+(?:of|for)\b)/gi },
  { kind: 'full-name', re: /\b(?:your\s+)?full\s+name\b/gi },
  { kind: 'name', re: /\b(?:your|the|first)\s+name\b(?!\s+of\b)(?!\s+on\s+the\s+(?:card|account|booking|reservation|order))/gi },
  { kind: 'date', re: /\b(?:the\s+)?date\s+(?:of|you|when|that|on)\b|\bwhat\s+date\b|\bwhich\s+(?:date|day)\b|\bwhen\s+did\s+you\s+(?:order|buy|purchase|book|place|fly|travel|call|visit|make)\b/gi },
  { kind: 'model', re: /\b(?:which|what)\s+(?:\w+\s+)?model\b|\bmodel\s+(?:number\s+)?(?:of|is)\s+(?:your|the)\b|\bmake\s+and\s+model\b/gi },
  { kind: 'device', re: /\b(?:which|what)\s+(?:kind\s+of\s+|type\s+of\s+)?(?:device|phone|console|tablet|laptop|computer|handset|tv)\b|\bdevice\s+(?:are\s+you|you(?:'re|\s+are)\s+using|type)\b/gi },
  { kind: 'version', re: /\b(?:which|what)\s+(?:\w+\s+)?version\b|\bversion\s+of\s+(?:ios|android|the\s+app|macos|windows|the\s+software|the\s+firmware|firmware|ipados|watchos)\b|\b(?:ios|software|app|os|firmware)\s+version\b/gi },
  { kind: 'flight', re: /\bflight\s*(?:number|no\.?|#|details)(?!\w)/gi },
  { kind: 'postcode', re: /\b(?:post\s?code|zip(?:\s?code)?|postal\s+code)\b/gi },
];

const ASKED_WORD = /order|booking|reservation|confirmation|pnr|locator|account|tracking|case|ticket|claim|ref|incident|complaint|mail|phone|mobile|cell|contact|telephone|call|number|name|date|day|when|model|device|console|tablet|laptop|computer|handset|tv|version|flight|code|zip/i;

export interface AskedDetail {
  kind: DetailKind;
  start: number;
  end: number;
  sentence: Sentence;
}

/** Verbs and forms that ask the customer for something (before the detail, in the same sentence). */
const ASK = /\b(?:send|sending|dm|d\.m|message|provide|providing|share|sharing|confirm|confirming|give|tell|let\s+(?:us|me)\s+know|include|reply\s+with|respond\s+with|need|needs|require|pop|drop|add|enter|type|what's|what\s+is|what\s+was|which|could\s+you|can\s+you|would\s+you|mind|forward|check|double-check|verify|attach|post|leave)\b/i;
/** The reply says it has the detail, thanks for it, or warns not to share it. */
const NOT_ASKING = /\b(?:don't|do\s+not|never|no\s+need|without|avoid|we(?:'ve|\s+have)\s+(?:got|found|located|received|noted|updated|checked)|I(?:'ve|\s+have)\s+(?:got|found|located|received|noted|updated|checked)|(?:we|I)\s+(?:can\s+)?see|thanks?\s+(?:you\s+)?for\s+(?:the|your|sending|providing|sharing|including|confirming)|(?:we|I)\s+(?:will|'ll)\s+(?:send|e-?mail|text|call)\b)/i;

/** The details a reply asks the customer for (computed once per reply). */
export const askedDetails = memoPer(findAsked);

/** Does [start, end) overlap an ask in out[from..]? */
function overlapsFrom(out: readonly AskedDetail[], from: number, start: number, end: number): boolean {
  for (let k = from; k < out.length; k++) if (start < out[k]!.end && end > out[k]!.start) return true;
  return false;
}

function findAsked(reply: Reply): AskedDetail[] {
  const out: AskedDetail[] = [];
  for (const sentence of reply.sentences) {
    const text = sentence.text;
    // Every phrase names one of these words: most sentences need no further look.
    if (!ASKED_WORD.test(text)) continue;
    // Asks overlap only within a sentence: compare with this sentence's (sentences are bounded in length).
    const first = out.length;
    for (const { kind, re } of ASKED) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const start = sentence.start + m.index!;
        const end = start + m[0].length;
        if (overlapsFrom(out, first, start, end)) continue;
        const before = text.slice(0, m.index);
        if (!sentence.isQuestion && !ASK.test(before)) continue;
        if (NOT_ASKING.test(before)) continue;
        out.push({ kind, start, end, sentence });
      }
    }
  }
  // "What model of iOS device are you using?" asks for the model: knowing the device does not answer it.
  const askModel = new Set(out.filter((b) => b.kind === 'model').map((b) => b.sentence));
  return out
    .filter((a) => a.kind !== 'device' || !askModel.has(a.sentence))
    .sort((a, b) => a.start - b.start);
}
