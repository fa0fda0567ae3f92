// Declarative phrase rules from config: `match` (compromise match syntax) or `regex`, turned into
// ordinary rules so they behave like built-ins in every formatter and directive.
import type { PhraseSpec } from './types.js';
import type { Reply, Rule, Severity } from '../types.js';
import { definePhraseRule } from '../phrases/define.js';
import type { PhraseEntry } from '../phrases/table.js';
import { ConfigError } from './types.js';
import { parseSeverity } from './validate.js';
import { checkRegexSafety, matchReach } from './regex-safety.js';
import { boundQuantifiers } from '../phrases/bounded.js';
import { own } from '../core/own.js';

const KEYS = new Set(['id', 'match', 'regex', 'flags', 'message', 'severity', 'replace', 'suggest']);
const ID = /^(?:@?[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/;
/**
 * A regex phrase sees one sentence at a time, as if it ran on the whole sentence. Its unbounded repeats
 * (+, *, {n,}) take at most REPEAT_BOUNDS[k] characters (the largest bound that keeps one match attempt
 * within MAX_REACH characters), so one attempt reads a bounded stretch of text; a long sentence is scanned
 * in windows of REGEX_WINDOW starting positions, each with the text an attempt can read on either side, so a
 * window gives exactly the matches the whole sentence gives (no edge artefacts) and a scan stays linear.
 */
export const REGEX_WINDOW = 2048;
const REPEAT_BOUNDS = [120, 60];
export const MAX_REACH = 1200;

export interface PhraseSource {
  spec: PhraseSpec;
  file: string;
  index: number;
}

/** Compiles config phrases into rules. A later phrase with the same id replaces an earlier one. */
export async function compilePhrases(specs: PhraseSource[], reserved: ReadonlySet<string> = new Set()): Promise<Rule[]> {
  const byId = new Map<string, Rule>();
  for (const { spec, file, index } of specs) {
    const rule = compilePhrase(spec, file, `phrases[${index}]`);
    if (reserved.has(rule.meta.id)) {
      throw new ConfigError(file, `phrases[${index}].id: "${rule.meta.id}" is already a rule (built-in or plugin); pick another id`);
    }
    byId.set(rule.meta.id, rule);
  }
  return [...byId.values()];
}

export function compilePhrase(spec: PhraseSpec, file: string, key: string): Rule {
  const fail = (why: string) => new ConfigError(file, `${key}: ${why}`);
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) throw fail('must be an object');
  for (const k of Object.keys(spec)) if (!KEYS.has(k) && !k.startsWith('//')) throw fail(`unknown key "${k}" (keys: ${[...KEYS].join(', ')})`);
  if (typeof spec.id !== 'string' || !ID.test(spec.id)) throw fail('id must be kebab-case, optionally namespaced, e.g. "acme/no-jargon"');
  if (typeof spec.message !== 'string' || !spec.message.trim()) throw fail('message is required');
  if ((spec.match === undefined) === (spec.regex === undefined)) throw fail('needs exactly one of "match" or "regex"');
  const severity: Severity = spec.severity === undefined ? 'warn' : parseSeverity(spec.severity, file, `${key}.severity`);
  const replace = spec.replace;
  if (replace !== undefined && typeof replace !== 'string') throw fail('replace must be a string');
  if (spec.suggest !== undefined && typeof spec.suggest !== 'string') throw fail('suggest must be a string');
  const suggest = spec.suggest ?? (replace !== undefined ? (replace ? `Write "${replace}" instead.` : 'Remove it.') : undefined);

  // One phrase is a one-entry phrase table: the same machinery as the built-in rules.
  let entry: PhraseEntry;
  let how: string;
  if (spec.regex !== undefined) {
    const { regex, reach } = compileRegex(spec, fail);
    entry = { find: (reply) => regexHits(reply, regex, reach) };
    how = `regex /${spec.regex}/`;
  } else {
    if (typeof spec.match !== 'string' || !spec.match.trim()) throw fail('match must be a non-empty string');
    const pattern = expandContractions(spec.match);
    try {
      // Check now so a broken pattern is a config error, not a failure on the first reply.
      validateMatch(pattern);
    } catch (err) {
      throw fail(`invalid match pattern: ${(err as Error).message}`);
    }
    entry = { match: pattern };
    how = `match "${spec.match}"`;
  }
  if (replace !== undefined) entry.fix = replace;
  if (suggest !== undefined) entry.advice = suggest;

  try {
    return definePhraseRule({
      meta: {
        id: spec.id,
        description: spec.message,
        family: 'phrase',
        defaultSeverity: severity,
        fixable: replace !== undefined,
        docs: { why: `${spec.message} (a phrase rule from ${file}: ${how})`, seeds: [] },
        examples: { bad: [], good: [] },
        messages: { default: spec.message },
      },
      table: [entry],
      tableOptions: { deriveTriggers: matchTriggers, requireTriggers: false },
    });
  } catch (err) {
    throw fail((err as Error).message.replace(/^rule [^:]*: /, '').replace(/^[^:]* entry #0: /, ''));
  }
}

/** The user's regex with its repeats bounded, and how far one match attempt can read (see REGEX_WINDOW). */
function compileRegex(spec: PhraseSpec, fail: (why: string) => ConfigError): { regex: RegExp; reach: number } {
  if (typeof spec.regex !== 'string' || !spec.regex) throw fail('regex must be a non-empty string');
  const flags = spec.flags ?? 'i';
  if (typeof flags !== 'string' || !/^[imsu]*$/.test(flags.replace(/g/g, ''))) throw fail('flags may only use i, m, s and u');
  try {
    new RegExp(spec.regex, `${flags.replace(/g/g, '')}g`);
  } catch (err) {
    throw fail(`invalid regex: ${(err as Error).message}`);
  }
  const unsafe = checkRegexSafety(spec.regex, flags);
  if (unsafe) throw fail(`regex rejected: ${unsafe}`);
  const scan = scanRegex(spec.regex, flags);
  if (typeof scan === 'string') throw fail(`regex rejected: ${scan}`);
  return scan;
}

/**
 * A (safe) user regex with its unbounded repeats bounded for scanning, and how far one attempt reads;
 * or why it cannot be bounded well enough.
 */
export function scanRegex(source: string, flags: string): { regex: RegExp; reach: number } | string {
  let reach = Infinity;
  for (const bound of REPEAT_BOUNDS) {
    const bounded = boundQuantifiers(source, bound);
    reach = matchReach(bounded, flags);
    if (reach <= MAX_REACH) return { regex: new RegExp(bounded, `${flags.replace(/g/g, '')}g`), reach };
  }
  return `one match can read ${reach === Infinity ? 'unbounded' : `up to ${reach}`} characters even with its repeats (+, *) limited to ${REPEAT_BOUNDS.at(-1)}; keep it under ${MAX_REACH} (fewer or smaller repeats)`;
}

/**
 * Matches of a regex in each sentence, exactly as a global scan of the whole sentence finds them. A match
 * attempt reads at most `reach` characters either side of where it starts, so a long sentence is scanned in
 * windows of REGEX_WINDOW starts, each sliced with `reach` characters of context on both sides: lookbehinds,
 * ^, $, \b and greedy repeats see what they would see in the whole sentence, and the work stays linear.
 */
export function regexHits(reply: Reply, regex: RegExp, reach: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const margin = reach + 1;
  const zone = Math.max(REGEX_WINDOW, 4 * margin);
  for (const s of reply.sentences) {
    const text = reply.text.slice(s.start, s.end);
    let pos = 0; // where the whole-sentence scan looks next
    for (;;) {
      const zoneEnd = pos + zone;
      const from = Math.max(0, pos - margin);
      const to = Math.min(text.length, zoneEnd + margin);
      const chunk = from === 0 && to === text.length ? text : text.slice(from, to);
      regex.lastIndex = pos - from;
      let m: RegExpExecArray | null;
      let later = false;
      while ((m = regex.exec(chunk))) {
        const at = from + m.index;
        // A match starting past the zone belongs to the next window, which sees more text after it.
        if (at >= zoneEnd && to < text.length) { later = true; break; }
        if (m[0].length === 0) { regex.lastIndex++; pos = from + regex.lastIndex; continue; }
        out.push({ start: s.start + at, end: s.start + at + m[0].length });
        pos = at + m[0].length;
      }
      if (!later && to === text.length) break;
      pos = Math.max(pos, zoneEnd);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// `match` patterns.

// compromise expands contractions in the text ("we're" -> we are), so a pattern written with a
// contraction must be expanded too to match both forms. "'s" is ambiguous (is/has/possessive) and stays.
const IRREGULAR: Record<string, string> = {
  "can't": 'can not', cannot: 'can not', "won't": 'will not', "shan't": 'shall not', "let's": 'let us', "ain't": "ain't",
};
const SUFFIXES: Array<[RegExp, string]> = [
  [/^(\w+)n't$/, '$1 not'], [/^(\w+)'re$/, '$1 are'], [/^(\w+)'m$/, '$1 am'], [/^(\w+)'ve$/, '$1 have'],
  [/^(\w+)'ll$/, '$1 will'], [/^(\w+)'d$/, '$1 would'],
];

/** Rewrites contracted words of a match pattern ("we're sorry") to the expanded form compromise matches. */
export function expandContractions(pattern: string): string {
  // Only bare words: leave [captures], {roots}, #Tags, /regex/ and ~fuzzy~ alone.
  return pattern.replace(/[\u2018\u2019]/g, "'").replace(/(^|[\s(|])([A-Za-z]+'[A-Za-z]+|cannot)(?=$|[\s)|?*+.!])/gi, (all, pre: string, word: string) => {
    const lower = word.toLowerCase();
    const expanded = own(IRREGULAR, lower);
    if (expanded) return pre + expanded;
    for (const [re, to] of SUFFIXES) if (re.test(lower)) return pre + lower.replace(re, to);
    return all;
  });
}

function validateMatch(pattern: string): void {
  let depth = 0;
  for (const c of pattern) {
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) throw new Error('unbalanced parentheses');
  }
  if (depth !== 0) throw new Error('unbalanced parentheses');
  if ((pattern.match(/\[/g) ?? []).length !== (pattern.match(/\]/g) ?? []).length) throw new Error('unbalanced brackets');
  if ((pattern.match(/\{/g) ?? []).length !== (pattern.match(/\}/g) ?? []).length) throw new Error('unbalanced braces');
}

/**
 * The trigger words of a match pattern: the forms of its most selective required literal word (a word's
 * first four letters catch its inflections and spellings, apologise/apologized; the reply's word index
 * already reads "won't" as "will not"). Undefined when no literal word is required: then every sentence
 * is tagged.
 */
export function matchTriggers(pattern: string): string[] | undefined {
  let best: string[] | undefined;
  let bestScore = -1;
  for (const element of topLevelElements(pattern)) {
    if (!element.alternatives) continue;
    const score = Math.min(...element.alternatives.map((w) => w.length));
    if (score > bestScore) { best = element.alternatives; bestScore = score; }
  }
  if (!best || best.length === 0) return undefined;
  return [...new Set(best.map((w) => {
    const lower = w.toLowerCase();
    return lower.length > 4 ? `${lower.slice(0, 4)}*` : lower;
  }))];
}

/**
 * The top-level elements of a match pattern. `alternatives` lists the literal words one of which must
 * appear when the element is required and literal (a word, or a group of words); undefined otherwise.
 */
function topLevelElements(pattern: string): Array<{ alternatives?: string[] }> {
  const out: Array<{ alternatives?: string[] }> = [];
  let i = 0;
  while (i < pattern.length) {
    while (i < pattern.length && /\s/.test(pattern[i]!)) i++;
    if (i >= pattern.length) break;
    const start = i;
    let depth = 0;
    while (i < pattern.length && (depth > 0 || !/\s/.test(pattern[i]!))) {
      const c = pattern[i]!;
      if (c === '(' || c === '[' || c === '{') depth++;
      if (c === ')' || c === ']' || c === '}') depth--;
      i++;
    }
    out.push({ alternatives: literalAlternatives(pattern.slice(start, i)) });
  }
  return out;
}

function literalAlternatives(token: string): string[] | undefined {
  const t = token.replace(/^\^/, '').replace(/\$$/, '');
  if (/[?*]$/.test(t) || /^[!#.[{/~@<]/.test(t) || t === '*') return undefined;
  const group = /^\(([^()]*)\)\+?$/.exec(t);
  if (group) {
    const alts = group[1]!.split('|').map((a) => a.trim());
    const words = alts.map((a) => firstLiteralWord(a));
    return words.every((w): w is string => w !== undefined) ? words : undefined;
  }
  if (t.includes('(') || t.includes('|')) return undefined;
  const word = firstLiteralWord(t);
  return word ? [word] : undefined;
}

/** The first plain word of a (sub)pattern: "case number" -> "case". */
function firstLiteralWord(s: string): string | undefined {
  for (const part of s.split(/\s+/)) {
    const m = /^([A-Za-z][A-Za-z']*)\+?$/.exec(part);
    if (m) return m[1]!.replace(/'.*$/, '');
  }
  return undefined;
}
