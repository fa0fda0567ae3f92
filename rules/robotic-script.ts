// robotic-script: hollow script lines and automated-sounding text ("Your call is very important to us",
// "This is an automated response", "Please do not reply to this email") that tell the customer nobody is
// really listening. Plain wording, so regexes decide; each pattern family has its own advice.
import { defineRule } from '../src/rule-api.js';
import { scan } from '../src/nlp/match.js';

const INTENSIFIER = String.raw`(?:(?:very|really|truly|extremely|incredibly|so|most|always|genuinely|hugely|tremendously|highly|deeply|of\s+the\s+utmost)\s+)*`;
const THING = String.raw`(?:call|calls|business|custom|patronage|email|e-mail|message|enquiry|inquiry|query|request|feedback|satisfaction|loyalty|time|patience|opinion|experience|comfort|safety|privacy|security|trust|support|service|care|membership|account|order|concern|concerns|complaint|case|needs|happiness|continued\s+support|continued\s+custom|continued\s+business|continued\s+loyalty)`;

interface Script { regex: RegExp; advice: string; }

const SCRIPTS: Script[] = [
  {
    // "Your call is very important to us", "Your business is important to us", "You are important to us"
    regex: new RegExp(String.raw`\b(?:your\s+(?:\w+\s+)?${THING}|you|customers?|our\s+customers(?:'\s+${THING})?|customer\s+${THING})\s+(?:is|are|remains?|will\s+always\s+be)\s+${INTENSIFIER}(?:important|valuable|valued|precious|of\s+(?:the\s+)?(?:utmost|great|paramount|high)\s+importance|paramount)\s+to\s+(?:us|me|our\s+(?:team|company|business))\b`, 'gi'),
    advice: 'Show it instead of saying it: answer what they asked, in your own words, and say what you are doing about it.',
  },
  {
    // "Your call matters to us", "Your custom means a lot to us" (a thank-you for kind words, "your message means a
    // lot", is not a script line: only the stock objects count for "means a lot")
    regex: new RegExp(String.raw`\b(?:your\s+(?:\w+\s+)?${THING}|you|customers?|our\s+customers)\s+(?:really\s+|truly\s+|genuinely\s+|always\s+)?matters?\s+to\s+(?:us|me|our\s+(?:team|company|business))\b|\byour\s+(?:continued\s+)?(?:business|custom|patronage|call|loyalty|satisfaction|membership)\s+(?:really\s+|truly\s+)?means?\s+(?:a\s+lot|so\s+much|a\s+great\s+deal|everything|the\s+world)\s+to\s+(?:us|me|our\s+(?:team|company|business))\b`, 'gi'),
    advice: 'Show it instead of saying it: answer what they asked, in your own words, and say what you are doing about it.',
  },
  {
    // "Your satisfaction is our top priority", "Customer satisfaction is our highest priority"
    regex: new RegExp(String.raw`\b(?:your\s+(?:\w+\s+)?${THING}|you|customers?|customer\s+${THING}|our\s+customers)\s+(?:is|are|remains?|will\s+always\s+be)\s+(?:always\s+)?(?:our|my)\s+(?:(?:top|highest|number\s+one|no\.?\s*1|#1|first|main|utmost|greatest|biggest|absolute|very\s+top|main|key|primary|overriding|biggest|real)\s+)*priorit(?:y|ies)\b`, 'gi'),
    advice: 'Prove it with action: say what you have done for this customer and when.',
  },
  {
    // "We value your business", "We appreciate your custom", "We value you as a customer" (a thank-you for something
    // specific, "we appreciate your patience / your loyalty and support", is fine)
    regex: /\bwe\s+(?:truly\s+|really\s+|greatly\s+|sincerely\s+|do\s+|always\s+)?(?:value|appreciate|treasure)\s+(?:your\s+(?:continued\s+|ongoing\s+)?(?:business|custom|patronage|call)|you\s+as\s+(?:a|our|an)\s+(?:valued\s+|loyal\s+)?(?:customer|client|member|guest|subscriber|patron))\b|\bwe\s+(?:truly\s+|really\s+|greatly\s+|sincerely\s+)?value\s+your\s+(?:continued\s+)?(?:business|custom|patronage|call)\b/gi,
    advice: 'Say something specific to this customer instead of a stock line.',
  },
  {
    // "This is an automated response", "This email was automatically generated", "auto-reply"
    regex: /\b(?:this\s+(?:is\s+)?(?:an?\s+)?(?:automated|automatic(?:ally)?(?:[-\s](?:generated|created|sent))?|auto-?(?:generated|created|sent)?|(?:computer|system|machine)[-\s]?generated|system|robot|bot)\s*(?:response|reply|message|email|e-mail|notification|acknowledg(?:e)?ment|confirmation|notice|text|sms)|this\s+(?:email|e-mail|message|reply|response|notification|mailbox|inbox|text|sms|notice|confirmation)\s+(?:is|was|has\s+been)\s+(?:sent\s+)?(?:(?:automatically|auto-?)\s*(?:generated|sent|created)?|(?:generated|sent|created)\s+(?:automatically|by\s+(?:an?\s+|our\s+)?(?:automated\s+)?(?:system|computer|machine|bot)))|(?:this|these)\s+(?:mailbox|inbox|email\s+address|address|account)\s+(?:is|are)\s+(?:not\s+monitored|unmonitored|unattended|not\s+checked)|(?:sent\s+)?from\s+an?\s+(?:unmonitored|unattended|no-?reply|automated|send-?only)\s+(?:e-?mail\s+)?(?:address|mailbox|inbox|account))\b/gi,
    advice: 'Write as a person: say who is answering, and give a way to reply that reaches a human.',
  },
  {
    // "Please do not reply to this email", "Replies to this address are not monitored"
    regex: /\b(?:please\s+)?(?:do\s+not|don['’]t|dont)\s+(?:directly\s+)?(?:reply|respond|write\s+back)(?:\s+directly)?\s+to\s+this\s+(?:email|e-mail|message|address|mail|notification|text)\b|\breplies\s+to\s+this\s+(?:email|e-mail|message|address)\s+(?:are|will)\s+not\s+(?:be\s+)?(?:monitored|read|answered)\b|\bthis\s+is\s+a\s+no-?reply\s+(?:email|address|mailbox)\b/gi,
    advice: 'Let the customer answer the email they got: replies should reach someone who can help.',
  },
  {
    // "We are experiencing a high volume of calls", "due to high call volumes", "higher than normal demand"
    regex: /\b(?:(?:we\s+are|we['’]re|we\s+have\s+been|we['’]ve\s+been|we\s+are\s+currently|we['’]re\s+currently|currently)\s+(?:\w+\s+)?(?:experiencing|receiving|seeing|handling|dealing\s+with)|due\s+to|because\s+of|owing\s+to)\s+(?:an?\s+)?(?:unusually\s+|exceptionally\s+|extremely\s+|very\s+|particularly\s+)?(?:high|higher(?:\s+than\s+(?:normal|usual|average|expected))?|heavy|heavier(?:\s+than\s+(?:normal|usual))?|large|increased|unprecedented|significant|record|peak|huge|greater(?:\s+than\s+(?:normal|usual))?)\s+(?:(?:call|email|chat|contact|message|request|enquiry|inquiry|ticket|customer|traffic)\s+)?(?:volumes?|numbers?|amounts?|levels?|demand|traffic)(?:\s+of\s+(?:calls|emails|chats|requests|enquiries|inquiries|queries|messages|contacts|tickets|customers|orders))?/gi,
    advice: 'Skip the queue announcement: apologise for the wait in your own words and get on with their request.',
  },
  {
    // "We are experiencing longer than normal wait times", "response times may be longer than usual"
    regex: /\b(?:(?:we\s+are|we['’]re|we\s+have\s+been|we['’]ve\s+been)\s+(?:currently\s+)?(?:experiencing|seeing|facing)\s+(?:(?:unusually|exceptionally)\s+)?(?:longer|high(?:er)?|extended|increased|long)(?:[-\s]than[-\s](?:normal|usual|average|expected))?\s+(?:wait(?:ing)?|response|hold|queue|reply)\s+times?|(?:wait(?:ing)?|response|hold|queue|reply)\s+times\s+(?:are|may\s+be|might\s+be|could\s+be|will\s+be)\s+(?:currently\s+)?(?:longer|higher|slower)\s+than\s+(?:normal|usual|average|expected))\b/gi,
    advice: 'Skip the queue announcement: apologise for the wait in your own words and get on with their request.',
  },
  {
    // "Your request will be handled in the order it was received"
    regex: /\b(?:in\s+the\s+order\s+(?:(?:in\s+which\s+)?(?:it|they)\s+(?:was|were|is|are|have\s+been|has\s+been)\s+)?received|in\s+order\s+of\s+(?:receipt|arrival)|on\s+a\s+first[- ]come,?\s+first[- ]served\s+basis\s+(?:as\s+)?(?:they|it)\s+(?:are|is)\s+received)\b/gi,
    advice: 'Give the customer a real time instead of their place in a queue.',
  },
  {
    // Phone-tree lines: "the next available agent", "please stay on the line", "calls may be recorded"
    regex: /\b(?:the\s+next\s+available\s+(?:agent|representative|rep|advisor|adviser|operator|team\s+member|associate|colleague)|please\s+(?:stay|remain|hold)\s+on\s+the\s+line|all\s+(?:of\s+)?our\s+(?:agents|representatives|advisors|advisers|operators|lines|team\s+members)\s+are\s+(?:currently\s+)?(?:busy|assisting\s+other\s+(?:customers|callers))|(?:calls|this\s+call|your\s+call)\s+(?:may|will)\s+be\s+(?:recorded|monitored)|you\s+are\s+(?:currently\s+)?(?:number|caller)\s+\w+\s+in\s+(?:the\s+)?queue|press\s+(?:\d|one|two|three|four|five|hash|star)\s+(?:to|for)|(?:your|this)\s+(?:call|chat|e-?mail|request|enquiry|inquiry|ticket|message)\s+(?:has\s+been|is\s+being|is|will\s+be)\s+(?:placed|held|kept|added|put)\s+(?:in|to|into)\s+(?:a|the|our)\s+queue|your\s+(?:call|chat)\s+has\s+been\s+queued)\b/gi,
    advice: 'Talk like the person on the line, not the phone menu.',
  },
];

export default defineRule({
  meta: {
    id: 'robotic-script',
    description: 'Hollow script lines and automated-sounding text',
    family: 'phrase',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      why:
        'Lines like "Your call is very important to us" or "This is an automated response" are the sound of a ' +
        'machine. Customers have heard them on every hold queue, and they read as "nobody is listening". Replace ' +
        'them with something only a person who read the message could write.',
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
      ],
      good: [
        "I read through your whole message, and here's what I'm doing.",
        'Thanks for holding, Mr Novak. I have two seats on the 7:45.',
        "Reply to this email and it comes straight to me.",
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
      ],
    },
  },
  check(reply, context) {
    const reported: Array<[number, number]> = [];
    for (const script of SCRIPTS) {
      for (const hit of scan(reply, script.regex)) {
        if (reported.some(([s, e]) => hit.start < e && hit.end > s)) continue;
        reported.push([hit.start, hit.end]);
        context.report({
          message: `"${hit.text}" sounds like a script or a machine, not a person.`,
          start: hit.start,
          end: hit.end,
          suggestions: [{ desc: script.advice }],
        });
      }
    }
  },
});
