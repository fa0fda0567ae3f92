// negative-follow-up: a closing question that asks for more problems ("Is anything else wrong?") instead of
// offering more help ("How else can I help you today?").
//
// Plain wording, so the phrase table decides: a question (a sentence ending in "?") whose question clause pairs an
// "else / other / more / further" word with a problem word ("wrong", "issues", "not working", "complaints").
// The fix replaces the question from its first word to its "?", so a list or quote marker, emphasis or a
// lead-in ("Okay, ") before it stays.
import { definePhraseRule } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit } from '../src/phrases/table.js';
import { matchCase } from '../src/nlp/match.js';
import type { Reply, Sentence } from '../src/types.js';

const REPLACEMENT = 'How else can I help you today?';

// Things that are wrong, as nouns or as predicates.
const PROBLEM_NOUN = String.raw`(?:problems?|issues?|complaints?|concerns?|faults?|bugs?|errors?|glitch(?:es)?|troubles?|difficult(?:y|ies)|gripes?|grievances?|defects?|niggles?|snags?|hiccups?|disappointments?|frustrations?|failures?|mistakes?)`;
const PROBLEM_STATE = String.raw`(?:wrong|broken|faulty|amiss|damaged|defective|not\s+(?:right|working|ok(?:ay)?|quite\s+right|as\s+(?:it\s+)?should\s+be)|(?:isn't|aren't|wasn't|weren't|is\s+not|are\s+not|was\s+not|were\s+not|not)\s+(?:working|right)|(?:go(?:ne|ing|es)?|went)\s+wrong|(?:stopped|failed|failing)\b|(?:bother(?:ing|s|ed)?|upset(?:ting|s)?|annoy(?:ing|s|ed)?|worry(?:ing)?|frustrat(?:ing|es|ed))\s+you|(?:unhappy|dissatisfied|disappointed|upset|annoyed|frustrated|not\s+happy)\s+(?:about|with)|(?:to\s+)?complain\s+about|playing\s+up|acting\s+up)`;
// "anything else", "any other", "any more", "any further", "other", "else", "more".
const ELSE = String.raw`(?:(?:any|some|every|no)thing\s+else|any(?:thing)?\s+(?:other|more|further|additional|new)|(?<!\b(?:the|that|this|your|my|our|those|these|his|her|their)\s+)(?:other|further|additional|else|more)|what\s+else|which\s+other|what\s+other|another)`;
// Words that may stand between the "else" word and the problem word ("anything else that isn't working",
// "any other login problems"). A preposition or a request word means the problem word belongs to something
// else: "more info about the issues you're having" asks for details, not for more problems.
const GAP = String.raw`(?!(?:about|regarding|on|for|of|in|to|info|information|details?|questions?|help|ways?|steps?|context|screenshots?|photos?|pictures?|examples?|data|ideas?|feedback|can|could|will|I|we|me|without|no|free|fixed|solved|resolved|sorted)\b)[\w']+`;

// An offer to help ("anything else I can help with") is the good closing, even when a problem word follows.
const OFFER = /\b(?:help|assist|do\s+for\s+you|support\s+you)\b[^?]*$/i;
const OFFER_ANYWHERE = /\b(?:can|could|may)\s+(?:I|we)\s+(?:help|assist|fix|sort|solve|resolve|look)/i;
const ELSE_TRIGGERS = ['else', 'other', 'more', 'further', 'additional', 'another', 'new'];

/** The hit is in a question that is not an offer of help. */
function askedForProblems(hit: PhraseHit, reply: Reply): boolean {
  const question = questionSpan(reply, hit.sentence, hit.start);
  if (!question) return false;
  const text = reply.text.slice(question.start, question.end);
  return !OFFER.test(text.slice(0, Math.max(0, hit.start - question.start))) && !OFFER_ANYWHERE.test(text);
}

const ENTRIES: PhraseEntry[] = [
  {
    // The problem word after the "else" word within a few words: "anything else wrong", "any other problems",
    // "anything else that isn't working", "any more issues with the app".
    name: 'else-problem', triggers: ELSE_TRIGGERS,
    regex: String.raw`${ELSE}\b(?:\s+${GAP}){0,5}?\s+(?:${PROBLEM_NOUN}|${PROBLEM_STATE})(?=[\s,?!.'")]|$)`,
    keep: askedForProblems,
  },
  {
    // "What else is wrong?", "Has anything else gone wrong?": the problem verb before the else word.
    name: 'problem-first', triggers: ['else'],
    // also a feeling first: "Are you unhappy about anything else?"
    regex: String.raw`(?:what|anything|something)\s+else\s+(?:is|was|has|have|went|seems|needs)\s+(?:gone\s+|been\s+)?(?:wrong|broken|faulty|amiss|not\s+working)\b|(?:did|has|have|is|was)\s+(?:anything|something)\s+else\s+(?:go(?:ne)?|went|been|broken|break|stopped|stop|failed|fail|crashed|crash)\b|(?:unhappy|dissatisfied|disappointed|upset|annoyed|frustrated|worried|concerned|bothered)\s+(?:about|with|by)\s+(?:anything|something)\s+else\b` +
      // our own mistakes asked for: "Anything else we got wrong?", "Is there anything else I've messed up?"
      String.raw`|(?:anything|something|what)\s+else\s+(?:that\s+)?(?:I|we)(?:'ve|\s+have|\s+had|'d|\s+might\s+have|\s+may\s+have)?\s+(?:\w+\s+)?(?:(?:got|get|gotten|did|done|do)\s+wrong|(?:messed|screwed|mucked|cocked|fouled)\s+up|broken|broke)\b`,
    keep: askedForProblems,
  },
];

export default definePhraseRule({
  meta: {
    id: 'negative-follow-up',
    description: 'Closing question that invites more complaints',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      'invites-complaints': 'This closing question invites more complaints. Offer further help instead.',
    },
    docs: {
      why:
        'Ending with "Is there anything else wrong?" asks the customer to list more failures and leaves the ' +
        'conversation on a sour note. Offer more help instead, so the last thing they read is an open door, not a ' +
        'complaint form.',
      seeds: ['003 Complaint handling: "investigate with supportive questioning"'],
    },
    examples: {
      bad: [
        'Is there anything else wrong?',
        'Are there any other problems?',
        'Anything else not working?',
        'Do you have any other complaints?',
        'Any other issues I should know about?',
        'Is there anything else that is not working for you?',
        'Have you noticed any other problems with the app?',
        'Are there any further issues with your order?',
        'Is anything else broken?',
        'Do you have any more concerns about the service?',
        'Is there something else wrong with the delivery?',
        'Were there any other faults with the kettle?',
        'Any other complaints?',
        'Are there any other issues that aren’t working?',
        'What else is wrong with the booking?',
        'Has anything else gone wrong since the update?',
        'Okay, are there any other problems with your login?',
        'Is there anything else you are unhappy about?',
        'Are you having any other difficulties with the website?',
        'Anything else playing up on the account?',
        'Did anything else go wrong during your stay?',
        'What other issues have you run into?',
        'Is there anything else going wrong?',
        'Are there more problems I should know about?',
        'Has anything else stopped working?',
      ],
      good: [
        'How else can I help you today?',
        'Is there anything else I can help you with?',
        'What else can I do for you?',
        'Is there anything else you need from me?',
        'Can I help with anything else today?',
        'Have you had any problems since I reset it? If so, just reply and I will look again.',
        'Let me know if you run into any other issues.',
        'Is there anything else I can do to put this right?',
        'Does the new password work for you?',
        'Would you like me to check your other orders too?',
        'If anything else goes wrong, reply here and I will fix it.',
        'Do you have any other questions?',
        'Is there anything else I can help with before your trip?',
        'Would another delivery slot suit you better?',
        'Is there any other way I can help?',
        'Do you want me to add the other items to the same order?',
        'Was there anything else you needed?',
        'Is there any other order you’d like me to check?',
      ],
    },
  },
  table: ENTRIES,
  report(hits, reply, context) {
    const done = new Set<number>();
    for (const hit of hits) {
      const { sentence } = hit;
      if (done.has(sentence.index)) continue;
      const question = questionSpan(reply, sentence, hit.start);
      if (!question) continue;
      done.add(sentence.index);
      const replacement = matchCase(reply.text.slice(question.start, question.end), REPLACEMENT);
      const fix = { start: question.start, end: question.end, text: replacement };
      context.report({
        messageId: 'invites-complaints',
        start: question.start,
        end: question.end,
        fix,
        suggestions: [{ desc: `Close by offering help rather than asking what else is wrong: "${REPLACEMENT}"`, fix }],
      });
    }
  },
});

/**
 * The question the hit is in: from the start of its clause to the "?" that ends it. The clause starts at the
 * sentence start, or after a lead-in like "Okay, " or "Thanks, Sam, " so the fix keeps the lead-in.
 * Null when the hit is not in a question.
 */
function questionSpan(reply: Reply, sentence: Sentence, at: number): { start: number; end: number } | null {
  const after = reply.text.slice(at, sentence.end);
  const q = after.indexOf('?');
  if (q < 0) return null;
  const end = at + q + 1;
  const before = reply.text.slice(sentence.start, at);
  // The question starts at the last clause break (", " "; " ": " " - ") before the hit, if what follows it
  // opens a question ("are there ...", "any other ...", "is anything ..."), else at the sentence start.
  const opener = /(?:^|[,;:]\s+|\s[-–—]\s+)["'“‘(*_]*((?:(?:is|are|was|were|do|does|did|have|has|had|any|anything|something|what|which|got|can|could|would|will|noticed|spotted)\b[^,;:]*)?)$/i.exec(before);
  let start = sentence.start;
  if (opener && opener.index > 0) start = sentence.start + opener.index + opener[0].length - opener[1]!.length;
  else if (opener && opener.index === 0) start = sentence.start;
  // The question starts at its first word: a list or quote marker, emphasis or an opening quote stays outside.
  while (start < end && !/[\p{L}\p{N}]/u.test(reply.text[start]!)) start++;
  return { start, end };
}
