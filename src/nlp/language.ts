// A cheap check that a reply is English: the built-in rules are English phrase lists and English
// grammar, so on a Portuguese or German macro they can only produce noise (and English "fixes").

// Common English function words that are not also common words in the Romance/Germanic languages
// help desks write in ("a", "as", "do", "no", "me", "die" are left out on purpose).
const ENGLISH = new Set([
  'the', 'and', 'you', 'your', 'we', 'our', 'i', 'is', 'are', 'to', 'of', 'for', 'it', 'this', 'that', 'with',
  'be', 'have', 'has', 'will', 'can', 'please', 'thanks', 'thank', 'not', 'on', 'in', 'at', 'if', 'my', 'us',
  'was', 'were', 'any', 'an', 'by', 'or', 'so', 'from', 'all', 'would', 'just', 'let', 'know', 'help', 'sorry',
  "i'm", "we're", "you're", "it's", "don't", "can't", "let's", "there's", "you'll", "we'll", 'what', 'how', 'when', 'there',
  'they', 'been', 'hi', 'hello', 'here', 'more', 'about', 'out', 'sure', 'look', 'into', 'get', 'find', 'check',
]);

/** Words needed before the check says anything: short fragments are given the benefit of the doubt. */
const MIN_WORDS = 15;

export function looksEnglish(text: string): boolean {
  // Links, handles, emails and placeholders say nothing about the language. An email is matched from the
  // start of its token only: tried at every letter of a long token without "@", it would be quadratic.
  const prose = text.replace(/https?:\/\/\S+|www\.\S+|[@#]\w+|(?<!\S)\S+@\S+|\{\{[^}]*\}\}|\bN[x]{2,}\b/g, ' ');
  const words = prose.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu);
  if (!words || words.length < MIN_WORDS) return true;
  // Too little vocabulary to judge (lists of codes, "word word word ..."): give the benefit of the doubt.
  if (new Set(words).size < MIN_WORDS / 2) return true;
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w)) hits++;
  return hits / words.length >= 0.08;
}

/**
 * The language code a reply's rules are chosen by (meta.languages): 'en' when it looks English, else
 * 'other'. A detector for another language returns its code here.
 */
export function languageOf(text: string): string {
  return looksEnglish(text) ? 'en' : 'other';
}
