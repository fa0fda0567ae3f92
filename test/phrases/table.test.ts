// Phrase tables: compile checks, trigger selection, exceptions, grammar checks, overlaps and reporting.
import { describe, expect, it } from 'vitest';
import { prepareReply } from '../../src/engine/prepare.js';
import { compilePlaceholders, DEFAULT_PLACEHOLDERS } from '../../src/platforms/placeholders.js';
import { candidates, compileTable, findPhrases, untriggeredHits } from '../../src/phrases/table.js';
import { definePhraseRule, replacementEdit } from '../../src/phrases/define.js';
import { RuleTester } from '../../src/rule-tester.js';
import type { Reply } from '../../src/types.js';

const reply = (text: string): Reply => prepareReply(text, { kind: 'general', channel: 'email', placeholders: compilePlaceholders(DEFAULT_PLACEHOLDERS) });
const spans = (text: string, table: ReturnType<typeof compileTable>) => findPhrases(reply(text), table).map((h) => [h.text, h.entry.name]);

describe('compileTable', () => {
  it('refuses entries with no pattern, two patterns, or no triggers', () => {
    expect(() => compileTable('r', [{ name: 'a', triggers: ['x'] }])).toThrow('r entry "a": needs exactly one of regex, match or find');
    expect(() => compileTable('r', [{ regex: 'x', match: 'x', triggers: ['x'] }])).toThrow('r entry #0: needs exactly one');
    expect(() => compileTable('r', [{ regex: 'x' }])).toThrow('r entry #0: give the trigger words it needs');
    expect(() => compileTable('r', [{ regex: 'x', triggers: ['X'] }])).toThrow(/trigger "X" must be a lower-case word/);
    expect(compileTable('r', [{ regex: 'x' }], { requireTriggers: false }).triggers).toBeUndefined();
  });

  it('unions the triggers of its entries', () => {
    const t = compileTable('r', [{ regex: 'a b', triggers: ['a'] }, { regex: 'c', triggers: ['c', 'a'] }]);
    expect(t.triggers).toEqual(['a', 'c']);
  });
});

describe('findPhrases', () => {
  const table = compileTable('r', [
    { name: 'sorry-if', regex: String.raw`sorry\s+if`, triggers: ['sorry'] },
    { name: 'as-per', regex: String.raw`as\s+per`, triggers: ['per'], unless: { after: String.raw`\s+usual` } },
    { name: 'policy', regex: 'our policy', triggers: ['policy'], unless: { around: String.raw`\bexception\b` } },
    { name: 'just', regex: 'just', triggers: ['just'], unless: { before: String.raw`\bI\s+` } },
    { name: 'kept', regex: 'refund', triggers: ['refund'], keep: (hit) => hit.sentence.isQuestion },
    { name: 'long', regex: String.raw`please\s+be\s+advised\s+that`, triggers: ['advised'] },
    { name: 'short', regex: String.raw`be\s+advised`, triggers: ['advised'] },
  ]);

  it('runs only the entries whose triggers occur in the reply', () => {
    expect(candidates(reply('We are sorry if it broke.'), table).map((e) => e.name)).toEqual(['sorry-if']);
    expect(candidates(reply('Thanks for writing.'), table)).toEqual([]);
    expect(spans('We are sorry if it broke.', table)).toEqual([['sorry if', 'sorry-if']]);
  });

  it('applies before/after/around exceptions and keep()', () => {
    expect(spans('As per usual, it is late. As per the terms, no.', table)).toEqual([['As per', 'as-per']]);
    expect(spans('It is our policy. Our policy says no, but I made an exception.', table)).toEqual([['our policy', 'policy']]);
    expect(spans('It is just a glitch. I just checked.', table)).toEqual([['just', 'just']]);
    expect(spans('We will refund it. Can we refund it?', table).map(([t]) => t)).toEqual(['refund']);
    expect(findPhrases(reply('We will refund it. Can we refund it?'), table)[0]!.sentence.index).toBe(1);
  });

  it('keeps the longest of overlapping hits, then table order', () => {
    expect(spans('Please be advised that the shop is closed.', table)).toEqual([['Please be advised that', 'long']]);
    const all = compileTable('r', table.entries.slice(5), { overlaps: 'all' });
    expect(spans('Please be advised that the shop is closed.', all).length).toBe(2);
  });

  it('never reports inside a placeholder', () => {
    expect(spans('Hi {{sorry if}}, thanks.', table)).toEqual([]);
  });

  it('tags only sentences that hold a trigger word, for match entries', () => {
    const t = compileTable('r', [{ name: 'm', match: '(we|i) will not #Verb', triggers: ['not'] }]);
    expect(spans("Thanks. We won't refund postage.", t)).toEqual([["We won't refund", 'm']]);
  });

  it('untriggeredHits finds an entry whose trigger list is wrong', () => {
    const wrong = compileTable('r', [{ name: 'w', regex: String.raw`sorry\s+if`, triggers: ['apolog*'] }]);
    expect(findPhrases(reply('Sorry if it broke.'), wrong)).toEqual([]);
    expect(untriggeredHits(reply('Sorry if it broke.'), wrong).map((h) => h.text)).toEqual(['Sorry if']);
    expect(untriggeredHits(reply('Sorry if it broke.'), table)).toEqual([]);
  });
});

describe('definePhraseRule', () => {
  const rule = definePhraseRule({
    meta: {
      id: 'test-stiff', description: 'test', family: 'phrase', defaultSeverity: 'warn', fixable: true,
      docs: { why: 'test', seeds: [] }, examples: { bad: [], good: [] },
      messages: { stiff: '"{{text}}" is stiff; say "{{replacement}}".', vague: '"{{text}}" says nothing{{why}}.' },
    },
    table: [
      { messageId: 'stiff', regex: 'prior to', triggers: ['prior'], fix: 'before' },
      { messageId: 'stiff', regex: String.raw`please\s+be\s+advised(?:\s+that)?`, triggers: ['advised'], fix: '' },
      { messageId: 'vague', regex: 'as soon as possible', triggers: ['possible'], suggest: 'by {{time}}', advice: 'Give a time.', data: () => ({ why: ' about when' }) },
    ],
  });

  it('takes its triggers from its entries', () => {
    expect(rule.meta.triggers).toEqual(['prior', 'advised', 'possible']);
  });

  it('reports message ids with data, fixes in the original case, and suggestions that are not fixes', async () => {
    // run() checks at once here (no describe/it): another file in this worker may have wired it to vitest.
    const saved = [RuleTester.describe, RuleTester.it] as const;
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
    try {
      await new RuleTester({ kind: 'general' }).run(rule, {
        valid: ['We reply before Monday.'],
        invalid: [{
          text: 'Please be advised that, prior to Monday, we reply as soon as possible.',
          errors: [
            { messageId: 'stiff', message: '"Please be advised that" is stiff; say "".', column: 1, endColumn: 23, suggestions: [{ desc: 'Delete "Please be advised that".' }] },
            { messageId: 'stiff', message: '"prior to" is stiff; say "before".', column: 25, endColumn: 33, suggestions: [{ desc: 'Replace "prior to" with "before".' }] },
            { messageId: 'vague', message: '"as soon as possible" says nothing about when.', column: 51, suggestions: [{ desc: 'Give a time.', output: 'Please be advised that, prior to Monday, we reply by {{time}}.' }] },
          ],
          output: 'Before Monday, we reply as soon as possible.',
        }],
      });
    } finally {
      [RuleTester.describe, RuleTester.it] = saved;
    }
  });
});

describe('replacementEdit', () => {
  const edit = (text: string, phrase: string, replacement: string) => {
    const start = text.indexOf(phrase);
    const e = replacementEdit(text, { start, end: start + phrase.length, text: phrase }, replacement);
    return text.slice(0, e.start) + e.text + text.slice(e.end);
  };
  it('keeps the case of what it replaces, but not of an acronym', () => {
    expect(edit('Prior to Monday, call.', 'Prior to', 'before')).toBe('Before Monday, call.');
    expect(edit('PRIOR TO MONDAY', 'PRIOR TO', 'before')).toBe('BEFORE MONDAY');
    expect(edit('Reply ASAP.', 'ASAP', 'soon')).toBe('Reply soon.');
  });
  it('deletes with the comma and space after, capitalising a sentence start', () => {
    expect(edit('Please be advised that, from Monday, we close.', 'Please be advised that', '')).toBe('From Monday, we close.');
    expect(edit('Hi.\n- Please be advised that we close.', 'Please be advised that', '')).toBe('Hi.\n- We close.');
    expect(edit('We hereby agree.', 'hereby', '')).toBe('We agree.');
    expect(edit('We agree hereby.', 'hereby', '')).toBe('We agree.');
  });
});
