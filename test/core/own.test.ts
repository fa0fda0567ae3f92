// Words from input that name members of Object.prototype ("constructor" is an everyday English word) must
// read as plain words everywhere a table is keyed by input: a reply, a customer's message, a config, a flag.
import { describe, expect, it } from 'vitest';
import { own } from '../../src/core/own.js';
import { lintText } from '../../src/api.js';
import { ConfigLoader } from '../../src/config/load.js';
import { buildWordIndex } from '../../src/phrases/word-index.js';
import { stem } from '../../src/context/words.js';
import { expandContractions } from '../../src/config/phrases.js';
import { loadFormatter } from '../../src/formatters/index.js';
import { cli, tempTree } from '../helpers/cli.js';

const REPLY = "Hi Ann,\n\nWe're sorry you feel the constructor let you down. I'm sorry the constructor didn't finish the fence. You're right that it wasn't done, and the constructor said it would be.\n\nWe'll send our own team on Monday.\n\nBest,\nSam";

describe('own()', () => {
  it('answers a table\'s own entries only', () => {
    const table: Record<string, number> = { a: 1 };
    expect(own(table, 'a')).toBe(1);
    expect(own(table, 'constructor')).toBeUndefined();
    expect(own(table, '__proto__')).toBeUndefined();
    expect(own(table, 'toString')).toBeUndefined();
  });
});

describe('a reply that says "constructor"', () => {
  it('is indexed as a word like any other', () => {
    const index = buildWordIndex('The constructor is late.');
    expect(index.words).toEqual(['the', 'constructor', 'is', 'late']);
    expect(index.has('constructor')).toBe(true);
    expect(stem('constructor')).toBe(stem('constructors'));
    expect(typeof stem('constructor')).toBe('string');
    expect(expandContractions("constructor can't")).toBe('constructor can not');
  });

  it('lints with every rule and a customer message, and finds what the same reply with another noun finds', async () => {
    const loader = new ConfigLoader({ useConfig: false });
    const run = async (text: string) => (await lintText(text, { loader, kind: 'complaint', context: 'The constructor you sent never finished my fence!' }))[0]!;
    const result = await run(REPLY);
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    const control = await run(REPLY.replaceAll('constructor', 'contractor'));
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(control.messages.map((m) => [m.ruleId, m.line, m.column]));
  });

  it('gives a clean exit from the CLI', () => {
    const r = cli(['--preset', 'strict', '-f', 'json', '-'], { input: REPLY });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].messages.some((m: { fatal?: boolean }) => m.fatal)).toBe(false);
  });
});

describe('names from a config or the command line', () => {
  it('-f constructor is an unknown formatter', async () => {
    await expect(loadFormatter('constructor', process.cwd())).rejects.toThrow(/unknown formatter "constructor"/);
    const r = cli(['-f', 'constructor', '-'], { input: 'Hello' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^complaintlint: unknown formatter "constructor" \(built-in: stylish/);
  });

  it('a rule option named "constructor" is an unknown option', () => {
    const dir = tempTree({ '.complaintlintrc.json': JSON.stringify({ rules: { 'heated-tone': ['warn', { constructor: 1 }] } }), 'a.txt': 'Hello Ann.\n' });
    const r = cli(['a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/rules\.heated-tone: unknown option "constructor" \(options: /);
  });
});
