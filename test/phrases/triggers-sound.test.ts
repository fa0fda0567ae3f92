// The trigger lists of every built-in phrase table are sound: over every rule's examples, their
// paraphrases and the sample drafts, no entry whose triggers are absent would have matched. (A wrong
// trigger list would silently drop findings, since the engine skips such entries.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { prepareReply } from '../../src/engine/prepare.js';
import { compilePlaceholders, DEFAULT_PLACEHOLDERS } from '../../src/platforms/placeholders.js';
import { phraseTableOf } from '../../src/phrases/define.js';
import { untriggeredHits } from '../../src/phrases/table.js';
import { ROOT } from '../helpers/cli.js';
import { paraphrases } from '../helpers/paraphrase.js';

const placeholders = compilePlaceholders(DEFAULT_PLACEHOLDERS);
const examples = builtinRules.flatMap((r) => [...r.meta.examples.bad, ...r.meta.examples.good]);
const drafts = readdirSync(join(ROOT, 'fixtures', 'drafts')).map((f) => readFileSync(join(ROOT, 'fixtures', 'drafts', f), 'utf8'));
const texts = [...new Set([...examples, ...examples.flatMap((t) => paraphrases(t).map((v) => v.text)), ...drafts])];

describe('phrase-table triggers', () => {
  const tables = builtinRules.map((rule) => ({ id: rule.meta.id, table: phraseTableOf(rule as never) })).filter((t) => t.table);
  it('covers the phrase rules built on tables', () => {
    expect(tables.map((t) => t.id)).toContain('corporate-stiff');
  });
  for (const { id, table } of tables) {
    it(`${id}: no entry would match where its triggers are absent`, () => {
      const lost: string[] = [];
      for (const text of texts) {
        const reply = prepareReply(text, { kind: 'general', channel: 'email', placeholders });
        for (const hit of untriggeredHits(reply, table!)) lost.push(`${hit.entry.name ?? `#${hit.entry.index}`}: "${hit.text}" in ${JSON.stringify(text)}`);
      }
      expect(lost).toEqual([]);
    });
  }
});
