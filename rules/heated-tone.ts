// heated-tone: shouting and heat. Words in capitals that are not acronyms or codes ("We NEVER charge twice",
// "SO sorry"), runs of "!!", "?!", and a few sarcasm markers ("Seriously?", "Nice try").
//
// Telling shouting from acronyms: shape first (digits or hyphens = a code; no vowels = an acronym; initials in a
// sign-off), then the user's and our allow lists, then compromise: a word the tagger knows as an English word
// (adverb, negative, verb, number ...) is shouting; one it tags #Acronym or as a name is an acronym, unless it is
// long (acronyms are short; "NIGHT", "RIDICULOUS" are words). Everyday words ("NEVER", "AGAIN") are decided
// from a list; only sentences with a capitals word still undecided are tagged.
import { defineRule } from '../src/rule-api.js';
import { scan } from '../src/nlp/match.js';
import type { Reply, Sentence } from '../src/types.js';

// Capitalized words of 2+ letters, with contractions ("DON'T", "I'M"), possibly joined by & / - / digits (codes).
const CAPS = /(?<![\w&/@#.-])[A-Z][A-Z0-9'&/.-]*[A-Z0-9](?![\w&/-]|\.[A-Za-z0-9])(?:'?s\b)?/g;
const PUNCT = /[!?]*(?:!!|\?!|!\?)[!?]*|‽/g;
const SARCASM = /(?:^|(?<=[.!?]\s))(?:seriously|really|honestly)\s*\?|\b(?:yeah,?\s+right|nice\s+try|good\s+luck\s+with\s+that|thanks\s+for\s+nothing|as\s+if)\b(?=[.!?,]|$)|(?<=\s)\/s\b/gim;

// Acronyms that are also English words, or common enough to be safe everywhere.
const KNOWN_ACRONYMS = new Set([
  'IT', 'US', 'USA', 'UK', 'EU', 'UAE', 'GB', 'ID', 'IDS', 'OK', 'PIN', 'PINS', 'SIM', 'SWIFT', 'AM', 'PM', 'TV', 'PC', 'AC', 'DC',
  'RE', 'FW', 'FWD', 'PS', 'PPS', 'CC', 'BCC', 'ETA', 'ASAP', 'FYI', 'TBC', 'TBD', 'TBA', 'NB', 'VAT', 'GST', 'NHS', 'GP', 'HR', 'PR',
  'CEO', 'CFO', 'CTO', 'COO', 'VP', 'MD', 'QA', 'FAQ', 'FAQS', 'API', 'APIS', 'SDK', 'UI', 'UX', 'URL', 'URLS', 'PDF', 'PDFS', 'CSV',
  'SMS', 'MMS', 'GPS', 'ATM', 'IBAN', 'BIC', 'CVV', 'CVC', 'DOB', 'APR', 'AER', 'ISA', 'SEPA', 'BACS', 'CHAPS', 'POS', 'SKU',
  'RMA', 'ZIP', 'README', 'FAQ', 'CLI', 'DM', 'DMS', 'VIP', 'RSVP', 'DIY', 'HQ', 'SLA', 'KPI', 'ROI', 'CRM', 'SEO', 'GDPR', 'HIPAA', 'KYC', 'AML', 'USB', 'HDMI',
  'LED', 'LCD', 'DVD', 'CD', 'WIFI', 'LAN', 'VPN', 'DNS', 'SSL', 'TLS', 'HTTP', 'HTTPS', 'HTML', 'CSS', 'JSON', 'XML', 'MOT', 'VIN',
  'NASA', 'UNESCO', 'NATO', 'UN', 'WHO', 'UTC', 'GMT', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'AEST', 'IST', 'MRI',
  'ECG', 'ICU', 'ENT', 'OTP', '2FA', 'MFA', 'SSO', 'AI', 'OS', 'IOS', 'APP', 'RAM', 'CPU', 'GPU', 'SSD', 'HDD', 'AWS', 'SAAS',
  'LOL', 'OMG', 'BTW', 'IMO', 'TIA', 'THX', 'TY', 'NP', 'PST', 'ACH', 'EFT', 'IRS', 'HMRC', 'DVLA', 'DWP', 'NI', 'PAYE',
  'EV', 'SUV', 'MPG', 'BBQ', 'DJ', 'MC', 'AV', 'PA', 'ESL', 'GCSE', 'SAT', 'ACT', 'MBA', 'PHD', 'BSC', 'MSC', 'CV', 'CVS', 'ISP',
  'NFT', 'QR', 'RSS', 'SIMS', 'TFL', 'BBC', 'ITV', 'CNN', 'ESPN', 'NFL', 'NBA', 'FIFA', 'UEFA', 'ATP', 'PGA', 'AAA', 'RAC', 'AA',
]);

// Everyday words the tagger reads as English words (adverb, modal, pronoun, adjective ...) in every context we
// tried, never as an acronym or a name: in capitals they are shouting, and the sentence need not be tagged
// (each checked with compromise in six sentence frames; test/heated-tone-words.test.ts keeps it so). Deciding them here
// spares most drafts loading the tagger at all.
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

// Tags that mark a real English word when compromise knows it: shouting when written in capitals.
const WORD_TAGS = ['Adverb', 'Negative', 'Verb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Copula', 'Modal', 'Adjective', 'Value', 'Expression', 'QuestionWord', 'Auxiliary', 'Date', 'Duration'];
const NAME_TAGS = ['Acronym', 'Organization', 'Person', 'Place', 'Country', 'City', 'ProperNoun', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Abbreviation', 'Unit'];

const ALLOW_DEFAULT: string[] = [];

export default defineRule<{ allow?: string[] }>({
  meta: {
    id: 'heated-tone',
    description: 'Shouting and heat: words in capitals, "!!", "?!", sarcasm',
    family: 'phrase',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      why:
        'Capitals read as shouting and "!!" or "?!" as exasperation, even when the writer only meant emphasis. With a ' +
        'customer who is already upset, heat answers heat. Say it calmly in lower case; acronyms and reference codes ' +
        '(FAQ, SK118) are fine, and the `allow` option adds your own.',
      seeds: [
        '003 Complaint handling: "Don\'t take it personally" (you control how you react)',
        '003 Complaint handling: "Additional tips" (stay calm and cool under pressure, don\'t escalate the situation)',
      ],
    },
    options: {
      allow: {
        type: 'string[]',
        default: ALLOW_DEFAULT,
        description: 'Extra words in capitals that are acronyms or product names, e.g. ["PULSEFIT", "HIIT"].',
      },
    },
    examples: {
      bad: [
        'We NEVER charge twice.',
        'Please read the email AGAIN!!',
        'Seriously?!',
        "We are SO sorry about this.",
        'That is NOT what our policy says.',
        'The parcel was sent ALREADY.',
        'Our engineers worked ALL NIGHT on this.',
        'You need to arrive FIFTEEN minutes early.',
        'Your order has shipped!!!',
        'Why would you do that?!',
        'I told you this is RIDICULOUS.',
        "I DON'T know what else to say.",
        'We did everything we could. Seriously?',
        'The lab is VERY busy this month.',
        'We announced it by email AND in the app.',
        'The fee is NON-REFUNDABLE.',
        'IMPORTANT: you must return the form.',
        'You have to wait UNTIL Monday.',
      ],
      good: [
        'We never charge twice for one order, so let\'s find out what happened.',
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
      ],
    },
  },
  check(reply, context) {
    const allow = new Set([...(Array.isArray(context.options?.allow) ? context.options.allow : [])].map((w) => String(w).toUpperCase()));
    const decided = new Map<number, boolean>(); // caps word start -> is shouting
    const undecided: Array<{ start: number; end: number; word: string; sentence: Sentence }> = [];
    const caps = scan(reply, CAPS);
    for (const hit of caps) {
      const verdict = byShape(reply, hit.text, hit.start, allow);
      if (verdict === undefined) undecided.push({ start: hit.start, end: hit.end, word: hit.text, sentence: hit.sentence });
      else decided.set(hit.start, verdict);
    }
    // The tagger only sees the sentences that still have an undecided word.
    for (const u of undecided) decided.set(u.start, byTags(reply, u.sentence, u.start, u.word));
    // Collision words ("US", "IT") shout when they stand next to a shouted word: "CALL US NOW".
    const shouting = caps.filter((h) => decided.get(h.start) === true || (isEnglishAcronymCollision(h.text) && neighbourShouts(caps, h, decided, reply)));
    for (const run of runsOf(reply, shouting)) {
      context.report({
        message: `"${run.text}" in capitals reads as shouting.`,
        start: run.start,
        end: run.end,
        suggestions: [{
          desc: 'Write it in lower case; if a word needs weight, say why it matters instead.',
          fix: { start: run.start, end: run.end, text: lowerKeepingSentenceCase(reply, run.start, run.text) },
        }],
      });
    }
    const punct = scan(reply, PUNCT);
    for (const hit of punct) {
      const calm = hit.text.includes('?') ? '?' : '.';
      context.report({
        message: `"${hit.text}" reads as exasperated.`,
        start: hit.start,
        end: hit.end,
        suggestions: [{ desc: `End the sentence with a single "${calm}".`, fix: { start: hit.start, end: hit.end, text: calm } }],
      });
    }
    for (const hit of scan(reply, SARCASM)) {
      // "Seriously?!" is one report: the "?!" already covers it.
      if (punct.some((p) => p.start < hit.end + 1 && p.end > hit.start)) continue;
      context.report({
        message: `"${hit.text.trim()}" sounds sarcastic.`,
        start: hit.start,
        end: hit.end,
        suggestions: [{ desc: 'Drop the aside and say plainly what happens next.' }],
      });
    }
  },
});

/** Shouting (true), acronym or code (false), or undefined when the tagger has to decide. */
function byShape(reply: Reply, word: string, start: number, allow: Set<string>): boolean | undefined {
  const bare = word.replace(/'S$|'s$/, '');
  const letters = bare.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false; // "I", "A", "I'D"? (single letters are not shouting)
  // Codes and acronyms: SK118, GF-220, A&E, U.K. A hyphenated pair of real words ("NON-REFUNDABLE", "OPT-OUT")
  // is not a code: the tagger reads its parts.
  if (/[0-9&/.]/.test(bare) || (bare.includes('-') && !isHyphenatedWord(bare))) return false;
  if (allow.has(bare) || KNOWN_ACRONYMS.has(bare)) return false;
  if (/'/.test(bare)) return true; // contractions are words: DON'T, I'M, CAN'T
  if (!/[AEIOUY]/.test(letters)) return false; // no vowel: PDF, NHS, HR
  if (isSignOff(reply, start, bare)) return false; // initials after a "^" or "-" at the end of a social reply
  if (isShortCapsLine(reply, start)) return false; // a signature or company line in capitals: "ACME LTD"
  // A code someone types or a label on screen: "use the code SPRING", "text STOP", "press the SUBMIT button"
  if (/\b(?:codes?|reference|ref|password|keyword|hashtag|enter|type|text|reply\s+with|quote|click|tap|press|select|hit)(?:\s+(?:is|was|will\s+be|on|the))?\s*[:=]?\s*["']?$/i.test(reply.text.slice(Math.max(0, start - 24), start))) return false;
  if (/^["']?\s+(?:button|tab|key|link|field|menu|option|icon|setting|code)s?\b/i.test(reply.text.slice(start + word.length, start + word.length + 12))) return false;
  if (PLAIN_WORDS.has(bare)) return true;
  return undefined;
}

interface TermInfo { text: string; tags: Set<string>; start: number; post: string }

/** The compromise tags of one capitals word, read from its sentence's parse. */
function byTags(reply: Reply, sentence: Sentence, start: number, word: string): boolean {
  const all: TermInfo[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (const s of reply.parse(sentence).json({ offset: true, terms: { offset: true } }) as any[]) {
    for (const t of s.terms) all.push({ text: t.text, tags: new Set(t.tags), start: sentence.start + t.offset.start, post: t.post ?? '' });
  }
  const i = all.findIndex((t) => t.start === start);
  const tags = i >= 0 ? all[i]!.tags : new Set<string>();
  const letters = word.replace(/[^A-Z]/g, '').length;
  if (tags.has('RomanNumeral')) return false; // "CLI", "CI", "Part IV": read as numerals, never shouting
  if (WORD_TAGS.some((t) => tags.has(t)) && !tags.has('Acronym')) return true;
  if (i >= 0 && isBrandName(reply, all, i, word)) return false;
  if (NAME_TAGS.some((t) => tags.has(t)) || tags.size === 0) return letters >= 5 && !tags.has('Organization') && !tags.has('ProperNoun') && !tags.has('Person') && !tags.has('Place');
  // An ordinary noun the tagger knows ("NEED", "TIME"): shouting.
  return true;
}

/** "NON-REFUNDABLE", "OPT-OUT": letters only, parts of 2+ letters, one of them a word-sized part with a vowel. */
function isHyphenatedWord(word: string): boolean {
  const parts = word.split('-');
  return parts.every((p) => /^[A-Z]{2,}$/.test(p)) && parts.some((p) => p.length >= 3 && /[AEIOUY]/.test(p));
}

/**
 * A brand or product name written in capitals ("XFINITY Internet", "XFINITY HD", "Sky Q HUB"): a word the tagger only
 * knows as a noun, joined to another name word, or written the same way again elsewhere in the reply. Shouted
 * adverbs, verbs and adjectives ("the WRONG address", "ALL NIGHT") never get here (the tagger knows them as words).
 * A lone unknown word before an ordinary noun ("the PULSEFIT app") stays a report: the `allow` option is for those.
 */
function isBrandName(reply: Reply, all: TermInfo[], i: number, word: string): boolean {
  const t = all[i]!;
  if (!t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('Plural') || word.length < 4) return false;
  const next = all[i + 1];
  const prev = all[i - 1];
  const joined = (a: TermInfo | undefined) => Boolean(a) && /^[ \t]+$/.test(a!.post);
  // Followed by a name word ("XFINITY Internet", "XFINITY HD").
  if (next && joined(t)) {
    if ((/^[A-Z][a-z]+$/.test(next.text) && next.tags.has('ProperNoun')) || (/^[A-Z]{2,}$/.test(next.text) && (KNOWN_ACRONYMS.has(next.text) || !/[AEIOUY]/.test(next.text)))) return true;
  }
  // Preceded by a name word ("Tesco EXTRA", "Sky Q HUB") that is not the start of the sentence.
  if (prev && joined(prev) && i > 1 && /^[A-Z][a-z]+$/.test(prev.text) && prev.tags.has('ProperNoun')) return true;
  // The same capitals word again in the reply: a name the writer always writes that way.
  return reply.text.split(new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`)).length > 2;
}

function isEnglishAcronymCollision(word: string): boolean {
  return /^(?:US|IT|AM|OK|WHO|ACT|APP)$/.test(word);
}

function neighbourShouts(caps: Array<{ start: number; end: number }>, hit: { start: number; end: number }, decided: Map<number, boolean>, reply: Reply): boolean {
  const i = caps.findIndex((c) => c.start === hit.start);
  const prev = caps[i - 1];
  const next = caps[i + 1];
  const adjacent = (a: { end: number }, b: { start: number }) => /^[ \t]+$/.test(reply.text.slice(a.end, b.start));
  return Boolean((prev && decided.get(prev.start) && adjacent(prev, hit)) || (next && decided.get(next.start) && adjacent(hit, next)));
}

/** Adjacent shouted words become one report: "ALL NIGHT". */
function runsOf(reply: Reply, hits: Array<{ start: number; end: number }>): Array<{ start: number; end: number; text: string }> {
  const runs: Array<{ start: number; end: number; text: string }> = [];
  for (const h of hits) {
    const last = runs[runs.length - 1];
    if (last && /^[ \t]+$/.test(reply.text.slice(last.end, h.start))) last.end = h.end;
    else runs.push({ start: h.start, end: h.end, text: '' });
  }
  for (const r of runs) r.text = reply.text.slice(r.start, r.end);
  return runs;
}

function isSignOff(reply: Reply, start: number, word: string): boolean {
  if (word.length > 4) return false;
  const before = reply.text.slice(Math.max(0, start - 3), start);
  const after = reply.text.slice(start + word.length);
  return /(?:[\^*~]|[-–—]\s?)\s*$/.test(before) && /^\s*(?:$|\n|[\s,/&+-]*[\^*~]?[A-Z]{1,4}\b\s*$|\s*https?:)/.test(after);
}

function isShortCapsLine(reply: Reply, start: number): boolean {
  const lineStart = reply.text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = reply.text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = reply.text.length;
  const line = reply.text.slice(lineStart, lineEnd).trim();
  if (lineStart === 0 || /[a-z!?]/.test(line) || line.split(/\s+/).length > 5) return false;
  // Only in the last lines of a reply (signature, company name), never a line on its own in the body.
  const rest = reply.text.slice(lineEnd).split('\n').filter((l) => l.trim()).length;
  return rest <= 2;
}

function lowerKeepingSentenceCase(reply: Reply, start: number, text: string): string {
  const lower = text.toLowerCase().replace(/\bi\b/g, 'I').replace(/\bi'/g, "I'");
  const before = reply.text.slice(0, start);
  return /(?:^|[.!?]\s+|\n\s*)$/.test(before) ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
}
