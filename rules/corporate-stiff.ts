// corporate-stiff: form-letter wording ("Please be advised that", "correspondence", "at your earliest
// convenience") with the plain words a person would say instead.
//
// Each entry is matched only where its replacement is right: a `fix` is applied by --fix and must be
// grammatical in every sentence the entry can match (the regex and its lookaheads restrict where that is, and a
// fix function returns null where it cannot tell); anything else is a `suggest`ion, offered but never applied.
// An empty fix deletes the phrase; the edit also takes the comma or space the phrase leaves behind and gives
// the next word the sentence's capital (see deletionEdit). test/rules/corporate-stiff.test.ts runs every fix
// in sentence frames (sentence start, mid-sentence, list item, emphasis, HTML, JSON, YAML, CSV).
// Users add their own pairs with the `phrases` option.
import { casedReplacement, definePhraseRule } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit, Replacement } from '../src/phrases/table.js';
import type { Reply } from '../src/types.js';
import { sentenceTerms } from '../src/nlp/terms.js';

type Hit = PhraseHit;

const APOS = "['’]";
// Word forms of "use" / "try" / "start" / "live" for utilise, endeavour, commence, reside.
const USE_FORMS: Record<string, string> = { e: 'use', es: 'uses', ed: 'used', ing: 'using', ation: 'use', ations: 'uses' };
const TRY_FORMS: Record<string, string> = { '': 'try', s: 'tries', ed: 'tried', ing: 'trying' };
const START_FORMS: Record<string, string> = { e: 'start', es: 'starts', ed: 'started', ing: 'starting', ement: 'start' };
const LIVE_FORMS: Record<string, string> = { e: 'live', es: 'lives', ed: 'lived', ing: 'living' };

// What may follow a phrase that is deleted or swapped in front of a clause: a clause or a noun phrase starts
// with one of these (or a name, a number, a placeholder mask). "Please be advised of the changes" does not.
const CLAUSE_NEXT = String.raw`(?=\s*[,:]|\s+(?:that\b|(?:we|I|you|they|he|she|it|this|these|those|there|the|your|our|my|a|an|all|any|each|every|no|nothing|everything|some|from|as|on|in|at|after|before|since|because|if|when|once|until|due|due\s+to|both|either|only|unfortunately|[A-Z0-9])))`;
// The end of a clause: punctuation, a line end or the end of the text.
const CLAUSE_END = String.raw`(?=\s*(?:[.,;:!?)]|$)|\s*\n)`;
// A word the deleted or replaced phrase may sit after at the start of an imperative: "Kindly send", "and kindly
// send", "could you kindly send".
const IMPERATIVE_BEFORE = /(?:^|[,;:()!?.]\s*|\b(?:and|or|then|so|please|also)\s+|\b(?:could|would|can|will)\s+you\s+|\bif\s+you\s+(?:could|would)\s+)$/i;

/** The text of the hit's sentence before the hit. */
function before(reply: Reply, hit: Hit): string {
  return reply.text.slice(hit.sentence.start, hit.start);
}
/** The text after the hit, to the end of its sentence. */
function after(reply: Reply, hit: Hit): string {
  return reply.text.slice(hit.end, hit.sentence.end);
}
/** Nothing but space, list or quote markers and emphasis before the hit in its sentence. */
function atSentenceStart(reply: Reply, hit: Hit): boolean {
  // (A social reply's @mentions come first: "@acme Kindly send us a DM".)
  return /^[\s"'(\[*_>•+-]*(?:\d{1,3}[.)]\s+)?(?:@\w{1,30}[\s,:]+){0,5}[*_"'(]*$/.test(before(reply, hit));
}
const CLAUSE_NEXT_RE = new RegExp(`^${CLAUSE_NEXT}`);
/** A clause or noun phrase follows the hit (not "of the changes", "to pay"). */
function clauseFollows(reply: Reply, hit: Hit): boolean {
  return CLAUSE_NEXT_RE.test(reply.text.slice(hit.end, hit.end + 40));
}
/** A real question ("Should you need a visa?"): an inverted "should you" that is not a condition. */
function isQuestionStart(reply: Reply, hit: Hit): boolean {
  return atSentenceStart(reply, hit) && /\?\s*$/.test(reply.text.slice(hit.start, hit.sentence.end));
}

// Each entry's `fix` is the plain wording ('' deletes the phrase), or a function of the hit that returns null
// where no replacement is right; then `suggest` is offered instead.
const BUILT_IN: PhraseEntry[] = [
  // "correspondence" is the seed's own example of talking like a form letter. Swapped for "message" only as
  // the thing received ("your correspondence dated 3 May"); "in correspondence with", "our correspondence with
  // you" get a suggestion; a "correspondence address" is a postal term and left alone.
  {
    name: 'correspondence', triggers: ['correspondence', 'correspondences'], regex: String.raw`correspondences?`,
    unless: { after: String.raw`\s+(?:address|addresses|course|school|college|chess|theory|principle)\b` },
    fix: (hit, reply) => {
      const plural = /s$/i.test(hit.text);
      if (/\b(?:in|into|of)\s+$/i.test(before(reply, hit))) return null;
      return /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:dated|of|from|about|regarding|concerning|on|sent|received|and|which|that|to\s+(?:us|me)|yesterday|today|last|earlier|again|carefully|in\s+full|this\s+(?:morning|afternoon|evening|week|month))\b)/i.test(after(reply, hit)) || hit.end === hit.sentence.end
        ? (plural ? 'messages' : 'message') : null;
    },
    suggest: (hit) => (/s$/i.test(hit.text) ? 'messages' : 'message'),
  },
  // "Please be advised (that)": a throat-clearing adjunct. Only with "please"/"kindly" or at the start of a
  // sentence, never as the verb of a clause ("you will be informed when it ships").
  {
    name: 'be-advised', triggers: ['advised', 'informed', 'apprised'],
    regex: String.raw`(?:(?:please\s+(?:kindly\s+)?|kindly\s+)be\s+(?:advised|informed|apprised)|(?<=(?:^|[.!?]\s+|\n[ \t>*_-]*))be\s+(?:advised|apprised))(?:\s+that)?`,
    fix: (hit, reply) => (/^\s+of\b/i.test(after(reply, hit)) ? null : ''),
    suggest: '',
  },
  // kindly -> please, in its imperative uses only.
  {
    // "I kindly ask you to confirm" -> "Please confirm"; "we kindly request that you are patient" has no swap
    // (the verb after "that you" must be the plain form: "that you be patient", "that you send").
    name: 'kindly-ask', triggers: ['kindly'], regex: String.raw`(?:I|we)(?:\s+would|${APOS}d)?\s+kindly\s+(?:ask|request)\s+(?:that\s+you|you\s+to)(?!\s+not\b)`,
    fix: (hit, reply) => (/that\s+you$/i.test(hit.text) && /^\s+(?:are|is|were|was|have|has|had|will|would|can|could|do|does|did|'re|may|might|must|should|\w+ed|\w+s)\b/i.test(after(reply, hit)) ? null : 'please'),
    suggest: 'please',
  },
  { name: 'kindly-asked', triggers: ['kindly'], regex: String.raw`(?:you\s+are|you${APOS}re)\s+kindly\s+(?:asked|requested|invited)\s+to`, fix: 'please' },
  { name: 'please-kindly', triggers: ['kindly'], regex: String.raw`please\s+kindly|kindly\s+please`, fix: 'please' },
  {
    // "Kindly send", "could you kindly send": an imperative. "We kindly ask for ..." is stiff but has no
    // one-word swap; "he kindly offered", "thank you kindly", "kind regards", "Kindly donated by ..." (a participle:
    // "generously") are ordinary English.
    name: 'kindly', triggers: ['kindly'], regex: String.raw`kindly(?=\s+[a-z]|\s*(?:[.,!?…]|$))(?!\s+(?:regards|(?!proceed\b|need\b|heed\b|feed\b)[a-z]+ed\b|given|sent|shown|made|done|written|taken|brought|lent|known|supplied|donated)\b)`,
    keep: (hit, reply) => {
      const b = before(reply, hit);
      return atSentenceStart(reply, hit) || IMPERATIVE_BEFORE.test(b) || /\b(?:I|we)\s+(?:would\s+|do\s+)?$/i.test(b);
    },
    fix: (hit, reply) => ((atSentenceStart(reply, hit) || IMPERATIVE_BEFORE.test(before(reply, hit))) && /^\s+[a-z]|^\s+(?:DM|PM|RT)\b/.test(after(reply, hit)) ? 'please' : null),
    suggest: 'please',
    advice: 'Ask plainly: "Please send ...", or "Could you send ...?"',
  },
  { name: 'earliest-convenience', triggers: ['convenience'], regex: String.raw`at\s+your\s+(?:earliest|soonest)\s+(?:possible\s+)?convenience`, fix: 'when you can' },
  {
    // "We regret to inform you that" -> "We're sorry, but"; before "of a delay" there is no such swap.
    name: 'regret-to-inform', triggers: ['regret'],
    regex: String.raw`(?:I|we)\s+(?:would\s+|must\s+|do\s+)?regret\s+to\s+(?:inform|advise|tell|notify|say)(?:\s+you)?(?:\s+that)?`,
    fix: (hit, reply) => (!/^\s*,/.test(after(reply, hit)) && clauseFollows(reply, hit) ? (/^I\b/i.test(hit.text) ? "I'm sorry, but" : "we're sorry, but") : null),
    suggest: (hit) => (/^I\b/i.test(hit.text) ? "I'm sorry, but" : "we're sorry, but"),
  },
  // "pursuant to our terms" -> "under our terms"; "pursuant to your request" -> "as you asked"; anything else
  // ("pursuant to the meeting") gets "under" as a suggestion.
  { name: 'pursuant-to-request', triggers: ['pursuant'], regex: String.raw`pursuant\s+to\s+(?:your|the\s+customer${APOS}s)\s+requests?`, fix: 'as you asked' },
  {
    name: 'pursuant-to', triggers: ['pursuant'], regex: String.raw`pursuant\s+to`,
    fix: (hit, reply) => (/^\s+(?:(?:our|the|this|these|its|their|your|that|any)\s+(?:[\w-]+\s+){0,2}?(?:terms|contract|polic(?:y|ies)|sections?|clauses?|articles?|paragraphs?|agreements?|laws?|regulations?|act|rules?|conditions|licen[cs]es?|warrant(?:y|ies)|guarantee|notice|orders?|obligations|rights|provisions)\b|(?:section|clause|article|paragraph|regulation|rule)\s|\d)/i.test(after(reply, hit)) ? 'under' : null),
    suggest: 'under',
  },
  { name: 'with-regard-to', triggers: ['regard', 'regards', 'respect', 'reference'], regex: String.raw`(?:in|with)\s+(?:regards?|respect|reference)\s+to|as\s+regards(?=\s+(?:the|your|our|my|this|that|these|those|any)\b)`, fix: 'about' },
  {
    // "We are writing to inform you that", "I write to let you know", "This is to notify you": just say it.
    name: 'writing-to-inform', triggers: ['inform', 'advise', 'notify', 'apprise'],
    regex: String.raw`(?:(?:we|I)(?:\s+(?:would\s+like|wish|want|wanted|write|(?:are|am|were|was)\s+(?:writing|contacting\s+you|emailing\s+you))|${APOS}d\s+like|${APOS}(?:re|m)\s+(?:writing|contacting\s+you|emailing\s+you))\s+to|this\s+(?:(?:e-?mail|message|letter|note|text)\s+)?(?:is|was)\s+(?:just\s+)?to)\s+(?:inform|advise|notify|apprise)\s+you(?:\s+that)?`,
    fix: (hit, reply) => (clauseFollows(reply, hit) ? '' : null),
    suggest: '',
  },
  {
    // "I would like to take this opportunity to thank you": just thank them.
    name: 'take-this-opportunity', triggers: ['opportunity'],
    regex: String.raw`(?:(?:I|we)(?:\s+would|${APOS}d)\s+like\s+to\s+|(?:I|we)\s+(?:wish\s+to\s+|want\s+to\s+)?)take\s+this\s+opportunity\s+to`,
    suggest: '',
  },
  {
    name: 'revert', triggers: ['revert'],
    regex: String.raw`(?:(?:I|we)\s+(?:will|shall)|(?:I|we)${APOS}ll|please|kindly)\s+revert(?:\s+back)?(?=\s+(?:to\s+(?:you|us|me)|at|with|when|as|by|once|within)\b|\s*[.,!])`,
    fix: (hit, _reply, m = hit.text) => m.replace(/\s+revert(?:\s+back)?$/i, ' reply').replace(/^kindly reply$/i, 'please reply').replace(/’/g, "'"),
  },
  { name: 'forthwith', triggers: ['forthwith'], regex: String.raw`forthwith`, fix: 'right away' },
  { name: 'henceforth', triggers: ['henceforth'], regex: String.raw`henceforth`, fix: 'from now on' },
  { name: 'in-lieu-of', triggers: ['lieu'], regex: String.raw`in\s+lieu\s+of`, fix: 'instead of' },
  {
    // "Notwithstanding the delay" -> "Despite the delay"; "the delay notwithstanding" and "notwithstanding that"
    // have no one-word swap.
    name: 'notwithstanding', triggers: ['notwithstanding'], regex: String.raw`notwithstanding`,
    fix: (hit, reply) => (/^\s+(?:the|your|our|my|this|these|those|any|a|an|its|their|his|her|all|some|\d)\b/i.test(after(reply, hit)) ? 'despite' : null),
    suggest: 'despite',
  },
  { name: 'commence', triggers: ['commenc*'], regex: String.raw`commenc(?:e|es|ed|ing|ement)`, fix: (hit) => START_FORMS[/commenc(\w+)$/i.exec(hit.text)![1]!.toLowerCase()] ?? 'start' },
  { name: 'duly', triggers: ['duly'], regex: String.raw`duly(?=\s+[a-z])`, fix: '' },
  {
    // "Please find attached your invoice" -> "I've attached your invoice" (not without an object: "Please find attached.").
    name: 'find-attached', triggers: ['attached', 'enclosed'],
    regex: String.raw`(?:please\s+)?find\s+(?:attached|enclosed)(?:\s+herewith)?|(?:attached|enclosed)\s+please\s+find`,
    fix: (hit, reply) => (/^\s+[^\s.,;:!?)]/.test(after(reply, hit)) ? (/enclosed/i.test(hit.text) ? "I've enclosed" : "I've attached") : null),
    suggest: (hit) => (/enclosed/i.test(hit.text) ? "I've enclosed" : "I've attached"),
  },
  // "Please find more information in ..." -> "You'll find more information in ...".
  { name: 'please-find-info', triggers: ['find'], regex: String.raw`please\s+find(?=\s+(?:more|further|additional|full|all\s+the|the)\s+(?:information|info|details|instructions|steps|answers)\s+(?:in|on|at|below|here|via|through)\b)`, fix: "you'll find" },
  // "attached for your review/perusal": the adjunct adds nothing.
  { name: 'for-your-perusal', triggers: ['perusal', 'review'], regex: String.raw`(?<=(?:attached|enclosed|included|below|above)\s{1,3})for\s+your\s+(?:review|perusal)|for\s+your\s+perusal`, fix: '' },
  {
    // "do not hesitate to contact us": "just reply here"; with a channel or more after it ("call me on ...",
    // "contact us or our partners") keep the verb: "feel free to ...".
    name: 'do-not-hesitate', triggers: ['hesitate'],
    regex: String.raw`(?:please\s+)?(?:do\s+not|don${APOS}t|dont|never)\s+hesitate\s+to\s+(?:[a-z]+(?:\s+(?:out\s+to|out|in\s+touch\s+with|in\s+touch|back\s+to|back|with|to))?(?:\s+(?:me|us))?)`,
    fix: (hit, reply, m = hit.text) => {
      const verb = /hesitate\s+to\s+(.*)$/i.exec(m)![1]!;
      const rest = reply.text.slice(hit.end, hit.end + 20);
      const contactUs = /^(?:contact|reach\s+out\s+to|get\s+in\s+touch\s+with|write\s+to|email|e-mail|message)\s+(?:me|us)$/i.test(verb);
      if (contactUs && !/^\s*(?:,\s*)?(?:on|at|via|by|directly|through|in|using|back|with|again|or|and|\/|&)\b/i.test(rest)) return 'just reply here';
      return `feel free to ${verb}`;
    },
  },
  // "Do not hesitate…" cut short in a list of phrases: the same form-letter line, with no verb to keep.
  { name: 'do-not-hesitate-cut', triggers: ['hesitate'], regex: String.raw`(?:please\s+)?(?:do\s+not|don${APOS}t|dont|never)\s+hesitate(?=\s*(?:…|\.{3}))`, suggest: 'just reply here', advice: 'Say how to reach you: "just reply here".' },
  // "Should you require any further assistance" -> "if you need anything else" (only where the phrase ends the
  // condition); "should you require/need/wish/have ..." -> "if you need/would like/have ...". Not in a question.
  { name: 'should-you-require-assistance', triggers: ['should'], regex: String.raw`should\s+you\s+(?:require|need)\s+any\s+(?:further|additional|more|other)\s+(?:assistance|help|support|information|info)${CLAUSE_END}`, keep: (h, r) => !isQuestionStart(r, h), fix: 'if you need anything else' },
  { name: 'should-you-require', triggers: ['should'], regex: String.raw`should\s+you\s+(?:require|need)`, keep: (h, r) => !isQuestionStart(r, h), fix: 'if you need' },
  { name: 'should-you-wish', triggers: ['should'], regex: String.raw`should\s+you\s+(?:wish|desire)\s+to`, keep: (h, r) => !isQuestionStart(r, h), fix: "if you'd like to" },
  {
    name: 'should-you-have', triggers: ['should'], regex: String.raw`should\s+you(?:${APOS}ve|\s+(?:have|experience|encounter|notice|find|receive))`,
    keep: (h, r) => !isQuestionStart(r, h),
    fix: (hit) => (/ve$/i.test(hit.text) && !/have$/i.test(hit.text) ? 'if you have' : `if you ${/(\w+)$/.exec(hit.text)![1]!.toLowerCase()}`),
  },
  {
    name: 'come-to-our-attention', triggers: ['attention'],
    regex: String.raw`it\s+has\s+(?:come\s+to|been\s+brought\s+to)\s+(?:our|my)\s+attention(?:\s+that)?`,
    fix: (hit, _reply, m = hit.text) => {
      const who = /\bmy\s+attention/i.test(m) ? "I've" : "we've";
      return `${who} ${/brought/i.test(m) ? 'been told' : 'noticed'}${/that$/i.test(m) ? ' that' : ''}`;
    },
  },
  // "as per": a fix where one plain wording is right whatever follows; otherwise "according to" as a suggestion.
  { name: 'as-per-request', triggers: ['per'], regex: String.raw`as\s+per\s+(?:your|the\s+customer${APOS}s)\s+(?:request|requests)`, fix: 'as you asked' },
  { name: 'as-per-instructions', triggers: ['per'], regex: String.raw`as\s+per\s+your\s+instructions?`, fix: 'as you instructed' },
  { name: 'as-per-conversation', triggers: ['per'], regex: String.raw`as\s+per\s+our\s+(?:conversation|discussion|call|phone\s+call|chat)${CLAUSE_END}`, fix: 'as we discussed' },
  { name: 'as-per-rules', triggers: ['per'], regex: String.raw`as\s+per(?=\s+(?:our|the|your|this|these|its|their)\s+(?:(?:current|standard|usual|updated|new|company|company${APOS}s|refund|returns?|cancellation|privacy|booking|delivery|shipping)\s+)?(?:policy|policies|terms|conditions|T&Cs?|T\s*&\s*Cs?|rules|contract|agreement|guidelines|regulations|warranty|guarantee|law|licen[cs]e)\b)`, fix: 'under' },
  { name: 'as-per-participle', triggers: ['per'], regex: String.raw`as\s+per\s+(?:requested|discussed|agreed|mentioned|instructed|advised|stated|promised)`, fix: (hit) => `as ${/(\w+)$/.exec(hit.text)![1]!.toLowerCase()}` },
  { name: 'as-per-above', triggers: ['per'], regex: String.raw`as\s+per\s+(?:above|below)`, fix: (hit) => `as shown ${/(\w+)$/.exec(hit.text)![1]!.toLowerCase()}` },
  { name: 'as-per', triggers: ['per'], regex: String.raw`as\s+per(?!\s+(?:usual|normal|always|my\s+(?:last|previous|earlier)))`, suggest: 'according to', advice: 'Say what it follows in plain words: "as we agreed", "under our policy", "as you asked".' },
  // Reminding the customer they were told: stiff, and it talks down (blames-customer reads it too).
  {
    name: 'per-my-last-email', triggers: ['per', 'previously', 'stated'],
    regex: String.raw`(?:as\s+)?per\s+(?:my|our)\s+(?:last|previous|earlier|prior)\s+(?:email|e-mail|message|reply|response|letter|note)|as\s+(?:previously|already)\s+stated|as\s+stated\s+(?:previously|earlier|before|above|below|in\s+my\s+(?:last|previous|earlier)\s+(?:email|e-mail|message|reply|letter))`,
    fix: '',
    suggest: '',
    advice: 'Say it again plainly without pointing back at what they missed.',
  },
  {
    // "Allow me to clarify." / "Allow me to explain:" -> delete; "Allow me to explain how ..." -> "Let me explain how ...".
    name: 'allow-me-to', triggers: ['allow'], regex: String.raw`allow\s+(?:me|us)\s+to\s+(?:clarify|explain|elaborate)`,
    fix: (hit, reply) => (/^\s*(?:[.,:;!]|$)/.test(after(reply, hit)) ? '' : hit.text.replace(/^allow\s+(me|us)\s+to\s+/i, (_m, who: string) => `let ${who.toLowerCase()} `)),
  },
  {
    // "I can assure you (that) ..." -> delete, before a clause; "assure you of our commitment" has no swap.
    name: 'assure-you', triggers: ['assure', 'reassure'],
    regex: String.raw`(?:(?:I|we)\s+(?:can\s+|could\s+|do\s+|would\s+like\s+to\s+|want\s+to\s+)?|let\s+(?:me|us)\s+)(?:assure|reassure)\s+you(?:\s+that)?`,
    fix: (hit, reply) => (clauseFollows(reply, hit) ? '' : null),
    suggest: '',
    advice: 'Show it instead of assuring: say what you have done.',
  },
  { name: 'subsequent-to', triggers: ['subsequent'], regex: String.raw`subsequent\s+to`, suggest: 'after', advice: 'Say "after".' },
  { name: 'in-accordance-with', triggers: ['accordance'], regex: String.raw`in\s+accordance\s+with`, suggest: 'under', advice: 'Say "under" or "as" ("under our terms", "as agreed"), or just say what happens.' },
  // "We trust this clarifies the matter": a form-letter close that presumes the answer is enough.
  { name: 'we-trust-this', triggers: ['trust'], regex: String.raw`(?:we|I)\s+trust\s+(?:that\s+)?(?:this|the\s+above|the\s+information\s+(?:above|provided))\s+(?:clarifies|answers|resolves|addresses|explains|is\s+(?:satisfactory|sufficient|helpful|clear)|meets|has\s+(?:clarified|answered|resolved))`, suggest: '', advice: 'Ask instead: "Does that answer it?"' },
  { name: 'prior-to', triggers: ['prior'], regex: String.raw`prior\s+to`, fix: 'before' },
  { name: 'in-the-event-that', triggers: ['event'], regex: String.raw`in\s+the\s+event\s+that`, fix: 'if' },
  { name: 'in-the-event-of', triggers: ['event'], regex: String.raw`in\s+the\s+event\s+of`, suggest: 'if there is', advice: 'Say "if": "if the parcel is lost".' },
  {
    // "is not in a position to" -> "can't"; with the subject's contraction kept: "We're not in a position to" -> "We can't".
    name: 'not-in-a-position', triggers: ['position'],
    regex: String.raw`(?:(?:I|we|you|they|he|she|it|that)(?:${APOS}m|${APOS}re|${APOS}s)\s+not|(?:is|are|am)\s+not|isn${APOS}t|aren${APOS}t|(?:was|were)\s+not|wasn${APOS}t|weren${APOS}t)\s+(?:currently\s+)?in\s+a\s+position\s+to`,
    fix: (hit) => {
      const past = /^(?:was|were)/i.test(hit.text);
      const subject = /^(I|we|you|they|he|she|it|that)['’]/i.exec(hit.text)?.[1];
      return `${subject ? `${subject} ` : ''}${past ? "couldn't" : "can't"}`;
    },
  },
  {
    // "We are unable to ... at this time" -> "We can't ... at this time" (say what you can do instead).
    name: 'unable-at-this-time', triggers: ['unable'],
    regex: String.raw`(?:(?:I|we|you|they|he|she|it)(?:${APOS}m|${APOS}re|${APOS}s)|is|are|am|was|were)\s+(?:currently\s+)?unable\s+to`,
    keep: (hit, reply) => /\bcurrently\b/i.test(hit.text) || /\bat\s+(?:this|the\s+present)\s+(?:time|moment|stage|point)\b|\bat\s+(?:present|the\s+moment)\b/i.test(after(reply, hit)),
    fix: (hit) => {
      const subject = /^(I|we|you|they|he|she|it)['’]/i.exec(hit.text)?.[1];
      return `${subject ? `${subject} ` : ''}${/^(?:was|were)\b/i.test(hit.text) ? "couldn't" : "can't"}`;
    },
  },
  { name: 'please-ensure', triggers: ['ensure'], regex: String.raw`please\s+ensure`, fix: 'please make sure' },
  { name: 'reside', triggers: ['resid*'], regex: String.raw`resid(?:e|es|ed|ing)(?=\s+(?:at|in|on|with|outside|abroad|overseas|there|here)\b|\s*[.,;!?])`, fix: (hit) => LIVE_FORMS[/resid(\w+)$/i.exec(hit.text)![1]!.toLowerCase()] ?? 'live' },
  {
    // "furnish us with your details" -> "give us your details"; "a furnished flat" is not this word.
    name: 'furnish-with', triggers: ['furnish*'], regex: String.raw`furnish(?:es|ed|ing)?\s+(?:us|me|them|him|her|you)\s+with`,
    fix: (hit) => {
      const m = /^furnish(es|ed|ing)?\s+(\w+)\s+with$/i.exec(hit.text)!;
      return `${({ es: 'gives', ed: 'gave', ing: 'giving' } as Record<string, string>)[(m[1] ?? '').toLowerCase()] ?? 'give'} ${m[2]!.toLowerCase()}`;
    },
  },
  { name: 'furnish', triggers: ['furnish'], regex: String.raw`(?<=(?:please|kindly|to|you|could\s+you|can\s+you|will\s+you)\s+)furnish(?!\s+(?:us|me|them|him|her|you)\s+with)`, suggest: 'send', advice: 'Say "send" or "give".' },
  {
    // "(This is) (just) a friendly reminder that ..." -> delete; "a friendly reminder to pay" has no one-word swap.
    name: 'friendly-reminder', triggers: ['reminder'],
    regex: String.raw`(?:this\s+is\s+|here${APOS}s\s+|here\s+is\s+)?(?:just\s+)?a\s+(?:quick\s+|gentle\s+)?friendly\s+reminder(?:\s+that|(?=\s*[:,]))`,
    keep: (hit, reply) => atSentenceStart(reply, hit),
    fix: '',
  },
  { name: 'friendly-reminder-other', triggers: ['reminder'], regex: String.raw`(?:this\s+is\s+|here${APOS}s\s+|here\s+is\s+)?(?:just\s+)?a\s+(?:quick\s+|gentle\s+)?friendly\s+reminder`, suggest: '', advice: 'Say the thing you are reminding them of.' },
  {
    name: 'aforementioned', triggers: ['aforementioned', 'aforesaid', 'above-mentioned', 'abovementioned', 'mentioned'],
    regex: String.raw`(?:as\s+|the\s+)?(?:aforementioned|aforesaid|above[-\s]?mentioned)`,
    fix: (hit, reply) => {
      if (/^as\s/i.test(hit.text)) return 'as mentioned';
      if (!/^\s+[\w"']/.test(after(reply, hit))) return null; // "the aforementioned." stands for a noun
      return /^the\s/i.test(hit.text) ? 'the' : '';
    },
    suggest: (hit) => (/^the\s/i.test(hit.text) ? 'this' : 'mentioned'),
  },
  { name: 'herewith', triggers: ['herewith'], regex: String.raw`herewith`, fix: '' },
  { name: 'hereby', triggers: ['hereby'], regex: String.raw`hereby`, fix: '' },
  // "the terms herein" means "in this document": "here" changes it, so it is only offered.
  { name: 'herein', triggers: ['herein'], regex: String.raw`herein`, suggest: 'in this message' },
  {
    name: 'in-receipt-of', triggers: ['receipt'],
    regex: String.raw`(?:we|I)(?:\s+(?:are|am|were|was)|${APOS}re|${APOS}m)\s+in\s+receipt\s+of|(?:we|I)\s+(?:hereby\s+)?acknowledge\s+(?:the\s+)?receipt\s+of`,
    fix: (hit) => {
      const who = /^I\b/i.test(hit.text) ? 'I' : 'we';
      return /^\w+\s+(?:were|was)\b/i.test(hit.text) ? `${who} received` : `${who}'ve received`;
    },
  },
];

/**
 * "endeavour to" is "try to"; the noun ("every endeavour", "your future endeavours") is "effort". Null (the
 * message stands, with no replacement) when only the tagger could tell and the reply's tagging budget is spent.
 */
function endeavourReplacement(reply: Reply, hit: Hit): string | null {
  const suffix = (/endeavou?r(\w*)$/i.exec(hit.text)![1] ?? '').toLowerCase();
  const b = reply.text.slice(Math.max(hit.sentence.start, hit.start - 24), hit.start);
  const a = reply.text.slice(hit.end, hit.end + 4);
  let noun = /\b(?:an?|the|this|that|every|each|your|our|their|his|her|future|best|new|such|any|all)\s+$/i.test(b);
  if (!noun && !/^\s+to\b/i.test(a) && !/\b(?:we|I|they|will|shall|to|always|must|should|would|'ll|'d|and)\s+$/i.test(b)) {
    // Unclear from the neighbours: ask the tagger (this sentence only).
    if (!reply.mayTag(hit.sentence)) return null;
    const tags = termTags(reply, hit);
    noun = tags.has('Noun') && !tags.has('Verb');
  }
  if (noun) return suffix === 's' ? 'efforts' : 'effort';
  return TRY_FORMS[suffix] ?? 'try';
}
BUILT_IN.push(
  { name: 'utilise', triggers: ['utili*'], regex: String.raw`utili[sz](?:e|es|ed|ing|ation|ations)`, fix: (hit) => USE_FORMS[/utili[sz](\w+)$/i.exec(hit.text)![1]!.toLowerCase()] ?? 'use' },
  { name: 'endeavour', triggers: ['endeavo*'], regex: String.raw`endeavou?r(?:s|ed|ing)?`, fix: (hit, reply) => endeavourReplacement(reply, hit) },
);

function termTags(reply: Reply, hit: Hit): Set<string> {
  return sentenceTerms(reply, hit.sentence).find((t) => t.start === hit.start)?.tags ?? new Set();
}

// ---------------------------------------------------------------------------------------------
// Edits

type Edit = { start: number; end: number; text: string };

// A sentence or line starts here: after . ! ? or a line break, then a list or quote marker, then emphasis.
const STARTS = /(?:^|[.!?]["')\]]?[ \t]+|\n)[ \t]*(?:(?:[-*+•>]|\d{1,3}[.)])[ \t]+)?[*_"'(]*$/;

/**
 * The edit that deletes a phrase and what it leaves behind: the comma or colon after it, or the comma and space
 * before it at a clause end; at a sentence start the next word takes the capital; a phrase that is a whole
 * sentence goes with its stop. Null where no deletion is sure to leave a good sentence: the phrase sits between
 * commas ("Thanks, please be advised, ..." and "The fee, as per my last email, is ..." need different edits),
 * runs to a line end, or markup stands where the capital would go or would be left empty.
 */
export function deletionEdit(text: string, start: number, end: number): Edit | null {
  const lead = text.slice(Math.max(0, start - 60), start);
  const atStart = STARTS.test(start < 60 ? `\n${lead}` : lead);
  const rest = text.slice(end, end + 60);
  const capital = /^[A-Z]/.test(text[start] ?? '');
  // The phrase, then an optional comma or colon, then the next word (on the same line, or on the next line of a
  // hard-wrapped paragraph: not after a blank line or before a list or quote marker).
  const next = /^([,:]?)(?:[ \t]+(?=\S)|[ \t]*\r?\n[ \t]*(?=[^\s\-*+>•\d#|]))/.exec(rest);
  if (next) {
    const e = end + next[0].length;
    if (atStart) {
      const c = text[e] ?? '';
      if (capital && /[a-z]/.test(c)) return { start, end: e + 1, text: c.toUpperCase() };
      if (capital && !/[A-Z0-9]/.test(c)) return null;
      return { start, end: e, text: '' };
    }
    if (next[1] === ',' && /,[ \t]*$/.test(lead)) return null;
    // Mid-clause before a comma ("the menu for your perusal, with prices"): the comma stays.
    if (next[1] === ',' && !/(?:^|[,;:(]|\b(?:and|but|so|or|then))[ \t]*$/i.test(lead)) {
      const space = /[ \t]*$/.exec(lead)![0].length;
      return { start: start - space, end, text: '' };
    }
    return { start, end: e, text: '' };
  }
  // The phrase ends its clause.
  const stop = /^[ \t]*[.!?;]+["')\]]?[ \t]*/.exec(rest);
  if (!stop) return null;
  if (atStart) {
    // A whole sentence goes with its stop and the space after it, unless that empties a list item, an emphasis
    // span or the whole text.
    if (/(?:[-*+•>]|\d{1,3}[.)])[ \t]+[*_"'(]*$|[*_]$/.test(lead)) return null;
    if (!/\S/.test(text.slice(0, start) + text.slice(end + stop[0].length))) return null;
    const tail = text.slice(end + stop[0].length, end + stop[0].length + 1);
    const space = tail === '' || tail === '\n' || tail === '\r' ? /[ \t]*$/.exec(lead)![0].length : 0;
    return { start: start - space, end: end + stop[0].length, text: '' };
  }
  const gap = /,?[ \t]+$/.exec(lead);
  return gap ? { start: start - gap[0].length, end, text: '' } : null;
}

/**
 * The replacement in the hit's capitalization. "I" is a capital anywhere, so a phrase that starts with it
 * ("I kindly ask you to") takes its case from where it stands: "Please" at a sentence start, "please" inside.
 */
function cased(text: string, hit: { start: number; text: string }, replacement: string): string {
  if (/^I\b/.test(hit.text) && !/^I\b/.test(replacement)) {
    const lead = text.slice(Math.max(0, hit.start - 60), hit.start);
    const start = STARTS.test(hit.start < 60 ? `\n${lead}` : lead);
    return start ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement[0]!.toLowerCase() + replacement.slice(1);
  }
  return casedReplacement(hit.text, replacement);
}

function resolve(r: Replacement | undefined, hit: Hit, reply: Reply): string | null {
  if (r === undefined) return null;
  return typeof r === 'function' ? r(hit, reply) : r;
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
    languages: ['en'],
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
        '"message", "before", "when you can". The fix swaps in the plain word and keeps the capitalization; where ' +
        'no swap is right in every sentence ("as per the schedule", "we kindly ask for"), the plain wording is ' +
        'offered as a suggestion instead. Everyday support words ("assist", "regarding", "reach out", "going ' +
        'forward") are not flagged.',
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
        // catalog 2: the rest of the form-letter register
        'Per my last email, the voucher runs out on Sunday.',
        'As previously stated, the shop is shut on bank holidays.',
        'I am writing to inform you that your seat has changed.',
        'This is to inform you that the lift is out of order.',
        'I write to inform you that the meter reading is due.',
        'Allow me to clarify how the deposit works.',
        'The revised quote is attached for your review.',
        'I can assure you that your card details are safe.',
        'In the event that the courier misses you, they will leave a card.',
        'Our branch is not in a position to change the booking.',
        'We are unable to issue a refund at this time.',
        'Please ensure the meter is easy to reach.',
        'Please confirm the address where you currently reside.',
        'Kindly furnish us with a copy of the receipt.',
        'This is a friendly reminder that your subscription renews tomorrow.',
        'Just a friendly reminder that the sale ends at midnight.',
        'As per your request, the account has been closed.',
        'Work will commence on the kitchen next week.',
        'Please find more information in the guide below.',
        'We regret to advise you that the course is full.',
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
        // catalog 2: everyday support words stay clean
        'How may I assist you with the booking?',
        'Happy to help with the return.',
        'Going forward, your invoices will arrive by email.',
        'Feel free to reach out if the code fails again.',
        'I wanted to let you know the engineer is on his way.',
        'You will be informed by text when the parcel leaves.',
        'Our neighbour kindly took the parcel in for you.',
        'The flat comes fully furnished, with a washing machine.',
        'Please make sure the meter is easy to reach.',
        'If the courier misses you, they will leave a card.',
        'We can’t change the booking, but I can move it to a later date.',
        'Your correspondence address has been updated.',
        'Should you need a visa for the trip?',
        'I ensure every order is checked twice before it leaves.',
        'Your last email said the parcel was damaged, so I sent a new one.',
      ],
    },
  },
  table: entriesFor,
  // A user phrase may start with a symbol: then its entry runs on every reply.
  tableOptions: { requireTriggers: false },
  report(hits, reply, context) {
    for (const hit of hits) {
      const raw = resolve(hit.entry.fix, hit, reply);
      const edit = raw === null ? null : raw === '' ? deletionEdit(reply.text, hit.start, hit.end) : { start: hit.start, end: hit.end, text: cased(reply.text, hit, raw) };
      if (raw !== null && edit) {
        context.report({
          messageId: raw === '' ? 'delete' : 'replace',
          data: { text: hit.text, plain: raw },
          start: hit.start,
          end: hit.end,
          fix: edit,
          suggestions: [{ desc: raw === '' ? `Delete "${hit.text}" and start with what you want to tell them.` : `Replace "${hit.text}" with "${edit.text}".`, fix: edit }],
        });
        continue;
      }
      // No fix is right here: offer the plain wording (or the deletion) without applying it.
      const offered = raw ?? resolve(hit.entry.suggest, hit, reply);
      const advice = typeof hit.entry.advice === 'function' ? hit.entry.advice(hit, reply) : hit.entry.advice;
      const desc = offered === null ? advice ?? 'Say it the way you would in conversation.'
        : offered === '' ? `Delete "${hit.text}" and say it plainly.${advice ? ` ${advice}` : ''}`
          : `Consider "${cased(reply.text, hit, offered)}" instead of "${hit.text}".${advice ? ` ${advice}` : ''}`;
      const suggested = offered ? { start: hit.start, end: hit.end, text: cased(reply.text, hit, offered) } : undefined;
      context.report({ messageId: 'stiff', data: { text: hit.text }, start: hit.start, end: hit.end, suggestions: [suggested ? { desc, fix: suggested } : { desc }] });
    }
  },
});
