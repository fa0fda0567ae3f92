// Validates a user config object, throwing a ConfigError naming the file and the key.
import { CHANNELS, KINDS, type Rule, type Severity } from '../types.js';
import { ConfigError, type RuleConfig, type RuleSetting, type UserConfig } from './types.js';
import { PLATFORM_NAMES } from '../platforms/types.js';
import { severityOf } from '../core/severity.js';
import { own } from '../core/own.js';

const TOP_KEYS = new Set(['extends', 'kind', 'channel', 'platform', 'rules', 'phrases', 'plugins', 'fields', 'placeholders',
  'ignorePatterns', 'overrides', 'minWords', '$schema', 'root']);

export function parseSeverity(value: unknown, file: string, key: string): Severity {
  const severity = severityOf(value);
  if (severity) return severity;
  throw new ConfigError(file, `${key}: severity must be off, info, warn or error (got ${JSON.stringify(value)})`);
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks the shape of a config object (not rule names: those need the plugins loaded). */
export function validateShape(config: unknown, file: string, where = ''): UserConfig {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new ConfigError(file, `${where || 'config'} must be an object`);
  }
  const c = config as Record<string, unknown>;
  const at = (k: string) => (where ? `${where}.${k}` : k);
  for (const key of Object.keys(c)) {
    if (!TOP_KEYS.has(key) && !key.startsWith('//') && !(where && key === 'files') && !(where && key === 'excludedFiles')) {
      throw new ConfigError(file, `${at(key)}: unknown key`);
    }
  }
  if (c.extends !== undefined && typeof c.extends !== 'string' && !isStringArray(c.extends)) {
    throw new ConfigError(file, `${at('extends')}: must be a preset name or a list of them`);
  }
  if (c.kind !== undefined && !KINDS.includes(c.kind as never)) {
    throw new ConfigError(file, `${at('kind')}: must be one of ${KINDS.join(', ')} (got ${JSON.stringify(c.kind)})`);
  }
  if (c.channel !== undefined && !CHANNELS.includes(c.channel as never)) {
    throw new ConfigError(file, `${at('channel')}: must be one of ${CHANNELS.join(', ')} (got ${JSON.stringify(c.channel)})`);
  }
  if (c.platform !== undefined && !PLATFORM_NAMES.includes(c.platform as never)) {
    throw new ConfigError(file, `${at('platform')}: must be one of ${PLATFORM_NAMES.join(', ')} (got ${JSON.stringify(c.platform)})`);
  }
  for (const key of ['plugins', 'fields', 'placeholders', 'ignorePatterns'] as const) {
    if (c[key] !== undefined && !isStringArray(c[key])) throw new ConfigError(file, `${at(key)}: must be a list of strings`);
  }
  if (c.minWords !== undefined && (typeof c.minWords !== 'number' || c.minWords < 0 || !Number.isFinite(c.minWords))) {
    throw new ConfigError(file, `${at('minWords')}: must be a non-negative number`);
  }
  if (c.rules !== undefined && (typeof c.rules !== 'object' || c.rules === null || Array.isArray(c.rules))) {
    throw new ConfigError(file, `${at('rules')}: must be an object of rule IDs to severities`);
  }
  if (c.phrases !== undefined && !Array.isArray(c.phrases)) throw new ConfigError(file, `${at('phrases')}: must be a list`);
  if (c.overrides !== undefined) {
    if (!Array.isArray(c.overrides)) throw new ConfigError(file, `${at('overrides')}: must be a list`);
    c.overrides.forEach((o, i) => {
      const w = `${at('overrides')}[${i}]`;
      validateShape(o, file, w);
      const files = (o as Record<string, unknown>).files;
      if (!isStringArray(files) && typeof files !== 'string') throw new ConfigError(file, `${w}.files: must be a glob or a list of globs`);
    });
  }
  return c as UserConfig;
}

/** Turns a rule setting into severity + options, checking options against the rule's schema. */
export function parseRuleSetting(
  setting: RuleSetting,
  rule: Rule | undefined,
  file: string,
  key: string,
  base?: RuleConfig,
): RuleConfig {
  const raw = Array.isArray(setting) ? setting : [setting];
  if (raw.length === 0 || raw.length > 2) throw new ConfigError(file, `${key}: expected a severity or [severity, options]`);
  const severity = parseSeverity(raw[0], file, key);
  const options: Record<string, unknown> = { ...(base?.options ?? defaultOptions(rule)) };
  if (raw.length === 2) {
    const given = raw[1];
    if (given === null || typeof given !== 'object' || Array.isArray(given)) {
      throw new ConfigError(file, `${key}: options must be an object`);
    }
    const schema = rule?.meta.options ?? {};
    for (const [name, value] of Object.entries(given)) {
      const spec = own(schema, name);
      if (!spec) {
        const known = Object.keys(schema);
        throw new ConfigError(file, `${key}: unknown option "${name}"${known.length ? ` (options: ${known.join(', ')})` : ' (this rule takes no options)'}`);
      }
      if (!typeMatches(spec.type, value)) throw new ConfigError(file, `${key}: option "${name}" must be ${describeType(spec.type)} (got ${JSON.stringify(value)})`);
      options[name] = value;
    }
  }
  return { severity, options };
}

export function defaultOptions(rule: Rule | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule?.meta.options ?? {})) out[name] = spec.default;
  return out;
}

function typeMatches(type: string, v: unknown): boolean {
  switch (type) {
    case 'boolean': return typeof v === 'boolean';
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'string': return typeof v === 'string';
    case 'string[]': return isStringArray(v);
    case 'numbers': return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0);
    case 'record': return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
    default: return false;
  }
}

function describeType(type: string): string {
  return ({ boolean: 'true or false', number: 'a number', string: 'a string', 'string[]': 'a list of strings', record: 'an object of strings', numbers: 'an object of non-negative numbers' } as Record<string, string>)[type] ?? type;
}
