// Config as users write it, and as the engine uses it once resolved for one file.
import type { Channel, ReplyKind, Rule, Severity } from '../types.js';
import type { PlatformName } from '../platforms/types.js';

export type RuleSetting = Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2, Record<string, unknown>?];

export interface PhraseSpec {
  id: string;
  match?: string;
  regex?: string;
  flags?: string;
  message: string;
  severity?: Severity;
  replace?: string;
  suggest?: string;
}

export interface OverrideSpec extends Omit<UserConfig, 'overrides' | 'plugins' | 'ignorePatterns'> {
  files: string[];
  excludedFiles?: string[];
}

export interface UserConfig {
  extends?: string | string[];
  kind?: ReplyKind;
  channel?: Channel;
  /** The help desk the macros are for; unset: detected from each export's shape. */
  platform?: PlatformName;
  rules?: Record<string, RuleSetting>;
  phrases?: PhraseSpec[];
  plugins?: string[];
  fields?: string[];
  placeholders?: string[];
  ignorePatterns?: string[];
  overrides?: OverrideSpec[];
  minWords?: number;
}

export interface RuleConfig {
  severity: Severity;
  options: Record<string, unknown>;
  /** Set by a config file, an override or --rule (not only by a preset). */
  explicit?: boolean;
}

/** The config that applies to one file: every known rule with its severity and options. */
export interface ResolvedConfig {
  /** The config file this came from, if any. */
  filePath?: string;
  kind: ReplyKind;
  channel: Channel;
  rules: Map<string, RuleConfig>;
  /** Every rule that can run (built-in, plugin, declarative phrases). */
  ruleSet: Map<string, Rule>;
  fields: string[];
  /** `fields` was set by config (not the default list): platform field presets then do not apply. */
  fieldsSet?: boolean;
  /** The platform set by config, an override or --platform; undefined: detected per file. */
  platform?: PlatformName;
  placeholders: string[];
  ignorePatterns: string[];
  minWords: number;
  /** Plugins loaded for this config (their rules are in ruleSet). */
  plugins?: Array<{ name: string; spec: string; path?: string; presets: Record<string, UserConfig> }>;
}

export class ConfigError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
  }
}
