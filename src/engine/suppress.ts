// Applying inline directives (found by the extractors, formats/directives.ts) to a file's messages, in file
// coordinates, after the rules ran: rules never know about them.
import type { LintMessage } from '../types.js';
import type { Directive } from '../formats/directives.js';

interface Located {
  message: LintMessage;
  offset: number;
}

export interface DirectiveOutcome {
  kept: LintMessage[];
  suppressed: Array<LintMessage & { suppressions: Array<{ kind: 'directive'; justification: string }> }>;
  unused: Directive[];
}

/**
 * Applies directives to messages. A message is matched by its start offset in the file and its line.
 * `lineOf` gives a file offset's 1-based line.
 */
export function applyDirectives(
  items: Located[],
  directives: readonly Directive[],
  lineOf: (offset: number) => number,
): DirectiveOutcome {
  const kept: LintMessage[] = [];
  const suppressed: DirectiveOutcome['suppressed'] = [];
  if (directives.length === 0) return { kept: items.map((i) => i.message), suppressed, unused: [] };
  const sorted = [...directives].sort((a, b) => a.start - b.start);
  const used = new Set<Directive>();
  const covers = (d: Directive, ruleId: string | null) => d.rules.length === 0 || (ruleId !== null && d.rules.includes(ruleId));
  for (const item of items) {
    const { message, offset } = item;
    let by: Directive | undefined;
    // Block directives: the last disable/enable before the message decides, per rule.
    for (const d of sorted) {
      if (d.start > offset) break;
      if (d.type !== 'disable' && d.type !== 'enable') continue;
      if (!covers(d, message.ruleId)) continue;
      by = d.type === 'disable' ? d : undefined;
    }
    if (!by) {
      for (const d of sorted) {
        if (!covers(d, message.ruleId)) continue;
        if (d.type === 'disable-line' && message.line === lineOf(d.start)) { by = d; break; }
        if (d.type !== 'disable-next-line') continue;
        const line = lineOf(d.end);
        if (message.line === line + 1 || (message.line === line && d.start > offset)) { by = d; break; }
      }
    }
    if (by) {
      used.add(by);
      suppressed.push({ ...message, suppressions: [{ kind: 'directive', justification: by.reason }] });
    } else kept.push(message);
  }
  const unused = sorted.filter((d) => d.type !== 'enable' && d.type !== 'unknown' && !used.has(d));
  return { kept, suppressed, unused };
}
