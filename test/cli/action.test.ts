// action.yml: a composite GitHub Action with the documented inputs. Its install step takes production
// dependencies only and builds nothing (the release tag carries dist/; test/cli/release-install.test.ts
// runs it on a real release tag); its lint step (run here with bash, as the runner would) prints github
// annotations, writes the Markdown job summary and passes the exit code through.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, tempTree } from '../helpers/cli.js';
// @ts-expect-error: a plain ESM script without types
import { parsePaths, splitArgs } from '../../scripts/github-action.mjs';

interface Step { id?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; with?: Record<string, string> }
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  name: string; description: string; inputs: Record<string, { default?: string; description: string }>; runs: { using: string; steps: Step[] };
};
const FOLLOW_UP = 'This closing question invites more complaints. Offer further help instead.';

describe('action.yml', () => {
  it('is a composite action that sets up Node and takes paths, config, max-warnings, version and args', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps[0]!.uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'config', 'max-warnings', 'version', 'args']));
    expect(action.inputs.paths!.default).toBe('.');
    expect(action.inputs['max-warnings']!.default).toBe('-1');
    for (const step of action.runs.steps.filter((s) => s.run)) {
      expect(step.shell).toBe('bash');
      // Inputs reach scripts through the environment, never pasted into the script text.
      expect(step.run).not.toMatch(/\$\{\{/);
    }
  });

  it('install step: production dependencies only, no build, no install scripts', () => {
    const install = action.runs.steps.find((s) => s.id === 'install')!.run!;
    const npmLines = install.split('\n').filter((l) => /\bnpm\b/.test(l));
    expect(npmLines).toHaveLength(2);
    for (const line of npmLines) expect(line).toContain('--omit=dev');
    expect(install).toContain('npm ci --omit=dev --ignore-scripts');
    expect(install).not.toMatch(/npm (run )?build|npm run|tsc/);
  });

  const lintStep = action.runs.steps.find((s) => s.id === 'lint')!;
  const runLint = (cwd: string, inputs: Record<string, string>) => {
    const out = join(cwd, 'github-output.txt');
    const summary = join(cwd, 'step-summary.md');
    writeFileSync(out, '');
    writeFileSync(summary, '');
    const r = spawnSync('bash', ['-e', '-c', lintStep.run!], {
      cwd, encoding: 'utf8',
      env: {
        PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', GITHUB_ACTION_PATH: ROOT, COMPLAINTLINT_ROOT: ROOT, GITHUB_OUTPUT: out,
        GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: cwd, CI: 'true', INPUT_CONFIG: '', INPUT_MAX_WARNINGS: '-1', INPUT_ARGS: '', INPUT_PATHS: '.', ...inputs,
      },
    });
    return { ...r, outputs: readFileSync(out, 'utf8'), summary: readFileSync(summary, 'utf8') };
  };

  const library = () => tempTree({
    'macros/late.txt': 'Hi Jo,\n\nSorry for the delay. Is there anything else wrong?\n',
    'macros/worse.txt': 'Hi Jo,\n\nAs per your request, we looked. Is there anything else wrong? Are there any other problems?\n',
    'macros/ok.txt': 'Hi Jo,\n\nYour parcel is on its way and will arrive on Friday.\n',
    'replies/thanks.md': '# Thanks\n\nThanks for your correspondence.\n',
    'replies/notes.txt': 'Is there anything else wrong?\n',
    'lint.json': JSON.stringify({ rules: { 'negative-follow-up': 'warn' } }),
  });

  it('lint step with a multi-line paths input: annotations, a job summary per rule and file, the exit code', () => {
    const dir = library();
    const r = runLint(dir, { INPUT_PATHS: 'macros/**/*.txt\nreplies/*.md\n' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=macros\/late\.txt,line=3,col=\d+,endLine=3,endColumn=\d+,title=negative-follow-up::/m);
    expect(r.stdout).toMatch(/^::warning file=replies\/thanks\.md,line=3,/m);
    expect(r.stdout).not.toContain('replies/notes.txt'); // not in the paths
    expect(r.outputs).toBe('exit-code=1\n');
    expect(r.summary).toBe([
      '## complaintlint',
      '',
      '**5 problems** (3 errors, 2 warnings) in 3 files of 4 files, 4 replies.',
      '',
      '| Rule | Errors | Warnings |',
      '| --- | ---: | ---: |',
      '| negative\\-follow\\-up | 3 | 0 |',
      '| corporate\\-stiff | 0 | 2 |',
      '',
      'Files with problems:',
      '',
      '| File | Errors | Warnings |',
      '| --- | ---: | ---: |',
      '| macros/worse.txt | 2 | 1 |',
      '| macros/late.txt | 1 | 0 |',
      '| replies/thanks.md | 0 | 1 |',
      '',
      '',
    ].join('\n'));
  });

  it('lint step: config and max-warnings inputs, extra args with quotes, a one-line paths list', () => {
    const dir = library();
    const asWarning = runLint(dir, { INPUT_PATHS: 'macros replies/thanks.md', INPUT_CONFIG: 'lint.json' });
    expect(asWarning.status).toBe(0);
    expect(asWarning.stdout).toMatch(/^::warning file=macros\/late\.txt,.*::This closing question/m);

    const tooMany = runLint(dir, { INPUT_PATHS: 'macros', INPUT_CONFIG: 'lint.json', INPUT_MAX_WARNINGS: '0', INPUT_ARGS: "--kind general --rule 'corporate-stiff:off'" });
    expect(tooMany.status).toBe(1);
    expect(tooMany.stderr).toContain('too many warnings (maximum: 0)');
    expect(tooMany.stdout).not.toContain('corporate-stiff');
    expect(tooMany.outputs).toBe('exit-code=1\n');
    expect(tooMany.summary).toContain('| negative\\-follow\\-up | 0 | 3 |');
  });

  it('lint step: a usage error exits 2 with complaintlint\'s message and no summary', () => {
    const r = runLint(library(), { INPUT_ARGS: '--kind nonsense' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^complaintlint: .*nonsense/m);
    expect([r.stdout, r.summary, r.outputs]).toEqual(['', '', 'exit-code=2\n']);
  });
});

describe('the action script\'s input parsing', () => {
  it('paths: a line each when multi-line (spaces kept), else split on spaces; "." when empty', () => {
    expect(parsePaths('macros/**/*.json\n  replies/my notes.md  \n\n')).toEqual(['macros/**/*.json', 'replies/my notes.md']);
    expect(parsePaths('macros replies/*.md')).toEqual(['macros', 'replies/*.md']);
    expect(parsePaths('')).toEqual(['.']);
    expect(parsePaths(' \n ')).toEqual(['.']);
  });

  it('args: split like a shell, quotes group words, nothing expanded', () => {
    expect(splitArgs(`--kind complaint --rule 'corporate-stiff:off' --stdin-filename "a b.txt" $HOME *`)).toEqual(['--kind', 'complaint', '--rule', 'corporate-stiff:off', '--stdin-filename', 'a b.txt', '$HOME', '*']);
    expect(splitArgs('')).toEqual([]);
    expect(splitArgs(`--x ''`)).toEqual(['--x', '']);
  });
});
