// robotic-script: hollow script lines and automated-sounding text that tell the customer nobody is really
// listening. Families (entry groups below, each with its own advice):
//   importance  "Your call is very important to us", "Your satisfaction is our top priority"
//   automated   "This is an automated response", "Please do not reply to this email"
//   queue       "We are experiencing a high volume of calls", phone-menu lines ("Please listen closely, as
//               our menu has changed", "the next available agent", "Many questions are answered in our FAQ")
//   stock       stock apologies and pledges ("Please accept our sincerest apologies", "On behalf of the whole
//               company, we apologise", "We take this matter very seriously", "We value your feedback")
//   feedback    feedback black holes ("Your feedback has been passed on to the relevant team") when the reply
//               gives no concrete action or follow-up
//   empathy     canned empathy ("I know just how you feel"; "I completely understand how frustrating this must
//               be, however ..." + a refusal, read by rules/_phrases/but-clause.ts)
//   template    template text left unfilled in a draft ("[customer name]", "(insert product)", "<ORDER NUMBER>",
//               "XXX", "{{ }}"), found by the detector the unfilled-template rule uses in macro files (a reply
//               with a known help desk platform is that rule's business).
// Plain wording, so the words decide; the tagger is asked only to find a concrete action in a reply that
// passes feedback on, and for the rare "but" clause whose words leave it open.
import { definePhraseRule } from '../src/phrases/define.js';
import type { PhraseEntry, PhraseHit } from '../src/phrases/table.js';
import { readButClause } from './_phrases/but-clause.js';
import { verbGroups } from './_structure/verb-groups.js';
import { isAction } from './_structure/actions.js';
import type { Reply } from '../src/types.js';
import { findUnfilledTemplate } from '../src/nlp/unfilled-template.js';
import { tight } from './_phrases/word-bounds.js';

const INTENSIFIER = String.raw`(?:(?:very|really|truly|extremely|incredibly|so|most|always|genuinely|hugely|tremendously|highly|deeply|of\s+the\s+utmost)\s+){0,2}`;
const THING = String.raw`(?:call|calls|business|custom|company|patronage|email|e-mail|message|enquiry|inquiry|query|request|feedback|satisfaction|loyalty|time|patience|opinion|experience|comfort|safety|privacy|security|trust|support|service|care|membership|account|order|purchase|concern|concerns|complaint|case|needs|happiness|continued\s+support|continued\s+custom|continued\s+business|continued\s+loyalty)`;
const PEOPLE = String.raw`(?:customers?|clients?|guests?|members?|patients?|passengers?|users?|shoppers?|subscribers?)`;
const TO_US = String.raw`to\s+(?:us|me|our\s+(?:team|company|business|organi[sz]ation))`;
// The verb after the subject, with or without a space: "Your call is", "You're", "You have always been".
const BE = String.raw`(?:\s+(?:is|are|was|were|remains?|remained|has\s+always\s+been|have\s+always\s+been|will\s+always\s+be)|'s|'re)`;
// Subjects of the importance lines: "your call", "you", "our customers", "customer satisfaction".
const SUBJECT = String.raw`(?:your\s+(?:\w+\s+)?${THING}|you|${PEOPLE}|our\s+${PEOPLE}(?:'\s+${THING})?|(?:customer|client|guest|member|patient|passenger|user)\s+${THING})`;

const ADVICE = {
  importance: 'Show it instead of saying it: answer what they asked, in your own words, and say what you are doing about it.',
  priority: 'Prove it with action: say what you have done for this customer and when.',
  value: 'Say something specific to this customer instead of a stock line.',
  automated: 'Write as a person: say who is answering, and give a way to reply that reaches a human.',
  noReply: 'Let the customer answer the email they got: replies should reach someone who can help.',
  queue: 'Skip the queue announcement: apologise for the wait in your own words and get on with their request.',
  order: 'Give the customer a real time instead of their place in a queue.',
  menu: 'Talk like the person on the line, not the phone menu.',
  stockApology: 'Apologise in your own words, for what went wrong: "I\'m sorry we sent the wrong size."',
  pledge: 'Skip the pledge and show it: say what you are doing about this customer\'s problem.',
  feedback: 'Say who has their feedback and what happens next: "I\'ve logged it with our app team as bug 4411, and I\'ll email you when the fix ships."',
  empathy: 'Say what you understand about their problem, in their words, and what you can do: "I can see the refund still hasn\'t arrived."',
  template: 'Fill in the slot, or use your help desk\'s placeholder that fills itself.',
} as const;

// The agent acting in the rest of the sentence: a pledge followed by a fix is not hollow.
const AGENT_NOW = /\b(?:so|and|that's\s+why)\s+(?:I|we)(?:'ve|'ll|'m|\s+have|\s+will|\s+am|\s+are)\b/i;

const IMPORTANCE_TRIGGERS = ['important', 'importance', 'valuable', 'valued', 'paramount', 'precious'];
const QUEUE_TRIGGERS = ['volume', 'volumes', 'demand', 'traffic', 'number', 'numbers', 'level', 'levels', 'amount', 'amounts'];

const ENTRIES: PhraseEntry[] = [
  // --- importance, priority, value
  {
    // "Your call is very important to us", "Your business is important to us", "You are important to us"
    name: 'is-important', messageId: 'script', advice: ADVICE.importance, triggers: IMPORTANCE_TRIGGERS,
    regex: String.raw`${SUBJECT}${BE}\s+${INTENSIFIER}(?:important|valuable|valued|precious|of\s+(?:the\s+)?(?:utmost|great|paramount|high)\s+importance|paramount)\s+${TO_US}`,
  },
  {
    // Any subject, when the line stands alone: "Getting the expected performance from your phone is very
    // important to us." Not "It is important to us that the refund reaches you by Friday".
    name: 'anything-important', messageId: 'script', advice: ADVICE.importance, triggers: ['important'],
    regex: String.raw`(?:is|are|was|were|remains)\s+${INTENSIFIER}(?:important|of\s+(?:the\s+)?(?:utmost|great|paramount)\s+importance|paramount)\s+${TO_US}(?=\s*(?:[.!;]|$|\n))`,
    keep: (hit, reply) => {
      const lead = reply.text.slice(hit.sentence.start, hit.start);
      return !/\b(?:it|this|that|what|which|it's)\s*$/i.test(lead) && /[a-z]/i.test(lead) && !/\?/.test(reply.text.slice(hit.end, hit.sentence.end));
    },
  },
  {
    // "Your call matters to us", "Your custom means a lot to us" (a thank-you for kind words is not a script line)
    name: 'matters', messageId: 'script', advice: ADVICE.importance, triggers: ['matters', 'matter', 'means', 'mean', 'mattered', 'meant'],
    regex: String.raw`(?:${SUBJECT})\s+(?:really\s+|truly\s+|genuinely\s+|always\s+)?(?:matters?|mattered)\s+${TO_US}|your\s+(?:continued\s+)?(?:business|custom|patronage|call|loyalty|satisfaction|membership)\s+(?:really\s+|truly\s+)?(?:means?|meant)\s+(?:a\s+lot|so\s+much|a\s+great\s+deal|everything|the\s+world)\s+${TO_US}|your\s+(?:continued\s+)?(?:business|custom|patronage|call|enquiry|inquiry|query|request|email|message)\s+(?:really\s+|truly\s+)?matters(?=\s*[.!]|\s*$)`,
  },
  {
    // "Your satisfaction is our top priority", "Customer satisfaction is our highest priority"
    name: 'priority', messageId: 'script', advice: ADVICE.priority, triggers: ['priority', 'priorities'],
    regex: String.raw`${SUBJECT}${BE}\s+(?:always\s+)?(?:our|my)\s+(?:(?:top|highest|number\s+one|no\.?\s*1|#1|first|main|utmost|greatest|biggest|absolute|very\s+top|key|primary|overriding|real|number\s+1)\s+){0,2}priorit(?:y|ies)`,
  },
  {
    // "We value your business", "We appreciate your custom", "We value you as a customer"
    name: 'value-your-business', messageId: 'script', advice: ADVICE.value, triggers: ['value', 'appreciate', 'treasure', 'valued', 'appreciated'],
    regex: String.raw`(?:we|I)\s+(?:truly\s+|really\s+|greatly\s+|sincerely\s+|do\s+|always\s+|genuinely\s+)?(?:value|appreciate|treasure|valued|appreciated)\s+(?:your\s+(?:continued\s+|ongoing\s+)?(?:business|custom|patronage|call|company)\b|you\s+as\s+(?:a|our|an)\s+(?:valued\s+|loyal\s+)?${PEOPLE})`,
  },
  // --- automated text
  {
    name: 'automated', messageId: 'script', advice: ADVICE.automated,
    triggers: ['automated', 'automatic', 'automatically', 'auto', 'autogenerated', 'generated', 'monitored', 'unmonitored', 'unattended', 'checked', 'robot', 'bot', 'system', 'computer', 'machine'],
    regex: String.raw`this\s+(?:is\s+|was\s+)?(?:an?\s+)?(?:automated|automatic(?:ally)?(?:[-\s](?:generated|created|sent))?|auto-?(?:generated|created|sent)?|(?:computer|system|machine)[-\s]?generated|system|robot|bot)\s*(?:response|reply|message|email|e-mail|notification|acknowledg(?:e)?ment|confirmation|notice|text|sms)` +
      String.raw`|this\s+(?:email|e-mail|message|reply|response|notification|mailbox|inbox|text|sms|notice|confirmation)\s+(?:is|was|has\s+been)\s+(?:sent\s+)?(?:(?:automatically|auto-?)\s*(?:generated|sent|created)?|(?:generated|sent|created)\s+(?:automatically|by\s+(?:an?\s+|our\s+)?(?:automated\s+)?(?:system|computer|machine|bot)))` +
      String.raw`|(?:this|these)\s+(?:mailbox|inbox|email\s+address|address|account)\s+(?:is|are|was|were|isn't|aren't|wasn't)\s+(?:not\s+)?(?:monitored|unmonitored|unattended|checked)` +
      String.raw`|(?:sent\s+)?from\s+an?\s+(?:unmonitored|unattended|no-?reply|automated|send-?only)\s+(?:e-?mail\s+)?(?:address|mailbox|inbox|account)`,
    // "This mailbox is checked daily": only the negated or "un-" forms say nobody reads it.
    unless: { around: String.raw`\b(?:is|are|was|were)\s+checked\b` },
  },
  {
    name: 'do-not-reply', messageId: 'script', advice: ADVICE.noReply, triggers: ['reply', 'respond', 'replies', 'noreply', 'write'],
    regex: String.raw`(?:please\s+)?(?:do\s+not|don't|dont)\s+(?:directly\s+)?(?:reply|respond|write\s+back)(?:\s+directly)?\s+to\s+this\s+(?:email|e-mail|message|address|mail|notification|text)` +
      String.raw`|replies\s+to\s+this\s+(?:email|e-mail|message|address)\s+(?:are|will|were)\s+not\s+(?:be\s+)?(?:monitored|read|answered)` +
      String.raw`|this\s+is\s+a\s+no-?reply\s+(?:email|address|mailbox)`,
  },
  // --- queue and phone-menu lines
  {
    // "We are experiencing a high volume of calls", "due to high call volumes", "higher than normal demand"
    name: 'high-volume', messageId: 'script', advice: ADVICE.queue, triggers: QUEUE_TRIGGERS,
    regex: String.raw`(?:(?:we|I)\s+(?:are|am|were|was|have\s+been|had\s+been)|we're|I'm|we've\s+been|I've\s+been|currently)\s+(?:currently\s+)?(?:\w+\s+)?(?:experiencing|receiving|seeing|handling|dealing\s+with|getting)` +
      String.raw`\s+(?:an?\s+)?(?:unusually\s+|exceptionally\s+|extremely\s+|very\s+|particularly\s+)?(?:high|higher(?:\s+than\s+(?:normal|usual|average|expected))?|heavy|heavier(?:\s+than\s+(?:normal|usual))?|large|increased|unprecedented|significant|record|peak|huge|greater(?:\s+than\s+(?:normal|usual))?)\s+(?:(?:call|email|chat|contact|message|request|enquiry|inquiry|ticket|customer|traffic)\s+)?(?:volumes?|numbers?|amounts?|levels?|demand|traffic)(?:\s+of\s+(?:calls|emails|chats|requests|enquiries|inquiries|queries|messages|contacts|tickets|customers|orders))?` +
      String.raw`|(?:due\s+to|because\s+of|owing\s+to)\s+(?:an?\s+)?(?:unusually\s+|exceptionally\s+|extremely\s+|very\s+|particularly\s+)?(?:high|higher(?:\s+than\s+(?:normal|usual|average|expected))?|heavy|heavier(?:\s+than\s+(?:normal|usual))?|large|increased|unprecedented|significant|record|peak|huge|greater(?:\s+than\s+(?:normal|usual))?)\s+(?:(?:call|email|chat|contact|message|request|enquiry|inquiry|ticket|customer|traffic)\s+)?(?:volumes?|numbers?|amounts?|levels?|demand|traffic)`,
  },
  {
    // "We are experiencing longer than normal wait times", "responses may be slow"
    name: 'wait-times', messageId: 'script', advice: ADVICE.queue, triggers: ['wait', 'waiting', 'response', 'responses', 'replies', 'reply', 'hold', 'queue', 'times'],
    regex: String.raw`(?:(?:we|I)\s+(?:are|am|were|was|have\s+been|had\s+been)|we're|I'm|we've\s+been)\s+(?:currently\s+)?(?:experiencing|seeing|facing)\s+(?:(?:unusually|exceptionally)\s+)?(?:longer|high(?:er)?|extended|increased|long)(?:[-\s]than[-\s](?:normal|usual|average|expected))?\s+(?:wait(?:ing)?|response|hold|queue|reply)\s+times?` +
      String.raw`|(?:wait(?:ing)?|response|hold|queue|reply)\s+times\s+(?:are|were|may\s+be|might\s+be|could\s+be|will\s+be)\s+(?:currently\s+)?(?:longer|higher|slower)\s+than\s+(?:normal|usual|average|expected)` +
      String.raw`|(?:responses|replies|response\s+times|wait\s+times|our\s+replies)\s+(?:may|might|could|will)\s+be\s+(?:slow|slower|delayed|longer)(?:\s+than\s+(?:normal|usual))?`,
  },
  {
    // "Your request will be handled in the order it was received" (in whatever words the queue is named)
    name: 'order-received', messageId: 'script', advice: ADVICE.order, triggers: ['received', 'receipt', 'arrival', 'served', 'arrive', 'arrives', 'arrived', 'came', 'come', 'sent'],
    regex: String.raw`in\s+the\s+\w+\s+(?:(?:in\s+which\s+)?(?:it|they)\s+(?:was|were|is|are|have\s+been|has\s+been)\s+)?received|in\s+the\s+order\s+(?:(?:in\s+which\s+)?(?:it|they)\s+)?(?:arrive[sd]?|came\s+in|come\s+in|(?:was|were)\s+sent)\b|in\s+order\s+of\s+(?:receipt|arrival)|on\s+a\s+first[- ]come,?\s+first[- ]served\s+basis`,
    keep: (hit, reply) => /\b(?:handled|answered|dealt\s+with|processed|responded\s+to|reviewed|replied\s+to|actioned|worked\s+on|looked\s+at|attended\s+to|seen|treated|picked\s+up)\s+$/i.test(reply.text.slice(Math.max(hit.sentence.start, hit.start - 30), hit.start)) || /first[- ]come/i.test(hit.text) || /order\s+of/i.test(hit.text),
  },
  {
    // Phone-tree lines: "the next available agent", "please stay on the line", "calls may be recorded", "press 1"
    name: 'phone-menu', messageId: 'script', advice: ADVICE.menu,
    triggers: ['available', 'line', 'busy', 'response', 'reply', 'recorded', 'monitored', 'queue', 'press', 'queued', 'menu', 'options', 'listen', 'entirety', 'faq', 'faqs', 'questions', 'queries', 'enquiries', 'inquiries', 'faster', 'quicker'],
    regex: String.raw`the\s+next\s+available\s+(?:agent|representative|rep|advisor|adviser|operator|team\s+member|associate|colleague|person)` +
      String.raw`|please\s+(?:stay|remain|hold)\s+on\s+the\s+line` +
      String.raw`|all\s+(?:of\s+)?our\s+(?:agents|representatives|advisors|advisers|operators|lines|team\s+members)\s+are\s+(?:currently\s+)?(?:busy|assisting\s+other\s+(?:customers|callers))` +
      String.raw`|(?:calls|this\s+call|your\s+call)\s+(?:may|will)\s+be\s+(?:recorded|monitored)` +
      String.raw`|you\s+are\s+(?:currently\s+)?(?:number|caller)\s+\w+\s+in\s+(?:the\s+)?queue` +
      String.raw`|press\s+(?:\d|one|two|three|four|five|hash|star|the\s+(?:hash|star)\s+key)\s+(?:to|for)` +
      String.raw`|(?:your|this)\s+(?:call|chat|e-?mail|request|enquiry|inquiry|ticket|message)\s+(?:has\s+been|is\s+being|was\s+being|is|will\s+be|was)\s+(?:placed|held|kept|added|put)\s+(?:in|to|into)\s+(?:a|the|our)\s+queue|your\s+(?:call|chat)\s+has\s+been\s+queued` +
      String.raw`|please\s+listen\s+(?:closely|carefully)(?:\s+to\s+(?:the\s+following|this\s+message|these)\s+(?:options|message))?` +
      String.raw`|please\s+listen\s+to\s+(?:this|the\s+following|the\s+entire)\s+message(?:\s+in\s+(?:its|full|it's)\s+entirety)?` +
      String.raw`|(?:our|the)\s+(?:menu\s+options|options|phone\s+options|phone\s+menu)\s+(?:have|has)\s+(?:recently\s+)?changed|(?:our|the)\s+menu\s+has\s+recently\s+changed` +
      String.raw`|(?:many|most)\s+(?:of\s+your\s+|common\s+|frequently\s+asked\s+)?(?:questions|queries|enquiries|inquiries)\s+(?:can\s+be|could\s+be|are|were|may\s+be)\s+(?:answered|found|resolved)\s+(?:in|on|at|by\s+visiting|via)\s+(?:our|my|the)` +
      String.raw`|for\s+(?:faster|quicker|speedier)\s+(?:service|help|assistance|answers|support)` +
      // auto-reply service levels: "Please allow 5-7 working days for a response", "during this busy period"
      String.raw`|allow\s+(?:up\s+to\s+)?\d+(?:\s*[-–]\s*\d+)?\s+(?:working\s+|business\s+)?(?:days|hours)\s+for\s+(?:a\s+)?(?:response|reply)|(?:during|at)\s+this\s+(?:(?:very|unusually|exceptionally|extremely)\s+)?busy\s+(?:period|time|season)` +
      String.raw`|(?:visit|see|check|consult|refer\s+to|browse)\s+(?:our|the)\s+(?:faqs?|help\s+(?:centre|center|pages?))(?:\s+(?:page|section))?\s+for\s+(?:answers\s+to\s+)?(?:(?:the\s+)?(?:most\s+)?(?:common|frequently\s+asked|general)\s+(?:questions|queries|enquiries|inquiries))`
      + String.raw`|for\s+answers\s+to\s+(?:the\s+)?(?:most\s+)?(?:common|frequently\s+asked|general)\s+(?:questions|queries|enquiries|inquiries),?\s+(?:please\s+)?(?:visit|see|check|consult|refer\s+to|browse)\s+(?:our|the)\s+(?:faqs?|help\s+(?:centre|center|pages?))`,
  },
  // --- stock apologies and pledges
  {
    name: 'accept-apologies', messageId: 'script', advice: ADVICE.stockApology, triggers: ['apologies', 'apology'],
    regex: String.raw`(?:please\s+)?accept\s+(?:my|our)\s+(?:(?:sincere|sincerest|sincerely|deepest|most\s+sincere|humble|humblest|heartfelt|profound|profuse|unreserved|genuine|utmost|deep)\s+)+apolog(?:y|ies)` +
      String.raw`|(?:please\s+)?accept\s+(?:my|our)\s+apolog(?:y|ies)(?=\s*[.!]|\s*$)` +
      String.raw`|(?:we|I)\s+(?:would\s+like\s+to\s+|wish\s+to\s+)?(?:offer|extend)\s+(?:my|our)\s+(?:(?:sincere|sincerest|deepest|heartfelt|humble)\s+)*apolog(?:y|ies)`,
  },
  {
    name: 'on-behalf', messageId: 'script', advice: ADVICE.stockApology, triggers: ['behalf'],
    regex: String.raw`on\s+behalf\s+of\s+(?:[\w&'-]+\s+){0,4}?[\w&'-]+,?\s+(?:we|I)(?:'m|'re|'d|\s+would|\s+am|\s+are)?\s+(?:\w+\s+)?(?:apologi[sz]e|sorry|like\s+to\s+apologi[sz]e|offer|extend|want\s+to\s+apologi[sz]e)` +
      String.raw`|(?:apologi[sz]e|apologies|sorry|apology)\s+on\s+behalf\s+of\s+(?:the|our|all|everyone|us)\b(?:\s+(?:whole|entire))?(?:\s+[\w&'-]+){0,3}`,
  },
  {
    // "We take this matter very seriously", "We take your privacy seriously"
    name: 'take-seriously', messageId: 'script', advice: ADVICE.pledge, triggers: ['seriously'],
    regex: String.raw`(?:we|I)\s+(?:always\s+|do\s+)?(?:take|took|treat)\s+(?:this|these|your|all|the|such|every|any|our|customer|client|data|privacy|security|safety|complaints?|feedback|it)\s+(?:\w+\s+){0,2}?(?:very\s+|extremely\s+|incredibly\s+|most\s+|really\s+)?seriously` +
      String.raw`|(?:is|are)\s+(?:something|a\s+matter|an\s+issue)\s+(?:that\s+)?we\s+take\s+(?:very\s+|extremely\s+)?seriously`,
  },
  {
    // "We always strive to exceed expectations", "We pride ourselves on excellent service"
    name: 'strive', messageId: 'script', advice: ADVICE.pledge, triggers: ['strive', 'strives', 'aim', 'endeavour', 'endeavor', 'pride', 'committed', 'dedicated', 'exceed', 'expectations', 'seek', 'work'],
    regex: String.raw`(?:we|I)(?:'re|\s+are|\s+am|'m)?\s+(?:always\s+|constantly\s+|continually\s+|continuously\s+)?(?:strive|aim|endeavou?r|seek|work\s+hard|pride\s+ourselves\s+on|committed|dedicated)\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:exceed(?:ing)?|surpass(?:ing)?|meet(?:ing)?|provid(?:e|ing)|deliver(?:ing)?|offer(?:ing)?|giv(?:e|ing)|ensur(?:e|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:expectations|the\s+best|excellent|outstanding|exceptional|first-class|world-class|the\s+highest|top-notch|a\s+(?:great|positive|seamless|pleasant|smooth|five-star|first-class)|seamless|the\s+very\s+best|high-quality|quality\s+(?:service|care)|great\s+(?:service|experiences?|customer))`,
  },
  {
    // "We always want your experience to go smoothly", "we want you to have a great experience"
    name: 'always-want', messageId: 'script', advice: ADVICE.pledge, triggers: ['want', 'wants'],
    regex: String.raw`(?:we|I)(?:'d|\s+would)?\s+(?:always\s+)?want\s+(?:your\s+(?:\w+\s+)?experiences?\s+to\s+(?:go|be|run)\s+(?:smoothly|perfectly|well|great|seamless(?:ly)?|positive|excellent|pleasant)|(?:you|all\s+our\s+${PEOPLE}|every\s+(?:customer|client|guest)|our\s+${PEOPLE})\s+to\s+(?:have|enjoy)\s+(?:a|the)\s+(?:great|good|positive|pleasant|smooth|best|wonderful|excellent|seamless|perfect|fantastic)\s+(?:\w+\s+)?experience)` +
      String.raw`|we\s+always\s+want\s+to\s+(?:take\s+(?:good\s+)?care\s+of|look\s+after|do\s+right\s+by)\s+(?:you|your|our)`,
  },
  {
    // "We pride ourselves on our customer service", "we pride ourselves on quality"
    name: 'pride-ourselves', messageId: 'script', advice: ADVICE.pledge, triggers: ['pride'],
    regex: String.raw`(?:we|I)\s+(?:really\s+|always\s+|truly\s+)?pride\s+(?:ourselves|myself)\s+on\s+(?:[\w-]+\s+){0,3}?(?:service|care|support|quality|standards|reputation|experiences?|values|being)\b`,
  },
  {
    // "Rest assured that we care about every customer", "please be assured we value your custom"
    name: 'rest-assured-care', messageId: 'script', advice: ADVICE.pledge, triggers: ['assured'],
    regex: String.raw`(?:rest|please\s+be|be)\s+assured,?\s+(?:that\s+)?(?:we|I)(?:'re|\s+are|\s+am|'m)?\s+(?:really\s+|truly\s+|do\s+|always\s+|very\s+much\s+)?(?:care\s+(?:about|for|deeply)|value|appreciate|committed\s+to\s+(?:our|every|all|providing|giving)|take\s+(?:this|these|your|all|it|every|any)\b[^.!?]{0,30}?\b(?:seriously|on\s+board))`,
  },
  {
    // "We always put our customers first", "we put you first"
    name: 'customers-first', messageId: 'script', advice: ADVICE.pledge, triggers: ['first'],
    regex: String.raw`(?:we|I)\s+(?:always\s+|really\s+|truly\s+)?put\s+(?:(?:our|my)\s+)?(?:${PEOPLE}|you)\s+first\b`,
  },
  {
    // "We never want you to feel this way", "we never want our guests to be disappointed": a pledge instead of a fix.
    name: 'never-want', messageId: 'script', advice: ADVICE.pledge, triggers: ['want', 'wants'],
    regex: String.raw`(?:we|I)\s+(?:would\s+|'d\s+)?never\s+want\s+(?:you|anyone|any(?:\s+of\s+(?:our|my))?\s+${PEOPLE}|(?:our|my)\s+${PEOPLE}|${PEOPLE})\s+to\s+(?:feel|be|have|experience|think|leave|go\s+away)\b`,
    keep: (hit, reply) => !AGENT_NOW.test(reply.text.slice(hit.end, hit.sentence.end)),
  },
  {
    // "We always want to provide the best experience possible", "we want to give every customer excellent service".
    name: 'want-to-provide-best', messageId: 'script', advice: ADVICE.pledge, triggers: ['want', 'wants'],
    regex: String.raw`(?:we|I)\s+(?:always\s+|really\s+|just\s+)?want\s+to\s+(?:provide|give|offer|deliver|ensure)\s+(?:(?:you|all\s+our\s+${PEOPLE}|our\s+${PEOPLE}|every\s+\w+)\s+)?(?:with\s+)?(?:the\s+)?(?:very\s+)?(?:best|excellent|outstanding|exceptional|first-class|great\s+(?:service|experiences?))\b`,
    keep: (hit, reply) => !AGENT_NOW.test(reply.text.slice(hit.end, hit.sentence.end)),
  },
  {
    // "Our goal is always to provide excellent service", "our mission is to exceed your expectations".
    name: 'our-goal', messageId: 'script', advice: ADVICE.pledge, triggers: ['goal', 'aim', 'mission', 'commitment', 'objective', 'promise'],
    regex: String.raw`(?:our|my)\s+(?:main\s+|primary\s+|number\s+one\s+|only\s+|ultimate\s+|overall\s+)?(?:goal|aim|mission|commitment|objective|promise)\s+(?:is|has\s+always\s+been|will\s+always\s+be)\s+(?:always\s+)?(?:to\s+)?(?:provide|give|deliver|offer|ensure|exceed|make|keep)\s+(?:[\w'’-]+\s+){0,4}?(?:excellent|the\s+best|great|outstanding|exceptional|expectations|happy|satisf\w+)\b`,
  },
  {
    name: 'heart-of', messageId: 'script', advice: ADVICE.pledge, triggers: ['heart', 'core', 'centre', 'center'],
    regex: String.raw`(?:is|are)\s+at\s+the\s+(?:heart|core|centre|center)\s+of\s+(?:everything|all)\s+(?:that\s+)?we\s+do`,
  },
  {
    // "We value your feedback", "Your feedback is very valuable to us"
    name: 'value-feedback', messageId: 'script', advice: ADVICE.pledge, triggers: ['value', 'valued', 'valuable', 'appreciated'],
    regex: String.raw`(?:we|I)\s+(?:truly\s+|really\s+|greatly\s+|always\s+|do\s+|sincerely\s+)?value\s+(?:your|all|any|customer|client)\s+(?:\w+\s+)?(?:feedback|input|opinions?|comments?|suggestions?|views|thoughts)` +
      String.raw`|(?:your|all|customer)\s+(?:\w+\s+)?(?:feedback|input|opinions?|comments?|suggestions?|views)\s+(?:is|are)\s+(?:always\s+)?(?:very\s+|extremely\s+|greatly\s+|really\s+|highly\s+)?(?:valuable|valued|appreciated)(?:\s+(?:to|by)\s+us)?(?=\s*[.!,;]|\s*$)`,
  },
  {
    // "We appreciate your feedback." said flat, as the whole answer (with "!" or after praise it is warm thanks)
    name: 'appreciate-feedback', messageId: 'script', advice: ADVICE.pledge, triggers: ['appreciate'],
    regex: String.raw`we\s+(?:truly\s+|really\s+|greatly\s+|always\s+|do\s+|sincerely\s+)?appreciate\s+(?:your|all|any)\s+(?:valuable\s+|honest\s+)?(?:feedback|input|comments|suggestions)(?=\s*\.|\s*$)`,
    keep: (_hit, reply) => !praise(reply) && !followUp(reply),
  },
  // --- feedback black holes
  {
    // "I'll pass your feedback on", "We've shared your comments internally", "your comments have been noted"
    name: 'feedback-passed-on', messageId: 'feedback', advice: ADVICE.feedback, triggers: ['feedback', 'comments', 'comment', 'suggestions', 'suggestion', 'views', 'input', 'thoughts', 'concerns'],
    regex: String.raw`(?:I|we)(?:'ve|'ll|'d|\s+have|\s+will|\s+shall|\s+can|\s+would)?(?:\s+(?:be\s+sure\s+to|make\s+sure\s+to|happily|gladly|certainly|definitely|also|absolutely|be\s+happy\s+to|love\s+to|like\s+to|now|already|just))?\s+(?:pass(?:ed)?|forward(?:ed)?|share[d]?|feed|fed|relay(?:ed)?|note[d]?|log(?:ged)?|record(?:ed)?|send|sent)\s+(?:(?:your|the|this|these|those|all|any|that)\s+)?(?:[\w-]+\s+){0,2}?(?:feedback|comments?|suggestions?|views|input|thoughts|concerns?)\b(?:\s+(?:on|along|over|back|internally|up))?` +
      String.raw`|(?:feedback|comments?|suggestions?|thoughts|input|views)\b(?:[^.!?]|[.!]\s)(?:[^.!?]|[.!]\s){0,29}?\b(?:I|we)(?:'ll|\s+will|'ve|\s+have)\s+(?:(?:be\s+sure\s+to|make\s+sure\s+to|certainly|definitely|happily|gladly)\s+)?(?:pass(?:ed)?|forward(?:ed)?|share[d]?|send|sent|relay(?:ed)?)\s+(?:it|them|this|that|these)\s+(?:on|along|over|up|to)\b` +
      String.raw`|(?:I|we)(?:'ll|\s+will|'ve|\s+have)?\s+(?:(?:be\s+sure\s+to|make\s+sure\s+(?:to|we|I)|definitely|certainly)\s+)?(?:let|make)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:team|teams|department|people|management|managers?|colleagues)\s+(?:know|aware)\s+(?:about|of)\s+(?:your|this|the|these|that)\s+(?:[\w-]+\s+)?(?:feedback|comments?|suggestions?|concerns?|views|thoughts)\b` +
      String.raw`|(?:your|the|this|all|any|these|those)\s+(?:[\w-]+\s+){0,2}?(?:feedback|comments?|concerns?|suggestions?|views|input|thoughts)\s+(?:has|have|had|will|'ll|is|are|was|were)\s+(?:been\s+|be\s+)?(?:passed|forwarded|shared|sent|fed|escalated|noted|logged|recorded|raised|relayed|taken\s+on\s+board|documented)(?:\s+(?:on|back|along|over|up|internally))?(?:\s+(?:to|with)\s+(?:the|our)\s+(?:relevant|appropriate|right|correct|responsible|respective)\s+(?:team|department|people|person|parties))?`,
    keep: (hit, reply) => !praise(reply) && !followUp(reply) && !actionElsewhere(reply, hit),
  },
  // --- canned empathy
  {
    name: 'know-how-you-feel', messageId: 'empathy', advice: ADVICE.empathy, triggers: ['know', 'knew', 'pain', 'understand', 'get'],
    regex: String.raw`(?:I|we)\s+(?:(?:completely|totally|fully|really|absolutely|truly|do)\s+)?(?:know|knew|get)\s+(?:exactly\s+|just\s+|precisely\s+)?(?:how\s+you(?:'re|\s+are|\s+must\s+be|\s+might\s+be|\s+were|'d|\s+would)?\s+(?:feel|feeling|felt)|what\s+you(?:'re|\s+are)\s+going\s+through)|(?:I|we)\s+feel\s+your\s+pain`
      // "I understand exactly how you feel": claiming to know the feeling, as with "know" (a plain "I understand" is an acknowledgement)
      + String.raw`|(?:I|we)\s+(?:(?:completely|totally|fully|really|absolutely|truly|do)\s+)?understand\s+(?:exactly|just|precisely)\s+how\s+you(?:'re|\s+are|\s+must\s+be|\s+might\s+be|\s+were|'d|\s+would)?\s+(?:feel|feeling|felt)`,
  },
  {
    // "I completely understand how frustrating this must be, however ..." followed by a refusal, a rule or the
    // customer's part. "I understand how frustrating this is." alone is an acknowledgement.
    name: 'empathy-but', messageId: 'empathy', advice: ADVICE.empathy, triggers: ['understand', 'appreciate', 'hear', 'see', 'realise', 'realize', 'know', 'imagine', 'sympathise', 'sympathize', 'empathise', 'empathize'],
    regex: String.raw`(?:I|we)(?:'m|'re)?\s+(?:(?:completely|totally|fully|really|absolutely|truly|do|can|certainly|definitely)\s+){0,2}(?:understand|appreciate|hear|see|realise|realize|know|imagine|sympathi[sz]e|empathi[sz]e)\s+(?:\w+\s+){0,8}?(?:frustrat\w+|annoy\w+|upsett?\w*|disappoint\w+|inconvenien\w+|concern\w*|feel\w*|difficult|stressful|angry|anger|worr\w+|how\s+\w+)[^.!?;]{0,80}?(?:[,;:.—–]\s*|\s+)(?:but|however)\b`,
    keep: (hit, reply) => {
      const reading = readButClause(reply, hit.end);
      return reading === 'refusal' || reading === 'rule' || reading === 'customer';
    },
  },
];

// --- the reply around a feedback line

const PRAISE = /\b(?:(?:kind|lovely|great|positive|nice|wonderful|glowing|amazing|fantastic|generous|warm|sweet|awesome|brilliant)\s+(?:words|feedback|comments?|review|message|note|shout-?out)|compliments?|praise|shout-?out)\b/i;
const FOLLOW_UP = /\b(?:will|'ll)\s+(?:\w+\s+)?(?:follow\s+up\s+with\s+you|contact\s+you|be\s+in\s+touch\s+with\s+you|get\s+back\s+to\s+you|call\s+you|email\s+you|reach\s+out\s+to\s+you)\b|#\s?\d{2,}|\b(?:bug|case|ticket|ref(?:erence)?|incident|report)\s*(?:no\.?|number|#|id)?\s*[:#]?\s*[A-Z]{0,4}-?\d{2,}|\b(?:I|we|he|she|they|[\w-]+)(?:'ll|'d|\s+will|\s+would)\s+(?:\w+\s+){0,3}?(?:email|e-mail|call|text|message|update|contact|get\s+back\s+to|let\s+you\s+know|reply|follow\s+up|be\s+in\s+touch|write|ring)\b[^.!?]{0,80}?\b(?:when|once|as\s+soon\s+as|by|within|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|this\s+(?:week|afternoon|evening|morning)|next\s+week)\b/i;
const praise = (reply: Reply) => PRAISE.test(reply.text);
const followUp = (reply: Reply) => FOLLOW_UP.test(reply.text);
/** A concrete action by us anywhere else in the reply (the tagger reads the candidate sentences). */
function actionElsewhere(reply: Reply, hit: PhraseHit): boolean {
  for (const s of reply.sentences) {
    if (s.isQuestion || !/\b(?:I|we)(?:'ve|'ll|'m|'re|\s+(?:have|will|am|are|just|also|already))\b|\b(?:has|have)\s+been\b/i.test(s.text)) continue;
    for (const g of verbGroups(reply, s)) {
      if ((g.verb.start >= hit.end || g.verb.end <= hit.start) && isAction(reply, s, g)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Template text left unfilled in a draft: the shared detector (src/nlp/unfilled-template.ts) that the
// unfilled-template rule uses in macro files, run here on drafts (replies whose help desk platform is not known).
// A name slot in title case ("Dear [Customer Name]") reads as the help desk's name placeholder, and lower-case
// "xxx" as kisses; an empty "{{ }}" or an instruction in braces ("{{ insert name }}") is unfilled too.

const SLOT_VERB = /^(?:insert|add|enter|fill(?:\s+in)?|put|paste|type|include|replace|attach|specify)\b/i;
const NAME_SLOT = /^\[(?:[A-Z][a-z]+ ){0,2}Name\]$/;

function* unfilledTemplate(reply: Reply): Iterable<{ start: number; end: number }> {
  if (reply.platform !== 'none') return;
  for (const p of reply.placeholders) {
    if (!/^(?:\{\{|\{%)/.test(p.text)) continue;
    const inner = p.text.slice(2, -2).trim();
    if (inner === '' || SLOT_VERB.test(inner)) yield { start: p.start, end: p.end };
  }
  for (const slot of findUnfilledTemplate(reply.source)) {
    if (NAME_SLOT.test(slot.text) || (slot.kind === 'xs' && !/X/.test(slot.text))) continue;
    yield slot;
  }
}

const table = ENTRIES.map((e) => (e.regex ? { ...e, regex: tight(e.regex) } : e));

const rule = definePhraseRule({
  meta: {
    id: 'robotic-script',
    description: 'Hollow script lines, stock apologies and pledges, feedback black holes, canned empathy and automated-sounding text',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      script: '"{{text}}" sounds like a script or a machine, not a person.',
      feedback: '"{{text}}" sends their feedback into a black hole: say who has it and what happens next.',
      empathy: '"{{text}}" is canned empathy: it reads as a script, not as someone who read their message.',
      template: '"{{text}}" is template text left unfilled: the customer would read it as written.',
    },
    docs: {
      why:
        'Lines like "Your call is very important to us", "Please accept our sincerest apologies", "We take this ' +
        'matter very seriously" or "This is an automated response" are the sound of a machine. Customers have heard ' +
        'them on every hold queue, and they read as "nobody is listening". So does "Your feedback has been passed on" ' +
        'with nothing after it, "I know just how you feel" before a no, and a draft that still says "[customer ' +
        'name]". Replace them with something only a person who read the message could write, and say what happens ' +
        'next.',
      seeds: [
        '002 "Don\'t let a robot handle the problem for too long"',
        '000 "Deal directly and don\'t hand them off" (the "Your call is very important to us" line)',
        '003 Complaint handling: "Transfer them but explain why" (the same line, met with "Ugh")',
      ],
    },
    examples: {
      bad: [
        'Your call is very important to us.',
        'Your business is important to us.',
        'Your satisfaction is our top priority.',
        'This is an automated response.',
        'Please do not reply to this email.',
        'We are experiencing a high volume of requests.',
        'Your request will be handled in the order it was received.',
        'Your custom is extremely important to us.',
        'Your satisfaction is our number one priority.',
        'Customer satisfaction is our highest priority.',
        'This is an automated message; replies are not read.',
        'Don’t reply to this message, as the inbox is not monitored.',
        "We're currently experiencing an unusually high volume of calls.",
        'Due to higher than normal call volumes, replies may be slow.',
        'Your email will be answered in the order in which it was received.',
        'Please stay on the line and the next available agent will help you.',
        'Your loyalty is really important to us.',
        'This mailbox is not monitored.',
        'We value your business.',
        'You are important to us.',
        'This is an automatically generated email.',
        'This notification was generated automatically.',
        'Your call matters to us.',
        'We value you as a customer.',
        'We are experiencing longer than normal wait times.',
        'Your call is being held in a queue.',
        // catalog 2: phone-menu and queue lines
        'Please listen closely, as our menu has changed.',
        'Due to unusually high demand, responses may be slow.',
        'Stay on the line for the next available agent.',
        'Many questions are answered in our FAQ at example.com/help.',
        // catalog 2: stock apologies and pledges
        'Please accept our sincerest apologies.',
        'On behalf of the whole company, we apologise.',
        'We take this matter very seriously.',
        'We always strive to exceed expectations.',
        'We value your feedback.',
        // catalog 2: feedback black holes
        'Your feedback has been passed on to the relevant team.',
        "We've shared your comments internally.",
        // catalog 2: canned empathy
        "I know just how you're feeling.",
        'I completely understand how frustrating this must be, however we cannot refund the ticket.',
        // catalog 2: template text left unfilled in a draft
        'Hi [customer name], your refund is on its way.',
        'Thanks for buying (insert product) from us.',
        'Your order <ORDER NUMBER> has shipped.',
        'Your refund of £XX.XX was sent today.',
        'Hi {{ }}, thanks for waiting.',
      ],
      good: [
        "I read through your whole message, and here's what I'm doing.",
        'Thanks for holding, Mr Novak. I have two seats on the 7:45.',
        'Reply to this email and it comes straight to me.',
        'It is important to us that the refund reaches you by Friday, so I have sent it today.',
        'Sorry for the wait today; I have your order open now.',
        'The volume of the speaker can be turned up in Settings.',
        'We have received your documents, and I will check them this afternoon.',
        'Your safety is why we replaced the kettle, not repaired it.',
        'Orders are packed in the order they arrive at the warehouse.',
        'Your priority booking is confirmed.',
        'Please do not reply with your card number; I never need it.',
        'We appreciate your loyalty and support!',
        'Your kind words mean a lot to us!',
        // catalog 2
        "I've logged this as bug 4411 with our app team, and I'll email you when the fix ships.",
        'I understand the parcel is late.',
        'I understand how frustrating this is.',
        'Thanks for the lovely feedback, I’ll pass it on to the team!',
        'Hi {{ticket.requester.first_name}}, your refund is on its way.',
        'Dear [Customer Name], your table is booked for Saturday.',
        'I’m so sorry we sent the wrong size; a new pair leaves today.',
        'I completely understand how frustrating this is, but I have found a seat on the 6pm train for you.',
        'Our menu has changed, so I have attached the new one.',
        'We aim to reply within one working day.',
        'I’ve passed your comments to Dana, our kitchen manager, and she will call you on Friday.',
        'Your size XL jumper is back in stock.',
        'Please take this seriously: the password reset link expires in an hour.',
      ],
    },
  },
  table,
  report(hits, reply, context) {
    const reported: Array<[number, number]> = [];
    const add = (start: number, end: number, messageId: string, advice: string) => {
      if (reported.some(([s, e]) => start < e && end > s)) return;
      reported.push([start, end]);
      context.report({ messageId, data: { text: reply.source.slice(start, end).trim() }, start, end, suggestions: [{ desc: advice }] });
    };
    for (const hit of hits) {
      // A line that stands alone ("... is important to us.") points from the start of its clause.
      let start = hit.start;
      if (hit.entry.name === 'anything-important') start = clauseStart(reply, hit);
      add(start, hit.end, hit.entry.messageId, String(hit.entry.advice ?? ADVICE.importance));
    }
    for (const slot of unfilledTemplate(reply)) add(slot.start, slot.end, 'template', ADVICE.template);
  },
});

// Unfilled template text has no words of its own to trigger on ("<customer name>", "(add time)", "____"), so the
// rule runs on every reply; each entry of its table still runs only where its own words occur, and the template
// scan first checks for the characters a slot is made of.
delete rule.meta.triggers;
export default rule;

/** The start of the hit's clause: after the last comma, semicolon or colon before it, or the sentence start. */
function clauseStart(reply: Reply, hit: PhraseHit): number {
  const lead = reply.text.slice(hit.sentence.start, hit.start);
  const cut = Math.max(lead.lastIndexOf(', '), lead.lastIndexOf('; '), lead.lastIndexOf(': '));
  let start = hit.sentence.start + (cut >= 0 ? cut + 2 : 0);
  while (start < hit.start && /[\s"'(*_>-]/.test(reply.text[start]!)) start++;
  const mention = /^(?:@\w{1,30}[\s,:]+){1,5}/.exec(reply.text.slice(start, hit.start));
  if (mention) start += mention[0].length;
  return start;
}
