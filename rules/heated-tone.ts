// heated-tone: heat aimed at the customer or the disagreement. Capitals for emphasis ("We did NOT", "You MUST",
// "read it AGAIN"), "!!" or "?!" on a sentence that corrects, refuses, defends, instructs or reproaches, and
// sarcasm markers ("Seriously?", "Obviously,", "For the last time"). Warm emphasis is not heat: "!!" on thanks,
// greetings, congratulations and good news, a greeting in capitals, brand names, acronyms and codes all pass.
//
// Everything is decided from the words, never by tagging a sentence: the sentence's cues say whether it is
// heated (cached per sentence), and a word in capitals is judged from its shape (codes, acronyms, initials),
// the allow list, the reply itself (a name written the same way twice or in other case), our list of
// everyday words and, only for a word in a heated sentence that none of those settle, compromise's saved
// lexicon (names, places and organisations are not shouting). One pass over the reply; no pattern is ever
// built from its text.
import { defineRule } from '../src/rule-api.js';
import { scan } from '../src/nlp/match.js';
import { lexiconTag } from '../src/nlp/terms.js';
import type { Reply, Sentence } from '../src/types.js';
import { lastAtMost } from '../src/core/sorted.js';
import { memoPer } from '../src/core/memo.js';

// Words in capitals of 2+ letters, with contractions ("DON'T", "I'M"), possibly joined by & / - / digits (codes).
const CAPS = /(?<![\w&/@#.-])[A-Z][A-Z0-9'&/.-]{0,40}[A-Z0-9](?![\w&/-]|\.[A-Za-z0-9])(?:'?s\b)?/g;
// Starts only at the start of a run of ! and ?, so a long run is read once.
const PUNCT = /(?<![!?])[!?]{0,40}(?:!!|\?!|!\?)[!?]{0,40}/g;
const SARCASM = /(?:^|(?<=[.!?]\s{1,3}))(?:seriously|really|honestly)\s{0,3}\?|(?:^|(?<=[.!?]\s{1,3}))seriously\s{0,3}(?:…|\.{2,})|(?:^|(?<=[.!?]\s{1,3}))obviously\b|\b(?:yeah,?\s{1,3}right|nice\s{1,3}try|good\s{1,3}luck\s{1,3}with\s{1,3}that|thanks\s{1,3}for\s{1,3}nothing|clearly,?\s{1,3}you|for\s{1,3}the\s{1,3}(?:last|final|hundredth|umpteenth|third)\s{1,3}time|how\s{1,3}many\s{1,3}(?:more\s{1,3})?times\s{1,3}(?:do|does|must|will|have|did|should)\s{1,3}(?:I|we)\s{1,3}(?:have\s{1,3}to\s{1,3})?(?:explain|tell|say|repeat|go\s{1,3}over)|(?:this|that)(?:'s|\s{1,3}is)\s{1,3}the\s{1,3}(?:third|fourth|fifth|sixth|tenth|umpteenth|hundredth)\s{1,3}time\s{1,3}(?:you(?:'ve|\s{1,3}have)\s{1,3}asked|(?:I|we)(?:'ve|\s{1,3}have)\s{1,3}(?:explained|told\s{1,3}you|said)))\b|(?<=\s)\/s\b/gim;

// Acronyms that are also English words, or common enough to be safe everywhere.
const KNOWN_ACRONYMS = new Set([
  'IT', 'US', 'USA', 'UK', 'EU', 'UAE', 'GB', 'ID', 'IDS', 'OK', 'PIN', 'PINS', 'SIM', 'SWIFT', 'AM', 'PM', 'TV', 'PC', 'AC', 'DC',
  'RE', 'FW', 'FWD', 'PS', 'PPS', 'CC', 'BCC', 'ETA', 'ASAP', 'FYI', 'TBC', 'TBD', 'TBA', 'NB', 'VAT', 'GST', 'NHS', 'GP', 'HR', 'PR',
  'CEO', 'CFO', 'CTO', 'COO', 'VP', 'MD', 'QA', 'FAQ', 'FAQS', 'API', 'APIS', 'SDK', 'UI', 'UX', 'URL', 'URLS', 'PDF', 'PDFS', 'CSV',
  'SMS', 'MMS', 'GPS', 'ATM', 'IBAN', 'BIC', 'CVV', 'CVC', 'DOB', 'APR', 'AER', 'ISA', 'SEPA', 'BACS', 'CHAPS', 'POS', 'SKU',
  'RMA', 'ZIP', 'README', 'CLI', 'DM', 'DMS', 'VIP', 'RSVP', 'DIY', 'HQ', 'SLA', 'KPI', 'ROI', 'CRM', 'SEO', 'GDPR', 'HIPAA', 'KYC', 'AML', 'USB', 'HDMI',
  'LED', 'LCD', 'DVD', 'CD', 'WIFI', 'LAN', 'VPN', 'DNS', 'SSL', 'TLS', 'HTTP', 'HTTPS', 'HTML', 'CSS', 'JSON', 'XML', 'MOT', 'VIN',
  'NASA', 'UNESCO', 'NATO', 'UN', 'WHO', 'UTC', 'GMT', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'AEST', 'IST', 'MRI',
  'ECG', 'ICU', 'ENT', 'OTP', '2FA', 'MFA', 'SSO', 'AI', 'OS', 'IOS', 'APP', 'RAM', 'CPU', 'GPU', 'SSD', 'HDD', 'AWS', 'SAAS',
  'LOL', 'OMG', 'BTW', 'IMO', 'TIA', 'THX', 'TY', 'NP', 'ACH', 'EFT', 'IRS', 'HMRC', 'DVLA', 'DWP', 'NI', 'PAYE',
  'EV', 'SUV', 'MPG', 'BBQ', 'DJ', 'MC', 'AV', 'PA', 'ESL', 'GCSE', 'SAT', 'ACT', 'MBA', 'PHD', 'BSC', 'MSC', 'CV', 'CVS', 'ISP',
  'NFT', 'QR', 'RSS', 'SIMS', 'TFL', 'BBC', 'ITV', 'CNN', 'ESPN', 'NFL', 'NBA', 'FIFA', 'UEFA', 'ATP', 'PGA', 'AAA', 'RAC', 'AA',
]);

// Everyday words that compromise reads as English words in every frame (test/perf-startup.test.ts keeps it
// so): in capitals they are emphasis, decided without the lexicon.
export const PLAIN_WORDS: ReadonlySet<string> = new Set([
  'NOT', 'NEVER', 'ALWAYS', 'AGAIN', 'NOW', 'ANY', 'EVERY', 'NO', 'MUST', 'SHOULD', 'WILL', 'WOULD', 'CAN', 'CANNOT',
  'COULD', 'MAY', 'MIGHT', 'SHALL', 'DID', 'WAS', 'WERE', 'BEEN', 'BEING', 'HAD', 'VERY', 'REALLY', 'SO', 'TOO',
  'ONLY', 'JUST', 'STILL', 'EVEN', 'EVER', 'ALREADY', 'YET', 'ALSO', 'PLEASE', 'BEFORE', 'AFTER', 'UNTIL', 'WITHOUT',
  'WITH', 'FOR', 'FROM', 'INTO', 'ABOUT', 'AND', 'OR', 'BUT', 'THE', 'THIS', 'THAT', 'THESE', 'THOSE', 'YOU', 'YOUR',
  'WE', 'THEY', 'THEIR', 'HE', 'SHE', 'ME', 'HIM', 'HER', 'THEM', 'WHAT', 'WHY', 'HOW', 'WHEN', 'WHERE', 'WHICH',
  'IMMEDIATELY', 'ABSOLUTELY', 'DEFINITELY', 'CLEARLY', 'EXACTLY', 'COMPLETELY', 'TOTALLY', 'SERIOUSLY', 'HONESTLY',
  'LITERALLY', 'URGENT', 'URGENTLY', 'IMPORTANT', 'ONCE', 'TWICE', 'ANYMORE', 'ENOUGH', 'MORE', 'MOST', 'LEAST',
  'EXTREMELY', 'RIGHT', 'WRONG', 'TODAY', 'TOMORROW', 'YESTERDAY', 'SOON', 'LATER', 'ANOTHER', 'OTHER', 'SAME',
  'SORRY', 'YES', 'NOR', 'THAN', 'THEN', 'OVER', 'UNDER', 'OUT', 'OFF', 'DOWN', 'UP', 'BECAUSE', 'SINCE', 'WHILE',
  'IF', 'ALTHOUGH', 'THOUGH', 'DONE', 'TOLD', 'SAID', 'ASKED', 'REQUIRED', 'MANDATORY', 'FREE', 'NEW', 'ONE', 'TWO',
  'THREE', 'FIRST', 'LAST', 'FINAL', 'FULL', 'PAID', 'DUE', 'LATE', 'EARLY', 'BIG', 'HUGE', 'TERRIBLE', 'RIDICULOUS',
  'UNACCEPTABLE', 'CLEAR', 'SURE', 'CERTAIN', 'ABSOLUTE', 'MUCH', 'MANY', 'FEW', 'EACH', 'EITHER', 'NEITHER',
  'WHOLE', 'ENTIRE', 'EVERYWHERE', 'NOWHERE', 'ANYWHERE',
]);

// Words that carry heat in capitals whatever the sentence: a negation, an instruction, the customer, a
// correction ("We did NOT", "You MUST", "YOUR responsibility", "sent it TWICE", "We DID send it").
const HEAT_WORDS = new Set([
  'NOT', 'NEVER', 'NO', 'NOTHING', 'NONE', 'NOBODY', 'NOR', "DON'T", "DOESN'T", "DIDN'T", "CAN'T", 'CANNOT', "WON'T", "ISN'T",
  "AREN'T", "WASN'T", "WEREN'T", "HAVEN'T", "HASN'T", "SHOULDN'T", "COULDN'T", "WOULDN'T", 'MUST', 'NEED', 'NEEDS', 'REQUIRED',
  'MANDATORY', 'YOU', 'YOUR', "YOU'RE", 'YOURSELF', 'AGAIN', 'ALREADY', 'TWICE', 'ALWAYS', 'EVERY', 'ONLY', 'CLEARLY', 'OBVIOUSLY',
  'DID', 'DO', 'DOES', 'WAS', 'WERE', 'IS', 'ARE', 'HAVE', 'HAS', 'READ', 'CHECK', 'STOP', 'WRONG', 'TOLD', 'SAID', 'NON',
]);
// A greeting or thanks in capitals ("HI", "THANK YOU", "CONGRATS") is warmth.
const WARM_WORDS = /^(?:HI|HII+|HEY|HEYY+|HELLO|HIYA|YO|THANKS?|THANK|THX|TY|CONGRATS?|CONGRATULATIONS|WELCOME|YAY|YES+|WOO+|WOOHOO|WOW|OMG|LOVE|ENJOY|HAPPY|MERRY|CHEERS|AWESOME|AMAZING|GREAT|EXCITED|BRAVO|HOORAY|HURRAY|LIT|FIRE|BEST|GOOD|NICE|COOL|FUN|XOXO|XO|HAHA+|LOL)$/;

// --- Is the sentence heated? -----------------------------------------------------------------------------
// Correcting, refusing, reproaching, defending, instructing: the sentence's own cues.
const STRONG = /^\W*look,|\b(?:already|again|twice|told\s+you|as\s+(?:I|we)\s+(?:already\s+)?(?:said|told\s+you|mentioned|explained|stated|advised)|(?:I|we)(?:'ve|\s+have)?\s+(?:already\s+)?(?:told|explained\s+to|informed|advised|reminded)\s+you|you\s+(?:were|have\s+been|'ve\s+been)\s+(?:told|informed|advised|warned)|announced|clearly|obviously|stated|per\s+my\s+last|read\s+(?:the|our|your|it|them|this|that)|last\s+time|every\s+time|for\s+the\s+(?:last|third|final)\s+time|not\s+our\s+fault|not\s+(?:true|correct|how|what)|wrong|no\s+need|why\s+(?:would|did|didn't|do|don't|are|were|is|isn't|haven't|can't|won't)\s+you|did\s+you\s+(?:even|actually)\s+\w+|why\s+(?:would|should)\s+(?:we|I)\s+(?:do|need|want|say|charge|lie|refund|pay)|(?:explained|told\s+you|said|mentioned|asked|sent|answered)\s+(?:(?:this|that|it|you)\s+)?(?:(?:two|three|four|five|six|several|many|multiple|numerous|countless|\d+)\s+times|more\s+than\s+once)|do\s+you\s+(?:understand|see|get\s+it)|ridiculous|unacceptable|nonsense|absurd|terrible|awful|bad|rude|lazy|careless)\b/i;
const REFUSE = /\b(?:closed|ended|expired|too\s+late|deadline|sold\s+out|no\s+longer|cannot|can't|can\s+not|won't|unable|not\s+(?:possible|able|allowed|permitted|eligible|available|covered)|impossible|non-?refundable|refused|rejected|denied|declined)\b/i;
const DEFEND = /\b(?:busy|worked|working\s+(?:hard|all|late|around)|stayed|tried|trying\s+(?:our|my|hard)|doing\s+(?:our|my|everything)|did\s+(?:everything|all|our\s+best)|all\s+night|midnight|overnight|weekend|understaffed|short-?staffed|high\s+volume|sorry\s+if|if\s+you\s+(?:feel|felt|think|thought))\b/i;
const INSTRUCT = /(?:\b(?:must|need(?:s)?\s+to|have\s+to|has\s+to)|'ve\s+to)\b|\b(?:required|mandatory|make\s+sure|ensure|be\s+sure\s+to|remember\s+to|please\s+(?:re-?)?(?:read|check|note|remember|see|refer|follow|stop|make\s+sure|understand)|you\s+should)\b/i;
// A correction by contrast: "on MONDAY, not Sunday".
const CONTRAST = /,\s{0,3}not\s{1,3}(?:on|at|in|the|a|an|by|\w+day)\b/i;
// A negative imperative ("don't reorder it") is a negation like any other: banter in a warm paragraph.
const NEGATION = /\b(?:not|never|no|nothing|none|nobody|neither|nor)\b|n't\b/i;
// Negations that are warmth or reassurance, not heat: "no worries", "can't wait", "don't worry".
const WARM_NEGATION = /\b(?:no\s+(?:worries|problem|prob|probs|bother|doubt)|not\s+a\s+problem|never\s+mind|can't\s+wait|cannot\s+wait|couldn't\s+be\s+(?:happier|prouder|more)|can't\s+thank|can't\s+believe|(?:do\s+not|don't)\s+(?:you\s+)?(?:worry|hesitate|tell\s+(?:me|us))|no\s+one\s+(?:better|else)|nothing\s+(?:better|beats|like))\b/gi;
// Thanks, greetings, congratulations, good wishes, good news, laughter and emoji: warmth.
const FRIENDLY = /\b(?:thanks?|thank\s+you|thx|ty|welcome|congrat\w*|enjoy\w*|love|loving|loved|happy|glad|thrilled|delighted|excited|exciting|awesome|amazing|wonderful|fantastic|brilliant|great\s+(?:news|choice|question|to\s+hear)|good\s+news|hooray|hurray|yay|woo+|woohoo|wow|cheers|have\s+a\s+(?:great|good|nice|lovely|wonderful|fab)|merry|happy\s+(?:birthday|holidays|new\s+year)|hi|hey|hello|hiya|good\s+(?:morning|afternoon|evening)|haha\w*|lol|lmao|xo+|yes+|yum\w*|delicious|fun|cool|sweet|best|beautiful|gorgeous|stunning|help\s+(?:is\s+here|has\s+arrived)|is\s+(?:here|live|back))\b|[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]|[:;]-?[)D(P]|<3/iu;

interface SentenceHeat { heated: boolean; strong: boolean; friendly: boolean }

const heatCache = new WeakMap<Reply, Map<number, SentenceHeat>>();
const warmCache = new WeakMap<Reply, Map<number, boolean>>();

/** Does the paragraph hold warmth (thanks, "can't wait", emoji ...)? Cached per paragraph. */
function paragraphWarm(reply: Reply, s: Sentence): boolean {
  let byParagraph = warmCache.get(reply);
  if (!byParagraph) warmCache.set(reply, (byParagraph = new Map()));
  let warm = byParagraph.get(s.paragraph);
  if (warm === undefined) {
    const p = reply.paragraphs[s.paragraph];
    const text = p ? reply.text.slice(p.start, p.end) : s.text;
    WARM_NEGATION.lastIndex = 0;
    warm = FRIENDLY.test(text) || WARM_NEGATION.test(text);
    WARM_NEGATION.lastIndex = 0;
    byParagraph.set(s.paragraph, warm);
  }
  return warm;
}

/** Does the sentence correct, refuse, defend, instruct or reproach (and is it not warmth)? Cached per sentence. */
function sentenceHeat(reply: Reply, s: Sentence): SentenceHeat {
  let bySentence = heatCache.get(reply);
  if (!bySentence) heatCache.set(reply, (bySentence = new Map()));
  let heat = bySentence.get(s.index);
  if (heat) return heat;
  const cooled = s.text.replace(WARM_NEGATION, ' ');
  const strong = STRONG.test(cooled) || REFUSE.test(cooled) || CONTRAST.test(cooled) || DEFEND.test(cooled);
  const friendly = FRIENDLY.test(cooled);
  const instructs = INSTRUCT.test(cooled);
  // A bare negation ("don't", "not") among warm words in the same paragraph is banter, not heat: "Please
  // don't spoil it for me!! I can't wait to watch it!!". An instruction ("you must", "you need to") is not.
  const negates = NEGATION.test(cooled);
  heat = { heated: strong || (!friendly && (instructs || (negates && !paragraphWarm(reply, s)))), strong, friendly };
  bySentence.set(s.index, heat);
  return heat;
}

// --- Is a word in capitals emphasis? ---------------------------------------------------------------------

interface ReplyWords {
  /** Words (upper-cased) the reply also writes in another case or as a handle or hashtag: names. */
  named: Set<string>;
  /** How often each capitals word occurs: a name written the same way twice is a brand style. */
  counts: Map<string, number>;
}

const WORD = /[@#]?[\p{L}][\p{L}\p{N}'-]{0,40}/gu;

/** One pass over the reply: which capitals words it also names in other case, or as @handles and #tags. */
function replyWords(reply: Reply, caps: ReadonlyArray<{ text: string }>): ReplyWords {
  const named = new Set<string>();
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(reply.text))) {
    const w = m[0];
    if (w[0] === '@' || w[0] === '#') named.add(w.slice(1).toUpperCase());
    else if (/\p{Ll}/u.test(w) && /^\p{Lu}/u.test(w) && /\p{Lu}.*\p{Lu}|^\p{Lu}\p{Ll}+$/u.test(w)) named.add(w.toUpperCase());
  }
  const counts = new Map<string, number>();
  for (const c of caps) counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
  return { named, counts };
}

const COLLISION = /^(?:US|IT|AM|OK|WHO|ACT|APP|TO|IN|ON|AT|BY|OF|AS|BE|GO|MY|UP|SO|OR|IF|IS|AN|DO|NO)$/;
const NAME_TAG = /Name|Person|Place|Country|City|Organization|Acronym|Abbreviation|Unit|ProperNoun|Honorific|Region|Currency/;

/**
 * Emphasis (true) or a name, acronym, code or greeting (false). Shape and lists first; the lexicon only for a
 * word none of them settles.
 */
function isEmphasis(reply: Reply, word: string, start: number, allow: Set<string>, words: ReplyWords, lines: LineStarts): boolean {
  const bare = word.replace(/'S$|'s$/, '');
  const letters = bare.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  // Codes and acronyms: SK118, GF-220, A&E, U.K. ("NON-REFUNDABLE" is two words, not a code.)
  if (/[0-9&/.]/.test(bare) || (bare.includes('-') && !isHyphenatedWord(bare))) return false;
  if (allow.has(bare) || KNOWN_ACRONYMS.has(bare) || WARM_WORDS.test(bare)) return false;
  if (/'/.test(bare)) return true; // contractions are words: DON'T, I'M, CAN'T
  if (isSignOff(reply, start, bare)) return false; // initials after "^" or "-" at the end: "^BE", "-JM"
  // Spelled out in brackets after its name: "The broadcaster (WBIN)".
  if (reply.text[start - 1] === '(' && reply.text[start + word.length] === ')') return false;
  if (HEAT_WORDS.has(bare) || PLAIN_WORDS.has(bare)) return true;
  if (!/[AEIOUY]/.test(letters)) return false; // PDF, NHS: acronyms
  if (letters.length <= 3) {
    // Short words are acronyms (NYC, BOB's initials) unless the lexicon knows them as English words (ALL, BIG).
    const tag = lexiconTag(bare);
    return Boolean(tag) && !NAME_TAG.test(tag!);
  }
  if (isShortCapsLine(reply, start, lines)) return false;
  // A code someone types or a label on screen: "use the code SPRING", "press the SUBMIT button".
  if (/\b(?:codes?|reference|ref|password|keyword|hashtag|enter|type|text|reply\s+with|quote|click|tap|press|select|hit)(?:\s+(?:is|was|will\s+be|on|the))?\s*[:=]?\s*["']?$/i.test(reply.text.slice(Math.max(0, start - 24), start))) return false;
  const after = reply.text.slice(start + word.length, start + word.length + 24);
  if (/^["']?\s+(?:button|tab|key|link|field|menu|option|icon|setting|code)s?\b/i.test(after)) return false;
  // The saved lexicon: an English word is emphasis, a name, place or organisation is not (IKEA, NETFLIX).
  const tag = lexiconTag(bare);
  if (tag) return !NAME_TAG.test(tag);
  // A word the lexicon does not know (MIDNIGHT, XFINITY, PULSEFIT): a brand when the reply names it that way
  // elsewhere, uses it as a name before a product word ("the PULSEFIT app", "XFINITY Internet"), or it is
  // spelled unlike English ("XF", a Q without U).
  if (words.named.has(bare) || (words.counts.get(word) ?? 0) > 1) return false;
  if (PRODUCT_AFTER.test(after)) return false;
  return !/X[^AEIOUY]|Q(?!U)|[^AEIOU]{5}/.test(bare);
}

// Words that follow a brand or product name: "the PULSEFIT app", "XFINITY Internet", "LIDL Plus".
const PRODUCT_AFTER = /^\s{1,3}(?:[A-Z][a-z]+\b|(?:app|apps|account|accounts|plan|plans|card|cards|store|stores|shop|internet|tv|service|services|box|hub|player|member|members|membership|rewards|points|club|family|pass|prime|plus|pro|premium|device|devices|phone|router|gift|voucher|products?|customers?|support|team|website|site|online|subscription|order|orders|delivery|range|brand|line|model)\b)/;

/** "NON-REFUNDABLE", "OPT-OUT": letters only, parts of 2+ letters, one of them a word-sized part with a vowel. */
function isHyphenatedWord(word: string): boolean {
  const parts = word.split('-');
  return parts.every((p) => /^[A-Z]{2,}$/.test(p)) && parts.some((p) => p.length >= 3 && /[AEIOUY]/.test(p));
}

export default defineRule<{ allow?: string[] }>({
  meta: {
    id: 'heated-tone',
    description: 'Heat aimed at the customer: capitals for emphasis, "!!" or "?!" on a correction or refusal, sarcasm',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'warn',
    fixable: false,
    triggers: ['#caps', '#bang', 'seriously', 'really', 'honestly', 'obviously', 'right', 'try', 'luck', 'nothing', 'clearly', 'last', 'final', 'hundredth', 'umpteenth', 'third', 'fourth', 'fifth', 'sixth', 'tenth', 'times', 's'],
    messages: {
      caps: '"{{text}}" in capitals reads as shouting.',
      punct: '"{{text}}" reads as exasperated.',
      sarcasm: '"{{text}}" sounds sarcastic.',
    },
    docs: {
      why:
        'When a reply corrects, refuses or reminds, capitals and "!!" turn it into a raised voice: "We did NOT ' +
        'charge you twice!!" tells an upset customer they are being argued with. Say it calmly in lower case and ' +
        'let the facts carry it. Warmth is different: "Thanks SO much!!", "HI there!" and "Congrats!!" are not ' +
        'flagged, nor are acronyms, codes and brand names (FAQ, SK118, XFINITY); the `allow` option adds your own.',
      seeds: [
        '003 Complaint handling: "Don\'t take it personally" (you control how you react)',
        '003 Complaint handling: "Additional tips" (stay calm and cool under pressure, don\'t escalate the situation)',
      ],
    },
    options: {
      allow: {
        type: 'string[]',
        default: [],
        description: 'Words in capitals that are your brand, product names or acronyms, e.g. ["PULSEFIT", "HIIT"].',
      },
    },
    examples: {
      bad: [
        'We NEVER charge twice.',
        'Please read the email AGAIN!!',
        'Seriously?!',
        'That is NOT what our policy says.',
        'The parcel was sent ALREADY.',
        'Our engineers worked ALL NIGHT on this.',
        'You need to arrive FIFTEEN minutes early.',
        'Why would you do that?!',
        'I told you this is RIDICULOUS.',
        "I DON'T know what else to say.",
        'We did everything we could. Seriously?',
        'The lab is VERY busy this month.',
        'We announced it by email AND in the app.',
        'The fee is NON-REFUNDABLE.',
        'IMPORTANT: you must return the form.',
        'You have to wait UNTIL Monday.',
        'The offer closed on FRIDAY.',
        'It arrives on MONDAY, not Sunday!!',
        'Obviously, the discount only applies once.',
        'For the last time, the code expired.',
        'We DID send the confirmation email.',
        'You cannot return opened items!!',
      ],
      good: [
        "We never charge twice for one order, so let's find out what happened.",
        'Our FAQ and API docs explain this.',
        'Your booking reference is ZX4TQ9.',
        'Flight SK118 leaves from gate 12.',
        'The GF-220 filter fits your model.',
        'The logins have been stable since 11:42 UTC.',
        'You can see your results in the NHS App.',
        'Send us a DM with your order number.',
        'Thanks so much! Your refund is on its way.',
        'Is that right? I can check it again for you.',
        'Your MRI scan is booked for Tuesday.',
        'The new HIIT class starts at 6am.',
        'Please keep your PIN safe.',
        'Thanks, Sam\n^JB',
        'Use the code SAVE-20 at checkout.',
        'Are you still experiencing XFINITY Internet service issues?',
        'We’ve updated the <PROJECT NAME> template.',
        'Congrats on the new place!! Your internet will be on by Friday.',
        'Thanks SO much!!',
        'HI there! How can we help today?',
        'Welcome back!!',
        'Your order has shipped!!',
        'No worries at all, the swap is done!!',
        'Welcome to IKEA Family!',
      ],
    },
  },
  check(reply, context) {
    const allow = new Set((Array.isArray(context.options?.allow) ? context.options.allow : []).map((w) => String(w).toUpperCase()));
    const caps = scan(reply, CAPS);
    const words = replyWords(reply, caps);
    const heatOf = (s: Sentence) => sentenceHeat(reply, s);
    const lines = lineStarts(reply);
    const emphasis = caps.map((h) => {
      const bare = h.text.replace(/'S$|'s$/, '');
      const heat = heatOf(h.sentence);
      // Outside a heated sentence only the words that are heat in themselves count ("We did NOT"), and not
      // in warmth ("thank YOU").
      if (!heat.heated && (!(HEAT_WORDS.has(bare) || /'T$/.test(bare)) || (heat.friendly && !heat.strong))) return false;
      if ((bare === 'YOU' || bare === 'YOUR') && /\b(?:thank|see|love|miss|to)\s{1,3}$/i.test(reply.text.slice(Math.max(0, h.start - 10), h.start))) return false;
      return isEmphasis(reply, h.text, h.start, allow, words, lines);
    });
    // A collision word ("US", "IT", "WHO") shouts only beside a shouted word: "CALL US NOW".
    const adjacent = (a: { end: number }, b: { start: number }) => b.start - a.end <= 3 && /^[ \t]+$/.test(reply.text.slice(a.end, b.start));
    const shouting = caps.filter((h, i) => emphasis[i] || (COLLISION.test(h.text) && heatOf(h.sentence).heated &&
      ((i > 0 && emphasis[i - 1] && adjacent(caps[i - 1]!, h)) || (i + 1 < caps.length && emphasis[i + 1] && adjacent(h, caps[i + 1]!)))));
    for (const run of runsOf(reply, shouting)) {
      context.report({
        messageId: 'caps',
        data: { text: run.text },
        start: run.start,
        end: run.end,
        suggestions: [{
          desc: 'Write it in lower case; if a word needs weight, say why it matters instead.',
          fix: { start: run.start, end: run.end, text: lowerKeepingSentenceCase(reply, run.start, run.text) },
        }],
      });
    }
    const punct = scan(reply, PUNCT).filter((h) => heatOf(h.sentence).heated);
    for (const hit of punct) {
      const calm = hit.text.includes('?') ? '?' : '.';
      context.report({
        messageId: 'punct',
        data: { text: hit.text },
        start: hit.start,
        end: hit.end,
        suggestions: [{ desc: `End the sentence with a single "${calm}".`, fix: { start: hit.start, end: hit.end, text: calm } }],
      });
    }
    const punctAt = new Set(punct.map((p) => p.start));
    for (const hit of scan(reply, SARCASM)) {
      // "Seriously?!" is one report: the "?!" already covers it.
      if (punctAt.has(hit.end - 1) || punctAt.has(hit.end)) continue;
      // "Really? That's great news!": surprise at good news is not sarcasm.
      if (/^(?:really|honestly)/i.test(hit.text) && FRIENDLY.test(nextSentenceText(reply, hit.sentence))) continue;
      // "Obviously thrilled it worked!", "Clearly you love it, thank you!": an obvious joy is not sarcasm.
      if (/^(?:obviously|clearly)/i.test(hit.text) && FRIENDLY.test(hit.sentence.text)) continue;
      context.report({
        messageId: 'sarcasm',
        data: { text: hit.text.trim() },
        start: hit.start,
        end: hit.end,
        suggestions: [{ desc: 'Drop the aside and say plainly what happens next.' }],
      });
    }
  },
});

function nextSentenceText(reply: Reply, s: Sentence): string {
  return reply.sentences[s.index + 1]?.text ?? '';
}

/** Adjacent shouted words become one report: "ALL NIGHT". */
function runsOf(reply: Reply, hits: Array<{ start: number; end: number }>): Array<{ start: number; end: number; text: string }> {
  const runs: Array<{ start: number; end: number; text: string }> = [];
  for (const h of hits) {
    const last = runs[runs.length - 1];
    if (last && /^[ \t]{1,3}$/.test(reply.text.slice(last.end, h.start))) last.end = h.end;
    else runs.push({ start: h.start, end: h.end, text: '' });
  }
  for (const r of runs) r.text = reply.text.slice(r.start, r.end);
  return runs;
}

function isSignOff(reply: Reply, start: number, word: string): boolean {
  if (word.length > 4) return false;
  const before = reply.text.slice(Math.max(0, start - 3), start);
  const after = reply.text.slice(start + word.length, start + word.length + 40);
  return /(?:[\^*~]|[-–—]\s?)\s*$/.test(before) && /^\s*(?:$|\n|[\s,/&+-]*[\^*~]?[A-Z]{1,4}\b\s*$|\s*https?:)/.test(after);
}

interface LineStarts { starts: number[]; tail: number }

/** Where each line starts, and where the last three non-empty lines begin (computed once per reply). */
const lineStarts = memoPer(function lineStarts(reply: Reply): LineStarts {
  const starts = [0];
  for (let i = reply.text.indexOf('\n'); i >= 0; i = reply.text.indexOf('\n', i + 1)) starts.push(i + 1);
  let tail = reply.text.length;
  let seen = 0;
  for (let k = starts.length - 1; k >= 0 && seen < 3; k--) {
    const end = k + 1 < starts.length ? starts[k + 1]! - 1 : reply.text.length;
    if (reply.text.slice(starts[k]!, end).trim()) { seen++; tail = starts[k]!; }
  }
  return { starts, tail };
});

/** A signature or company line in capitals in the last lines of a reply ("ACME LTD"). */
function isShortCapsLine(reply: Reply, start: number, lines: LineStarts): boolean {
  const { starts } = lines;
  const lo = lastAtMost(starts, start);
  const lineStart = starts[lo]!;
  const lineEnd = lo + 1 < starts.length ? starts[lo + 1]! - 1 : reply.text.length;
  if (lineStart === 0 || lineStart < lines.tail || lineEnd - lineStart > 80) return false;
  const line = reply.text.slice(lineStart, lineEnd).trim();
  return !/[a-z!?]/.test(line) && line.split(/\s+/).length <= 5;
}

function lowerKeepingSentenceCase(reply: Reply, start: number, text: string): string {
  const lower = text.toLowerCase().replace(/\bi\b/g, 'I').replace(/\bi'/g, "I'");
  const before = reply.text.slice(Math.max(0, start - 4), start);
  return /(?:^|[.!?]\s+|\n\s*)$/.test(start < 4 ? `\n${before}` : before) ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
}
