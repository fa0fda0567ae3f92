// Sentences that carry no answer: thanks, apologies, "we appreciate your feedback", "we've passed this
// on", "we're here for you", "have a great day". A reply made only of these has said nothing about what
// the customer asked. A sentence that turns ("..., but", "however", "because") says something.
import type { Reply, Sentence } from '../types.js';
import { signOffStart } from '../nlp/reply-parts.js';

const SMALL_TALK = new RegExp('^(?:' + [
  String.raw`(?:thanks?|thank\s+you|thx|ty|cheers|many\s+thanks)\b.*`,
  String.raw`(?:you're|you\s+are)\s+(?:very\s+|so\s+|most\s+)?welcome\b.*`,
  String.raw`(?:oh|ah|aw+|ok|okay|alright|got\s+it|understood|noted)(?:\s+(?:no|ok|okay|dear|i\s+see))?`,
  String.raw`(?:we|I)(?:'re|\s+are|'m|\s+am)?\s+(?:so\s+|very\s+|really\s+|truly\s+|terribly\s+|deeply\s+)?(?:sorry|apologi[sz]e)\b.*`,
  String.raw`(?:we|I)\s+(?:do\s+|sincerely\s+|truly\s+)?apologi[sz]e\b.*`,
  String.raw`(?:so\s+|very\s+|really\s+)?sorry\b.*|(?:our\s+)?apologies\b.*`,
  String.raw`(?:we|I)(?:'d|\s+would)?\s+(?:really\s+|truly\s+|greatly\s+|do\s+|always\s+)?(?:appreciate|value|love|hate|welcome)\b.*`,
  String.raw`(?:we|I)(?:'ve|\s+have)?\s+(?:shared|passed|forwarded|sent|noted|logged|let|flagged|made)\s+(?:your|this|it|the|that|these|our|them)\b.*`,
  String.raw`(?:we|I)(?:'ll|\s+will)\s+(?:be\s+sure\s+to\s+|make\s+sure\s+to\s+|definitely\s+|certainly\s+)?(?:share|pass|forward|let|note|log|flag)\b.*`,
  String.raw`(?:we|I)\s+(?:always\s+|never\s+|really\s+|truly\s+)?(?:want|strive|aim|hope|wish|try)\b.*`,
  String.raw`(?:we|I)(?:'re|\s+are|'m|\s+am)\s+(?:always\s+|definitely\s+)?(?:here|glad|happy|thrilled|delighted|sad|disappointed|bummed)\b.*`,
  String.raw`(?:we|I)(?:'re|\s+are)\s+taking\s+(?:this|it|that|your\s+\w+)\s+(?:seriously|on\s+board|under\s+(?:serious\s+)?advisement)\b.*`,
  String.raw`(?:we|I)\s+(?:take|hear|understand|see|get)\s+(?:this|it|that|you|your\s+\w+)(?:\s+(?:seriously|point|frustration|concern|feedback))?`,
  String.raw`(?:have|enjoy)\s+(?:a|an|the|your)\s+(?:\w+\s+){0,2}(?:day|evening|weekend|night|week|trip|flight|meal|stay|holiday|one)\b.*`,
  String.raw`(?:glad|happy|great|awesome|good|nice|lovely|fantastic|brilliant|amazing|wonderful|cool)\b(?:\s+(?:to\s+hear|suggestion|idea|question|point|feedback|catch|stuff|one|news))?(?:\s+\w+){0,4}`,
  String.raw`(?:hope|hopefully)\b.*`,
  String.raw`(?:your|the|all)\s+(?:feedback|comments?|input|suggestions?|thoughts|kind\s+words|message)\s+(?:is|are|has|have|helps?|means?|will)\b.*`,
  String.raw`(?:it|this|that)\s+(?:means\s+(?:a\s+lot|so\s+much)|is\s+(?:great|lovely|good|nice)\s+to\s+hear)\b.*`,
  String.raw`(?:feedback|comments?)\s+(?:like\s+(?:this|yours)|helps?)\b.*`,
  String.raw`(?:take\s+care|stay\s+safe|all\s+the\s+best|best\s+wishes|good\s+luck)\b.*`,
].join('|') + ')$', 'i');
/** A sentence that gives a reason, an exception or a fact is not small talk. */
const SUBSTANCE = /\b(?:but|however|because|due\s+to|since|unless|although|though|instead|unfortunately|currently|if|only|ensure|so\s+that|in\s+order\s+to|DM|DMs|please\s+(?:send|contact|call|e-?mail|message|reach|visit|check|follow|try|reply|let)|not\s+(?:possible|available|able)|can't|cannot|won't|isn't|aren't|doesn't|don't)\b|\d|https?:\/\/|\?/i;

/** Agent signatures on social replies: "^CB", "*ABN", "-Becky", "/MT", "= JJ". */
const SIGNATURE = /\s+(?:[\^*~/=]|[-–—]\s?)\s?[A-Za-z][\w.]{0,20}\.?\s*$/;

/** A sentence as it reads without @handles and a trailing agent signature. */
export function plainSentence(text: string): string {
  const t = text.replace(/^(?:\s*@\w{1,40})+\s*/, '').replace(/\s+/g, ' ').trim();
  if (/^(?:[\^*~/=]|[-–—]\s?)\s?[A-Za-z][\w.]{0,20}$/.test(t)) return '';
  return t.replace(SIGNATURE, '').trim();
}

/** True for thanks, apologies, "we've passed this on" and the like: sentences that answer nothing. */
export function isSmallTalk(text: string): boolean {
  const t = plainSentence(text).replace(/[.!,;:\s\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]+$/u, '');
  if (!t) return true;
  if (SUBSTANCE.test(t)) return false;
  return SMALL_TALK.test(t);
}

const GREETING = /^(?:@\w+\s*)*(?:hi|hey|hello|hiya|dear|good\s+(?:morning|afternoon|evening|day)|greetings|howdy)\b[^.!?\n]{0,40}[,.!]?$/i;

/** The reply's sentences between its greeting and its sign-off. */
export function bodySentences(reply: Reply): Sentence[] {
  const end = signOffStart(reply);
  return reply.sentences.slice(0, end).filter((s, i) => !(i === 0 && GREETING.test(s.text.trim())) && plainSentence(s.text) !== '');
}

/** A reply whose body is only small talk (at least one sentence of it). */
export function onlySmallTalk(reply: Reply): boolean {
  const body = bodySentences(reply);
  return body.length > 0 && body.every((s) => isSmallTalk(s.text));
}
