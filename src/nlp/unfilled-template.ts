// Text left for a person to fill in before a template is sent: "[INSERT TRACKING LINK]", "<tracking link>",
// "(insert product)", "XXX", "XX/XX/XXXX", "____", "TBD". Shared by unfilled-template (macro files) and by
// any rule that checks drafts for the same thing (robotic-script's "template text left unfilled").
// Fixed regexes over the text, one pass each; nothing is built from the text itself.

export type UnfilledKind = 'bracket' | 'angle' | 'paren' | 'xs' | 'blank' | 'tbd';

export interface UnfilledSpan {
  start: number;
  end: number;
  text: string;
  kind: UnfilledKind;
}

export interface UnfilledOptions {
  /** `[Agent Name]`-style bracket slots are meant for the agent here: report only "insert"-style ones. */
  allowBrackets?: boolean;
  /** Slots allowed as written (case-insensitive, brackets included): "[Agent Name]". */
  allow?: readonly string[];
}

// Words that make a bracketed or parenthesized phrase an instruction to the writer.
const VERB = String.raw`(?:insert|add|enter|fill(?:\s+in)?|put|paste|type|include|replace(?:\s+with)?|attach|specify)`;
// Nouns a slot stands for.
const SLOT_NOUN = String.raw`(?:name|first\s+name|last\s+name|full\s+name|link|url|number|no\.?|id|date|time|email|e-mail|address|amount|price|total|code|order|tracking|reference|ref|phone|company|product|item|account|ticket|case|signature|details?|reason|day|month|year|location|store|city)`;

// [INSERT TRACKING LINK], [Customer Name], [tracking number], [ORDER_ID], [date]: not Markdown links "[x](u)",
// checkboxes "[ ]"/"[x]", footnotes "[1]", or editorial "[sic]". Capitals are matched case-sensitively.
const BRACKET_WORDS = new RegExp(String.raw`\[(?:${VERB}\b[^\]\n]{0,60}|(?:[A-Za-z']+[ _-]){0,4}${SLOT_NOUN}s?)\](?![(\[])`, 'gi');
const BRACKET_CAPS = /\[[A-Z][A-Z0-9_]+(?:[ _][A-Z0-9_]+){0,6}\](?![(\[])/g;
// <tracking link>, <ORDER NUMBER>, <insert date>: never an HTML tag (no "=", "/" or quotes; a space or capitals).
const ANGLE_WORDS = new RegExp(String.raw`<(?:${VERB}\b[^<>\n="/]{0,60}|(?:[a-z']+ ){1,4}${SLOT_NOUN}s?)>`, 'gi');
const ANGLE_CAPS = /<[A-Z][A-Z0-9_]+(?:[ _][A-Z0-9_]+){0,6}>/g;
// (insert product), (add link here)
const PAREN = new RegExp(String.raw`\(${VERB}\s[^()\n]{1,60}\)`, 'gi');
// XXX, XXXX-XXXX, XX/XX/XXXX, #XXXXX, $XX.XX: X runs standing in for digits or a word.
const XS = /(?<![A-Za-z0-9])(?:[#$£€]\s?)?(?:X{2,}(?:[/.:-]X{2,})+|X{3,}|x{3,})(?:\.X{2})?(?![A-Za-z0-9])/g;
// ____ (three or more underscores, a blank line to write on)
const BLANK = /_{3,}/g;
// TBD / TBC / TBA / TODO / FIXME written in capitals
const TBD = /(?<![\w-])(?:TBD|TBC|TBA|TODO|FIXME)(?![\w-])/g;

// <DIV>, <BR>: capitals, but a tag.
const HTML_TAG_WORD = /^<(?:A|B|I|U|P|BR|DIV|SPAN|STRONG|EM|UL|OL|LI|IMG|TABLE|TR|TD|TH|HR|H[1-6]|FONT|CENTER|SMALL|SUP|SUB|HTML|BODY|HEAD|STYLE|SCRIPT|PRE|CODE)>$/;
const HTML_LIKE = /^<\/?(?:a|b|i|u|p|br|div|span|strong|em|ul|ol|li|img|table|tr|td|th|hr|h[1-6]|font|center|small|sup|sub)\b/i;

/** Every unfilled slot in the text, in order. */
export function findUnfilledTemplate(text: string, options: UnfilledOptions = {}): UnfilledSpan[] {
  const allow = new Set((options.allow ?? []).map((a) => a.trim().toLowerCase()));
  const out: UnfilledSpan[] = [];
  const add = (re: RegExp, kind: UnfilledKind, keep?: (s: string) => boolean) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const s = m[0];
      if (keep && !keep(s)) continue;
      if (allow.has(s.toLowerCase())) continue;
      out.push({ start: m.index, end: m.index + s.length, text: s, kind });
    }
  };
  const verbFirst = new RegExp(String.raw`^[\[<(]\s*${VERB}\b`, 'i');
  if (text.includes('[')) {
    add(BRACKET_WORDS, 'bracket', (s) => !options.allowBrackets || verbFirst.test(s));
    add(BRACKET_CAPS, 'bracket', (s) => !options.allowBrackets || verbFirst.test(s));
  }
  if (text.includes('<')) {
    add(ANGLE_WORDS, 'angle', (s) => !HTML_LIKE.test(s));
    add(ANGLE_CAPS, 'angle', (s) => !HTML_LIKE.test(s) && !HTML_TAG_WORD.test(s));
  }
  if (text.includes('(')) add(PAREN, 'paren');
  if (/[Xx]{2}/.test(text)) add(XS, 'xs');
  if (text.includes('___')) add(BLANK, 'blank');
  if (/T[BO]|FIXME/.test(text)) add(TBD, 'tbd');
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping finds (an "[INSERT XXX]" is one slot): the outermost, earliest wins.
  const kept: UnfilledSpan[] = [];
  for (const s of out) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) continue;
    kept.push(s);
  }
  return kept;
}
