// meta.languages is rule metadata, filtered like meta.channels: a rule for English skips a reply in
// another language; a rule that names no language runs on any.
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/rule-api.js';
import { prepareReply } from '../../src/engine/prepare.js';
import { runRules } from '../../src/engine/run-rules.js';
import { builtinRules } from '../../rules/index.js';
import type { Rule } from '../../src/types.js';

const flagFirstWord = (id: string, languages?: string[]): Rule => defineRule({
  meta: { id, description: 'flags the first word', family: 'phrase', defaultSeverity: 'warn', languages },
  check(reply, context) { context.report({ start: 0, end: 1, message: 'here' }); },
} as Rule);

describe('meta.languages', () => {
  const rules = [flagFirstWord('english', ['en']), flagFirstWord('anything')];
  const settings = new Map(rules.map((r) => [r.meta.id, { severity: 'warn' as const, options: {} }]));
  const reply = prepareReply('Hallo zusammen', { kind: 'general', channel: 'email', placeholders: [] });

  it('runs a rule only on the languages it names', () => {
    const ids = (language: string) => runRules(reply, { rules, settings, minWords: 0, language }).messages.map((m) => m.ruleId);
    expect(ids('en')).toEqual(['english', 'anything']);
    expect(ids('other')).toEqual(['anything']);
  });

  it('is ["en"] on every built-in rule except the macro-hygiene ones, which read any language', () => {
    const any = builtinRules.filter((r) => r.meta.languages === undefined).map((r) => r.meta.id);
    expect(any).toEqual(['duplicate-macro', 'placeholder-syntax', 'placeholder-without-fallback', 'too-long-for-channel', 'unfilled-template', 'unknown-placeholder']);
    expect(builtinRules.every((r) => r.meta.languages === undefined || r.meta.languages.join() === 'en')).toBe(true);
  });

  it('must be a list of codes', () => {
    expect(() => flagFirstWord('bad', 'en' as never)).toThrow('meta.languages must be a list of language codes');
  });
});
