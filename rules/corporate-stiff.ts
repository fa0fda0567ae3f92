// corporate-stiff: form-letter wording ("Please be advised that", "correspondence", "at your earliest
// convenience") with the plain words a person would say instead. Fixable: each phrase has a plain replacement
// (or is deleted), keeping the capitalization of the text it replaces. Users add their own pairs with the
// `phrases` option.
import { defineRule } from '../src/rule-api.js';
import { matchCase, scan, type Hit } from '../src/nlp/match.js';
import type { Reply } from '../src/types.js';

interface Stiff {
  /** Regex source (case-insensitive, matched on word boundaries). */
  match: string;
  /** The plain wording: a string, '' to delete, or a function of the match (for word forms). */
  replace: string | ((m: string, reply: Reply, hit: Hit) => string | null);
  /** Shown when there is no single plain word (no automatic fix). */
  advice?: string;
}

const APOS = "['’]";
// Word forms of "use" / "try" for utilise and endeavour.
const USE_FORMS: Record<string, string> = { e: 'use', es: 'uses', ed: 'used', ing: 'using', ation: 'use', ations: 'uses' };
const TRY_FORMS: Record<string, string> = { '': 'try', s: 'tries', ed: 'tried', ing: 'trying' };

const BUILT_IN: Stiff[] = [
  // Replies, emails, letters: "correspondence" is the seed's own example of talking like a form letter.
  { match: String.raw`correspondences?`, replace: 'message' },
  { match: String.raw`(?:please\s+)?(?:kindly\s+)?be\s+(?:advised|informed)(?:\s+that)?`, replace: '' },
  { match: String.raw`(?:I|we)\s+(?:would\s+)?kindly\s+(?:ask|request)\s+(?:that\s+you|you\s+to)`, replace: 'please' },
  { match: String.raw`(?:you\s+are|you're)\s+kindly\s+(?:asked|requested)\s+to`, replace: 'please' },
  { match: String.raw`please\s+kindly|kindly\s+please`, replace: 'please' },
  { match: String.raw`(?<!thank\s+you\s+|thanks\s+|thank\s+you\s+very\s+)kindly(?!\s+regards)`, replace: 'please' },
  { match: String.raw`at\s+your\s+(?:earliest|soonest)\s+(?:possible\s+)?convenience`, replace: 'when you can' },
  { match: String.raw`(?:I|we)\s+(?:would\s+)?regret\s+to\s+(?:inform|advise|tell|notify)\s+you(?:\s+that)?`, replace: "I'm sorry, but" },
  { match: String.raw`pursuant\s+to`, replace: 'under' },
  { match: String.raw`(?:in|with)\s+(?:regards?|respect|reference)\s+to|as\s+regards`, replace: 'about' },
  // "We are writing to inform you that", "We would like to advise you that", "This is to notify you": just say it.
  { match: String.raw`(?:(?:we|I)\s+(?:would\s+like|${APOS}d\s+like|wish|want)\s+to|(?:we|I)\s+(?:are|am|${APOS}re|${APOS}m)\s+(?:writing|contacting\s+you|emailing\s+you)\s+to|this\s+is\s+to)\s+(?:inform|advise|notify|apprise)\s+you(?:\s+that)?`, replace: '' },
  { match: String.raw`(?:please\s+)?be\s+apprised(?:\s+that)?`, replace: '' },
  { match: String.raw`(?:(?:I|we)\s+(?:will|shall)|(?:I|we)${APOS}ll|please|kindly)\s+revert(?:\s+back)?(?=\s+(?:to\s+(?:you|us|me)|at|with|when|as|by|once|within)\b|\s*[.,!])`, replace: (m) => m.replace(/\s+revert(?:\s+back)?$/i, ' reply').replace(/^kindly reply$/i, 'please reply').replace(/’/g, "'") },
  { match: String.raw`forthwith`, replace: 'right away' },
  { match: String.raw`henceforth`, replace: 'from now on' },
  { match: String.raw`in\s+lieu\s+of`, replace: 'instead of' },
  { match: String.raw`notwithstanding`, replace: 'despite' },
  { match: String.raw`commenc(e|es|ed|ing|ement)`, replace: (m) => ({ e: 'start', es: 'starts', ed: 'started', ing: 'starting', ement: 'start' } as Record<string, string>)[/commenc(\w+)$/i.exec(m)![1]!.toLowerCase()] ?? 'start' },
  { match: String.raw`duly`, replace: '' },
  { match: String.raw`(?:please\s+)?find\s+(?:attached|enclosed)(?:\s+herewith)?|(?:attached|enclosed)\s+please\s+find`, replace: (m) => (/enclosed/i.test(m) ? "I've enclosed" : "I've attached") },
  {
    // "do not hesitate to contact us": "just reply here"; with a channel after it ("call me on ...") keep the verb.
    match: String.raw`(?:please\s+)?(?:do\s+not|don${APOS}t|dont|never)\s+hesitate\s+to\s+(?:[a-z]+(?:\s+(?:out\s+to|out|in\s+touch\s+with|in\s+touch|back\s+to|back|with|to))?(?:\s+(?:me|us))?)`,
    replace: (m, reply, hit) => {
      const verb = /hesitate\s+to\s+(.*)$/i.exec(m)![1]!;
      const after = reply.text.slice(hit.end, hit.end + 20);
      const contactUs = /^(?:contact|reach\s+out\s+to|get\s+in\s+touch\s+with|write\s+to|email|e-mail|message)\s+(?:me|us)$/i.test(verb);
      if (contactUs && !/^\s+(?:on|at|via|by|directly|through|in|using|back|with|again)\b/i.test(after)) return 'just reply here';
      return `feel free to ${verb}`;
    },
  },
  { match: String.raw`should\s+you\s+(?:require|need)\s+any\s+(?:further|additional|more|other)\s+(?:assistance|help|support|information|info)`, replace: 'if you need anything else' },
  { match: String.raw`should\s+you\s+(?:require|need)`, replace: 'if you need' },
  { match: String.raw`should\s+you\s+(?:wish|desire)\s+to`, replace: "if you'd like to" },
  { match: String.raw`should\s+you\s+(?:have|experience|encounter|notice|find|receive)`, replace: (m) => `if you ${/(\w+)$/.exec(m)![1]!.toLowerCase()}` },
  { match: String.raw`it\s+has\s+(?:come\s+to|been\s+brought\s+to)\s+our\s+attention(?:\s+that)?`, replace: (m) => (/brought/i.test(m) ? "we've been told" : "we've noticed") + (/that$/i.test(m) ? ' that' : '') },
  // "as per" (not "per night"), except the everyday "as per usual"
  { match: String.raw`as\s+per(?!\s+(?:usual|normal|always))`, replace: (m, reply, hit) => (/^\s+(?:your|the\s+customer's)\s+(?:request|instructions?)/i.test(reply.text.slice(hit.end, hit.end + 30)) ? 'as' : 'under') },
  { match: String.raw`prior\s+to`, replace: 'before' },
  { match: String.raw`utili[sz](e|es|ed|ing|ation|ations)`, replace: (m) => USE_FORMS[/utili[sz](\w+)$/i.exec(m)![1]!.toLowerCase()] ?? 'use' },
  { match: String.raw`endeavou?r(s|ed|ing)?`, replace: endeavourReplacement },
  { match: String.raw`(?:the\s+)?aforementioned|(?:the\s+)?aforesaid`, replace: (m) => (/^the/i.test(m) ? 'this' : '') },
  { match: String.raw`herewith`, replace: '' },
  { match: String.raw`hereby`, replace: '' },
  { match: String.raw`herein`, replace: 'here' },
  { match: String.raw`(?:we|I)\s+(?:are|am)\s+in\s+receipt\s+of|(?:we|I)\s+(?:hereby\s+)?acknowledge\s+receipt\s+of`, replace: (m) => (/^I/i.test(m) ? "I've received" : "we've received") },
];

/** "endeavour to" is "try to"; the noun ("every endeavour", "your future endeavours") is "effort". */
function endeavourReplacement(m: string, reply: Reply, hit: Hit): string {
  const suffix = (/endeavou?r(\w*)$/i.exec(m)![1] ?? '').toLowerCase();
  const before = reply.text.slice(Math.max(hit.sentence.start, hit.start - 24), hit.start);
  const after = reply.text.slice(hit.end, hit.end + 4);
  let noun = /\b(?:an?|the|this|that|every|each|your|our|their|his|her|future|best|new|such|any|all)\s+$/i.test(before);
  if (!noun && !/^\s+to\b/i.test(after) && !/\b(?:we|I|they|will|shall|to|always|must|should|would|'ll|'d|and)\s+$/i.test(before)) {
    // Unclear from the neighbours: ask the tagger (this sentence only).
    const tags = termTags(reply, hit);
    noun = tags.has('Noun') && !tags.has('Verb');
  }
  if (noun) return suffix === 's' ? 'efforts' : 'effort';
  return TRY_FORMS[suffix] ?? 'try';
}

function termTags(reply: Reply, hit: Hit): Set<string> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (const s of reply.parse(hit.sentence).json({ offset: true, terms: { offset: true } }) as any[]) {
    for (const t of s.terms) if (hit.sentence.start + t.offset.start === hit.start) return new Set(t.tags);
  }
  return new Set();
}

function escapeUserPhrase(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, APOS)
    .replace(/\s+/g, String.raw`\s+`);
}

/** One regex for every phrase, longest alternatives first so "please be advised that" beats "be advised". */
function compile(list: Stiff[]): RegExp {
  const alternatives = list.map((s, i) => `(?<p${i}>${s.match})`);
  return new RegExp(String.raw`(?<![\w'’-])(?:${alternatives.join('|')})(?![\w'’-])`, 'gi');
}

const builtInRegex = compile(BUILT_IN);
const compiledUser = new Map<string, { list: Stiff[]; regex: RegExp }>();

function phraseTable(user: Record<string, string>): { list: Stiff[]; regex: RegExp } {
  const entries = Object.entries(user).filter(([k]) => k.trim());
  if (entries.length === 0) return { list: BUILT_IN, regex: builtInRegex };
  const key = JSON.stringify(entries);
  let table = compiledUser.get(key);
  if (!table) {
    // User pairs go first: they win over a built-in phrase that matches the same words.
    const mine: Stiff[] = entries
      .sort((a, b) => b[0].length - a[0].length)
      .map(([phrase, replace]) => ({ match: escapeUserPhrase(phrase), replace: String(replace ?? '') }));
    const list = [...mine, ...BUILT_IN];
    table = { list, regex: compile(list) };
    compiledUser.set(key, table);
  }
  return table;
}

export default defineRule<{ phrases?: Record<string, string> }>({
  meta: {
    id: 'corporate-stiff',
    description: 'Bureaucratic, form-letter wording where a plain word would do',
    family: 'phrase',
    defaultSeverity: 'warn',
    fixable: true,
    docs: {
      why:
        'Words like "correspondence", "please be advised" and "pursuant to" make a reply read like a letter from a ' +
        'legal department. Customers trust a person who talks to them the way a helpful acquaintance would, so say ' +
        '"message", "before", "when you can". The fix swaps in the plain word and keeps the capitalization.',
      seeds: ['000 "Don\'t be too formal"', '003 Complaint handling: "Drop all formalities" ("chat", not "correspondence")'],
    },
    options: {
      phrases: {
        type: 'record',
        default: {},
        description: 'Extra stiff phrases and their plain replacements, e.g. { "revert back": "reply" }. An empty replacement deletes the phrase.',
      },
    },
    examples: {
      bad: [
        'Thank you for your correspondence.',
        'Please be advised that your order has shipped.',
        'Kindly send us a photo of the damage.',
        'Please reply at your earliest convenience.',
        'We regret to inform you that the item is out of stock.',
        'Pursuant to our terms, the fee applies.',
        'In regards to your question, the store opens at 9.',
        'Please find attached your invoice.',
        'Please do not hesitate to contact us.',
        'Should you require any further assistance, reply to this email.',
        'It has come to our attention that your card has expired.',
        'As per our agreement, the credit has been applied.',
        'Please arrive ten minutes prior to your appointment.',
        'You can utilize the new dashboard today.',
        'We will endeavor to reply within a day.',
        'We endeavour to answer every message within two days.',
        'Our team is endeavouring to restore the service.',
        'You can utilise the voucher on any order.',
        'The refund was utilised against your next bill.',
        'I kindly ask you to confirm the address.',
        'With regard to your booking, the room is confirmed.',
        'Don’t hesitate to contact me directly on 0161 496 0000.',
        'The aforementioned module is included in your licence.',
        'We are in receipt of your letter dated 3 May.',
        'Enclosed please find the signed form.',
        'With reference to your enquiry, the price has changed.',
        'Should you have any further questions, please contact us.',
        'We are writing to inform you that your order has shipped.',
        'I’ll revert back to you by Friday.',
        'The new plan will commence on 1 May.',
      ],
      good: [
        "I've attached the invoice.",
        'Thanks for the chat earlier.',
        'Thanks for the kind note.',
        'Kind regards,\nSam',
        'Thank you for your kind words about our staff.',
        'Thanks for your email regarding the delivery.',
        'Further to our call, here is the new tracking link.',
        'The room is £120 per night, including breakfast.',
        'Please note the shop is closed on Sunday.',
        'Before your next visit, update your card in the app.',
        'Just reply here if anything else comes up.',
        'As usual, the sale starts on Friday.',
        'We try to answer every message within a day.',
        'The API allows 600 requests per minute.',
        'Thank you kindly for waiting.',
        'We’ll revert the change if you don’t like it.',
        'Regarding your delivery, it’s arriving Friday.',
      ],
    },
  },
  check(reply, context) {
    const user = context.options?.phrases && typeof context.options.phrases === 'object' ? context.options.phrases : {};
    const { list, regex } = phraseTable(user);
    for (const hit of scan(reply, regex)) {
      const groups = hit.groups.groups ?? {};
      const index = Number(Object.keys(groups).find((k) => groups[k] !== undefined)?.slice(1) ?? -1);
      const entry = list[index];
      if (!entry) continue;
      const raw = typeof entry.replace === 'function' ? entry.replace(hit.text, reply, hit) : entry.replace;
      if (raw === null) {
        context.report({ message: `"${hit.text}" sounds like a form letter.`, start: hit.start, end: hit.end, suggestions: [{ desc: entry.advice ?? 'Say it the way you would in conversation.' }] });
        continue;
      }
      const fix = raw === '' ? deletion(reply.text, hit.start, hit.end) : { start: hit.start, end: hit.end, text: matchCase(hit.text, raw) };
      const plain = raw === '' ? 'delete it' : `say "${raw}"`;
      context.report({
        message: `"${hit.text}" sounds like a form letter: ${plain}.`,
        start: hit.start,
        end: hit.end,
        fix,
        suggestions: [{ desc: raw === '' ? `Delete "${hit.text}" and start with what you want to tell them.` : `Replace "${hit.text}" with "${fix.text}".`, fix }],
      });
    }
  },
});

/**
 * Deletes a phrase with its trailing comma and space. At the start of a sentence the next word takes the
 * capital ("Please be advised that, from Monday, ..." -> "From Monday, ...").
 */
function deletion(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let e = end;
  const trail = /^,?[ \t]*/.exec(text.slice(e))![0];
  e += trail.length;
  const before = text.slice(0, start);
  // A line's list marker or opening emphasis ("- ", "1. ", "**") still leaves the phrase at the sentence start.
  const atSentenceStart = /(?:^|[.!?]["')\]]?\s+|\n\s*)(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?(?:\*{1,2}|_{1,2})?$/.test(before);
  if (!trail && /[ \t]$/.test(before)) {
    // mid-sentence before punctuation: take the space before instead ("... hereby.")
    return { start: start - 1, end, text: '' };
  }
  if (atSentenceStart && /[a-z]/.test(text[e] ?? '') && /[A-Z]/.test(text[start] ?? '')) {
    return { start, end: e + 1, text: text[e]!.toUpperCase() };
  }
  return { start, end: e, text: '' };
}
