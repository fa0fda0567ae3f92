// Declarative phrase rules from config: `match` (compromise match syntax) or `regex`, turned into
// ordinary rules so they behave like built-ins in every formatter and directive.
import type { PhraseSpec } from './types.js';
import type { Rule, Severity } from '../types.js';
import { defineRule } from '../rule-api.js';
import { matchCase, nlpMatch, scan } from '../nlp/match.js';
import { ConfigError } from './types.js';
import { parseSeverity } from './validate.js';
import { checkRegexSafety } from './regex-safety.js';

export async function compilePhrases(specs: Array<{ spec: PhraseSpec; file: string; index: number }>): Promise<Rule[]> {
  return specs.map(({ spec, file, index }) => compilePhrase(spec, file, `phrases[${index}]`));
}

function compilePhrase(spec: PhraseSpec, file: string, key: string): Rule {
  const fail = (why: string) => new ConfigError(file, `${key}: ${why}`);
  if (!spec || typeof spec !== 'object') throw fail('must be an object');
  if (typeof spec.id !== 'string' || !/^[a-z0-9@][a-z0-9@/-]*$/.test(spec.id)) throw fail('id must be kebab-case, e.g. "acme/no-jargon"');
  if (typeof spec.message !== 'string' || !spec.message) throw fail('message is required');
  if ((spec.match === undefined) === (spec.regex === undefined)) throw fail('needs exactly one of "match" or "regex"');
  const severity: Severity = spec.severity === undefined ? 'warn' : parseSeverity(spec.severity, file, `${key}.severity`);
  const replace = spec.replace;
  if (replace !== undefined && typeof replace !== 'string') throw fail('replace must be a string');
  const suggest = spec.suggest ?? (replace !== undefined ? `Write "${replace}" instead.` : spec.message);

  let regex: RegExp | undefined;
  if (spec.regex !== undefined) {
    if (typeof spec.regex !== 'string' || !spec.regex) throw fail('regex must be a non-empty string');
    const flags = (spec.flags ?? 'i').replace(/g/g, '');
    try {
      regex = new RegExp(spec.regex, `${flags}g`);
    } catch (err) {
      throw fail(`invalid regex: ${(err as Error).message}`);
    }
    const unsafe = checkRegexSafety(spec.regex);
    if (unsafe) throw fail(`regex rejected: ${unsafe}`);
  } else if (typeof spec.match !== 'string' || !spec.match.trim()) {
    throw fail('match must be a non-empty string');
  }
  // Words that must appear for a `match` pattern to have any chance: a cheap pre-pass before tagging.
  const trigger = spec.match !== undefined ? triggerFor(spec.match) : undefined;

  return defineRule({
    meta: {
      id: spec.id,
      description: spec.message,
      family: 'phrase',
      defaultSeverity: severity,
      fixable: replace !== undefined,
      docs: { why: spec.message, seeds: [] },
      examples: { bad: [], good: [] },
    },
    check(reply, context) {
      const hits = regex
        ? scan(reply, regex).map((h) => ({ start: h.start, end: h.end, text: reply.source.slice(h.start, h.end) }))
        : reply.sentences.filter((s) => !trigger || trigger.test(s.text)).flatMap((s) => nlpMatch(reply, s, spec.match!));
      for (const hit of hits) {
        if (reply.inPlaceholder(hit.start, hit.end)) continue;
        const original = reply.source.slice(hit.start, hit.end);
        const fix = replace !== undefined ? { start: hit.start, end: hit.end, text: matchCase(original, replace) } : undefined;
        context.report({ message: spec.message, start: hit.start, end: hit.end, fix, suggestions: [{ desc: suggest, fix }] });
      }
    },
  });
}

/** A regex of the literal words of a match pattern; a sentence without any of them cannot match. */
function triggerFor(match: string): RegExp | undefined {
  const words = match
    .replace(/\[[^\]]*\]|\{[^}]*\}|#[A-Za-z]+|~[^~]*~|\/[^/]*\//g, ' ')
    .split(/[^A-Za-z']+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 2);
  if (words.length === 0 || /[|()]/.test(match)) return undefined;
  // Contractions and inflections make exact words unreliable; the first 4 letters are a safe net.
  const stems = [...new Set(words.map((w) => w.replace(/'.*$/, '').slice(0, 4)))];
  return new RegExp(`\\b(?:${stems.join('|')})`, 'i');
}
