// Declarative phrase rules from config: `match` (compromise match syntax) or `regex`, turned into
// ordinary rules so they behave like built-ins in every formatter and directive.
import type { PhraseSpec } from './types.js';
import type { Reply, Rule, Severity } from '../types.js';
import { defineRule } from '../rule-api.js';
import { matchCase, nlpMatch } from '../nlp/match.js';
import { ConfigError } from './types.js';
import { parseSeverity } from './validate.js';
import { checkRegexSafety, maxMatchLength } from './regex-safety.js';

const KEYS = new Set(['id', 'match', 'regex', 'flags', 'message', 'severity', 'replace', 'suggest']);
const ID = /^(?:@?[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/;
/**
 * A regex phrase sees one sentence at a time. A pattern that can match unbounded text (+, *, {n,})
 * sees a sentence longer than this in overlapping windows, which bounds its backtracking: it then
 * finds matches up to half a window long. Bounded patterns ({0,300}) see the whole sentence.
 */
export const REGEX_WINDOW = 256;

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

  let find: (reply: Reply) => Array<{ start: number; end: number }>;
  let how: string;
  if (spec.regex !== undefined) {
    const regex = compileRegex(spec, fail);
    const window = maxMatchLength(spec.regex!, spec.flags ?? 'i') === Infinity ? REGEX_WINDOW : Infinity;
    find = (reply) => regexHits(reply, regex, window);
    how = `regex /${spec.regex}/`;
  } else {
    if (typeof spec.match !== 'string' || !spec.match.trim()) throw fail('match must be a non-empty string');
    const pattern = expandContractions(spec.match);
    try {
      // Compile now so a broken pattern is a config error, not a failure on the first reply.
      validateMatch(pattern);
    } catch (err) {
      throw fail(`invalid match pattern: ${(err as Error).message}`);
    }
    const trigger = triggerFor(pattern);
    find = (reply) => reply.sentences
      .filter((s) => !trigger || trigger.test(s.text))
      .flatMap((s) => nlpMatch(reply, s, pattern))
      .map((h) => trimHit(reply.text, h.start, h.end));
    how = `match "${spec.match}"`;
  }

  try {
    return defineRule({
      meta: {
        id: spec.id,
        description: spec.message,
        family: 'phrase',
        defaultSeverity: severity,
        fixable: replace !== undefined,
        docs: { why: `${spec.message} (a phrase rule from ${file}: ${how})`, seeds: [] },
        examples: { bad: [], good: [] },
      },
      check(reply, context) {
        const seen = new Set<number>();
        for (const hit of find(reply)) {
          if (hit.end <= hit.start || seen.has(hit.start) || reply.inPlaceholder(hit.start, hit.end)) continue;
          seen.add(hit.start);
          const original = reply.source.slice(hit.start, hit.end);
          const fix = replace !== undefined ? { start: hit.start, end: hit.end, text: caseLike(original, replace) } : undefined;
          const suggestions = suggest !== undefined ? [fix ? { desc: suggest, fix } : { desc: suggest }] : undefined;
          context.report({ message: spec.message, start: hit.start, end: hit.end, fix, suggestions });
        }
      },
    });
  } catch (err) {
    throw fail((err as Error).message.replace(/^rule [^:]*: /, ''));
  }
}

/** The replacement in the original's case; an acronym ("ASAP") is not shouting, so it passes no case on. */
function caseLike(original: string, replacement: string): string {
  return /^[A-Z][A-Z0-9]{1,4}$/.test(original) && replacement !== replacement.toUpperCase() ? replacement : matchCase(original, replacement);
}

function compileRegex(spec: PhraseSpec, fail: (why: string) => ConfigError): RegExp {
  if (typeof spec.regex !== 'string' || !spec.regex) throw fail('regex must be a non-empty string');
  const flags = spec.flags ?? 'i';
  if (typeof flags !== 'string' || !/^[imsu]*$/.test(flags.replace(/g/g, ''))) throw fail('flags may only use i, m, s and u');
  let regex: RegExp;
  try {
    regex = new RegExp(spec.regex, `${flags.replace(/g/g, '')}g`);
  } catch (err) {
    throw fail(`invalid regex: ${(err as Error).message}`);
  }
  const unsafe = checkRegexSafety(spec.regex, flags);
  if (unsafe) throw fail(`regex rejected: ${unsafe}`);
  return regex;
}

/** Matches of a regex in each sentence; sentences longer than `window` are scanned in overlapping windows. */
export function regexHits(reply: Reply, regex: RegExp, window = REGEX_WINDOW): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const step = Math.max(1, Math.floor(window / 2));
  for (const s of reply.sentences) {
    const text = reply.text.slice(s.start, s.end);
    for (let w = 0; w < text.length; w += step) {
      const lastWindow = w + window >= text.length;
      const chunk = lastWindow ? text.slice(w) : text.slice(w, w + window);
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(chunk))) {
        if (m[0].length === 0) { regex.lastIndex++; continue; }
        // Each window owns the matches starting in its first half; the next window sees the rest with
        // more text after them. The last window owns everything left.
        if (!lastWindow && m.index >= step) break;
        out.push({ start: s.start + w + m.index, end: s.start + w + m.index + m[0].length });
      }
      if (lastWindow) break;
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
    if (IRREGULAR[lower]) return pre + IRREGULAR[lower];
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

// Where a word can hide in contracted text: "not" in "don't"/"dont", "will" in "I'll"/"won't".
const CONTRACTED: Record<string, string[]> = {
  not: ["n'?t\\b"], will: ["'ll\\b", "\\bwon'?t\\b"], am: ["'m\\b"], are: ["'re\\b"], have: ["'ve\\b"],
  would: ["'d\\b"], had: ["'d\\b"], is: ["'s\\b"], has: ["'s\\b"], us: ["'s\\b"], shall: ["\\bshan'?t\\b"],
};

/**
 * A cheap regex a sentence must pass before it is tagged: the forms of the most selective required
 * literal word of the pattern. Undefined when the pattern has no required literal word (then every
 * sentence is tagged).
 */
export function triggerFor(pattern: string): RegExp | undefined {
  let best: string[] | undefined;
  let bestScore = -1;
  for (const element of topLevelElements(pattern)) {
    if (!element.alternatives) continue;
    const forms = element.alternatives.flatMap(wordForms);
    const score = Math.min(...element.alternatives.map((w) => w.length));
    if (score > bestScore) { best = forms; bestScore = score; }
  }
  return best && best.length ? new RegExp(`(?:${[...new Set(best)].join('|')})`, 'i') : undefined;
}

/** A word's first four letters catch its inflections and spellings (apologise/apologized). */
function wordForms(word: string): string[] {
  const w = word.toLowerCase();
  const stem = w.length > 2 ? `\\b${escape(w.slice(0, 4))}` : `\\b${escape(w)}\\b`;
  return [stem, ...(CONTRACTED[w] ?? [])];
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

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

/** compromise's match offsets can include the punctuation after a word: trim it off. */
function trimHit(text: string, start: number, end: number): { start: number; end: number } {
  while (end > start && /[\s.,;:!?"')\]]/.test(text[end - 1]!)) end--;
  while (start < end && /[\s"'([]/.test(text[start]!)) start++;
  return { start, end };
}
