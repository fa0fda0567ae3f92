// Is the customer upset? Signals in their latest message: shouting in capitals, angry words, a threat to
// leave, a repeated contact ("third time", "still waiting"), "!!". Strong signals count 2, weak ones 1;
// upset means 2 or more, after friendly markers (":)", "lol") take one off. Lexical and linear.
import type { ReplyContext } from '../types.js';
import { memoPer } from '../core/memo.js';

export interface Signal {
  /** What kind of signal. */
  kind: 'capitals' | 'anger' | 'threat' | 'repeat' | 'punctuation';
  /** The words that showed it (for messages). */
  text: string;
  weight: number;
}

export interface Mood {
  upset: boolean;
  signals: Signal[];
}

const STRONG_ANGER = /\b(?:unacceptable|ridiculous|outrageous|disgusting|disgusted|disgraceful|disgrace|appalling|appalled|pathetic|furious|livid|fuming|infuriat\w*|incompetent|incompetence|useless|scam(?:mers?)?|rip-?off|ripped\s+off|sick\s+(?:and\s+tired\s+)?of|fed\s+up|absolutely\s+shocking|shameful|shame\s+on\s+you|how\s+dare|worst\s+(?:customer\s+service|service|company|experience|airline|bank|app)|beyond\s+(?:frustrat\w+|annoy\w+|angry|a\s+joke)|a\s+(?:complete\s+|total\s+|fucking\s+)?joke|f+u+c+k\w*|wtf|what\s+the\s+(?:hell|heck|fuck))\b/gi;
const WEAK_ANGER = /\b(?:angry|annoyed|annoying|frustrat\w*|upset|terrible|awful|horrible|horrendous|worst|hate|disappointed|disappointing|rude|shocking|unbelievable|nightmare|ugh+|smh|seriously\?|joke)\b/gi;
const THREAT = /\b(?:cancel+(?:ing|ling)?\s+my\s+(?:account|subscription|service|contract|membership|plan|card)|clos(?:e|ing)\s+my\s+account|switch(?:ing)?\s+(?:to|over\s+to|providers?|banks?|carriers?)|tak(?:e|ing)\s+my\s+(?:business|money|custom)\s+(?:elsewhere|somewhere\s+else)|never\s+(?:use|using|shop|shopping|fly|flying|buy|buying|order|ordering|book|booking)\s+(?:with\s+)?(?:you|again|here)|(?:lawyer|solicitor|attorney|legal\s+action|small\s+claims|sue|suing|ombudsman|trading\s+standards|better\s+business\s+bureau|bbb|chargeback)|report(?:ing)?\s+(?:you|this)\s+to|done\s+with\s+(?:you|your|this)|(?:leaving|leave)\s+(?:you|your\s+(?:company|service|bank|network))|last\s+time\s+I\s+(?:use|order|fly|shop|buy|book))\b/gi;
const REPEAT = /\b(?:(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\d{1,2}th)\s+time|(?:again\s+and\s+again|over\s+and\s+over|yet\s+again)|still\s+(?:no\b|not\b|nothing|waiting|haven't|hasn't|have\s+not|has\s+not|don't|doesn't|didn't|isn't|can't|cannot|won't|broken|having|getting|charging)|(?:called|rang|phoned|contacted|emailed|e-mailed|messaged|tweeted|chatted|spoken\s+to|talked\s+to|been\s+on\s+(?:the\s+)?phone)\s+(?:you\s+|your\s+\w+\s+|them\s+)?(?:\d{1,3}|two|three|four|five|six|several|multiple|many|countless|numerous)\s+times|(?:\d{1,3}|two|three|four|five|six|several|multiple|many)\s+(?:times|calls|emails|messages|attempts)|no\s*(?:one|body)\s+(?:has\s+)?(?:replied|responded|answered|got\s+back|gotten\s+back|helped|called|bothered|cares)|keep\s+(?:getting|being)\s+(?:told|passed|transferred|cut\s+off)|been\s+waiting\s+(?:for\s+)?(?:\d{1,3}|two|three|four|five|six|several|over\s+(?:an?|\d{1,3}))\s+(?:hours?|days?|weeks?|months?)|on\s+hold\s+for\s+(?:over\s+)?(?:\d{1,3}|an?)\s+(?:hours?|minutes?|mins?))\b/gi;
const PUNCT = /[!?]*![!?]*!|\?!|!\?/g;
/** Thanks and praise: shouting them is joy, not anger. */
const PRAISE = /\b(?:thank|thanks|thx|thks|ty|love|awesome|amazing|great|best|brilliant|excellent|appreciate\w*|legend|hero|mvp|fantastic|wonderful|perfect|congrat\w*|happy|glad|yay|woo+)\b/i;
const FRIENDLY = /(?::\)|:-\)|:D|;\)|\(:|\blol\b|\bhaha\w*|\bhehe\b|\bxx+\b|\blove\s+(?:you|it|this)\b|[\u{1F600}-\u{1F606}\u{1F60A}\u{1F60D}\u{1F618}\u{1F642}\u{1F917}\u{1F970}\u{2764}\u{1F49C}\u{1F499}\u{1F49A}\u{1F49B}\u{1F389}\u{1F44D}])/u;

/** Capitals that read as shouting: at least 10 cased letters, 60% or more of them upper case; or several long all-caps words. */
function shouting(text: string): string | undefined {
  const letters = text.replace(/#\w+/g, '').replace(/\b[A-Z]{2,4}\b/g, '');
  let upper = 0, cased = 0;
  for (const ch of letters) {
    const lo = ch.toLowerCase(), up = ch.toUpperCase();
    if (lo === up) continue;
    cased++;
    if (ch === up) upper++;
  }
  if (cased >= 10 && upper / cased >= 0.6) return 'capitals';
  const words = text.match(/(?<![#@\w])[A-Z]{5,}(?![\w])/g) ?? [];
  if (words.length >= 2) return words.slice(0, 3).join(' ');
  return undefined;
}

/** How the customer's latest message reads (computed once per context). */
export const customerMood = memoPer(function customerMood(context: ReplyContext): Mood {
  const text = context.message.text;
  const signals: Signal[] = [];
  const caps = shouting(text);
  if (caps) signals.push({ kind: 'capitals', text: caps === 'capitals' ? 'written in capitals' : caps, weight: 2 });
  const take = (re: RegExp, kind: Signal['kind'], weight: number, max = 2) => {
    let n = 0;
    for (const m of text.matchAll(re)) {
      if (signals.some((s) => s.text.toLowerCase() === m[0].toLowerCase())) continue;
      signals.push({ kind, text: m[0].replace(/\s+/g, ' '), weight });
      if (++n >= max) break;
    }
  };
  take(STRONG_ANGER, 'anger', 2);
  take(THREAT, 'threat', 2);
  take(REPEAT, 'repeat', 2);
  take(WEAK_ANGER, 'anger', 1);
  take(PUNCT, 'punctuation', 1, 1);
  // A capitalised word on its own ("RIDICULOUS") is a weak signal.
  if (!caps) {
    const word = /(?<![#@\w])[A-Z]{5,}(?![\w])/.exec(text.replace(/\b(?:ASAP|URGENT|PLEASE|HELP|UPDATE|THANKS|NEVER)\b/g, ''));
    if (word && !signals.some((s) => s.text.toUpperCase() === word[0])) signals.push({ kind: 'capitals', text: word[0], weight: 1 });
  }
  let score = signals.reduce((n, s) => n + s.weight, 0);
  if (FRIENDLY.test(text)) score -= 1;
  // "THANK YOU!!! YOU ARE THE BEST": capitals and "!!" that carry thanks are not anger.
  if (PRAISE.test(text) && !signals.some((s) => s.kind === 'threat' || s.kind === 'repeat' || (s.kind === 'anger' && s.weight === 2))) score = 0;
  // Two weak signals of the same kind ("!!" and "ugh") are not enough without anger words.
  const upset = score >= 2 && signals.some((s) => s.kind !== 'punctuation');
  return { upset, signals };
});
