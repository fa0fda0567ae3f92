// What a "but" / "however" clause does after an apology or an expression of empathy: leads to help ("but I
// can refund you today"), or takes it back with a refusal ("but we can't refund it"), a rule ("but that is
// our policy") or the customer's part ("however, you did agree to the terms"). non-apology and robotic-script
// (canned empathy) both ask.
//
// The words decide the common shapes; the tagger is asked only when they do not (which verb group comes first
// after "but", its subject and its negation). A refusal still leads to help when the same or the next sentence
// offers an action ("I can't see the order yet. I'll check with the warehouse and reply by noon.").
import type { Reply } from '../../src/types.js';
import { sentenceAt } from '../../src/nlp/match.js';
import { sentenceTerms } from '../../src/nlp/terms.js';
import { verbGroups } from '../_structure/verb-groups.js';

export type ButReading = 'help' | 'refusal' | 'rule' | 'customer' | 'empty' | 'other';

// The agent offering or doing something: "I can refund", "we'll send", "I've asked", "let me", "here's what".
const HELP = /^(?:(?:so|and|luckily|happily|thankfully|fortunately|good\s+news(?:\s+is)?|the\s+good\s+news\s+is|what\s+(?:I|we)\s+can\s+do\s+is|in\s+the\s+meantime|meanwhile|instead)[,:]?\s+)*(?:(?:I|we)(?:'ll|'ve|'d\s+be\s+(?:happy|glad|pleased)|'m\s+(?:happy|glad|going\s+to|now|already|\w+ing)|'re\s+(?:happy|glad|going\s+to|now|already|\w+ing)|\s+(?:will|can|could|(?:have|had)(?!\s+(?:a|an|no|to|the|our|your|this|that|strict|been)\b)|am\s+(?:happy|glad|going\s+to|now|already|\w+ing)|are\s+(?:happy|glad|going\s+to|now|already|\w+ing)|would\s+be\s+(?:happy|glad|pleased)|(?:just\s+|already\s+|now\s+)?(?:refunded|sent|booked|arranged|asked|added|fixed|changed|moved|credited|replaced|reset|issued|cancelled|canceled|raised|logged|escalated|called|emailed|checked|found)))(?!\s+(?:not|never|no)\b)(?!n't)|let\s+(?:me|us)\b|let's\b|here(?:'s|\s+is|\s+are)\b|there(?:'s|\s+is)\s+(?:a|another|one)\s+(?:way|option|workaround|alternative|thing\s+(?:I|we)\s+can\s+do)|you\s+can\s+(?:still|also|instead|now)\b|(?:instead|alternatively)\b)/i;
// Help anywhere after a refusal, in the same sentence or the next: the refusal leads somewhere.
const HELP_LATER = /\b(?:(?:I|we)(?:'ll|'ve|\s+will|\s+have\s+(?:just\s+|already\s+)?(?:\w+ed|sent|made|put|set)|'m\s+going\s+to|\s+am\s+going\s+to|'d\s+be\s+happy|\s+would\s+be\s+happy|\s+can|'m\s+(?:checking|asking|sending|looking|booking|arranging|refunding))\b(?!\s+(?:not|never)\b)(?!n't)|let\s+(?:me|us)\b|instead\b|alternatively\b|what\s+(?:I|we)\s+can\s+do\b|here(?:'s|\s+is)\s+what\b|you\s+can\s+(?:still|also|instead)\b)/i;
// A rule or the way things are: policy, terms, the system, "that's how it works".
const RULE = /\b(?:polic(?:y|ies)|terms(?:\s+and\s+conditions)?|T&Cs?|conditions|rules?|regulations?|procedures?|protocol|guidelines|the\s+system|(?:is|'s)\s+how\s+(?:it|the\s+\w+|things|this)\s+works?|the\s+way\s+(?:it|things|the\s+\w+)\s+(?:works?|are)|non-?refundable|not\s+refundable|final\s+sale|no\s+exceptions?|not\s+(?:eligible|entitled|covered)|(?:out\s+of|outside(?:\s+of)?)\s+(?:the|our|your)\s+(?:\d+-day\s+)?(?:warranty|window|period|return\s+window|policy)|expired|(?:have|has|had)\s+to\s+(?:charge|apply|follow|stick|keep)|(?:are|is|am)\s+(?:required|obliged|bound)\s+to|(?:we|I)\s+must\b|(?:we|I)\s+only\s+(?:offer|accept|allow|refund|ship|deliver))\b/i;
// A refusal: can't, won't, unable, not possible, nothing we can do.
const REFUSAL = /(?:\b(?:can(?:not|'t)|can\s+not|won't|will\s+not|couldn't|unable|impossible|no\s+way|nothing\s+(?:more\s+|else\s+)?(?:that\s+)?(?:we|I|more)\s+can|nothing\s+(?:more|else)\s+(?:to\s+be|that\s+can\s+be)\s+done|not\s+(?:able|possible|allowed|permitted|something\s+(?:we|I))|(?:isn't|is\s+not|aren't|are\s+not|wasn't|was\s+not)\s+(?:possible|available|allowed|permitted|able|an\s+option)|(?:don't|do\s+not|doesn't|does\s+not|didn't|did\s+not)\s+(?:offer|allow|accept|permit|refund|do|provide|have|give|issue|cover|ship|deliver|support)|(?:have|has)\s+no\s+(?:way|option|record|control)|no\s+longer|(?:has|have|had)\s+(?:now\s+|already\s+)?(?:ended|closed|expired|finished|sold\s+out|lapsed))\b)/i;
// The customer's part: "you should have", "you agreed", "you didn't".
const CUSTOMER = /\byou(?:'d|'ve|'ll|'re)?\s+(?:(?:really|clearly|still|also|simply|just)\s+)?(?:should(?:'ve|\s+have)?|must(?:'ve|\s+have)?|need(?:ed)?\s+to|have\s+to|had\s+to|(?:will|'ll)\s+(?:have|need)\s+to|agreed|accepted|chose|selected|signed|failed|forgot|neglected|missed|didn't|did\s+not|did\s+(?:agree|accept|sign|choose|select|order|book|confirm)|were\s+(?:told|informed|advised|warned|given|sent|notified|supposed|responsible|aware)|are\s+(?:required|responsible|supposed|expected|outside)|(?:'re|are)\s+(?:required|responsible|supposed|expected)|could\s+have|could've|may\s+have|might\s+have|entered|typed|clicked|placed|ordered\s+the\s+wrong|booked\s+the\s+wrong|gave\s+us|provided\s+(?:the\s+)?wrong|confirmed|ticked|opted)\b/i;

/** The text of the clause after "but" at `at`: to the end of its sentence, without leading punctuation. */
function clauseAt(reply: Reply, at: number): { text: string; end: number } {
  const s = sentenceAt(reply, at);
  const end = s ? s.end : Math.min(reply.text.length, at + 300);
  const raw = reply.text.slice(at, Math.min(end, at + 300));
  return { text: raw.replace(/^[\s,;:—–-]+/, ''), end };
}

/** Help in the rest of the sentence after the refusal or in the next sentence of the same paragraph. */
function helpFollows(reply: Reply, clauseEnd: number, clause: string): boolean {
  const refusal = REFUSAL.exec(clause);
  if (HELP_LATER.test(refusal ? clause.slice(refusal.index + refusal[0].length) : clause)) return true;
  const s = sentenceAt(reply, Math.max(0, clauseEnd - 1));
  const next = s ? reply.sentences[s.index + 1] : undefined;
  return next !== undefined && next.paragraph === s!.paragraph && HELP.test(next.text.trim()) || (next !== undefined && next.paragraph === s!.paragraph && HELP_LATER.test(next.text));
}

/**
 * Reads the clause that starts at `at` (just after "but" / "however"). Words first; the tagger only when they
 * leave it open.
 */
export function readButClause(reply: Reply, at: number): ButReading {
  const { text, end } = clauseAt(reply, at);
  const words = text.trim();
  if (!words || /^(?:\.{2,}|…|[.!?]+)?\s*$/.test(words)) return 'empty';
  if (/^(?:let\s+(?:me|us)|let's|here(?:'s|\s+is|\s+are))\b/i.test(words)) return 'help';
  // "but we can't", "but we have a policy", "but we're going to have to charge you": an offer's first words
  // with a refusal, a rule or the customer's part right after them are not help.
  const early = words.slice(0, 60);
  if (HELP.test(words) && !REFUSAL.test(early) && !RULE.test(early) && !CUSTOMER.test(early)) return 'help';
  const refusal = REFUSAL.test(words);
  if (refusal && helpFollows(reply, end, words)) return 'help';
  if (CUSTOMER.test(words)) return 'customer';
  if (RULE.test(words)) return 'rule';
  if (refusal) return 'refusal';
  return grammarReading(reply, at);
}

/**
 * The first verb group after "but": the customer's own action, a negated verb (a refusal) or the agent acting
 * (help). Asked only for clauses the words left open.
 */
function grammarReading(reply: Reply, at: number): ButReading {
  const s = sentenceAt(reply, at);
  if (!s) return 'other';
  const terms = sentenceTerms(reply, s);
  const g = verbGroups(reply, s).find((x) => terms[x.first]!.start >= at);
  if (!g) return 'other';
  if (g.subject === 'customer' && (g.aspect === 'past' || g.aspect === 'perfect' || g.aux.some((a) => /^(?:should|must|need|have|had)$/.test(a)))) return 'customer';
  // A negated "can", "will", "would": a refusal ("but the order cannot be changed"); "we aren't understanding" is not.
  if (g.negated && g.aux.some((a) => /^(?:can|could|will|would|wo|'ll|shall|ca)$/.test(a))) return helpFollows(reply, s.end, reply.text.slice(at, s.end)) ? 'help' : 'refusal';
  if ((g.subject === 'agent' || g.subject === 'named') && (g.aspect === 'future' || g.aspect === 'perfect' || g.aspect === 'progressive' || g.aspect === 'modal')) return 'help';
  return 'other';
}
