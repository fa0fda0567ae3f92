// Rule discovery and setup commands: --list-rules, --explain, --print-config, --init.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Rule } from '../types.js';
import type { CliOptions } from './options.js';
import { UsageError } from './options.js';
import type { ConfigLoader } from '../config/load.js';
import type { Io } from './main.js';
import { builtinRules } from '../../rules/index.js';
import { buildPreset, PRESET_NAMES } from '../config/presets.js';
import { writeAtomic } from '../sources/write.js';

export async function runDiscovery(options: CliOptions, loader: ConfigLoader, io: Io): Promise<number> {
  if (options.listRules) {
    const config = await loader.forFile(resolve(io.cwd, '__list__.txt'));
    io.stdout.write(listRules([...config.ruleSet.values()], options.format === 'json'));
    return 0;
  }
  if (options.explain) {
    const config = await loader.forFile(resolve(io.cwd, '__explain__.txt'));
    const rule = config.ruleSet.get(options.explain);
    if (!rule) throw new UsageError(`unknown rule "${options.explain}" (see --list-rules)`);
    io.stdout.write(explainRule(rule));
    return 0;
  }
  if (options.printConfig) {
    const config = await loader.forFile(resolve(io.cwd, options.printConfig));
    const rules: Record<string, unknown> = {};
    for (const [id, rc] of config.rules) rules[id] = Object.keys(rc.options).length ? [rc.severity, rc.options] : rc.severity;
    const { ruleSet: _r, ...rest } = config;
    io.stdout.write(JSON.stringify({ ...rest, rules }, null, 2) + '\n');
    return 0;
  }
  if (options.init) {
    const target = resolve(io.cwd, '.complaintlintrc.json');
    if (existsSync(target)) throw new UsageError(`${target} already exists; not overwriting it`);
    const preset = options.preset ?? 'recommended';
    if (!(PRESET_NAMES as readonly string[]).includes(preset.replace(/^complaintlint:/, ''))) throw new UsageError(`unknown preset "${preset}"`);
    await writeAtomic(target, initConfig(preset.replace(/^complaintlint:/, ''), options.channel ?? 'email'));
    io.stdout.write(`Wrote ${target}\n`);
    return 0;
  }
  return 0;
}

function presetsOf(id: string): string[] {
  return PRESET_NAMES.filter((p) => {
    const sev = buildPreset(p, builtinRules).rules?.[id];
    return sev !== undefined && sev !== 'off';
  });
}

export function listRules(rules: Rule[], asJson = false): string {
  const rows = [...rules].sort((a, b) => a.meta.family.localeCompare(b.meta.family) || a.meta.id.localeCompare(b.meta.id))
    .map((r) => ({ id: r.meta.id, family: r.meta.family, severity: r.meta.defaultSeverity, fixable: r.meta.fixable, presets: presetsOf(r.meta.id), description: r.meta.description }));
  if (asJson) return JSON.stringify(rows, null, 2) + '\n';
  const w = Math.max(...rows.map((r) => r.id.length), 4);
  const lines = [`${'RULE'.padEnd(w)}  FAMILY     DEFAULT  FIX  PRESETS                       DESCRIPTION`];
  for (const r of rows) {
    lines.push(`${r.id.padEnd(w)}  ${r.family.padEnd(9)}  ${r.severity.padEnd(7)}  ${(r.fixable ? 'yes' : '').padEnd(3)}  ${r.presets.join(', ').padEnd(28)}  ${r.description}`);
  }
  return lines.join('\n') + '\n';
}

export function explainRule(rule: Rule): string {
  const m = rule.meta;
  const out = [
    `${m.id} (${m.family} rule, default ${m.defaultSeverity}${m.fixable ? ', fixable' : ''})`,
    '',
    m.description,
    '',
    'Why:',
    `  ${m.docs.why}`,
  ];
  if (m.docs.seeds.length) out.push('', 'Comes from:', ...m.docs.seeds.map((s) => `  - ${s}`));
  if (m.options && Object.keys(m.options).length) {
    out.push('', 'Options:', ...Object.entries(m.options).map(([k, o]) => `  ${k} (${o.type}, default ${JSON.stringify(o.default)}): ${o.description}`));
  }
  out.push('', 'Bad:', ...m.examples.bad.slice(0, 6).map((e) => `  ✗ ${e}`), '', 'Good:', ...m.examples.good.slice(0, 6).map((e) => `  ✓ ${e}`));
  return out.join('\n') + '\n';
}

function initConfig(preset: string, channel: string): string {
  // JSON has no comments; "//" keys are the conventional way to annotate a JSON config.
  return JSON.stringify({
    '//': 'complaintlint config. Docs: README.md. Severities: off, info, warn, error.',
    extends: [`complaintlint:${preset}`],
    '// kind': 'complaint turns on the reply checklist (structure rules); general is for other replies',
    kind: preset === 'complaint' ? 'complaint' : 'general',
    channel,
    rules: {},
    '// fields': 'which keys hold reply text in JSON/YAML/CSV macro libraries',
    fields: ['comment_value', 'comment_value_html', 'body', 'text', 'content', 'reply', 'response', 'message', 'template'],
  }, null, 2) + '\n';
}
