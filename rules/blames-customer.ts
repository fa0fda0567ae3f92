// blames-customer: telling customers the problem is their fault, contradicting them, reminding them they were told,
// or talking down to them.
//
// Fixed phrases are regexes with their triggers. Grammar decides a few things, read from the words around the
// phrase: who is blamed ("you should have read" blames; "you should have received it, and that's on us" owns it),
// whether the verb after "you should/must have" or "if you had" is something the customer did (a participle) or
// something they have/felt ("have access", "have been worried"), and whether a reproach is negated or
// conditional. Word lists of participles decide those, so the tagger is never loaded for this rule.
import { definePhraseRule } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit } from '../src/phrases/table.js';
import type { Reply } from '../src/types.js';
import { clauseEnd, windowed } from './_ownership.js';

type Id = 'blames' | 'condescends' | 'contradicts';
interface Entry extends PhraseEntry {
  messageId: Id;
  /** Report to the end of the clause ("You should have read the instructions before plugging it in"). */
  toClauseEnd?: boolean;
}

const notConditional = (hit: PhraseHit, reply: Reply) => !/\b(?:if|in\s+case|whether|when|unless)\s+(?:\w+\s+){0,2}$/i.test(reply.text.slice(hit.sentence.start, hit.start));
const notNegatedBefore = (n: number) => (hit: PhraseHit, reply: Reply) =>
  !/(?:\b(?:not|no|never|nothing|hardly)|n't)\b[^.!?]*$/i.test(reply.text.slice(Math.max(hit.sentence.start, hit.start - n), hit.start));
/** The sentence owns the failure or apologises: "You should have received it, and that's on us". */
const notOwned = (hit: PhraseHit) => !OWNS.test(afterBut(hit));
/** The part of the hit's sentence that still speaks: what follows a "but"/"however" before the hit undoes an apology. */
function afterBut(hit: PhraseHit): string {
  const s = hit.sentence;
  const head = s.text.slice(0, hit.start - s.start);
  const m = /\b(?:but|however|though)\b(?![\s\S]*\b(?:but|however|though)\b)/i.exec(head);
  return m ? s.text.slice(m.index) : s.text;
}
const OWNS = /\b(?:sorry|apologi[sz]e|apologies|our\s+(?:fault|mistake|error|bad)|my\s+(?:fault|mistake|error|bad)|on\s+(?:us|me)|we\s+(?:didn't|did\s+not|failed|forgot)|I\s+(?:didn't|did\s+not|failed|forgot)|we\s+should\s+have|I\s+should\s+have|you're\s+right|you\s+are\s+right)\b/i;

// "calm down" said to the customer: at the start of the sentence or after "please", "you need to" ...
const CALM_LEAD = /(?:^\s*(?:@\w+\s+)*|\b(?:please|just|you\s+(?:need|have)\s+to|try\s+to|need\s+you\s+to|ask\s+you\s+to|(?:can|could|will)\s+you|you\s+(?:should|must)|you'll\s+need\s+to|okay|ok)\s*,?\s*)$/i;

// "As stated in our terms, refunds take 14 days", "As mentioned in my previous email, ...", "As per my last email":
// pointing at something the customer should already have read. Not when the sentence is the agent doing something
// ("As mentioned on the phone, I've booked ...") or the reference is in the customer's favour.
const DOC = String.raw`(?:terms(?:\s+(?:and|&)\s+conditions)?|t\s*&\s*cs|t's\s*&\s*c's|conditions|polic(?:y|ies)|e-?mails?|messages?|replies|reply|responses?|letters?|confirmation(?:\s+e-?mail)?|notifications?|notices?|website|site|web\s+page|page|faqs?|help\s+(?:centre|center|article|page|section)|articles?|guides?|instructions|manual|handbook|documentation|docs|contract|agreement|invoice|receipt|listing|description|checkout|booking\s+(?:form|page|confirmation)|welcome\s+(?:pack|e-?mail|letter)|brochure|leaflet|small\s+print|fine\s+print|label|packaging|summary|texts?|sms|newsletter|correspondence|chat|thread|ticket|terms\s+of\s+(?:service|use|sale)|app|product\s+page|order\s+confirmation)`;
const AS_DOCUMENTED = (
  String.raw`\bas\s+(?:(?:is|was|it\s+is|it\s+was|we|I)\s+)?(?:have\s+|had\s+|'ve\s+)?(?:previously\s+|already\s+|clearly\s+|also\s+|explicitly\s+)?(?:stated|mentioned|outlined|explained|noted|detailed|specified|set\s+out|indicated|written|shown|advised|described|highlighted|listed|displayed|communicated|covered|documented|printed|laid\s+out|spell?(?:ed|t)\s+out|pointed\s+out|said)\s+(?:(?:clearly|previously|already|before)\s+)?(?:in|on|at|within|under|throughout|by)\s+(?:(?:our|the|my|your|this|that|each|every|all|both)\s+)?(?:(?:previous|earlier|last|first|original|prior|recent|above|below|full|online|booking|product|order|welcome|confirmation|written|same)\s+){0,2}${DOC}\b` +
    String.raw`|\bas\s+per\s+(?:my|our)\s+(?:(?:previous|earlier|last|prior|original|recent)\s+)${DOC}\b`
);
// What the customer cannot have, must do, or has missed: the reading that makes a document reference a reproach.
const RESTRICTION = /(?:\b(?:not|no|non-?\w+|cannot|only|must|final|expired|ended|closed|exclud\w+|extra|fees?|charge[sd]?|deadline|within|after|before|required|requires?|need\s+to|have\s+to|has\s+to|liable|responsible|void|ineligible|invalid|forfeit\w*|subject\s+to|own\s+risk|takes?\s+(?:up\s+to\s+)?\d+|\d+\s+(?:working\s+|business\s+)?days)\b|n't\b)/i;
const AGENT_ACTS = /\b(?:I've|I\s+have|I'll|I\s+will|I'm|I\s+am|we've|we\s+have|we'll|we\s+will|we're|we\s+are|let\s+me|I\s+can|we\s+can|I\s+(?:just\s+)?(?:booked|sent|added|refunded|arranged|attached|moved|changed))\b/i;
const IN_THEIR_FAVOUR = /\b(?:entitled|eligible|covered|free\s+of\s+charge|you\s+(?:can|may)\b(?!'t|not)|you're\s+able|you\s+are\s+able|refund(?:ed)?\s+in\s+full)\b/i;

// --- catalog 2 -------------------------------------------------------------------------------------------------

// Verbs after "you should/must have" that own the failure or feel for the customer instead of blaming them.
const NOT_BLAME = new Set([
  'been', 'had', 'received', 'receive', 'got', 'gotten', 'heard', 'seen', 'felt', 'thought', 'wondered', 'worried',
  'waited', 'wanted', 'expected', 'hoped', 'assumed', 'imagined', 'found', 'noticed', 'come', 'gone', 'experienced',
  'suffered', 'lost', 'spent', 'needed', 'liked', 'loved', 'enjoyed', 'missed', 'being', 'access', 'to', 'paid', 'charged',
  'billed', 'told', 'given', 'offered', 'sent', 'shown', 'informed', 'contacted', 'called', 'emailed', 'notified', 'refunded',
  'credited', 'delivered', 'updated', 'answered', 'replied', 'left', 'fed', 'frustrated', 'disappointed', 'upset', 'annoyed',
  'confused', 'concerned', 'stressed', 'shocked', 'surprised',
]);
// Telling verbs that blame when their object is us ("you should have told us"), not when owed ("you should have been told").
const TOLD_US = new Set(['told', 'contacted', 'called', 'emailed', 'informed', 'notified', 'phoned', 'messaged']);
// Verbs after "you should have" that are passive states done to the customer ("you should have been told"): owned.
// "could have" blames only when it names something the customer failed to do.
const COULD_BLAME = new Set(['contacted', 'called', 'asked', 'told', 'checked', 'read', 'emailed', 'mentioned', 'let', 'informed', 'phoned', 'looked', 'followed']);
// Participles that do not end in -ed/-en: "you should have read / kept / put / sent".
const IRREGULAR_PARTICIPLE = /^(?:read|set|put|done|made|sent|paid|bought|kept|left|told|sold|spoken|understood|run|shut|cut|hit|brought|held|built|won|met|taken|chosen|written|given|shown|known|forgot(?:ten)?|thought|caught|taught|found|stuck|spun|swept|dealt|meant|lent|spent|sought|withdrawn|undone|overlooked|misread|misunderstood|begun|drawn|driven|eaten|fallen|flown|grown|hidden|ridden|risen|seen|shaken|stolen|struck|sworn|torn|thrown|woken|worn)$/;
/** Is this word a past participle, read from its form (no tagger): "entered", "chosen", "read", "double-checked". */
function isParticiple(word: string): boolean {
  const w = word.toLowerCase().split('-').pop()!;
  if (IRREGULAR_PARTICIPLE.test(w)) return true;
  if (/^(?:need|feed|seed|speed|bleed|breed|heed|weed|bed|red|shed|hundred|kindred|sacred|naked|wicked|wretched|even|open|often|seven|eleven|heaven|garden|kitchen|token|linen|oxygen|happen|listen|broken)$/.test(w)) return /^broken$/.test(w);
  return /(?:[^e]ed|[a-z]{2}en)$/.test(w) && w.length > 3;
}

// "you should have read", "you must have entered", "you should've checked", "you could have called us".
const MODAL_PERFECT: Entry = {
  name: 'modal-perfect', messageId: 'blames', toClauseEnd: true,
  triggers: ['should', 'must', 'ought', 'could', 'may', 'might'],
  regex: String.raw`you\s+(?:(?:really|also|just|probably|clearly|obviously|simply|already|first|properly|actually|definitely|surely|then)\s+)?(should|must|ought\s+to|could|may|might)(?:\s+not|n't)?(?:\s+have|'ve)\s+(?:(?:really|also|just|probably|clearly|obviously|simply|already|first|properly|actually|definitely|surely|then)\s+)?((?:[a-z]+-)?[a-z]+)`,
  keep: (hit, reply) => {
    const modal = hit.groups![1]!.toLowerCase().replace(/\s+to$/, '');
    const word = hit.groups![2]!.toLowerCase();
    const last = word.split('-').pop()!;
    // "you should have told us / contacted the store": the customer's omission, not something owed to them.
    const toUs = TOLD_US.has(last) && /^\s+(?:us|me|our\s+(?:team|store|shop|support|helpline)|the\s+(?:store|shop|team|helpline))\b/i.test(reply.text.slice(hit.end, hit.end + 30));
    if ((NOT_BLAME.has(last) && !toUs) || !isParticiple(word)) return false;
    if (modal === 'could' && !COULD_BLAME.has(last)) return false;
    // "you may/might have entered the wrong code" blames; "you may have noticed our new app" does not.
    if ((modal === 'may' || modal === 'might') && !/\b(?:wrong|incorrect|old|invalid|mistyped|by\s+mistake|accidentally|missed|forgot|forgotten|ignored|overlooked|misread|misunderstood|skipped)\b/i.test(hit.sentence.text)) return false;
    if (/^\s*(?:had\s+to|been)\b/i.test(reply.text.slice(hit.end, hit.end + 8))) return false;
    return notOwned(hit) && notConditional(hit, reply);
  },
};

// "If you had followed the guide, this wouldn't happen", "Had you chosen a courtyard room, you would not have ...",
// "If you'd read the policy ...". Reading or following is blame even with the consequence left unsaid.
const STRONG_COUNTERFACTUAL = /^(?:read|followed|checked|listened|looked|bothered|paid|double-checked|re-?read)$/;
const NOT_COUNTERFACTUAL_BLAME = new Set(['been', 'had', 'received', 'got', 'gotten', 'heard', 'seen', 'known', 'needed', 'wanted', 'liked', 'preferred', 'loved', 'experienced', 'waited', 'happened', 'mentioned', 'told', 'given', 'sent', 'offered', 'charged', 'billed']);
const COUNTERFACTUAL: Entry = {
  name: 'counterfactual', messageId: 'blames', toClauseEnd: true, triggers: ['had', 'if'],
  regex: String.raw`(?:if\s+you(?:\s+(had)|('d))|(had)\s+you)\s+(?:(?:only|just|simply|actually|properly|carefully|first|already)\s+)?((?:[a-z]+-)?[a-z]+)`,
  keep: (hit, reply) => {
    const aux = (hit.groups![1] ?? hit.groups![2] ?? hit.groups![3] ?? '').toLowerCase();
    const word = hit.groups![4]!.toLowerCase();
    if (NOT_COUNTERFACTUAL_BLAME.has(word) || !isParticiple(word)) return false;
    // "Had you ..." opens a clause: the sentence start, or after a comma, "but" or "and".
    if (aux === 'had' && !/(?:^|[,;:]|\b(?:but|and))\s*$/i.test(reply.text.slice(hit.sentence.start, hit.start))) return false;
    const rest = reply.text.slice(hit.end, hit.sentence.end);
    // The other half of the counterfactual: "..., this wouldn't happen / you would have known".
    const consequence = /\b(?:would|wouldn't|could|couldn't|might)\b|'d\s+(?!better\b)[a-z]+/i.test(rest);
    const trailing = /^[^.!?]{0,60}(?:…|\.{2,}|[.!?]?\s*$)/.test(rest);
    if (!consequence && !(STRONG_COUNTERFACTUAL.test(word.split('-').pop()!) && trailing)) return false;
    // "If you had booked through us we'd have covered it, so I've asked the agent to" is not a reproach.
    return !/\b(?:so|and|but)\s+(?:I've|I\s+have|I'll|I\s+will|we've|we\s+have|we'll)\b/i.test(hit.sentence.text) && notOwned(hit);
  },
};

const CATALOG_2: Entry[] = [
  // ---- Contradicting the customer ----
  {
    name: 'youre-wrong', messageId: 'contradicts', triggers: ['mistaken', 'wrong', 'incorrect', 'misinformed', 'misremembering', 'mixing'],
    regex: String.raw`(?:you're|you\s+are|you\s+were|youre)\s+(?:simply\s+|just\s+|quite\s+|completely\s+|totally\s+|clearly\s+|obviously\s+|actually\s+)?(?:mistaken|wrong|incorrect|misinformed|misremembering|mixing\s+(?:this|it|things|that)\s+up)(?!\s+(?:to\s+(?:worry|think|be)|about\s+(?:the\s+)?(?:fee|charge)\s+being))`,
    keep: (hit, reply) => notConditional(hit, reply) && notNegatedBefore(20)(hit, reply) && notOwned(hit) && !/\?\s*$/.test(hit.sentence.text),
  },
  {
    // "You must be confused", "you might be thinking of another offer": not "you must be confused by all these letters".
    name: 'you-must-be-confused', messageId: 'contradicts', triggers: ['confused', 'mistaken', 'thinking', 'mixing', 'misremembering'],
    regex: String.raw`you\s+(?:must|might|may)\s+be\s+(?:confused|mistaken|misremembering|thinking\s+of\s+(?:a|an|another|a\s+different|the\s+old|some)\b|mixing\s+(?:this|it|that|things)\s+up)(?!\s+(?:by|after|at|as|why|how|what|that|to|when|with\s+all)\b)`,
    keep: (hit) => notOwned(hit) && !/\?\s*$/.test(hit.sentence.text),
  },
  {
    name: 'not-true', messageId: 'contradicts', triggers: ['true', 'accurate', 'correct', 'happened', 'untrue', 'incorrect', 'false', 'inaccurate'],
    regex: String.raw`(?:that|this)(?:\s*(?:isn't|wasn't|isnt|wasnt)|(?:'s|\s+is|\s+was)(?:\s+(?:simply|just|actually|really|entirely|strictly|quite|completely|totally))?\s+not)\s+(?:simply\s+|just\s+|actually\s+|really\s+|entirely\s+|strictly\s+|quite\s+)?(?:true|accurate|correct|what\s+happened|what\s+(?:we|I)\s+(?:said|told\s+you|agreed|discussed))|(?:that|this)(?:'s|\s+is|\s+was)\s+(?:simply\s+|just\s+|completely\s+|totally\s+)?(?:untrue|incorrect|false|inaccurate)`,
    keep: (hit, reply) => notOwned(hit) && !/\b(?:and|so)\s+(?:I've|I\s+have|I'll|we've|we'll|I'm|we're)\b/i.test(reply.text.slice(hit.end, hit.sentence.end)) && !/\?\s*$/.test(hit.sentence.text),
  },
  {
    name: 'records-show', messageId: 'contradicts', triggers: ['records', 'system', 'systems', 'notes', 'logs', 'files', 'conflicts', 'contradicts', 'odds'],
    regex: String.raw`(?:not|[a-z]{1,6}n't)\s+what\s+(?:our|the|my)\s+(?:records|system|systems|notes|logs|files|account\s+notes)\s+(?:show|shows|say|says|indicate|indicates|suggest|suggests)|(?:our|the|my)\s+(?:records|system|systems|notes|logs|files)\s+(?:clearly\s+)?(?:show|shows|say|says|indicate|indicates|suggest|suggests)\s+(?:otherwise|differently|something\s+different|the\s+opposite)|(?:conflicts?|contradicts?|is\s+at\s+odds)\s+with\s+what\s+(?:was|we|I)\s+(?:discussed|agreed|said|told\s+you)`,
    keep: (hit) => notOwned(hit),
  },
  {
    name: 'disagree', messageId: 'contradicts', triggers: ['disagree', 'agree'],
    regex: String.raw`(?:I|we)\s+(?:(?:would|must|have\s+to|'d\s+have\s+to|respectfully|strongly|completely|totally|really)\s+)?(?:disagree|(?:don't|do\s+not)\s+agree)(?=\s*(?:with\s+(?:you|that|this|your)\b|[.!,;]|$))`,
    keep: (hit) => notOwned(hit),
  },
  {
    // "Are you sure you sent it?", "Are you certain that you entered the right code?"; a bare "Are you sure?" too,
    // unless the reply is about cancelling (then it is cancellation-friction's).
    name: 'are-you-sure', messageId: 'contradicts', triggers: ['sure', 'certain', 'positive'],
    regex: String.raw`(?:are|were)\s+you\s+(?:really\s+|absolutely\s+|completely\s+|quite\s+|totally\s+|100%\s+)?(?:sure|certain|positive)(?:\s+(?:that\s+)?(?:you|it|this|that|the\s+\w+)\s+(?:did|sent|entered|typed|paid|read|checked|followed|posted|clicked|ordered|submitted|used|have|had|received|got|saw|were|was|put|selected|chose|tried|installed|returned|didn't|haven't|weren't|wasn't|gave|called|emailed|spoke|asked|booked|filled|updated|read)\b|(?=\s*\?))`,
    keep: (hit, reply) => !/\b(?:cancel\w*|unsubscrib\w*|clos(?:e|ing)\s+(?:your|the|my)\s+account|leav(?:e|ing)\s+us|delet\w*|go\s+ahead|proceed|want\s+to|wish\s+to|would\s+like\s+to)\b/i.test(sameAndPrevious(hit, reply)),
  },
  {
    name: 'earlier-message-correct', messageId: 'contradicts', triggers: ['correct', 'right', 'accurate'],
    regex: String.raw`(?:my|our)\s+(?:earlier|previous|last|original|first|initial)\s+(?:message|reply|email|answer|response|tweet|note|advice)\s+(?:was|is)\s+(?:still\s+)?(?:correct|right|accurate)`,
  },

  // ---- Reminding them they were told ----
  {
    name: 'already-told-you', messageId: 'condescends', triggers: ['already', 'previously', 'clearly', 'just'],
    regex: String.raw`(?:I|we)(?:'ve|\s+have|\s+had|'d)?\s+(?:already|previously|clearly|just)\s+(?:told|explained|said|mentioned|stated|answered|informed|advised)(?:\s+(?:this|that|it))?(?:\s+to)?(?:\s+you\b|(?=\s*[.!,;]|\s+(?:that|this|it)\b))`,
    keep: (hit, reply) => !/^\s+(?:that\s+)?(?:we|I)(?:'ll|'ve|\s+will|\s+have)\b/i.test(reply.text.slice(hit.end, hit.end + 20)),
  },
  {
    name: 'as-we-told-you', messageId: 'condescends', triggers: ['told', 'informed', 'advised', 'warned', 'explained', 'reminded'],
    regex: String.raw`as\s+(?:I|we)(?:'ve|\s+have|\s+had)?\s+(?:told|informed|advised|warned|explained\s+to|reminded)\s+you`,
    keep: (hit, reply) => !AGENT_ACTS.test(reply.text.slice(hit.end, hit.sentence.end)),
  },
  {
    name: 'like-i-mentioned', messageId: 'condescends', triggers: ['like', 'as'],
    regex: String.raw`(?:like\s+(?:I|we)(?:'ve|\s+have)?\s+(?:mentioned|explained|stated|wrote|written|noted|pointed\s+out|discussed)|as\s+(?:I|we)\s+(?:just\s+)?said)`,
    keep: (hit, reply) => !AGENT_ACTS.test(reply.text.slice(hit.end, hit.sentence.end)) && !/^\s+(?:on|during|in)\s+(?:the|our)\s+(?:phone|call)\b/i.test(reply.text.slice(hit.end, hit.end + 20)),
  },
  {
    name: 'as-mentioned-before', messageId: 'condescends', triggers: ['previously', 'before', 'earlier', 'already', 'above', 'below'],
    regex: String.raw`as\s+(?:stated|mentioned|explained|noted|advised|discussed|communicated|outlined|said|indicated)\s+(?:previously|before|earlier|already)|as\s+(?:stated|specified|set\s+out)\s+(?:above|below)`,
    keep: (hit, reply) => !AGENT_ACTS.test(reply.text.slice(hit.end, hit.sentence.end)),
  },
  {
    name: 'per-my-last', messageId: 'condescends', triggers: ['per'],
    regex: String.raw`per\s+(?:my|our)\s+(?:previous|earlier|last|prior|original|recent|first)\s+(?:e-?mails?|messages?|replies|reply|responses?|letters?|notes?|conversations?|calls?|chats?|tweets?|DMs?)`,
  },

  // ---- Talking down ----
  {
    name: 'anyone-can', messageId: 'condescends', triggers: ['anyone', 'anybody', 'everyone', 'everybody', 'child', 'kid', 'most', 'other', 'all'],
    regex: String.raw`(?:anyone|anybody|everyone|everybody|even\s+a\s+(?:child|kid)|a\s+(?:child|kid)|most\s+(?:people|customers|users|clients|members|guests)|(?:all\s+)?(?:our\s+)?other\s+(?:customers|users|clients|members|guests))\s+(?:else\s+)?(?:can|could|knows?|understands?|manages?|seems?\s+to\s+manage|has\s+no\s+(?:trouble|problem)s?\s+with|figures?|gets?|finds?)\s+(?:(?:to\s+)?do\s+)?(?:this|that|it|how\s+to\s+\w+(?:\s+(?:it|this|that))?)(?:\s+(?:out|fine|just\s+fine|easily|without\s+(?:any\s+)?(?:trouble|problem|help|assistance|issue|difficulty|difficulties)s?))?(?=\s*[.!,;]|$)`,
  },
  {
    name: 'so-you-understand', messageId: 'condescends', triggers: ['understand', 'follow', 'get', 'simply', 'slowly'],
    regex: String.raw`(?:put|explain|say|spell|break|go\s+through)\s+(?:this|it|that)\s+(?:out\s+|down\s+|again\s+)?(?:very\s+|more\s+)?(?:simply|slowly|plainly|in\s+(?:simple|plain|basic)\s+(?:terms|words|english))(?:\s+for\s+you)?(?=\s*[.!,;]|\s+so\b|$)|(?:simply|slowly|plainly|again|clearly)\s*,?\s+so\s+(?:that\s+)?you\s+(?:can\s+|will\s+|'ll\s+)?(?:finally\s+)?(?:understand|get\s+it|follow)`,
  },
  {
    name: 'not-that-hard', messageId: 'condescends', triggers: ['hard', 'difficult', 'complicated', 'complex', 'tricky', 'rocket', 'sense', 'self'],
    regex: String.raw`(?:it's|it\s+is|this\s+is|that's|that\s+is|its|thats)\s+(?:really\s+|honestly\s+|actually\s+|just\s+)?(?:not\s+(?:that|so|very|at\s+all|exactly)\s+(?:hard|difficult|complicated|complex|tricky)|not\s+rocket\s+science|(?:just\s+)?common\s+sense|(?:quite\s+|pretty\s+|very\s+|fairly\s+)?self-?explanatory)`,
  },

  // ---- Accusing without owning ----
  {
    name: 'why-didnt-you', messageId: 'blames', triggers: ['why'],
    regex: String.raw`why\s+(?:(?:didn't|did\s+not|wouldn't|would\s+not|haven't|have\s+not|hadn't|couldn't|could\s+not)\s+you|did\s+you\s+not)\s+(?:just\s+|simply\s+)?(?:tell|call|contact|let|read|check|mention|say|report|email|inform|ask|follow|update|message|ring|phone|notify|come|send|return|write|reply|respond|raise|flag|bring|book|order|pay|cancel|use|look)\b|why\s+did\s+you\s+(?:wait|leave\s+it|take\s+so\s+long|not\s+\w+|ignore|delete|throw|bin)\b|why\s+(?:didn't|did\s+not)\s+you\s+\w+(?:\s+\w+){0,3}\s+(?:sooner|earlier|first|at\s+the\s+time|straight\s+away)\b`,
    keep: (hit) => notOwned(hit),
  },
  {
    name: 'how-did-you-manage', messageId: 'blames', triggers: ['manage', 'end'],
    regex: String.raw`how\s+did\s+you\s+(?:manage|end\s+up)\s+(?:to\s+)?\w+`,
  },
  {
    name: 'not-what-you-were-supposed-to', messageId: 'blames', triggers: ['supposed', 'meant', 'asked', 'told', 'required', 'expected'],
    regex: String.raw`you\s+(?:didn't|did\s+not|failed\s+to|never|haven't|have\s+not)\s+(?:do\s+)?(?:what|as)\s+you\s+(?:were|are|had\s+been|'d\s+been)\s+(?:supposed|meant|asked|told|required|expected|instructed)\s+to`,
  },
  {
    name: 'you-were-supposed-to', messageId: 'blames', triggers: ['supposed', 'meant', 'expected', 'required'], toClauseEnd: true,
    regex: String.raw`you\s+were\s+(?:supposed|meant|expected|required)\s+to\s+(\w+)`,
    keep: (hit, reply) => !/^(?:receive|get|have|be|hear|see|pay|find|wait)$/i.test(hit.groups![1]!) && notOwned(hit) && notConditional(hit, reply),
  },
  {
    name: 'you-should-have-bare', messageId: 'blames', triggers: ['should', 'ought'],
    regex: String.raw`you\s+(?:really\s+)?(?:should|ought\s+to)(?:\s+have|'ve)(?=\s*(?:[.!…]|\.{2,}|$))`,
  },
];

/** The hit's sentence and the one before it (for a bare "Are you sure?" after a cancellation request). */
function sameAndPrevious(hit: PhraseHit, reply: Reply): string {
  const prev = reply.sentences[hit.sentence.index - 1];
  return reply.text.slice(prev ? prev.start : hit.sentence.start, hit.sentence.end);
}

const TABLE: Entry[] = [
  { name: 'failed-to', messageId: 'blames', triggers: ['failed', 'neglected', 'forgot', 'forgotten', 'omitted'], regex: String.raw`\byou\s+(?:have\s+|'ve\s+|had\s+|'d\s+)?(?:simply\s+|clearly\s+|obviously\s+)?(?:failed|neglected|forgot|forgotten|omitted)\s+to\b`, keep: notConditional },
  { name: 'didnt-read', messageId: 'blames', triggers: ['read', 'follow*', 'bother*', 'pay*', 'check*'], regex: String.raw`\byou\s+(?:clearly\s+|obviously\s+)?(?:didn't|did\s+not|never|haven't|have\s+not|hadn't|had\s+not)\s+(?:even\s+|actually\s+)?(?:bother(?:ed)?\s+to|read|follow(?:ed)?|pay(?:ed)?\s+attention|check(?:ed)?\s+(?:the|our|your)\s+(?:instructions|guide|email|terms|manual|faq))\b`, keep: notConditional },
  // "You didn't update your payment details", "you never returned the form": a plain past omission, stated as fact.
  // Not "you haven't ... yet" (a status), a question, a condition, or an owned sentence.
  { name: 'you-didnt-do', messageId: 'blames', triggers: ['did', 'never'], regex: String.raw`\byou\s+(?:(?:clearly|obviously|simply|just)\s+)?(?:didn't|did\s+not|didnt|never)\s+(?:update|enter|submit|return|fill\s+(?:in|out)|complete|activate|confirm|verify|register|save|tick|attach|sign|renew|upload|provide|include|select|press|click|install|follow|read|check|cancel)\s+(?:your|the|our|it|this|that|them|any|a|an)\b`, keep: (hit, reply) => notConditional(hit, reply) && notOwned(hit) && !hit.sentence.isQuestion && !/\b(?:don't\s+worry|no\s+worries|that's\s+(?:ok|okay|fine))\b/i.test(hit.sentence.text) && !AGENT_ACTS.test(reply.text.slice(hit.end, hit.sentence.end)) && !/\b(?:since|because|as|so|if|that|when|in\s+case)\s*$/i.test(reply.text.slice(hit.sentence.start, hit.start)) },
  { name: 'not-properly', messageId: 'blames', triggers: ['properly', 'correctly', 'carefully', 'fully', 'right'], regex: String.raw`\byou\s+(?:didn't|did\s+not|haven't|have\s+not|hadn't|had\s+not|weren't|were\s+not)\s+(?:(?:properly|correctly|carefully|fully)\s+\w+|\w+(?:\s+(?:it|them|this|that|up|in|out|the\s+\w+|your\s+\w+|our\s+\w+)){0,2}\s+(?:properly|correctly|carefully|right))\b`, keep: notConditional },
  { name: 'wrong-entry', messageId: 'blames', triggers: ['wrong', 'incorrect', 'invalid'], regex: String.raw`\byou(?:'ve|\s+have|\s+had)?\s+(?:(?:accidentally|mistakenly|probably|clearly|obviously)\s+)?(?:entered|typed|selected|chose|chosen|picked|used|gave|given|provided|put|set|clicked|installed|ordered|booked|bought|sent|filled|added|uploaded|misread|misunderstood|misspelled|misspelt|mistyped)\s+(?:in\s+|out\s+|up\s+)?(?:us\s+|me\s+)?(?:the|a|an|your)\s+(?:wrong|incorrect|invalid)\b`, keep: notConditional },
  { name: 'misread', messageId: 'blames', triggers: ['misread', 'misunderstood', 'misspelled', 'misspelt', 'mistyped', 'overlooked', 'ignored', 'missed', 'skipped', 'disregarded'], regex: String.raw`\byou(?:'ve|\s+have)?\s+(?:(?:clearly|obviously|evidently|apparently|simply|must\s+have|probably|seem\s+to\s+have|appear\s+to\s+have)\s+)?(?:misread|misunderstood|misspelled|misspelt|mistyped|overlooked|ignored|missed|skipped|disregarded)\s+(?:the|our|my|your|it|this|that)\b`, keep: (h: PhraseHit, r: Reply) => notConditional(h, r) && notOwned(h) },
  { name: 'your-fault', messageId: 'blames', triggers: ['fault', 'mistake', 'error', 'responsibility', 'doing', 'problem', 'oversight'], regex: String.raw`\b(?:(?:was|is|'s|were|are)\s+(?:entirely\s+|completely\s+|clearly\s+|totally\s+|all\s+)?your\s+(?:own\s+)?(?:fault|mistake|error|responsibility|doing|problem|oversight)|your\s+own\s+(?:fault|mistake|error|doing))\b`, keep: notNegatedBefore(30) },
  { name: 'user-error', messageId: 'blames', triggers: ['error', 'fault', 'mistake'], regex: String.raw`\b(?:user|operator|customer|human)\s+(?:error|fault|mistake)\b`, keep: notNegatedBefore(25) },
  { name: 'your-end', messageId: 'blames', triggers: ['end', 'side', 'part'], regex: String.raw`\b(?:(?:problem|issue|fault|error|mistake)s?\s+(?:is|was|are|lies|lay|must\s+be|seems\s+to\s+be|appears\s+to\s+be)\s+(?:on|at|with)\s+your\s+(?:end|side|part)|(?:error|mistake|fault|oversight)\s+on\s+your\s+(?:part|side|end))\b`, keep: notNegatedBefore(25) },
  { name: 'as-already-explained', messageId: 'condescends', triggers: ['already', 'previously', 'repeatedly', 'clearly', 'just'], regex: String.raw`\b(?:as|like)\s+(?:I|we)(?:\s+have|'ve|\s+had|'d)?\s+(?:already|previously|repeatedly|clearly|just)\s+(?:\w+\s+)?(?:explained|said|mentioned|stated|told|advised|informed|pointed\s+out|noted|outlined|made\s+clear|confirmed|written|wrote)\b` },
  // "I've explained this to you several times now", "we have told you twice".
  { name: 'explained-times', messageId: 'condescends', triggers: ['times', 'once', 'repeatedly', 'twice'], regex: String.raw`\b(?:I|we)(?:'ve|\s+have|\s+had|'d)\s+(?:already\s+)?(?:explained|told|said|mentioned|advised|informed|answered)\s+(?:(?:this|that|it)\s+)?(?:(?:to\s+)?you\s+)?(?:(?:two|three|four|five|several|many|multiple|numerous|countless|\d+)\s+times|more\s+than\s+once|repeatedly|twice)\b` },
  // "As you would know from our emails", "as you should be aware from the letter": what they should have read.
  { name: 'as-you-would-know', messageId: 'condescends', triggers: ['know', 'aware', 'seen', 'read'], regex: String.raw`\bas\s+you(?:'d|\s+would|\s+should|\s+will|'ll)\s+(?:already\s+)?(?:know|be\s+aware|have\s+seen|have\s+read|have\s+noticed)\s+(?:from|in|on)\s+(?:our|the|my)\b`, keep: (hit, reply) => !AGENT_ACTS.test(reply.text.slice(hit.end, hit.sentence.end)) },
  { name: 'told-you-times', messageId: 'condescends', triggers: ['times', 'once', 'repeatedly', 'before', 'already', 'previously', 'last', 'twice'], regex: String.raw`\bas\s+(?:(?:I|we)(?:\s+have|'ve)?\s+)?(?:told\s+you|said|explained|mentioned|stated|advised|informed\s+you|written)\s+(?:(?:several|many|multiple|a\s+few|numerous|countless)\s+times|more\s+than\s+once|repeatedly|before|already|previously|last\s+time|twice)\b` },
  { name: 'as-previously', messageId: 'condescends', triggers: ['previously', 'already'], regex: String.raw`\bas\s+(?:previously|already)\s+(?:explained|stated|mentioned|advised|said|discussed|noted|outlined|communicated|confirmed|informed)\b` },
  { name: 'like-i-said', messageId: 'condescends', triggers: ['said', 'told'], regex: String.raw`\blike\s+(?:I|we)(?:'ve)?\s+(?:said|told\s+you)\b|\bas\s+(?:I|we)\s+(?:said|told\s+you)\s*,` },
  { name: 'as-you-were-told', messageId: 'condescends', triggers: ['told', 'advised', 'informed', 'warned', 'notified', 'reminded'], regex: String.raw`\bas\s+you\s+(?:were|have\s+been|'ve\s+been|had\s+been)\s+(?:already\s+|previously\s+|clearly\s+)?(?:told|advised|informed|warned|notified|reminded)\b` },
  { name: 'clearly-stated', messageId: 'condescends', triggers: ['clearly'], regex: String.raw`\bclearly\s+(?:stated|states|state|said|says|say|shown|shows|show|showed|explained|explains|explain|marked|mark|displayed|displays|display|asks|asked|ask|tells|told|tell|listed|lists|list|indicated|indicates|indicate|outlined|outlines|outline|labell?ed|mentioned|mentions|warns|warned|warn|noted|notes|advised|advises|printed|written|set\s+out|sets\s+out|visible|signposted|highlighted|specified|specifies|specify|spelled\s+out|spelt\s+out|spells\s+out)\b`, keep: (hit, reply) => !/(?:(?:\b(?:not|never|should|could|would|more|will|'ll|to\s+be|must\s+be|need\s+to\s+be|we|I|you|you've|you\s+have)|n't)\s+(?:\w+\s+)?)$/i.test(reply.text.slice(Math.max(hit.sentence.start, hit.start - 30), hit.start)) },
  { name: 'stated-clearly', messageId: 'condescends', triggers: ['clearly'], regex: String.raw`\bas\s+(?:(?:is|was|it\s+is|it\s+was)\s+)?(?:stated|shown|explained|said|marked|displayed|listed|indicated|outlined|labell?ed|mentioned|noted|written|specified)\s+(?:very\s+)?clearly\b` },
  { name: 'you-were-clearly-told', messageId: 'blames', triggers: ['clearly', 'already', 'explicitly', 'specifically', 'definitely'], regex: String.raw`\byou\s+were\s+(?:clearly|already|explicitly|specifically|definitely)\s+(?:told|informed|advised|warned|notified|reminded|shown|sent)\b`, keep: notOwned },
  { name: 'next-time', messageId: 'condescends', triggers: ['next', 'future', 'forward'], regex: String.raw`\b(?:next\s+time|in\s+(?:the\s+)?future|going\s+forward),?\s+(?:please\s+)?(?:(?:make\s+sure|be\s+sure|remember)\s+(?:you\s+|to\s+)?)?(?:read|check|double-check|follow|pay\s+attention|ensure\s+you|look\s+at)\b` },
  // "Please read the instructions carefully next time", "check the dates in future".
  { name: 'read-next-time', messageId: 'condescends', triggers: ['next', 'future'], regex: String.raw`\b(?:please\s+)?(?:make\s+sure\s+(?:you|to)\s+)?(?:read|re-?read|check|double-check|follow|look\s+at)\b[^.!?]{0,60}?\b(?:next\s+time|in\s+(?:the\s+)?future)\b`, keep: (hit) => notOwned(hit) && !/\b(?:I|we)(?:'ll|\s+will)\b/i.test(hit.text) },
  { name: 'did-you-even', messageId: 'condescends', triggers: ['even', 'actually', 'not', 'bother'], regex: String.raw`\b(?:did|have|do)\s+you\s+(?:even|actually|not|bother\s+to|even\s+bother\s+to)\s+(?:read|check|look|try|tried|follow|followed|open|opened|see|seen|bother|checked|looked|notice|noticed)\b` },
  // "That's on you", "This is down to you, not us": the fault handed over in so many words ("down to you" alone can be a choice).
  { name: 'on-you', messageId: 'blames', triggers: ['you'], regex: String.raw`\b(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:(?:all|entirely|completely|totally)\s+)?(?:on\s+you(?=\s*[.!,;]|\s*$)|down\s+to\s+you,?\s+not\s+(?:us|me))` },
  // "The instructions were very clear": the customer should have understood.
  { name: 'were-very-clear', messageId: 'blames', triggers: ['clear'], regex: String.raw`\b(?:the|our|my)\s+(?:instructions|terms|steps|guide|email|e-mail|information|details|policy|rules|wording|message|website|page|notice|sign|signs|conditions)\s+(?:were|was|are|is)\s+(?:very|perfectly|quite|really|pretty|crystal|extremely|completely)\s+clear\b` },
  { name: 'calm-down', messageId: 'condescends', triggers: ['calm', 'settle', 'cool', 'relax'], regex: String.raw`\b(?:calm|settle|cool)\s+down\b|\brelax(?=\s*[,.!]|\s*$)`, keep: (hit, reply) => CALM_LEAD.test(reply.text.slice(hit.sentence.start, hit.start)) },
  { name: 'no-need-to-shout', messageId: 'condescends', triggers: ['need'], regex: String.raw`\b(?:there's\s+|there\s+is\s+)?no\s+need\s+to\s+(?:shout|yell|swear|scream|be\s+(?:rude|so\s+\w+|aggressive|abusive|nasty|like\s+that)|get\s+(?:angry|upset|aggressive|worked\s+up|so\s+\w+|nasty|personal)|raise\s+your\s+voice|use\s+(?:that|this|such)\s+(?:tone|language)|panic|overreact|take\s+that\s+tone)\b` },
  { name: 'youre-unreasonable', messageId: 'condescends', triggers: ['overreacting', 'unreasonable', 'rude', 'difficult', 'aggressive', 'abusive', 'hysterical', 'dramatic', 'irrational', 'reacting'], regex: String.raw`\byou(?:'re|\s+are)\s+(?:being\s+)?(?:very\s+|quite\s+|really\s+|a\s+bit\s+|rather\s+|so\s+)?(?:overreacting|unreasonable|rude|difficult|aggressive|abusive|hysterical|dramatic|irrational|over-?reacting)\b`, keep: notNegatedBefore(12) },
  { name: 'watch-your-tone', messageId: 'condescends', triggers: ['watch'], regex: String.raw`\bwatch\s+your\s+(?:tone|language|mouth)\b` },
  { name: 'we-announced', messageId: 'blames', triggers: ['ago', 'already', 'advance', 'beforehand', 'times', 'repeatedly', 'twice', 'once'], regex: String.raw`\b(?:we|I)\s+(?:have\s+|'ve\s+|had\s+)?(?:already\s+|clearly\s+)?(?:announced|notified\s+(?:you|everyone|all)|informed\s+(?:you|everyone|all)|told\s+(?:you|everyone)|warned\s+(?:you|everyone|customers|all)|emailed\s+(?:you|everyone|all)|made\s+(?:it\s+|this\s+)?clear|sent\s+(?:you\s+|out\s+)?(?:an?\s+|several\s+|two\s+|three\s+)?(?:email|letter|notice|reminder|message|text)s?)\b[^.!?]{0,80}?\b(?:ago|already|in\s+advance|beforehand|several\s+times|multiple\s+times|repeatedly|twice|more\s+than\s+once)\b`, keep: notOwned },
  { name: 'told-at-booking', messageId: 'blames', triggers: ['already', 'clearly', 'ago', 'advance', 'beforehand', 'once', 'times', 'time', 'when', 'checkout', 'check', 'booking', 'sign', 'signup', 'purchase', 'till', 'counter', 'desk'], regex: String.raw`\byou\s+were\s+(?:clearly\s+|already\s+|explicitly\s+)?(?:told|informed|advised|warned|notified|reminded)\b[^.!?]{0,60}?\b(?:already|clearly|ago|in\s+advance|beforehand|more\s+than\s+once|several\s+times|at\s+the\s+time\s+of\s+(?:booking|purchase|ordering|sign-?up)|at\s+the\s+time(?=\s*[.!,;]|\s*$)|at\s+(?:the\s+)?(?:checkout|check-?out|booking|sign-?up|purchase|till|counter|desk)|when\s+you\s+(?:booked|ordered|signed|bought|paid))\b`, keep: (hit, reply) => notOwned(hit) && !/\b(?:understand|mentioned|said|tell\s+me|told\s+me|say|sounds|hear)\b[^.!?]*$/i.test(reply.text.slice(hit.sentence.start, hit.start)) },
  { name: 'as-i-mentioned-earlier', messageId: 'condescends', triggers: ['earlier', 'above', 'below', 'before', 'previously', 'last', 'previous', 'first', 'original', 'prior'], regex: String.raw`\b(?:as|like)\s+(?:I|we)(?:\s+have|'ve|\s+had|'d)?\s+(?:explained|said|mentioned|stated|told\s+you|advised|informed\s+you|pointed\s+out|noted|outlined|wrote|written|confirmed)\s+(?:earlier|above|below|before|previously|last\s+time|in\s+(?:my|our)\s+(?:last|previous|earlier|first|original|prior)\s+(?:e-?mail|message|reply|response|note|letter))\b`, keep: (hit, reply) => !AGENT_ACTS.test(reply.text.slice(hit.end, hit.sentence.end)) },
  { name: 'as-documented', messageId: 'condescends', triggers: ['stated', 'mentioned', 'outlined', 'explained', 'noted', 'detailed', 'specified', 'set', 'indicated', 'written', 'shown', 'advised', 'described', 'highlighted', 'listed', 'displayed', 'communicated', 'covered', 'documented', 'printed', 'laid', 'spelled', 'spelt', 'pointed', 'said', 'per'], regex: AS_DOCUMENTED, keep: (hit, reply) => {
      const rest = reply.text.slice(hit.end, hit.sentence.end);
      if (AGENT_ACTS.test(rest) || IN_THEIR_FAVOUR.test(rest)) return false;
      // 'As per my last email' and the legal-sounding 'as stated / set out / specified in' always reproach; the softer
      // 'as mentioned / explained in our email' does when it delivers a restriction ('..., the fee is non-refundable').
      // 'as mentioned in my previous email' points back at what the customer was already told, whatever it says.
      if (/\b(?:my|our)\s+(?:previous|earlier|last|prior)\b/i.test(hit.text)) return true;
      return /^as\s+(?:per|(?:(?:is|was|it\s+is|it\s+was)\s+)?(?:clearly\s+|explicitly\s+)?(?:stated|set\s+out|specified|outlined|laid\s+out|spell?(?:ed|t)\s+out))\b/i.test(hit.text) || RESTRICTION.test(rest);
    } },
  { name: 'read-more-carefully', messageId: 'condescends', triggers: ['carefully', 'closely', 'thoroughly', 'attentively'], regex: String.raw`\b(?:you\s+(?:need|have|will\s+need|'ll\s+need|might\s+want|may\s+want)\s+to|you\s+(?:should|must)|please|try\s+to|make\s+sure\s+(?:you|to))\s+(?:(?:always|first|just)\s+)?(?:read|re-?read|check|follow|look\s+at|go\s+through|review)\b[^.!?]{0,60}?\bmore\s+(?:carefully|closely|thoroughly|attentively)\b` },
  { name: 'read-properly', messageId: 'condescends', triggers: ['properly', 'correctly', 'carefully', 'thoroughly'], regex: String.raw`\b(?:you\s+(?:need|have|will\s+need|'ll\s+need)\s+to|you\s+(?:should|must))\s+(?:(?:always|first|just|actually)\s+)?(?:read|re-?read|follow)\b[^.!?]{0,60}?\b(?:properly|correctly|carefully|thoroughly)\b`, keep: notConditional },
  { name: 'read-faq-first', messageId: 'condescends', triggers: ['before'], regex: String.raw`\b(?:please\s+)?(?:read|check|consult|look\s+at|refer\s+to|see)\s+(?:our|the)\s+(?:\w+\s+)?(?:faqs?|help\s+(?:centre|center|pages?|articles?)|guide|manual|instructions|documentation|docs|terms|website)\s+(?:first\s+)?before\s+(?:contacting|emailing|calling|messaging|writing\s+to|getting\s+in\s+touch\s+with|reaching\s+out\s+to|asking|raising)\b` },
  { name: 'pay-more-attention', messageId: 'condescends', triggers: ['attention', 'careful', 'care', 'carefully', 'properly'], regex: String.raw`\b(?:you\s+(?:need|have|will\s+need|'ll\s+need|might\s+want|may\s+want)\s+to|you\s+(?:should|must)|please|try\s+to|in\s+future,?)\s+(?:(?:always|just|really)\s+)?(?:pay\s+(?:more|closer|better)\s+attention|be\s+more\s+careful|take\s+more\s+care|read\s+(?:things|emails|messages|instructions)\s+(?:more\s+)?(?:carefully|properly))\b` },
  { name: 'caused-by-you', messageId: 'blames', triggers: ['caused', 'due', 'because', 'result', 'down'], regex: String.raw`\b(?:caused\s+by|due\s+to|because\s+of|(?:the|a)\s+result\s+of|down\s+to)\s+(?:you\s+(?:not\s+|never\s+|failing\s+to\s+|forgetting\s+to\s+)?(?!being\b|having\b|getting\b|receiving\b)[a-z]+ing|your\s+(?:own\s+)?(?:error|mistake|oversight|failure|negligence|carelessness)|your\s+(?:not|never|failing|forgetting)\s+[a-z]+)\b`, keep: (hit, reply) => notOwned(hit) && !AGENT_ACTS.test(reply.text.slice(hit.end, hit.sentence.end)) },
  { name: 'stop-shouting', messageId: 'condescends', triggers: ['stop', 'quit'], regex: String.raw`\b(?:please\s+)?(?:stop|quit)\s+(?:shouting|yelling|swearing|screaming|being\s+(?:rude|aggressive|abusive|difficult|unreasonable|so\s+\w+)|raising\s+your\s+voice|using\s+(?:that|such|this)\s+(?:language|tone))\b` },
  { name: 'because-you-didnt', messageId: 'blames', triggers: ['because', 'since', 'as', 'due'], regex: String.raw`\b(?:because|since|as|due\s+to\s+(?:the\s+fact\s+that|you))\s+you\s+(?:(?:clearly|obviously|simply|just)\s+)?(?:didn't|did\s+not|haven't|have\s+not|hadn't|had\s+not|never|forgot|failed|neglected|ignored|missed|misread|skipped)\s+(?:to\s+)?([a-z]+)`, keep: (hit, reply) => !/^(?:receive|received|get|got|hear|heard|see|seen|have|had|need|needed|want|wanted|ask|asked|mention|mentioned|know|knew|expect|expected|like|liked)$/i.test(hit.groups![1]!) && !AGENT_ACTS.test(reply.text.slice(hit.sentence.start, hit.sentence.end)) && notOwned(hit) },
  MODAL_PERFECT,
  COUNTERFACTUAL,
  ...CATALOG_2,
];
// Every reading looks at most WINDOW characters from the phrase.
for (const e of TABLE) if (e.keep) e.keep = windowed(e.keep);
// The old "we announced / you were told" reproaches read "I" as well as "we".
const MESSAGES: Record<Id, string> = {
  blames: 'This puts the blame on the customer ("{{text}}"). Set aside whose fault it was and fix the problem.',
  condescends: 'This talks down to the customer ("{{text}}"). Explain again, plainly, without pointing at what they missed.',
  contradicts: 'This contradicts the customer ("{{text}}"). Check what happened and explain it without saying they are wrong.',
};
const ADVICE: Record<Id, string> = {
  blames: 'Describe what happened without "you": "The order went to the old address, so I\'ve corrected it and resent it."',
  condescends: 'Drop the reproach and just give the information again: "Here are the steps again: ..."',
  contradicts: 'Say what you found and what you will do: "Our records show the parcel was signed for at 2pm, so I\'ve opened a trace with the courier."',
};

export default definePhraseRule({
  meta: {
    id: 'blames-customer',
    description: 'Tells customers the problem is their fault, contradicts them, reminds them they were told, or talks down to them',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    messages: MESSAGES,
    docs: {
      why:
        'Even when the customer did slip up, saying so ("you should have read", "as I already explained", "you\'re ' +
        'mistaken", "why didn\'t you tell us sooner?") turns a fixable problem into an argument about fault, and the ' +
        'customer stops listening. Put the question of blame aside, describe what happened neutrally, check before ' +
        'contradicting, and fix it; repeat information without reproach. "You should have received it by now, and ' +
        'that\'s on us" owns the problem and is fine.',
      seeds: [
        '000 Let them vent ("Don\'t explain, defend or justify")',
        '004 employees who think their job is to protect the company from the customer',
        '003 Customer complaints ... adjust your mindset (set aside feelings that your client has made a mistake)',
        '003 Don\'t take it personally',
      ],
    },
    examples: {
      bad: [
        'You should have read the instructions.',
        'You must have entered the wrong address.',
        'You failed to update your card.',
        'As I already explained, refunds take 10 days.',
        'As clearly stated on our website, sale items are final.',
        "If you had followed the setup guide, this wouldn't happen.",
        'This is user error.',
        'Please calm down.',
        'You should’ve checked the size chart before ordering.',
        'You should not have unplugged the router during the update.',
        'Had you read the welcome pack, you would have known about the fee.',
        'If you’d booked a flexible fare, you could have changed it for free.',
        'You neglected to tell us about the change of address.',
        'It looks like you didn’t properly unzip the file.',
        'You selected the wrong delivery date.',
        'The missed payment was your own fault.',
        'As we have previously advised, the warranty has expired.',
        'Like I said, the engineer is booked for Monday.',
        'The terms clearly state that deposits are non-refundable.',
        'Did you even read the email we sent?',
        'There’s no need to shout at our staff.',
        'You’re being unreasonable about this.',
        'We announced this change by email three weeks ago.',
        'The problem is on your end, not ours.',
        'As stated in our terms, refunds take 14 days.',
        'If you had read the email, you’d know.',
        'As mentioned in my previous email, the fee is non-refundable.',
        'You should’ve double-checked the dates.',
        'This happened because you didn’t update the app.',
        'Please stop shouting.',
      ],
      good: [
        "The address on the order doesn't match the one you gave me, so I've corrected it.",
        'Here are the steps again, with screenshots.',
        "You should have received it by now, and that's on us.",
        'You must have been worried.',
        'You must have been so frustrated by the wait.',
        'You should have had a letter about the change, and I’m sorry you didn’t.',
        'You should have your refund by Friday.',
        'You must have a receipt? No problem if not, I can look it up.',
        'If you had a block booking for the old time, it has been moved across for you.',
        'This isn’t your fault at all, and I’ve refunded the fee.',
        'As I mentioned on the phone, I’ve booked the engineer for Monday.',
        'As promised, here is the tracking number.',
        'We should have clearly explained the fee at checkout.',
        'The fee wasn’t clearly shown, so I’ve refunded it.',
        'Once things calm down after the sale, your parcel will move faster.',
        'Through no fault of your own, the payment failed twice.',
        'If you’d like to change the date, just reply here.',
        'You clearly stated you wanted a refund, so I’ve processed one.',
        'I understand you were told at reception that your booking had gone.',
        'We sent you an email on Monday with the new times, and I’ve attached it again here.',
        'It looks like the zip file didn’t get properly extracted. Here’s the fix.',
        'As mentioned in our email on Monday, the engineer will arrive on Friday.',
        'As stated in your contract, you’re entitled to a free repair, so I’ve booked one.',
        'Since you didn’t receive the code, I’ve sent a new one.',
      ],
    },
  },
  table: TABLE,
  report(hits, reply, context) {
    for (const hit of hits) {
      const entry = hit.entry as unknown as Entry;
      const end = entry.toClauseEnd ? Math.max(hit.end, clauseEnd(reply, hit.sentence, hit.end, 'so|and|but|because')) : hit.end;
      context.report({ messageId: entry.messageId, data: { text: reply.text.slice(hit.start, end) }, start: hit.start, end, suggestions: [{ desc: ADVICE[entry.messageId] }] });
    }
  },
});
