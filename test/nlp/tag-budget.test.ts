// The tagging budget (src/nlp/tag-budget.ts): a reply's first TAG_WHOLE characters may all be tagged, then a
// TAG_SHARE of the rest; past it a sentence reads as untagged, and a fix only grammar could choose is withheld.
import { describe, expect, it } from 'vitest';
import { TAG_SHARE, TAG_WHOLE, TagBudget } from '../../src/nlp/tag-budget.js';
import { prepareReply } from '../../src/engine/prepare.js';
import { runRules } from '../../src/engine/run-rules.js';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/api.js';
import type { Sentence } from '../../src/types.js';

const sentence = (text: string, start = 0): Sentence => ({ index: 0, text, start, end: start + text.length, paragraph: 0, isQuestion: false });

describe('TagBudget', () => {
  it('allows a whole short reply, and a share of a long one past TAG_WHOLE', () => {
    expect([TAG_WHOLE, TAG_SHARE]).toEqual([2000, 0.1]);
    expect(new TagBudget(500).limit).toBe(500);
    expect(new TagBudget(2000).limit).toBe(2000);
    expect(new TagBudget(102_000).limit).toBe(12_000);
  });

  it('spends on first request of a text, refuses what it cannot cover, and charges a repeated text once', () => {
    const b = new TagBudget(100, 100, 0);
    expect(b.take(sentence('a'.repeat(60)))).toBe(true);
    expect(b.take(sentence('a'.repeat(60), 70))).toBe(true); // the same text again: free
    expect(b.spent).toBe(60);
    expect(b.take(sentence('b'.repeat(50)))).toBe(false); // 110 > 100: nothing taken
    expect(b.spent).toBe(60);
    expect(b.take(sentence('c'.repeat(40)))).toBe(true);
    expect(b.spent).toBe(100);
    expect(b.take(sentence('d'))).toBe(false);
  });

  it('never grants a sentence longer than the splitter makes', () => {
    expect(new TagBudget(10_000).take(sentence('x'.repeat(1001)))).toBe(false);
  });
});

describe('a reply past its budget', () => {
  const rules = builtinRules.filter((r) => r.meta.id === 'corporate-stiff');
  const settings = new Map([['corporate-stiff', { severity: 'warn' as const, options: {} }]]);
  // "Endeavours like these ..." : no determiner before, no "to" after, so only the tagger can say noun or verb.
  const text = 'Endeavours like these matter to us.';
  const run = (budget?: TagBudget) => {
    const reply = prepareReply(text, { kind: 'general', channel: 'email', placeholders: [], tagBudget: budget });
    return { reply, messages: runRules(reply, { rules, settings, minWords: 0, language: 'en' }).messages };
  };

  it('reads the grammar while the budget lasts', () => {
    const { reply, messages } = run();
    expect(messages.map((m) => [m.ruleId, m.start, m.end, m.fix?.text])).toEqual([['corporate-stiff', 0, 10, 'Efforts']]);
    expect(reply.mayTag(reply.sentences[0]!)).toBe(true);
  });

  it('keeps the finding but withholds a fix the grammar would have chosen', () => {
    const { reply, messages } = run(new TagBudget(text.length, 0, 0));
    // The rule's advice stays; no replacement text is offered or applied.
    expect(messages.map((m) => [m.ruleId, m.start, m.end, m.fix, m.suggestions])).toEqual([['corporate-stiff', 0, 10, undefined, [{ desc: 'Say it the way you would in conversation.' }]]]);
    expect(reply.mayTag(reply.sentences[0]!)).toBe(false);
    expect(reply.parse(reply.sentences[0]!).json()).toEqual([]);
  });
});

describe('a run-on reply full of grammar questions', () => {
  // Every clause is a phrase some rule confirms with the tagger; no full stop anywhere.
  const clauses = ['we will transfer you to another team', 'it is not our fault', 'we will never', 'you failed to', 'per our policy'];
  // A seeded sequence, so that no two 1,000-character pieces are the same text (a repeat is free).
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const text = Array.from({ length: 2400 }, () => clauses[next() % clauses.length]).join(' ');

  it('tags at most its budget, and the same text gives the same findings every time', async () => {
    expect(text.length).toBeGreaterThan(40_000);
    const budget = new TagBudget(text.length);
    const reply = prepareReply(text, { kind: 'general', channel: 'email', placeholders: [], tagBudget: budget });
    const all = builtinRules;
    const settings = new Map(all.map((r) => [r.meta.id, { severity: 'warn' as const, options: {} }]));
    runRules(reply, { rules: all, settings, minWords: 0, language: 'en' });
    expect(budget.spent).toBeGreaterThan(TAG_WHOLE);
    expect(budget.spent).toBeLessThanOrEqual(budget.limit);
    expect(reply.sentences.filter((s) => !reply.mayTag(s)).length).toBeGreaterThan(0);
    const first = (await lintText(text, { filePath: 'reply.txt' }))[0]!.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`);
    const again = (await lintText(text, { filePath: 'reply.txt' }))[0]!.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`);
    expect(first.length).toBeGreaterThan(100);
    expect(again).toEqual(first);
  });
});
