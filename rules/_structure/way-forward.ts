// Does a reply offer a way on after a given point, in the same paragraph? An alternative ("but I can ...",
// "instead"), something the customer can do ("you can split the file by month", "try the web app"), an action
// by our side ("I'll ask the warehouse", "I've passed it to ..."), or a time to come back ("it should be back
// next week"). dead-end asks this after each refusal it finds.
//
// Each clause after the point is read once: the words settle the plain cases (nothing but thanks or an
// apology; "but I can", "instead", a link), and the verb groups decide the rest (who does what, negated or
// not, in which tense), so only sentences after a refusal are ever tagged.
import type { Reply, Sentence } from '../../src/types.js';
import { verbGroups, type VerbGroup } from './verb-groups.js';
import { sentenceTerms, type Term } from '../../src/nlp/terms.js';
import { sentenceIndexAt } from '../../src/nlp/match.js';

/** What counts: `offer` (a way on) or, after a bare "No.", `any-content` (any answer that goes on). */
export type WayKind = 'offer' | 'any-content';

const APOS = "['`]";
// Clauses that are only courtesy: an apology, thanks, hope, a generic "anything else?", a goodbye.
const COURTESY = new RegExp(
  String.raw`^(?:(?:and|but|so|also|again|still|once\s+again|really|truly|so|very|very\s+much|please)\W+)*` +
    String.raw`(?:(?:I|we)(?:${APOS}m|${APOS}re|\s+am|\s+are)?\s+(?:so\s+|very\s+|really\s+|truly\s+|terribly\s+)?(?:sorry|afraid)|sorry|apologies|my\s+apologies|(?:I|we)\s+(?:do\s+)?(?:apologi[sz]e|regret|appreciate|understand|hope|value)|(?:I|we)(?:${APOS}d|\s+would)\s+like\s+to\s+(?:apologi[sz]e|thank)` +
    String.raw`|thanks?|thank\s+you|many\s+thanks|cheers|regards|kind\s+regards|best(?:\s+wishes)?|take\s+care|have\s+a\s+(?:nice|good|great|lovely|wonderful)|enjoy\s+(?:the|your)\s+(?:day|evening|weekend)|hope\s+(?:this|that|you)|hopefully\s+(?:this|that)` +
    String.raw`|(?:(?:is|was)\s+there\s+)?(?:anything|something)\s+else|(?:do\s+you\s+have\s+)?any\s+(?:other|more|further)\s+questions|(?:please\s+)?(?:let\s+(?:us|me)\s+know\s*[.!]*$|let\s+(?:us|me)\s+know|feel\s+free\s+to\s+(?:reach\s+out|contact\s+us|ask|get\s+in\s+touch))\s+if\s+(?:you\s+(?:have|need)\s+(?:any|anything)|there${APOS}s\s+anything)|(?:if\s+you\s+(?:have|need)\s+(?:any|anything)\s+(?:else|other|more|further))` +
    String.raw`|we(?:${APOS}re|\s+are)\s+(?:always\s+)?(?:here|happy|glad)\s+to\s+help\s*[.!]*$|happy\s+to\s+help\s*[.!]*$|good\s+luck|unfortunately\s*[.,!]*$|sadly\s*[.,!]*$|i${APOS}m\s+afraid\s*[.,!]*$)\b`,
  'i',
);
// A generic offer of more help is no way on from this problem: "Is there anything else we can do?"
const GENERIC_HELP = /\b(?:anything|something)\s+else\b|\bwhat\s+else\s+(?:can|could)\b|\bany\s+(?:other|more|further)\s+(?:questions|help)\b/i;
// "... if you have any other questions": a generic tail, read without it.
const GENERIC_TAIL = /,?\s*(?:if|should|when)\s+you\s+(?:have|need|ever\s+need)\s+(?:any|anything)\b[^.!?]{0,80}[.!?]*\s*$/i;
const GENERIC_INVITE = /^(?:please\s+)?(?:feel\s+free\s+to\s+|do\s+)?(?:contact|reach\s+out|get\s+in\s+touch|message|dm|email|e-mail|call|ring|let\s+(?:us|me)\s+know)\b/i;
// Words that settle a clause as a way on without the tagger.
const OFFER_WORDS = new RegExp(
  String.raw`\b(?:instead|alternatively|in\s+the\s+meantime|meanwhile|workaround|(?:an)?other\s+(?:option|way|choice)|the\s+(?:good|better)\s+news|what\s+(?:I|we)\s+(?:can|could)\s+do|here${APOS}s\s+(?:what|how)|here\s+(?:is|are)\s+(?:what|how|the\s+options|some\s+options)` +
    String.raw`|(?:I|we)(?:${APOS}ll|\s+will|\s+shall|${APOS}m\s+going\s+to|\s+am\s+going\s+to|${APOS}re\s+going\s+to|\s+are\s+going\s+to|\s+can|\s+could|${APOS}d\s+be\s+(?:happy|glad)\s+to|\s+would\s+be\s+(?:happy|glad)\s+to|${APOS}d\s+love\s+to|\s+do\s+(?:have|offer|sell|stock))(?!${APOS}?t\b|\s*not\b|\s+never\b|\s+be\s+unable\b)\s+(?!be\s+(?:in\s+touch|happy\s+to\s+help)\b)\w` +
    String.raw`|(?:I|we)(?:${APOS}m|${APOS}re|\s+am|\s+are)\s+(?:more\s+than\s+|always\s+|very\s+)?(?:happy|glad|able|pleased|going)\s+to\s+(?!help\s*[.!]*$)\w` +
    String.raw`|let\s+me\s+\w|you\s+(?:can|could|may|might)\s+(?:still\s+|also\s+|always\s+|instead\s+|easily\s+)?(?!not\b)\w|you${APOS}ll\s+be\s+able\s+to|you(?:${APOS}re|\s+are)\s+welcome\s+to|feel\s+free\s+to\s+(?!reach\s+out\s+if|contact\s+us\s+if)\w` +
    String.raw`|you(?:${APOS}ll|\s+will|\s+should|\s+may|\s+might)?\s+be\s+able\s+to` +
    // A tool that does it: "the courier app lets you redirect it", "the portal allows you to change the date".
    String.raw`|(?<!n${APOS}t\s|\bnot\s)(?:lets|allows|enables)\s+you\s+(?:to\s+)?\w` +
    String.raw`|once\s+(?:it|they|we|I|the|your|this|that)|as\s+soon\s+as|https?:\/\/|www\.` +
    // Somewhere to go: a phone number, an address, "their number is ..." (whether that hand-off is explained
    // is unexplained-transfer's business).
    String.raw`|(?:contact|call|ring|email|e-mail|visit|speak\s+(?:to|with)|get\s+in\s+touch\s+with|reach\s+out\s+to|go\s+to|head\s+to|pop\s+into|drop\s+into)\s+(?:(?:the|our|their|your|a|an|any)\s+)?\w` +
    String.raw`|\+?\d[\d ()-]{7,}\d|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{2,20}|(?:their|the|our)\s+(?:tele)?phone\s+number` +
    String.raw`)`,
  'i',
);
// A time to come back, when nothing in the clause is closed or negated: "it's back in stock next week".
const TIME_WORDS = /\b(?:later\s+(?:today|this\s+week|this\s+month|this\s+year)|tomorrow|next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s+(?:afternoon|evening)|first\s+thing|on\s+(?:our|the)\s+roadmap|coming\s+soon|back\s+in\s+stock)\b/i;
const ASKS_FOR_DETAILS = /^(?:what|which|when|where|who|how|(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:send|share|tell|confirm|provide|give|check|try|dm|email|forward|reply|attach|describe|let\s+(?:us|me)\s+know)|(?:are|is|do|does|did|have|has|was|were)\s+(?:you|your|it|this|that|the|there)\b(?!\s+(?:sure|certain|aware)\b))\b/i;
const CLOSED = /\b(?:closed|shut|off|holiday|unavailable)\b/i;
const NEGATION = /\b(?:not|no|never|nothing|none|nobody|unable|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|couldn't|impossible|unavailable|neither|nor)\b|n['`]t\b/i;
// Negative words that do not negate the offer: "at no cost", "no later than Friday", "not only ... but".
const BENIGN_NO = /\b(?:at\s+)?no\s+(?:extra\s+|additional\s+|further\s+)?(?:cost|charge|fee|obligation|problem|worries|trouble)\b|\bnot\s+only\b|\bno\s+matter\b|\bno\s+later\s+than\b|\bif\s+(?:it|that|this)\s+(?:doesn't|does\s+not|isn't|is\s+not)\s+\w+/gi;
// A clause that only gives the reason for the no.
const REASON = /^(?:because|as|since|due\s+to|given|owing\s+to|for\s+(?:security|safety|legal|privacy)\s+reasons)\b/i;

/** Verbs that carry no offer: feelings, thanks, apologies, being sorry, knowing. */
const NO_OFFER_VERB = /^(?:apologi[sz]\w*|understand\w*|understood|hope\w*|appreciat\w*|thank\w*|regret\w*|feel\w*|felt|valu\w*|wish\w*|lov\w*|lik\w*|know\w*|knew|realis\w*|realiz\w*|believe\w*|think\w*|thought|am|is|are|was|were|be|been|'m|'re|'s|enjoy\w*|hear\w*|heard|see|saw|seem\w*|sound\w*|happen\w*|mean\w*|need\w*|want\w*|wait\w*|lose|lost|apologies)$/;
/** Things our side may "have" or "do" in the present that are an alternative: "we do have", "we offer". */
const PRESENT_OFFER = /^(?:have|has|offer\w*|stock\w*|carry|carries|sell\w*|provide\w*|recommend\w*|suggest\w*|run\w*)$/;
/** What a thing can do later that brings the customer back: "it should arrive", "it will be back". */
const RESULT_VERB = /^(?:arriv\w*|return\w*|com\w*|ship\w*|launch\w*|open\w*|restock\w*|resum\w*|reach\w*|show\w*|appear\w*|go\w*|went|land\w*|releas\w*|reopen\w*|restart\w*|start\w*|be|available|ready|fixed|back)$/;

/**
 * True when the paragraph holding [start, end) offers a way on after `end`. `any-content` (a bare "No.")
 * passes on any following clause that is more than courtesy.
 */
export function offersWayForward(reply: Reply, start: number, end: number, kind: WayKind = 'offer'): boolean {
  const first = sentenceIndexAt(reply, start);
  if (first < 0) return false;
  const s = reply.sentences[first]!;
  // The answer is an "or" over clauses: every clause's words are read before any sentence is tagged, so
  // the tagger runs only when no clause offers a way on by its words alone.
  if (offersAfter(reply, s, end, kind, 'words') || laterOffers(reply, first + 1, s.paragraph, kind, 'words')) return true;
  // An offer made just before the no, in the same paragraph ("You can pay the full price, but we don't stock
  // it unlocked"; "Please call us on ...: we can't see accounts here"). Only the plain offer words count here:
  // what we did before saying no (checked, looked) is how we got to the no, not a way on from it.
  if (kind === 'offer' && (offeredBefore(reply, s, start) || earlierOffers(reply, first - 1, s.paragraph))) return true;
  return offersAfter(reply, s, end, kind, 'grammar') || laterOffers(reply, first + 1, s.paragraph, kind, 'grammar');
}

/** `words`: a clause the words leave undecided counts as no offer; `grammar`: its verb groups decide. */
type Reading = 'words' | 'grammar';

interface ReadClause { start: number; end: number; text: string }
interface SentenceReading {
  clauses: ReadClause[];
  /** offerFrom[k]: some clause from k on offers a way on (per kind and reading, filled on first use). */
  offerFrom: Map<string, boolean[]>;
  /** plainUpTo[k]: some clause before k holds plain offer words. */
  plainUpTo?: boolean[];
}

const readings = new WeakMap<Reply, Map<number, SentenceReading>>();

/** A sentence cut into clauses once per reply. */
function readingOf(reply: Reply, s: Sentence): SentenceReading {
  let bySentence = readings.get(reply);
  if (!bySentence) readings.set(reply, (bySentence = new Map()));
  let r = bySentence.get(s.index);
  if (!r) bySentence.set(s.index, (r = { clauses: clausesOf(reply.text, s.start, s.end), offerFrom: new Map() }));
  return r;
}

function clauseOffers(reply: Reply, s: Sentence, clause: ReadClause, kind: WayKind, reading: Reading): boolean {
  const verdict = readClause(clause.text, kind, s.isQuestion);
  if (verdict !== undefined) return verdict === 'offer';
  return reading === 'grammar' && groupsOffer(reply, s, clause.start, clause.end);
}

/** Does the sentence offer a way on after `end`? The clause the point falls in is read from the point on. */
function offersAfter(reply: Reply, s: Sentence, end: number, kind: WayKind, reading: Reading): boolean {
  const r = readingOf(reply, s);
  let from = r.clauses.findIndex((c) => c.end > end);
  if (from < 0) return false;
  const c = r.clauses[from]!;
  if (c.start < end) {
    const part = clausesOf(reply.text, end, c.end)[0];
    if (part && clauseOffers(reply, s, part, kind, reading)) return true;
    from++;
  }
  return offerFrom(reply, s, r, kind, reading)[from] ?? false;
}

function offerFrom(reply: Reply, s: Sentence, r: SentenceReading, kind: WayKind, reading: Reading): boolean[] {
  const key = `${kind}:${reading}`;
  let table = r.offerFrom.get(key);
  if (!table) {
    table = new Array<boolean>(r.clauses.length + 1).fill(false);
    for (let k = r.clauses.length - 1; k >= 0; k--) table[k] = table[k + 1]! || clauseOffers(reply, s, r.clauses[k]!, kind, reading);
    r.offerFrom.set(key, table);
  }
  return table;
}

function plainOffer(s: Sentence, text: string, earlier: boolean): boolean {
  if (OFFER_WORDS.test(text) && !NEGATION.test(text)) return true;
  // A question that works on the case ("Are you connected to Wi-Fi?"): the conversation goes on.
  return earlier && s.isQuestion && ASKS_FOR_DETAILS.test(text) && !GENERIC_HELP.test(text);
}

/** Plain offer words in the sentence before `start`. */
function offeredBefore(reply: Reply, s: Sentence, start: number): boolean {
  const r = readingOf(reply, s);
  if (!r.plainUpTo) {
    r.plainUpTo = new Array<boolean>(r.clauses.length + 1).fill(false);
    for (let k = 0; k < r.clauses.length; k++) r.plainUpTo[k + 1] = r.plainUpTo[k]! || plainOffer(s, r.clauses[k]!.text, false);
  }
  let upTo = r.clauses.findIndex((c) => c.end > start);
  if (upTo < 0) upTo = r.clauses.length;
  const c = r.clauses[upTo];
  if (c && c.start < start) {
    const part = clausesOf(reply.text, c.start, start)[0];
    if (part && plainOffer(s, part.text, false)) return true;
  }
  return r.plainUpTo[upTo]!;
}

// Whole sentences are read once per reply: whether any sentence from i to the end of its paragraph offers a
// way on (and, backwards, whether any sentence before it does). Many refusals in one paragraph then cost
// what the paragraph costs, not its square.
const laterCache = new WeakMap<Reply, Map<string, boolean>>();
const earlierCache = new WeakMap<Reply, Map<number, boolean>>();

function laterOffers(reply: Reply, from: number, paragraph: number, kind: WayKind, reading: Reading): boolean {
  let cache = laterCache.get(reply);
  if (!cache) laterCache.set(reply, (cache = new Map()));
  const key = (i: number) => `${kind}:${reading}:${i}`;
  let i = from;
  const pending: number[] = [];
  let found = false;
  for (; i < reply.sentences.length && reply.sentences[i]!.paragraph === paragraph; i++) {
    const known = cache.get(key(i));
    if (known !== undefined) { found = known; break; }
    pending.push(i);
    const s = reply.sentences[i]!;
    if (offerFrom(reply, s, readingOf(reply, s), kind, reading)[0]) { found = true; break; }
  }
  // Every sentence walked shares the answer: an offer at or after it (or none to the paragraph's end).
  for (const k of pending) cache.set(key(k), found);
  return found;
}

function earlierOffers(reply: Reply, from: number, paragraph: number): boolean {
  let cache = earlierCache.get(reply);
  if (!cache) earlierCache.set(reply, (cache = new Map()));
  const pending: number[] = [];
  let found = false;
  for (let i = from; i >= 0 && reply.sentences[i]!.paragraph === paragraph; i--) {
    const known = cache.get(i);
    if (known !== undefined) { found = known; break; }
    pending.push(i);
    const s = reply.sentences[i]!;
    if (readingOf(reply, s).clauses.some((c) => plainOffer(s, c.text, true))) { found = true; break; }
  }
  for (const k of pending) cache.set(k, found);
  return found;
}

/** The text of the paragraph after `end` (for messages and tests). */
export function paragraphRest(reply: Reply, end: number): string {
  const i = sentenceIndexAt(reply, Math.max(0, end - 1));
  if (i < 0) return '';
  const p = reply.sentences[i]!.paragraph;
  let last = end;
  for (let k = i; k < reply.sentences.length && reply.sentences[k]!.paragraph === p; k++) last = reply.sentences[k]!.end;
  return reply.text.slice(end, last);
}

// Clause breaks inside a sentence: ", but", "; ", " so ", " although " ... (the word stays with its clause).
const CLAUSE_BREAK = /[;—–]|[:,](?=\s)|\s(?=(?:but|however|although|though|so|and|or|instead|then|because|as\s+soon|once|until|unless)\b)/gi;

function clausesOf(text: string, from: number, to: number): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const piece = text.slice(from, to);
  let at = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  const push = (a: number, b: number) => {
    const raw = piece.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim().replace(/^[,.!?…]+\s*/, '').replace(/^(?:@\w+[\s,:]*)+/, '');
    if (/[\p{L}\p{N}]/u.test(t)) out.push({ start: from + a + lead, end: from + b, text: t });
  };
  while ((m = CLAUSE_BREAK.exec(piece))) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, piece.length);
  return out;
}

/** The words' verdict on one clause: a way on, nothing of use, or undecided (the grammar reads it). */
function readClause(clause: string, kind: WayKind, question: boolean): 'offer' | 'none' | undefined {
  const t = clause.replace(/^(?:and|but|however|although|though|so|or|then|also|just|please)\W+/i, (m) => (/^(?:but|however|although|though)/i.test(m) ? m : ''));
  const core = t.replace(GENERIC_TAIL, '').trim();
  if (!/[\p{L}\p{N}]/u.test(core) || COURTESY.test(core)) return 'none';
  // "Feel free to contact us if you have any other questions": a generic invitation, not a way on from the no.
  if (GENERIC_HELP.test(t) && (!OFFER_WORDS.test(core) || GENERIC_INVITE.test(core))) return 'none';
  const body = t.replace(/^(?:but|however|although|though|so|and|then)\W+/i, '');
  if (COURTESY.test(body)) return 'none';
  if (kind === 'any-content') return 'offer';
  const negated = NEGATION.test(body.replace(BENIGN_NO, ' '));
  // A question that asks for what we need to go on ("What's the domain?", "Could you send the file?").
  if (question && ASKS_FOR_DETAILS.test(body)) return 'offer';
  if (negated) return 'none';
  if (OFFER_WORDS.test(body)) return 'offer';
  if (REASON.test(body) && !/^as\s+soon\b/i.test(body)) return 'none';
  if (!negated && TIME_WORDS.test(body) && !CLOSED.test(body)) return 'offer';
  if (negated) return 'none';
  return undefined;
}

/** The grammar's verdict: does a verb group in [from, to) of the sentence offer a way on? */
function groupsOffer(reply: Reply, s: Sentence, from: number, to: number): boolean {
  const terms = sentenceTerms(reply, s);
  // Where the clause's own words start (after "please", "just", "then" ...): an imperative's verb stands there.
  let head = terms.findIndex((t) => t.start >= from);
  while (head >= 0 && head < terms.length && /^(?:please|just|then|and|so|but|also|simply|kindly|now|instead)$/.test(terms[head]!.word)) head++;
  return verbGroups(reply, s).some((g) => g.verb.start >= from && g.verb.start < to && isWayOn(g, terms, head));
}

function isWayOn(g: VerbGroup, terms: Term[], head: number): boolean {
  if (g.negated) return false;
  const verb = g.verb.word;
  switch (g.subject) {
    case 'agent':
    case 'named':
    case 'person':
      if (g.aspect === 'future' || g.aspect === 'perfect' || g.aspect === 'progressive') return !NO_OFFER_VERB.test(verb) || (verb === 'be' && nextWord(terms, g) === 'able');
      if (g.aspect === 'modal') return g.aux.some((a) => /^(?:can|could|would|'d|may|might|should)$/.test(a)) && !NO_OFFER_VERB.test(verb);
      if (g.aspect === 'present') return PRESENT_OFFER.test(verb);
      return false;
    case 'customer':
      if (g.aspect === 'modal') return g.aux.some((a) => /^(?:can|could|may|might)$/.test(a)) && !NO_OFFER_VERB.test(verb);
      if (g.aspect === 'future') return !NO_OFFER_VERB.test(verb) && !/^(?:have|need|must)$/.test(verb);
      return false;
    case 'none':
      // An instruction the customer can follow ("Try the web app", "please head to Settings"), not a goodbye.
      return g.first <= head && g.aspect === 'present' && !g.verb.tags.has('PastTense') && !g.verb.tags.has('Gerund') && !NO_OFFER_VERB.test(verb) && !/^(?:have|let|keep|stay|take)$/.test(verb);
    case 'thing':
      // "It should be back next week", "the feature will come later this year".
      if (g.aspect === 'future' || (g.aspect === 'modal' && g.aux.some((a) => /^(?:should|will|may|might)$/.test(a)))) return RESULT_VERB.test(verb) || RESULT_VERB.test(nextWord(terms, g));
      return false;
  }
}

function nextWord(terms: Term[], g: VerbGroup): string {
  return terms[g.last + 1]?.word ?? '';
}
