// The starts of a text's words, bucketed by their first letter (lower-cased): where an entry with known
// leading prefixes (regex-leads.ts) can match. A word here is a maximal run of ASCII letters and digits,
// which is where a guarded entry's match starting with one can begin. One linear pass per reply.

export type WordStarts = Map<number, number[]>;

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Positions of word starts, keyed by the lower-cased first character's code. */
export function wordStarts(text: string): WordStarts {
  const out: WordStarts = new Map();
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c)) { inWord = false; continue; }
    if (inWord) continue;
    inWord = true;
    const key = lower(c);
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  }
  return out;
}

/** Whether text[at..] starts with `prefix` (lower-case ASCII), ignoring the case of A-Z. */
export function startsWithFolded(text: string, at: number, prefix: string): boolean {
  if (at + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) if (lower(text.charCodeAt(at + k)) !== prefix.charCodeAt(k)) return false;
  return true;
}

/** Leading prefixes grouped by their first character's code, for `candidateStarts`. */
export function groupLeads(leads: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const lead of leads) {
    const key = lead.charCodeAt(0);
    const list = groups.get(key);
    if (list) list.push(lead);
    else groups.set(key, [lead]);
  }
  return groups;
}

/** The word starts where one of the grouped prefixes begins, ascending. */
export function candidateStarts(text: string, starts: WordStarts, groups: Map<number, string[]>): number[] {
  const out: number[] = [];
  let buckets = 0;
  for (const [key, leads] of groups) {
    const positions = starts.get(key);
    if (positions === undefined) continue;
    buckets++;
    for (const at of positions) {
      for (const lead of leads) {
        if (startsWithFolded(text, at, lead)) {
          out.push(at);
          break;
        }
      }
    }
  }
  // Each bucket is ascending and a position is in one bucket only.
  if (buckets > 1) out.sort((a, b) => a - b);
  return out;
}
