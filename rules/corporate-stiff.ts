// corporate-stiff: form-letter wording ("Please be advised that", "correspondence", "at your earliest
// convenience") with the plain words a person would say instead. Fixable: each phrase has a plain replacement
// (or is deleted), keeping the capitalization of the text it replaces. Users add their own pairs with the
// `phrases` option.
import { definePhraseRule, replacementEdit } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit } from '../src/phrases/table.js';
import type { Reply } from '../src/types.js';

type Hit = PhraseHit;

const APOS = "['’]";
// Word forms of "use" / "try" for utilise and endeavour.
const USE_FORMS: Record<string, string> = { e: 'use', es: 'uses', ed: 'used', ing: 'using', ation: 'use', ations: 'uses' };
const TRY_FORMS: Record<string, string> = { '': 'try', s: 'tries', ed: 'tried', ing: 'trying' };

// Each entry's `fix` is the plain wording: a string, '' to delete, or a function of the hit (for word forms).
const BUILT_IN: PhraseEntry[] = [
  // Replies, emails, letters: "correspondence" is the seed's own example of talking like a form letter.
  { triggers: ['correspondence', 'correspondences'], regex: String.raw`correspondences?`, fix: 'message' },
  { triggers: ['advised', 'informed'], regex: String.raw`(?:please\s+)?(?:kindly\s+)?be\s+(?:advised|informed)(?:\s+that)?`, fix: '' },
  { triggers: ['kindly'], regex: String.raw`(?:I|we)\s+(?:would\s+)?kindly\s+(?:ask|request)\s+(?:that\s+you|you\s+to)`, fix: 'please' },
  { triggers: ['kindly'], regex: String.raw`(?:you\s+are|you're)\s+kindly\s+(?:asked|requested)\s+to`, fix: 'please' },
  { triggers: ['kindly'], regex: String.raw`please\s+kindly|kindly\s+please`, fix: 'please' },
  { triggers: ['kindly'], regex: String.raw`(?<!thank\s+you\s+|thanks\s+|thank\s+you\s+very\s+)kindly(?!\s+regards)`, fix: 'please' },
  { triggers: ['convenience'], regex: String.raw`at\s+your\s+(?:earliest|soonest)\s+(?:possible\s+)?convenience`, fix: 'when you can' },
  { triggers: ['regret'], regex: String.raw`(?:I|we)\s+(?:would\s+)?regret\s+to\s+(?:inform|advise|tell|notify)\s+you(?:\s+that)?`, fix: "I'm sorry, but" },
  { triggers: ['pursuant'], regex: String.raw`pursuant\s+to`, fix: 'under' },
  { triggers: ['regard', 'regards', 'respect', 'reference'], regex: String.raw`(?:in|with)\s+(?:regards?|respect|reference)\s+to|as\s+regards`, fix: 'about' },
  // "We are writing to inform you that", "We would like to advise you that", "This is to notify you": just say it.
  { triggers: ['inform', 'advise', 'notify', 'apprise'], regex: String.raw`(?:(?:we|I)\s+(?:would\s+like|${APOS}d\s+like|wish|want)\s+to|(?:we|I)\s+(?:are|am|${APOS}re|${APOS}m)\s+(?:writing|contacting\s+you|emailing\s+you)\s+to|this\s+is\s+to)\s+(?:inform|advise|notify|apprise)\s+you(?:\s+that)?`, fix: '' },
  { triggers: ['apprised'], regex: String.raw`(?:please\s+)?be\s+apprised(?:\s+that)?`, fix: '' },
  { triggers: ['revert'], regex: String.raw`(?:(?:I|we)\s+(?:will|shall)|(?:I|we)${APOS}ll|please|kindly)\s+revert(?:\s+back)?(?=\s+(?:to\s+(?:you|us|me)|at|with|when|as|by|once|within)\b|\s*[.,!])`, fix: (hit, _reply, m = hit.text) => m.replace(/\s+revert(?:\s+back)?$/i, ' reply').replace(/^kindly reply$/i, 'please reply').replace(/’/g, "'") },
  { triggers: ['forthwith'], regex: String.raw`forthwith`, fix: 'right away' },
  { triggers: ['henceforth'], regex: String.raw`henceforth`, fix: 'from now on' },
  { triggers: ['lieu'], regex: String.raw`in\s+lieu\s+of`, fix: 'instead of' },
  { triggers: ['notwithstanding'], regex: String.raw`notwithstanding`, fix: 'despite' },
  { triggers: ['commenc*'], regex: String.raw`commenc(e|es|ed|ing|ement)`, fix: (hit, _reply, m = hit.text) => ({ e: 'start', es: 'starts', ed: 'started', ing: 'starting', ement: 'start' } as Record<string, string>)[/commenc(\w+)$/i.exec(m)![1]!.toLowerCase()] ?? 'start' },
  { triggers: ['duly'], regex: String.raw`duly`, fix: '' },
  { triggers: ['attached', 'enclosed'], regex: String.raw`(?:please\s+)?find\s+(?:attached|enclosed)(?:\s+herewith)?|(?:attached|enclosed)\s+please\s+find`, fix: (hit, _reply, m = hit.text) => (/enclosed/i.test(m) ? "I've enclosed" : "I've attached") },
  {
    // "do not hesitate to contact us": "just reply here"; with a channel after it ("call me on ...") keep the verb.
    triggers: ['hesitate'], regex: String.raw`(?:please\s+)?(?:do\s+not|don${APOS}t|dont|never)\s+hesitate\s+to\s+(?:[a-z]+(?:\s+(?:out\s+to|out|in\s+touch\s+with|in\s+touch|back\s+to|back|with|to))?(?:\s+(?:me|us))?)`,
    fix: (hit, reply, m = hit.text) => {
      const verb = /hesitate\s+to\s+(.*)$/i.exec(m)![1]!;
      const after = reply.text.slice(hit.end, hit.end + 20);
      const contactUs = /^(?:contact|reach\s+out\s+to|get\s+in\s+touch\s+with|write\s+to|email|e-mail|message)\s+(?:me|us)$/i.test(verb);
      if (contactUs && !/^\s+(?:on|at|via|by|directly|through|in|using|back|with|again)\b/i.test(after)) return 'just reply here';
      return `feel free to ${verb}`;
    },
  },
  { triggers: ['should'], regex: String.raw`should\s+you\s+(?:require|need)\s+any\s+(?:further|additional|more|other)\s+(?:assistance|help|support|information|info)`, fix: 'if you need anything else' },
  { triggers: ['should'], regex: String.raw`should\s+you\s+(?:require|need)`, fix: 'if you need' },
  { triggers: ['should'], regex: String.raw`should\s+you\s+(?:wish|desire)\s+to`, fix: "if you'd like to" },
  { triggers: ['should'], regex: String.raw`should\s+you\s+(?:have|experience|encounter|notice|find|receive)`, fix: (hit, _reply, m = hit.text) => `if you ${/(\w+)$/.exec(m)![1]!.toLowerCase()}` },
  { triggers: ['attention'], regex: String.raw`it\s+has\s+(?:come\s+to|been\s+brought\s+to)\s+our\s+attention(?:\s+that)?`, fix: (hit, _reply, m = hit.text) => (/brought/i.test(m) ? "we've been told" : "we've noticed") + (/that$/i.test(m) ? ' that' : '') },
  // "as per" (not "per night"), except the everyday "as per usual"
  { triggers: ['per'], regex: String.raw`as\s+per(?!\s+(?:usual|normal|always))`, fix: (hit, reply, m = hit.text) => (/^\s+(?:your|the\s+customer's)\s+(?:request|instructions?)/i.test(reply.text.slice(hit.end, hit.end + 30)) ? 'as' : 'under') },
  { triggers: ['prior'], regex: String.raw`prior\s+to`, fix: 'before' },
  { triggers: ['utili*'], regex: String.raw`utili[sz](e|es|ed|ing|ation|ations)`, fix: (hit, _reply, m = hit.text) => USE_FORMS[/utili[sz](\w+)$/i.exec(m)![1]!.toLowerCase()] ?? 'use' },
  { triggers: ['endeavo*'], regex: String.raw`endeavou?r(s|ed|ing)?`, fix: (hit, reply) => endeavourReplacement(hit.text, reply, hit) },
  { triggers: ['aforementioned', 'aforesaid'], regex: String.raw`(?:the\s+)?aforementioned|(?:the\s+)?aforesaid`, fix: (hit, _reply, m = hit.text) => (/^the/i.test(m) ? 'this' : '') },
  { triggers: ['herewith'], regex: String.raw`herewith`, fix: '' },
  { triggers: ['hereby'], regex: String.raw`hereby`, fix: '' },
  { triggers: ['herein'], regex: String.raw`herein`, fix: 'here' },
  { triggers: ['receipt'], regex: String.raw`(?:we|I)\s+(?:are|am)\s+in\s+receipt\s+of|(?:we|I)\s+(?:hereby\s+)?acknowledge\s+receipt\s+of`, fix: (hit, _reply, m = hit.text) => (/^I/i.test(m) ? "I've received" : "we've received") },
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

/** The built-in entries, after the user's own pairs (theirs win where both match the same words). */
function entriesFor(options: { phrases?: Record<string, string> } | undefined): PhraseEntry[] {
  const user = options?.phrases && typeof options.phrases === 'object' ? options.phrases : {};
  const mine: PhraseEntry[] = Object.entries(user)
    .filter(([phrase]) => phrase.trim())
    .sort((a, b) => b[0].length - a[0].length)
    .map(([phrase, replace]) => {
      const first = /[\p{L}\p{N}]+/u.exec(phrase)?.[0].toLowerCase();
      return { name: phrase, regex: escapeUserPhrase(phrase), fix: String(replace ?? ''), ...(first ? { triggers: [first] } : {}) };
    });
  return [...mine, ...BUILT_IN];
}

export default definePhraseRule<{ phrases?: Record<string, string> }>({
  meta: {
    id: 'corporate-stiff',
    description: 'Bureaucratic, form-letter wording where a plain word would do',
    family: 'phrase',
    defaultSeverity: 'warn',
    fixable: true,
    messages: {
      replace: '"{{text}}" sounds like a form letter: say "{{plain}}".',
      delete: '"{{text}}" sounds like a form letter: delete it.',
      stiff: '"{{text}}" sounds like a form letter.',
    },
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
  table: entriesFor,
  // A user phrase may start with a symbol: then its entry runs on every reply.
  tableOptions: { requireTriggers: false },
  report(hits, reply, context) {
    for (const hit of hits) {
      const raw = typeof hit.entry.fix === 'function' ? hit.entry.fix(hit, reply) : hit.entry.fix ?? null;
      if (raw === null) {
        context.report({ messageId: 'stiff', data: { text: hit.text }, start: hit.start, end: hit.end, suggestions: [{ desc: 'Say it the way you would in conversation.' }] });
        continue;
      }
      const fix = replacementEdit(reply.text, hit, raw);
      context.report({
        messageId: raw === '' ? 'delete' : 'replace',
        data: { text: hit.text, plain: raw },
        start: hit.start,
        end: hit.end,
        fix,
        suggestions: [{ desc: raw === '' ? `Delete "${hit.text}" and start with what you want to tell them.` : `Replace "${hit.text}" with "${fix.text}".`, fix }],
      });
    }
  },
});
