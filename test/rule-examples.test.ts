// Every built-in rule's own examples: each bad one is flagged by that rule, each good one is not.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintText } from '../src/api.js';

async function firedIds(text: string, rule: (typeof builtinRules)[number]): Promise<string[]> {
  const settings = rule.meta.exampleSettings ?? {};
  const kind = settings.kind ?? (rule.meta.family === 'structure' ? 'complaint' : 'general');
  const [result] = await lintText(text, {
    config: { rules: { [rule.meta.id]: 'error' }, kind, channel: settings.channel ?? 'email', minWords: 0 },
  });
  return result!.messages.map((m) => m.ruleId ?? '');
}

describe.each(builtinRules.map((r) => [r.meta.id, r] as const))('%s examples', (id, rule) => {
  it('has at least 10 bad and 10 good examples', () => {
    expect(rule.meta.examples.bad.length).toBeGreaterThanOrEqual(10);
    expect(rule.meta.examples.good.length).toBeGreaterThanOrEqual(10);
  });
  it.each(rule.meta.examples.bad)('flags: %s', async (text) => {
    expect(await firedIds(text, rule)).toContain(id);
  });
  it.each(rule.meta.examples.good)('does not flag: %s', async (text) => {
    expect(await firedIds(text, rule)).not.toContain(id);
  });
});
