// Package entry: the programmatic API, the rule API, RuleTester and the types.
// dist/src/index.cjs (written by scripts/write-cjs-entry.mjs) is the CommonJS face of this module.
export { lintText, lintFiles, loadConfig, applyFixes } from './api.js';
export type { LintOptions } from './api.js';
export { defineRule } from './rule-api.js';
export { RuleTester, RuleTesterError } from './rule-tester.js';
export type { TestCases, ValidCase, InvalidCase, ExpectedError, TesterSettings } from './rule-tester.js';
export { builtinRules } from '../rules/index.js';
export { scan, nlpMatch, nlpHas, terms, matchCase, sentenceAt } from './nlp/match.js';
export type { Hit, NlpHit } from './nlp/match.js';
export * from './context/index.js';
export { ConfigError } from './config/types.js';
export { PRESET_NAMES } from './config/presets.js';
export type * from './types.js';
export { KINDS, CHANNELS, CHECKLIST_ITEMS } from './types.js';
export type { UserConfig, ResolvedConfig, PhraseSpec, RuleSetting, RuleConfig, OverrideSpec } from './config/types.js';
export type { Plugin } from './config/plugins.js';
