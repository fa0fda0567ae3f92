// action.yml: a composite GitHub Action with the documented inputs, whose lint step (run here
// with bash, as the runner would) prints github annotations and passes the exit code through.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BIN, ROOT, tempTree } from './helpers/cli.js';

interface Step { id?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; with?: Record<string, string> }
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  name: string; description: string; inputs: Record<string, { default?: string; description: string }>; runs: { using: string; steps: Step[] };
};

describe('action.yml', () => {
  it('is a composite action that sets up Node and takes paths, config, max-warnings and version', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps[0]!.uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'config', 'max-warnings', 'version']));
    expect(action.inputs.paths!.default).toBe('.');
    expect(action.inputs['max-warnings']!.default).toBe('-1');
    for (const step of action.runs.steps.filter((s) => s.run)) {
      expect(step.shell).toBe('bash');
      // Inputs reach scripts through the environment, never pasted into the script text.
      expect(step.run).not.toMatch(/\$\{\{/);
    }
  });

  const lintStep = action.runs.steps.find((s) => s.id === 'lint')!;
  const runLint = (cwd: string, inputs: Record<string, string>) => {
    const out = join(cwd, 'github-output.txt');
    writeFileSync(out, '');
    const r = spawnSync('bash', ['-e', '-c', lintStep.run!], {
      cwd, encoding: 'utf8',
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', COMPLAINTLINT_BIN: BIN, GITHUB_OUTPUT: out, CI: 'true', INPUT_CONFIG: '', INPUT_MAX_WARNINGS: '-1', INPUT_ARGS: '', INPUT_PATHS: '.', ...inputs },
    });
    return { ...r, outputs: readFileSync(out, 'utf8') };
  };

  it('lint step: annotations in github format, globs passed through unexpanded, exit code as output', () => {
    const dir = tempTree({
      'macros/late.txt': 'Hi Jo,\n\nSorry for the delay. Is there anything else wrong?\n',
      'macros/ok.txt': 'Hi Jo,\n\nYour parcel is on its way and will arrive on Friday.\n',
      'lint.json': JSON.stringify({ rules: { 'negative-follow-up': 'warn' } }),
    });
    const failing = runLint(dir, { INPUT_PATHS: 'macros/**/*.txt' });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/^::error file=macros\/late\.txt,line=3,col=\d+,endLine=3,endColumn=\d+,title=negative-follow-up::/m);
    expect(failing.outputs).toBe('exit-code=1\n');

    const asWarning = runLint(dir, { INPUT_PATHS: 'macros', INPUT_CONFIG: 'lint.json' });
    expect(asWarning.status).toBe(0);
    expect(asWarning.stdout).toMatch(/^::warning file=macros\/late\.txt,/m);

    const tooMany = runLint(dir, { INPUT_PATHS: 'macros', INPUT_CONFIG: 'lint.json', INPUT_MAX_WARNINGS: '0', INPUT_ARGS: '--kind general' });
    expect(tooMany.status).toBe(1);
    expect(tooMany.stderr).toContain('too many warnings (maximum: 0)');
    expect(tooMany.outputs).toBe('exit-code=1\n');
  });
});
