// Loading plugins named in config: relative module paths or npm packages (complaintlint-plugin-*).
// A plugin exports { rules, presets }; its rules are namespaced as "<plugin>/<rule>".
import { createRequire } from 'node:module';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../types.js';
import { defineRule } from '../rule-api.js';
import { ConfigError, type UserConfig } from './types.js';

export interface LoadedPlugin {
  name: string;
  spec: string;
  rules: Rule[];
  presets: Record<string, UserConfig>;
}

/** "complaintlint-plugin-acme" -> "acme"; "@acme/complaintlint-plugin" -> "@acme"; "./x/acme.js" -> "acme". */
export function pluginName(spec: string, exported?: unknown): string {
  if (typeof exported === 'string' && exported) return exported;
  if (spec.startsWith('.') || isAbsolute(spec)) return basename(spec, extname(spec)).replace(/^complaintlint-plugin-/, '');
  const scoped = /^(@[^/]+)\/complaintlint-plugin(?:-(.+))?$/.exec(spec);
  if (scoped) return scoped[2] ? `${scoped[1]}/${scoped[2]}` : scoped[1]!;
  return spec.replace(/^complaintlint-plugin-/, '');
}

export async function loadPlugins(specs: string[], configDir: string, configFile: string): Promise<LoadedPlugin[]> {
  const out: LoadedPlugin[] = [];
  for (const spec of specs) out.push(await loadPlugin(spec, configDir, configFile));
  return out;
}

async function loadPlugin(spec: string, configDir: string, configFile: string): Promise<LoadedPlugin> {
  const fail = (why: string) => new ConfigError(configFile, `plugins: plugin "${spec}" ${why}`);
  let path: string;
  if (spec.startsWith('.') || isAbsolute(spec)) {
    path = resolve(configDir, spec);
  } else {
    const req = createRequire(resolve(configDir, 'noop.js'));
    const candidates = spec.startsWith('complaintlint-plugin-') || spec.includes('/') ? [spec] : [`complaintlint-plugin-${spec}`, spec];
    const hit = candidates.map((c) => { try { return req.resolve(c); } catch { return undefined; } }).find(Boolean);
    if (!hit) throw fail('could not be found (is it installed?)');
    path = hit;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let mod: any;
  try {
    mod = await import(pathToFileURL(path).href);
  } catch (err) {
    const e = err as { code?: string; message?: string };
    if (e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes(path)) throw fail('could not be found');
    throw fail(`failed to load: ${firstLine(e.message ?? String(err))}`);
  }
  const plugin = mod?.default && typeof mod.default === 'object' ? mod.default : mod;
  const name = pluginName(spec, plugin?.meta?.name ?? plugin?.name);
  const rawRules = plugin?.rules;
  if (!rawRules || typeof rawRules !== 'object') throw fail('exports no rules (expected { rules, presets })');
  const rules: Rule[] = [];
  for (const [key, value] of Object.entries(rawRules)) {
    const rule = value as Rule;
    try {
      const local = String(rule?.meta?.id ?? key).replace(/^.*\//, '');
      rules.push(defineRule({ ...rule, meta: { ...rule.meta, id: `${name}/${local}` } }));
    } catch (err) {
      throw fail(`has an invalid rule "${key}": ${(err as Error).message}`);
    }
  }
  const presets: Record<string, UserConfig> = {};
  for (const [k, v] of Object.entries(plugin.presets ?? plugin.configs ?? {})) presets[k] = v as UserConfig;
  return { name, spec, rules, presets };
}

const firstLine = (s: string) => s.split('\n')[0]!;
