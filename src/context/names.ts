// Names in a conversation: who the reply greets, what the customer is called (an email header, their
// sign-off, "my name is ...", how an earlier reply greeted them).
import type { Reply, ReplyContext } from '../types.js';
import { signOffLines } from '../nlp/reply-parts.js';

export interface Greeting {
  /** The name as written ("Maria", "Lopez" after "Mrs"). */
  name: string;
  /** "Mr", "Mrs" ... when the greeting uses a title (then `name` is a surname). */
  title?: string;
  start: number;
  end: number;
}

const GREETING_WORD = /^(?:hi|hey|hello|hiya|howdy|heya|dear|greetings|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|hola|olá|ola|bonjour|thanks|thank\s+you|sorry)\b[\s,!]*(?:there\b[\s,!]*)?/i;
const TITLE = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam)\.?\s+/;
const NAME = /^(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?=[ \t\r\n,.!:;?]|$)/u;
/** Capitalised words that follow a greeting but are not names. */
const NOT_NAME = new Set(`
there all everyone everybody team folks guys friend friends again back sir madam customer valued both you yes no ok
okay thanks thank sorry so and for from the we our this it i please happy great good hope just welcome apologies
again hi hello hey dear again love again again cheers regards best sincerely kind warm many help urgent disappointed
seriously anyone anybody nobody sent iphone android twitter amazon apple google thx ty regards yours
`.trim().split(/\s+/));

/** The name the reply greets ("Hi Maria,", "Dear Mrs Lopez", "@123 Hello, Tom!"), if any. */
export function greetingName(reply: Reply): Greeting | undefined {
  const first = reply.sentences[0];
  if (!first) return undefined;
  const text = reply.text;
  let at = first.start;
  // Social replies open with @handles.
  for (let m = /^@\w{1,40}\s*/.exec(text.slice(at, at + 60)); m; m = /^@\w{1,40}\s*/.exec(text.slice(at, at + 60))) at += m[0].length;
  const window = text.slice(at, Math.min(text.length, at + 120));
  const g = GREETING_WORD.exec(window);
  // "Hi there," greets no one; a name is on the greeting's own line; "Thanks! It's ..." ends the greeting.
  if (!g || /\n/.test(g[0]) || /\bthere\b/i.test(g[0])) return undefined;
  if (/^(?:thanks|thank\s+you|sorry)/i.test(g[0]) && /[!.]/.test(g[0])) return undefined;
  let rest = window.slice(g[0].length);
  let offset = at + g[0].length;
  const t = TITLE.exec(rest);
  if (t) { rest = rest.slice(t[0].length); offset += t[0].length; }
  const n = NAME.exec(rest);
  if (!n) return undefined;
  const name = n[1]!;
  if (NOT_NAME.has(name.toLowerCase()) || /^Nx+$/.test(name) || /['’](?:s|re|m|ll|ve|d|t)$/i.test(name) || reply.inPlaceholder(offset, offset + name.length)) return undefined;
  // "Hi Maria Lopez" keeps both words; "Hi Maria Thanks for ..." keeps the name only.
  const words = name.split(/[ -]/);
  const kept = words.length > 1 && NOT_NAME.has(words[1]!.toLowerCase()) ? words[0]! : name;
  const greeting: Greeting = { name: kept, start: offset, end: offset + kept.length };
  if (t) greeting.title = t[1];
  return greeting;
}

const CLOSING = /^(?:[-–—~]\s*)?(?:(?:kind(?:est)?|warm(?:est)?|best|many|with)\s+)?(?:regards|wishes|thanks|thank\s+you|cheers|sincerely|yours(?:\s+(?:sincerely|faithfully|truly))?|best|love|thx|ty)\b[\s,.!]*/i;
const CAP_WORDS = /^(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})[\s.!]*$/u;

/** Names written as a sign-off: "Maria", "- Maria Lopez", "Thanks, Maria", "Regards,\nMaria". */
export function signedNames(message: Reply): string[] {
  const out: string[] = [];
  for (const s of signOffLines(message)) {
    for (const raw of s.text.split(/\r?\n/)) {
      let line = raw.trim().replace(/^[-–—~^*]+\s*/, '');
      line = line.replace(CLOSING, '').trim();
      const m = CAP_WORDS.exec(line);
      if (!m) continue;
      const name = m[1]!;
      if (name.split(/\s+/).some((w) => NOT_NAME.has(w.toLowerCase()))) continue;
      out.push(name);
    }
  }
  return out;
}

const SAYS_NAME = /\b(?:my\s+name\s+is|my\s+name's|name\s+is|this\s+is|it's|it\s+is)\s+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+)?)\b/gu;

function saidNames(message: Reply): string[] {
  const out: string[] = [];
  for (const m of message.text.matchAll(SAYS_NAME)) {
    // "This is Maria", "my name is Maria Lopez", at the start of a sentence for "this is"/"it's".
    const lead = m[0].toLowerCase();
    const before = message.text.slice(Math.max(0, m.index! - 8), m.index);
    if (!lead.startsWith('my') && !lead.startsWith('name') && !/(?:^|[\n.!?]\s*|\b(?:hi|hello|hey)[\s,]+)$/i.test(before) && m.index! > 0) continue;
    const name = m[1]!;
    if (name.split(/\s+/).some((w) => NOT_NAME.has(w.toLowerCase()))) continue;
    out.push(name);
  }
  return out;
}

export interface CustomerNames {
  /** Names the conversation gives the customer, most reliable first. */
  names: string[];
  /** Names that came only from a bare sign-off line (checked against the name lexicon before use). */
  weak: Set<string>;
}

const nameCache = new WeakMap<ReplyContext, Map<string, CustomerNames>>();

/** The @handles a social post opens with. */
function leadingHandles(text: string): string[] {
  const m = /^(?:\s*@\w{1,40})+/.exec(text);
  return m ? m[0].trim().split(/\s+/).map((h) => h.toLowerCase()) : [];
}

function leadingHandle(text: string | undefined): string | undefined {
  return text ? leadingHandles(text)[0] : undefined;
}

/**
 * What the customer is called, from every source the conversation has. `replyText`: the reply being
 * checked (its @handle says who it answers in a public thread).
 */
export function customerNames(context: ReplyContext, replyText?: string): CustomerNames {
  let byReply = nameCache.get(context);
  if (!byReply) nameCache.set(context, (byReply = new Map()));
  let out = byReply.get(leadingHandle(replyText) ?? '');
  if (out) return out;
  const names: string[] = [];
  const weak = new Set<string>();
  if (context.customerName) names.push(context.customerName);
  for (const r of [context.message, ...context.earlierCustomer]) names.push(...saidNames(r));
  for (const r of [context.message, ...context.earlierCustomer]) {
    for (const n of signedNames(r)) {
      if (!names.includes(n)) { names.push(n); weak.add(n); }
    }
  }
  // An earlier reply greeted them by name (on social channels, only a reply to the same @handle: a
  // public thread can have several people in it).
  const handle = leadingHandle(replyText);
  const agentTurns = context.earlier.filter((t) => t.from === 'agent');
  context.earlierAgent.forEach((r, i) => {
    const to = leadingHandles(agentTurns[i]?.text ?? '');
    if (handle && to.length && !to.includes(handle)) return;
    const g = greetingName(r);
    if (g && !g.title && !names.includes(g.name)) names.push(g.name);
  });
  out = { names, weak };
  byReply.set(handle ?? '', out);
  return out;
}

const NICKNAMES = `
mike michael|bob robert rob bobby|bill william will billy liam|jim james jimmy jamie|jack john johnny jon|liz elizabeth beth betty eliza lizzie|
kate katherine catherine kathryn katie cathy kathy kat|peggy margaret maggie meg|dick richard rich rick ricky|ted edward ed eddie ned|
alex alexander alexandra sasha alexis|tony anthony|tom thomas tommy|dave david|chris christopher christine christina kris|
sam samuel samantha|nick nicholas nicola nicky|steve steven stephen|andy andrew drew|matt matthew|joe joseph joey|
ben benjamin|dan daniel danny|pat patrick patricia patty|jen jennifer jenny|becky rebecca becca|sue susan suzanne|
jess jessica jessie|vicky victoria tori|ally alison allison ali|abby abigail|gabe gabriel|greg gregory|jeff jeffrey geoff|
josh joshua|larry lawrence laurence|nate nathan nathaniel|pete peter|phil philip phillip|ron ronald ronnie|
tim timothy|walt walter|zach zachary zack|charlie charles chuck|hank henry harry|frank francis franklin|
fred frederick freddie|al albert alan allan|ken kenneth kenny|don donald donny|jerry gerald jeremy|
`.replace(/\n/g, '').split('|').map((g) => g.trim().split(/\s+/)).filter((g) => g.length > 1);

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether two first names can name the same person (same name, a short form, a common nickname). */
export function sameFirstName(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3 && long.startsWith(short)) return true;
  return NICKNAMES.some((g) => g.includes(x) && g.includes(y));
}

/** Whether a greeting fits a known name ("Maria" ~ "Maria Lopez"; "Mrs Lopez" ~ "Maria Lopez"). */
export function greetingFits(greeting: Greeting, known: string): boolean {
  const words = known.split(/\s+/);
  if (greeting.title) return words.length > 1 ? fold(words[words.length - 1]!) === fold(greeting.name.split(/\s+/).pop()!) || words.length === 1 : true;
  const greeted = greeting.name.split(/[ -]/);
  return sameFirstName(greeted[0]!, words[0]!) || words.some((w) => fold(w) === fold(greeted[0]!));
}
