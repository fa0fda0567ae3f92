// RuleTester: runs one rule over valid and invalid cases, the way plugin authors (and the built-in
// rules' own example tests) check a rule. Inside a test runner with describe/it it registers one test
// per case; elsewhere run() lints every case and rejects with a diff of expected vs actual messages.
import type { Channel, LintMessage, ReplyKind, Rule, ThreadInput } from './types.js';
import type { PlatformName } from './platforms/types.js';
import { runRepositoryStep } from './engine/repository.js';
import { toThreadInput } from './context/input.js';
import type { ResolvedConfig } from './config/types.js';
import { lintFile } from './engine/lint-file.js';
import { parseRuleSetting } from './config/validate.js';
import { DEFAULT_FIELDS } from './formats/fields.js';
import { DEFAULT_PLACEHOLDERS } from './platforms/placeholders.js';

export interface TesterSettings {
  /** Reply kind (default: complaint for structure rules, general otherwise). */
  kind?: ReplyKind;
  /** Reply channel (default: the rule's first channel, else email). */
  channel?: Channel;
  /** Rule options, checked against the rule's options schema. */
  options?: Record<string, unknown>;
  /** Minimum words for structure rules to run (default 0 here, so short cases work). */
  minWords?: number;
  /** File name the text is linted as, which picks its format (default "case.txt"). */
  filename?: string;
  /** The help desk the text is for (default: the rule's exampleSettings.platform, else detected from the file). */
  platform?: PlatformName;
  /** The customer's message the case answers, or { customer, earlier } (for context rules). */
  context?: string | ThreadInput;
}

export interface ValidCase extends TesterSettings {
  text: string;
  name?: string;
}

export interface ExpectedError {
  /** Defaults to the rule under test. */
  ruleId?: string;
  /** Exact text, or a pattern the message must match. */
  message?: string | RegExp;
  messageId?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The suggestions' descriptions, in order (and, when given, the text after applying each). */
  suggestions?: Array<{ desc?: string | RegExp; output?: string }>;
}

export interface InvalidCase extends TesterSettings {
  text: string;
  name?: string;
  /** The expected messages in order, or just how many. */
  errors: ExpectedError[] | number;
  /** More messages than listed are fine (the listed ones must appear, in order). */
  allowExtraErrors?: boolean;
  /** The text after applying every fix; null asserts that nothing is fixed. */
  output?: string | null;
}

export interface TestCases {
  valid?: Array<string | ValidCase>;
  invalid?: InvalidCase[];
}

type Describe = (name: string, fn: () => void) => unknown;
type It = (name: string, fn: () => Promise<void>) => unknown;

export class RuleTesterError extends Error {
  override name = 'RuleTesterError';
}

export class RuleTester {
  /** Set these to use a runner's describe/it that are not globals (e.g. vitest without globals). */
  static describe?: Describe;
  static it?: It;

  constructor(private readonly defaults: TesterSettings = {}) {}

  /** new RuleTester().run(rule, cases) for the common case. */
  static run(rule: Rule, cases: TestCases): Promise<void> | void {
    return new RuleTester().run(rule, cases);
  }

  /**
   * With describe/it (globals, or RuleTester.describe/it): registers a test per case.
   * Without: lints every case now; the promise rejects with every failure and its diff.
   */
  run(rule: Rule, cases: TestCases): Promise<void> | void {
    checkRule(rule);
    const g = globalThis as { describe?: Describe; it?: It };
    const describe = RuleTester.describe ?? g.describe;
    const it = RuleTester.it ?? g.it;
    if (typeof describe === 'function' && typeof it === 'function') {
      describe(rule.meta.id, () => {
        if (cases.valid?.length) {
          describe('valid', () => cases.valid!.forEach((c, i) => it(title(c), () => this.verifyCase(rule, 'valid', c, i))));
        }
        if (cases.invalid?.length) {
          describe('invalid', () => cases.invalid!.forEach((c, i) => it(title(c), () => this.verifyCase(rule, 'invalid', c, i))));
        }
      });
      return;
    }
    return this.verify(rule, cases);
  }

  /** Lints every case; rejects with one RuleTesterError listing every failing case. */
  async verify(rule: Rule, cases: TestCases): Promise<void> {
    checkRule(rule);
    const failures: string[] = [];
    const all: Array<['valid' | 'invalid', string | ValidCase | InvalidCase, number]> = [
      ...(cases.valid ?? []).map((c, i) => ['valid', c, i] as ['valid', string | ValidCase, number]),
      ...(cases.invalid ?? []).map((c, i) => ['invalid', c, i] as ['invalid', InvalidCase, number]),
    ];
    for (const [group, c, i] of all) {
      try {
        await this.verifyCase(rule, group, c, i);
      } catch (err) {
        if (!(err instanceof RuleTesterError)) throw err;
        failures.push(err.message);
      }
    }
    if (failures.length) {
      throw new RuleTesterError(`${failures.length} of ${all.length} cases failed for ${rule.meta.id}\n\n${failures.join('\n\n')}`);
    }
  }

  /** Checks one case; throws a RuleTesterError with a diff when it fails. */
  async verifyCase(rule: Rule, group: 'valid' | 'invalid', c: string | ValidCase | InvalidCase, index: number): Promise<void> {
    const tc: ValidCase | InvalidCase = typeof c === 'string' ? { text: c } : c;
    if (typeof tc.text !== 'string') throw new RuleTesterError(`${rule.meta.id} ${group}[${index}]: "text" must be a string`);
    const settings = { ...this.defaults, ...tc };
    const { messages, output } = await lintWithRule(rule, tc.text, settings, group === 'invalid' && 'output' in tc);
    const header = `${rule.meta.id} ${group}[${index}]: ${JSON.stringify(clip(tc.text))}`;
    const fatal = messages.filter((m) => m.fatal);
    if (fatal.length) throw new RuleTesterError(`${header}\n  the rule threw: ${fatal.map((m) => m.message).join('; ')}`);

    if (group === 'valid') {
      if (messages.length) throw new RuleTesterError(`${header}\n  expected no messages, got ${messages.length}\n${diff([], messages, rule.meta.id, tc.text)}`);
      return;
    }
    const inv = tc as InvalidCase;
    if (inv.errors === undefined) throw new RuleTesterError(`${header}: invalid cases need "errors" (an array or a count)`);
    if (typeof inv.errors === 'number') {
      const ok = inv.allowExtraErrors ? messages.length >= inv.errors : messages.length === inv.errors;
      if (!ok) throw new RuleTesterError(`${header}\n  expected ${inv.allowExtraErrors ? 'at least ' : ''}${inv.errors} message(s), got ${messages.length}\n${diff([], messages, rule.meta.id, tc.text)}`);
    } else {
      const problems = compare(inv.errors, messages, rule.meta.id, Boolean(inv.allowExtraErrors), tc.text);
      if (problems) {
        throw new RuleTesterError(`${header}\n  ${problems}\n${diff(inv.errors, messages, rule.meta.id, tc.text)}`);
      }
    }
    if ('output' in inv && inv.output !== undefined) {
      const expected = inv.output === null ? tc.text : inv.output;
      if (output !== expected) {
        throw new RuleTesterError(`${header}\n  ${inv.output === null ? 'expected no fix' : 'fixed output differs'}\n  - expected: ${JSON.stringify(expected)}\n  + actual:   ${JSON.stringify(output)}`);
      }
    }
  }
}

function checkRule(rule: Rule): void {
  if (!rule || typeof rule !== 'object' || !rule.meta || typeof rule.check !== 'function') {
    throw new RuleTesterError('RuleTester.run(rule, cases): rule must be made with defineRule({ meta, check })');
  }
}

function title(c: string | ValidCase | InvalidCase): string {
  if (typeof c === 'string') return clip(c);
  return c.name ?? clip(c.text);
}

function clip(s: string): string {
  const one = String(s).replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}

async function lintWithRule(rule: Rule, text: string, s: TesterSettings, fix: boolean): Promise<{ messages: LintMessage[]; output: string }> {
  const id = rule.meta.id;
  const setting = parseRuleSetting(s.options ? ['error', s.options] : 'error', rule, 'RuleTester', `options for ${id}`);
  setting.explicit = true; // the rule under test runs even where no platform is known
  const config: ResolvedConfig = {
    platform: s.platform ?? rule.meta.exampleSettings?.platform,
    kind: s.kind ?? (rule.meta.family === 'structure' ? 'complaint' : 'general'),
    channel: s.channel ?? rule.meta.channels?.[0] ?? 'email',
    rules: new Map([[id, setting]]),
    ruleSet: new Map([[id, rule]]),
    fields: [...DEFAULT_FIELDS],
    placeholders: [...DEFAULT_PLACEHOLDERS],
    ignorePatterns: [],
    minWords: s.minWords ?? 0,
  };
  const filePath = s.filename ?? rule.meta.exampleSettings?.filename ?? 'case.txt';
  const context = toThreadInput(s.context);
  const result = await lintFile({ filePath, text, config, context });
  runRepositoryStep([result], config.ruleSet);
  let output = text;
  if (fix) output = (await lintFile({ filePath, text, config, fix: true, context })).output ?? text;
  // Unused-directive notices are about the case text, not the rule: keep only the rule's messages.
  return { messages: result.messages.filter((m) => m.ruleId !== null || m.fatal), output };
}

/** Returns what is wrong (one line), or undefined when the messages match. */
function compare(expected: ExpectedError[], actual: LintMessage[], ruleId: string, allowExtra: boolean, text: string): string | undefined {
  if (!allowExtra && expected.length !== actual.length) return `expected ${expected.length} message(s), got ${actual.length}`;
  let j = 0;
  for (const [i, e] of expected.entries()) {
    if (allowExtra) {
      while (j < actual.length && mismatch(e, actual[j]!, ruleId, text)) j++;
      if (j >= actual.length) return `expected message ${i + 1} was not reported`;
      j++;
      continue;
    }
    const why = mismatch(e, actual[i]!, ruleId, text);
    if (why) return `message ${i + 1}: ${why}`;
  }
  return undefined;
}

function mismatch(e: ExpectedError, a: LintMessage, ruleId: string, text: string): string | undefined {
  const want = e.ruleId ?? ruleId;
  if (a.ruleId !== want) return `ruleId is ${JSON.stringify(a.ruleId)}, expected ${JSON.stringify(want)}`;
  if (e.message !== undefined && !(typeof e.message === 'string' ? a.message === e.message : e.message.test(a.message))) {
    return `message is ${JSON.stringify(a.message)}, expected ${typeof e.message === 'string' ? JSON.stringify(e.message) : e.message}`;
  }
  if (e.messageId !== undefined && a.messageId !== e.messageId) return `messageId is ${JSON.stringify(a.messageId)}, expected ${JSON.stringify(e.messageId)}`;
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (e[key] !== undefined && a[key] !== e[key]) return `${key} is ${a[key]}, expected ${e[key]}`;
  }
  if (e.suggestions !== undefined) {
    const got = a.suggestions ?? [];
    if (got.length !== e.suggestions.length) return `${got.length} suggestion(s), expected ${e.suggestions.length}`;
    for (const [k, s] of e.suggestions.entries()) {
      const g = got[k]!;
      if (s.desc !== undefined && !(typeof s.desc === 'string' ? g.desc === s.desc : s.desc.test(g.desc))) return `suggestion ${k + 1} is ${JSON.stringify(g.desc)}, expected ${typeof s.desc === 'string' ? JSON.stringify(s.desc) : s.desc}`;
      if (s.output !== undefined) {
        const applied = g.fix ? text.slice(0, g.fix.range[0]) + g.fix.text + text.slice(g.fix.range[1]) : text;
        if (applied !== s.output) return `suggestion ${k + 1} gives ${JSON.stringify(applied)}, expected ${JSON.stringify(s.output)}`;
      }
    }
  }
  return undefined;
}

function showExpected(e: ExpectedError, ruleId: string): string {
  const pos = `${e.line ?? '?'}:${e.column ?? '?'}-${e.endLine ?? (e.line ?? '?')}:${e.endColumn ?? '?'}`;
  const msg = e.message === undefined ? '(any message)' : typeof e.message === 'string' ? JSON.stringify(e.message) : String(e.message);
  return `${pos} ${e.ruleId ?? ruleId} ${msg}`;
}

function showActual(a: LintMessage): string {
  return `${a.line}:${a.column}-${a.endLine}:${a.endColumn} ${a.ruleId} ${JSON.stringify(a.message)}`;
}

/** A line diff of expected vs actual messages, in order: "  " same, "- " expected only, "+ " actual only. */
function diff(expected: ExpectedError[], actual: LintMessage[], ruleId: string, text: string): string {
  const lines = ['  - expected', '  + actual'];
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    const e = expected[i];
    const a = actual[i];
    if (e && a && !mismatch(e, a, ruleId, text)) lines.push(`    ${showActual(a)}`);
    else {
      if (e) lines.push(`  - ${showExpected(e, ruleId)}`);
      if (a) lines.push(`  + ${showActual(a)}`);
    }
  }
  return lines.join('\n');
}
