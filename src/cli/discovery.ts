// Rule discovery and setup commands: --list-rules, --explain, --print-config, --init.
import { jsonSafe } from '../formatters/escape.js';
import { describeSeed } from './seeds.js';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Rule } from '../types.js';
import type { CliOptions } from './options.js';
import { UsageError } from './options.js';
import { SEARCH_PLACES, type ConfigLoader } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Io } from './main.js';
import { builtinRules } from '../../rules/index.js';
import { buildPreset, presetName, PRESET_NAMES } from '../config/presets.js';
import { DEFAULT_FIELDS } from '../formats/fields.js';
import { SKIPPED_IN_WALKS } from '../sources/walk.js';
import { getPlatform, type PlatformName } from '../platforms/index.js';

export async function runDiscovery(options: CliOptions, loader: ConfigLoader, io: Io): Promise<number> {
  if (options.listRules) {
    const config = await loader.forFile(resolve(io.cwd, '__list__.txt'));
    io.stdout.write(listRules(config, options.format === 'json'));
    return 0;
  }
  if (options.explain) {
    const config = await loader.forFile(resolve(io.cwd, '__explain__.txt'));
    const rule = config.ruleSet.get(options.explain);
    if (!rule) throw new UsageError(`unknown rule "${options.explain}"${closest(options.explain, [...config.ruleSet.keys()])} (see --list-rules)`);
    io.stdout.write(explainRule(rule, config));
    return 0;
  }
  if (options.printConfig) {
    const file = resolve(io.cwd, options.printConfig);
    const config = await loader.forFile(file);
    const { platformOfFile } = await import('../runner/platform-of.js');
    const choice = await platformOfFile(file, config);
    io.stdout.write(jsonSafe(JSON.stringify(printable(config, io.cwd, choice), null, 2)) + '\n');
    return 0;
  }
  if (options.init) return init(options, io);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// --list-rules

interface RuleRow {
  id: string;
  family: string;
  severity: string;
  fixable: boolean;
  presets: string[];
  source: string;
  description: string;
}

/** Where a rule comes from: "builtin", "plugin acme" or "config" (a declarative phrase). */
function sourceOf(rule: Rule, config?: ResolvedConfig): string {
  if (builtinRules.includes(rule)) return 'builtin';
  const plugin = config?.plugins?.find((p) => rule.meta.id.startsWith(`${p.name}/`));
  return plugin ? `plugin ${plugin.name}` : 'config';
}

/** The presets that switch a rule on: built-in ones, and the presets of loaded plugins. */
function presetsOf(rule: Rule, config?: ResolvedConfig): string[] {
  const id = rule.meta.id;
  const out: string[] = PRESET_NAMES.filter((p) => {
    const sev = buildPreset(p, builtinRules).rules?.[id];
    return sev !== undefined && sev !== 'off' && sev !== 0;
  });
  for (const plugin of config?.plugins ?? []) {
    for (const [name, preset] of Object.entries(plugin.presets)) {
      const sev = preset.rules?.[id];
      const level = Array.isArray(sev) ? sev[0] : sev;
      if (level !== undefined && level !== 'off' && level !== 0) out.push(`plugin:${plugin.name}/${name}`);
    }
  }
  return out;
}

export function listRules(config: ResolvedConfig | Rule[], asJson = false): string {
  const cfg = Array.isArray(config) ? undefined : config;
  const rules = Array.isArray(config) ? config : [...config.ruleSet.values()];
  const rows: RuleRow[] = [...rules]
    .sort((a, b) => a.meta.family.localeCompare(b.meta.family) || a.meta.id.localeCompare(b.meta.id))
    .map((r) => ({
      id: r.meta.id, family: r.meta.family, severity: r.meta.defaultSeverity, fixable: r.meta.fixable,
      presets: presetsOf(r, cfg), source: sourceOf(r, cfg), description: r.meta.description,
    }));
  if (asJson) return JSON.stringify(rows, null, 2) + '\n';
  const presetText = (r: RuleRow) => r.presets.join(', ') || (r.source === 'config' ? '(config phrase)' : '-');
  const w = Math.max(...rows.map((r) => r.id.length), 4);
  const pw = Math.max(...rows.map((r) => presetText(r).length), 7);
  const lines = [`${'RULE'.padEnd(w)}  FAMILY     DEFAULT  FIX  ${'PRESETS'.padEnd(pw)}  DESCRIPTION`];
  for (const r of rows) {
    lines.push(`${r.id.padEnd(w)}  ${r.family.padEnd(9)}  ${r.severity.padEnd(7)}  ${(r.fixable ? 'yes' : '').padEnd(3)}  ${presetText(r).padEnd(pw)}  ${r.description}`);
  }
  lines.push('', `${rows.length} rules. complaintlint --explain RULE shows why a rule exists, with examples.`);
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// --explain

export function explainRule(rule: Rule, config?: ResolvedConfig): string {
  const m = rule.meta;
  const source = sourceOf(rule, config);
  const out = [
    `${m.id} (${m.family} rule, default ${m.defaultSeverity}${m.fixable ? ', fixable' : ''}${source === 'builtin' ? '' : `, from ${source}`})`,
    '',
    m.description,
    '',
    'Why:',
    ...wrap(m.docs.why, 96).map((l) => `  ${l}`),
  ];
  if (m.docs.seeds.length) out.push('', 'Comes from:', ...m.docs.seeds.map((s) => `  - ${describeSeed(s)}`));
  if (m.docs.url) out.push('', `More: ${m.docs.url}`);
  if (m.channels?.length) out.push('', `Only on channels: ${m.channels.join(', ')}`);
  if (m.options && Object.keys(m.options).length) {
    out.push('', 'Options:', ...Object.entries(m.options).map(([k, o]) => `  ${k} (${o.type}, default ${JSON.stringify(o.default)}): ${o.description}`));
  }
  const presets = presetsOf(rule, config);
  if (presets.length) out.push('', `On in presets: ${presets.join(', ')}`);
  const setting = config?.rules.get(m.id);
  if (setting) {
    const opts = Object.keys(setting.options).length ? ` with ${JSON.stringify(setting.options)}` : '';
    out.push(`In this project's config: ${setting.severity}${opts}`);
  }
  // A multi-line example keeps its lines under the first one, not at the margin.
  const example = (mark: string, e: string) => `  ${mark} ${e.split(/\r?\n/).map((l, i) => (i && l ? `    ${l}` : l)).join('\n')}`;
  if (m.examples.bad.length) out.push('', 'Bad:', ...m.examples.bad.slice(0, 6).map((e) => example('✗', e)));
  if (m.examples.good.length) out.push('', 'Good:', ...m.examples.good.slice(0, 6).map((e) => example('✓', e)));
  return out.join('\n') + '\n';
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function closest(id: string, known: string[]): string {
  const near = known.filter((k) => k.includes(id) || id.includes(k) || k.split('/').pop() === id);
  return near.length ? ` (did you mean ${near.slice(0, 3).map((k) => `"${k}"`).join(', ')}?)` : '';
}

// ---------------------------------------------------------------------------------------------
// --print-config

const PLATFORM_SOURCE = {
  config: 'set in config or with --platform',
  detected: "detected from the export's shape",
  none: 'none set or detected: the macro-hygiene rules of the presets are off',
};

function printable(config: ResolvedConfig, cwd: string, choice: { platform: PlatformName; source: keyof typeof PLATFORM_SOURCE }) {
  const preset = getPlatform(choice.platform)?.fields ?? [];
  const rules: Record<string, unknown> = {};
  for (const id of [...config.rules.keys()].sort()) {
    const rc = config.rules.get(id)!;
    rules[id] = Object.keys(rc.options).length ? [rc.severity, rc.options] : rc.severity;
  }
  return {
    configFile: config.filePath && config.filePath !== '<options>' ? relative(cwd, config.filePath) || config.filePath : config.filePath ?? null,
    kind: config.kind,
    channel: config.channel,
    platform: choice.platform,
    platformSource: PLATFORM_SOURCE[choice.source],
    minWords: config.minWords,
    plugins: (config.plugins ?? []).map((p) => ({ name: p.name, from: p.spec })),
    // The platform's export preset comes first unless config sets fields.
    fields: config.fieldsSet || preset.length === 0 ? config.fields : [...preset, ...config.fields.filter((f) => !preset.includes(f))],
    placeholders: config.placeholders,
    ignorePatterns: config.ignorePatterns,
    // Passed over by directory walks and globs (linted only when named on the command line).
    skippedInWalks: SKIPPED_IN_WALKS,
    rules,
  };
}

// ---------------------------------------------------------------------------------------------
// --init

async function init(options: CliOptions, io: Io): Promise<number> {
  const target = resolve(io.cwd, '.complaintlintrc.json');
  const existing = existingConfig(io.cwd);
  if (existing) throw new UsageError(`${existing} already exists here; not overwriting it (edit it, or delete it and run --init again)`);
  const preset = presetName(options.preset ?? 'recommended');
  if (!preset) throw new UsageError(`unknown preset "${options.preset}" (presets: ${PRESET_NAMES.join(', ')})`);
  const kind = options.kind ?? (preset === 'recommended' ? 'general' : 'complaint');
  const text = initConfig(preset, options.channel ?? 'email', kind);
  try {
    await writeFile(target, text, { flag: 'wx' }); // wx: never replace a file created meanwhile
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${target} already exists; not overwriting it`);
    throw new UsageError(`cannot write ${target}: ${(err as Error).message}`);
  }
  io.stdout.write(`Wrote ${relative(io.cwd, target)} (preset ${preset}, kind ${kind}, channel ${options.channel ?? 'email'}).\n`);
  return 0;
}

/** A config file in this directory that cosmiconfig would find (so a new one would be shadowed or shadow it). */
function existingConfig(dir: string): string | undefined {
  for (const place of SEARCH_PLACES) {
    const file = resolve(dir, place);
    if (!existsSync(file)) continue;
    if (place !== 'package.json') return place;
    try {
      if (JSON.parse(readFileSync(file, 'utf8')).complaintlint !== undefined) return 'package.json#complaintlint';
    } catch { /* an unreadable package.json is not a config */ }
  }
  return undefined;
}

export function initConfig(preset: string, channel: string, kind: string): string {
  // JSON has no comments; keys starting with "//" are ignored by complaintlint and read as comments.
  return JSON.stringify({
    '//': 'complaintlint config. Severities: off, info, warn, error. complaintlint --list-rules shows every rule.',
    '// extends': 'presets: complaintlint:recommended (phrase rules), complaintlint:complaint (+ the reply checklist), complaintlint:strict; also plugin:NAME/PRESET or a config file',
    extends: [`complaintlint:${preset}`],
    '// kind': 'complaint checks the reply checklist (acknowledge, apologize, fix, urgency, verify, contact); general checks phrasing only',
    kind,
    '// channel': 'email, chat, social (public replies) or phone',
    channel,
    '// rules': 'per-rule severity, or [severity, options], e.g. "corporate-stiff": ["warn", { "phrases": { "revert back": "reply" } }]',
    rules: {},
    '// phrases': 'house phrase rules, e.g. { "id": "acme/no-jargon", "match": "(ticket|case) number", "message": "Say reference.", "replace": "reference" }',
    phrases: [],
    '// plugins': 'plugin modules (./path.js) or packages (complaintlint-plugin-NAME); their rules are NAME/RULE',
    plugins: [],
    '// fields': 'which keys hold reply text in JSON/YAML/CSV macro libraries',
    fields: DEFAULT_FIELDS,
    '// ignorePatterns': 'globs not to lint, relative to this file',
    ignorePatterns: [],
  }, null, 2) + '\n';
}
