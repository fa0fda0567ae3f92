// A big text file (8 MB here; 50 MB with RELIABILITY_FULL=1) lints to completion in parts, with
// positions right at the far end of the file, and --fix on it keeps every byte it does not fix.
// Time and peak memory on big inputs are bench figures (npm run bench), not test assertions.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { BIN, tempTree } from './helpers/cli.js';

const MiB = 1024 * 1024;
const PROBLEM = 'Is there anything else wrong?';

/** Neutral, varied prose (mostly ASCII, some accents and emoji), with a known problem every 500 paragraphs. */
function bigText(bytes: number): { text: string; problems: number; lastLine: number } {
  const subjects = ['The parcel', 'Your order', 'The courier', 'Our warehouse team', 'The replacement part', 'The invoice', 'The café voucher', 'A refund 💳'];
  const verbs = ['left', 'reached', 'was checked at', 'was packed at', 'arrived at', 'was logged at', 'moved through', 'was sent to'];
  const places = ['the depot', 'the sorting office', 'our returns desk', 'the local branch', 'the billing office', 'the front door', 'the regional hub', 'the service centre'];
  const times = ['on Tuesday morning', 'late last night', 'before noon', 'earlier this week', 'on the second attempt', 'after the holiday', 'within the hour', 'yesterday afternoon'];
  const paragraphs: string[] = [];
  let size = 0;
  let seed = 12345;
  let problems = 0;
  let line = 1;
  let lastLine = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let k = 0; k < 5; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      sentences.push(`${subjects[seed % 8]} ${verbs[(seed >> 3) % 8]} ${places[(seed >> 6) % 8]} ${times[(seed >> 9) % 8]}.`);
    }
    if (paragraphs.length % 500 === 0) {
      sentences.push(PROBLEM);
      problems++;
      lastLine = line;
    }
    const p = `${sentences.join(' ')}\n\n`;
    paragraphs.push(p);
    size += Buffer.byteLength(p);
    line += 2;
  }
  return { text: paragraphs.join(''), problems, lastLine };
}

/** Runs the CLI with a preload that records the process's peak RSS (KiB) at exit. */
function runMeasured(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string; peakMiB: number } {
  const preload = join(cwd, 'peak-rss.cjs');
  const out = join(cwd, 'peak-rss.txt');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`);
  const r = spawnSync(process.execPath, ['-r', preload, BIN, ...args], {
    cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' },
  });
  const peakMiB = Number(readFileSync(out, 'utf8')) / 1024;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, peakMiB };
}

const FULL = process.env.RELIABILITY_FULL === '1';
const SIZE_MIB = FULL ? 50 : 8;

describe(`a ${SIZE_MIB} MB text file`, () => {
  // One rule plus a non-fixable marker phrase keep the expected output exact; the whole default rule set
  // on the same file takes ~1 min, so it runs when RELIABILITY_FULL=1 (see the test below).
  const only: Record<string, unknown> = Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta.id === 'negative-follow-up' ? 'error' : 'off']));
  const config = { rules: only, phrases: [{ id: 'test/marker', regex: 'ZZ-END-MARKER', message: 'end marker', severity: 'warn' }] };
  const cwd = tempTree({ 'one-rule.json': JSON.stringify(config) });
  const { text: body, problems } = bigText(SIZE_MIB * MiB);
  const text = `${body}Last paragraph: ZZ-END-MARKER.\n`;
  const markerLine = text.split('\n').length - 1;
  const file = join(cwd, 'huge.txt');
  writeFileSync(file, text);

  it('--fix completes, positions right at the end, only the fixed spans changed', () => {
    expect(statSync(file).size).toBeGreaterThanOrEqual(SIZE_MIB * MiB);
    expect(problems).toBeGreaterThan(50);
    const started = Date.now();
    const r = runMeasured(cwd, ['--config', 'one-rule.json', '--fix', '-f', 'json', 'huge.txt']);
    console.log(`${SIZE_MIB} MB --fix (one rule): ${((Date.now() - started) / 1000).toFixed(1)} s, peak RSS ${r.peakMiB.toFixed(0)} MiB`);
    expect(r.stderr).toMatch(new RegExp(`^complaintlint: huge\\.txt: a reply of \\d+ characters was linted in \\d+ parts\ncomplaintlint: fixed ${problems} problems in huge\\.txt\n$`));
    const [result] = JSON.parse(r.stdout);
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'test/marker', line: markerLine, column: 17, endColumn: 30 })]);
    expect(readFileSync(file, 'utf8')).toBe(text.split(PROBLEM).join('How else can I help you today?'));
    if (FULL) expect(r.peakMiB).toBeLessThanOrEqual(400);
    expect(r.status).toBe(0);
  }, 170_000);

  it.runIf(FULL)('lints with the whole default rule set with peak RSS <= 400 MiB', () => {
    writeFileSync(file, text);
    const started = Date.now();
    const r = runMeasured(cwd, ['--no-config', '-f', 'json', 'huge.txt']);
    console.log(`${SIZE_MIB} MB lint (default rules): ${((Date.now() - started) / 1000).toFixed(1)} s, peak RSS ${r.peakMiB.toFixed(0)} MiB`);
    const [result] = JSON.parse(r.stdout);
    expect(result.messages.filter((m: { ruleId: string }) => m.ruleId === 'negative-follow-up')).toHaveLength(problems);
    expect(r.peakMiB).toBeLessThanOrEqual(400);
  }, 600_000);
});

describe('pathological but small inputs finish quickly', () => {
  it('a 3 MB file with 10,000 directive lines (was quadratic: minutes)', () => {
    const lines: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      lines.push('The parcel left the depot on Tuesday morning and reached the hub.');
      if (i % 4 === 0) lines.push('complaintlint-disable-next-line negative-follow-up');
    }
    lines.push('Is there anything else wrong?');
    const cwd = tempTree({ 'directives.txt': lines.join('\n') });
    const started = Date.now();
    const r = spawnSync(process.execPath, [BIN, '--no-config', '--rule', 'negative-follow-up:error', '-f', 'json', 'directives.txt'], {
      cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' }, timeout: 90_000,
    });
    console.log(`directive-heavy file: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const [result] = JSON.parse(r.stdout);
    expect(result.messages.filter((m: { ruleId: string | null }) => m.ruleId === null)).toHaveLength(10_000); // each unused
    expect(result.messages.at(-1)).toMatchObject({ ruleId: 'negative-follow-up', line: 50_001 });
  }, 100_000);
});
