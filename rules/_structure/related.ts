// Structure rules lean on two phrase rules: an apology the non-apology rule flags is no apology, and a
// closing question the negative-follow-up rule flags is no invitation. We run those rules' own check()
// with a collecting context (cached per reply), so both rules always agree on what they see.
import type { Reply, Rule, Span } from '../../src/types.js';
import nonApology from '../non-apology.js';
import negativeFollowUp from '../negative-follow-up.js';

const cache = new WeakMap<Reply, Map<string, Span[]>>();

/** The spans a rule reports on a reply, with the rule's default options. */
export function reportedSpans(rule: Rule, reply: Reply): Span[] {
  let byRule = cache.get(reply);
  if (!byRule) cache.set(reply, (byRule = new Map()));
  const id = rule.meta.id;
  let spans = byRule.get(id);
  if (spans) return spans;
  const found: Span[] = [];
  const options = Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, spec]) => [k, spec.default]));
  rule.check(reply, { ruleId: id, options, report: (d) => found.push({ start: d.start, end: d.end }) });
  spans = found;
  byRule.set(id, spans);
  return spans;
}

export const nonApologySpans = (reply: Reply): Span[] => reportedSpans(nonApology, reply);
export const negativeFollowUpSpans = (reply: Reply): Span[] => reportedSpans(negativeFollowUp, reply);

/** True when [start, end) overlaps any of the spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start < Math.max(s.end, s.start + 1) && end > s.start);
}
