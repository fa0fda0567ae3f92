// How long a placeholder usually is once filled in, guessed from its name: a first name ~7 characters,
// an email ~24, a link ~45, a whole comment a few hundred. Used to judge whether a macro fits a channel.

const BY_LAST_WORD: Array<[RegExp, number]> = [
  [/(?:^|_|\.)(?:first_?name|firstname|first)$/i, 7],
  [/(?:^|_|\.)(?:last_?name|lastname)$/i, 8],
  [/(?:full_?name|fullname|^name|\.name|_name)$/i, 15],
  [/e-?mail$/i, 24],
  [/(?:url|link|href|ticket_link)$/i, 45],
  [/(?:phone|mobile)$/i, 14],
  [/(?:^id|\.id|_id|number|num|ref|reference)$/i, 7],
  [/(?:date|_at|datetime|time)$/i, 12],
  [/(?:title|subject)$/i, 40],
  [/(?:comment|comments|description|body|body_text|body_html|message|content|signature|formatted|html|rich)$/i, 300],
  [/(?:status|priority|type|via|channel)$/i, 8],
  [/(?:company|organization|account|brand|group)(?:\.name)?$/i, 14],
];

/** Typical filled-in length of a placeholder name (default: 10 characters). */
export function typicalLength(name: string | undefined, fallback = 10): number {
  if (!name) return fallback;
  for (const [re, len] of BY_LAST_WORD) if (re.test(name)) return len;
  return fallback;
}
