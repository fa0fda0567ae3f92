// The sign-off block: the closing formula, name, role, company and contact lines at the end of a reply.
// Structure rules read the body before it (the last question, the actions); the context reads the
// customer's name from it.
import type { Reply, Sentence } from '../types.js';
import { memoPer } from '../core/memo.js';

const CLOSING = /^(?:[-–—~]\s*)?(?:(?:kind(?:est)?|warm(?:est)?|best|many|with|all (?:the|my)|my|sincere|warm)\s+)?(?:regards|wishes|thanks(?: again)?|thank you(?: again)?|cheers|sincerely|yours(?: sincerely| faithfully| truly)?|take care|best|all the best|speak soon|talk soon|apologies|respectfully|love|thanks so much|many thanks|have a (?:great|good|lovely|nice) (?:day|evening|weekend|week)(?: ahead)?)\s*[,.!]*$/i;
/** A short courtesy line that ends a reply ("Thanks again for your patience!"). */
const COURTESY = /^(?:thanks|thank you)(?: again| so much)?(?: for (?:your|the) (?:patience|understanding|time|help|business|feedback|message|email))?\s*[.,!]*$/i;

/** Index of the first sentence of the sign-off block (sentences.length when there is none). */
export const signOffStart = memoPer(function signOffStart(reply: Reply): number {
  const s = reply.sentences;
  let i = s.length;
  while (i > 0) {
    const cur = s[i - 1]!;
    if (!isSignOffLine(reply, cur)) break;
    i--;
  }
  // Never treat the whole reply as a sign-off.
  if (i === 0) i = s.length;
  return i;
});

/** "Best, Sofia" / "Thanks, Mike": a closing formula and a name on one line. */
const CLOSING_WITH_NAME = /^(?:(?:kind|warm|best|many)\s+)?(?:regards|wishes|thanks|thank you|cheers|best|take care|speak soon|talk soon)\s*,\s*(\S+(?:\s+\S+){0,2})\s*[.!]?$/i;
const CONTACT_LINE = /^(?:tel|phone|mobile|mob|direct(?: line| dial)?|email|e-mail|ext|extension|[tme])\b\s*[:.]?/i;
const SMALL_WORD = /^(?:of|the|and|&|at|for|de|da|van|von|la|le|du|on|in|to|a)$/;

function isSignOffLine(reply: Reply, s: Sentence): boolean {
  const t = s.text.trim();
  if (CLOSING.test(t) || COURTESY.test(t)) return true;
  if (!/[\p{L}\p{N}]/u.test(t)) return true; // an emoji or a rule line after the last sentence
  if (s.isQuestion) return false;
  // A signature line stands alone on its line, is short, and reads as a label, not a sentence.
  const ownLine = lineStartsAt(reply.text, s.start) && lineEndsAt(reply.text, s.end);
  // "... Does that help? – Priya" / "^JK": a dash or caret signature may share the last line.
  if (!ownLine && !(/^[-–—~^]/.test(t) && lineEndsAt(reply.text, s.end) && isSignatureText(t))) return false;
  // The splitter may join signature lines ("Manager, Acme Ltd\n020 7946 0881"): each line must qualify.
  return t.split(/\r?\n/).every((line) => isSignatureText(line.trim()));
}

function isSignatureText(t: string): boolean {
  if (!t) return true;
  if (CLOSING.test(t) || COURTESY.test(t)) return true;
  // Any other short valediction ending in a comma ("Safe travels,", "Happy baking,"), not a greeting.
  if (/^[A-Z][\w' ]{0,30},$/.test(t) && t.split(/\s+/).length <= 4 && !/^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|to)\b/i.test(t)) return true;
  if (CLOSING_WITH_NAME.test(t)) return true;
  if (CONTACT_LINE.test(t) && /[\d@]/.test(t)) return true;
  if (/^[+(\d][\d\s()+.-]{6,}$/.test(t) || /^\S+@\S+\.\w+$/.test(t) || /^(?:https?:\/\/|www\.)\S+$/i.test(t)) return true;
  if (/[.!:;]$/.test(t) && !/\b(?:Ltd|Inc|Co|Jr|Sr|Bros)\.$/.test(t)) return false;
  if (/^p\.?s\b/i.test(t)) return false;
  const words = t.replace(/^[-–—~^]\s*/, '').split(/[\s,/|]+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  // Title case: every word capitalized (small words aside), like "Customer Care, Meridian Bank".
  return words.every((w) => /^[A-Z\d&'([{]/.test(w) || SMALL_WORD.test(w.toLowerCase()));
}

/** True when only spaces, or a dash or list marker ("- Lauren"), stand before `at` on its line. */
function lineStartsAt(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k >= 0 && '-–—~•*'.includes(text[k]!)) {
    k--;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  }
  return k < 0 || text[k] === '\n' || text[k] === '\r';
}

function lineEndsAt(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  return k >= text.length || text[k] === '\n' || text[k] === '\r';
}

/** The last sentence of the body (before the sign-off), or undefined for an empty body. */
export function lastBodySentence(reply: Reply): Sentence | undefined {
  const end = signOffStart(reply);
  return reply.sentences[end - 1];
}


/** The sentences of the sign-off block. */
export function signOffLines(reply: Reply): readonly Sentence[] {
  return reply.sentences.slice(signOffStart(reply));
}
