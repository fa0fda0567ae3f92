// The progress line: only on an interactive stderr outside CI and without --quiet, only for runs
// over 200 files, redrawn in place at most ten times a second, and erased at the end.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { Progress, progressWanted, PROGRESS_MIN_FILES } from '../../src/cli/progress.js';
import { cliAsync } from '../helpers/pipelines.js';
import { BIN, tempTree } from '../helpers/cli.js';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

function fakeStream(isTTY = true) {
  const writes: string[] = [];
  return { isTTY, columns: 100, writes, write: (s: string) => { writes.push(s); return true; } };
}

describe('progress line', () => {
  it('is wanted only on an interactive terminal, outside CI, without --quiet', () => {
    expect(progressWanted(fakeStream(true), false, {})).toBe(true);
    expect(progressWanted(fakeStream(false), false, {})).toBe(false);
    expect(progressWanted(fakeStream(true), true, {})).toBe(false);
    expect(progressWanted(fakeStream(true), false, { CI: 'true' })).toBe(false);
    expect(progressWanted(fakeStream(true), false, { CI: '1' })).toBe(false);
    expect(progressWanted(fakeStream(true), false, { CI: 'false' })).toBe(true);
    expect(progressWanted(fakeStream(true), false, { TERM: 'dumb' })).toBe(false);
  });

  it('stays silent for runs of 200 files or fewer', () => {
    const s = fakeStream();
    const p = new Progress(s, () => 0);
    for (let i = 1; i <= PROGRESS_MIN_FILES; i++) p.update(i, PROGRESS_MIN_FILES, 1);
    p.clear();
    expect(s.writes).toEqual([]);
  });

  it('shows files done/total, replies and elapsed time, throttled, and clears itself', () => {
    const s = fakeStream();
    let now = 1000;
    const p = new Progress(s, () => now);
    p.update(1, 300, 2);
    now += 50;
    p.update(2, 300, 3); // within 100 ms: not redrawn
    now += 1200;
    p.update(150, 300, 1);
    now += 10;
    p.update(300, 300, 1); // the last file always draws
    p.clear();
    expect(s.writes).toEqual([
      '\r\x1b[2Kcomplaintlint: 1/300 files (0%), 2 replies, 0.0s',
      '\r\x1b[2Kcomplaintlint: 150/300 files (50%), 6 replies, 1.3s',
      '\r\x1b[2Kcomplaintlint: 300/300 files (100%), 7 replies, 1.3s',
      '\r\x1b[2K',
    ]);
  });

  it('never appears when stderr is not a terminal', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 210; i++) files[`r${i}.txt`] = `Hello,\n\nYour refund ${i} is on its way.\n`;
    const r = await cliAsync(['-f', 'compact', '.'], { cwd: tempTree(files), env: { CI: '' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it.skipIf(!hasScript)('draws and erases itself on a real terminal (a pty from script(1)) for a run over 200 files', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 210; i++) files[`r${i}.txt`] = `Hello,\n\nYour refund ${i} is on its way.\n`;
    const dir = tempTree(files);
    const env = { ...process.env, NO_COLOR: '1' };
    delete env.CI;
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} -f compact . > /dev/null`, '/dev/null'], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('complaintlint: 210/210 files (100%), 210 replies, ');
    expect(r.stdout.endsWith('\r\x1b[2K')).toBe(true);
  });
});

