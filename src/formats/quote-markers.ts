// The "> " markers that quote a line, in email and Markdown alike: the Markdown extractor reads them as
// blockquotes and the engine (engine/quoted.ts) as the customer's quoted text.

/** Email quote markers at the start of a line: "> ", ">> ", "> > ". */
export const MARKERS = /^[ \t]{0,3}(?:>[ \t]?)+/;

/** How many "> " markers open the line (0: not quoted). */
export function quoteLevel(line: string): number {
  const m = MARKERS.exec(line);
  if (!m) return 0;
  let n = 0;
  for (const c of m[0]) if (c === '>') n++;
  return n;
}
