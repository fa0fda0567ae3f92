// The trust model (issue 15): code runs only from the project's root config (found from the working
// directory upward) or --config. A config planted in a linted directory may set data (rules,
// severities, phrases); a JavaScript config, a `plugins` key (in a package.json or a YAML config) or an
// `extends` naming a JavaScript file there is refused with one warning naming the file, and never runs.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigLoader } from '../../src/config/load.js';
import { BIN, tempTree } from '../helpers/cli.js';
import { spawnSync } from 'node:child_process';

const BAD = 'We cannot help you, that is our policy.\n';
// A "plugin" (or config) that leaves a mark when it runs, and would switch the rules off.
const planted = (mark: string) =>
  `require('fs').writeFileSync(require('path').join(__dirname, ${JSON.stringify(mark)}), 'ran');\n` +
  `module.exports = { rules: { 'dead-end': 'off', 'deflects-responsibility': 'off' } };\n`;
const ROOT_PLUGIN = `module.exports = { rules: { shout: { meta: { id: 'shout', description: 'No shouting.', family: 'phrase', defaultSeverity: 'warn' }, check: () => [] } } };\n`;

function plantedTree(): string {
  return tempTree({
    '.complaintlintrc.json': JSON.stringify({ plugins: ['./house.cjs'] }),
    'house.cjs': ROOT_PLUGIN,
    'ok/m.txt': BAD,
    'js/.complaintlintrc.cjs': planted('RAN-js-config'),
    'js/m.txt': BAD,
    'pkg/package.json': JSON.stringify({ name: 'x', complaintlint: { plugins: ['./evil.cjs'], rules: { 'dead-end': 'off' } } }),
    'pkg/evil.cjs': planted('RAN-package-plugin'),
    'pkg/m.txt': BAD,
    'yaml/.complaintlintrc.yaml': 'plugins:\n  - ./evil.cjs\n',
    'yaml/evil.cjs': planted('RAN-yaml-plugin'),
    'yaml/m.txt': BAD,
    'ext/.complaintlintrc.json': JSON.stringify({ extends: ['./evil.cjs'], rules: { 'house/shout': 'error' } }),
    'ext/evil.cjs': planted('RAN-extends'),
    'ext/m.txt': BAD,
    // cosmiconfig's $import, naming a script that happens to sit at the project's root.
    'imp/.complaintlintrc.json': JSON.stringify({ $import: '../tool.cjs', rules: { 'dead-end': 'off' } }),
    'tool.cjs': planted('RAN-import'),
    'imp/m.txt': BAD,
  });
}

const marks = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.includes('RAN-'));

describe('configs planted in linted directories', () => {
  it('run no code: the CLI warns once per file, lints with the data, and the plugins never run', () => {
    const cwd = plantedTree();
    // The project under $HOME, as a CI checkout is (/home/runner/work/...): that is no reason to trust it.
    const r = spawnSync(process.execPath, [BIN, '-f', 'compact', '.'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', HOME: dirname(cwd) } });
    expect(marks(cwd)).toEqual([]);
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'complaintlint: warning: ext/.complaintlintrc.json: extends: "./evil.cjs" is not loaded from a config in a linted directory (a JavaScript file or a package runs code)',
      'complaintlint: warning: js/.complaintlintrc.cjs: a JavaScript config in a linted directory is not run (only the project\'s root config or --config may run code); use .complaintlintrc.json there, or --trust-nested-config',
      'complaintlint: warning: pkg/package.json: plugins: not loaded from a config in a linted directory (plugins load only from the project\'s root config or --config; the root config\'s plugins apply here)',
      'complaintlint: warning: tool.cjs: not run: a JavaScript file named by a config ($import) runs code; only the project\'s root config or --config may',
      'complaintlint: warning: yaml/.complaintlintrc.yaml: plugins: not loaded from a config in a linted directory (plugins load only from the project\'s root config or --config; the root config\'s plugins apply here)',
    ]);
    // The refused JS config did not switch its directory's rules off (the root config applies there);
    // the package.json's data (dead-end off) still applies; the nested config can use the root's plugin rules.
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('js/m.txt')).map((l) => /\[(.+)\]$/.exec(l)?.[1])).toEqual(['dead-end', 'deflects-responsibility']);
    expect(lines.filter((l) => l.startsWith('pkg/m.txt')).map((l) => /\[(.+)\]$/.exec(l)?.[1])).toEqual(['deflects-responsibility']);
    expect(lines.filter((l) => l.startsWith('ext/m.txt')).length).toBe(2);
    expect(r.status).toBe(1);
  });

  it('run with --trust-nested-config (the opt-in for trees whose every config is trusted)', () => {
    const cwd = tempTree({ '.complaintlintrc.json': '{}', 'js/.complaintlintrc.cjs': planted('RAN-js-config'), 'js/m.txt': BAD });
    const r = spawnSync(process.execPath, [BIN, '-f', 'compact', '--trust-nested-config', '.'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
    expect(r.stderr).toBe('');
    expect(existsSync(join(cwd, 'js', 'RAN-js-config'))).toBe(true);
    expect(r.stdout).toBe(''); // its rules: off
    expect(r.status).toBe(0);
  });

  it('the root config and --config may run code', async () => {
    const cwd = tempTree({ '.complaintlintrc.cjs': planted('RAN-root'), 'sub/conf.cjs': planted('RAN-flag'), 'sub/m.txt': BAD });
    const loader = new ConfigLoader({ cwd });
    const config = await loader.forFile(join(cwd, 'sub', 'm.txt'));
    expect(config.rules.get('dead-end')!.severity).toBe('off');
    expect(loader.warnings).toEqual([]);
    const flagged = new ConfigLoader({ cwd, configFile: 'sub/conf.cjs' });
    expect((await flagged.forFile(join(cwd, 'sub', 'm.txt'))).rules.get('dead-end')!.severity).toBe('off');
    expect(flagged.warnings).toEqual([]);
    expect(marks(cwd).sort()).toEqual(['RAN-root', 'sub/RAN-flag']);
  });
});
