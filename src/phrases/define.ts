// definePhraseRule: a rule that is a phrase table. The rule's file holds its meta (messages, docs, examples)
// and its entries; this turns them into an ordinary rule whose triggers are the entries' triggers, so the
// engine skips it on replies that hold none of their words.
import type { Reply, ReportDescriptor, Rule, RuleContext, RuleMeta, Suggestion } from '../types.js';
import { defineRule } from '../rule-api.js';
import { matchCase } from '../nlp/match.js';
import { compileTable, findPhrases, type PhraseEntry, type PhraseHit, type PhraseTable, type Replacement, type TableOptions } from './table.js';

export interface PhraseRuleSpec<O> {
  meta: RuleMeta;
  /** The entries, or a function of the rule's options (compiled once per distinct options). */
  table: readonly PhraseEntry[] | ((options: O) => readonly PhraseEntry[]);
  tableOptions?: TableOptions;
  /**
   * Reports the hits; the default reports each hit with its entry's message, fix and suggestion. A rule
   * with extra logic (grouping, reply-level checks) passes its own and may call `reportHit`.
   */
  report?: (hits: PhraseHit[], reply: Reply, context: RuleContext<O>) => void;
}

const tablesOfRules = new WeakMap<Rule<never>, (options: unknown) => PhraseTable>();

/** The compiled table of a phrase rule for the given options (for tests and tooling), or undefined. */
export function phraseTableOf(rule: Rule<never>, options?: unknown): PhraseTable | undefined {
  return tablesOfRules.get(rule)?.(options ?? {});
}

export function definePhraseRule<O = Record<string, unknown>>(spec: PhraseRuleSpec<O>): Rule<O> {
  const id = spec.meta.id;
  const tables = new Map<string, PhraseTable>();
  // The same options object comes with every reply of a config: look it up by identity before by content.
  const byObject = new WeakMap<object, PhraseTable>();
  const tableFor = (options: O): PhraseTable => {
    const isObject = typeof options === 'object' && options !== null;
    const known = isObject ? byObject.get(options as object) : undefined;
    if (known) return known;
    const key = typeof spec.table === 'function' ? stableKey(options) : '';
    let table = tables.get(key);
    if (!table) {
      const entries = typeof spec.table === 'function' ? spec.table(options) : spec.table;
      table = compileTable(id, entries, spec.tableOptions);
      tables.set(key, table);
    }
    if (isObject) byObject.set(options as object, table);
    return table;
  };
  // Built-in tables compile when the rule is defined, so a broken entry fails the build's tests, not a run.
  const fixedTable = typeof spec.table === 'function' ? undefined : tableFor(undefined as O);
  const meta: RuleMeta = { ...spec.meta };
  if (fixedTable && meta.triggers === undefined && fixedTable.triggers) meta.triggers = fixedTable.triggers;
  const rule = defineRule<O>({
    meta,
    check(reply, context) {
      const table = fixedTable ?? tableFor(context.options);
      const hits = findPhrases(reply, table);
      if (spec.report) spec.report(hits, reply, context);
      else for (const hit of hits) reportHit(context, hit, reply);
    },
  });
  tablesOfRules.set(rule as Rule<never>, (options) => fixedTable ?? tableFor(options as O));
  return rule;
}

/** Reports one hit with its entry's message id, data, fix and suggestion. */
export function reportHit(context: RuleContext<unknown>, hit: PhraseHit, reply: Reply, extra: Partial<ReportDescriptor> = {}): void {
  const { entry } = hit;
  const fixText = resolve(entry.fix, hit, reply);
  const suggestText = fixText ?? resolve(entry.suggest, hit, reply);
  const fix = fixText !== null ? replacementEdit(reply.text, hit, fixText) : undefined;
  const suggested = suggestText !== null ? fix ?? replacementEdit(reply.text, hit, suggestText) : undefined;
  const data: Record<string, string> = { text: hit.text, ...(entry.data?.(hit, reply) ?? {}) };
  if (suggestText !== null) data.replacement = casedReplacement(hit.text, suggestText);
  const advice = typeof entry.advice === 'function' ? entry.advice(hit, reply) : entry.advice;
  const suggestions: Suggestion[] = [];
  if (suggested) suggestions.push({ desc: advice ?? describeEdit(hit.text, casedReplacement(hit.text, suggestText!)), fix: suggested });
  else if (advice) suggestions.push({ desc: advice });
  context.report({
    messageId: entry.messageId,
    data,
    start: hit.start,
    end: hit.end,
    ...(fix ? { fix } : {}),
    ...(suggestions.length ? { suggestions } : {}),
    ...extra,
  });
}

function resolve(r: Replacement | undefined, hit: PhraseHit, reply: Reply): string | null {
  if (r === undefined) return null;
  return typeof r === 'function' ? r(hit, reply) : r;
}

function describeEdit(original: string, cased: string): string {
  return cased === '' ? `Delete "${original}".` : `Replace "${original}" with "${cased}".`;
}

/** The replacement in the original's capitalization; an acronym ("ASAP") is not shouting and passes none on. */
export function casedReplacement(original: string, replacement: string): string {
  if (replacement === '') return '';
  const acronym = /^[A-Z][A-Z0-9]{1,4}$/.test(original) && replacement !== replacement.toUpperCase();
  return acronym ? replacement : matchCase(original, replacement);
}

/**
 * The edit that puts `replacement` in place of the hit, in the hit's capitalization. An empty replacement
 * deletes the phrase with the comma and space after it; at the start of a sentence the next word takes the
 * capital ("Please be advised that, from Monday, ..." -> "From Monday, ...").
 */
export function replacementEdit(text: string, hit: { start: number; end: number; text: string }, replacement: string): { start: number; end: number; text: string } {
  if (replacement !== '') return { start: hit.start, end: hit.end, text: casedReplacement(hit.text, replacement) };
  const { start, end } = hit;
  const trail = /^,?[ \t]*/.exec(text.slice(end, end + 40))![0];
  const e = end + trail.length;
  const before = text.slice(Math.max(0, start - 40), start);
  // A sentence starts after . ! ? or at a line start (after a list or quote marker, if any), and opening
  // emphasis does not move it ("**Please be advised that** ..." / "- _Please be advised that_ ...").
  const atSentenceStart = /(?:[.!?]["')\]]?\s+|(?:^|\n)[ \t]*(?:(?:[-*•>]|\d{1,3}[.)])[ \t]+)?)(?:\*{1,2}|_{1,2})?$/.test(start < 40 ? `\n${before}` : before);
  if (!trail && /[ \t]$/.test(before)) return { start: start - 1, end, text: '' }; // "... hereby." loses the space before
  if (atSentenceStart && /[a-z]/.test(text[e] ?? '') && /[A-Z]/.test(text[start] ?? '')) return { start, end: e + 1, text: text[e]!.toUpperCase() };
  return { start, end: e, text: '' };
}

function stableKey(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v));
}
