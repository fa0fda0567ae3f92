// Finds and resolves config: cosmiconfig search upward from each linted file, presets, extends,
// overrides by glob, then the command line's --preset/--rule/--kind/--channel on top.
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { homedir } from 'node:os';
import picomatch from 'picomatch';
import type { Channel, ReplyKind, Rule, Severity } from '../types.js';
import type { PlatformName } from '../platforms/types.js';
import { builtinRules } from '../../rules/index.js';
import { DEFAULT_PLACEHOLDERS } from '../platforms/placeholders.js';
import { DEFAULT_FIELDS } from '../formats/fields.js';
import { buildPreset, isKindGated, presetName } from './presets.js';
import { ConfigError, type PhraseSpec, type ResolvedConfig, type RuleConfig, type RuleSetting, type UserConfig } from './types.js';
import { defaultOptions, parseRuleSetting, validateShape } from './validate.js';
import { loadPlugins, normalizePlugin, type LoadedPlugin, type Plugin } from './plugins.js';
import { compilePhrases } from './phrases.js';
import { own } from '../core/own.js';

export const MODULE_NAME = 'complaintlint';
export const SEARCH_PLACES = [
  'package.json',
  `.${MODULE_NAME}rc`,
  `.${MODULE_NAME}rc.json`,
  `.${MODULE_NAME}rc.yaml`,
  `.${MODULE_NAME}rc.yml`,
  `.${MODULE_NAME}rc.js`,
  `.${MODULE_NAME}rc.cjs`,
  `.${MODULE_NAME}rc.mjs`,
  `${MODULE_NAME}.config.js`,
  `${MODULE_NAME}.config.cjs`,
  `${MODULE_NAME}.config.mjs`,
];

export interface LoaderOptions {
  cwd?: string;
  /** --config FILE */
  configFile?: string;
  /** false with --no-config */
  useConfig?: boolean;
  /** --preset NAME */
  preset?: string;
  /** --rule ID:SEVERITY, in order */
  ruleOverrides?: Array<[string, Severity]>;
  kind?: ReplyKind;
  channel?: Channel;
  /** --platform */
  platform?: PlatformName;
  /** A config object given directly (programmatic API), used instead of searching. */
  config?: UserConfig;
  /** Plugin objects given directly (programmatic API), by namespace: { acme: { rules, presets } }. */
  plugins?: Record<string, Plugin>;
  /**
   * --trust-nested-config: let configs in linted directories run code (JavaScript configs, plugins,
   * shareable config packages). Off by default: see trustedPlace.
   */
  trustNestedConfig?: boolean;
}

interface FoundConfig {
  filePath: string;
  config: UserConfig;
}

type Explorer = { search(from: string): Promise<any>; load(file: string): Promise<any> };

const JS_CONFIG = /\.[cm]?js$/i;

export class ConfigLoader {
  private explorer?: Explorer;
  /** One line per nested config (or part of one) refused because it would run code, in the order met. */
  readonly warnings: string[] = [];
  /** JavaScript files a trusted config (--config, the root config's extends) asked for: run wherever they are. */
  private readonly trustedFiles = new Set<string>();
  private readonly searches = new Map<string, Promise<FoundConfig | null>>();
  private readonly resolved = new Map<string, Promise<ResolvedConfig>>();
  readonly cwd: string;

  constructor(readonly options: LoaderOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
  }

  private async getExplorer(): Promise<Explorer> {
    if (!this.explorer) {
      const { cosmiconfig, defaultLoaders } = await import('cosmiconfig');
      // A JavaScript config runs when loaded, so the place is checked first: a refused one reads as
      // empty and the search goes on upward, to the project's own config.
      // Only a config file by its own name runs from a trusted place: any other script there (a build
      // script a nested config names in cosmiconfig's `$import`) is refused too.
      const guarded = (ext: '.js' | '.cjs' | '.mjs' | '.ts') => (file: string, content: string) => {
        const isConfig = SEARCH_PLACES.includes(basename(file)) || (dirname(file) === globalConfigDir() && /^config\./.test(basename(file)));
        if (this.trustedFiles.has(file) || (isConfig && this.trustedPlace(file)) || this.options.trustNestedConfig) return defaultLoaders[ext](file, content);
        this.refuse(file, isConfig
          ? 'a JavaScript config in a linted directory is not run (only the project\'s root config or --config may run code); use .complaintlintrc.json there, or --trust-nested-config'
          : 'not run: a JavaScript file named by a config ($import) runs code; only the project\'s root config or --config may');
        // A refused config reads as empty (the search goes on upward); a refused import as no settings.
        return isConfig ? undefined : {};
      };
      try {
        this.explorer = cosmiconfig(MODULE_NAME, {
          searchPlaces: SEARCH_PLACES, searchStrategy: 'global', stopDir: '/', cache: true,
          loaders: { '.js': guarded('.js'), '.cjs': guarded('.cjs'), '.mjs': guarded('.mjs'), '.ts': guarded('.ts') },
        }) as Explorer;
      } catch (err) {
        // cosmiconfig reads the cwd's package.json for its own options right here: a broken one lands here.
        throw toConfigError(err, resolve(process.cwd(), 'package.json'));
      }
    }
    return this.explorer;
  }

  /** The config file that applies to a path (undefined with --no-config or when none is found). */
  async find(filePath: string): Promise<FoundConfig | null> {
    if (this.options.config) return { filePath: '<options>', config: validateShape(this.options.config, '<options>') };
    if (this.options.useConfig === false) return null;
    if (this.options.configFile) return this.loadFile(resolve(this.cwd, this.options.configFile), true);
    const dir = dirname(resolve(this.cwd, filePath));
    let found = this.searches.get(dir);
    if (!found) {
      found = this.search(dir);
      this.searches.set(dir, found);
    }
    return found;
  }

  private async search(dir: string): Promise<FoundConfig | null> {
    const explorer = await this.getExplorer();
    let result;
    try {
      result = await explorer.search(dir);
    } catch (err) {
      // The search ends in the user's global config directory (~/.config/complaintlint); when that cannot
      // be read (CI running as another user, HOME owned by root) there is simply no global config.
      const e = err as NodeJS.ErrnoException;
      if ((e.code === 'EACCES' || e.code === 'EPERM') && e.path && isGlobalConfigPath(e.path)) return null;
      throw toConfigError(err, dir);
    }
    if (!result || result.isEmpty) return null;
    const config = validateShape(result.config ?? {}, result.filepath);
    return { filePath: result.filepath, config: this.trustedPlace(result.filepath) ? config : this.dataOnly(config, result.filepath) };
  }

  /**
   * The trust model. Code (a JavaScript config, a plugin, a shareable config package) runs only from the
   * project's root config, the one found from the working directory upward (so in the working directory or
   * above it), from the user's global config directory, or from --config. A config met in a linted
   * directory below is written by whoever wrote the content: it may set rules, severities, phrases and
   * the like, and whatever in it would run code is refused with a warning.
   */
  trustedPlace(file: string): boolean {
    if (this.options.trustNestedConfig) return true;
    const dir = dirname(resolve(file));
    const rel = relative(dir, this.cwd);
    // Not isGlobalConfigPath: that counts all of $HOME, and CI checkouts live under $HOME.
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) || dir === globalConfigDir();
  }

  private refuse(file: string, why: string): void {
    const line = `${relative(this.cwd, file) || file}: ${why}`;
    if (!this.warnings.includes(line)) this.warnings.push(line);
  }

  /** A nested config without what would run code: plugins, and extends naming a JavaScript file or a package. */
  private dataOnly(config: UserConfig, file: string): UserConfig {
    const strip = (c: UserConfig, at: string): UserConfig => {
      const out: UserConfig = { ...c };
      if (c.plugins?.length) {
        this.refuse(file, `${at}plugins: not loaded from a config in a linted directory (plugins load only from the project's root config or --config; the root config's plugins apply here)`);
        delete out.plugins;
      }
      const ext = toList(c.extends);
      const kept = ext.filter((spec) => presetName(spec) || spec.startsWith('plugin:') || ((spec.startsWith('.') || isAbsolute(spec)) && !JS_CONFIG.test(spec)));
      if (kept.length < ext.length) {
        for (const spec of ext.filter((e) => !kept.includes(e))) this.refuse(file, `${at}extends: "${spec}" is not loaded from a config in a linted directory (a JavaScript file or a package runs code)`);
        out.extends = kept;
      }
      return out;
    };
    const out = strip(config, '');
    if (config.overrides) out.overrides = config.overrides.map((o, i) => strip(o as UserConfig, `overrides[${i}].`) as typeof o);
    return out;
  }

  private async loadFile(file: string, trusted: boolean): Promise<FoundConfig> {
    const explorer = await this.getExplorer();
    if (trusted) this.trustedFiles.add(file);
    let result;
    try {
      result = await explorer.load(file);
    } catch (err) {
      throw toConfigError(err, file);
    }
    if (!result) throw new ConfigError(file, 'could not read config file');
    return { filePath: file, config: validateShape(result.config ?? {}, file) };
  }

  /** The resolved config for one file (or for stdin with its --stdin-filename, or the cwd). */
  async forFile(filePath: string): Promise<ResolvedConfig> {
    const found = await this.find(filePath);
    const abs = resolve(this.cwd, filePath);
    const overrides = matchingOverrides(found, abs);
    const key = `${found?.filePath ?? ''}|${overrides.join(',')}`;
    let r = this.resolved.get(key);
    if (!r) {
      r = this.build(found, overrides);
      this.resolved.set(key, r);
    }
    return r;
  }

  private async build(found: FoundConfig | null, overrideIndexes: number[]): Promise<ResolvedConfig> {
    const file = found?.filePath ?? '<command line>';
    const baseDir = found && found.filePath !== '<options>' ? dirname(found.filePath) : this.cwd;
    // `preset`: a built-in or plugin preset; rules it turns on are not `explicit` (see RuleConfig).
    const layers: Array<{ config: UserConfig; file: string; dir: string; preset?: boolean }> = [];
    const plugins: LoadedPlugin[] = [];

    const ruleSet = new Map<string, Rule>();
    for (const rule of builtinRules) ruleSet.set(rule.meta.id, rule);

    // Plugins first: their rules and presets must be known before extends and rule names are checked.
    const addPlugins = (list: LoadedPlugin[]) => {
      for (const p of list) {
        if (plugins.some((q) => q.name === p.name)) continue;
        plugins.push(p);
        for (const rule of p.rules) ruleSet.set(rule.meta.id, rule);
      }
    };
    for (const [name, obj] of Object.entries(this.options.plugins ?? {})) addPlugins([normalizePlugin(obj, name, name, '<options>')]);
    // A config in a linted directory (see trustedPlace) names no plugins of its own: the root config's apply.
    const trusted = !found || found.filePath === '<options>' || Boolean(this.options.configFile) || this.trustedPlace(found.filePath);
    const root = trusted ? found : await this.find(resolve(this.cwd, '__dir__.txt'));
    const pluginSpecs = collectPlugins(root?.config);
    if (pluginSpecs.length && root) addPlugins(await loadPlugins(pluginSpecs, root.filePath === '<options>' ? this.cwd : dirname(root.filePath), root.filePath));

    const expand = async (spec: string, from: string, fromDir: string, seen: Set<string>) => {
      const name = presetName(spec);
      if (name) { layers.push({ config: buildPreset(name, builtinRules), file: from, dir: fromDir, preset: true }); return; }
      const m = /^plugin:(.+)\/([^/]+)$/.exec(spec);
      if (m) {
        const plugin = plugins.find((p) => p.name === m[1]);
        const preset = plugin ? own(plugin.presets, m[2]!) : undefined;
        if (!preset) {
          const known = plugin ? Object.keys(plugin.presets).map((k) => `plugin:${plugin.name}/${k}`).join(', ') : '';
          throw new ConfigError(from, `extends: unknown preset "${spec}"${plugin ? ` (${known ? `presets: ${known}` : 'the plugin has no presets'})` : ` (plugin "${m[1]}" is not in plugins)`}`);
        }
        if (seen.has(spec)) throw new ConfigError(from, `extends: "${spec}" extends itself`);
        for (const e of toList(preset.extends)) await expand(e, `${from} (${spec})`, fromDir, new Set([...seen, spec]));
        layers.push({ config: { ...preset, extends: undefined, plugins: undefined }, file: `${from} (${spec})`, dir: fromDir, preset: true });
        return;
      }
      // A config file or a shareable config package. `seen` is the chain being expanded, so a config
      // reached twice through different branches is fine and a cycle is an error.
      const target = await resolveShareable(spec, fromDir, from);
      if (seen.has(target)) throw new ConfigError(from, `extends: "${spec}" extends itself`);
      const loaded = await this.loadFile(target, trusted);
      if (!trusted) loaded.config = this.dataOnly(loaded.config, target);
      const chain = new Set([...seen, target]);
      const ownPlugins = collectPlugins(loaded.config);
      if (ownPlugins.length) addPlugins(await loadPlugins(ownPlugins, dirname(target), target));
      for (const e of toList(loaded.config.extends)) await expand(e, target, dirname(target), chain);
      layers.push({ config: { ...loaded.config, extends: undefined }, file: target, dir: dirname(target) });
    };

    const userExtends = found ? toList(found.config.extends) : [];
    if (userExtends.length === 0) layers.push({ config: buildPreset('recommended', builtinRules), file, dir: baseDir, preset: true });
    for (const spec of userExtends) await expand(spec, file, baseDir, new Set([file]));
    if (this.options.preset) {
      const name = presetName(this.options.preset);
      if (!name) throw new ConfigError('--preset', `unknown preset "${this.options.preset}" (presets: recommended, complaint, strict)`);
      layers.push({ config: buildPreset(name, builtinRules), file: '--preset', dir: this.cwd, preset: true });
    }
    if (found) {
      layers.push({ config: { ...found.config, extends: undefined, overrides: undefined }, file, dir: baseDir });
      for (const i of overrideIndexes) {
        const override = found.config.overrides![i]!;
        const where = `${file} (overrides[${i}])`;
        for (const spec of toList(override.extends)) await expand(spec, where, baseDir, new Set([file]));
        layers.push({ config: { ...override, extends: undefined }, file: where, dir: baseDir });
      }
    }

    // Declarative phrases from every layer become rules too.
    const phraseSpecs: Array<{ spec: PhraseSpec; file: string; index: number }> = [];
    for (const l of layers) (l.config.phrases ?? []).forEach((spec, index) => phraseSpecs.push({ spec, file: l.file, index }));
    const phraseRules = phraseSpecs.length ? await compilePhrases(phraseSpecs, new Set(ruleSet.keys())) : [];
    for (const rule of phraseRules) ruleSet.set(rule.meta.id, rule);

    const rules = new Map<string, RuleConfig>();
    // Built-in structure rules start at their default severity: the engine runs them only on complaint
    // replies, so `kind: complaint` from any source (--kind, config, overrides, front matter) turns them on
    // unless a config layer sets them. Every other rule starts off until a preset or config turns it on.
    for (const rule of ruleSet.values()) rules.set(rule.meta.id, { severity: builtinRules.includes(rule) && isKindGated(rule) ? rule.meta.defaultSeverity : 'off', options: defaultOptions(rule) });
    for (const rule of phraseRules) rules.set(rule.meta.id, { severity: rule.meta.defaultSeverity, options: {} });
    let kind: ReplyKind = 'general';
    let channel: Channel = 'email';
    let fields: string[] = [...DEFAULT_FIELDS];
    let fieldsSet = false;
    let platform: PlatformName | undefined;
    let placeholders: string[] = [...DEFAULT_PLACEHOLDERS];
    let minWords = 25;
    const ignorePatterns: string[] = [];
    for (const { config, file: where, dir, preset } of layers) {
      if (config.kind) kind = config.kind;
      if (config.channel) channel = config.channel;
      if (config.platform) platform = config.platform;
      if (config.fields) { fields = [...config.fields]; fieldsSet = true; }
      if (config.placeholders) placeholders = [...config.placeholders];
      if (config.minWords !== undefined) minWords = config.minWords;
      for (const p of config.ignorePatterns ?? []) ignorePatterns.push(relativePattern(dir, p, this.cwd));
      for (const [id, setting] of Object.entries(config.rules ?? {})) {
        const rule = ruleSet.get(id);
        if (!rule) throw new ConfigError(where, `rules.${id}: unknown rule "${id}"${suggestRule(id, ruleSet)}`);
        const rc = parseRuleSetting(setting as RuleSetting, rule, where, `rules.${id}`, rules.get(id));
        if (!preset || rules.get(id)?.explicit) rc.explicit = true;
        rules.set(id, rc);
      }
    }
    for (const [id, severity] of this.options.ruleOverrides ?? []) {
      const rule = ruleSet.get(id);
      if (!rule) throw new ConfigError('--rule', `unknown rule "${id}"${suggestRule(id, ruleSet)}`);
      rules.set(id, { severity, options: rules.get(id)?.options ?? defaultOptions(rule), explicit: true });
    }
    if (this.options.kind) kind = this.options.kind;
    if (this.options.channel) channel = this.options.channel;
    if (this.options.platform) platform = this.options.platform;
    return { filePath: found?.filePath, kind, channel, platform, rules, ruleSet, fields, fieldsSet, placeholders, ignorePatterns, minWords, plugins };
  }
}

function toList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function collectPlugins(config: UserConfig | undefined): string[] {
  return [...new Set(config?.plugins ?? [])];
}

function matchingOverrides(found: FoundConfig | null, absFile: string): number[] {
  const list = found?.config.overrides;
  if (!found || !list?.length) return [];
  const dir = found.filePath === '<options>' ? process.cwd() : dirname(found.filePath);
  const rel = relative(dir, absFile).split('\\').join('/');
  const out: number[] = [];
  list.forEach((o, i) => {
    const files = toList(o.files as string | string[]);
    const ok = picomatch(files, { dot: true, matchBase: !files.some((f) => f.includes('/')) })(rel);
    const excluded = o.excludedFiles && picomatch(toList(o.excludedFiles), { dot: true })(rel);
    if (ok && !excluded) out.push(i);
  });
  return out;
}

function relativePattern(configDir: string, pattern: string, cwd: string): string {
  const neg = pattern.startsWith('!');
  const body = neg ? pattern.slice(1) : pattern;
  const abs = isAbsolute(body) ? body : resolve(configDir, body);
  const rel = relative(cwd, abs).split('\\').join('/') || '.';
  return (neg ? '!' : '') + rel;
}

async function resolveShareable(spec: string, fromDir: string, from: string): Promise<string> {
  if (spec.startsWith('.') || isAbsolute(spec)) return resolve(fromDir, spec);
  const { createRequire } = await import('node:module');
  const req = createRequire(resolve(fromDir, 'noop.js'));
  for (const name of [spec, spec.startsWith('complaintlint-config-') ? spec : `complaintlint-config-${spec}`]) {
    try { return req.resolve(name); } catch { /* try the next form */ }
  }
  throw new ConfigError(from, `extends: cannot find preset or config "${spec}"`);
}

function suggestRule(id: string, ruleSet: Map<string, Rule>): string {
  let best = '';
  let bestScore = Infinity;
  for (const known of ruleSet.keys()) {
    const d = distance(id, known);
    if (d < bestScore) { bestScore = d; best = known; }
  }
  return bestScore <= Math.max(2, id.length / 4) ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/** The user's global config directory, where cosmiconfig looks last (env-paths' config directory). */
function globalConfigDir(): string {
  const home = homedir();
  if (process.platform === 'darwin') return join(home, 'Library', 'Preferences', MODULE_NAME);
  if (process.platform === 'win32') return join(process.env.APPDATA || join(home, 'AppData', 'Roaming'), MODULE_NAME, 'Config');
  return join(process.env.XDG_CONFIG_HOME || join(home, '.config'), MODULE_NAME);
}

function isGlobalConfigPath(path: string): boolean {
  const roots = [process.env.XDG_CONFIG_HOME, join(homedir(), '.config'), homedir()].filter(Boolean) as string[];
  return roots.some((r) => path === r || path.startsWith(r + sep));
}

function toConfigError(err: unknown, file: string): ConfigError {
  if (err instanceof ConfigError) return err;
  const e = err as { message?: string; filepath?: string };
  const where = e.filepath ?? /^(?:JSON|YAML) Error in (.+?):\s*$/m.exec(String(e.message))?.[1] ?? file;
  // cosmiconfig: "JSON Error in /path:\n<reason>" / "YAML Error in /path:\n<reason>"; keep the reason only.
  // Drop code frames (" 2 | rules:", "   | ^", "-----^") and parse-json's echo of the source; a YAML
  // position "(3:1)" reads as "(line 3, column 1)".
  // Parsers colour their code frames when they think a terminal (or CI) is attached: strip ANSI first.
  const unframed = String(e.message ?? err).replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim())
    .filter((l) => l && !/^>?\s*\d*\s*\|/.test(l) && !/^[-^\s]+$/.test(l)).join('\n');
  const text = unframed.replace(/^(JSON|YAML) Error in [^\n]*:\s*/i, (_, kind: string) => `${kind} syntax error: `);
  const reason = text.split('\n').join(' ').replace(/ while parsing .*$/, '').replace(/\((\d+):(\d+)\)/, '(line $1, column $2)')
    .replace(/^Cannot require\(\) ES Module .*/, 'the module could not be loaded (check it for syntax errors with node --check)')
    .replace(/\s+/g, ' ').slice(0, 300);
  return new ConfigError(where, `invalid config: ${reason || 'cannot read config'}`);
}
