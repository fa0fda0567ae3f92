// Hostile input, linting (issue 15): the shapes that were super-linear give the right output. Inputs are
// kept small enough to run fast; the time per MB of each shape lives in `npm run bench -- --only hostile`.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/api.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/nlp/sentences.js';
// @ts-expect-error plain ESM module shared with the bench (no type declarations)
import { makeShape } from '../../bench/lib/hostile-shapes.mjs';

const lint = async (text: string, filePath = 'reply.txt', kind?: 'complaint') => (await lintText(text, { filePath, kind }))[0]!;
const ids = (r: Awaited<ReturnType<typeof lint>>) => r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.endColumn}`);

describe('run-on sentences are cut for the rules', () => {
  it('at the last clause break, else the last space, in the back half of the limit', () => {
    expect(MAX_SENTENCE_CHARS).toBe(1000);
    expect(splitSentences('word, '.repeat(400)).map((s) => [s.start, s.end])).toEqual([[0, 995], [996, 1991], [1992, 2399]]);
    const spaced = 'we will never do that again '.repeat(100);
    const pieces = splitSentences(spaced);
    expect(pieces.map((s) => [s.start, s.end])).toEqual([[0, 996], [997, 1995], [1996, 2799]]);
    expect(pieces.every((s) => spaced[s.end] === ' ' || s.end === spaced.trimEnd().length)).toBe(true);
  });

  it('one huge token is cut at the limit, never inside a surrogate pair', () => {
    expect(splitSentences('x'.repeat(2500)).map((s) => [s.start, s.end])).toEqual([[0, 1000], [1000, 2000], [2000, 2500]]);
    // Emoji are two UTF-16 units starting at odd offsets here: offset 1000 would split one, so the cut moves back.
    const emoji = splitSentences(`a${'😀'.repeat(1300)}`);
    expect(emoji.map((s) => [s.start, s.end])).toEqual([[0, 999], [999, 1999], [1999, 2601]]);
  });

  it('a short sentence and a question are untouched; a long question keeps its mark on the last piece', () => {
    expect(splitSentences('Sorry about that. Is it fixed?').map((s) => [s.text, s.isQuestion])).toEqual([['Sorry about that.', false], ['Is it fixed?', true]]);
    const q = splitSentences(`${'is it the order or the refund '.repeat(50)}?`);
    expect(q.map((s) => s.isQuestion)).toEqual([false, true]);
  });
});

describe('hostile shapes lint to the right findings', () => {
  it('two sentences around 100,000 spaces (variable-length lookbehinds were 9.8 s)', async () => {
    expect(ids(await lint(`Hello.${' '.repeat(100_000)}We are sorry.`))).toEqual([]);
  });

  it('a 60,000-letter capitals word (a regex was built from it: "Regular expression too large")', async () => {
    const r = await lint(`Hello ${'A'.repeat(60_000)} there.`);
    expect(r.messages.filter((m) => m.fatal)).toEqual([]);
    expect(ids(r)).toEqual([]);
  });

  it('capitals without full stops: one heated-tone finding over the shouting', async () => {
    const text = 'WE ARE NOT GOING TO REFUND YOU '.repeat(1300);
    expect(ids(await lint(text))).toEqual([`heated-tone@1:1-${text.trimEnd().length + 1}`]);
  });

  it('a fenced log in Markdown is masked and never linted', async () => {
    const { text } = makeShape('md-fenced-log', 60_000) as { text: string };
    expect(ids(await lint(text, 'reply.md'))).toEqual([]);
  });

  it('phrases run together with no punctuation: one apology finding per run-on piece, in a complaint reply too', async () => {
    // The apology's span runs to the end of its sentence, so a run-on sentence holds one finding per piece.
    const text = 'we are sorry if you feel upset per our policy '.repeat(60);
    const columns = (r: Awaited<ReturnType<typeof lint>>) => r.messages.filter((m) => m.ruleId === 'non-apology').map((m) => m.column);
    expect(columns(await lint(text))).toEqual([1, 1013, 2025]);
    expect(columns(await lint(text, 'reply.txt', 'complaint'))).toEqual([1, 1013, 2025]);
    expect(columns(await lint('We are sorry if you feel upset. '.repeat(60)))).toHaveLength(60);
  });
});

describe('a reply that asks again and again (the asks were compared with every earlier one)', () => {
  it('reports each ask of a detail the customer gave, the last one in place', async () => {
    const text = 'Could you send me your order number? '.repeat(3000);
    const [r] = await lintText(text, { filePath: 'reply.txt', context: 'Hi, my order number is 48213377 and it never came.' });
    const asks = r!.messages.filter((m) => m.ruleId === 'asks-known-details');
    expect(asks).toHaveLength(3000);
    expect([asks[0]!.column, asks.at(-1)!.column, asks.at(-1)!.endColumn]).toEqual([24, 2999 * 37 + 24, 2999 * 37 + 36]);
  });
});

describe('a reply too long to lint whole', () => {
  it('is linted in parts without the checklist rules, which judge a whole reply; phrase rules still report', async () => {
    const opening = "I'm sorry that you feel that way. ";
    const text = opening + 'The parcel is on its way to the depot today. '.repeat(1200);
    expect(text.length).toBeGreaterThan(50_000);
    const r = await lint(text, 'reply.txt', 'complaint');
    expect((r as unknown as { notices: string[] }).notices).toEqual([`a reply of ${text.length} characters was linted in 2 parts (the reply checklist is not checked on a reply this long)`]);
    expect(ids(r)).toEqual(['non-apology@1:1-33']);
    expect(r.replies[0]!.checklist).toBeUndefined();
    // The same reply at a normal length gets its checklist.
    const short = await lint(opening + 'The parcel is on its way to the depot today. '.repeat(4), 'reply.txt', 'complaint');
    expect(short.replies[0]!.checklist).toBeDefined();
    expect(short.messages.some((m) => m.ruleId === 'requires-next-step' || m.ruleId === 'requires-apology')).toBe(true);
  });
});
