// Package entry: the programmatic API, the rule API and the types.
export { lintText, lintFiles, loadConfig, applyFixes } from './api.js';
export type { LintOptions } from './api.js';
export { defineRule } from './rule-api.js';
export { builtinRules } from '../rules/index.js';
export { scan, nlpMatch, nlpHas, matchCase, sentenceAt } from './nlp/match.js';
export type * from './types.js';
export type { UserConfig, ResolvedConfig, PhraseSpec } from './config/types.js';
