// non-apology: "sorry you feel that way", "sorry if ...", "sorry for any inconvenience". An apology for the
// customer's feelings or situation, or a conditional one, instead of owning what went wrong.
//
// Two layers. Conditional apologies ("if", "any inconvenience", "may have caused") are plain wording and are
// decided by regex. Apologies aimed at "you" ("sorry you feel ...", "sorry that you are having ...") need the
// grammar: the clause after "sorry" is parsed (only for these few candidate sentences) to see whether the
// customer is the one *feeling or experiencing* something (a non-apology) or whether the clause names an event
// ("you had to wait three days", "you were charged twice", "our update broke your export": real apologies).
import { defineRule } from '../src/rule-api.js';
import { scan } from '../src/nlp/match.js';
import type { Reply, Sentence } from '../src/types.js';

const APOLOGY = String.raw`(?:sorry|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|regret(?:s|ted|ting)?|regrettable)`;

// An apology word followed soon after by a hedge: "sorry if", "apologise for any ...", "regret any ...",
// "for the confusion this may have caused", "for the inconvenience, if any".
const HEDGED_NOUN = String.raw`(?:inconvenience|inconveniences|confusion|frustration|frustrations|trouble|troubles|distress|upset|disappointment|annoyance|worry|worries|stress|difficult(?:y|ies)|problems?|issues?|hassle|delays?|misunderstandings?|concerns?|discomfort|disruptions?|dissatisfaction|offen[cs]e|harm|damage|impact|misunderstanding|miscommunication|errors?|mistakes?|irritation|anxiety|embarrassment|disturbance)`;
const CONDITIONAL = new RegExp(
  String.raw`\b${APOLOGY}\b` +
    String.raw`(?:` +
      // "sorry if", "apologise if", "sorry for this if ...", "sorry, if"-less forms only (a comma starts a new clause)
      String.raw`(?:\s+for\s+(?:\w+\s+){0,3}?\w+)?\s+(?:if|in\s+case|should\s+(?:you|this|it|that|anything)|to\s+the\s+extent)\b` +
      // "sorry for any ...", "apologies for any of this": whatever the noun, "any" hedges what went wrong
      String.raw`|(?:\s+(?:so|very|really|truly|sincerely|deeply|again))?\s+(?:for|about|over)\s+(?:any|whatever)\b` +
      // "regret any confusion", "sorry we caused any inconvenience", "whatever trouble"
      String.raw`|(?:\s+(?:for|about|over))?(?:\s+\w+){0,2}?\s+(?:any|whatever)\s+(?:(?:\w+\s+){0,2})${HEDGED_NOUN}\b` +
      // "... for the confusion this may have caused", "... for the trouble, if any"
      String.raw`|[^.!?;\n]{0,80}?\b(?:may|might|could)\s+have\s+(?:caused|created|resulted|led|brought)\b` +
      String.raw`|[^.!?;\n]{0,60}?,?\s+if\s+any\b` +
    String.raw`)`,
  'gi',
);

// An apology aimed at the customer ("sorry (that) you ...", "sorry to hear you ...", "sorry for your ...",
// "sorry for how you feel"): candidates for the grammatical check. "sorry, you should have ..." (comma) is not one.
const AT_CUSTOMER = new RegExp(
  String.raw`\b${APOLOGY}\b` +
    String.raw`(?:\s+(?:that|to\s+(?:hear|learn|see|read|know|find\s+out)(?:\s+that)?|for(?:\s+(?:how|the\s+way|what))?|about(?:\s+(?:how|the\s+way))?))?` +
    String.raw`\s+(?:you|you're|you've|you'd|you'll|your)\b`,
  'gi',
);

const BAD_EXPERIENCE = String.raw`(?:bad|poor|negative|disappointing|frustrating|unpleasant|less\s+than\s+(?:ideal|perfect|satisfactory|stellar)|subpar|sub-par|unsatisfactory|upsetting|terrible|awful|horrible)\s+experiences?`;
// "sorry about the problems you're having": the customer's ongoing situation, said the long way round.
const ONGOING_SITUATION = new RegExp(
  String.raw`\b${APOLOGY}\b(?:\s+to\s+(?:hear|learn|see|read))?\s+(?:about|for|of|over)\s+(?:the|these|this|those|all\s+the)\s+(?:\w+\s+){0,2}?` +
    String.raw`(?:problems?|issues?|troubles?|difficult(?:y|ies)|frustrations?|inconvenience|bother|hassle)\s+(?:that\s+)?you` +
    String.raw`(?:'re|\s+are|'ve\s+been|\s+have\s+been|\s+seem\s+to\s+be|\s+appear\s+to\s+be)?\s+(?:still\s+)?(?:having|experiencing|facing|encountering|running\s+into|dealing\s+with|going\s+through)\b` +
    // "sorry for the poor experience you've had", "sorry to hear this was your experience"
    // ("your experience", "the experience you had": the customer's experience, not what we did)
    String.raw`|\b${APOLOGY}\b(?:\s+to\s+(?:hear|learn|see|read))?\s+(?:about|for|of|over)\s+(?:your\s+(?:\w+\s+)?${BAD_EXPERIENCE}|(?:the|this|that|such\s+an?|an?)\s+(?:\w+\s+)?${BAD_EXPERIENCE}\s+(?:that\s+)?you(?:'ve|\s+have)?\s+(?:had|experienced|received|went\s+through|been\s+through))\b` +
    String.raw`|\b${APOLOGY}\b\s+to\s+(?:hear|learn|see|read)\s+(?:that\s+)?(?:this|that|it)\s+(?:was|has\s+been|is)\s+your\s+experience\b`,
  'gi',
);

// Verbs of feeling or opinion: "sorry you feel/think/believe ...".
const FEEL_VERBS = new Set([
  'feel', 'feels', 'felt', 'feeling', 'think', 'thinks', 'thought', 'thinking', 'believe', 'believes', 'believed',
  'perceive', 'perceived', 'consider', 'considered', 'view', 'viewed', 'see', 'saw', 'seem', 'seemed', 'regard',
  'regarded', 'sense', 'sensed', 'took', 'take', 'interpret', 'interpreted', 'understood',
]);
// "sorry you found the form confusing": find + an evaluative adjective (not "found a hair in your soup").
const FIND_VERBS = new Set(['find', 'found', 'finding', 'finds']);
// States of mind after "you are/were/feel/have been": the customer's feelings, not an event.
const FEELING_STATES = new Set([
  'unhappy', 'disappointed', 'dissatisfied', 'unsatisfied', 'upset', 'frustrated', 'annoyed', 'angry', 'confused',
  'inconvenienced', 'displeased', 'offended', 'bothered', 'troubled', 'distressed', 'unimpressed', 'underwhelmed',
  'disheartened', 'discouraged', 'irritated', 'aggrieved', 'disgruntled', 'hurt', 'insulted', 'put', 'misled',
  'concerned', 'uncomfortable', 'unsure', 'uneasy', 'dissapointed', 'mad', 'cross', 'fed',
]);
// Positive words that, negated, state a feeling: "not happy", "weren't satisfied", "didn't enjoy".
const NEGATED_POSITIVE = new Set([
  'happy', 'satisfied', 'pleased', 'impressed', 'content', 'comfortable', 'thrilled', 'delighted', 'like', 'liked',
  'enjoy', 'enjoyed', 'love', 'loved', 'appreciate', 'appreciated', 'agree', 'agreed', 'find', 'found', 'feel', 'felt',
]);
// "sorry you are having/experiencing <this problem>": the customer's situation.
const EXPERIENCE_VERBS = new Set([
  'having', 'experiencing', 'experienced', 'experience', 'facing', 'faced', 'encountering', 'encountered',
  'going', 'dealing', 'struggling', 'run', 'ran', 'running', 'had', 'seeing', 'getting', 'hitting',
]);
const GENERIC_TROUBLE = /^(?:this|that|these|those|the|an?|any|some|such|ongoing|continued|continuing|further|more|recurring|persistent|technical|similar|issues?|problems?|troubles?|difficult(?:y|ies)|frustrations?|bad|poor|negative|unpleasant|disappointing|frustrating|less|than|ideal|perfect|stellar|satisfactory|optimal|great|mixed|rough|hard|tough|terrible|horrible|awful|unpleasant|upsetting|stressful|difficult)$/;
const TROUBLE_NOUN = /^(?:issues?|problems?|troubles?|difficult(?:y|ies)|frustrations?|experiences?|time|day|hassle|inconvenience|bother|concerns?|challenges?|delays?|outages?|errors?|glitch(?:es)?|disruptions?|this|that|these|it)$/;
// "sorry for your frustration", "apologise for your disappointment".
const FEELING_NOUNS = new Set([
  'frustration', 'frustrations', 'disappointment', 'dissatisfaction', 'feelings', 'feeling', 'upset', 'inconvenience',
  'annoyance', 'anger', 'confusion', 'concern', 'concerns', 'perception', 'impression', 'displeasure', 'unhappiness',
  'experience', 'trouble', 'troubles', 'distress', 'worry', 'worries', 'stress', 'irritation', 'issue', 'issues',
  'problem', 'problems', 'difficulties', 'difficulty',
]);
const SKIP = new Set(['so', 'very', 'really', 'truly', 'deeply', 'sincerely', 'terribly', 'genuinely', 'just', 'still', 'ever', 'also', 'again', 'completely', 'quite', 'rather', 'somewhat', 'a', 'bit', 'little', 'all', 'both', 'now', 'currently', 'clearly', 'understandably', 'feel', 'feeling', 'felt', 'be']);

interface Term { word: string; tags: Set<string>; }

/** The words of a sentence as compromise reads them (contractions expanded: "you've" -> "you", "have"). */
function words(reply: Reply, sentence: Sentence): Array<Term & { start: number }> {
  const out: Array<Term & { start: number }> = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (const s of reply.parse(sentence).json({ offset: true, terms: { offset: true } }) as any[]) {
    for (const t of s.terms) {
      const word = String(t.implicit || t.normal || t.text || '').toLowerCase().replace(/[’]/g, "'");
      out.push({ word, tags: new Set(t.tags), start: sentence.start + t.offset.start });
    }
  }
  return out;
}

/**
 * Reads the clause after the apology word (which starts at `at`): true when it apologises for the customer's
 * feelings or situation ("you feel", "you are unhappy", "you are having this problem", "your frustration").
 */
function aimsAtFeelings(reply: Reply, sentence: Sentence, at: number): boolean {
  const all = words(reply, sentence);
  let i = all.findIndex((t) => t.start >= at);
  if (i < 0) return false;
  i++; // past the apology word
  const w = (k: number) => all[k]?.word ?? '';
  // "sorry that", "sorry to hear (that)", "sorry for how / for the way", "regret that"
  if (w(i) === 'that') i++;
  else if (w(i) === 'to' && /^(?:hear|learn|see|read|know|find)$/.test(w(i + 1))) { i += w(i + 1) === 'find' ? 3 : 2; if (w(i) === 'that') i++; }
  if (w(i) === 'for' || w(i) === 'about') {
    i++;
    if (w(i) === 'your') {
      // "for your frustration", "for your bad experience", "for your frustrating experience"
      for (let k = i + 1; k < Math.min(all.length, i + 4); k++) {
        if (FEELING_NOUNS.has(w(k))) return true;
        const tags = all[k]!.tags;
        if (tags.has('Preposition') || tags.has('Conjunction') || (tags.has('Verb') && !tags.has('Gerund'))) break;
      }
      return false;
    }
    if (w(i) === 'how' || (w(i) === 'the' && w(i + 1) === 'way')) i += w(i) === 'how' ? 1 : 2;
    else if (w(i) === 'what') i++;
    else return false;
  }
  // "sorry your having trouble": a common typo for "you're having"
  if (w(i) === 'your' && /^(?:having|experiencing|facing|feeling|unhappy|upset|disappointed|frustrated)$/.test(w(i + 1))) all.splice(i + 1, 0, { word: 'are', tags: new Set(['Copula']), start: all[i]!.start });
  else if (w(i) !== 'you') return false; // the clause is about something else: an event, us, the parcel
  i++;
  // Walk the verb group after "you": auxiliaries, negation, adverbs.
  let negated = false;
  let copula = false;
  for (; i < all.length; i++) {
    const t = all[i]!;
    if (t.tags.has('Negative') || t.word === 'not' || t.word === "n't" || /n't$/.test(t.word) || t.word === 'didnt' || t.word === 'dont' || t.word === 'wasnt' || t.word === 'werent') {
      negated = true;
      if (/n't$|nt$/.test(t.word) && /^(?:is|are|was|were|weren|wasn|aren|isn|have|haven)/.test(t.word)) copula = true;
      continue;
    }
    if (t.tags.has('Copula') || /^(?:am|is|are|was|were|been|be|being|'re|'m)$/.test(t.word)) { copula = true; continue; }
    if (t.tags.has('Auxiliary') || t.tags.has('Modal') || /^(?:do|does|did|have|has|had|'ve|'d|will|would|may|might|could|should|must|can)$/.test(t.word)) {
      // "had to wait": compulsion, the clause names an event we caused
      if (t.word === 'had' || t.word === 'have' || t.word === 'has') {
        if (w(i + 1) === 'to') return false;
        if (!t.tags.has('Auxiliary')) break; // "you had a bad experience": a main verb, judged below
      }
      continue;
    }
    if (SKIP.has(t.word) && t.word !== 'feel' && t.word !== 'feeling' && t.word !== 'felt') continue;
    if (t.tags.has('Adverb') && !FEELING_STATES.has(t.word) && !NEGATED_POSITIVE.has(t.word)) continue;
    break;
  }
  const head = w(i);
  if (!head) return false;
  if (negated && NEGATED_POSITIVE.has(head)) return true; // "you weren't happy", "you didn't enjoy"
  if (FEELING_STATES.has(head)) {
    if (head === 'put') return w(i + 1) === 'out';
    if (head === 'fed') return w(i + 1) === 'up';
    if (head === 'concerned' || head === 'unsure' || head === 'hurt') return copula;
    return true;
  }
  if (FEEL_VERBS.has(head)) {
    // "you saw/took/understood": only as an opinion ("see it that way", "took it that way")
    if (/^(?:see|saw|took|take|understood)$/.test(head)) return /^(?:it|this|that|things)$/.test(w(i + 1)) && /^(?:that|this|way|as)$/.test(w(i + 2));
    return true;
  }
  if (FIND_VERBS.has(head)) {
    // "found the instructions confusing": an evaluative word within the next few terms, before any preposition
    for (let k = i + 1; k < Math.min(all.length, i + 6); k++) {
      const t = all[k]!;
      if (t.tags.has('Preposition')) return false;
      if (t.tags.has('Adjective') || /(?:ing|ed|ful|less|ous|ive|able|ible|ult)$/.test(t.word) && k > i + 1 && !t.tags.has('Noun')) return true;
      if (/^(?:confusing|difficult|hard|frustrating|unclear|misleading|disappointing|unhelpful|complicated|annoying|upsetting|rude|slow|unacceptable)$/.test(t.word)) return true;
    }
    return false;
  }
  if (EXPERIENCE_VERBS.has(head)) {
    // "having this problem", "experiencing issues", "had a bad experience", "running into trouble"
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
      // compound nouns are fine ("speed issues", "login problems"); a verb or preposition ends the object
      if (!GENERIC_TROUBLE.test(word) && !all[k]!.tags.has('Adjective') && !(all[k]!.tags.has('Noun') && !all[k]!.tags.has('Pronoun'))) return false;
    }
    return false;
  }
  return false;
}

const SUGGESTION = 'Just say sorry for what went wrong: "I\'m sorry we <what we did>." Name the mistake and own it.';

export default defineRule({
  meta: {
    id: 'non-apology',
    description: 'Apology for the customer\'s feelings or situation, or a conditional one, instead of owning the problem',
    family: 'phrase',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      why:
        'An apology that is about how the customer feels ("sorry you feel that way") or hedged with "if" and "any" ' +
        '("sorry for any inconvenience") tells them we are not sure anything went wrong, or that the problem is their ' +
        'reaction. Read by an upset customer it sounds dismissive, even passive-aggressive. A real apology names what ' +
        'happened and owns it, even when we did not cause it: "I\'m sorry the parcel arrived damaged."',
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
      ],
    },
  },
  check(reply, context) {
    const reported: Array<[number, number]> = [];
    const report = (sentence: Sentence, at: number) => {
      if (reported.some(([s, e]) => at >= s && at < e)) return;
      const [start, end] = apologySpan(reply, sentence, at);
      reported.push([start, end]);
      context.report({
        message: 'This apology is about the customer\'s feelings or is conditional, so it does not own the problem.',
        start,
        end,
        suggestions: [{ desc: SUGGESTION }],
      });
    };
    for (const hit of scan(reply, CONDITIONAL)) report(hit.sentence, hit.start);
    for (const hit of scan(reply, ONGOING_SITUATION)) report(hit.sentence, hit.start);
    for (const hit of scan(reply, AT_CUSTOMER)) {
      if (reported.some(([s, e]) => hit.start >= s && hit.start < e)) continue;
      if (aimsAtFeelings(reply, hit.sentence, hit.start)) report(hit.sentence, hit.start);
    }
  },
});

/** From the apologiser ("We're", "I am so") to the end of the apology's clause. */
function apologySpan(reply: Reply, sentence: Sentence, at: number): [number, number] {
  const before = reply.text.slice(sentence.start, at);
  const subject = /(?:\b(?:I|we|We|i)(?:'m|'re|\s+am|\s+are|\s+do|\s+would\s+like\s+to|\s+must|\s+sincerely|\s+really|\s+truly|\s+deeply|\s+so|\s+very|\s+just|\s+want\s+to|\s+wish\s+to)*\s+|\b(?:Our|our)\s+)?(?:(?:sincere|deepest|sincerest|humble|many|so|very|really|truly)\s+)*$/.exec(before);
  const start = subject ? at - subject[0].length : at;
  const rest = reply.text.slice(at, sentence.end);
  const stop = /[.!?;](?:\s|$)|\s[-–—]\s/.exec(rest);
  let end = stop ? at + stop.index : sentence.end;
  while (end > start && /[\s.!?,;:]/.test(reply.text[end - 1]!)) end--;
  return [start, end];
}
