// unexplained-transfer: a transfer, forward, escalation or hand-off that does not tell the customer who will
// help them and why that helps ("Please hold while we transfer you", "Your case has been escalated").
//
// A hand-off moves the customer or their case (you, your ticket, this, your call) to other people. Moving money,
// data, a booking or a phone number is not one ("transfer the refund to your card", "airport transfer").
// It is explained when the same sentence or the next one names WHO (a person, a role, a specific team) and WHY
// (who can ..., because ..., so that ..., to <do something>).
import { defineRule } from '../src/rule-api.js';
import { scan } from '../src/nlp/match.js';
import type { Reply, Sentence } from '../src/types.js';

// What is handed off: the customer or their case.
const CASE = String.raw`(?:your\s+|the\s+|this\s+|that\s+)?(?:(?:[\w-]+\s+)?(?:ticket|case|call|chat|query|queries|request|complaint|enquiry|inquiry|issue|problem|email|e-mail|message|question|concern|claim|account\s+issue|conversation|file|report|matter|situation)s?)`;
const OBJ = String.raw`(?:you|this|it|that|them|${CASE})`;
const DEST = String.raw`(?:to|with|over\s+to|on\s+to|onto|along\s+to|through\s+to|up\s+to)`;

const HANDOFF = new RegExp(
  [
    // transfer you / transfer your call / be transferred / get transferred / transferring you now
    String.raw`\btransferr?(?:ing|ed|s)?\s+${OBJ}\b`,
    String.raw`\b(?:be|been|being|get|getting|got|gets|was|were|is|are)\s+(?:\w+\s+)?transferred\b`,
    // forward(ed) your ticket (on) to ..., your email has been forwarded
    String.raw`\bforward(?:ing|ed|s)?\s+${OBJ}(?:\s+(?:on|over|along))?\s+to\b`,
    String.raw`\b(?:been|be|being|was|were|is|are)\s+(?:\w+\s+)?forwarded\b`,
    // sent your complaint on to ..., sent your query to the billing team
    String.raw`\bsen(?:d|t|ding|ds)\s+${OBJ}\s+(?:on|over|along|through)\s+to\b`,
    String.raw`\bsen(?:d|t|ding|ds)\s+${CASE}\s+to\s+(?:the|our|another|a|an|my)\s+(?:[\w-]+\s+){0,2}(?:team|department|dept|colleague|specialist|manager|supervisor|office|desk)s?\b`,
    // escalate(d) this, has been escalated, raised an escalation
    String.raw`\bescalat(?:e|es|ed|ing)\s+(?:${OBJ}|to|with|internally|further)\b`,
    String.raw`\b(?:been|be|being|was|were|is|are)\s+(?:\w+\s+)?escalated\b`,
    String.raw`\b(?:been|be|being|was|were|is|are)\s+(?:\w+\s+)?(?:passed|handed|referred|sent|moved|reassigned|assigned)\s+(?:on\s+|over\s+|along\s+|up\s+)?to\s+(?:another|a|an|the|our|my|one|\w+\s+(?:team|department))\b`,
    String.raw`\b(?:raised|opened|logged|submitted|made|created)\s+(?:an|a)\s+(?:\w+\s+)?escalation\b`,
    // "Your issue has been passed on", "this has been handed over": the hand-off with no destination at all
    String.raw`\b(?:been|be|being|was|were|is|are)\s+(?:\w+\s+)?(?:passed|handed)\s+(?:on|over|along|up)\b(?!\s+(?:to|with)\s+(?:you|your)\b)`,
    // pass this on to, passed your question to, pass on your query to
    String.raw`\bpass(?:ed|ing|es)?\s+${OBJ}\s+(?:on|over|along|back)?\s*(?:to|with)\b`,
    String.raw`\bpass(?:ed|ing|es)?\s+(?:on|over|along)\s+${CASE}\s+to\b`,
    // raised this with the relevant team (an escalation in other words)
    String.raw`\brais(?:e|ed|es|ing)\s+(?:${OBJ}|an?\s+(?:ticket|case|complaint|request|issue))\s+(?:internally\s+)?with\s+(?:the|our|a|an|another|my)\s+(?:[\w-]+\s+){0,2}(?:team|department|dept|colleagues?|manager|supervisor|specialists?|engineers?|office|desk)s?\b`,
    // put you through, connect you with, hand you over, refer your case to, reassigned, routed
    String.raw`\bput(?:ting)?\s+you\s+through\b`,
    String.raw`\bconnect(?:ing|ed)?\s+you\s+(?:to|with)\b`,
    String.raw`\bhand(?:ing|ed|s)?\s+${OBJ}\s+(?:over|off|on)\b`,
    String.raw`\bhand(?:ing|ed|s)?\s+(?:over|off)\s+${OBJ}\b`,
    String.raw`\bhand(?:ing|ed|s)?\s+(?:you|${CASE})\s+to\s+(?:another|a|an|the|our|my|one\s+of|[A-Z])`,
    String.raw`\brefer(?:s|r(?:ing|ed))?\s+${OBJ}\s+(?:on\s+|over\s+|up\s+|back\s+)?to\s+(?!(?:you|your|yourself)\b)(?:another|a|an|the|our|my|one\s+of|head|senior|management|[A-Z])`,
    String.raw`\b(?:re-?assign(?:ed|ing)?|re-?rout(?:ed|ing)|rout(?:ed|ing))\s+(?:\w+\s+)?(?:to|with)\b`,
  ].join('|'),
  'gi',
);

// Not a hand-off: money, data, bookings, numbers move; "look forward to"; transfers to the customer.
const NOT_A_HANDOFF = /\b(?:feedback|comments?|compliments?|kind\s+words|thanks|praise|suggestions?|ideas?|shout-?outs?|reviews?|details|information|info|money|funds?|payments?|balance|points?|miles|credits?|refunds?|amount|deposit|£|\$|€|data|progress|save|saves|booking|bookings|reservation|ticket\s+to\s+(?:a|another)\s+(?:date|flight|show)|number|numbers|licen[cs]e|domain|ownership|subscription|contacts|photos|files|pictures|music|messages\s+to\s+(?:your|the)\s+new|stock|shares|title|warranty|voucher|gift\s+card|prescription)\b/i;
const GOODS = /\b(?:parcels?|packages?|orders?|items?|goods|keys?|deliver(?:y|ies)|shipments?|consignments?|letters?|cards?|documents?|paperwork|devices?|phones?|laptops?|cars?|vehicles?|boxes|box|returns?|products?|stock|samples?|equipment|luggage|bags?|suitcases?)\b/i;
const CASE_WORD = /\b(?:tickets?|cases?|quer(?:y|ies)|complaints?|requests?|enquir(?:y|ies)|inquir(?:y|ies)|issues?|problems?|claims?|e-?mails?|messages?|questions?|concerns?|calls?|chats?)\b/i;
const TO_CUSTOMER = /^\s*(?:on\s+|over\s+|along\s+|back\s+)?to\s+(?:you|your|yourself|me|us)\b/i;

// WHO: a named person, a role, or a specific team ("our billing team", not "the relevant team").
const ROLE = /\b(?:specialists?|engineers?|technicians?|experts?|supervisors?|managers?|team\s+(?:leader|lead)s?|coordinators?|co-ordinators?|nurses?|doctors?|GP|pharmacists?|underwriters?|adjusters?|assessors?|handlers?|case\s*workers?|caseworkers?|accountants?|consultants?|developers?|analysts?|surveyors?|inspectors?|installers?|mechanics?|lawyers?|solicitors?|dietitians?|therapists?|clinicians?|dentists?|vets?|chef|sommelier|concierge|dispatchers?|planners?|controllers?|officers?|administrators?|admins?|producers?|editors?|agronomists?|physios?|physiotherapists?|opticians?|radiographers?|midwi(?:fe|ves)|paramedics?|receptionists?|landlords?|caretakers?|janitors?|electricians?|plumbers?|couriers?\s+manager)\b/i;
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
    String.raw`\b(?:to|and)\s+(?:get\s+(?:this|it|your\s+\w+)\s+(?:fixed|sorted|resolved)|fix|refund|reroute|re-route|resend|reset|repair|replace|rebook|reissue|approve|arrange|unlock|restore|recover|cancel|correct|amend|waive|expedite|authori[sz]e|investigate|diagnose|trace|locate|release|reinstate|reconnect|sort\s+(?:this|it|out)|resolve|check\s+(?:the|your)|look\s+into)\b`,
  ].join('|'),
  'i',
);

export default defineRule({
  meta: {
    id: 'unexplained-transfer',
    description: 'Transfer, forward or escalation without saying to whom and why it helps',
    family: 'phrase',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      why:
        'Being passed on feels like being got rid of: the customer has to start again with a stranger and has no idea ' +
        'whether it will help. One extra clause changes that: say who they are going to and what that person can do ' +
        'that you cannot ("our billing specialist, who can refund the charge directly").',
      seeds: ['000 "Deal directly and don\'t hand them off"', '003 Complaint handling: "Transfer them but explain why"'],
    },
    examples: {
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
        "Your call will be transferred shortly.",
        'I have escalated this internally.',
        'I’ve passed your complaint on to our team.',
        'Your issue has been passed on.',
        'I’ve referred this to head office.',
        'I have handed your complaint to a colleague.',
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
      ],
    },
  },
  check(reply, context) {
    const done = new Set<number>();
    for (const hit of scan(reply, HANDOFF)) {
      const { sentence } = hit;
      if (done.has(sentence.index)) continue;
      if (!isHandoff(reply, hit.start, hit.end, sentence)) continue;
      done.add(sentence.index);
      const context2 = explanationWindow(reply, sentence);
      const who = namesWho(context2);
      const why = WHY.test(context2.replace(/\btransferr?(?:ing|ed)?\s+you\s+to\b|\bput(?:ting)?\s+you\s+through\s+to\b/gi, ''));
      if (who && why) continue;
      const missing = !who && !why ? 'who will help and why' : !who ? 'who will help' : 'why this helps';
      const [start, end] = clauseSpan(reply, sentence, hit.start);
      context.report({
        message: `This hands the customer off without saying ${missing}.`,
        start,
        end,
        suggestions: [{
          desc: 'Say who will help and why: "I\'m transferring you to our ___ specialist, who can ___." Name the person or team and what they can do that you cannot.',
        }],
      });
    }
  },
});

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
    if (NOT_A_HANDOFF.test(around) && !/\b(?:you|your\s+(?:call|case|ticket|query|complaint|chat))\b/i.test(before.slice(-20) + text)) return false;
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
  const start = prev && prev.paragraph === sentence.paragraph ? prev.start : sentence.start;
  const end = next && next.paragraph === sentence.paragraph ? next.end : sentence.end;
  return reply.text.slice(start, end);
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
