// unexplained-transfer: handing the customer on without saying who will help and why that helps. Four kinds:
//   handoff     a transfer, forward or escalation ("Please hold while we transfer you", "Your case has been escalated")
//   hold        a hold with no reason ("I'm putting you on hold", "Hang on a sec")
//   send-away   the customer sent elsewhere to start again ("You'll need to hang up and call our billing line",
//               "Contact the store where you bought it", "You've called the wrong number")
//   consult     checking with someone with no word on what happens next ("I need to check with engineering")
//
// A hand-off moves the customer or their case (you, your ticket, this, your call) to other people. Moving money,
// data, a booking or a phone number is not one ("transfer the refund to your card", "airport transfer").
// It is explained when the same sentence or the next one names WHO (a person, a role, a specific team) and WHY
// (who can ..., because ..., so that ..., to <do something>). A send-away is fine when the agent makes the
// hand-off ("I've told them you're calling") or says why that place can act ("they hold your deposit"). Sending
// the customer to chase a third party that caused the problem (bank, courier, manufacturer) is deflection
// (deflects-responsibility), not a send-away: the two rules split there.
import { definePhraseRule } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit } from '../src/phrases/table.js';
import type { Reply, Sentence } from '../src/types.js';
import { textAfter, tight, WINDOW, windowed } from './_ownership.js';

type Id = 'handoff' | 'hold' | 'send-away' | 'consult';
interface Entry extends PhraseEntry {
  messageId: Id;
}

// What is handed off: the customer or their case.
const CASE = String.raw`(?:your\s+|the\s+|this\s+|that\s+)?(?:(?:[\w-]{1,24}\s+)?(?:ticket|case|call|chat|query|queries|request|complaint|enquiry|inquiry|issue|problem|email|e-mail|message|question|concern|claim|account\s+issue|conversation|file|report|matter|situation|details|information|info)s?)`;
const OBJ = String.raw`(?:you|this|it|that|them|${CASE})`;
const BE = String.raw`(?:be|been|being|get|getting|got|gets|was|were|is|are|'s|'re|has\s+been|have\s+been)`;

const HANDOFF: Entry[] = [
  // transfer you / transfer your call / be transferred / get transferred / transferring you now
  { name: 'transfer', messageId: 'handoff', triggers: ['transfer*'], regex: String.raw`transferr?(?:ing|ed|s)?\s+${OBJ}` },
  { name: 'be-transferred', messageId: 'handoff', triggers: ['transferred'], regex: String.raw`${BE}\s+(?:\w{1,20}\s+)?transferred` },
  // forward(ed) your ticket (on) to ..., your email has been forwarded, "I am forwarding this", "to forward to the relevant team"
  { name: 'forward', messageId: 'handoff', triggers: ['forward*'], regex: String.raw`forward(?:ing|ed|s)?\s+${OBJ}(?:\s+(?:on|over|along))?\s+to` },
  { name: 'be-forwarded', messageId: 'handoff', triggers: ['forwarded'], regex: String.raw`${BE}\s+(?:\w{1,20}\s+)?forwarded` },
  { name: 'forwarding', messageId: 'handoff', triggers: ['forward*'], regex: String.raw`(?:I'm|I\s+am|we're|we\s+are|I'll|we'll|I've|we've|I\s+have|we\s+have|I\s+will|we\s+will)\s+forward(?:ing|ed)?(?:\s+(?:this|it|that|${CASE}))?(?:\s+(?:on|over|along))?(?=\s*(?:[.!,;]|$))|forward(?:ing|ed)?\s+(?:(?:this|it|that)\s+)?(?:on\s+)?to\s+(?:the\s+)?(?:relevant|appropriate|right|correct|respective|concerned|proper)\s+(?:team|department|people|person|dept)` },
  // sent your complaint on to ..., sent your query to the billing team
  { name: 'send-on', messageId: 'handoff', triggers: ['send*', 'sent'], regex: String.raw`sen(?:d|t|ding|ds)\s+${OBJ}\s+(?:on|over|along|through)\s+to` },
  { name: 'send-to-team', messageId: 'handoff', triggers: ['send*', 'sent'], regex: String.raw`sen(?:d|t|ding|ds)\s+(?:this|it|that|${CASE})\s+to\s+(?:the|our|another|a|an|my)\s+(?:[\w-]{1,24}\s+){0,2}(?:team|department|dept|colleague|specialist|manager|supervisor|office|desk)s?` },
  // escalate(d) this, has been escalated, raised an escalation
  { name: 'escalate', messageId: 'handoff', triggers: ['escalat*'], regex: String.raw`escalat(?:e|es|ed|ing)\s+(?:${OBJ}|to|with|internally|further)` },
  { name: 'be-escalated', messageId: 'handoff', triggers: ['escalated'], regex: String.raw`${BE}\s+(?:\w{1,20}\s+)?escalated` },
  { name: 'be-passed-to', messageId: 'handoff', triggers: ['passed', 'handed', 'referred', 'sent', 'moved', 'reassigned', 'assigned'], regex: String.raw`${BE}\s+(?:\w{1,20}\s+)?(?:passed|handed|referred|sent|moved|reassigned|assigned)\s+(?:on\s+|over\s+|along\s+|up\s+)?to\s+(?:another|a|an|the|our|my|one|\w{1,24}\s+(?:team|department))` },
  { name: 'escalation', messageId: 'handoff', triggers: ['escalation'], regex: String.raw`(?:raised|opened|logged|submitted|made|created)\s+(?:an|a)\s+(?:\w{1,20}\s+)?escalation` },
  // "Your issue has been passed on", "this has been handed over": the hand-off with no destination at all
  { name: 'passed-on', messageId: 'handoff', triggers: ['passed', 'handed', 'reassigned', 'assigned', 'routed', 'rerouted', 'referred'], regex: String.raw`${BE}\s+(?:\w{1,20}\s+)?(?:(?:passed|handed)\s+(?:on|over|along|up)|(?:re-?assigned|re-?routed|referred)(?=\s*[.!,;]|\s+(?:internally|elsewhere|on|upwards)\b))(?!\s+(?:to|with)\s+(?:you|your)\b)` },
  // pass this on to, passed your question to, pass on your query to
  { name: 'pass-to', messageId: 'handoff', triggers: ['pass*'], regex: String.raw`pass(?:ed|ing|es)?\s+${OBJ}\s+(?:(?:on|over|along|back)\s*)?(?:to|with)` },
  // "I'm passing this on.", "I'll pass it upstairs", "I'll send this up the chain": no destination at all.
  { name: 'pass-on-bare', messageId: 'handoff', triggers: ['pass*', 'send*', 'sent', 'kick*', 'bump*', 'refer*'], regex: String.raw`(?:pass(?:ed|ing|es)?|sen(?:d|t|ding|ds)|kick(?:ed|ing|s)?|bump(?:ed|ing|s)?|refer(?:s|red|ring)?)\s+${OBJ}\s+(?:(?:on|over|along)(?=\s*(?:[.!,;…]|$)|\s+(?:internally|now|today)\b)|upstairs|upwards?|up\s+the\s+(?:line|chain|ladder)|higher\s+up)` },
  // "I'll loop in another team", "we've looped the billing team in".
  { name: 'loop-in', messageId: 'handoff', triggers: ['loop*'], regex: String.raw`loop(?:ed|ing|s)?\s+(?:in\s+(?:another|a|an|the|our|my|someone|somebody|one\s+of)\b|(?:someone|somebody|another|the|a|an|our|my)\s+(?:[\w-]{1,24}\s+){0,2}?in\b)` },
  // "Someone else will deal with it", "another agent will pick this up".
  { name: 'someone-else', messageId: 'handoff', triggers: ['else', 'another', 'other'], regex: String.raw`(?:(?:someone|somebody)\s+else|another\s+(?:agent|colleague|member\s+of\s+(?:staff|the\s+team)|team|department|advis[eo]r|person)|(?:a|the)\s+(?:different|other)\s+(?:agent|team|department|colleague))\s+(?:will|'ll|is\s+going\s+to|should|can|may)\s+(?:\w+\s+)?(?:deal\s+with|handle|look\s+(?:at|into)|pick\s+(?:it|this|that)\s+up|pick\s+up|take\s+(?:it\s+|this\s+)?over|get\s+back\s+to\s+you|be\s+in\s+touch|contact\s+you|help\s+you|sort|take\s+care\s+of)` },
  { name: 'pass-on', messageId: 'handoff', triggers: ['pass*'], regex: String.raw`pass(?:ed|ing|es)?\s+(?:on|over|along)\s+${CASE}\s+to` },
  // raised this with the relevant team (an escalation in other words)
  { name: 'raise-with', messageId: 'handoff', triggers: ['rais*', 'flag*', 'log*'], regex: String.raw`(?:rais(?:e|ed|es|ing)|flag(?:s|ged|ging)?|log(?:s|ged|ging)?)\s+(?:${OBJ}|an?\s+(?:ticket|case|complaint|request|issue))\s+(?:internally\s+)?with\s+(?:the|our|a|an|another|my)\s+(?:[\w-]{1,24}\s+){0,2}(?:team|department|dept|colleagues?|manager|supervisor|specialists?|engineers?|office|desk)s?` },
  // put you through, connect you with, hand you over, refer your case to, reassigned, routed
  // "Let me pop you over to a colleague", "I'll move you across to sales".
  { name: 'pop-you-over', messageId: 'handoff', triggers: ['pop*', 'put*', 'mov*', 'switch*', 'send*', 'bump*'], regex: String.raw`(?:pop(?:ping)?|put(?:ting)?|mov(?:e|ing)|switch(?:ing)?|send(?:ing)?|bump(?:ing)?)\s+you\s+(?:over|across|up|along)\s+to` },
  // "I'll get someone from the relevant team to look at this."
  { name: 'get-someone', messageId: 'handoff', triggers: ['get', 'getting'], regex: String.raw`(?:I'll|I\s+will|we'll|we\s+will|let\s+(?:me|us)|I'm\s+going\s+to|we're\s+going\s+to)\s+get\s+(?:someone|somebody|a\s+colleague|one\s+of\s+(?:my|our)\s+colleagues|the\s+(?:relevant|right|appropriate|correct)\s+(?:team|people|person|department))(?:\s+(?:from|in|on)\s+(?:the|our|another|a)\s+(?:[\w-]{1,24}\s+){0,2}?(?:team|department|dept|office))?\s+to\s+(?:look|check|call|contact|get\s+back|review|help|deal|have\s+a\s+look|take\s+a\s+look)` },
  // "Your case is now with another department."
  { name: 'now-with', messageId: 'handoff', triggers: ['department', 'departments', 'team', 'teams', 'dept', 'colleague', 'colleagues', 'hands'], regex: String.raw`(?:${CASE}|it|this|that)\s*(?:is|'s|are)\s+(?:now\s+)?(?:with|in\s+the\s+hands\s+of|sitting\s+with)\s+(?:another|a\s+different|the\s+(?:relevant|appropriate|right|correct)|one\s+of\s+our)\s+(?:team|department|dept|colleague)s?` },
  // "Transferring now.", "Escalating.", "Passed to the team.", "Sent to the relevant department.": the hand-off as a fragment.
  { name: 'bare-handoff', messageId: 'handoff', triggers: ['transfer*', 'escalat*', 'forward*', 'connect*', 'passed', 'sent', 'referred', 'handed', 'passing', 'handing', 'sending'], flags: 'im', regex: String.raw`(?:^|(?<=[.!?:]\s{1,3}))(?:(?:transferring|escalating|forwarding|connecting)(?:\s+(?:you|this|it|your\s+(?:call|case|ticket|query)))?(?:\s+(?:now|over|across|up|on))?|(?:(?:now\s+|been\s+)?(?:escalated|forwarded|transferred|passed\s+on|handed\s+over))(?:\s+(?:now|internally|upwards))?|(?:passing|handing|sending)\s+(?:you\s+|this\s+|it\s+)?(?:on\s+|over\s+|across\s+)?to\s+(?:the|a|an|another|our|my|one\s+of\s+(?:my|our))\s+(?:[\w-]{1,24}\s+){0,2}?(?:team|department|dept|colleagues?|specialists?|manager|supervisor|office|desk)s?|(?:passed|sent|forwarded|escalated|referred|handed)\s+(?:on\s+|over\s+|up\s+)?to\s+(?:the|a|an|another|our)\s+(?:[\w-]{1,24}\s+){0,2}?(?:team|department|dept|colleague|specialists?|manager|supervisor|office|desk)s?)(?=\s*(?:[.!…,]|$))` },
  // "I'll redirect your query", "redirecting your call".
  { name: 'redirect', messageId: 'handoff', triggers: ['redirect*'], regex: String.raw`redirect(?:ing|ed|s)?\s+(?:you|your\s+call|${CASE})` },
  // "I'll get this to the right people", "getting your query over to the team".
  { name: 'get-to-people', messageId: 'handoff', triggers: ['get', 'getting', 'got'], regex: String.raw`get(?:ting)?\s+(?:this|it|that|${CASE})\s+(?:over\s+|across\s+|through\s+)?to\s+(?:the\s+(?:right|relevant|appropriate|correct|proper)\s+(?:people|person|team|department|dept)|another\s+(?:team|department|colleague)|the\s+team)\b` },
  // "I'm moving this to a different queue", "your ticket has been moved to another team".
  { name: 'move-to-queue', messageId: 'handoff', triggers: ['mov*'], regex: String.raw`mov(?:e|ed|es|ing)\s+(?:this|it|that|${CASE})\s+(?:over\s+|across\s+)?(?:in)?to\s+(?:a|an|another|the)\s+(?:(?:different|other|relevant|right|new|separate|specialist)\s+)?(?:queue|team|department|dept|desk|inbox)\b` },
  // "Your case is being handled elsewhere", "this will be dealt with by another team".
  { name: 'handled-elsewhere', messageId: 'handoff', triggers: ['elsewhere', 'another', 'different', 'relevant', 'appropriate', 'other', 'right'], regex: String.raw`(?:${CASE}|it|this|that)\s*(?:is|'s|are|will\s+be|'ll\s+be|has\s+been|have\s+been)\s+(?:now\s+)?(?:being\s+)?(?:handled|dealt\s+with|looked\s+after|managed|processed|picked\s+up)\s+(?:elsewhere|by\s+(?:another|a\s+different|the\s+(?:relevant|appropriate|other|right))\s+(?:team|department|dept|office|desk|colleague))\b` },
  { name: 'put-through', messageId: 'handoff', triggers: ['put*'], regex: String.raw`put(?:ting)?\s+you\s+through` },
  { name: 'connect', messageId: 'handoff', triggers: ['connect*'], regex: String.raw`connect(?:ing|ed)?\s+you\s+(?:to|with)|connect(?:ing)?\s+you(?:\s+(?:now|through|across))?(?=\s*(?:[.!,;…]|$))` },
  { name: 'hand-over', messageId: 'handoff', triggers: ['hand*'], regex: String.raw`hand(?:ing|ed|s)?\s+${OBJ}\s+(?:over|off|on)|hand(?:ing|ed|s)?\s+(?:over|off)\s+${OBJ}` },
  { name: 'hand-to', messageId: 'handoff', triggers: ['hand*'], regex: String.raw`hand(?:ing|ed|s)?\s+(?:you|${CASE})\s+to\s+(?:another|a|an|the|our|my|one\s+of|[A-Z][\w-]*)` },
  { name: 'refer', messageId: 'handoff', triggers: ['refer*'], regex: String.raw`refer(?:s|r(?:ing|ed))?\s+${OBJ}\s+(?:on\s+|over\s+|up\s+|back\s+)?to\s+(?!(?:you|your|yourself)\b)(?:another|a|an|the|our|my|one\s+of|head|senior|management|[A-Z][\w-]*)` },
  { name: 'reroute', messageId: 'handoff', triggers: ['assign*', 'rout*', 'reassign*'], regex: String.raw`(?:re-?assign(?:ed|ing)?|re-?rout(?:ed|ing)|rout(?:ed|ing))\s+(?:\w{1,20}\s+){0,2}(?:to|with)` },
];
for (const e of HANDOFF) e.keep = (hit, reply) => isHandoff(reply, hit.start, hit.end, hit.sentence);
// Looping a colleague in keeps the agent on the case when a purpose follows ("... so I can get you the right
// answer"): that is consulting with a reason, not handing the customer on.
const LOOP_PURPOSE = /\b(?:so\s+(?:that\s+)?(?:I|we|they|he|she|you)|to\s+(?:make\s+sure|help|check|confirm|find|get|double-check)|because|who\s+can)\b/i;
// "Could you tell me which store, so we can get this to the right people?": a purpose for the customer's answer.
for (const e of HANDOFF.filter((h) => h.name === 'get-to-people')) e.keep = (hit, reply) => !hit.sentence.isQuestion && !/\b(?:so\s+(?:that\s+)?(?:we|I)\s+can|to|if|once|when)\s+$/i.test(reply.text.slice(hit.sentence.start, hit.start)) && isHandoff(reply, hit.start, hit.end, hit.sentence);
for (const e of HANDOFF.filter((h) => h.name === 'loop-in')) e.keep = (hit, reply) => isHandoff(reply, hit.start, hit.end, hit.sentence) && !LOOP_PURPOSE.test(reply.text.slice(hit.end, hit.sentence.end));

// Holds: the customer waits, told neither why nor what for. "Can I put you on hold for two minutes while I check
// the stock?" says why.
const HOLD: Entry = {
  name: 'hold', messageId: 'hold', triggers: ['hold', 'holding', 'hang', 'hanging', 'bear', 'moment', 'sec', 'second', 'minute', 'tight', 'stay', 'mind'],
  regex: [
    String.raw`(?:put(?:ting)?|plac(?:e|ing)|pop(?:ping)?|keep(?:ing)?|leav(?:e|ing))\s+(?:you|your\s+call)\s+on\s+(?:a\s+(?:brief|short|quick)\s+)?hold`,
    String.raw`(?:can|could|would|will|may)\s+(?:you|I\s+ask\s+you\s+to)\s+(?:please\s+|just\s+)?(?:hold|hang\s+on|bear\s+with\s+(?:me|us))(?:\s+(?:on|the\s+line|for\s+(?:me|us|a\s+(?:moment|sec|second|minute|bit|mo))|a\s+(?:moment|sec|second|minute|mo)|one\s+(?:moment|sec|second|minute))){0,2}`,
    String.raw`please\s+(?:hold(?:\s+the\s+line)?|hang\s+on|stay\s+on\s+the\s+line|bear\s+with\s+(?:me|us))(?!\s+(?:on\s+to|onto|the\s+(?:door|item|parcel|order|room|booking)))`,
    // "Hold on a sec", "Hang tight"; not "a temporary hold on the card" or "hold on to your receipt".
    String.raw`(?<!\b(?:a|an|the|any|no|your|this|that|temporary|brief|short|quick|security|payment)\s{1,3})(?:hold|hang)\s+(?:on|tight)(?=\s*(?:[.!,;?]|$)|\s+(?:please|a\s+(?:sec|second|moment|minute|mo)|one\s+(?:sec|second|moment|minute)|just\s+a|for\s+(?:me|us|a|one)|while|whilst)\b)(?:\s+(?:a|one|just\s+a)\s+(?:sec|second|moment|minute|mo)|\s+for\s+(?:me|a\s+(?:sec|second|moment|minute|bit)))?`,
    String.raw`(?<!\b(?:have|get|got|spare|had|take|find)\s{1,3})(?:one|just\s+a|a)\s+(?:moment|sec|second|minute|mo),?\s+please`,
    String.raw`(?:would|do)\s+you\s+mind\s+(?:holding|hanging\s+on|waiting\s+on\s+the\s+line)`,
    // "Hold the line, please."
    String.raw`(?<!\b(?:to|can|could|will|would|if\s+you)\s{1,3})hold\s+the\s+line(?=\s*(?:[.!;…]|$)|,?\s+please)`,
  ].join('|'),
  keep: (hit, reply) => {
    // "Hold on to your receipt", "hold tight, it's on its way" (reassurance about a delivery, not a phone hold).
    if (/^hold\s+on\b/i.test(hit.text) && /^\s+(?:to|onto)\b/i.test(reply.text.slice(hit.end, hit.end + 6))) return false;
    return !HOLD_REASON.test(textAfter(reply, hit.sentence, hit.start)) && !HOLD_REASON.test(reply.text.slice(hit.sentence.start, hit.start));
  },
};
const HOLD_REASON = /\b(?:while\s+(?:I|we)|so\s+(?:that\s+)?(?:I|we)\s+can|(?:I|we)(?:'ll|\s+will|'m\s+going\s+to|\s+need\s+to|'m\s+just|\s+just\s+need\s+to|'m)\s+(?:just\s+)?(?:check|look|find|get|pull|confirm|speak|ask|review|read|grab|fetch|see|checking|looking|pulling|getting|reading|speaking|asking|transfer|connect)\w*|to\s+(?:check|look|see|find|get|pull|confirm|speak|ask|review|read|grab|fetch)|as\s+(?:I|we)\s+\w+|because|transferr?\w*|connect\w*|put\w*\s+you\s+through)\b/i;

// Where a customer is sent to start again: one of our lines, teams or offices, a store, or just "elsewhere".
const PLACE = String.raw`(?:team|department|dept|line|helpline|hotline|desk|office|group|centre|center|number|reps|representatives|specialists?|store|shop|branch|dealer|retailer|seller|support|folks|people|unit)s?`;
const DEST = String.raw`(?:(?:our|the|your\s+(?:local|nearest)|your|a|another|one\s+of\s+our)\s+)?(?:[\w&'-]{1,24}\s+){0,3}?${PLACE}`;
const GO = String.raw`(?:hang\s+up\s+and\s+)?(?:call|ring|phone|dial|contact|email|e-mail|message|visit|go\s+(?:in)?to|pop\s+into|speak\s+(?:to|with)|talk\s+to|get\s+in\s+touch\s+with|reach\s+out\s+to|reach|write\s+to|try)`;
const GOING = String.raw`(?:calling|ringing|phoning|contacting|emailing|visiting|going\s+to|speaking\s+(?:to|with)|talking\s+to|getting\s+in\s+touch\s+with|reaching\s+out\s+to)`;
const SEND_WORDS = ['call*', 'ring*', 'phon*', 'dial*', 'contact*', 'email*', 'e', 'messag*', 'visit*', 'go*', 'pop', 'speak*', 'talk*', 'get*', 'reach*', 'write', 'try'];
const SEND_AWAY: Entry[] = [
  { name: 'need-to-call', regex: String.raw`(?:you'll|you\s+will|you'd|you\s+would|you)\s+(?:(?:just|first|then|now|also)\s+)?(?:need|have)\s+to\s+(?:(?:first|then|please)\s+)?${GO}\s+${DEST}` },
  { name: 'you-should-call', regex: String.raw`you\s+(?:should|ought\s+to)\s+(?:(?:just|first|then|now|also|really)\s+)?${GO}\s+${DEST}` },
  { name: 'please-call', regex: String.raw`please,?\s+(?:(?:just|then|first)\s+)?${GO}\s+${DEST}` },
  { name: 'suggest-calling', regex: String.raw`(?:we|I)(?:\s+would|'d)?\s+(?:suggest|recommend|advise)(?:\s+that)?\s+(?:you\s+)?(?:to\s+)?(?:${GO}|${GOING})\s+${DEST}` },
  { name: 'hang-up', triggers: ['hang'], regex: String.raw`hang\s+up\s+and\s+(?:call|ring|dial|phone|try)` },
  { name: 'wrong-number', triggers: ['wrong'], regex: String.raw`(?:you've|you\s+have|you\s+seem\s+to\s+have)\s+(?:called|reached|rung|phoned|contacted|come\s+(?:through\s+)?to|emailed|messaged|been\s+put\s+through\s+to)\s+the\s+wrong\s+(?:number|department|team|line|place|person|people|store|branch|office|desk)` },
  { name: 'call-back-and-ask', triggers: ['call*'], regex: String.raw`(?:try\s+)?call(?:ing)?\s+(?:us\s+)?back\s+(?:later\s+)?and\s+ask(?:ing)?\s+(?:for|to\s+speak)` },
  // "Our customer service reps at 800-... should be able to assist with that": a number given instead of help.
  { name: 'number-instead', triggers: ['help', 'assist', 'sort', 'deal'], regex: String.raw`${DEST}\s+(?:at|on)\s+[+(\d][\d\s().-]{5,20}[\s\u200B]{0,3}(?:should|will|can|would|could)\s+(?:be\s+able\s+to\s+)?(?:help|assist|sort|deal)` },
].map((e): Entry => ({ triggers: SEND_WORDS, ...e, regex: tight(e.regex), messageId: 'send-away', keep: (hit, reply) => sendsAway(hit, reply) }));

// Consulting someone: "I need to check with engineering", "let me ask my manager".
const WHO_CONSULTED = String.raw`(?:(?:my|our|the|a)\s+(?:[\w-]{1,24}\s+){0,2}?(?:manager|supervisor|team|colleagues?|engineers?|engineering|boss|lead|leader|specialists?|department|office|warehouse|kitchen|chef|store|branch|back\s+office|head\s+office|management|technicians?|developers?|IT|billing|finance|accounts|legal|partner|supplier)s?|engineering|management|billing|finance|accounts|legal|IT|someone|somebody|a\s+colleague|head\s+office)`;
const CONSULT: Entry = {
  name: 'consult', messageId: 'consult', triggers: ['check*', 'ask*', 'speak*', 'talk*', 'consult*', 'confer*', 'run', 'clear', 'liais*'],
  regex: [
    String.raw`(?:I|we)(?:'ll|\s+will|'d|\s+would)?\s+(?:(?:just|first|still)\s+)?(?:need|have|'ll\s+need|'ll\s+have|will\s+need|will\s+have|must)\s+to\s+(?:check|confirm|speak|talk|consult|confer|ask|run\s+(?:it|this|that)\s+by|clear\s+(?:it|this|that)|liaise|double-check)(?:\s+(?:with|to))?\s+${WHO_CONSULTED}`,
    String.raw`let\s+(?:me|us)\s+(?:just\s+|quickly\s+)?(?:check|confirm|speak|talk|consult|confer|ask|run\s+(?:it|this|that)\s+by|double-check|liaise)(?:\s+(?:with|to))?\s+${WHO_CONSULTED}`,
    String.raw`(?:I'm|I\s+am|we're|we\s+are)\s+(?:just\s+)?(?:checking|speaking|talking|consulting|conferring|liaising)\s+(?:with|to)\s+${WHO_CONSULTED}`,
  ].join('|'),
  keep: (hit, reply) => !WHAT_NEXT.test(textAfter(reply, hit.sentence, hit.end)) && !/\b(?:if|whether|once|after)\b[^.!?]*$/i.test(reply.text.slice(hit.sentence.start, hit.start)),
};
// What happens next after consulting: a reply, an update, a call back, a time.
const WHAT_NEXT = /\b(?:(?:I|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+shall)\s+(?:\w+\s+){0,2}?(?:get\s+back|come\s+back|reply|respond|update|let\s+you\s+know|call|ring|phone|email|message|text|be\s+in\s+touch|follow\s+up|report\s+back|confirm|send|tell|write)|(?:and|then)\s+(?:I'll\s+|we'll\s+)?(?:get\s+back|come\s+back|reply|respond|update\s+you|let\s+you\s+know|call\s+you|ring\s+you|email\s+you|message\s+you|report\s+back|confirm|be\s+(?:right\s+)?back)|(?:they|he|she|someone|the\s+\w+)(?:'ll|\s+will)\s+(?:\w+\s+)?(?:call|ring|phone|email|contact|get\s+back|be\s+in\s+touch|reply|message|text|update)|\bby\s+(?:\d|noon|midday|tonight|tomorrow|today|the\s+end|end\s+of|close|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunch)|\bwithin\s+(?:\d|an?\s|the\s+(?:hour|day))|\b(?:shortly|in\s+a\s+(?:moment|minute|few|bit|sec))|\bback\s+(?:to\s+you\s+)?(?:today|tomorrow|soon|shortly|in))\b/i;

// Not a hand-off: money, data, bookings, numbers move; "look forward to"; transfers to the customer.
const NOT_A_HANDOFF = /\b(?:feedback|comments?|compliments?|kind\s+words|thanks|praise|suggestions?|ideas?|shout-?outs?|reviews?|details|information|info|money|funds?|payments?|balance|points?|miles|credits?|refunds?|amount|deposit|£|\$|€|data|progress|save|saves|booking|bookings|reservation|ticket\s+to\s+(?:a|another)\s+(?:date|flight|show)|number|numbers|licen[cs]e|domain|ownership|subscription|contacts|photos|files|pictures|music|messages\s+to\s+(?:your|the)\s+new|stock|shares|title|warranty|voucher|gift\s+card|prescription)\b/i;
// Feedback and praise passed on are not the customer handed off (a feedback black hole is robotic-script's).
const FEEDBACK = /\b(?:feedback|comments?|compliments?|kind\s+words|thanks|praise|suggestions?|ideas?|shout-?outs?|reviews?)\b/i;
const GOODS = /\b(?:parcels?|packages?|orders?|purchases?|items?|goods|keys?|deliver(?:y|ies)|shipments?|consignments?|letters?|cards?|documents?|paperwork|devices?|phones?|laptops?|cars?|vehicles?|boxes|box|returns?|products?|stock|samples?|equipment|luggage|bags?|suitcases?)\b/i;
const CASE_WORD = /\b(?:tickets?|cases?|quer(?:y|ies)|complaints?|requests?|enquir(?:y|ies)|inquir(?:y|ies)|issues?|problems?|claims?|e-?mails?|messages?|questions?|concerns?|calls?|chats?)\b/i;
const TO_CUSTOMER = /^\s*(?:on\s+|over\s+|along\s+|back\s+)?to\s+(?:you|your|yourself|me|us)\b/i;

// WHO: a named person, a role, or a specific team ("our billing team", not "the relevant team").
const ROLE = /\b(?:specialists?|engineers?|technicians?|experts?|supervisors?|managers?|team\s+(?:leader|lead)s?|coordinators?|co-ordinators?|nurses?|doctors?|GP|pharmacists?|underwriters?|adjusters?|assessors?|handlers?|case\s*workers?|caseworkers?|accountants?|consultants?|developers?|devs?|analysts?|surveyors?|inspectors?|installers?|mechanics?|lawyers?|solicitors?|dietitians?|therapists?|clinicians?|dentists?|vets?|chef|sommelier|concierge|dispatchers?|planners?|controllers?|officers?|administrators?|admins?|producers?|editors?|agronomists?|physios?|physiotherapists?|opticians?|radiographers?|midwi(?:fe|ves)|paramedics?|receptionists?|landlords?|caretakers?|janitors?|electricians?|plumbers?|couriers?\s+manager)\b/i;
// "<something> team/department/desk" names a team unless the something is vague ("the relevant team").
const TEAM = /\b([A-Za-z][\w-]*)\s+(?:team|teams|department|departments|dept|desk|unit|office|crew|staff|squad|group|division|colleagues?|people|folks)\b/gi;
const VAGUE_TEAM = /^(?:relevant|appropriate|right|correct|responsible|concerned|another|other|different|respective|proper|dedicated|internal|head|back|main|central|our|the|a|an|that|this|your|my|their|same|wider|whole|specialist|support|service|services|care|customer|helpdesk|help|escalations?|senior|higher|next|separate|specific|certain|some|relevant|applicable)$/i;
// A capitalized name right after the destination word ("to Dana", "with Tom Reid"), not a sentence start.
const NAMED = /\b(?:to|with|over\s+to|colleague|through\s+to)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/;
const NOT_A_NAME = /^(?:I|The|Our|A|An|Another|Your|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Head|Customer|Support|Team|Relevant|Someone)\b/;

// WHY: what the other person can do that helps.
const WHY = new RegExp(
  [
    String.raw`\b(?:who|they|he|she|which|that\s+team)(?:'ll|'re|'s)?\s+(?:\w+\s+)?(?:can|could|is\s+able\s+to|are\s+able\s+to|will\s+be\s+able\s+to|has\s+(?:the\s+)?(?:access|authority|tools|power|permission)|have\s+(?:the\s+)?(?:access|authority|tools|power|permission)|specialis|specializ|handles?|deals?\s+with|looks?\s+after|manages?|is\s+responsible|are\s+responsible|knows?|own|owns|approve|approves|sorts?\s+out)`,
    String.raw`\b(?:who|they|he|she)(?:'ll|\s+will|\s+would|\s+should)\s+(?:\w+\s+)?(?:fix|refund|reroute|re-route|resend|re-send|reset|repair|replace|rebook|re-book|reissue|re-issue|issue|approve|arrange|unlock|restore|recover|retrieve|cancel|correct|amend|adjust|waive|credit|process|expedite|prioriti[sz]e|authori[sz]e|investigate|diagnose|trace|track\s+down|locate|release|reinstate|reconnect|sort|resolve|deliver|collect|install|book|update\s+your|change|move|swap|check\s+(?:the|your)|look\s+into|review\s+(?:the|your)|assess|examine|inspect|test|confirm\s+(?:the|your))`,
    String.raw`\b(?:because|since\s+(?:they|he|she|that|the|our)|(?:since|as)\s+(?:we|I)\s+(?:only\s+)?(?:handle|deal\s+with|cover|look\s+after|support|don't|do\s+not|can't|cannot|aren't|are\s+not|'re\s+not|am\s+not)|as\s+(?:they|he|she)\s+(?:can|are|is|have|has|handle|deal|specialis|specializ|look\s+after|manage)|so\s+(?:that\s+)?(?:they|he|she|we|you|it|the)|in\s+order\s+to|to\s+help\s+(?:you|with)|who\s+specialis|who\s+specializ)\b`,
    String.raw`\bwhere\s+(?:\w+\s+){0,3}?(?:can|will|could)\b|\b(?:an?|the|our|their)\s+(?:\w+\s+)?(?:engineer|specialist|advis[eo]r|agent|colleague|expert|technician|nurse|doctor|manager|pharmacist|team)s?\s+(?:there\s+)?(?:can|will\s+be\s+able\s+to|is\s+able\s+to|are\s+able\s+to)\b`,
    String.raw`\b(?:to|and)\s+(?:get\s+(?:this|it|your\s+\w+)\s+(?:fixed|sorted|resolved)|fix|refund|reroute|re-route|resend|reset|repair|replace|rebook|reissue|approve|arrange|unlock|restore|recover|cancel|correct|amend|waive|expedite|authori[sz]e|investigate|diagnose|trace|locate|release|reinstate|reconnect|sort\s+(?:this|it|out)|resolve|check\s+(?:the|your)|look\s+into)\b`,
  ].join('|'),
  'i',
);


/** A send-away is explained when the agent makes the hand-off, or WHY the place can act is given (same or next sentence). */
function sendsAway(hit: PhraseHit, reply: Reply): boolean {
  const head = reply.text.slice(hit.sentence.start, hit.start);
  if (/\b(?:don't|do\s+not|won't|will\s+not|no\s+need|never|not)\s+(?:\w+\s+){0,2}$/i.test(head)) return false;
  // "If you'd rather, you can ...": a choice, not a send-away.
  if (/\bif\s+you(?:'d|\s+would)?\s+(?:prefer|rather|like|wish|want)\b/i.test(hit.sentence.text) && !/\bspeak\s+to\s+someone\b/i.test(hit.sentence.text)) return false;
  // The destination: our own team in general ("our team", "our support team") is us, on another channel.
  const dest = /\b(?:our|my|the|your|an?|another)\b(?![\s\S]*\b(?:our|my|the|your|an?|another)\b)[\s\S]*$/i.exec(hit.text)?.[0] ?? hit.text;
  if (/^(?:our|my|the)\s+(?:(?:customer\s+)?(?:support|service|services|care|social(?:\s+media)?|help|helpdesk|chat|online|email)\s+)?(?:team|department|folks|people)s?$/i.test(dest)) return false;
  const window = explanationWindow(reply, hit.sentence);
  if (AGENT_HANDS_OFF.test(window)) return false;
  const vague = /\b(?:another|other|different|relevant|right|correct|appropriate|wrong)\b/i.test(dest) || /wrong/i.test(hit.text);
  return vague || !WHY.test(textAfter(reply, hit.sentence, hit.start).replace(/\b(?:should|will|can|would|could)\s+(?:be\s+able\s+to\s+)?(?:help|assist)\b[^.!?]*/gi, ''));
}
/** The agent makes the hand-off: "I've told them you're calling", "they're expecting your call". */
const AGENT_HANDS_OFF = /\b(?:I've|I\s+have|we've|we\s+have|I'll|we'll|I\s+will|we\s+will|I'm|we're)\s+(?:already\s+|also\s+|just\s+)?(?:told|let|warned|briefed|informed|passed|sent|forwarded|given|shared|emailed|called|contacted|rung|messaged|explained|booked|arranged|asked)\b[^.!?]{0,40}?\b(?:them|they|him|her|the\s+\w+|your\s+(?:details|case|notes))\b|\bexpecting\s+(?:your|you)\b/i;

const MESSAGES: Record<Id, string> = {
  handoff: 'This hands the customer off without saying {{missing}}.',
  hold: 'This puts the customer on hold without saying why or for how long.',
  'send-away': 'This sends the customer elsewhere to start again ("{{text}}"). Make the hand-off yourself, or say who there can help and why.',
  consult: 'This says you are checking with someone but not what happens next ("{{text}}").',
};
const ADVICE: Record<Id, string> = {
  handoff: 'Say who will help and why: "I\'m transferring you to our ___ specialist, who can ___." Name the person or team and what they can do that you cannot.',
  hold: 'Say why and for how long: "Can I put you on hold for two minutes while I check the warehouse stock?"',
  'send-away': 'Do the hand-off yourself, or say why that place can act: "Call the store on 555-0100: they hold your deposit, and I\'ve told them you\'re calling."',
  consult: 'Say what happens next and when: "I\'m checking with engineering and will reply by 3pm with what they say."',
};

const EXAMPLES = {
  bad: [
    'Please hold while we transfer you.',
    'You are getting transferred.',
    "I'm forwarding your ticket to another department.",
    "I'll pass this on to the relevant team.",
    'Your case has been escalated.',
    'I’ve forwarded your email to the relevant team, and they will contact you in due course.',
    "I'm going to transfer you now, please hold.",
    'I have escalated your complaint to head office.',
    "I'll hand you over to a colleague.",
    'Your query has been passed to another team.',
    'I will transfer you to the seat selection desk for the seat selection.',
    "I'm putting you through to another department now.",
    'I have referred your case to the appropriate team, who will be in touch.',
    'Your call will be transferred shortly.',
    'I have escalated this internally.',
    'I’ve passed your complaint on to our team.',
    'Your issue has been passed on.',
    'I’ve referred this to head office.',
    'I have handed your complaint to a colleague.',
    // catalog 2: holds with no reason
    "I'm putting you on hold.",
    'Can you hold for me?',
    'Let me place you on hold.',
    'Hang on a sec.',
    'Please hold the line.',
    // catalog 2: send-aways
    "You'll need to hang up and call our billing line.",
    'Please ring our customer services line and explain the problem to them.',
    'Contact the store where you bought it. You will need to contact the store where you bought it.',
    "Sorry, you've called the wrong number.",
    'We recommend that you contact our Aftercare team on 0800 000 000.',
    'Please reach our Mortgages department at 0300 000 000.',
    // catalog 2: consulting with no word on what happens next
    'I need to ask our engineers first.',
    'Let me ask my supervisor.',
    'I will have to run this by my manager.',
    'We have forwarded your details to our claims team.',
  ],
  good: [
    "I'm transferring you to Dana, our billing specialist, who can refund the charge directly.",
    "I've escalated this to our shipping team because they can reroute the parcel before it leaves the depot.",
    'I’m transferring you to Gemma, our referrals coordinator, because she can resend the letter while you wait.',
    'I’ve passed your case to Tom Reid, our loss adjuster. He can approve the repair on the day.',
    'The refund will be transferred to your card within three days.',
    'Your train-to-ferry transfer is 45 minutes.',
    'I’ve added the airport transfer you asked for.',
    'You can transfer your number to the new phone in the app.',
    'Points cannot be transferred between members.',
    'Your saved progress transfers to the new console automatically.',
    'Your booking has been transferred to the 14th at no extra cost.',
    'I’ve transferred the data from your old account to the new one.',
    'We look forward to seeing you on Friday.',
    'Please pass them my details and I will deal with them.',
    "I've forwarded you the receipt.",
    'I’ve escalated this to our network engineers so they can fix the fault in your street today.',
    'I’m putting you through to our billing team, who can change your payment date.',
    'Your parcel was handed over to the courier this morning.',
    'We’ll refer this to our wireless team, since we only handle broadband accounts.',
    // catalog 2 near-misses
    'Can I put you on hold for two minutes while I check the warehouse stock?',
    'Please hold on to your receipt until the refund arrives.',
    'The bank has put a short hold on the payment until it clears on Monday.',
    'Call the store on 555-0100: they hold your deposit, and I’ve told them you’re calling.',
    'I need to check with engineering, and I’ll reply by 3 pm with what they say.',
    'Let me ask my supervisor and get back to you within the hour.',
    'You don’t need to call anyone else; I’ve sorted it from here.',
    'If you have any other questions, please contact our team at help@example.com.',
    'Please call our repairs line on 0800 000 000, where an engineer can book your visit straight away.',
    'I’ve transferred the £20 to your account.',
    'Your order has been passed to the courier for delivery tomorrow.',
  ],
};

// Every reading looks at most WINDOW characters from the phrase.
const TABLE: Entry[] = [...HANDOFF, HOLD, ...SEND_AWAY, CONSULT];
for (const e of TABLE) if (e.keep) e.keep = windowed(e.keep);

export default definePhraseRule({
  meta: {
    id: 'unexplained-transfer',
    description: 'Hands the customer on (transfer, hold, "call this other number", "let me check with ...") without saying who will help and why',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    messages: MESSAGES,
    docs: {
      why:
        'Being passed on feels like being got rid of: the customer has to start again with a stranger and has no idea ' +
        'whether it will help. Holds with no reason, "hang up and call this other number" and "let me check with my ' +
        'manager" with no word on what happens next feel the same. One extra clause changes that: say who they are ' +
        'going to and what that person can do that you cannot ("our billing specialist, who can refund the charge ' +
        'directly"), why you need them to hold, or when you will come back. Moving money, data or a booking is not a ' +
        'hand-off.',
      seeds: ['000 "Deal directly and don\'t hand them off"', '003 Complaint handling: "Transfer them but explain why"'],
    },
    examples: EXAMPLES,
  },
  table: TABLE,
  tableOptions: { overlaps: 'all' },
  report(hits, reply, context) {
    let reach = -1;
    const handoffSentences = new Set<number>();
    for (const hit of hits) {
      const id = (hit.entry as unknown as Entry).messageId;
      let start = hit.start;
      let end = hit.end;
      const data: Record<string, string> = { text: hit.text };
      if (id === 'handoff') {
        // One report per sentence, at the hand-off clause, when who or why is missing.
        if (handoffSentences.has(hit.sentence.index)) continue;
        handoffSentences.add(hit.sentence.index);
        const window = explanationWindow(reply, hit.sentence);
        const who = namesWho(window);
        const why = WHY.test(window.replace(/\btransferr?(?:ing|ed)?\s+you\s+to\b|\bput(?:ting)?\s+you\s+through\s+to\b/gi, ''));
        if (who && why) continue;
        data.missing = !who && !why ? 'who will help and why' : !who ? 'who will help' : 'why this helps';
        [start, end] = clauseSpan(reply, hit.sentence, hit.start);
      } else if (id === 'send-away') {
        end = Math.max(end, phraseEnd(reply, hit.sentence, hit.end));
        data.text = reply.text.slice(start, end);
      }
      // Hits come in reading order: one that starts inside the last report overlaps it.
      if (start < reach) continue;
      reach = end;
      context.report({ messageId: id, data, start, end, suggestions: [{ desc: ADVICE[id] }] });
    }
  },
});

/** A send-away runs to the end of its clause (the number or address after it stays out). */
function phraseEnd(reply: Reply, sentence: Sentence, from: number): number {
  const rest = reply.text.slice(from, Math.min(sentence.end, from + WINDOW));
  const m = /[,;:.!?(]|\s(?:on|at|via|and|but|so|from|between)\s|\s[-–—]\s|\shttps?:/i.exec(rest);
  let end = m ? from + m.index : from + rest.length;
  while (end > from && /\s/.test(reply.text[end - 1]!)) end--;
  return end;
}

/** Excludes transfers of money, data and bookings, transfers to the customer, and "look forward to". */
function isHandoff(reply: Reply, start: number, end: number, sentence: Sentence): boolean {
  const text = reply.text.slice(start, end);
  const before = reply.text.slice(Math.max(sentence.start, start - 40), start);
  const after = reply.text.slice(end, Math.min(sentence.end, end + 40));
  if (/forward/i.test(text) && /\blook(?:ing|s)?\s+$/i.test(before)) return false;
  // "transfer" as a noun ("the airport transfer you asked for") is not the verb: the verb follows a subject,
  // a modal, "to" or "please", or starts the sentence.
  if (/^transfers?\s/i.test(text) && before.trim() && !/(?:^|\b)(?:we|I|they|he|she|will|'ll|to|can|could|would|shall|may|might|must|please|now|just|then|and|let|me|us|I'm|we're|going\s+to)\s*$/i.test(before)) return false;
  if (/forward(?:ing|ed|s)?\s+you\b/i.test(text)) return false; // "forwarded you the receipt": to the customer
  if (TO_CUSTOMER.test(after) || (/\bto$/i.test(text) && /^\s*(?:you|your|yourself|me|us)\b/i.test(after))) return false;
  if (/transfer|forward|pass|rout|sen[dt]|hand|moved/i.test(text)) {
    // What moves? Look at the subject (passives) and the object.
    const around = (/(?:be|been|being|get|getting|got|gets|was|were|is|are)\s+(?:\w+\s+)?(?:transferred|forwarded|passed|handed|sent|moved|routed)/i.test(text) ? before.slice(-30) : '') + text + after.slice(0, 12);
    // "forwarded your details to our claims team" hands the case on; "transferred your details to the new account" moves data.
    const toPeople = /\b(?:to|with)\s+(?:the|our|a|an|another|my)\s+(?:[\w-]+\s+){0,2}?(?:team|department|dept|colleagues?|specialists?|manager|supervisor|engineers?|office|desk)s?\b/i.test(text.slice(-6) + after);
    if (FEEDBACK.test(around)) return false;
    if (NOT_A_HANDOFF.test(around) && !(toPeople && /\b(?:details|information|info)\b/i.test(around)) && !/\b(?:you|your\s+(?:call|case|ticket|query|complaint|chat))\b/i.test(before.slice(-20) + text)) return false;
    // Goods change hands too: "your parcel was handed over to the courier", "the keys were handed over".
    if (GOODS.test(around) && !CASE_WORD.test(around) && !/\byou\b/i.test(before.slice(-20) + text)) return false;
  }
  // Passing on feedback or praise is not handing the customer off: "Thanks for the kind words! I'll pass this on."
  const prev = reply.sentences[sentence.index - 1];
  const lead = (prev && prev.paragraph === sentence.paragraph ? prev.text : '') + ' ' + reply.text.slice(sentence.start, start);
  if (/\b(?:feedback|shout-?out|kind\s+words|compliments?|suggestions?|ideas?|praise|lovely\s+(?:message|words)|nice\s+words|thanks\s+for\s+(?:sharing|letting\s+us\s+know\s+how|the\s+(?:love|support)))\b/i.test(lead) && /^(?:pass|forward)/i.test(text) && /\s(?:this|it|that|them)\b/i.test(text)) return false;
  // Asking permission to share details ("would it be OK to pass your details to our supplier?") is not a hand-off.
  if (sentence.isQuestion && /\b(?:would|is|will)\s+it\s+be\s+(?:ok|okay|alright|all\s+right|fine)\b|\b(?:can|may|could)\s+(?:we|I)\b/i.test(reply.text.slice(sentence.start, start))) return false;
  if (/transferred/i.test(text) && !/\byou\b|\b(?:call|case|ticket|query|complaint|chat|enquiry|inquiry|request|issue|email)\b/i.test(before.slice(-30) + text)) return false;
  return true;
}

/**
 * The hand-off sentence with its neighbours in the same paragraph: the explanation may follow ("She can approve
 * it today.") or come just before ("Dana in billing can refund this. I'm putting you through now.").
 */
function explanationWindow(reply: Reply, sentence: Sentence): string {
  const prev = reply.sentences[sentence.index - 1];
  const next = reply.sentences[sentence.index + 1];
  const start = prev && prev.paragraph === sentence.paragraph ? Math.max(prev.start, prev.end - WINDOW) : sentence.start;
  const end = next && next.paragraph === sentence.paragraph ? Math.min(next.end, next.start + WINDOW) : sentence.end;
  return reply.text.slice(Math.max(start, sentence.start - WINDOW), Math.min(end, sentence.end + WINDOW));
}

function namesWho(text: string): boolean {
  if (ROLE.test(text)) return true;
  for (const m of text.matchAll(TEAM)) {
    if (!VAGUE_TEAM.test(m[1]!)) return true;
    if (/^(?:support|service)$/i.test(m[1]!) && /\b(?:technical|tech|IT|billing|product|network)\s+(?:support|service)\s+\w+$/i.test(text.slice(0, m.index! + m[0].length))) return true;
  }
  const name = NAMED.exec(text);
  return Boolean(name && !NOT_A_NAME.test(name[1]!));
}

/** From the clause's subject to its end. */
function clauseSpan(reply: Reply, sentence: Sentence, at: number): [number, number] {
  const before = reply.text.slice(sentence.start, at);
  const breakAt = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '));
  let start = breakAt >= 0 && before.length - breakAt < 40 ? sentence.start + breakAt + 2 : sentence.start;
  if (/^(?:and|but|so|then)\s/i.test(reply.text.slice(start, at))) start = sentence.start;
  let end = sentence.end;
  while (end > start && /[\s.!?,;:]/.test(reply.text[end - 1]!)) end--;
  return [start, end];
}
