// Built-in presets. Presets are plain config objects; `extends` resolves them by name.
import { CHECKLIST_ITEMS, type Rule } from '../types.js';
import type { UserConfig } from './types.js';

export const PRESET_NAMES = ['recommended', 'complaint', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Accepts "recommended" and "complaintlint:recommended". */
export function presetName(spec: string): PresetName | undefined {
  const name = spec.replace(/^complaintlint:/, '');
  return (PRESET_NAMES as readonly string[]).includes(name) ? (name as PresetName) : undefined;
}


/**
 * A built-in preset as config. `recommended` sets every phrase rule to its default severity and leaves the
 * checklist rules unset: they only run on complaint replies, and a reply whose kind is `complaint` (from
 * --kind, config, overrides or front matter) gets them at their default severities unless config says
 * otherwise (see isKindGated). The two checklist extras (prevent, involve) are off in `recommended`.
 */
export function buildPreset(name: PresetName, rules: Iterable<Rule>): UserConfig {
  const settings: NonNullable<UserConfig['rules']> = {};
  for (const rule of rules) {
    const { id, family, defaultSeverity } = rule.meta;
    if (id.includes('/')) continue; // plugin rules come from plugin presets
    switch (name) {
      case 'recommended':
        // Context rules are silent without the customer's message, so they cost nothing until it is given.
        if (family === 'phrase' || family === 'context') settings[id] = defaultSeverity;
        else if (!isChecklistRule(rule)) settings[id] = 'off';
        break;
      case 'complaint':
        settings[id] = defaultSeverity;
        break;
      case 'strict':
        // Opt-in rules (default off) stay off: strict raises severities, it does not pick house style.
        settings[id] = defaultSeverity === 'off' ? 'off' : defaultSeverity === 'info' ? 'warn' : 'error';
        break;
    }
  }
  return name === 'complaint' ? { rules: settings, kind: 'complaint' } : { rules: settings };
}

/** A structure rule that is an item of the reply checklist (acknowledge, apologize, fix, urgency, verify, contact). */
export function isChecklistRule(rule: Rule): boolean {
  return rule.meta.family === 'structure' && (CHECKLIST_ITEMS as readonly string[]).includes(rule.meta.checklist ?? '');
}

/**
 * Rules whose severity before any config is their default rather than off: the built-in structure rules.
 * They are gated by the reply's kind in the engine, so on a general reply they never run.
 */
export function isKindGated(rule: Rule): boolean {
  return rule.meta.family === 'structure';
}
