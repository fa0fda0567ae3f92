// defineRule: the one way to write a rule, used by the built-in rules and by plugins alike.
import type { Rule, RuleMeta } from './types.js';

const ID = /^(?:@?[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/;
const SEVERITIES = new Set(['off', 'info', 'warn', 'error']);

/** Checks a rule's shape and returns it unchanged (typed). Throws a one-line error naming the rule. */
export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  const meta = rule?.meta as RuleMeta | undefined;
  const name = meta?.id ?? '(unnamed rule)';
  const fail = (what: string) => { throw new Error(`rule ${name}: ${what}`); };
  if (!meta || typeof meta !== 'object') fail('missing meta');
  if (typeof meta!.id !== 'string' || !ID.test(meta!.id)) fail('meta.id must be kebab-case, optionally namespaced ("acme/no-jargon")');
  if (typeof meta!.description !== 'string' || !meta!.description) fail('meta.description is required');
  if (meta!.family !== 'phrase' && meta!.family !== 'structure' && meta!.family !== 'context') fail('meta.family must be "phrase", "structure" or "context"');
  if (!SEVERITIES.has(meta!.defaultSeverity)) fail('meta.defaultSeverity must be off, info, warn or error');
  if (meta!.languages !== undefined && !(Array.isArray(meta!.languages) && meta!.languages.every((l) => typeof l === 'string'))) fail('meta.languages must be a list of language codes (e.g. ["en"])');
  if (typeof rule.check !== 'function') fail('check(reply, context) must be a function');
  meta!.examples ??= { bad: [], good: [] };
  meta!.docs ??= { why: meta!.description, seeds: [] };
  meta!.fixable = Boolean(meta!.fixable);
  return rule;
}
