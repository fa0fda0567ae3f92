// Loading plugins named in config: relative module paths or npm packages (complaintlint-plugin-*).
// A plugin exports { rules, presets } (as its default export or as named exports); its rules are
// namespaced as "<plugin>/<rule>". Every way a plugin can be broken is one ConfigError naming it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../types.js';
import { defineRule } from '../rule-api.js';
import { ConfigError, type UserConfig } from './types.js';
import { validateShape } from './validate.js';

/** What a plugin module exports. */
export interface Plugin {
  /** Optional: the namespace (defaults to the name derived from the package or file name). */
  meta?: { name?: string; version?: string };
  rules?: Record<string, Rule>;
  presets?: Record<string, UserConfig>;
}

export interface LoadedPlugin {
  /** The namespace of its rules and presets: "acme" for complaintlint-plugin-acme. */
  name: string;
  /** How it was named in config (or "<options>" for a plugin object given to the API). */
  spec: string;
  /** The module file it was loaded from. */
  path?: string;
  rules: Rule[];
  presets: Record<string, UserConfig>;
}

/** "complaintlint-plugin-acme" -> "acme"; "@acme/complaintlint-plugin" -> "@acme"; "./x/acme.js" -> "acme". */
export function pluginName(spec: string, exported?: unknown): string {
  if (typeof exported === 'string' && exported.trim()) return pluginName(exported.trim());
  if (spec.startsWith('.') || isAbsolute(spec)) {
    const file = basename(spec, extname(spec));
    const base = file === 'index' ? basename(dirname(spec)) : file;
    return base.replace(/^complaintlint-plugin-/, '');
  }
  const scoped = /^(@[^/]+)\/complaintlint-plugin(?:-(.+))?$/.exec(spec);
  if (scoped) return scoped[2] ? `${scoped[1]}/${scoped[2]}` : scoped[1]!;
  return spec.replace(/^complaintlint-plugin-/, '');
}

const loaded = new Map<string, Promise<LoadedPlugin>>();

/** Loads the plugins a config names, relative to the config's directory. */
export async function loadPlugins(specs: string[], configDir: string, configFile: string): Promise<LoadedPlugin[]> {
  const out: LoadedPlugin[] = [];
  for (const spec of specs) {
    const path = resolvePlugin(spec, configDir, configFile);
    let p = loaded.get(path);
    if (!p) {
      p = importPlugin(spec, path, configFile);
      loaded.set(path, p);
      p.catch(() => loaded.delete(path));
    }
    out.push({ ...(await p), spec });
  }
  return out;
}

function resolvePlugin(spec: string, configDir: string, configFile: string): string {
  const fail = (why: string) => new ConfigError(configFile, `plugins: plugin "${spec}" ${why}`);
  if (typeof spec !== 'string' || !spec.trim()) throw new ConfigError(configFile, 'plugins: each entry must be a module path or package name');
  const req = createRequire(join(configDir, 'noop.js'));
  if (spec.startsWith('.') || isAbsolute(spec)) {
    const abs = resolve(configDir, spec);
    try { return req.resolve(abs); } catch { /* ESM-only package dir or a file require() can't see */ }
    if (existsSync(abs)) return abs;
    throw fail(`could not be found (looked for ${abs})`);
  }
  const candidates = spec.startsWith('complaintlint-plugin-') || spec.startsWith('@') ? [spec] : [`complaintlint-plugin-${spec}`, spec];
  for (const name of candidates) {
    const hit = resolvePackage(name, configDir, req);
    if (hit) return hit;
  }
  throw fail(`could not be found from ${configDir} (is ${candidates[0]} installed?)`);
}

/** require.resolve, falling back to the package's "exports"/"module" for ESM-only packages. */
function resolvePackage(name: string, fromDir: string, req: NodeJS.Require): string | undefined {
  try { return req.resolve(name); } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED' && code !== 'MODULE_NOT_FOUND') return undefined;
  }
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const pkgDir = join(dir, 'node_modules', name);
    const pkgFile = join(pkgDir, 'package.json');
    if (existsSync(pkgFile)) {
      try {
        const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
        const entry = esmEntry(pkg.exports) ?? pkg.module ?? pkg.main ?? 'index.js';
        const file = resolve(pkgDir, entry);
        if (existsSync(file)) return file;
      } catch { /* unreadable package.json: not found */ }
      return undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function esmEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (!exports || typeof exports !== 'object') return undefined;
  const e = exports as Record<string, unknown>;
  const root = '.' in e ? e['.'] : e;
  if (typeof root === 'string') return root;
  if (!root || typeof root !== 'object') return undefined;
  for (const cond of ['import', 'node', 'default', 'require']) {
    const v = (root as Record<string, unknown>)[cond];
    const hit = typeof v === 'string' ? v : esmEntry(v);
    if (hit) return hit;
  }
  return undefined;
}

async function importPlugin(spec: string, path: string, configFile: string): Promise<LoadedPlugin> {
  let mod: Record<string, unknown>;
  try {
    mod = await import(pathToFileURL(path).href);
  } catch (err) {
    const e = err as { message?: string };
    throw new ConfigError(configFile, `plugins: plugin "${spec}" failed to load: ${firstLine(e?.message ?? String(err))}`);
  }
  await cjsEntryReady();
  const def = mod.default;
  const raw = (def && typeof def === 'object' && ('rules' in def || 'presets' in def || 'configs' in def) ? def : mod) as Plugin & { configs?: unknown; name?: unknown };
  const name = pluginName(spec, raw.meta?.name ?? (typeof raw.name === 'string' ? raw.name : undefined));
  return { ...normalizePlugin(raw, name, spec, configFile), path };
}

/** Checks a plugin's exports and namespaces its rules. Used for loaded modules and API-given objects. */
export function normalizePlugin(raw: unknown, name: string, spec: string, configFile: string): LoadedPlugin {
  const fail = (why: string) => new ConfigError(configFile, `plugins: plugin "${spec}" ${why}`);
  if (!raw || typeof raw !== 'object') throw fail('exports nothing (expected { rules, presets })');
  const plugin = raw as Plugin & { configs?: Record<string, UserConfig> };
  const rawRules = plugin.rules ?? {};
  const rawPresets = plugin.presets ?? plugin.configs ?? {};
  if (typeof rawRules !== 'object' || rawRules === null) throw fail('has "rules" that is not an object of rules');
  if (typeof rawPresets !== 'object' || rawPresets === null) throw fail('has "presets" that is not an object of configs');
  const rules: Rule[] = [];
  for (const [key, value] of Object.entries(rawRules)) rules.push(namespaced(value, key, name, spec, fail));
  const presets: Record<string, UserConfig> = {};
  for (const [key, value] of Object.entries(rawPresets)) {
    try {
      presets[key] = validateShape(value, configFile, `plugin:${name}/${key}`);
    } catch (err) {
      throw fail(`has an invalid preset "${key}": ${(err as Error).message.replace(`${configFile}: `, '')}`);
    }
  }
  if (rules.length === 0 && Object.keys(presets).length === 0) throw fail('exports no rules and no presets (expected { rules, presets })');
  return { name, spec, rules, presets };
}

function namespaced(value: unknown, key: string, name: string, spec: string, fail: (why: string) => ConfigError): Rule {
  const rule = value as Rule;
  if (!rule || typeof rule !== 'object' || !rule.meta || typeof rule.meta !== 'object') {
    throw fail(`has an invalid rule "${key}": expected a rule made with defineRule({ meta, check })`);
  }
  if (typeof rule.check !== 'function') throw fail(`has an invalid rule "${key}": check(reply, context) must be a function`);
  const local = String(rule.meta.id ?? key).replace(/^.*\//, '');
  const id = `${name}/${local}`;
  const check = rule.check;
  try {
    return defineRule({
      ...rule,
      meta: { ...rule.meta, id },
      // A throw inside the plugin's check is reported (by the engine) as one error naming this plugin.
      check(reply, context) {
        try {
          return check.call(rule, reply, context);
        } catch (err) {
          const why = firstLine(err instanceof Error ? err.message : String(err));
          throw new Error(`${why} [plugin "${name}" from ${spec}]`);
        }
      },
    });
  } catch (err) {
    throw fail(`has an invalid rule "${key}": ${(err as Error).message.replace(/^rule [^:]*: /, '')}`);
  }
}

const firstLine = (s: string) => s.split('\n')[0]!;

/**
 * A CommonJS plugin that require()d complaintlint on a Node without require(esm) got the async wrapper
 * (dist/src/index.cjs), whose helpers (scan, ...) work once it has loaded the API: wait for that.
 */
async function cjsEntryReady(): Promise<void> {
  const req = createRequire(import.meta.url);
  let entry: string;
  try { entry = req.resolve('../index.cjs'); } catch { return; /* running from source */ }
  const ready = (req.cache[entry]?.exports as { ready?: Promise<unknown> } | undefined)?.ready;
  if (ready) await ready;
}
