// Shared readings for the responsibility rules (deflects-responsibility, blames-customer, downplays-problem,
// unexplained-transfer): does the agent own the fix near a phrase, does a way forward follow a refusal, is a
// phrase negated, where does its clause end. Word lists decide the common shapes; the tagger is asked only
// when a first-person verb outside the lists could be the fix ("so I've rerouted it"), and only for that
// sentence, so most replies never load it.
import type { Reply, Sentence } from '../src/types.js';
// The verb-group parser (who does what, in which tense). Rules-b reaches it only through this file.
import { sentenceTerms } from '../src/nlp/terms.js';
import { verbGroups } from './_structure/verb-groups.js';
import { isAction } from './_structure/actions.js';

export { sentenceTerms };

/** The agent's side as a subject with an auxiliary: "I've", "we'll", "I'm", "let me", "our team will". */
const AGENT = String.raw`(?:I|we|our\s+(?:team|engineers?|staff|specialists?)|the\s+team|my\s+(?:team|colleagues?))`;
const AGENT_AUX = String.raw`(?:'ve|'ll|'m|'re|'d|\s+(?:have|has|will|shall|am|are|would))`;
const ADVERBS = String.raw`(?:(?:already|also|now|just|personally|gone\s+ahead\s+and|since|then|immediately|quickly|happily|today|straight\s+away)\s+)*`;
// Verbs that take the problem on: the agent acts on it, or chases whoever has to.
const OWN_VERBS = String.raw`(?:contact(?:ed|ing)?|call(?:ed|ing)?|chas(?:ed|e|ing)|fil(?:ed|e|ing)|rais(?:ed|e|ing)|open(?:ed|ing)?|log(?:ged|ging)?|sen[dt]|sending|resen[dt]|resending|refund(?:ed|ing)?|replac(?:ed|e|ing)|reship(?:ped|ping)?|rebook(?:ed|ing)?|book(?:ed|ing)?|mov(?:ed|e|ing)|credit(?:ed|ing)?|arrang(?:ed|e|ing)|reimburs(?:ed|e|ing)|cover(?:ed|ing)?|pa(?:id|y|ying)|fix(?:ed|ing)?|sort(?:ed|ing)?|handl(?:ed|e|ing)|deal(?:t|ing)?\s+with|tak(?:en|e|ing)\s+(?:care|this|it|that|over)|follow(?:ed|ing)?\s+(?:up|it|this)|escalat(?:ed|e|ing)|put\s+in|issu(?:ed|e|ing)|order(?:ed|ing)?|dispatch(?:ed|ing)?|claim(?:ed|ing)?|get(?:ting)?\s+in\s+touch|spok(?:en|e)|speak(?:ing)?|email(?:ed|ing)?|messag(?:ed|e|ing)|reach(?:ed|ing)?\s+out|work(?:ed|ing)?\s+(?:with|on)|push(?:ed|ing)?|reset(?:ting)?|restor(?:ed|e|ing)|repair(?:ed|ing)?|correct(?:ed|ing)?|revers(?:ed|e|ing)|waiv(?:ed|e|ing)|remov(?:ed|e|ing)|cancell?(?:ed|ing)?|cancel|rerout(?:ed|e|ing)|re-?rout(?:ed|e|ing)|redeliver(?:ed|ing)?|re-?enter(?:ed|ing)?|re-?add(?:ed|ing)?|add(?:ed|ing)?\s+(?:a|the|your|it)|updat(?:ed|e|ing)\s+(?:your|the|it)|unlock(?:ed|ing)?|reactivat(?:ed|e|ing)|reinstat(?:ed|e|ing)|compensat(?:ed|e|ing)|expedit(?:ed|e|ing)|chang(?:ed|e|ing)|switch(?:ed|ing)?|swap(?:ped|ping)?|exchang(?:ed|e|ing)|honou?r(?:ed|ing)?|applied|apply(?:ing)?|approv(?:ed|e|ing)|extend(?:ed|ing)?|overrid(?:den|e|ing)|made\s+an\s+exception|make\s+an\s+exception|making\s+an\s+exception|look(?:ing)?\s+after|get\s+(?:this|it)\s+(?:fixed|sorted))`;
// "Let me" offers to act; "won't let me" is the opposite.
const LET_ME = String.raw`(?<!(?:n't|not|never|cannot)\s{1,3})let\s+(?:me|us)`;
// Simple past by us is often the mistake ("we sent the wrong size"); only remedy verbs report a fix.
const REMEDY_PAST = String.raw`(?:contacted|called|chased|filed|raised|refunded|replaced|rebooked|credited|arranged|reimbursed|fixed|sorted|escalated|claimed|reset|restored|repaired|corrected|reversed|waived|rerouted|re-?sent|resent|reactivated|reinstated|compensated|expedited|honou?red|overrode|approved|extended|reissued|re-?issued)`;
const OWNED = new RegExp(
  String.raw`\b(?:${AGENT}${AGENT_AUX}|${LET_ME})\s+${ADVERBS}(?:be\s+)?${OWN_VERBS}\b|\b${AGENT}\s+${ADVERBS}${REMEDY_PAST}\b|\b(?:myself|ourselves|on\s+your\s+behalf)\b`,
  'i',
);
/** A first-person subject with an auxiliary: the only place an unlisted fix verb can hide. */
const AGENT_WITH_AUX = new RegExp(String.raw`\b${AGENT}${AGENT_AUX}\b|\b${LET_ME}\b`, 'i');

/**
 * How far a reading looks from a phrase (characters, each way). Every check works in a window this size, so a
 * hostile reply (one 50,000-character sentence full of phrases) costs time in proportion to its length.
 */
export const WINDOW = 300;

/**
 * The hit's sentence clipped to WINDOW characters either side of the hit: keep functions read `hit.sentence`, and
 * this bounds what they read. Index, paragraph and question mark stay those of the real sentence.
 */
export function clipSentence(sentence: Sentence, start: number, end: number): Sentence {
  const from = Math.max(sentence.start, start - WINDOW);
  const to = Math.min(sentence.end, end + WINDOW);
  if (from === sentence.start && to === sentence.end) return sentence;
  return { ...sentence, start: from, end: to, text: sentence.text.slice(from - sentence.start, to - sentence.start) };
}

/** Wraps a keep function so it sees the hit's sentence clipped to the window (see clipSentence). */
export function windowed<H extends { start: number; end: number; sentence: Sentence }>(keep: (hit: H, reply: Reply) => boolean): (hit: H, reply: Reply) => boolean {
  return (hit, reply) => keep({ ...hit, sentence: clipSentence(hit.sentence, hit.start, hit.end) }, reply);
}

/** The real sentence behind a (possibly clipped) one: parses and caches are keyed by the whole sentence. */
function whole(reply: Reply, sentence: Sentence): Sentence {
  return reply.sentences[sentence.index] ?? sentence;
}

/** Text from `from` to the end of the sentence, and into the next sentence when `next` is set (WINDOW at most). */
export function textAfter(reply: Reply, sentence: Sentence, from: number, next = true): string {
  const following = next ? reply.sentences[sentence.index + 1] : undefined;
  const end = following ? Math.min(following.end, following.start + WINDOW) : sentence.end;
  return reply.text.slice(from, Math.min(end, Math.max(sentence.end, from) + WINDOW));
}

/** The hit's sentence and the next one (each bounded by WINDOW). */
export function sameAndNext(reply: Reply, sentence: Sentence): string {
  return textAfter(reply, sentence, sentence.start);
}

/**
 * Does the agent's side take the fix on between `from` and the end of the next sentence? "..., so I'm sending a
 * replacement", "I've contacted them myself". Listed verbs answer at once; an unlisted verb after "I've/we'll"
 * is read by the verb-group parser (is it a concrete action by us?), for that sentence only.
 */
export function ownsFix(reply: Reply, sentence: Sentence, from = sentence.start, next = true): boolean {
  const after = textAfter(reply, sentence, from, next);
  if (OWNED.test(after)) return true;
  if (!AGENT_WITH_AUX.test(after)) return false;
  const limit = from + after.length;
  const sentences = [whole(reply, sentence), ...(next && reply.sentences[sentence.index + 1] ? [reply.sentences[sentence.index + 1]!] : [])];
  for (const s of sentences) {
    if (!AGENT_WITH_AUX.test(reply.text.slice(Math.max(s.start, from), Math.min(s.end, limit)))) continue;
    if (reply.mayTag(s) && anyBetween(agentActions(reply, s), from, limit)) return true;
  }
  return false;
}

const actionCache = new WeakMap<Reply, Map<number, number[]>>();

/** Where the agent's concrete actions start in a sentence (sorted offsets), read once per sentence. */
function agentActions(reply: Reply, s: Sentence): number[] {
  let bySentence = actionCache.get(reply);
  if (!bySentence) actionCache.set(reply, (bySentence = new Map()));
  let starts = bySentence.get(s.index);
  if (!starts) {
    const terms = sentenceTerms(reply, s);
    starts = verbGroups(reply, s).filter((g) => g.subject === 'agent' && isAction(reply, s, g)).map((g) => terms[g.first]!.start);
    bySentence.set(s.index, starts);
  }
  return starts;
}

/** Is any of the sorted offsets in [from, to)? (binary search) */
export function anyBetween(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

const ownsAnywhereCache = new WeakMap<Reply, boolean>();

/** Does the agent own a fix anywhere in the reply ("we"/"I" doing something about it)? Cached per reply. */
export function ownsFixInReply(reply: Reply): boolean {
  let owned = ownsAnywhereCache.get(reply);
  if (owned === undefined) {
    owned = reply.sentences.some((s) => ownsFix(reply, s, s.start, false));
    ownsAnywhereCache.set(reply, owned);
  }
  return owned;
}

// What we can do instead: "but I can offer store credit", "what I can do is", "instead, I've ...".
const WE_CAN = String.raw`(?:I|we)(?:\s+(?:can(?!'t|not|\s+not)|could(?!n't|\s+not)|will(?!\s+not)|would\s+be\s+(?:happy|glad)\s+to|am\s+(?:happy|glad|able)\s+to|are\s+(?:happy|glad|able)\s+to)|'ll|'d\s+be\s+(?:happy|glad)\s+to|'m\s+(?:happy|glad|able)\s+to|'re\s+(?:happy|glad|able)\s+to)`;
const ALTERNATIVE = new RegExp(
  [
    String.raw`\b${WE_CAN}\s+(?:happily\s+|also\s+|still\s+|gladly\s+)?(?:\w+\s+){0,1}?(?:offer|give|send|arrange|book|issue|credit|refund|exchange|replace|help|suggest|do|try|check|look|ask|put|set|switch|move|change|add|apply|recommend|find|get|order|reserve|hold|keep|waive|cover|extend|upgrade|transfer|swap|resend|repair|fix|sort|contact|call|email|chase|raise|escalate|share|show|walk|talk|reopen|restore|reset|match|honou?r|provide|process|make)\b`,
    String.raw`\bwhat\s+(?:I|we)\s+(?:can|could)\s+do\b`,
    String.raw`\byou\s+(?:can|could|may)\s+(?:still|instead|also|always)\b`,
    String.raw`\b(?:but|however|instead)\b[^.!?]{0,60}?\byou\s+(?:can|could|may)(?!'t|not|n't|\s+not)\b`,
    String.raw`\b(?:instead|alternatively|the\s+good\s+news\s+is|another\s+option|other\s+options?|the\s+closest\s+(?:match|alternative))\b`,
  ].join('|'),
  'i',
);

/** A way forward after a refusal or a rule: the agent owns a fix, or offers an alternative (same or next sentence). */
export function wayForward(reply: Reply, sentence: Sentence, from: number): boolean {
  const after = textAfter(reply, sentence, from).replace(GENERIC_CLOSER, ' ');
  return ALTERNATIVE.test(after) || ownsFix(reply, sentence, from);
}
// "Is there anything else I can help with?" closes the chat; it offers nothing instead of the refusal.
const GENERIC_CLOSER = /\b(?:is|would|will|was)\s+there\s+(?:be\s+)?anything\s+else\b[^.!?]*[.?!]?|\b(?:anything|something)\s+else\s+(?:that\s+)?(?:I|we)\s+(?:can|could)\s+(?:help|do|assist)\b[^.!?]*[.?!]?|\bhow\s+else\s+can\s+(?:I|we)\s+help\b[^.!?]*[.?!]?/gi;

/** "don't", "won't", "never", "no need to" ... right before the hit (a few words back, same sentence). */
export function negatedBefore(reply: Reply, sentence: Sentence, at: number, words = 2): boolean {
  const head = reply.text.slice(Math.max(sentence.start, at - 60), at);
  return new RegExp(String.raw`(?:\b(?:not|never|no|nothing|hardly|without)|n't|\bno\s+need\s+to|\bno\s+longer)\s+(?:\w+\s+){0,${words}}$`, 'i').test(head);
}

/** The end of the clause that starts at `from`: a comma, semicolon, dash, "and/but/so/because", or the sentence end. */
export function clauseEnd(reply: Reply, sentence: Sentence, from: number, joiners = 'and|but|because'): number {
  const rest = reply.text.slice(from, Math.min(sentence.end, from + WINDOW));
  const m = new RegExp(String.raw`[,;:.!?]|\s[-–—]\s|\s+(?:${joiners})\s`, 'i').exec(rest);
  let end = m ? from + m.index : from + rest.length;
  while (end > from && /\s/.test(reply.text[end - 1]!)) end--;
  return end;
}

/** The end of the sentence, without trailing spaces or the final punctuation. */
export function sentenceEnd(reply: Reply, sentence: Sentence, from: number): number {
  let end = sentence.end;
  while (end > from && /[\s.!?…]/.test(reply.text[end - 1]!)) end--;
  return end;
}

/**
 * A regex source with the space between words read as one to four whitespace characters: long phrasings then stay
 * under the phrase table's match-length bound (each `\s+` would otherwise count as 60 characters).
 */
export function tight(source: string): string {
  return source.replace(/\\s\+/g, String.raw`\s{1,4}`);
}
