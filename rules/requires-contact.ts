// requires-contact: a complaint reply should give the customer a person to come back to: the agent's name
// (or a name placeholder) in the sign-off or an introduction, or a direct line to the agent. A team or
// company sign-off, or a generic support address, does not count.
import { defineRule } from '../src/rule-api.js';
import type { Reply, Sentence } from '../src/types.js';
import { lexiconTag } from '../src/nlp/terms.js';
import { signOffStart } from '../src/nlp/sign-off.js';
import { reportMissing } from './_structure/report.js';

/** Words that make a sign-off line a team, department or company rather than a person. */
const ORG_WORD = /^(?:team|teams|support|service|services|care|customer|customers|client|clients|billing|accounts?|claims|relations|desk|helpdesk|office|department|dept|management|sales|admin|administration|bookings?|reservations|reception|concierge|operations|returns|payments|finance|hr|it|help|helpline|group|ltd|limited|inc|llc|plc|gmbh|co|company|corp|corporation|bank|insurance|hotel|hotels|resort|airlines?|airways|air|rail|railways?|travel|tours|holidays|dental|clinic|surgery|hospital|health|healthcare|medical|pharmacy|vets?|veterinary|opticians?|college|school|university|academy|council|water|energy|power|gas|electric|utilities|broadband|telecom|mobile|networks?|media|digital|studios?|games|gaming|esports|entertainment|software|apps?|labs|tech|technologies|solutions|systems|analytics|consulting|logistics|delivery|couriers?|express|direct|online|store|stores|shop|market|foods?|kitchen|cafe|maintenance|payroll|marketing|recruitment|facilities|housekeeping|dispatch|admissions|onboarding|renewals|retention|collections|underwriting|procurement|warehouse|fulfil?ment|orders|shipping|technical|tech|engineering|product|accountancy|legal|restaurant|bakery|fitness|gym|motors|garage|homes|housing|lettings|estates|properties|cinemas?|theatre|events|tickets|coaches|buses|taxis|cars|rentals|leisure|spa|salon|guest|guests|member|members|membership|community|safety|security|compliance|quality|complaints|feedback|resolution|escalations|success|experience|partners|agency|society|trust|foundation|association|club|league|the|staff|crew|host|hosts|bot|assistant|noreply|no-reply|info|hello|contact|enquiries|inquiries)$/i;
/** A placeholder that stands for the agent rather than the customer or the company. */
const AGENT_PLACEHOLDER = /\b(?:agent|assignee|current_user|currentuser|staff|rep|representative|advisor|adviser|manager|sender|signature|author|your[ _.-]?name|my[ _.-]?name|first[ _.-]?name|full[ _.-]?name|name)\b/i;
const NOT_AGENT_PLACEHOLDER = /(?:customer|requester|client|recipient|company|business|brand|team|store|shop|organi[sz]ation|org|department|product|order|ticket\.(?:id|number|subject|title)|account|guest|patient|member|passenger)/i;
/** A way to reach this agent directly (not a generic support line). */
const DIRECT_LINE = /\b(?:my\s+(?:direct\s+)?(?:line|number|phone|mobile|extension|ext|email|e-mail|address|desk)|direct\s+(?:line|dial|number)|(?:reach|contact|call|ring|phone|text|email|e-mail|message|find|get\s+hold\s+of)\s+me\s+(?:directly\s+)?(?:on|at|via|by)\b|(?:reach|contact|call|ring|phone|text|email|e-mail|message)\s+me\s+directly|me\s+directly\s+(?:on|at)\b|(?:reply|write|respond)\s+(?:directly\s+)?to\s+me\s+(?:directly\s+)?(?:on|at|via)\b|ask\s+for\s+me\s+by\s+name)/i;
/** An introduction: "My name is Femi", "It's Hannah from the front desk", "This is Leo from billing". */
const INTRO = /\b(?:my\s+name(?:'s|\s+is)|(?:it's|it\s+is|this\s+is)(?=\s+[A-Z][\w'-]+\s+(?:from|at|in|with|here|on)\b)|I'm|I\s+am)\s+([A-Z][\w'-]+|Nx+)|(?:^|[.!?,]\s+)([A-Z][\w'-]+)(?=\s+here\b(?:\s*[,.!–—-]|\s+from\b))/gm;

/** A capitalized name word: "Leah", "O'Brien", "Smith-Jones", "McAllister", or an initial. */
const NAME_WORD = /^(?:[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*|Ma?c[A-Z][a-z]+|[A-Z]\.?)$/;
const NAME_PREFIX = /^(?:Ma?c|O['’]|D['’]|De|La|Van|Di)[A-Z]/;

/** Is this word a person's first name (compromise's lexicon knows it as one, or it is no English word and no org word)? */
function looksLikeName(word: string): boolean {
  if (/^Nx+$/.test(word)) return true;
  if (!NAME_WORD.test(word) || /^[A-Z]\.?$/.test(word)) return false;
  if (/[a-z][A-Z]/.test(word) && !NAME_PREFIX.test(word)) return false; // FitHub, ShopNest: a brand
  if (ORG_WORD.test(word)) return false;
  // Unknown words and the lexicon's name-like nouns (Leo, Rose, Dawn) read as names; Singular/Plural/verbs do not.
  const known = lexiconTag(word);
  return known === undefined || /Name|Person|^Noun$|Month/.test(known);
}

/** A sign-off line that names a person: "Marcus Hill", "Leah, Meridian Bank", "– Priya, FreshBox", "Dr Alan Pryce". */
function namesPerson(line: Sentence, customerNames: Set<string>): boolean {
  let t = line.text.trim().replace(/^[-–—~^]+\s*/, '');
  const closing = /^(?:(?:kind|warm|best|many)\s+)?(?:regards|wishes|thanks|thank you|cheers|best|take care|speak soon|talk soon)\s*,\s*/i.exec(t);
  if (closing) t = t.slice(closing[0].length);
  // The name is the first segment: "Leah, Meridian Bank" -> "Leah".
  const head = t.split(/\s*[,|/(]\s*|\s+[-–—]\s+|\s+(?:from|at|with|for|of|on\s+behalf\s+of)\s+/)[0]!.replace(/[.!]+$/, '').trim();
  const honorific = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sir|Dame)\.?\s+[A-Z]/.test(head);
  const words = head.split(/\s+/).filter((w) => !/^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sir|Dame)\.?$/.test(w));
  if (words.length === 0 || words.length > 3) return false;
  // Placeholders are judged by what they stand for (see hasContact); brands and org words are no person.
  if (words.some((w) => /^Nx+$/.test(w) || ORG_WORD.test(w) || (/[a-z][A-Z]/.test(w) && !NAME_PREFIX.test(w)) || !NAME_WORD.test(w))) return false;
  if (customerNames.has(words[0]!)) return false;
  if (honorific) return true;
  if (words.length > 1 && !/Name|Person/.test(lexiconTag(words[0]!) ?? '')) {
    // "Pipeworks Plumbing", "Coastline Coaches": an ordinary English last word makes the line a company.
    const last = words[words.length - 1]!;
    const known = lexiconTag(last);
    if ((known && !/Name|Person|^Noun$/.test(known)) || /(?:ing|ics|ies)$/.test(last)) return false;
  }
  return looksLikeName(words[0]!);
}

/** Names the customer goes by (greeting, "..., Grace."), so "Thanks, Grace" is not read as the agent. */
function customerNamesOf(reply: Reply, bodyEnd: number): Set<string> {
  const names = new Set<string>();
  const greet = /^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?([A-Z][\w'-]+)/i;
  for (const s of reply.sentences.slice(0, bodyEnd)) {
    const g = greet.exec(s.text);
    if (g) names.add(g[1]!);
    const vocative = /,\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][a-z'-]+)\s*[.;!?—–-]/.exec(s.text);
    if (vocative) names.add(vocative[1]!);
  }
  return names;
}

export function hasContact(reply: Reply): boolean {
  const bodyEnd = signOffStart(reply);
  const signOff = reply.sentences.slice(bodyEnd);
  // A direct line: "reach me directly on 0161 ...", "my extension is 4417", "email me at dana@...".
  if (reply.sentences.some((s) => DIRECT_LINE.test(s.text) && /\d{3}|@|\bext(?:ension)?\b/i.test(s.text))) return true;
  // A name placeholder in the sign-off ({{agent.name}}, [Your Name]).
  const signStart = signOff[0]?.start ?? reply.text.length;
  for (const p of reply.placeholders) {
    if (p.start >= signStart && AGENT_PLACEHOLDER.test(p.text) && !NOT_AGENT_PLACEHOLDER.test(p.text)) return true;
    if (p.start >= signStart && /^\[[A-Z][a-z]+\]$/.test(p.text) && /name/i.test(p.text)) return true;
  }
  // An introduction anywhere ("My name is Femi", "it's Hannah from the front desk").
  INTRO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INTRO.exec(reply.text))) {
    const name = (m[1] ?? m[2])!;
    const nameAt = m.index + m[0].length - name.length;
    const s = reply.sentences.find((x) => x.start <= nameAt && nameAt < x.end);
    if (!s) continue;
    if (/^Nx+$/.test(name)) {
      const p = reply.placeholders.find((x) => x.start === nameAt);
      if (p && !NOT_AGENT_PLACEHOLDER.test(p.text)) return true;
      continue;
    }
    // "I'm Dana, ..." / "I'm Dana from billing": a name, not "I'm Sure" in title case.
    if (/^I(?:'m|\s+am)/.test(m[0]) && !/^\s*(?:,|from\b|here\b|and\b|with\b|at\b|on\b|[.!]|$)/.test(reply.text.slice(m.index + m[0].length, s.end))) continue;
    if (looksLikeName(name)) return true;
  }
  const customers = customerNamesOf(reply, bodyEnd);
  if (signOff.some((line) => namesPerson(line, customers))) return true;
  // On social, brands sign tweets with the agent's initials: "^LS", "-JM", "*TAC", "/KC" (RULES.md boundary).
  return reply.channel === 'social' && SOCIAL_INITIALS.test(lastLine(reply.text));
}

const SOCIAL_INITIALS = /(?:^|\s)(?:\^|\*|~|\/|-{1,2}|–|—)\s?[A-Z]{2,3}\s*(?:\d\/\d\s*)?$/;

/** The last non-empty line (at most its last 200 characters). */
function lastLine(text: string): string {
  const trimmed = text.trimEnd();
  const at = trimmed.lastIndexOf('\n');
  return trimmed.slice(Math.max(at + 1, trimmed.length - 200));
}

export default defineRule({
  meta: {
    id: 'requires-contact',
    description: 'A complaint reply should give a named person or a direct line to come back to',
    family: 'structure',
    languages: ['en'],
    defaultSeverity: 'info',
    fixable: false,
    checklist: 'contact',
    docs: {
      why:
        'After a complaint, the customer wants one person who owns their case, not a queue. Signing with your ' +
        'name, or giving a direct line or extension, lets them come back to you instead of starting over, and ' +
        'gives them some control. "The Support Team" or a general helpline is the queue they were trying to ' +
        'escape.',
      seeds: [
        '003 "Rapid action and follow-up": make sure the customer has your name and contact details',
        '002 "Don\'t let a robot handle the problem for too long": a direct line to a person',
        '000 "Deal directly and don\'t hand them off"',
      ],
    },
    examples: {
      bad: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I've sent the blue one by express post today, and you'll have it by Thursday. Does that work for you?\n\nBest,\nThe Threadline Team",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery, and I am sorry about that. I have refunded the charge this morning. Is there anything else I can help with?\n\nKind regards,\nCustomer Services\nHarbour Home Ltd',
        "I can see your account was locked after the update, Jordan. Sorry about that! I've unlocked it right now, so you can sign in again. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and I am very sorry. We will send a senior plumber on Monday at 8am. If you need us, email support@pipeworks.example or call 0800 555 0100.\n\nPipeworks Plumbing',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry. The second charge will be refunded within 24 hours. What else can I do for you today?\n\nThanks,\nRideShare Billing",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. I’ll move you to 14C by 6pm tonight. Would you like extra legroom as well?\n\nCheers,\nSkyWays",
        "Hi Ola,\n\nI understand you were charged twice, and I'm sorry. I've refunded the duplicate charge today. Is there anything else I can do for you?\n\nWarm regards,\nAccounts Department",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am so sorry. Our technician will replace the valve on Wednesday morning. Does that work for you?\n\nBest wishes,\nHeatwise Heating\n0161 496 0000',
        "Hi Jess,\n\nI understand your parcel has been at the depot for a week, and I'm sorry. I've booked a courier to collect it, and it will be with you before noon on Saturday. Will you be home to receive it?\n\nThanks,\n{{company.name}} Support",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. I have refunded both nights today. Is there anything else I can do to make your next stay a good one?\n\nKind regards,\nGuest Relations\nThe Harbour Hotel',
        "Thanks for your message, Ben. I understand the blender stopped working, and I'm sorry. I'll ship a replacement first thing tomorrow, and a courier will collect the faulty one. Does that sound okay?\n\nThanks, Ben!",
      ],
      good: [
        "Hi Lena,\n\nI understand the jacket we sent was black instead of blue, and I'm sorry. I've sent the blue one by express post today, and you'll have it by Thursday. Does that work for you?\n\nBest,\nTom Baines\nThreadline",
        'Hello Mr Park,\n\nYou mentioned you were charged £40 for delivery, and I am sorry about that. I have refunded the charge this morning. Is there anything else I can help with?\n\nKind regards,\nAisha, Harbour Home',
        "Hi Jordan, this is Kemal from the accounts team. I can see your account was locked after the update. Sorry about that! I've unlocked it right now. Does the new login work for you?",
        'Dear Mrs Fenwick,\n\nIt sounds like the engineer left without fixing the leak, and I am very sorry. We will send a senior plumber on Monday at 8am. If anything changes, you can reach me directly on 0161 496 0872.\n\nPipeworks Plumbing',
        "Hi Sam, thanks for letting us know the app charged you twice. I'm so sorry. The second charge will be refunded within 24 hours. What else can I do for you today?\n– Rosa, RideShare Billing",
        "Hey Marco,\n\nI noticed your booking put you in a middle seat, and I'm sorry. I’ll move you to 14C by 6pm tonight. Would you like extra legroom as well?\n\nCheers,\n{{agent.first_name}}\nSkyWays",
        "Hi Ola,\n\nI understand you were charged twice, and I'm sorry. I've refunded the duplicate charge today. Is there anything else I can do for you?\n\nWarm regards,\n[Your Name]\nAccounts Department",
        'Good morning Mr Varga,\n\nAs I understand it, the boiler has stopped heating water twice this week. I am so sorry. Our technician will replace the valve on Wednesday morning. Does that work for you?\n\nBest wishes,\nDr Imogen Walsh\nService Manager, Heatwise Heating',
        "Hi Jess,\n\nMy name is Tobias, and I'm looking after your delivery now. I understand your parcel has been at the depot for a week, and I'm sorry. I've booked a courier to collect it today. Will you be home on Saturday?\n\nThanks,\nNorthway Parcels",
        'Dear Ms Sato,\n\nI realise the building work kept you awake for two nights, and I apologise. I have refunded both nights today. Is there anything else I can do to make your next stay a good one?\n\nKind regards,\nOluwaseun\nGuest Relations, The Harbour Hotel',
        "Hi Ben,\n\nI understand the blender stopped working, and I'm sorry. I'll ship a replacement first thing tomorrow. Does that sound okay?\n\nThanks,\nMaeve\nExtension 4417, Kitchenly",
      ],
    },
  },
  check(reply, context) {
    if (hasContact(reply)) return;
    reportMissing(
      context,
      'No person to come back to. Sign with your name or give a direct way to reach you, not only a team or company.',
      'Sign with your name: "Best, Dana" — or add "You can reach me directly on 0161 496 0142."',
    );
  },
});
