// Anchored matching is exact: for every built-in phrase entry the engine runs on a text, trying the
// expression only at the word starts its prefixes allow (regex-leads.ts) finds the same matches as scanning
// the whole text. Over every rule's examples, their paraphrases, the probe sets, the sample drafts, and
// texts made to sit words against punctuation, apostrophes, digits, underscores and accented letters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { prepareReply } from '../../src/engine/prepare.js';
import { compilePlaceholders, DEFAULT_PLACEHOLDERS } from '../../src/platforms/placeholders.js';
import { phraseTableOf } from '../../src/phrases/define.js';
import { candidates, entrySpans } from '../../src/phrases/table.js';
import { ROOT } from '../helpers/cli.js';
import { paraphrases } from '../helpers/paraphrase.js';
import { PROBES } from '../rules/paraphrase-probes.js';

const placeholders = compilePlaceholders(DEFAULT_PLACEHOLDERS);
const examples = builtinRules.flatMap((r) => [...r.meta.examples.bad, ...r.meta.examples.good]);
const probes = Object.values(PROBES).flatMap((p) => [...p.bad, ...p.good]);
const drafts = readdirSync(join(ROOT, 'fixtures', 'drafts')).map((f) => readFileSync(join(ROOT, 'fixtures', 'drafts', f), 'utf8'));
// Words glued to what a scan would also try: an apostrophe's tail, "_", digits, accented letters, capitals.
const glued = [...examples, ...probes].slice(0, 400).flatMap((t) => [t.replace(/ /g, '_'), t.replace(/ (\w)/g, "'$1"), `é${t}`, t.toUpperCase(), t.replace(/ /g, '  \n ')]);
const texts = [...new Set([...examples, ...examples.flatMap((t) => paraphrases(t).map((v) => v.text)), ...probes, ...drafts, ...glued])];

describe('anchored phrase matching', () => {
  const tables = builtinRules.map((rule) => ({ id: rule.meta.id, table: phraseTableOf(rule as never) })).filter((t) => t.table);
  for (const { id, table } of tables) {
    it(`${id}: anchored matches are the scanned ones`, () => {
      const differ: string[] = [];
      let anchoredRuns = 0;
      for (const text of texts) {
        const reply = prepareReply(text, { kind: 'general', channel: 'email', placeholders });
        for (const entry of candidates(reply, table!)) {
          if (entry.regex === undefined) continue;
          const anchored = entrySpans(reply, entry, 'anchored');
          const scanned = entrySpans(reply, entry, 'scan');
          if ((entry as unknown as { anchors: unknown }).anchors) anchoredRuns++;
          if (JSON.stringify(anchored) !== JSON.stringify(scanned)) differ.push(`${entry.name ?? `#${entry.index}`} on ${JSON.stringify(text)}: ${JSON.stringify(anchored)} vs ${JSON.stringify(scanned)}`);
        }
      }
      expect(differ).toEqual([]);
      if (table!.entries.some((e) => (e as unknown as { anchors: unknown }).anchors)) expect(anchoredRuns).toBeGreaterThan(0);
    });
  }
});
