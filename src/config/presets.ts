// Built-in presets. Presets are plain config objects; `extends` resolves them by name.
import type { Rule } from '../types.js';
import type { UserConfig } from './types.js';

export const PRESET_NAMES = ['recommended', 'complaint', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Accepts "recommended" and "complaintlint:recommended". */
export function presetName(spec: string): PresetName | undefined {
  const name = spec.replace(/^complaintlint:/, '');
  return (PRESET_NAMES as readonly string[]).includes(name) ? (name as PresetName) : undefined;
}


export function buildPreset(name: PresetName, rules: Iterable<Rule>): UserConfig {
  const settings: NonNullable<UserConfig['rules']> = {};
  for (const rule of rules) {
    const { id, family, defaultSeverity } = rule.meta;
    if (id.includes('/')) continue; // plugin rules come from plugin presets
    switch (name) {
      case 'recommended':
        // Context rules are silent without the customer's message, so they cost nothing until it is given.
        settings[id] = family === 'phrase' || family === 'context' ? defaultSeverity : 'off';
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
