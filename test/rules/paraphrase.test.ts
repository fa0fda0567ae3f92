// Every phrase rule catches the family, not the sentence: each bad example's paraphrases (contractions,
// I/we, spelling, curly apostrophes, synonyms, tense, place in a reply) are still flagged by the rule, and
// each good example's paraphrases stay clean. A rule lists here the kinds of change that alter its meaning.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/api.js';
import { ConfigLoader } from '../../src/config/load.js';
import { paraphrases, VARIANT_KINDS, type VariantKind } from '../helpers/paraphrase.js';
import { PROBES } from './paraphrase-probes.js';

// Kinds of change that turn a rule's bad example into a different statement, with the reason.
const MEANING_CHANGES: Record<string, Partial<Record<VariantKind, string>>> = {
  'over-promise': { tense: '"will never happen" -> "would never happen" is no longer a promise' },
};

async function flaggedBy(loader: ConfigLoader, ruleId: string, text: string): Promise<boolean> {
  const [result] = await lintText(text, { loader });
  return result!.messages.some((m) => m.ruleId === ruleId);
}

// Macro-hygiene rules read template syntax, not wording: paraphrasing their examples says nothing.
const wordingRules = builtinRules.filter((r) => r.meta.family === 'phrase' && !r.meta.needsPlatform && !r.repository);

for (const rule of wordingRules) {
  const { id, examples, exampleSettings = {} } = rule.meta;
  const kinds = VARIANT_KINDS.filter((k) => !MEANING_CHANGES[id]?.[k]);
  const loader = new ConfigLoader({ config: { rules: { [id]: 'error' } }, kind: exampleSettings.kind ?? 'general', channel: exampleSettings.channel ?? 'email' });
  describe(`${id} paraphrases`, () => {
    it('flags every paraphrase of every bad example', async () => {
      const missed: string[] = [];
      for (const bad of examples.bad) {
        for (const v of paraphrases(bad, kinds)) if (!(await flaggedBy(loader, id, v.text))) missed.push(`${v.kind}: ${JSON.stringify(v.text)}`);
      }
      expect(missed).toEqual([]);
    });
    it('flags no paraphrase of a good example', async () => {
      const flagged: string[] = [];
      for (const good of examples.good) {
        for (const v of paraphrases(good, kinds)) if (await flaggedBy(loader, id, v.text)) flagged.push(`${v.kind}: ${JSON.stringify(v.text)}`);
      }
      expect(flagged).toEqual([]);
    });
  });
}

// Generalization probes (test/rules/paraphrase-probes.ts): a different trainer's wording of each family, and its
// near misses. One loader per rule; the sentences are short, so the whole set runs in a few seconds.
describe('generalization probes', () => {
  for (const [id, set] of Object.entries(PROBES)) {
    it(`${id}: catches every probe of its family and flags none of its near misses`, async () => {
      const loader = new ConfigLoader({ config: { rules: { [id]: 'error' }, minWords: 0 }, kind: set.kind ?? 'general', channel: set.channel ?? 'email' });
      const missed: string[] = [];
      const flagged: string[] = [];
      for (const bad of set.bad) if (!(await flaggedBy(loader, id, bad))) missed.push(bad);
      for (const good of set.good) if (await flaggedBy(loader, id, good)) flagged.push(good);
      expect({ missed, flagged }).toEqual({ missed: [], flagged: [] });
    });
  }
});
