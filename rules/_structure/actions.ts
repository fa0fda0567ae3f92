// Actions: the agent's side (I/we, a named colleague, "our engineer") doing something concrete about the
// problem, read from the verb groups. A regex only picks the candidate sentences; the groups decide.
import type { Reply, Sentence } from '../../src/types.js';
import { sentenceTerms } from '../../src/nlp/terms.js';
import { signOffStart } from '../../src/nlp/sign-off.js';
import { BE, verbGroups, type VerbGroup } from './verb-groups.js';
import { memoPer } from '../../src/core/memo.js';

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
export function inReportedClause(reply: Reply, sentence: Sentence, g: VerbGroup): boolean {
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

/**
 * The first concrete action the reply states, or undefined. The regex only picks candidate sentences (strong
 * ones first, so most replies stop after one or two parses); the verb groups decide.
 */
export const firstAction = memoPer(function firstAction(reply: Reply): Action | undefined {
  const end = signOffStart(reply);
  const body = reply.sentences.slice(0, end).filter(isCandidate);
  const ordered = [...body.filter((s) => STRONG_CANDIDATE.test(s.text)), ...body.filter((s) => !STRONG_CANDIDATE.test(s.text))];
  let found: Action | null = null;
  for (const s of ordered) {
    const g = verbGroups(reply, s).find((x) => isAction(reply, s, x));
    if (g) { found = { sentence: s, group: g }; break; }
  }
  return found ?? undefined;
});

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
