// Discovery commands: --list-rules, --explain, --print-config and --init, with built-in rules,
// plugin rules and config phrases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { loadConfig } from '../../src/api.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'complaintlint.js');
let dir: string;

function cli(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr }));
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'complaintlint-discovery-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'complaintlint'), 'dir');
  cpSync(join(ROOT, 'fixtures', 'plugins', 'acme'), join(dir, 'plugins', 'acme'), { recursive: true });
  writeFileSync(join(dir, '.complaintlintrc.json'), JSON.stringify({
    plugins: ['./plugins/acme/index.js'],
    extends: ['complaintlint:recommended', 'plugin:acme/recommended'],
    rules: { 'acme/no-discount-codes': ['warn', { allow: ['SPRING'] }] },
    phrases: [{ id: 'house/no-asap', regex: '\\bASAP\\b', message: 'Give a time instead of ASAP.' }],
    overrides: [{ files: ['social/**'], channel: 'social' }],
  }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--list-rules', () => {
  it('lists built-in, plugin and phrase rules with family, default severity, fix and presets', async () => {
    const r = await cli(dir, ['--list-rules']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^RULE\s+FAMILY\s+DEFAULT\s+FIX\s+PRESETS\s+DESCRIPTION$/);
    expect(lines.find((l) => l.startsWith('acme/product-name '))).toMatch(/phrase\s+warn\s+yes\s+plugin:acme\/recommended\s+Product name/);
    expect(lines.find((l) => l.startsWith('house/no-asap '))).toMatch(/phrase\s+warn\s+\(config phrase\)\s+Give a time/);
    expect(lines.find((l) => l.startsWith('negative-follow-up '))).toMatch(/phrase\s+error\s+yes\s+recommended, complaint, strict/);
    expect(r.stdout).toContain(`${builtinRules.length + 3} rules.`);
  });

  it('as JSON with -f json', async () => {
    const rows = JSON.parse((await cli(dir, ['--list-rules', '-f', 'json'])).stdout);
    expect(rows.find((x: { id: string }) => x.id === 'acme/no-discount-codes')).toEqual({
      id: 'acme/no-discount-codes', family: 'phrase', severity: 'error', fixable: false,
      presets: ['plugin:acme/recommended'], source: 'plugin acme', description: 'Discount code handed out in a reply',
    });
    const structure = rows.filter((x: { family: string }) => x.family === 'structure');
    for (const row of structure) expect(row.presets).not.toContain('recommended');
  });
});

describe('--explain', () => {
  it('shows why, the seed, options, presets, the project setting, and bad and good examples', async () => {
    const r = await cli(dir, ['--explain', 'negative-follow-up']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^negative-follow-up \(phrase rule, default error, fixable\)\n/);
    expect(r.stdout).toMatch(/\nWhy:\n {2}Ending with/);
    expect(r.stdout).toContain('Comes from:\n  - "Complaint Handling: 14 Effective Business Recommendations": ');
    expect(r.stdout).toMatch(/\nBad:\n {2}✗ .+\n/);
    expect(r.stdout).toMatch(/\nGood:\n {2}✓ .+\n/);
    expect(r.stdout).toContain("In this project's config: error");
  });

  it('explains plugin rules with their options and the configured setting', async () => {
    const r = await cli(dir, ['--explain', 'acme/no-discount-codes']);
    expect(r.stdout).toMatch(/^acme\/no-discount-codes \(phrase rule, default error, from plugin acme\)/);
    expect(r.stdout).toContain('allow (string[], default []): Codes that may be shared');
    expect(r.stdout).toContain('In this project\'s config: warn with {"allow":["SPRING"]}');
  });

  it('an unknown rule is exit 2 with a hint', async () => {
    const r = await cli(dir, ['--explain', 'product-name']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('complaintlint: unknown rule "product-name" (did you mean "acme/product-name"?) (see --list-rules)');
  });
});

describe('--print-config', () => {
  it('prints the config that applies to a file, overrides included', async () => {
    const r = await cli(dir, ['--print-config', 'social/reply.txt']);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config).toMatchObject({
      configFile: '.complaintlintrc.json', kind: 'general', channel: 'social',
      plugins: [{ name: 'acme', from: './plugins/acme/index.js' }],
    });
    expect(config.rules['acme/no-discount-codes']).toEqual(['warn', { allow: ['SPRING'] }]);
    expect(config.rules['house/no-asap']).toBe('warn');
    expect(Object.keys(config.rules)).toEqual([...Object.keys(config.rules)].sort());
    expect(JSON.parse((await cli(dir, ['--print-config', 'email/reply.txt'])).stdout).channel).toBe('email');
  });
});

describe('--init', () => {
  it('writes a commented config for the chosen preset and channel that loads as written', async () => {
    const project = mkdtempSync(join(tmpdir(), 'complaintlint-init-'));
    const r = await cli(project, ['--init', '--preset', 'complaint', '--channel', 'chat']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Wrote .complaintlintrc.json (preset complaint, kind complaint, channel chat).\n');
    const written = JSON.parse(readFileSync(join(project, '.complaintlintrc.json'), 'utf8'));
    expect(written).toMatchObject({ extends: ['complaintlint:complaint'], kind: 'complaint', channel: 'chat', rules: {}, phrases: [], plugins: [] });
    expect(Object.keys(written).filter((k) => k.startsWith('//')).length).toBeGreaterThanOrEqual(6);
    const config = await loadConfig('reply.txt', { cwd: project });
    expect([config.kind, config.channel, config.rules.get('requires-apology')?.severity]).toEqual(['complaint', 'chat', 'warn']);

    const again = await cli(project, ['--init']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/\.complaintlintrc\.json already exists here; not overwriting it/);
    expect(JSON.parse(readFileSync(join(project, '.complaintlintrc.json'), 'utf8'))).toEqual(written);
    rmSync(project, { recursive: true, force: true });
  });

  it('refuses when another config file is already there, and rejects unknown presets', async () => {
    const project = mkdtempSync(join(tmpdir(), 'complaintlint-init-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'x', complaintlint: { extends: 'strict' } }));
    const r = await cli(project, ['--init']);
    expect([r.code, r.stderr.trim()]).toEqual([2, 'complaintlint: package.json#complaintlint already exists here; not overwriting it (edit it, or delete it and run --init again)']);
    rmSync(join(project, 'package.json'));
    const bad = await cli(project, ['--init', '--preset', 'lenient']);
    expect([bad.code, bad.stderr.trim()]).toEqual([2, 'complaintlint: unknown preset "lenient" (presets: recommended, complaint, strict)']);
    const plain = await cli(project, ['--init']);
    expect(JSON.parse(readFileSync(join(project, '.complaintlintrc.json'), 'utf8'))).toMatchObject({ extends: ['complaintlint:recommended'], kind: 'general', channel: 'email' });
    expect(plain.code).toBe(0);
    rmSync(project, { recursive: true, force: true });
  });
});
