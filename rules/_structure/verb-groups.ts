// Verb groups: a sentence's auxiliaries and main verb read together, with the subject (the agent, a named
// colleague, the customer, a thing or none), the tense or aspect and negation. Several rules ask who does what
// in which tense ("I'll send", "we can't change", "you'll need to"); the groups are built once per sentence.
import type { Reply, Sentence } from '../../src/types.js';
import { sentenceTerms, type Term } from '../../src/nlp/terms.js';

export type { Term };

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
export const BE = /^(?:am|is|are|was|were|be|been|being|'m|'re|'s)$/;
export const HAVE = /^(?:have|has|had|'ve|'d|having)$/;
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
