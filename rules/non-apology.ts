// non-apology: an apology that does not own what went wrong. Five families, each an entry group below:
//   conditional  "sorry if ...", "apologies for any inconvenience", "If we got something wrong, we apologise."
//   feelings     "sorry you feel that way", "sorry you're disappointed", "sorry this upset you"
//   abstraction  "sorry for the inconvenience", "our apologies for the confusion", "sorry for your experience"
//   passive      "mistakes were made", "your frustration is regretted", "Unfortunately, your refund was delayed."
//   undone       "I'm sorry, but that is how the system works." ("but" + a refusal, a rule, the customer's part)
//
// The words decide the usual shapes. Grammar is asked only where it decides: the clause after "sorry (that)
// you ..." when its words leave it open (is the customer feeling something, or did something happen to them?),
// what a "but" clause does (rules/_phrases/but-clause.ts), and whether an "it is unfortunate that ..." clause has an
// agent. A reply that names the cause ("sorry for the trouble our late courier caused", "sorry you're upset
// because we lost it") owns it and is not flagged.
import { definePhraseRule } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit } from '../src/phrases/table.js';
import { readButClause } from './_phrases/but-clause.js';
import { tight } from './_phrases/word-bounds.js';
import { sentenceTerms } from '../src/nlp/terms.js';
import { verbGroups } from './_structure/verb-groups.js';
import type { Reply, Sentence } from '../src/types.js';
import { memoPer } from '../src/core/memo.js';
import { own } from '../src/core/own.js';

const APOL = String.raw`(?:sorry|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|regret(?:s|ted|ting)?)`;
const APOLOGY_TRIGGERS = ['sorry', 'apolog*', 'regret*'];
const INTENSIFIER = String.raw`(?:\s+(?:so|very|really|truly|sincerely|deeply|terribly|genuinely|again|once\s+again|also)){0,3}`;


// Abstractions an apology can be "for" instead of what went wrong.
const ABSTRACT = String.raw`(?:inconveniences?|troubles?|confusion|misunderstandings?|miscommunications?|frustrations?|hassle|bother|annoyance|upset|distress|disappointment|stress|worry|worries|anxiety|aggravation|irritation|discomfort|situation|matter|(?:[\w-]+\s+){0,2}?experiences?)`;
// Nouns a hedged ("any", "may have caused") apology is for.
const HEDGED_NOUN = String.raw`(?:inconveniences?|confusion|frustrations?|troubles?|distress|upset|disappointment|annoyance|worry|worries|stress|difficult(?:y|ies)|problems?|issues?|hassle|delays?|misunderstandings?|concerns?|discomfort|disruptions?|dissatisfaction|offen[cs]e|harm|damage|impact|miscommunication|errors?|mistakes?|irritation|anxiety|embarrassment|disturbance)`;
const BAD_EXPERIENCE = String.raw`(?:bad|poor|negative|disappointing|frustrating|unpleasant|less\s+than\s+(?:ideal|perfect|satisfactory|stellar|great)|subpar|sub-par|unsatisfactory|upsetting|terrible|awful|horrible)\s+experiences?`;
// Participles of things going wrong, for agentless "your refund was delayed".
const BAD_PARTICIPLE = String.raw`(?:delayed|lost|cancell?ed|damaged|missed|misplaced|mislaid|overlooked|mishandled|misrouted|misdirected|mislabell?ed|overcharged|double[- ]charged|charged\s+twice|declined|rejected|refused|held\s+up|stuck|broken|postponed|dropped|forgotten|affected|disrupted|interrupted|suspended|deleted|blocked|locked|frozen|reversed|withdrawn|not\s+(?:sent|processed|delivered|dispatched|received|shipped|applied|updated|refunded|actioned|completed|passed\s+on)|sent\s+to\s+the\s+wrong\s+\w+|delivered\s+to\s+the\s+wrong\s+\w+)`;

// ---------------------------------------------------------------------------------------------
// Feelings: the clause after "sorry (that) you ...", read from its words, the tagger only when they leave it open

// Verbs of feeling or opinion: "sorry you feel/think/believe ...".
const FEEL_VERBS = new Set([
  'feel', 'feels', 'felt', 'feeling', 'think', 'thinks', 'thought', 'thinking', 'believe', 'believes', 'believed',
  'perceive', 'perceived', 'consider', 'considered', 'view', 'viewed', 'see', 'saw', 'seem', 'seemed', 'regard',
  'regarded', 'sense', 'sensed', 'took', 'take', 'interpret', 'interpreted', 'understood',
]);
// "sorry you found the form confusing": find + an evaluative word (not "found a hair in your soup").
const FIND_VERBS = new Set(['find', 'found', 'finding', 'finds']);
const EVALUATIVE = /^(?:confusing|difficult|hard|frustrating|unclear|misleading|disappointing|unhelpful|complicated|annoying|upsetting|rude|slow|unacceptable|poor|lacking|inadequate|unsatisfactory|stressful|tricky|awkward|inconvenient|complex|overwhelming|unprofessional|dismissive|offensive|patronising|patronizing|condescending|expensive|pricey|unfair|long|lengthy|short|small|cold|noisy|dirty|uncomfortable|underwhelming|disappointing|less\s+than\s+\w+)$/;
// States of mind after "you are/were/feel/have been": the customer's feelings, not an event.
const FEELING_STATES = new Set([
  'unhappy', 'disappointed', 'dissatisfied', 'unsatisfied', 'upset', 'frustrated', 'annoyed', 'angry', 'confused',
  'inconvenienced', 'displeased', 'offended', 'bothered', 'troubled', 'distressed', 'unimpressed', 'underwhelmed',
  'disheartened', 'discouraged', 'irritated', 'aggrieved', 'disgruntled', 'hurt', 'insulted', 'put', 'misled',
  'concerned', 'uncomfortable', 'unsure', 'uneasy', 'dissapointed', 'mad', 'cross', 'fed', 'disappointing', 'let',
  'saddened', 'dismayed', 'worried', 'stressed', 'furious', 'livid',
]);
// Positive words that, negated, state a feeling: "not happy", "weren't satisfied", "didn't enjoy".
const NEGATED_POSITIVE = new Set([
  'happy', 'satisfied', 'pleased', 'impressed', 'content', 'comfortable', 'thrilled', 'delighted', 'like', 'liked',
  'enjoy', 'enjoyed', 'love', 'loved', 'appreciate', 'appreciated', 'agree', 'agreed', 'find', 'found', 'feel', 'felt',
  'a', 'fan', 'keen',
]);
// "sorry you are having/experiencing <this problem>": the customer's situation.
const EXPERIENCE_VERBS = new Set([
  'having', 'experiencing', 'experienced', 'experience', 'facing', 'faced', 'encountering', 'encountered',
  'going', 'dealing', 'struggling', 'run', 'ran', 'running', 'had', 'seeing', 'getting', 'hitting', 'been',
]);
const GENERIC_TROUBLE = /^(?:this|that|these|those|the|an?|any|some|such|ongoing|continued|continuing|further|more|recurring|persistent|technical|similar|issues?|problems?|troubles?|difficult(?:y|ies)|frustrations?|bad|poor|negative|unpleasant|disappointing|frustrating|less|than|ideal|perfect|stellar|satisfactory|optimal|great|mixed|rough|hard|tough|terrible|horrible|awful|upsetting|stressful|difficult|such|so|quite|really|very|bit|of|a|lot)$/;
const TROUBLE_NOUN = /^(?:issues?|problems?|troubles?|difficult(?:y|ies)|frustrations?|experiences?|time|day|hassle|inconvenience|bother|concerns?|challenges?|delays?|outages?|errors?|glitch(?:es)?|disruptions?|this|that|these|it)$/;
// "sorry for your frustration", "apologise for your disappointment".
const FEELING_NOUNS = new Set([
  'frustration', 'frustrations', 'disappointment', 'dissatisfaction', 'feelings', 'feeling', 'upset', 'inconvenience',
  'annoyance', 'anger', 'confusion', 'concern', 'concerns', 'perception', 'impression', 'displeasure', 'unhappiness',
  'experience', 'experiences', 'trouble', 'troubles', 'distress', 'worry', 'worries', 'stress', 'irritation', 'issue', 'issues',
  'problem', 'problems', 'difficulties', 'difficulty',
]);
const SKIP = new Set(['so', 'very', 'really', 'truly', 'deeply', 'sincerely', 'terribly', 'genuinely', 'just', 'still', 'ever', 'also', 'again', 'completely', 'quite', 'rather', 'somewhat', 'a', 'bit', 'little', 'all', 'both', 'now', 'currently', 'clearly', 'understandably', 'be', 'totally', 'feel', 'feeling', 'felt', 'left', 'obviously', 'naturally', 'rightly', 'possibly', 'perhaps', 'maybe', 'only', 'even']);
const AUX = /^(?:am|is|are|was|were|been|be|being|do|does|did|have|has|had|will|would|may|might|could|should|must|can|shall)$/;
const COPULA = /^(?:am|is|are|was|were|been|be|being)$/;
const NEGATION = /^(?:not|never|n't)$/;
const PREPOSITION = /^(?:of|with|in|on|at|to|from|by|about|for|over|into|onto|through|during|after|before|since|because|while|when|and|but|or)$/;
// Words compromise reads as contractions: "you're" -> you are, "weren't" -> were not.
const CONTRACTION_PARTS: Record<string, string[]> = {
  "you're": ['you', 'are'], "you've": ['you', 'have'], "you'd": ['you', 'would'], "you'll": ['you', 'will'],
  youre: ['you', 'are'], youve: ['you', 'have'], "can't": ['can', 'not'], cannot: ['can', 'not'], "won't": ['will', 'not'],
  didnt: ['did', 'not'], dont: ['do', 'not'], wasnt: ['was', 'not'], werent: ['were', 'not'], arent: ['are', 'not'], isnt: ['is', 'not'],
  havent: ['have', 'not'], hadnt: ['had', 'not'],
};

interface Term { word: string; tags?: Set<string>; }

/** The words of a clause, contractions expanded, lower-case. */
function clauseWords(text: string): Term[] {
  const out: Term[] = [];
  for (const raw of text.toLowerCase().replace(/’/g, "'").match(/[a-z]+(?:'[a-z]+)*/g) ?? []) {
    const parts = own(CONTRACTION_PARTS, raw);
    if (parts) { for (const p of parts) out.push({ word: p }); continue; }
    if (raw.endsWith("n't")) { out.push({ word: raw.slice(0, -3) }, { word: 'not' }); continue; }
    const ap = raw.indexOf("'");
    if (ap > 0) {
      out.push({ word: raw.slice(0, ap) });
      const tail = raw.slice(ap);
      out.push({ word: ({ "'re": 'are', "'ve": 'have', "'m": 'am', "'ll": 'will', "'d": 'would', "'s": 'is' } as Record<string, string>)[tail] ?? tail });
      continue;
    }
    out.push({ word: raw });
  }
  return out;
}

/** The clause's words as the tagger reads them (contractions expanded by compromise itself). */
function taggedWords(reply: Reply, sentence: Sentence, from: number): Term[] {
  return sentenceTerms(reply, sentence).filter((t) => t.start >= from).map((t) => ({ word: t.word, tags: t.tags }));
}

type Verdict = boolean | 'open';

/**
 * Reads the words after the apology word: true when the apology is for the customer's feelings or situation
 * ("you feel", "you are unhappy", "you are having this problem", "your frustration"), false when the clause
 * names an event ("you had to wait three days", "you were charged twice"), 'open' when only tags can tell
 * (never returned for tagged words).
 */
function readFeelings(all: Term[]): Verdict {
  const tagged = all.length > 0 && all[0]!.tags !== undefined;
  const has = (k: number, tag: string) => all[k]?.tags?.has(tag) ?? false;
  let i = 1; // past the apology word
  const w = (k: number) => all[k]?.word ?? '';
  if (w(i) === 'that') i++;
  else if (w(i) === 'to' && /^(?:hear|learn|see|read|know|find)$/.test(w(i + 1))) { i += w(i + 1) === 'find' ? 3 : 2; if (w(i) === 'that') i++; }
  if (w(i) === 'for' || w(i) === 'about') {
    i++;
    if (w(i) === 'your') {
      // "for your frustration", "for your bad experience", "for your frustrating experience"
      for (let k = i + 1; k < Math.min(all.length, i + 4); k++) {
        if (FEELING_NOUNS.has(w(k))) return true;
        if (PREPOSITION.test(w(k)) || has(k, 'Preposition') || has(k, 'Conjunction') || (has(k, 'Verb') && !has(k, 'Gerund'))) break;
      }
      return false;
    }
    if (w(i) === 'how' || (w(i) === 'the' && w(i + 1) === 'way')) i += w(i) === 'how' ? 1 : 2;
    else if (w(i) === 'what') i++;
    else return false;
  }
  // "sorry your having trouble": a common typo for "you're having"
  if (w(i) === 'your' && /^(?:having|experiencing|facing|feeling|unhappy|upset|disappointed|frustrated)$/.test(w(i + 1))) all.splice(i + 1, 0, { word: 'are', tags: new Set(['Copula']) });
  else if (w(i) !== 'you') return false; // the clause is about something else: an event, us, the parcel
  i++;
  // Walk the verb group after "you": auxiliaries, negation, adverbs.
  let negated = false;
  let copula = false;
  for (; i < all.length; i++) {
    const word = w(i);
    if (NEGATION.test(word) || has(i, 'Negative')) { negated = true; continue; }
    if (COPULA.test(word) || has(i, 'Copula')) { copula = true; continue; }
    if (AUX.test(word) || has(i, 'Auxiliary') || has(i, 'Modal')) {
      // "had to wait": compulsion, the clause names an event we caused
      if (/^(?:had|have|has)$/.test(word)) {
        if (w(i + 1) === 'to') return false;
        const next = NEGATION.test(w(i + 1)) ? w(i + 2) : w(i + 1);
        if (tagged ? !has(i, 'Auxiliary') : !isParticipleNext(next)) break; // "you had a bad experience": a main verb
      }
      continue;
    }
    if (SKIP.has(word) && word !== 'feel' && word !== 'feeling' && word !== 'felt' && word !== 'left') continue;
    if ((has(i, 'Adverb') || (!tagged && /ly$/.test(word) && !FEELING_STATES.has(word))) && !FEELING_STATES.has(word) && !NEGATED_POSITIVE.has(word)) continue;
    break;
  }
  const head = w(i);
  if (!head) return false;
  if (negated && NEGATED_POSITIVE.has(head)) return true; // "you weren't happy", "you didn't enjoy", "you aren't a fan"
  if (FEELING_STATES.has(head)) {
    if (head === 'put') return w(i + 1) === 'out';
    if (head === 'fed') return w(i + 1) === 'up';
    if (head === 'let') return w(i + 1) === 'down';
    if (head === 'concerned' || head === 'unsure' || head === 'hurt' || head === 'worried') return copula;
    return true;
  }
  if (head === 'feel' || head === 'felt' || head === 'feeling' || head === 'left') return true; // "you feel let down", "you were left feeling"
  if (FEEL_VERBS.has(head)) {
    // "you saw/took/understood": only as an opinion ("see it that way", "took it the wrong way")
    if (/^(?:see|saw|took|take|understood)$/.test(head)) return /^(?:it|this|that|things|my|our)$/.test(w(i + 1)) && /^(?:that|this|way|as|like|badly|personally|wrong|the|message|comment|reply)$/.test(w(i + 2));
    return true;
  }
  if (FIND_VERBS.has(head)) {
    // "found the instructions confusing": an evaluative word within the next few words, before any preposition
    for (let k = i + 1; k < Math.min(all.length, i + 6); k++) {
      const word = w(k);
      if (PREPOSITION.test(word) || has(k, 'Preposition')) return false;
      if (EVALUATIVE.test(word)) return true;
      if (tagged && (has(k, 'Adjective') || (/(?:ing|ed|ful|less|ous|ive|able|ible|ult)$/.test(word) && k > i + 1 && !has(k, 'Noun')))) return true;
    }
    return tagged ? false : 'open';
  }
  if (EXPERIENCE_VERBS.has(head)) {
    // "having this problem", "experiencing issues", "had a bad experience", "running into trouble"
    if (head === 'been' && !/^(?:having|experiencing|facing|dealing|struggling|through)$/.test(w(i + 1))) return false;
    let k = i + 1;
    if (/^(?:through|with|into|up|across)$/.test(w(k))) k++;
    if (head === 'had' && copula) return false;
    for (let n = 0; n < 5 && k < all.length; n++, k++) {
      const word = w(k);
      if (TROUBLE_NOUN.test(word)) {
        if (/^(?:experiences?|time|day)$/.test(word)) return n > 0; // "a bad experience", "a rough time"
        if (/^(?:this|that|these|it)$/.test(word)) return head !== 'had' && head !== 'experienced';
        return true;
      }
      // compound nouns are fine ("speed issues", "login problems"); a preposition or a verb ends the object
      if (PREPOSITION.test(word) || has(k, 'Preposition') || (tagged && has(k, 'Verb') && !has(k, 'Noun'))) return false;
      if (GENERIC_TROUBLE.test(word)) continue;
    }
    return false;
  }
  return false;
}

/** A word after "had"/"have" that makes it an auxiliary: "had been", "have received", "had forgotten". */
function isParticipleNext(word: string): boolean {
  return /^(?:been|got|gotten|had|seen|done|gone|come|taken|given|made|found|felt|lost|left|sent|paid|put|kept|heard|told|run|become|spent|waited|to)$/.test(word) || /ed$/.test(word);
}

// A cause the customer's feeling is pinned to, owned by us: "because we lost it", "upset that our courier ...".
const CAUSE_NAMED = /\b(?:because|since|as|after|when)\s+(?:we|I|our\s+\w+)\b|\b(?:that|by\s+how)\s+(?:we|I)\s+\w+/i;

function clauseEnd(reply: Reply, hit: PhraseHit): number {
  const rest = reply.text.slice(hit.start, hit.sentence.end);
  const stop = /[.!?;](?:\s|$)|\s[-–—]\s/.exec(rest);
  return stop ? hit.start + stop.index : hit.sentence.end;
}

/** The customer's feelings or situation, from the words after the apology; the tagger only when they are open. */
function aimsAtFeelings(hit: PhraseHit, reply: Reply): boolean {
  const end = clauseEnd(reply, hit);
  const clause = reply.text.slice(hit.start, end);
  let verdict = readFeelings(clauseWords(clause));
  if (verdict === 'open') verdict = readFeelings(taggedWords(reply, hit.sentence, hit.start));
  if (verdict !== true) return false;
  return !CAUSE_NAMED.test(clause);
}

// ---------------------------------------------------------------------------------------------
// Owning the cause anywhere in the reply: then an agentless "your refund was delayed" is not hiding anything.

const OWNS_CAUSE = /\b(?:(?:our|my)\s+(?:fault|mistake|error|bad|oversight|mix-?up|responsibility)|(?:on|with)\s+(?:us|me)\b|(?:we|I)(?:'ve|\s+have|\s+had|'d)?\s+(?:\w+\s+)?(?:made\s+(?:a|an)\s+(?:mistake|error)|got\s+(?:it|this|that)\s+wrong|messed|dropped\s+the\s+ball|sent|shipped|lost|missed|forgot|delayed|mixed|overcharged|charged|billed|cancell?ed|failed|broke|didn't|did\s+not)|by\s+(?:us|me|our|my)\b|(?:because|since|as)\s+(?:we|I|our|my)\b|caused\s+by|due\s+to|because\s+of)/i;
const ownsCause = memoPer((reply: Reply): boolean => OWNS_CAUSE.test(reply.text));

const AGENTLESS_PASSIVE = new RegExp(String.raw`^\s*(?:your|the|this|that|these|those)\s+(?:[\w-]{1,24}\s+){0,3}?(?:was|were|has\s+been|have\s+been|had\s+been|got|is|are)\s+(?:\w{1,24}ly\s+)?${BAD_PARTICIPLE}\b`, 'i');

/** "It is unfortunate that ...": agentless when its clause has no I/we/our and no active subject doing it. */
function agentless(hit: PhraseHit, reply: Reply): boolean {
  const clause = reply.text.slice(hit.end, hit.sentence.end);
  if (/\b(?:we|I|our|my|us|me)\b/i.test(clause) || /\bby\s+\w/i.test(clause)) return false;
  if (/^\s*(?:things|this|it|that|everything|the\s+(?:situation|outcome|experience))\s+(?:went|turned\s+out|happened|ended\s+up|worked\s+out|has\s+happened|had\s+happened|was\s+handled)\b/i.test(clause)) return true;
  if (AGENTLESS_PASSIVE.test(clause)) return true;
  // The words leave it open: the first verb group of the clause decides (passive or intransitive: no agent).
  const terms = sentenceTerms(reply, hit.sentence);
  const g = verbGroups(reply, hit.sentence).find((x) => terms[x.first]!.start >= hit.end);
  if (!g) return true;
  return g.passive || g.subject === 'none' || /^(?:happen\w*|occur\w*|go|goes|went|gone|turn\w*|end\w*|arise|arose|arisen)$/.test(g.verb.word);
}

// ---------------------------------------------------------------------------------------------
// The table

const SUGGESTION = 'Just say sorry for what went wrong: "I\'m sorry we <what we did>." Name the mistake and own it.';
const UNDONE_ADVICE = 'Let the apology stand on its own, then say what you can do: "I\'m sorry we <what went wrong>. Here\'s what I can do: ..." Say sorry for what went wrong without a "but".';

// The apology word at the start of a hit, for entries that start elsewhere ("If ... , we apologise").
// "... with your deliveries", "... with this email": the thing that went wrong, named after the abstraction.
const NAMED_THING = /^\s+with\s+(?:your|the|our|my|this|these)\s+(?:[\w-]+\s+){0,2}?(?!(?:account|order|service|experience|issue|issues|problem|problems|situation|matter)\b)[\w-]+/i;

const ENTRIES: PhraseEntry[] = [
  // --- conditional
  {
    // "sorry if", "apologise if", "sorry for this if ...", "regret it should you ...", "to the extent"
    name: 'sorry-if', messageId: 'conditional', triggers: APOLOGY_TRIGGERS,
    regex: String.raw`${APOL}(?:\s+for\s+(?:\w+\s+){0,3}?\w+)?\s+(?:if|in\s+case|should\s+(?:you|this|it|that|anything)|to\s+the\s+extent|insofar|in\s+so\s+far)\b`,
  },
  {
    // "sorry for any ...", "apologies for any of this", "sorry to hear of any frustration", "regret any confusion"
    name: 'any', messageId: 'conditional', triggers: APOLOGY_TRIGGERS,
    regex: String.raw`${APOL}(?:\s+to\s+(?:hear|learn|see)|${INTENSIFIER})\s+(?:for|about|over|of)\s+(?:any|whatever)\b|${APOL}(?:\s+(?:for|about|over))?(?:\s+\w+){0,2}?\s+(?:any|whatever)\s+(?:(?:\w+\s+){0,2})${HEDGED_NOUN}\b`,
  },
  {
    // "... for the confusion this may have caused", "... for the trouble, if any"
    name: 'may-have-caused', messageId: 'conditional', triggers: APOLOGY_TRIGGERS,
    regex: String.raw`${APOL}[^.!?;\n]{0,80}?\b(?:may|might|could)\s+have\s+(?:caused|created|resulted|led|brought|given)\b|${APOL}[^.!?;\n]{0,60}?,?\s+if\s+any\b`,
  },
  {
    // The condition first: "If we got something wrong, we apologise." "To the extent that you were affected, we're sorry."
    name: 'if-then-sorry', messageId: 'conditional', triggers: APOLOGY_TRIGGERS,
    regex: String.raw`(?:if|to\s+the\s+extent(?:\s+that)?|insofar\s+as|in\s+so\s+far\s+as)\s+[^.!?;\n]{1,100}?,\s*(?:then\s+)?(?:(?:I|we)(?:'m|'re|\s+am|\s+are|\s+do|\s+must|\s+would\s+like\s+to)?${INTENSIFIER}\s+(?:sorry|apologi[sz]e|regret\s+(?:it|that|this))|(?:please\s+accept\s+)?(?:my|our)\s+(?:\w+\s+)?apologies|apologies|sorry)(?=(?:\s+(?:for|about)\s+(?:that|this|it|any\b[^.!?\n]{0,60}))?\s*(?:[.!?;…]|\n|$))`,
    keep: (hit, reply) => /^[\s"'(*_>•-]*(?:(?:and|so|but|also|again|look|honestly|well|okay|ok|now|still|however)[,]?\s+)?$/i.test(reply.text.slice(hit.sentence.start, hit.start)) || /[,;:]\s*$/.test(reply.text.slice(hit.sentence.start, hit.start)),
  },
  // --- mocking
  { name: 'sorry-not-sorry', messageId: 'undone', triggers: ['sorry'], regex: String.raw`sorry,?\s+not\s+sorry` },
  // --- feelings
  {
    // "sorry (that) you ...", "sorry to hear you ...", "sorry for your ...", "sorry for how you feel": the clause decides.
    name: 'at-customer', messageId: 'feelings', triggers: APOLOGY_TRIGGERS,
    regex: String.raw`${APOL}(?:\s+(?:that|to\s+(?:hear|learn|see|read|know|find\s+out)(?:\s+that)?|for(?:\s+(?:how|the\s+way|what))?|about(?:\s+(?:how|the\s+way))?))?\s+(?:you|you're|you've|you'd|you'll|your|youre|youve)\b`,
    keep: aimsAtFeelings,
  },
  {
    // "sorry this upset you", "sorry if my message came across badly", "sorry it left you feeling ignored"
    name: 'reaction', messageId: 'feelings', triggers: APOLOGY_TRIGGERS,
    regex: String.raw`${APOL}(?:\s+(?:that|if|to\s+hear(?:\s+that)?|for\s+how|about\s+how|for\s+the\s+way))?\s+(?:this|it|that|the\s+situation|things|all\s+(?:of\s+)?(?:this|that)|(?:my|our)\s+(?:last\s+|earlier\s+|previous\s+)?(?:message|reply|email|response|comment|tone|answer|wording))\s+(?:has\s+|have\s+|had\s+|may\s+have\s+|might\s+have\s+)?(?:(?:upset|offended|annoyed|frustrated|disappointed|bothered|troubled|distressed|angered|hurt|worried|confused|irritated|saddened|inconvenienced)\s+you|made\s+you\s+(?:feel|angry|upset|unhappy|cross)|left\s+you\s+(?:feeling|frustrated|disappointed|upset|unhappy|confused)|came\s+(?:across|over)\s+(?:as|badly|poorly|wrong|the\s+wrong\s+way|that\s+way|like\s+that|negatively|harshly|rude|rudely))` +
      // "sorry that's how you see it", "sorry if that's how it came across to you": the reading is the customer's.
      String.raw`|${APOL}(?:\s+(?:that|if))?\s+(?:that's|that\s+is|this\s+is|it's|it\s+is|that\s+was|this\s+was|it\s+was)\s+how\s+(?:you\s+(?:see|saw|feel|felt|view|viewed|took|take|read|interpret(?:ed)?|perceive[ds]?|experienced)|(?:it|this|that)\s+(?:came|comes|looked|looks|seemed|seems|felt|feels)\s+(?:across\s+)?(?:to\s+you))\b` +
      // "sorry it's been a pain", "sorry you had to go through all that": the ordeal, not what we did.
      String.raw`|${APOL}(?:\s+(?:that|if))?\s+(?:(?:it|this|that|all\s+this|everything)(?:'s|\s+has|\s+have)\s+been\s+(?:such\s+|so\s+|quite\s+|a\s+bit\s+of\s+)?(?:a\s+)?(?:real\s+|bit\s+of\s+a\s+)?(?:pain|hassle|nightmare|headache|bother|struggle|faff|ordeal|frustrating|annoying|stressful|upsetting|difficult|tough)|you(?:'ve|\s+have)?\s+(?:had\s+to\s+|have\s+had\s+to\s+)?(?:go|gone|went|been)\s+through\s+(?:this|that|all\s+(?:of\s+)?(?:this|that)|such\s+an?\s+ordeal|so\s+much))(?=\s*(?:[.!…]|$)|,\s*(?:I'm\s+afraid|but|however)\b)`,
  },
  {
    // "sorry about the problems you're having", "sorry for the issues you experienced", "this has been your experience"
    name: 'your-situation', messageId: 'feelings', triggers: APOLOGY_TRIGGERS,
    regex: String.raw`${APOL}(?:\s+to\s+(?:hear|learn|see|read))?\s+(?:about|for|of|over)\s+(?:the|these|this|those|all\s+the|any\s+of\s+the)\s+(?:\w+\s+){0,2}?` +
      String.raw`(?:problems?|issues?|troubles?|difficult(?:y|ies)|frustrations?|inconvenience|bother|hassle)\s+(?:that\s+)?you` +
      String.raw`(?:'re|\s+are|'ve\s+been|\s+have\s+been|\s+were|\s+had\s+been|'d\s+been|\s+seem\s+to\s+be|\s+appear\s+to\s+be)?\s+(?:still\s+)?(?:having|experiencing|facing|encountering|running\s+into|dealing\s+with|going\s+through)\b` +
      String.raw`|${APOL}(?:\s+to\s+(?:hear|learn|see|read))?\s+(?:about|for|of|over)\s+(?:the|these|this|those|all\s+the|any\s+of\s+the)\s+(?:\w+\s+){0,2}?(?:problems?|issues?|troubles?|difficult(?:y|ies)|frustrations?)\s+(?:that\s+)?you(?:'ve|\s+have)?\s+(?:had|experienced|faced|encountered|ran\s+into|run\s+into|been\s+through|went\s+through)\b` +
      String.raw`|${APOL}(?:\s+to\s+(?:hear|learn|see|read))?\s+(?:about|for|of|over)\s+(?:your\s+(?:\w+\s+)?${BAD_EXPERIENCE}|(?:the|this|that|such\s+an?|an?)\s+(?:\w+\s+)?${BAD_EXPERIENCE}\s+(?:that\s+)?you(?:'ve|\s+have)?\s+(?:had|experienced|received|went\s+through|been\s+through))\b` +
      String.raw`|${APOL}(?:\s+to\s+(?:hear|learn|see|read))?\s+(?:that\s+)?(?:this|that|it)\s+(?:was|has\s+been|is|had\s+been|'s\s+been)\s+your\s+experience\b`,
  },
  // --- abstractions: "sorry for the inconvenience", "our apologies for the confusion", "we regret the trouble"
  {
    name: 'abstraction', messageId: 'abstraction', triggers: APOLOGY_TRIGGERS,
    regex: String.raw`${APOL}(?:\s+to\s+(?:hear|learn|read)\s+(?:about|of)|${INTENSIFIER}\s+(?:for|about|over|regarding))\s+(?:all\s+)?(?:the|this|that|these|those|such|your)\s+(?:(?:recent|continued|ongoing|unnecessary|extra|additional|further|added|great|huge|considerable|obvious|understandable|current|inevitable|temporary|whole|frustrating|unfortunate)\s+)?${ABSTRACT}\b` +
      String.raw`|regret(?:s|ted)?\s+(?:all\s+)?(?:the|this|that|your)\s+${ABSTRACT}\b` +
      String.raw`|(?:please\s+accept\s+)?(?:my|our)\s+(?:sincere\s+|sincerest\s+|deepest\s+|humble\s+)?apologies\s+for\s+(?:all\s+)?(?:the|this|that|your)\s+${ABSTRACT}\b`,
    // "sorry for the trouble our late courier caused you", "the inconvenience of the cancelled flight": cause named.
    // "the trouble setting up your router": a gerund names the event. "the frustration we've caused you": owned.
    unless: { after: String.raw`\s+(?:(?:that|which)\s+)?(?:our|my|the)\s+(?:[\w-]+\s+){0,3}?(?:caused|created|brought|gave|meant|has\s+caused|have\s+caused|led\s+to)\b|\s+(?:caused\s+by|due\s+to|of|from)\s+(?!(?:this|that|it|all\s+this)\b)\w|\s+(?:(?:that|which)\s+)?(?:we|I)(?:'ve|\s+have|\s+had)?\s+(?:caused|created|put\s+you\s+through|given\s+you)\b|\s+(?:(?:with|in|of)\s+)?(?!(?:this|that|it)\b)[a-z]+ing\b` },
    // "I can see we charged you twice, and I'm sorry for the worry that caused": the sentence already owns it.
    // "sorry for the trouble with your deliveries / this email" names the thing that went wrong ("your experience
    // with the driver" is still an experience).
    keep: (hit, reply) => !OWNS_CAUSE.test(reply.text.slice(hit.sentence.start, hit.start)) && !(NAMED_THING.test(reply.text.slice(hit.end, hit.end + 60)) && !/experiences?$/i.test(hit.text)),
  },
  // --- agentless, passive apologies
  { name: 'mistakes-were-made', messageId: 'passive', triggers: ['made'], regex: String.raw`(?:mistakes?|errors?|oversights?|misjudg(?:e)?ments?)\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+made`, unless: { after: String.raw`\s+by\s+(?:us|me|our|my|the\s+team)\b` } },
  { name: 'is-regretted', messageId: 'passive', triggers: ['regretted'], regex: String.raw`(?:your|the|this|that|any|all)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|has\s+been)\s+(?:deeply\s+|greatly\s+|sincerely\s+|truly\s+|much\s+)?regretted` },
  { name: 'it-is-unfortunate', messageId: 'passive', triggers: ['regrettable', 'unfortunate'], regex: String.raw`it(?:\s+is|'s|\s+was)\s+(?:very\s+|most\s+|deeply\s+|truly\s+|really\s+|so\s+|highly\s+)?(?:regrettable|unfortunate)\s+(?:that|how)`, keep: agentless },
  {
    name: 'unfortunately-passive', messageId: 'passive', triggers: ['unfortunately', 'regrettably', 'sadly'],
    regex: String.raw`(?:unfortunately|regrettably|sadly)\s*,?\s+(?:your|the|this|that|these)\s+(?:[\w-]+\s+){0,3}?(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:\w+ly\s+)?${BAD_PARTICIPLE}`,
    unless: { after: String.raw`\s+(?:by|because|due\s+to|owing\s+to|as\s+a\s+result|since|as)\b` },
    // The cause named in the same sentence ("in our depot", "by your bank") or anywhere in the reply owns it.
    keep: (hit, reply) => !/\b(?:we|our|us|I|my|me)\b/.test(reply.text.slice(hit.end, hit.sentence.end)) && !ownsCause(reply),
  },
  // --- an apology followed straight by the rule or the way things are: "Sorry, that's just how the system works."
  {
    name: 'sorry-thats-how', messageId: 'undone', triggers: APOLOGY_TRIGGERS,
    regex: String.raw`${APOL}\s*(?:[,;:—–-]|\.{3}|…|[.!])\s*(?:that|this|it)(?:'s|\s+is)\s+(?:just\s+|simply\s+|unfortunately\s+|afraid\s+)?(?:how\s+(?:it|things|the\s+\w+|our\s+\w+)\s+(?:works?|is\s+set\s+up|is\s+done|goes)|the\s+way\s+(?:it|things|the\s+\w+|our\s+\w+)\s+(?:works?|is\s+set\s+up|goes)|(?:our|the|company)\s+(?:policy|rules?|procedure))\b`,
  },
  // --- an apology taken back by "but"
  {
    name: 'sorry-but', messageId: 'undone', triggers: APOLOGY_TRIGGERS,
    regex: String.raw`${APOL}(?:\s+(?:to\s+(?:hear|say)\s+(?:that|this)|again|about\s+(?:that|this|it)|for\s+(?:that|this|it|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)))?\s*(?:[,;:—–]|\.{3}|…|[.!])?\s*(?:but|however)\b`,
    keep: (hit, reply) => {
      const reading = readButClause(reply, hit.end);
      return reading === 'refusal' || reading === 'rule' || reading === 'customer' || reading === 'empty';
    },
  },
];

/** From the apologiser ("We're", "I am so", "Please accept our") to the end of the apology's clause. */
function apologySpan(reply: Reply, sentence: Sentence, at: number, hitEnd: number): [number, number] {
  const before = reply.text.slice(sentence.start, at);
  const subject = /(?:\b(?:I|we|We|i)(?:'m|'re|\s+am|\s+are|\s+do|\s+would\s+like\s+to|\s+must|\s+sincerely|\s+really|\s+truly|\s+deeply|\s+so|\s+very|\s+just|\s+want\s+to|\s+wish\s+to|\s+also|\s+again)*\s+|\b(?:(?:please|Please)\s+accept\s+)?(?:Our|our|My|my)\s+|\b(?:Please|please)\s+accept\s+(?:our|my)\s+)?(?:(?:sincere|deepest|sincerest|humble|many|so|very|really|truly)\s+)*$/.exec(before);
  const start = subject ? at - subject[0].length : at;
  const rest = reply.text.slice(Math.max(at, hitEnd), sentence.end);
  const stop = /[.!?;](?:\s|$)|\s[-–—]\s/.exec(rest);
  let end = stop ? Math.max(at, hitEnd) + stop.index : sentence.end;
  while (end > start && /[\s.!?,;:]/.test(reply.text[end - 1]!)) end--;
  return [start, Math.max(end, hitEnd)];
}

export default definePhraseRule({
  meta: {
    id: 'non-apology',
    description: 'Apology for the customer\'s feelings, an abstraction or a condition, or one taken back, instead of owning the problem',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      conditional: 'This apology is hedged ("if", "any", "may have"), so it does not admit that anything went wrong.',
      feelings: 'This apology is about the customer\'s feelings or situation, so it does not own the problem.',
      abstraction: 'This apology is for an abstraction ("the inconvenience", "the confusion"), not for what went wrong.',
      passive: 'This apology hides who did it: say what happened and who is putting it right.',
      undone: 'The "but" after this apology takes it back: what follows is a refusal, a rule or the customer\'s part.',
    },
    docs: {
      why:
        'An apology that is about how the customer feels ("sorry you feel that way"), hedged with "if" and "any" ' +
        '("sorry for any inconvenience"), aimed at an abstraction ("sorry for the inconvenience"), said in the ' +
        'passive ("mistakes were made") or taken back with "but" ("I\'m sorry, but that is our policy") tells the ' +
        'customer we are not sure anything went wrong, or that the problem is their reaction. Read by an upset ' +
        'customer it sounds dismissive, even passive-aggressive. A real apology names what happened and owns it, ' +
        'even when we did not cause it: "I\'m sorry the parcel arrived damaged." "Sorry for the wait" is fine: the ' +
        'wait is a concrete thing we did.',
      seeds: [
        '003 Complaint handling: "Avoid being passive-aggressive" ("We\'re sorry that you are having this problem")',
        '000 "Apologize and mean it"',
        '001 step 2: "Apologize for the problem"',
      ],
    },
    examples: {
      bad: [
        "We're sorry that you are having this problem.",
        "I'm sorry you feel that way.",
        'We apologize if you were inconvenienced.',
        'Sorry for any inconvenience this may have caused.',
        'We regret any inconvenience.',
        "I'm sorry if our email was confusing.",
        'We are sorry you feel our prices are too high.',
        'I’m sorry you’re unhappy with the new layout.',
        'We apologise for any confusion caused by the renewal letter.',
        'Sorry if the instructions were not clear enough.',
        "We're sorry you weren't satisfied with your meal.",
        'I am sorry that you felt rushed during your appointment.',
        'Apologies for any frustration this has caused.',
        'We regret that you were disappointed with the room.',
        'I’m sorry to hear you’re having trouble with the app.',
        'We are sorry you didn’t enjoy your stay with us.',
        'We apologise for the confusion this may have caused.',
        "I'm sorry you found the booking form confusing.",
        'We are sorry for your frustration.',
        "We're sorry you had a bad experience with our team.",
        'I apologise if my last message came across badly.',
        'Sorry about the issues you are experiencing with your router.',
        'We’re sorry you feel let down by our service.',
        'I regret that you feel this way.',
        'Please accept our apologies for any inconvenience.',
        'We’re sorry you had a less than perfect experience.',
        // catalog 2: abstractions
        'We apologise for the inconvenience.',
        'Sorry about all the trouble.',
        'Our apologies for the confusion.',
        'I’m so sorry for the hassle this week.',
        'We regret the inconvenience to your family.',
        'Sorry for the frustration this has caused you.',
        'We’re sorry to hear about your experience at the branch.',
        'Apologies for this inconvenience, the page is back now.',
        // catalog 2: agentless, passive apologies
        'Errors were made in processing your order.',
        'Your frustration is regretted.',
        'It is regrettable that the delivery went this way.',
        'Unfortunately, your refund was delayed.',
        'It’s unfortunate that things turned out like this.',
        'Mistakes have been made with your account.',
        // catalog 2: "sorry, but" + a refusal, a rule or the customer's part
        "I'm sorry, but that is how the system works.",
        'We apologise; however, you did agree to the terms.',
        "I'm sorry, but we can't refund opened items.",
        'Sorry, but you should have told us sooner.',
        'We are sorry, but our policy does not allow exchanges.',
        "I'm sorry, but...",
        // catalog 2: conditional in any order
        'If we got something wrong, we apologise.',
        "To the extent that you were affected, we're sorry.",
        'If the engineer was late, I am sorry.',
        'If this caused you trouble, please accept our apologies.',
        // catalog 2: the customer's reaction in other words
        "I'm sorry this upset you.",
        "We're sorry you're disappointed.",
        "I'm sorry you took it that way.",
        "I'm sorry you see it like that.",
        'Sorry if my reply came across as rude.',
        "We're sorry the situation has left you feeling ignored.",
      ],
      good: [
        "I'm sorry we shipped the wrong size.",
        "I'm sorry. That's on us, and I'm fixing it now.",
        'Sorry that our update broke your export.',
        "I'm sorry to hear the package arrived damaged.",
        "I'm sorry you had to wait three days for an answer.",
        'I’m sorry we charged you twice; the refund is on its way.',
        "We're sorry you were charged the wrong fare.",
        "I'm sorry you've been passed between three departments.",
        'Sorry about the delay with your order.',
        'I am so sorry the engineer missed the appointment.',
        'We apologise for the mistake on your invoice.',
        "I'm sorry, you should have had a letter about this.",
        'Sorry you found a hair in your soup; that should never happen, and your meal is on us.',
        'I’m sorry our app logged you out in the middle of a payment.',
        'We regret to say the item is no longer made, so I have refunded you in full.',
        'Sorry to hear that! I have sent a replacement today.',
        'If you have any questions, I am sorry I missed your call and will ring you back at 3pm.',
        'I’m sorry you were billed after you cancelled.',
        'I’m sorry for the confusion our letter caused.',
        // catalog 2: concrete apologies, causes named, "but" leading to help
        'Sorry for the wait.',
        'Sorry for the late reply.',
        "I'm sorry for the trouble our late courier caused you.",
        "I'm sorry, but I can't see the order yet. I'll check with the warehouse and reply by noon.",
        "I'm sorry, but I can refund you today.",
        'Sorry for the delay in getting back to you.',
        'We apologise for the mix-up with your seats; I have moved you to row 4.',
        "I'm sorry you're upset because we lost your parcel; a new one leaves today.",
        'Sorry, but good news: the part arrived this morning and the engineer is booked.',
        'Unfortunately, your refund was delayed because we sent it to an old card, so I have reissued it.',
        'It is unfortunate that we missed the delivery slot, and I have rebooked it for Friday.',
        'We made a mistake with your bill, and I have corrected it.',
        'I’m sorry this happened.',
        'I’m so sorry for the downtime this morning; our database failed and it is back now.',
        'We apologise for the inconvenience of the cancelled flight and have booked you on the 9am.',
        'Sorry about that! The code is now on your account.',
        'We know you rely on us, and we are sorry to have let you down.',
        'I’m sorry we missed your call; I’ll ring you at 3pm.',
        'That was our error, sorry for this. The refund went out today.',
        'I’m sorry the courier left the parcel in the rain.',
        'I understand how frustrating this is, and I am sorry we kept you waiting.',
      ],
    },
  },
  table: ENTRIES.map((e) => (e.regex ? { ...e, regex: tight(e.regex) } : e)),
  report(hits, reply, context) {
    const reported: Array<[number, number]> = [];
    for (const hit of hits) {
      const [start, end] = apologySpan(reply, hit.sentence, hit.start, hit.end);
      if (reported.some(([s, e]) => start < e && end > s)) continue;
      reported.push([start, end]);
      context.report({
        messageId: hit.entry.messageId,
        data: { text: hit.text },
        start,
        end,
        suggestions: [{ desc: hit.entry.messageId === 'undone' ? UNDONE_ADVICE : SUGGESTION }],
      });
    }
  },
});
