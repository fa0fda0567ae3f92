// Words as the context rules compare them: content words (no function words or small talk), reduced
// to a stem ("charged", "charging", "charges" -> "charg"), and a concept shared by near-synonyms
// ("parcel", "package", "delivery" -> delivery), so "my parcel never came" and "your delivery" meet.
// Lexical on purpose: a draft with a customer message must cost no more to lint than one without
// (the tagger takes longer to load than the rest of a cold start).

/** Function words, small talk and words every support message has: they never carry a topic. */
const STOP = new Set(`
a about above after again against all almost also although always am an and another any anybody anyone anything
anyway anywhere are aren't around as ask asked asking at away back be became because been before being below between
both but by can can't cannot could couldn't did didn't do does doesn't doing don't done down during each either else
even ever every everyone everything far few for from further get gets getting got gotten had hadn't has hasn't have
haven't having he her here hers herself him himself his how however i i'd i'll i'm i've if in into is isn't it it's its
itself just keep kept know knew known least less let let's like likely made make makes making many may maybe me might
mine more most much must my myself need needed needs neither never no nobody none nor not nothing now of off often on
once one only or other others otherwise ought our ours ourselves out over own per perhaps please pls plz quite rather
really right said same say says see seem seems seen several shall she she's should shouldn't since so some somebody
someone something sometimes somewhere soon still such sure take taken tell than thank thanks thanx thx that that's the
their theirs them themselves then there there's these they they're they've thing things think this those though
through thru till to today tomorrow too toward towards try trying under unless until up upon us use used very via want
wanted wants was wasn't way we we'd we'll we're we've well went were weren't what what's whatever when where whether
which while who whom whose why will with within without won't would wouldn't yeah yes yet you you'd you'll you're
you've your yours yourself yourselves hi hello hey dear hiya ok okay lol omg wtf haha hahaha guys guy folks team
customer customers service support help helping helped dm dms message messaged messages reply replied replies
respond response contact contacted reach reached time times day days week weeks month months year years hour hours
minute minutes min mins second seconds ago last next first new old lot lots bit little big good great bad better best
worst terrible awful horrible ridiculous unacceptable problem problems issue issues trouble wrong experience hope
happy glad sorry apologies apologize apologise apology appreciate understand understood feel feeling look looking
looked check checked checking info information details detail question questions answer
answered answers anyone else able unable again still already literally actually seriously honestly basically
totally completely absolutely definitely probably especially currently recently finally sure yet hey
come comes coming came go goes going put puts give gives giving gave take takes taking took bring brings brought
happen happens happened happening stuff
`.trim().split(/\s+/));

/** Irregular forms to their base. */
// A Map: looked up for every word of a customer's message (see phrases/word-index.ts on why not an object).
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries({
  sent: 'send', paid: 'pay', bought: 'buy', gone: 'go', took: 'take', gave: 'give', given: 'give', told: 'tell',
  broke: 'break', broken: 'break', lost: 'lose', left: 'leave', came: 'come', rang: 'ring', spoke: 'speak',
  spoken: 'speak', wrote: 'write', written: 'write', held: 'hold', chose: 'choose', chosen: 'choose', stole: 'steal',
  stolen: 'steal', fell: 'fall', fallen: 'fall', ate: 'eat', froze: 'freeze', frozen: 'freeze', began: 'begin',
  begun: 'begin', shown: 'show', flew: 'fly', flown: 'fly', flights: 'flight', children: 'child', men: 'man',
  women: 'woman', people: 'person', charges: 'charge', arrived: 'arrive', arrives: 'arrive', arriving: 'arrive',
  deliveries: 'delivery', batteries: 'battery', ran: 'run', won: 'win', hung: 'hang', cost: 'cost', set: 'set',
  put: 'put', shut: 'shut', cut: 'cut', hit: 'hit', read: 'read', heard: 'hear', meant: 'mean', met: 'meet',
  felt: 'feel', dealt: 'deal', slept: 'sleep', stuck: 'stick', sold: 'sell', caught: 'catch', taught: 'teach',
  brought: 'bring', thought: 'think', sought: 'seek', fought: 'fight', forgot: 'forget', forgotten: 'forget',
}));

/** A light stemmer: inflections go, so word forms of one verb or noun meet. Not a dictionary form. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']/g, "'").replace(/'s$/, '').replace(/['-]/g, '');
  const irregular = IRREGULAR.get(w);
  if (irregular) w = irregular;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // A doubled final consonant is one ("shipped" -> "ship", "cancelled" -> "cancel", "bill" -> "bil").
  if (w.length > 3 && /([bdfgklmnprstz])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Near-synonyms a reply may use for what the customer said. Each line is one concept; the words are
 * stemmed when the table is built. Kept small and about support topics.
 */
const CONCEPTS = `
refund reimburse reimbursement repay repayment credit credited money compensation compensate charge bill billing billed pay payment debit fee cost price overcharge overcharged invoice transaction renewal renew
deliver delivery arrive arrival ship shipping shipment dispatch courier tracking track package parcel postal mail carrier receive send
order purchase bought item product
late delay delayed slow overdue wait waiting lateness
broken break damage damaged faulty defective crack cracked smash smashed dent dented fault
work working function functioning
cancel cancellation cancelled canceled terminate termination
account login log sign password username profile
phone mobile cell handset device smartphone iphone android
flight plane fly flying trip journey travel booking reservation reserve ticket seat airline airport
train rail railway station platform
card debit visa mastercard amex cc
app application software program update install
internet wifi connection connect network signal broadband outage online offline speed website site web webpage page load loading link linking linked sync line
feature option setting settings function functionality
missing lose lost gone
email e-mail inbox
bag luggage baggage suitcase
food meal dish burrito pizza sandwich drink coffee
store shop branch restaurant location outlet
staff employee agent representative rep driver cashier manager worker crew attendant
battery charger charging power
screen display
game console playstation xbox
music song playlist spotify play playback track album audio
tv television show episode stream streaming
subscription plan membership premium
sound volume speaker headphone
photo picture image camera
code promo coupon voucher discount offer
points reward rewards miles
birthday birth dob
case claim dispute complaint ticket
`.trim().split('\n').map((l) => l.trim().split(/\s+/));

const CONCEPT_OF = new Map<string, string>();
for (const words of CONCEPTS) {
  const id = stem(words[0]!);
  for (const w of words) if (!CONCEPT_OF.has(stem(w))) CONCEPT_OF.set(stem(w), id);
}

/** The concept of a stem ("parcel" -> the delivery concept), or the stem itself. */
export function conceptOf(stemmed: string): string {
  // "resend", "reinstall", "reorder": the word without "re" names the same thing.
  return CONCEPT_OF.get(stemmed) ?? (stemmed.startsWith('re') && stemmed.length > 5 ? CONCEPT_OF.get(stemmed.slice(2)) : undefined) ?? stemmed;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}]/gu;

export interface ContentWord {
  word: string;
  stem: string;
  concept: string;
  start: number;
  end: number;
}

/** The content words of [start, end) of a text: letters only, not a stop word, at least 3 letters (or a short all-caps name). */
export function contentWords(text: string, start = 0, end = text.length): ContentWord[] {
  const out: ContentWord[] = [];
  WORD.lastIndex = 0;
  const part = text.slice(start, end);
  for (const m of part.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (STOP.has(lower) || STOP.has(lower.replace(/'.*$/, ''))) continue;
    if (lower.length < 3 && !/^[A-Z]{2}$/.test(word)) continue;
    // Masked placeholders ("Nxxxx") are names, not topics.
    if (/^Nx+$/.test(word)) continue;
    const s = stem(lower);
    out.push({ word, stem: s, concept: conceptOf(s), start: start + m.index, end: start + m.index + word.length });
  }
  return out;
}

/** Concepts of a text, for overlap tests. */
export function conceptSet(words: readonly ContentWord[]): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    set.add(w.concept);
    set.add(w.stem);
  }
  return set;
}
