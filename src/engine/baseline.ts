// Baselines, for adopting complaintlint on an existing macro library: record today's findings per
// file and rule (counted), then report only what goes beyond those counts. A post-processing step
// on results, like inline directives and --quiet: rules never see it.
//
// Counts, not positions: when a file has more findings of a rule than recorded, the first ones in
// the file are taken as the known ones and the rest are reported.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { LintResult } from '../types.js';
import { countMessages } from './lint-file.js';

export const BASELINE_FORMAT = 1;

export interface Baseline {
  format: number;
  /** Relative path (with /) -> rule ID -> number of findings. */
  files: Record<string, Record<string, number>>;
}

export class BaselineError extends Error {}

const relPath = (filePath: string, cwd: string) => relative(cwd, filePath).split(sep).join('/');

/** Findings per file and rule. Fatal errors and messages without a rule are never baselined. */
export function countFindings(results: LintResult[], cwd: string): Baseline['files'] {
  const files: Baseline['files'] = {};
  for (const r of results) {
    if (r.filePath.startsWith('<')) continue;
    const counts: Record<string, number> = {};
    for (const m of r.messages) {
      if (!m.ruleId || m.fatal) continue;
      counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
    }
    if (Object.keys(counts).length) files[relPath(r.filePath, cwd)] = sortKeys(counts);
  }
  return sortKeys(files);
}

export function createBaseline(results: LintResult[], cwd: string): Baseline {
  return { format: BASELINE_FORMAT, files: countFindings(results, cwd) };
}

/** Drops the findings the baseline accounts for; recounts each result. Returns how many were dropped. */
export function applyBaseline(results: LintResult[], baseline: Baseline, cwd: string): number {
  let dropped = 0;
  for (const r of results) {
    const known = baseline.files[relPath(r.filePath, cwd)];
    if (!known) continue;
    const left = { ...known };
    const kept = r.messages.filter((m) => {
      if (!m.ruleId || m.fatal || !(left[m.ruleId]! > 0)) return true;
      left[m.ruleId]!--;
      dropped++;
      return false;
    });
    if (kept.length !== r.messages.length) {
      r.messages = kept;
      countMessages(r);
    }
  }
  return dropped;
}

/**
 * The baseline without what no longer occurs: for files linted in this run, each count becomes
 * at most today's count (fixed findings cannot come back unnoticed); files that no longer exist
 * are dropped; files this run did not lint (a shard, a subset) are kept as they are.
 */
export function pruneBaseline(baseline: Baseline, results: LintResult[], cwd: string): { baseline: Baseline; removed: number } {
  const linted = new Set(results.map((r) => relPath(r.filePath, cwd)));
  const now = countFindings(results, cwd);
  const files: Baseline['files'] = {};
  let removed = 0;
  for (const [file, counts] of Object.entries(baseline.files)) {
    if (!linted.has(file)) {
      if (existsSync(resolve(cwd, file))) files[file] = counts;
      else removed += total(counts);
      continue;
    }
    const current = now[file] ?? {};
    const kept: Record<string, number> = {};
    for (const [rule, n] of Object.entries(counts)) {
      const k = Math.min(n, current[rule] ?? 0);
      removed += n - k;
      if (k > 0) kept[rule] = k;
    }
    if (Object.keys(kept).length) files[file] = kept;
  }
  return { baseline: { format: BASELINE_FORMAT, files: sortKeys(files) }, removed };
}

export async function readBaseline(path: string): Promise<Baseline> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new BaselineError(`${path}: cannot read the baseline (${code === 'ENOENT' ? 'no such file; create it with --baseline-create' : (err as Error).message.split('\n')[0]})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new BaselineError(`${path}: the baseline is not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const b = data as Baseline;
  if (!b || typeof b !== 'object' || typeof b.files !== 'object' || b.files === null || Array.isArray(b.files)) {
    throw new BaselineError(`${path}: not a complaintlint baseline (expected { "format": 1, "files": { ... } })`);
  }
  for (const [file, counts] of Object.entries(b.files)) {
    if (!counts || typeof counts !== 'object' || Object.values(counts).some((n) => !Number.isInteger(n) || (n as number) < 0)) {
      throw new BaselineError(`${path}: files["${file}"] must map rule IDs to counts`);
    }
  }
  return { format: b.format ?? BASELINE_FORMAT, files: b.files };
}

export function serializeBaseline(baseline: Baseline): string {
  return JSON.stringify({ format: BASELINE_FORMAT, files: baseline.files }, null, 2) + '\n';
}

export function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k]!;
  return out;
}
