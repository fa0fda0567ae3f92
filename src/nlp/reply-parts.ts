// The parts of a whole reply that the structure rules reason about: the sign-off block, the verb
// groups of a sentence (who does what, in which tense), the agent's actions, and the times put on
// them. Everything is computed once per reply and cached, because several rules ask the same
// questions. Only sentences a cheap regex pre-pass selected are ever tagged.
import type { Reply, Sentence } from '../types.js';
import { getNlp } from './compromise.js';

// ---------------------------------------------------------------------------------------------
// Terms

export interface Term {
  text: string;
  /** The word the term stands for: the expansion of a contraction ("'ve" -> "have"), else the normal form. */
  word: string;
  tags: Set<string>;
  /** Offsets into the reply text. */
  start: number;
  end: number;
}

const termCache = new WeakMap<Reply, Map<number, Term[]>>();

/** The tagged terms of one sentence (parsed on first use, cached per reply). */
export function sentenceTerms(reply: Reply, sentence: Sentence): Term[] {
  let bySentence = termCache.get(reply);
  if (!bySentence) termCache.set(reply, (bySentence = new Map()));
  let out = bySentence.get(sentence.index);
  if (out) return out;
  out = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (const s of reply.parse(sentence).json({ offset: true, terms: { offset: true } }) as any[]) {
    for (const t of s.terms) {
      const start = sentence.start + (t.offset?.start ?? 0);
      out.push({
        text: t.text,
        word: String(t.implicit || t.normal || t.text).toLowerCase().replace(/[’]/g, "'"),
        tags: new Set<string>(t.tags),
        start,
        end: start + (t.offset?.length ?? t.text.length),
      });
    }
  }
  bySentence.set(sentence.index, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Verb groups: auxiliaries + main verb, with subject, tense/aspect and negation

export type Aspect = 'future' | 'perfect' | 'progressive' | 'past' | 'present' | 'modal' | 'nonfinite';
/** agent: I/we (or "our <role>"); named: a person or role; person: he/she; customer: you; thing: any other noun/pronoun; none: no subject (imperative, list item). */
export type SubjectKind = 'agent' | 'named' | 'person' | 'customer' | 'thing' | 'none';

export interface VerbGroup {
  /** Index of the first and last term of the group (auxiliaries included) in the sentence's terms. */
  first: number;
  last: number;
  verb: Term;
  /** Words after the verb that belong to it (phrasal particles: "look into", "get back"). */
  particle: string;
  aux: string[];
  aspect: Aspect;
  passive: boolean;
  negated: boolean;
  subject: SubjectKind;
  /** Head word of the subject noun phrase, lowercased ("" when none). */
  subjectWord: string;
}

const VERBISH = (t: Term) => t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula');
const AUX = (t: Term) => t.tags.has('Auxiliary') || t.tags.has('Modal') || (t.tags.has('Copula') && !t.tags.has('PresentTense') && !t.tags.has('PastTense'));
const BE = /^(?:am|is|are|was|were|be|been|being|'m|'re|'s)$/;
const HAVE = /^(?:have|has|had|'ve|'d|having)$/;
const FUTURE_AUX = /^(?:will|shall|'ll|wo)$/;
const MODAL = /^(?:can|could|would|should|may|might|must|ought|cannot|can't|couldn't|wouldn't|shouldn't|mustn't)$/;
const NEGATIVE = /^(?:not|n't|never|no)$/;
const ROLE = /^(?:team|engineers?|technicians?|specialists?|managers?|couriers?|drivers?|adjusters?|agents?|colleagues?|staff|nurses?|doctors?|developers?|crew|department|warehouse|housekeeping|supervisors?|advisers?|advisors?|coordinators?|fitters?|installers?|plumbers?|electricians?|inspectors?|partners?|officers?|representatives?|reps?|experts?|pharmacists?|chefs?|stylists?|tutors?|support)$/;
const PERSON_PRONOUN = /^(?:he|she)$/;
const OBJECT_PRONOUN = /^(?:you|it|them|him|her|us|me)$/;
/** Participles the tagger may read as nouns after "have" ("I've reset it", "we've put you back"). */
const IRREGULAR_PARTICIPLE = new Set(['reset', 'put', 'set', 'cut', 'sent', 'spent', 'shut', 'let', 'made', 'paid', 'given', 'taken', 'rebuilt', 'rewritten', 'rerun', 'upgraded', 'resent', 'split', 'quit', 'sorted', 'built', 'sold', 'found', 'held', 'kept', 'laid', 'lent', 'left', 'met', 'read', 'won', 'brought', 'bought', 'caught', 'taught', 'done', 'fixed', 'swapped', 'refunded', 'credited', 'waived', 'rebooked', 'cancelled', 'canceled', 'replaced']);
const AGENT_PRONOUN = /^(?:i|we)$/;

const groupCache = new WeakMap<Reply, Map<number, VerbGroup[]>>();

/** Splits a sentence's terms into verb groups, in order (computed once per sentence). */
export function verbGroups(reply: Reply, sentence: Sentence): VerbGroup[] {
  let bySentence = groupCache.get(reply);
  if (!bySentence) groupCache.set(reply, (bySentence = new Map()));
  let groups = bySentence.get(sentence.index);
  if (!groups) bySentence.set(sentence.index, (groups = buildGroups(sentenceTerms(reply, sentence))));
  return groups;
}

function buildGroups(terms: Term[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < terms.length) {
    const t = terms[i]!;
    if (!VERBISH(t) || t.tags.has('Particle')) { i++; continue; }
    const first = i;
    const aux: string[] = [];
    let negated = false;
    let verbAt = -1;
    // Auxiliaries, negations and adverbs up to the main verb.
    let j = i;
    for (; j < terms.length; j++) {
      const u = terms[j]!;
      if (NEGATIVE.test(u.word) || u.tags.has('Negative')) { negated = true; continue; }
      if (u.tags.has('Adverb') && aux.length) continue;
      if (!VERBISH(u)) break;
      const next = terms.slice(j + 1).find((n) => !n.tags.has('Adverb') && !n.tags.has('Negative'));
      const nextIsVerb = next !== undefined && VERBISH(next) && !next.tags.has('Particle');
      if ((AUX(u) || BE.test(u.word) || HAVE.test(u.word) || u.word === 'do' || u.word === 'does' || u.word === 'did' || u.word === 'going' || u.word === 'to') && nextIsVerb) {
        aux.push(u.word);
        if (/^(?:won't|can't|cannot|couldn't|wouldn't|shouldn't|don't|doesn't|didn't|haven't|hasn't|isn't|aren't|wasn't|weren't)$/.test(u.text.toLowerCase())) negated = true;
        continue;
      }
      // "I've reset the display": compromise sometimes reads an irregular participle as a noun.
      const n = terms[j + 1];
      if (n && HAVE.test(u.word) && (IRREGULAR_PARTICIPLE.has(n.word) || /^[a-z]+ed$/.test(n.word)) && !n.tags.has('Determiner') && !n.tags.has('Pronoun')) {
        aux.push(u.word);
        n.tags.add('Verb');
        n.tags.add('PastTense');
        verbAt = j + 1;
        break;
      }
      verbAt = j;
      break;
    }
    if (verbAt < 0) { i = Math.max(j, i + 1); continue; }
    const verb = terms[verbAt]!;
    let last = verbAt;
    let particle = '';
    const after = terms[verbAt + 1];
    if (after && (after.tags.has('Particle') || (after.tags.has('PhrasalVerb') && !VERBISH(after)))) { particle = after.word; last = verbAt + 1; }
    // "a zero balance", "your charge": a word after a determiner or number is a noun the tagger read as a verb.
    const before = terms[first - 1];
    if (aux.length === 0 && before && (before.tags.has('Determiner') || before.tags.has('Value') || /^(?:your|our|my|their|its)$/.test(before.word))) { i = last + 1; continue; }
    const prevGroup = groups[groups.length - 1];
    // "put you back", "let you know": the pronoun is the previous verb's object, not a new subject.
    if (prevGroup && aux.length === 0 && first === prevGroup.last + 2 && OBJECT_PRONOUN.test(terms[first - 1]!.word)) { i = last + 1; continue; }
    const { subject, subjectWord } = subjectBefore(terms, first, groups);
    const aspect = aspectOf(aux, verb, terms, first);
    const passive = verb.tags.has('Passive') || (aux.some((a) => BE.test(a)) && (verb.tags.has('PastTense') || verb.tags.has('Participle')) && !verb.tags.has('Gerund'));
    groups.push({ first, last, verb, particle, aux, aspect, passive, negated, subject, subjectWord });
    i = last + 1;
  }
  inheritCoordinated(terms, groups);
  return groups;
}

function aspectOf(aux: string[], verb: Term, terms: Term[], first: number): Aspect {
  if (aux.some((a) => FUTURE_AUX.test(a)) || (aux.includes('going') && aux.includes('to'))) return 'future';
  if (aux.some((a) => MODAL.test(a) || a === "'d" || a === 'would')) return 'modal';
  if (aux.some((a) => a === 'had')) return 'past';
  if (aux.some((a) => HAVE.test(a))) return 'perfect';
  if (aux.some((a) => /^(?:was|were)$/.test(a))) return 'past';
  if (aux.some((a) => BE.test(a))) return verb.tags.has('Gerund') ? 'progressive' : 'present';
  if (aux.some((a) => a === 'did')) return 'past';
  if (aux.length) return 'present';
  const prev = terms[first - 1];
  if (prev && prev.word === 'to') return 'nonfinite';
  if (verb.tags.has('Gerund')) return 'nonfinite';
  if (verb.tags.has('PastTense')) return 'past';
  if (verb.tags.has('Infinitive') && !prev) return 'present';
  return 'present';
}

function subjectBefore(terms: Term[], first: number, groups: VerbGroup[]): { subject: SubjectKind; subjectWord: string } {
  const floor = groups.length ? groups[groups.length - 1]!.last + 1 : 0;
  let k = first - 1;
  while (k >= floor && terms[k]!.tags.has('Adverb')) k--;
  if (k < floor) return { subject: 'none', subjectWord: '' };
  const t = terms[k]!;
  const w = t.word;
  if (AGENT_PRONOUN.test(w)) return { subject: 'agent', subjectWord: w };
  if (w === 'you') return { subject: 'customer', subjectWord: w };
  if (PERSON_PRONOUN.test(w)) return { subject: 'person', subjectWord: w };
  if (w === 'who' || w === 'which' || w === 'that') {
    // "Dana, who will refund it": the relative pronoun stands for the noun before it.
    const antecedent = terms.slice(floor, k).reverse().find((x) => x.tags.has('Noun'));
    if (antecedent && w === 'who' && (antecedent.tags.has('Person') || antecedent.tags.has('Actor') || ROLE.test(antecedent.word))) return { subject: 'named', subjectWord: antecedent.word };
    return { subject: 'thing', subjectWord: antecedent?.word ?? w };
  }
  if (t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Money')) {
    if (t.tags.has('Pronoun')) return { subject: 'thing', subjectWord: w };
    // Look back over the noun phrase ("our loss adjuster, Tom Reid,") for a person or "our <role>".
    let named = t.tags.has('Person') || t.tags.has('Actor') || ROLE.test(w);
    let ours = false;
    for (let m = k; m >= Math.max(floor, k - 5); m--) {
      const x = terms[m]!;
      if (x.word === 'our') { ours = true; break; }
      if (VERBISH(x) && !x.tags.has('Noun')) break;
      if (x.tags.has('Person') || x.tags.has('Actor') || ROLE.test(x.word)) named = true;
    }
    if (named || (ours && ROLE.test(w))) return { subject: ours && !t.tags.has('Person') && ROLE.test(w) ? 'agent' : 'named', subjectWord: w };
    return { subject: 'thing', subjectWord: w };
  }
  return { subject: 'none', subjectWord: '' };
}

/** "I've refunded the fee and added a credit": a verb after "and" shares the first verb's subject and tense. */
function inheritCoordinated(terms: Term[], groups: VerbGroup[]): void {
  for (let g = 1; g < groups.length; g++) {
    const cur = groups[g]!;
    if (cur.subject !== 'none' || cur.aux.length) continue;
    const prev = groups[g - 1]!;
    const joiner = terms.slice(prev.last + 1, cur.first).some((t) => t.word === 'and' || t.word === 'then' || t.word === 'also');
    if (!joiner) continue;
    const form = cur.verb.tags.has('PastTense') ? 'past' : cur.verb.tags.has('Infinitive') || cur.verb.tags.has('PresentTense') ? 'base' : 'other';
    if ((prev.aspect === 'perfect' && form === 'past') || (prev.aspect === 'future' && form === 'base') || (prev.aspect === 'past' && form === 'past') || (prev.aspect === 'progressive' && cur.verb.tags.has('Gerund'))) {
      Object.assign(cur, { subject: prev.subject, subjectWord: prev.subjectWord, aspect: prev.aspect, aux: prev.aux, passive: prev.passive && form === 'past', negated: prev.negated });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Actions: the agent (or a named colleague) doing something concrete about the problem

/** Verbs that are not an action on the problem: feelings, looking into it, talking about it, handing it off. */
const NOT_ACTION = new RegExp('^(?:' + [
  'am|is|are|was|were|be|been|being|\'m|\'re|\'s',
  'have|has|had|having|\'ve|do|does|did|done|doing|get|got|gotten|getting',
  'understand\\w*|understood|see\\w*|saw|know\\w*|knew|hope\\w*|think\\w*|thought|believe\\w*|feel\\w*|felt|guess\\w*|expect\\w*',
  'suppose\\w*|imagin\\w*|reali[sz]\\w*|recogni[sz]\\w*|notic\\w*|appreciat\\w*|valu\\w*|regret\\w*|wish\\w*|want\\w*|lik\\w*|lov\\w*',
  'need\\w*|mean\\w*|meant|hear\\w*|heard|trust\\w*|sens\\w*|agree\\w*|apologi[sz]\\w*|thank\\w*|say\\w*|said|tell\\w*|told',
  'explain\\w*|mention\\w*|assur\\w*|promis\\w*|guarantee\\w*|confirm\\w*|look\\w*|check\\w*|review\\w*|investigat\\w*',
  'examin\\w*|inspect\\w*|research\\w*|read\\w*|listen\\w*|go|goes|gone|went|going|consider\\w*|assess\\w*|analy[sz]\\w*',
  'monitor\\w*|tr(?:y|ies|ied|ying)|attempt\\w*|aim\\w*|endeavou?r\\w*|wait\\w*|speak\\w*|spoke|spoken|talk\\w*',
  'forward\\w*|pass\\w*|escalat\\w*|transfer\\w*|refer\\w*|hand\\w*|rout\\w*|redirect\\w*|rais\\w*|logg?\\w*|flag\\w*',
  'report\\w*|reach\\w*|contact\\w*|follow\\w*|touch|help\\w*|let|lets|letting|note|noted|notes|noting|record\\w*|document\\w*',
  'experienc\\w*|receiv\\w*|happen\\w*|show\\w*|seem\\w*|appear\\w*|remain\\w*|stay\\w*|accept\\w*|write|writing|wrote|written',
  'respond\\w*|repl(?:y|ies|ied|ying)|answer\\w*|revert\\w*|shar(?:e|es|ed|ing)|learn\\w*|welcome\\w*|continu\\w*',
].join('|') + ')$');
/** Objects that make add/update/attach/close an admin step on the ticket rather than a fix. */
const ADMIN_OBJECT = /^(?:ticket|case|file|notes?|records?|complaint|feedback|query|queries|log|system)$/;
/** Passive subjects that are paperwork, not a remedy ("your ticket has been escalated", "a reminder will be sent"). */
const ADMIN_SUBJECT = /^(?:ticket|case|complaint|feedback|notes?|file|query|email|message|letter|reminder|notification|confirmation|records?|details|someone|somebody|nothing)$/;
/** Particles that turn a verb into a hand-off or a vague promise ("put through", "get back", "keep posted"). */
const VAGUE_PARTICLE = /^(?:through|back|in touch|posted|updated|informed)$/;

/** Does this verb group state a concrete action on the problem by the agent's side? */
export function isAction(reply: Reply, sentence: Sentence, g: VerbGroup): boolean {
  if (g.negated) return false;
  const terms = sentenceTerms(reply, sentence);
  if (inReportedClause(reply, sentence, g)) return false;
  const agentSide = g.subject === 'agent' || g.subject === 'named' || g.subject === 'person';
  const verb = g.verb.word;
  const objects = terms.slice(g.last + 1, g.last + 6);
  // "She'll have it done", "we'll have a new one sent": have + object + participle is an action.
  const causative = /^(?:have|has|'ve|get|got)$/.test(verb) && terms.slice(g.first + 1, g.last + 5).some((t) => /^(?:done|sorted|fixed|sent|repaired|replaced|refunded|delivered|installed|cleaned|collected|changed|ready)$/.test(t.word));
  // "A new pair is already on its way": the fix is under way, whoever is carrying it.
  if (BE.test(verb) && !g.negated && g.aspect === 'present' && g.subject !== 'customer' &&
    /^(?:already|now)?\s*on (?:its|their|the) way\b/i.test(reply.text.slice(g.verb.end, sentence.end).trim())) return true;
  if (NOT_ACTION.test(verb) && !causative) return false;
  if (g.particle && VAGUE_PARTICLE.test(g.particle) && !/^(?:put|pay|paid|pays|paying|bring|brought|switch\w*|turn\w*|roll\w*|mov\w*|set)$/.test(verb)) return false;
  // "I'll update you" / "keep you posted" is a progress report, not a step; "I'll text you when it's back" is.
  if (/^updat\w*$/.test(verb) && objects[0]?.word === 'you') return false;
  // "I've made a note", "we've opened a case": paperwork about the problem, not work on it.
  if (/^(?:mak\w*|made|creat\w*|open\w*|log\w*)$/.test(verb)) {
    const direct = objects.find((t) => t.tags.has('Noun') && !t.tags.has('Possessive'));
    if (direct && /^(?:notes?|records?|tickets?|case|report|comments?|entry|feedback)$/.test(direct.word)) return false;
  }
  if (/^(?:add\w*|updat\w*|attach\w*|clos\w*|amend\w*)$/.test(verb)) {
    const to = objects.findIndex((t) => t.word === 'to' || t.word === 'on' || t.word === 'in');
    const target = to >= 0 ? objects.slice(to + 1).find((t) => t.tags.has('Noun') && !t.tags.has('Possessive')) : undefined;
    if (target && ADMIN_OBJECT.test(target.word)) return false;
    const direct = objects.find((t) => t.tags.has('Noun') && !t.tags.has('Possessive'));
    if (direct && ADMIN_OBJECT.test(direct.word) && /^(?:updat|clos|amend)/.test(verb)) return false;
  }
  if (/^ask\w*$/.test(verb) && /^(?:you|for|whether|if)$/.test(objects[0]?.word ?? '')) return false;
  // "take a look", "take your comments on board / into account": attention, not action.
  if (/^(?:tak\w*|took)$/.test(verb) && objects.slice(0, 5).some((t) => /^(?:look|board|account|consideration|seriously|note)$/.test(t.word))) return false;
  // "We have found no fault": the object denies that anything needs doing.
  if (/^(?:no|nothing|none|neither)$/.test(objects[0]?.word ?? '')) return false;
  if (/^(?:work\w*)$/.test(verb) && objects[0]?.word === 'on') return false;
  if (/^(?:keep\w*|kept)$/.test(verb) && objects[0]?.word === 'you') return false;
  if (g.passive) {
    if (g.aspect !== 'perfect' && g.aspect !== 'future' && !(g.aspect === 'progressive' || (g.aspect === 'present' && g.aux.includes('being')))) return false;
    return !ADMIN_SUBJECT.test(g.subjectWord);
  }
  if (!agentSide) return false;
  if (g.aspect === 'future' || g.aspect === 'perfect' || g.aspect === 'progressive') return true;
  // "I can refund you today or send a new one": an offered remedy discusses how it will be fixed.
  if (g.aspect === 'modal' && g.subject === 'agent' && g.aux.some((a) => a === 'can' || a === 'could') &&
    (REMEDY_VERB.test(verb) || /^(?:send|ship|offer|arrange|book|give|organi[sz]e)$/.test(verb))) return true;
  // Simple past by us is usually the mistake ("we sent the wrong size"); it is a fix only with a remedy verb.
  return g.subject === 'agent' && g.aspect === 'past' && REMEDY_VERB.test(verb);
}

/** Verbs that undo a problem, so even a simple past ("I refunded it this morning") reports a fix. */
const REMEDY_VERB = /^(?:refund\w*|replac\w*|credit\w*|cancel\w*|waiv\w*|reimburs\w*|resen[dt]\w*|reship\w*|rebook\w*|fix\w*|repair\w*|restor\w*|unlock\w*|reset|reactivat\w*|upgrad\w*|compensat\w*|correct\w*|remov\w*|revers\w*|reinstat\w*|rescheduled|rerout\w*|redeliver\w*|resolv\w*|sort\w*|unblock\w*|re-?enabl\w*|reopen\w*|expedit\w*|swapp?\w*|exchang\w*|honou?r\w*|matched|discount\w*|refunded)$/;

/** Words that introduce what the customer told us or what we are sorry for: the clause after them is the problem. */
const REPORTING = /\b(?:sorry|apologi[sz]e|apologies|understand|understood|see|saw|seen|know|knew|realis?e|realiz?e|notice[ds]?|noticed|hear|heard|mention(?:s|ed)?|said|told|wrote|explained|regret|appreciate|imagine|sounds?\s+like|seems?|check|make\s+sure|ensure|worried|concerned|upset|frustrat\w+|disappointed)\b/i;
const CLAUSE_BREAK = /[,;:.!?—–(]|\s-\s|\b(?:and|but|so|then|because|which|while)\b/i;

/** "I'm sorry you've been charged twice", "I understand you were billed": the verb is in the reported problem. */
function inReportedClause(reply: Reply, sentence: Sentence, g: VerbGroup): boolean {
  const terms = sentenceTerms(reply, sentence);
  const from = terms[g.first]!.start;
  const before = reply.text.slice(sentence.start, from);
  const m = [...before.matchAll(new RegExp(REPORTING.source, 'gi'))].pop();
  if (!m || m.index === undefined) return false;
  return !CLAUSE_BREAK.test(before.slice(m.index + m[0].length));
}

/** First person, or a verb a likely subject-less list item starts with; anything else can't hold an action. */
const ACTION_CANDIDATE = /\b(?:I|we)(?:'ve|'ll|'m|'re|'d)?\b|\b(?:has|have|had|will|shall|'ll)\s+be(?:en)?\b|\b(?:will|'ll|shall|going to)\b|\bbeing\b|\bwho\b|\bon (?:its|their) way\b|^\s*(?:[-*•]|\d+[.)])?\s*[A-Z][a-z]+ed\b/i;
/** "Here's what I've done:", "Here is what happens next:" announce the actions that follow. */
const PLAN_CUE = /\bhere(?:'s| is| are)\s+(?:what|where|how)\s+(?:(?:I|we)(?:'ve|'m|'ll|'re|\s+(?:have|am|are|will))?\s+(?:done|doing|do|did|going to do|changed|sorted|fixed)|happens next|things stand|we stand|we're doing|I'm doing)|\bwhat (?:I|we)(?:'ve| have) (?:done|sorted|changed)\b/i;

/** An I/we whose verb is a feeling or knowing word ("I understand", "we're sorry"): no action can hang on it. */
const ONLY_FEELING = /\b(?:I|we)(?:'m|'re|\s+am|\s+are|\s+do|\s+can|\s+completely|\s+totally|\s+really|\s+truly|\s+fully|\s+so|\s+very)*\s+(?:understand|hope|know|think|believe|apologi[sz]e|appreciate|see|hear|feel|sorry|regret|realis?e|realiz?e|recogni[sz]e|value|trust|look\s+forward|can't|cannot|don't|do\s+not|would\s+like|'d\s+like|want|wish|noticed?|imagine|aware)\b/gi;
const FIRST_PERSON = /\b(?:I|we)\b/gi;
/** An auxiliary right after I/we ("I've", "we will", "I'm sending"): the likeliest home of an action. */
const STRONG_CANDIDATE = /\b(?:I|we)(?:'ve|'ll|'m|'re|\s+(?:have|has|will|shall|am|are|just|also|already|now)\b)/i;

export interface Action {
  sentence: Sentence;
  group: VerbGroup;
}

function isCandidate(s: Sentence): boolean {
  if (s.isQuestion || !ACTION_CANDIDATE.test(s.text)) return false;
  // Skip the parse when every I/we in the sentence only feels or knows and nothing else can carry an action.
  const firstPerson = s.text.match(FIRST_PERSON)?.length ?? 0;
  const feeling = s.text.match(ONLY_FEELING)?.length ?? 0;
  if (firstPerson > 0 && feeling >= firstPerson && !/\b(?:will|'ll|shall|has been|have been|being|who|on (?:its|their) way)\b|^\s*(?:[-*•]|\d+[.)])/i.test(s.text)) return false;
  // "You'll need to ...", "It will show on your statement": a future whose subject can never be our action.
  if (firstPerson === 0 && !/\b(?:has|have)\s+been\b|\bbeing\b|\bwho\b|\bon (?:its|their) way\b|^\s*(?:[-*•]|\d+[.)])/i.test(s.text)) {
    const futures = s.text.match(/\S+\s+(?:will|shall|won't)\b|\S+'ll\b/gi) ?? [];
    if (futures.every((f) => /^(?:you|they|it|this|that|there|someone|somebody|everything|nothing|which)(?:\s|'ll)/i.test(f))) return false;
  }
  return true;
}

const actionCache = new WeakMap<Reply, Action | null>();

/**
 * The first concrete action the reply states, or undefined. The regex only picks candidate sentences (strong
 * ones first, so most replies stop after one or two parses); the verb groups decide.
 */
export function firstAction(reply: Reply): Action | undefined {
  const cached = actionCache.get(reply);
  if (cached !== undefined) return cached ?? undefined;
  const end = signOffStart(reply);
  const body = reply.sentences.slice(0, end).filter(isCandidate);
  const ordered = [...body.filter((s) => STRONG_CANDIDATE.test(s.text)), ...body.filter((s) => !STRONG_CANDIDATE.test(s.text))];
  let found: Action | null = null;
  for (const s of ordered) {
    const g = verbGroups(reply, s).find((x) => isAction(reply, s, x));
    if (g) { found = { sentence: s, group: g }; break; }
  }
  actionCache.set(reply, found);
  return found ?? undefined;
}

/**
 * A plan announced and then listed ("Here's what I've done:" + steps) is an action even when the steps have no
 * subject ("- Booked a courier for today").
 */
export function announcesPlan(reply: Reply): boolean {
  const end = signOffStart(reply);
  for (const s of reply.sentences.slice(0, end)) {
    if (!PLAN_CUE.test(s.text)) continue;
    const next = reply.sentences[s.index + 1];
    if (next && next.index < end && (/:\s*$/.test(s.text) || /^\s*(?:[-*•]|\d+[.)])\s/.test(next.text))) return true;
  }
  return false;
}

/** Does the reply state what we are doing about the problem? */
export function hasFix(reply: Reply): boolean {
  return announcesPlan(reply) || firstAction(reply) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Times: an explicit time put on an action

const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|midday|midnight)`;
const NUM = String.raw`(?:\d+(?:\s*(?:-|–|to)\s*\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|twenty[- ]four|forty[- ]eight|seventy[- ]two|a few|a couple of|couple of|half an?)`;
const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|(?:working |business )?days?|weeks?)`;
/** Immediate: leaves no doubt it happens now or within a stated short span. */
const IMMEDIATE = [
  String.raw`right away|straight away|straightaway|immediately|right now|just now|as we speak`,
  String.raw`(?:later |earlier )?today|tonight|this (?:morning|afternoon|evening)|as of today|from today|same[- ]day`,
  String.raw`(?:with)?in (?:the )?(?:next )?${NUM} ${UNIT}|within (?:the|an|the next)? ?(?:hour|day)|in (?:the )?next (?:hour|few minutes|few hours)|within ${UNIT}`,
  String.raw`(?:by|before|at|around|until) ${CLOCK}|${CLOCK}|(?:by )?(?:the )?end of (?:the )?(?:day|business day|today)|close of business|\bEOD\b|\bCOB\b`,
].join('|');
/** Dated: a day or date ahead. */
const DATED = [
  String.raw`tomorrow(?: morning| afternoon| evening| night)?|first thing(?: tomorrow)?(?: morning)?|overnight|this (?:week|weekend|coming \w+)|next (?:week|month|${WEEKDAY})`,
  String.raw`(?:by|before|over|at) (?:the )?weekend|(?:by|before|at) lunchtime|within (?:the|a) week|(?:by|on|before) \d{1,2}/\d{1,2}(?:/\d{2,4})?`,
  String.raw`(?:end of (?:the )?week)|(?:by|before|on|this|from|until|for) ${WEEKDAY}(?: (?:morning|afternoon|evening|night))?|${WEEKDAY}`,
  String.raw`(?:by|before|on|from) (?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}|(?:by|before|on|from) ${MONTH} \d{1,2}(?:st|nd|rd|th)?|(?:by|on) the \d{1,2}(?:st|nd|rd|th)`,
].join('|');
const TIME_RE = new RegExp(String.raw`\b(?:(${IMMEDIATE})|(${DATED}))\b`, 'gi');
/** Times that look back or state a standing rule: "since 7am", "3 days ago", "within 30 days of purchase". */
const PAST_BEFORE = /\b(?:since|last|ago|earlier|previous|yesterday|was|were|had been|dated|of|for most of|all)\s+(?:\w+\s+){0,1}$/i;
const POLICY_AFTER = /^\s*(?:ago|of (?:purchase|delivery|receipt|the|your|being|booking|ordering)|after|before (?:the|your|it|we)|from (?:the date|purchase|delivery)|notice|in advance)\b/i;
/** Opening hours and availability are not a time on the fix. */
const HOURS = /\b(?:open(?:ing)?(?: hours)?|office hours|lines are|available|reach (?:me|us)|call (?:me|us)|contact (?:me|us)|closed)\b|\b(?:mon(?:day)?|tues?(?:day)?|wed(?:nesday)?)\s*(?:-|–|to)\s*(?:fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/i;

export interface TimedAction {
  sentence: Sentence;
  start: number;
  end: number;
  text: string;
}

const timeCache = new WeakMap<Reply, TimedAction | null>();

/** The first time in the reply that is put on an action (the action's tense and subject decide, not the word). */
export function timedAction(reply: Reply): TimedAction | undefined {
  const cached = timeCache.get(reply);
  if (cached !== undefined) return cached ?? undefined;
  let found: TimedAction | null = null;
  const signOff = signOffStart(reply);
  // Whether the reply holds an action at all is asked lazily: only results ("it will arrive by Friday") need it.
  const hasAction = () => hasFix(reply);
  search: for (const s of reply.sentences.slice(0, signOff)) {
    if (s.isQuestion) continue;
    TIME_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TIME_RE.exec(s.text))) {
      const before = s.text.slice(0, m.index);
      const after = s.text.slice(m.index + m[0].length);
      if (PAST_BEFORE.test(before) || POLICY_AFTER.test(after)) continue;
      if (HOURS.test(s.text) && !/\b(?:I|we)(?:'ll|'ve| will| have)\b/i.test(s.text)) continue;
      const start = s.start + m.index;
      if (reply.inPlaceholder(start, start + m[0].length)) continue;
      if (timeOnAction(reply, s, start, m[0], hasAction)) {
        found = { sentence: s, start, end: start + m[0].length, text: m[0] };
        break search;
      }
    }
  }
  timeCache.set(reply, found);
  return found ?? undefined;
}

/** Times that can only lie ahead ("tomorrow", "by Friday", "within 24 hours"), unlike "today" or "on Tuesday". */
const AHEAD = /^(?:tomorrow|by\b|before\b|within\b|in\s+(?:the\s+next|\d|an?\b|a\s+few|half)|next\b|first thing|end of|overnight|this coming|until\b|later today|right away|straight away|straightaway|immediately|right now)/i;
const IMMEDIATE_RE = new RegExp(String.raw`^(?:${IMMEDIATE})$`, 'i');

function timeOnAction(reply: Reply, s: Sentence, at: number, time: string, hasAction: () => boolean): boolean {
  const immediate = IMMEDIATE_RE.test(time);
  const terms = sentenceTerms(reply, s);
  const groups = verbGroups(reply, s);
  const ti = terms.findIndex((t) => t.end > at);
  if (ti < 0) return false;
  // The verb the time belongs to: the nearest finite verb before it, or the first after a sentence-initial time.
  let g = [...groups].reverse().find((x) => x.last < ti && x.aspect !== 'nonfinite');
  if (!g && ti <= 3) g = groups.find((x) => x.first > ti && x.aspect !== 'nonfinite');
  if (!g) return false;
  if (g.negated) return false;
  if (isAction(reply, s, g) || isCommitment(reply, s, g)) return true;
  if (!hasAction()) return false;
  // "I've reactivated it, so you can book straight away": a time on the result of an action in the same sentence.
  if ((immediate || AHEAD.test(time)) && g.aspect !== 'past' && groups.some((x) => x.last < ti && isAction(reply, s, x))) return true;
  // A result of the fix with a time: "it will reach your card within 5 days", "a new one goes out tomorrow".
  if (g.aspect === 'future' || (g.aspect === 'modal' && g.aux.some((a) => a === 'should'))) return !NOT_RESULT.test(g.verb.word);
  if (/^(?:expected|due|scheduled|set|booked|planned)$/.test(g.verb.word)) return true;
  if (g.aspect === 'present' && g.subject !== 'customer' && g.subject !== 'agent') {
    // "Both changes are on your account today", "a new one goes out tomorrow": the fix's result, with a time.
    if (BE.test(g.verb.word)) return immediate && !g.passive;
    return !g.verb.tags.has('PastTense') && AHEAD.test(time);
  }
  return false;
}

/** Verbs of feeling and knowing: a time on them ("we are experiencing delays today") is no commitment. */
const NOT_COMMITMENT = /^(?:am|is|are|was|were|be|been|being|'m|'re|'s|have|has|had|'ve|do|does|did|understand\w*|understood|see\w*|saw|know\w*|knew|hope\w*|think\w*|thought|believe\w*|feel\w*|felt|apologi[sz]\w*|thank\w*|appreciat\w*|regret\w*|want\w*|wish\w*|lik\w*|lov\w*|need\w*|hear\w*|heard|notic\w*|reali[sz]\w*|recogni[sz]\w*|imagin\w*|expect\w*|trust\w*|experienc\w*|happen\w*|receiv\w*|mention\w*|said|say\w*|told|tell\w*|promis\w*|guarantee\w*|assur\w*)$/;

/**
 * A commitment the agent's side makes, even when it is not the fix itself: "I'll call you back within the
 * hour", "I've passed this to our warehouse team today". A time on it still shows urgency.
 */
function isCommitment(reply: Reply, sentence: Sentence, g: VerbGroup): boolean {
  if (g.negated || g.passive) return false;
  if (g.subject !== 'agent' && g.subject !== 'named' && g.subject !== 'person') return false;
  if (g.aspect !== 'future' && g.aspect !== 'perfect' && g.aspect !== 'progressive') return false;
  if (NOT_COMMITMENT.test(g.verb.word)) return false;
  // "I'm writing to you today about ...": the message itself, not something done for the customer.
  if (g.aspect === 'progressive' && /^(?:writ\w*|contact\w*|email\w*|e-mail\w*|messag\w*|respond\w*|reply\w*|getting|reach\w*|follow\w*)$/.test(g.verb.word)) return false;
  return !inReportedClause(reply, sentence, g);
}

/** Future verbs that are not a result of the fix ("you will need to", "they will contact you"). */
const NOT_RESULT = /^(?:need\w*|hav\w*|contact\w*|get|lose|lost|must|want\w*|hear\w*|know\w*|be\s+in\s+touch)$/;

// ---------------------------------------------------------------------------------------------
// Sign-off: the closing formula, name, role, company and contact lines at the end

const CLOSING = /^(?:[-–—~]\s*)?(?:(?:kind(?:est)?|warm(?:est)?|best|many|with|all (?:the|my)|my|sincere|warm)\s+)?(?:regards|wishes|thanks(?: again)?|thank you(?: again)?|cheers|sincerely|yours(?: sincerely| faithfully| truly)?|take care|best|all the best|speak soon|talk soon|apologies|respectfully|love|thanks so much|many thanks|have a (?:great|good|lovely|nice) (?:day|evening|weekend|week)(?: ahead)?)\s*[,.!]*$/i;
/** A short courtesy line that ends a reply ("Thanks again for your patience!"). */
const COURTESY = /^(?:thanks|thank you)(?: again| so much)?(?: for (?:your|the) (?:patience|understanding|time|help|business|feedback|message|email))?\s*[.,!]*$/i;

const signOffCache = new WeakMap<Reply, number>();

/** Index of the first sentence of the sign-off block (sentences.length when there is none). */
export function signOffStart(reply: Reply): number {
  const cached = signOffCache.get(reply);
  if (cached !== undefined) return cached;
  const s = reply.sentences;
  let i = s.length;
  while (i > 0) {
    const cur = s[i - 1]!;
    if (!isSignOffLine(reply, cur)) break;
    i--;
  }
  // Never treat the whole reply as a sign-off.
  if (i === 0) i = s.length;
  signOffCache.set(reply, i);
  return i;
}

/** "Best, Sofia" / "Thanks, Mike": a closing formula and a name on one line. */
const CLOSING_WITH_NAME = /^(?:(?:kind|warm|best|many)\s+)?(?:regards|wishes|thanks|thank you|cheers|best|take care|speak soon|talk soon)\s*,\s*(\S+(?:\s+\S+){0,2})\s*[.!]?$/i;
const CONTACT_LINE = /^(?:tel|phone|mobile|mob|direct(?: line| dial)?|email|e-mail|ext|extension|[tme])\b\s*[:.]?/i;
const SMALL_WORD = /^(?:of|the|and|&|at|for|de|da|van|von|la|le|du|on|in|to|a)$/;

function isSignOffLine(reply: Reply, s: Sentence): boolean {
  const t = s.text.trim();
  if (CLOSING.test(t) || COURTESY.test(t)) return true;
  if (!/[\p{L}\p{N}]/u.test(t)) return true; // an emoji or a rule line after the last sentence
  if (s.isQuestion) return false;
  // A signature line stands alone on its line, is short, and reads as a label, not a sentence.
  const ownLine = lineStartsAt(reply.text, s.start) && lineEndsAt(reply.text, s.end);
  // "... Does that help? – Priya" / "^JK": a dash or caret signature may share the last line.
  if (!ownLine && !(/^[-–—~^]/.test(t) && lineEndsAt(reply.text, s.end) && isSignatureText(t))) return false;
  // The splitter may join signature lines ("Manager, Acme Ltd\n020 7946 0881"): each line must qualify.
  return t.split(/\r?\n/).every((line) => isSignatureText(line.trim()));
}

function isSignatureText(t: string): boolean {
  if (!t) return true;
  if (CLOSING.test(t) || COURTESY.test(t)) return true;
  // Any other short valediction ending in a comma ("Safe travels,", "Happy baking,"), not a greeting.
  if (/^[A-Z][\w' ]{0,30},$/.test(t) && t.split(/\s+/).length <= 4 && !/^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|to)\b/i.test(t)) return true;
  if (CLOSING_WITH_NAME.test(t)) return true;
  if (CONTACT_LINE.test(t) && /[\d@]/.test(t)) return true;
  if (/^[+(\d][\d\s()+.-]{6,}$/.test(t) || /^\S+@\S+\.\w+$/.test(t) || /^(?:https?:\/\/|www\.)\S+$/i.test(t)) return true;
  if (/[.!:;]$/.test(t) && !/\b(?:Ltd|Inc|Co|Jr|Sr|Bros)\.$/.test(t)) return false;
  if (/^p\.?s\b/i.test(t)) return false;
  const words = t.replace(/^[-–—~^]\s*/, '').split(/[\s,/|]+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  // Title case: every word capitalized (small words aside), like "Customer Care, Meridian Bank".
  return words.every((w) => /^[A-Z\d&'([{]/.test(w) || SMALL_WORD.test(w.toLowerCase()));
}

function lineStartsAt(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '\r';
}

function lineEndsAt(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  return k >= text.length || text[k] === '\n' || text[k] === '\r';
}

/** The last sentence of the body (before the sign-off), or undefined for an empty body. */
export function lastBodySentence(reply: Reply): Sentence | undefined {
  const end = signOffStart(reply);
  return reply.sentences[end - 1];
}

/** The sign-off sentences. */
export function signOffLines(reply: Reply): readonly Sentence[] {
  return reply.sentences.slice(signOffStart(reply));
}

// ---------------------------------------------------------------------------------------------
// Lexicon

/** The tag compromise's lexicon gives a lowercase word ("Noun", "FemaleName"), or undefined for unknown words. */
export function lexiconTag(word: string): string | undefined {
  const nlp = getNlp() as unknown as { model(): { one: { lexicon: Record<string, string> } } };
  const tag = nlp.model().one.lexicon[word.toLowerCase()];
  return typeof tag === 'string' ? tag : undefined;
}
