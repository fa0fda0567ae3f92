// What the customer says went wrong, and whether a reply names it. A complaint has a sentence about the
// customer or us with a failure cue ("never arrived", "doesn't work", "charged twice", "damaged",
// "cancelled" ...). A reply names it when one of its own words (outside a request for a detail such as
// "your order number") shares a stem or a concept with what the customer wrote.
import type { Reply, ReplyContext, Sentence } from '../types.js';
import { conceptSet, contentWords, type ContentWord } from './words.js';
import { askedDetails } from './details.js';
import { memoPer } from '../core/memo.js';

const FAILURE = new RegExp([
  // Something does not do what it should: "doesn't work", "never arrived", "can't log in", "won't load".
  String.raw`\b(?:not|never|n't|no\s+longer|stopped|unable\s+to|failed\s+to|fails?\s+to|refus\w+\s+to|cannot|can't|cant|won't|wont)\s+(?:\w+\s+)?(?:work\w*|arriv\w*|receiv\w*|deliver\w*|come|came|turn\w*\s+up|show\w*\s+up|load\w*|open\w*|connect\w*|log\w*|sign\w*|download\w*|upload\w*|play\w*|charg\w*|refund\w*|respond\w*|repl\w*|answer\w*|call\w*|help\w*|fix\w*|start\w*|boot\w*|turn\w*\s+on|power\w*|print\w*|send\w*|sent|access\w*|use|using|find|found|get|got|add\w*|pay|paid|book\w*|check\w*\s+in|board\w*|cancel\w*|updat\w*|install\w*|sync\w*|stream\w*|hear|see|reach\w*|order\w*|redeem\w*|apply|applied|process\w*|ship\w*|pick\w*\s+up|collect\w*|clean\w*|open|there|here|right|correct|available|included|listed|showing|valid|accepted|honou?red|express)\b`,
  String.raw`\b(?:broken|broke|breaks|damaged|faulty|defective|cracked|smashed|dented|stolen|(?:lost|misplaced)\s+(?:my|our|the|his|her)\s+(?!business|custom|customer|patience|faith|trust|mind|temper)\w+|(?:was|were|is|are|got|been|went|go|gone)\s+(?:\w+\s+)?(?:lost|missing)|missing\s+(?:from|items?|parts?|pieces?|my|the|an?|\d)|incorrect|late|delayed|delays?|overdue|cancel+ed|declined|rejected|stuck|frozen|crash(?:es|ed|ing)?|errors?|glitch\w*|bugs?|buggy|outage|dead|leak\w*|spilt|spilled|stale|raw|burnt|rude|dirty|filthy|expired|ruined|soaked|destroyed|spoilt|spoiled|unusable|unreadable|torn|ripped\s+off|locked\s+out|overcharged|double[-\s]charged|charged\s+(?:me\s+)?(?:twice|two\s+times|double|again|for)|billed\s+(?:me\s+)?(?:twice|again|for)|slow|still\s+waiting|on\s+hold|disconnect\w*|dropp(?:ed|ing)|lagg?(?:ing|s|y)|freez(?:es|ing)|(?:is|are|was|were|been|went|goes|keeps\s+going)\s+down|wrong\s+(?:\w+\s+)?(?:item|order|size|colou?r|address|name|date|amount|food|product|one|bill|charge|price)|log(?:s|ged|ging)?\s+(?:me\s+)?out|kick(?:s|ed|ing)?\s+me\s+(?:out|off)|since\s+(?:the|your|an?|last)\s+(?:update|upgrade)|keeps?\s+(?:crash\w*|freez\w*|restart\w*|dropp\w*|disconnect\w*|spinning|loading|failing|charging|cancel\w*|logging|shutting|turning\s+off|happening|asking)|food\s+poisoning|(?:sent|got|received|gave\s+me|delivered)\s+(?:\w+\s+){0,3}instead\s+of|cold\s+(?:food|meal|burrito|fries|pizza|coffee)|(?:food|meal|burrito|fries|pizza|coffee|order)\s+(?:was|is|came)\s+cold)\b`,
].join('|'), 'i');
const QUESTION_START = /^\W*(?:(?:so|and|but|hey|hi|hello|ok|okay|please)[\s,]+)*(?:why|what|where|when|how|who|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|any)\b[^.!]*\?/i;
/** "I'm not even mad", "no complaints": the customer says it is not a complaint. */
const NOT_A_COMPLAINT = /\b(?:(?:I'm|I\s+am|I\s+was|not)\s+(?:not\s+)?(?:even\s+)?(?:mad|angry|upset|complaining|bothered)\b(?<=not\s+(?:even\s+)?\w+)|no\s+complaints?|nice\s+job|great\s+job|good\s+job|well\s+done|kudos|props\s+to|shout\s*-?out\s+to|(?:thank\s+you|thanks)\s+(?:so\s+much|a\s+lot|again|for\s+(?:the|your)\s+(?:help|quick|fast|great|amazing))|you\s+guys\s+(?:rock|are\s+(?:great|awesome|the\s+best)))\b/i;
/** The sentence is about the customer or us: a complaint, not news ("flights have been cancelled"). */
const PERSONAL = /\b(?:I|I'm|I've|I'd|me|my|mine|we|we're|we've|us|our|you|your|y'all|u|ur)\b/i;

/** Words that say how the customer feels or that something is wrong, not what went wrong. */
const GENERIC = new Set(['problem', 'issue', 'trouble', 'wrong', 'work', 'working', 'fix', 'fixed', 'sort', 'sorted', 'happen', 'happened', 'nothing', 'anything', 'something', 'everything', 'someone', 'anyone', 'nobody', 'reason', 'point', 'idea', 'chance', 'way', 'hope', 'fact', 'situation', 'stuff', 'place', 'thing', 'part', 'kind', 'sort', 'lot', 'joke', 'waste', 'mess', 'hell', 'pain', 'shame', 'disgrace', 'nightmare', 'company', 'business', 'brand', 'frustrat', 'annoy', 'upset', 'angry', 'disappoint', 'hate', 'love', 'care', 'cares', 'fault', 'blame', 'deal', 'whole', 'even', 'ever', 'every', 'also', 'instead', 'almost', 'another', 'someone', 'person', 'people']);

export interface Problem {
  /** The sentences of the customer's message that say what went wrong. */
  sentences: Sentence[];
  /** Their content words (the problem's terms). */
  terms: ContentWord[];
}

/** What went wrong, by the customer's latest message; undefined when it states no problem. */
export const customerProblem = memoPer(function customerProblem(context: ReplyContext): Problem | undefined {
  const message = context.message;
  // "No, I can't see an expiry date" answers our question; it is not a new complaint.
  if (context.earlierAgent.length && /^\s*(?:no|nope|yes|yep|yeah)\b/i.test(message.text)) {
    return undefined;
  }
  // A complaint put as a question ("Why can't I order online?") is answered, not acknowledged: the
  // question rule reads those.
  if (NOT_A_COMPLAINT.test(message.text)) {
    return undefined;
  }
  // "My heart is broken" is a feeling and "I broke out my costume" an outing, not a broken product.
  const failing = (t: string) => FAILURE.test(t.replace(/\bheart\s+(?:is\s+)?broken|\bbroke\s+my\s+heart|\bbroke\s+out\b/gi, ''));
  const sentences = message.sentences.filter((s) => failing(s.text) && PERSONAL.test(s.text) && !QUESTION_START.test(s.text));
  // The terms are the whole message's words: a reply that takes up anything the customer said about
  // it ("the offer isn't applied to reduced items") has heard them.
  const terms = sentences.length ? contentWords(message.text).filter((w) => !GENERIC.has(w.word.toLowerCase()) && !GENERIC.has(w.stem)) : [];
  return sentences.length && terms.length ? { sentences, terms } : undefined;
});

/** The words of a reply that could name the customer's problem: not inside a request for a detail. */
export function replyTopicWords(reply: Reply, from = 0, to = reply.text.length): ContentWord[] {
  const asked = askedDetails(reply);
  return contentWords(reply.text, from, to).filter((w) => !asked.some((a) => w.start >= a.start && w.end <= a.end));
}

const CONCERN = /\bhope\s+(?:everyone|you(?:'re|\s+are)?|you\s+all|all|your\s+\w+)\s+(?:is\s+|are\s+|were\s+|was\s+)?(?:ok|okay|alright|all\s+right|safe|fine|feeling\s+better|unhurt)\b/i;

const wantedOf = memoPer((problem: Problem) => conceptSet(problem.terms));

/** True when the reply (or an earlier agent turn) names something the customer said went wrong. */
export function echoesProblem(reply: Reply, context: ReplyContext): boolean {
  const problem = customerProblem(context);
  if (!problem) return true;
  const wanted = wantedOf(problem);
  const hits = (words: readonly ContentWord[]) => words.some((w) => wanted.has(w.stem) || wanted.has(w.concept));
  if (hits(replyTopicWords(reply))) return true;
  // Concern for the person ("We hope everyone is OK") answers an accident or an injury.
  if (CONCERN.test(reply.text)) return true;
  return context.earlierAgent.some((r) => hits(replyTopicWords(r)));
}
