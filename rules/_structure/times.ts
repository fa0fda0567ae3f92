// Time frames: an explicit time put on an action ("I'll send it today", "within 24 hours", "by 5pm"). The
// action's tense and subject decide, not the word: past dates, policy periods and opening hours are no time
// on the fix.
import type { Reply, Sentence } from '../../src/types.js';
import { sentenceTerms } from '../../src/nlp/terms.js';
import { hasFix, inReportedClause, isAction } from './actions.js';
import { signOffStart } from '../../src/nlp/sign-off.js';
import { BE, verbGroups, type VerbGroup } from './verb-groups.js';

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
