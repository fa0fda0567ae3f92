// public-channel (social only): working a complaint out in public.
// `asks-private-details`: the reply asks for, or shows, an email, phone, order/account/booking number, address,
// date of birth ... in public. Asking for them by DM or email is the fix, so a sentence that moves the request to
// a private channel is fine. `no-channel-move`: a reply of three or more sentences that troubleshoots the
// customer's own account, order, booking, bill or device in public and never moves to a private channel (a DM,
// email, "message us", or a link to a private form or chat). Thanks and good news are not troubleshooting. All
// lexical: the words decide, the tagger is never loaded.
import { defineRule } from '../src/rule-api.js';
import { scan } from '../src/nlp/match.js';
import type { Reply, Sentence } from '../src/types.js';

// Private details a customer should not post in public.
const DETAIL = new RegExp(
  [
    String.raw`\b(?:order|purchase|transaction|account|booking|reservation|reference|ref|confirmation|tracking|membership|member|customer|policy|ticket|case|claim|loyalty|rewards?|NHS|national\s+insurance|passport|driving\s+licen[cs]e|card|invoice|serial|IMEI|contract|phone|mobile|contact|telephone|cell|PNR|player|user|account\s+holder's|meter|MPAN|MPRN|sort)\s*(?:number|no\.?|#|num|ref(?:erence)?|code|ID|details|info(?:rmation)?)s?\b`,
    String.raw`\bbooking\s+ref(?:erence)?\b`,
    String.raw`\b(?:your|the|checkout|registered|account|login|billing|contact|sign-?in|order)\s+(?:e-?mail)(?:\s+address)?\b`,
    String.raw`\be-?mail\s+address(?:es)?\b`,
    String.raw`\b(?:your|the|a|full|home|postal|delivery|billing|shipping|street|mailing|correct|current)\s+(?:[\w-]{1,20}\s+)?address\b(?!\s+(?:your|the|this|these|any|it|them)\b|\s+of\s+(?:the|that|this|our|a)\s)`,
    // "the email linked to your account", "the number registered to your booking"
    String.raw`\b(?:the|your)\s+[\w-]{1,20}\s+(?:linked|tied|registered|connected|associated|attached)\s+(?:to|with)\s+(?:your|the)\s+(?:account|booking|order|card|profile|reservation|membership)\b`,
    String.raw`\b(?:post\s*code|zip\s*code|date\s+of\s+birth|DOB|birth\s*date|full\s+name|surname|last\s+name|maiden\s+name)\b`,
    String.raw`\b(?:last|first|final)\s+(?:four|4|two|2|three|3|six|6)\s+digits\b`,
    String.raw`\b(?:password|PIN|security\s+(?:code|answer|question)|CVV|CVC|passcode)\b`,
    String.raw`\b(?:your|the\s+best|a)\s+(?:phone|mobile|cell|contact|telephone)?\s*number\b(?!\s+of\b)`,
  ].join('|'),
  'gi',
);
// The sentence asks the customer to give the detail (or is a question about it).
const ASK = /\b(?:reply|respond|post|share|send|tweet|comment|provide|give|include|confirm|let\s+(?:us|me)\s+know|tell\s+(?:us|me)|leave|drop|pop|add|what's|what\s+is|what\s+was|which\s+(?:is|was)|(?:we'll|we\s+will|we'd|I'll|I'd)\s+need|we\s+need|need\s+your|require|could\s+we\s+(?:have|get|grab)|can\s+we\s+(?:have|get|grab)|mind\s+sharing)\b/i;
// Channel moves: DM, private message, email, phone, a secure form.
const PRIVATE = /\b(?:DM(?:s|ed|'d|ing)?|D\.M\.?|direct(?:ly)?\s+messag\w*|private(?:ly)?\s+(?:messag\w*|e-?mail|chat|channel|link|form|secured?\s+link)|privately|secured?\s+link|(?:via|through|at|using|with|in|on)\s+(?:this|the|our|a)\s+(?:secure\s+|private\s+|secured\s+)?(?:link|form|portal|page)(?:\s+(?:below|above|here))?|link\s+(?:below|above)|in-?app|off\s+(?:social|twitter|here)|inbox|(?:send|drop|shoot|ping)\s+(?:us|me)\s+(?:a\s+)?(?:private\s+)?(?:message|note|line|PM|email|e-mail)|message\s+(?:us|me)|p\.?m\.?\s+(?:us|me)|e-?mail\s+(?:us|me|our|the\s+team|it|them|this|that|over|across)|e-?mailed\b|(?:by|via|over|through)\s+(?:e-?mail|DM|phone|the\s+(?:link|form)|our\s+(?:secure\s+)?(?:form|website|site|app|portal)|(?:a|this)\s+secure)|sent\s+you\s+(?:an?\s+)?(?:e-?mail|message|DM)|(?:check|look\s+in)\s+your\s+(?:e-?mail|inbox|messages|DMs)|secure\s+(?:form|link|chat|message|portal)|live\s+chat|messenger|whatsapp|(?:call|ring|phone)\s+(?:us|me|our|(?:on\s+|at\s+)?\+?\d)|(?:contact|form|details|submit|fill|report|chat|reach|connect|get\s+in\s+touch|private|secure|tell\s+us|click|tap|write|send)\b[^.!?]{0,50}?https?:\/\/|give\s+(?:us|me)\s+a\s+(?:call|ring)|(?:contact|reach|get\s+in\s+touch\s+with)\s+(?:us|our\s+\w+(?:\s+team)?)\s+(?:via|at|through|using|on|here|by)|follow\s*(?:&|and|\+)\s*DM|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.]+)/i;
// "Don't post your details here", "for your security, please don't share" : warnings, not asks.
const WARNS = /\b(?:don't|do\s+not|never|please\s+avoid|avoid|without|no\s+need\s+to|for\s+(?:your|security|privacy)|rather\s+than|you(?:'ve|\s+have)\s+(?:posted|shared|tweeted|included))\b/i;
// Posting a detail in public ("reply here", "below", "in the comments") is public even if a DM is mentioned later.
const PUBLIC_POST = /\b(?:reply|respond|comment|tweet)\s+(?:(?:here|below|publicly|back|to\s+this)\s+)?(?:with|your|here|below)\b|\bpost\s+(?:it|them|this|your|the)\b|\b(?:here|below)\s+(?:in|on)\s+(?:the\s+)?(?:comments?|thread|tweet)\b|\bin\s+(?:the|this)\s+(?:comments?|thread)\b|\bpublicly\b/i;
// A link to a form or secure page is a private route for the details: "add your number here: https://...".
const LINK = /\bhttps?:\/\/\S+|\bt\.co\/\S+/i;
// Questions that ask for the detail (not "Have you tried resetting your password?").
const ASKING_QUESTION = /\b(?:do\s+you\s+(?:have|happen\s+to\s+have|know)|have\s+you\s+got|what|which|may\s+(?:I|we)\s+(?:have|get|take)|can\s+(?:I|we)\s+(?:have|get|take|grab)|could\s+(?:I|we)\s+(?:have|get|take|grab)|did\s+(?:they|you)\s+(?:give|get|receive))\b/i;

// Details shown: "Your account 4412-88 was charged twice", "order #55902", "sent to jo.bloggs@mail.com".
const SHOWN: RegExp[] = [
  // "your purchase #558211", "the ticket # 88-1203": a number written with "#" after the customer's thing
  /\b(?:[Yy]our|[Tt]he|[Tt]his)\s+[a-z]{3,20}\s+#\s?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b/g,
  /\b(?:[Yy]our|[Tt]he|[Tt]his)\s+(?:order|account|booking|reference|card|policy|membership|tracking|confirmation|reservation|loyalty)(?:\s+(?:number|no\.?|#|ref(?:erence)?|ending(?:\s+in)?))?\s*(?:is\s+|:\s*|#\s*)?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b/g,
  /\b(?:[Oo]rder|[Aa]ccount|[Bb]ooking|[Rr]eference|[Rr]ef)\s*(?:number|no\.?|#)\s*:?\s*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b/g,
  // "We've checked account 5510-22", "booking XK29PL is confirmed": the identifier right after the word
  /\b(?:[Oo]rder|[Aa]ccount|[Bb]ooking|[Rr]eservation|[Pp]olicy|[Mm]embership|[Ii]nvoice|[Cc]laim)\s+(?:#\s*)?(?=[A-Z0-9-]*\d[A-Z0-9-]*\d)(?=[A-Z0-9-]{5,}\b)[A-Z0-9][A-Z0-9-]{4,}\b/g,
  /\b(?:your\s+(?:e-?mail|address)(?:\s+(?:is|as))?|sent\s+(?:it\s+)?to|updated\s+(?:it\s+)?to|changed\s+(?:it\s+)?to|registered\s+(?:to|under)|on\s+file\s+(?:is|as))\s*:?\s*[\w.+-]{1,64}@[\w-]+\.[\w.]+/gi,
  /\byour\s+(?:phone|mobile|cell|number)\s+(?:number\s+)?(?:is\s+|ending\s+(?:in\s+)?)?:?\s*\+?\d[\d\s-]{5,}\d/gi,
  /\b(?:deliver(?:ed|y)?\s+to|sent\s+to|your\s+address(?:\s+is)?|ship(?:ped)?\s+to)\s*:?\s*\d{1,4}[a-z]?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Crescent|Court|Ct|Place|Pl|Gardens|Terrace|Boulevard|Blvd|Grove|Hill|Park|Row|Square|Walk)\b/g,
];

const MESSAGES = {
  'asks-private-details': 'This asks for (or shows) private details on a public channel. Move it to DM or email.',
  'no-channel-move': 'This works the problem out in public. Move the conversation to a DM or email.',
};
const SUGGESTIONS = {
  'asks-private-details': 'Ask for it privately: "Please DM us your order number and we\'ll sort it right away."',
  'no-channel-move': 'Keep the public reply short and move it private: "Sorry about this! We\'ve sent you a DM so we can fix it."',
};

export default defineRule({
  meta: {
    id: 'public-channel',
    description: 'Works a complaint out in public: asks for or shows private details, or troubleshoots the customer\'s own case with no move to DM, email or a private link',
    family: 'phrase',
    languages: ['en'],
    defaultSeverity: 'warn',
    fixable: false,
    channels: ['social'],
    exampleSettings: { channel: 'social' },
    docs: {
      why:
        'A public reply on social media is read by everyone. Asking the customer to post their order number or ' +
        'email there exposes them, and troubleshooting their account, order or device in a public thread rarely ' +
        'fixes anything. Acknowledge briefly in public, then move to a channel where you can act: a DM, email, ' +
        'or a link to a private form or chat. Thanks, good news and general updates are fine in public.',
      seeds: ['003 Get to where you can take action', '002 4. Never Discuss Customer Issues In Public'],
    },
    examples: {
      bad: [
        'Please reply with your order number and email address.',
        'Your account 4412-88 was charged twice because your card expired.',
        'We’re so sorry about the delay, Sam. We can see the courier scanned it at the depot yesterday. It should be with you tomorrow, and we’ve asked them to prioritise it.',
        'What’s the email address on your booking?',
        'Can you post your booking reference and surname here?',
        'Could you share your postcode so we can check the outage?',
        'Please tell us your date of birth and full name.',
        'What’s the best number to reach you on?',
        'Reply with the last four digits of the card and we’ll DM you.',
        'Hi Jo, your order #558211 was sent to the old address.',
        'That’s no good, Abi. Which phone are you using? Does the app crash as soon as it opens? Have you tried reinstalling it?',
        'Sorry about the double charge! We can see your card was billed twice on Monday. The second payment should drop off within five days.',
        'Oh no! Is the router showing a red light? Try unplugging it for thirty seconds. Let us know if the light turns green.',
        'Please confirm your home address and we’ll check it.',
        'Sorry, Marco! What’s the phone number on your account?',
        'Could you tweet us the postcode the parcel should have gone to?',
        'We’ve checked account 5510-22 and the payment went through.',
        'Please comment with the email linked to your account.',
      ],
      good: [
        "So sorry about this! Please DM us your order number and we'll sort it right away.",
        "I've sent you a DM so we can fix this together.",
        'Sorry the app logged you out. Don’t post your details here; we’ve sent you a DM.',
        'Thanks for the kind words, Grace! We’ll pass them on to the team.',
        'That’s on us, Ruth: yesterday’s release broke exports. We’ve DMed you a workaround.',
        'Please send us a private message with your account number so we can look into this.',
        'We’re sorry about the delay, Amir. Could you email us at help@example.com with your booking reference? We’ll check it straight away.',
        'New season drops Friday at 8pm, Kat! Set a reminder in the app.',
        'Sorry to hear that! Follow us and DM your order number, and we’ll look into it.',
        'We hear you, Leo. Our engineers are on it. DM us if it isn’t back by 3pm and we’ll credit your account.',
        'For your security, please don’t share your card number here. Send us a DM instead.',
        'Sorry about that, Dan! We’ve emailed you a prepaid returns label.',
        'Sorry for the wait, Isla! Check your DMs: we’ve sent the refund details there.',
        'Happy to help! Please DM us your postcode so we can check the outage.',
        'Sorry about the app crashing. Our team is aware of the bug. A fix will go out in tomorrow’s update. Thanks for bearing with us!',
        'We’d like to help. We need to get you into a private secured link to look at your account.',
        'So sorry about this! Please connect with us here so we can check your booking: https://example.com/help',
        'Thank you so much for the kind words! We’re thrilled the team looked after you. Have a great trip!',
        'Great news, Ola: your order has shipped! It should reach you on Thursday. Enjoy the new boots!',
        'Sorry for the trouble. Which device are you using? Tell us at the link below and we’ll take it from there.',
      ],
    },
  },
  check(reply, context) {
    const reported: Array<[number, number]> = [];
    const asks = (s: Sentence) => ASK.test(s.text) || (s.isQuestion && ASKING_QUESTION.test(s.text));
    for (const hit of scan(reply, DETAIL)) {
      const s = hit.sentence;
      if (!asks(s)) continue;
      const head = reply.text.slice(s.start, hit.start);
      if (WARNS.test(head) || /\b(?:no|not|without|never)\s+(?:\w+\s+)?$/i.test(head)) continue;
      // The request goes private when this sentence or a neighbour says DM/email/link, unless it says "reply here".
      if (!PUBLIC_POST.test(s.text) && (PRIVATE.test(neighbourhood(reply, s)) || LINK.test(s.text))) continue;
      reportDetail(hit.start, hit.end, s, true);
    }
    for (const re of SHOWN) {
      for (const hit of scan(reply, re)) reportDetail(hit.start, hit.end, hit.sentence, false);
    }
    if (!reported.length && !movesPrivate(reply) && troubleshoots(reply)) {
      const body = reply.sentences.filter(countsAsSentence);
      if (body.length >= 3) {
        context.report({
          message: MESSAGES['no-channel-move'], messageId: 'no-channel-move',
          start: body[0]!.start, end: body[body.length - 1]!.end,
          suggestions: [{ desc: SUGGESTIONS['no-channel-move'] }],
        });
      }
    }

    function reportDetail(start: number, end: number, s: Sentence, asked: boolean) {
      // One report per sentence: from the ask ("reply with", "what's") to the last detail it names.
      const existing = reported.find(([a, b]) => a < s.end && b > s.start);
      if (existing) {
        existing[1] = Math.max(existing[1], end);
        return;
      }
      let from = start;
      if (asked) {
        const head = reply.text.slice(s.start, start);
        const cue = lastMatch(head, /\b(?:reply|respond|post|share|send|tweet|comment|provide|give|include|confirm|let\s+(?:us|me)\s+know|tell\s+(?:us|me)|what's|what\s+is|what\s+was|which)\b/gi);
        if (cue >= 0) from = s.start + cue;
      }
      reported.push([from, end]);
    }
    for (const [start, end] of reported) {
      context.report({
        message: MESSAGES['asks-private-details'], messageId: 'asks-private-details', start, end: extendList(reply, end),
        suggestions: [{ desc: SUGGESTIONS['asks-private-details'] }],
      });
    }
  },
});

/** The sentence with the one before and after it ("Please DM us. Include your order number."). */
function neighbourhood(reply: Reply, s: Sentence): string {
  const prev = reply.sentences[s.index - 1];
  const next = reply.sentences[s.index + 1];
  return reply.text.slice(prev ? prev.start : s.start, next ? next.end : s.end);
}

function lastMatch(text: string, re: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index ?? at;
  return at;
}

/** "your booking reference and surname": keep the report over a list of details that continues the phrase. */
function extendList(reply: Reply, end: number): number {
  const m = /^(?:\s+(?:here|below|on\s+(?:the|your)\s+\w+(?:\s+account)?))?/i.exec(reply.text.slice(end, end + 30));
  return end + (m ? m[0].length : 0);
}

/** Greetings on their own line, sign-offs ("^JD", "- Tom", "Phil.") and bare @handles do not count as sentences. */
function countsAsSentence(s: Sentence): boolean {
  const t = s.text
    .replace(/(?:^|\s)@\w+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s*\d\/\d\s*$/, '')
    .replace(/(?:^|\s)[\^*~\/]\s?[A-Za-z]{1,15}\.?\s*$/, '')
    .replace(/(?:^|\s)[-\u2013\u2014]\s?[A-Z][A-Za-z]{0,15}(?:\s+[A-Z][A-Za-z]{0,15})?\.?\s*$/, '')
    .trim();
  if (!/[a-z]/i.test(t)) return false;
  // A lone capitalized word (a name signing off) or "Thanks!"-style closer.
  if (/^[A-Z][a-z]{0,15}\.?$/.test(t) && !/^(?:yes|no|sure|great|done|thanks|sorry)\.?$/i.test(t)) return false;
  if (/^(?:hi|hey|hello|dear|thanks|thank\s+you|cheers)\b[^.!?]{0,25}[,!]?$/i.test(t) && t.split(/\s+/).length <= 3) return false;
  return true;
}

// Stock offers of help ("We're here to help", "if you have any questions or concerns") are not a problem being handled.
const STOCK_OFFER = /\b(?:(?:we|I)(?:'re|\s+are|'m|\s+am)\s+(?:always\s+)?(?:here|happy|glad|available)(?:\s+24\/7)?\s+(?:to\s+(?:help|assist)|for\s+you)[^.!?]*|if\s+you\s+(?:have|need|ever|run\s+into)[^.!?]*|let\s+us\s+know\s+if[^.!?]*|(?:any|other)\s+(?:questions|issues|concerns)[^.!?]*|(?:should|will|may|might)\s+help\s+you[^.!?]*|(?:happy|glad)\s+to\s+help[^.!?]*)/gi;

// A reply that is about a problem (or help with one); pure chit-chat ("Love it! Thanks for stopping by. See you
// soon!") has nothing to move to a private channel.
const PROBLEM = /\b(?:sorr(?:y|ies)|apolog\w*|issues?|problems?|trouble\w*|faults?|errors?|delay\w*|late|broken|not\s+working|(?:isn't|aren't|wasn't|didn't|doesn't|won't|can't|cannot|couldn't)\s+(?:work\w*|arriv\w*|load\w*|connect\w*|log|sign|access|open|find|see|get|receive\w*|pay|use|play|download|install|turn|charge|start|come|show|update)|refund\w*|complain\w*|frustrat\w*|inconvenien\w*|disappoint\w*|concern\w*|bugs?|outages?|cancel\w*|missing|lost|damaged|wrong|charge[ds]?|crash\w*|fix\w*|help\w*|assist\w*|look\s+into|investigat\w*|affected|down|fail\w*|unable|compensat\w*|replace\w*|resolv\w*|sort\s+(?:this|it)\s+out|bounced|declined|rejected|expired|overdue|suspended|locked\s+out|blocked)\b/i;

// A link the reply sends the customer to for private help: "Please click here to send ...", "connect with us
// here: https://...", "Did you write to us at the link?".
const LINK_MOVE = /\b(?:click|tap|follow|use|visit|open)\s+(?:here|this\s+link|the\s+link|below)|\b(?:connect|chat|reach|talk|write|speak)\s+(?:with\s+|to\s+)?us\s+(?:here|there|below|at\s+the\s+link|via\s+the\s+link)|\btell\s+us\s+more\s+(?:here|below|at|via)|\b(?:fill\s+(?:in|out)|complete)\s+(?:this|the|our)\s+(?:form|survey)/i;

// Saying the case can't be handled here is a move off the public channel: "we can't access your account via Twitter".
const NOT_HERE = /\b(?:can't|cannot|can\s+not|unable\s+to|not\s+able\s+to)\s+(?:access|see|view|discuss|look\s+(?:at|into)|handle|review)\s+(?:your\s+)?(?:[\w-]{1,20}\s+){0,2}?(?:account|details|order|information|info|booking|case)\s+(?:via|on|over|through|here\s+on)\s+(?:twitter|social(?:\s+media)?|here|this\s+channel|facebook|instagram)\b|\bhandled\s+off\s+(?:social|twitter|here)/i;

/** Does the reply move the conversation somewhere private: DM, email, phone, or a link to a form or chat? */
function movesPrivate(reply: Reply): boolean {
  return PRIVATE.test(reply.text) || NOT_HERE.test(reply.text) || (LINK.test(reply.text) && LINK_MOVE.test(reply.text));
}

// Troubleshooting in public: questions that diagnose the customer's own case ("Which device are you using?",
// "Have you tried logging out?", "Was this shipped by us or a seller?"), troubleshooting steps, or the
// customer's own account, order, booking, bill or device discussed alongside a problem.
const DIAGNOSE = new RegExp(
  String.raw`\b(?:(?:which|what)\s+(?:[\w-]{1,20}\s+){0,3}?(?:device|phone|model|version|browser|app|console|tv|router|modem|card|plan|os|ios|android|generation|error|message|show|game|network|store|location|flight|order|item|account|platform|carrier|provider|seems|steps)s?` +
    String.raw`|have\s+you\s+tried|did\s+you\s+try|are\s+you\s+(?:still\s+)?(?:seeing|getting|using|connected|receiving|having|experiencing|on\s+(?:wi-?fi|mobile|the\s+latest))|is\s+(?:it|this|the\s+\w+)\s+(?:happening|showing|still|only)` +
    String.raw`|does\s+(?:it|this|that|the\s+\w+|logging|restarting|a\s+restart|clearing|reinstalling|the\s+error)|did\s+(?:this|it|the\s+\w+)\s+(?:start|happen|begin|crash|arrive|work)|when\s+did\s+(?:this|it|the)|(?:any|what)\s+(?:steps|troubleshooting)` +
    String.raw`|(?:was|were)\s+(?:this|it|they)\s+(?:shipped|sold|bought|purchased|ordered|delivered|booked)|were\s+you\s+(?:given|charged|told|billed)|is\s+there\s+(?:tracking|an?\s+error)|do\s+you\s+(?:recall|remember|have\s+(?:tracking|the|a\s+tracking))` +
    String.raw`|what(?:'s|\s+is)\s+(?:going\s+on|happening)|what\s+(?:happens|happened)\s+(?:when\s+you\s+(?:try\s+(?:to\s+)?(?!and\b)\w+|use|open|click|tap|press|log|sign|play|start|launch|connect|stream|download|install|update|pay|check\s+out|book|access|load)|with\s+(?:your|the)\s+\w+)|what\s+seems\s+to\s+be|tell\s+us\s+(?:more|what(?:'s|\s+is)\s+going\s+on|what\s+happened))\b`,
  'i',
);
const STEPS = /\b(?:try|trying)\s+(?:restarting|rebooting|logging|signing|clearing|reinstalling|updating|resetting|unplugging|turning|power\s+cycling|deleting|removing|force\s+quitting)|\b(?:restart|reboot|reinstall|reset|unplug|power\s+cycle|update|updating)\s+(?:your|the)\s+(?:device|phone|app|router|modem|console|tv|box|watch|computer|browser|iphone|ipad|software|os)|\blog(?:ging)?\s+(?:out|off)\s+and\s+(?:back\s+)?in|\bclear(?:ing)?\s+(?:your|the)\s+(?:cache|cookies|history|data)/i;
// The customer's own thing with a state or event: "your card was billed twice", "your last payment bounced", "your order left the depot",
// "the courier scanned it" (not an instruction about it: "you would have to cancel your reservation"); the
// customer's own equipment or connection needs no more ("the COAX on the back of your router").
const OWN_THING = /\byour\s+(?:(?:last|latest|recent|most\s+recent|current|previous|new|next|first|monthly|annual|final)\s+)?(?:account|order|booking|reservation|bill|invoice|payment|card|subscription|plan|device|phone|router|modem|console|flight|package|parcel|delivery|refund|claim|membership|connection|service|internet|line|meter|statement|charge|balance|points|tickets?|bag|luggage|baggage|app|iphone|ipad|tv|box|area|postcode|address|street)\s+(?:has\s+|had\s+|was\s+|is\s+|will\s+|should\s+|may\s+|might\s+)?(?:not\s+)?(?:been\s+)?(?:[a-z]+ed|left|went|got|shows?|showed|is|was|has|hasn't|isn't|wasn't|didn't|doesn't|can't|won't|appears?|seems?|looks?|came|arrived|sent|paid|stuck|due|expected|estimated|scheduled|running|working|on|in)\b|\bthe\s+(?:courier|depot|tracking|parcel|package|delivery|refund|charge|payment|booking|flight|bill|invoice)\b|\b(?:in|at|near|around)\s+your\s+(?:area|address|postcode|street|home|flat|building|town)\b|\byour\s+(?:device|phone|router|modem|console|connection|internet|broadband|wi-?fi|app|tv|box|line|meter|iphone|ipad|laptop|computer|watch|printer)\b/i;

/** Does the reply troubleshoot the customer's own account, order, booking, bill or device? */
function troubleshoots(reply: Reply): boolean {
  const text = reply.text;
  if (STEPS.test(text)) return true;
  if (reply.sentences.some((s) => s.isQuestion && DIAGNOSE.test(s.text))) return true;
  return OWN_THING.test(text) && PROBLEM.test(text.replace(STOCK_OFFER, ' '));
}
