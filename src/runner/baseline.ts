// Baselines, for adopting complaintlint on an existing macro library: record today's findings, then report
// only new ones. A post-processing step on results, like inline directives and --quiet: rules never see it.
//
// Findings are matched by what they are, not by line: the rule, the message, the flagged words and a
// fingerprint of the words around them. Lines can move (a paragraph added above) and a recorded finding
// still matches; a new finding is reported where it is, even when it is the same phrase as an old one
// further down. Matching goes from strict to loose, each recorded finding used once:
//   1. rule + message + flagged words + the words around them on their line + the nearest lines above and below,
//   2. the same without the lines above and below (lines were added or edited next to it),
//   3. rule + message + flagged words (the words around were edited too),
//   4. rule + flagged words (the rule's message was reworded in a new version).
// Format 1 baselines (counts per file and rule) still work: a count matches that many findings of the rule.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { hashHex } from '../core/hash.js';
import { relative, resolve, sep } from 'node:path';
import type { LintMessage, LintResult } from '../types.js';
import { countMessages } from '../engine/lint-file.js';
import { LineIndex } from '../core/text.js';

export const BASELINE_FORMAT = 2;
const NEIGHBOURHOOD = 40;
const LINE_LIMIT = 60;
const TEXT_LIMIT = 200;

/** One recorded finding. */
export interface BaselineEntry {
  rule: string;
  message: string;
  /** The flagged words (up to 200 characters). */
  text: string;
  /** A short hash of the words around the flagged ones on their line. */
  context: string;
  /** A short hash of the nearest lines with words above and below. */
  around: string;
}

/** A format 1 record: this many findings of the rule, wherever they are. */
export interface BaselineCount {
  rule: string;
  count: number;
}

export interface Baseline {
  format: number;
  /** Relative path (with /) -> recorded findings. */
  files: Record<string, Array<BaselineEntry | BaselineCount>>;
}

export class BaselineError extends Error {}

const relPath = (filePath: string, cwd: string) => relative(cwd, filePath).split(sep).join('/');
const isCount = (e: BaselineEntry | BaselineCount): e is BaselineCount => 'count' in e;
const baselinable = (m: LintMessage) => Boolean(m.ruleId) && !m.fatal;

/** The file texts findings are read from: the caller supplies them (the fixed text after --fix-dry-run). */
export type TextOf = (result: LintResult) => string | undefined;

/** A finding as a baseline records it: rule, message, the flagged words and hashes of their surroundings. */
export function entryOf(m: LintMessage, lines: LineIndex | undefined, text: string | undefined): BaselineEntry {
  const words = m.match ?? '';
  let context = '', around = '';
  if (text !== undefined && lines) {
    const start = lines.offset(m.line, m.column);
    const end = Math.min(text.length, start + words.length);
    const lineStart = lines.offset(m.line, 1);
    const lineEnd = lineEndOf(text, lines, m.line);
    context = hash(`${text.slice(Math.max(lineStart, start - NEIGHBOURHOOD), start)}\u0000${text.slice(Math.min(end, lineEnd), Math.min(lineEnd, end + NEIGHBOURHOOD))}`);
    around = hash(`${nearestLine(text, lines, m.line, -1)}\u0000${nearestLine(text, lines, m.line, 1)}`);
  }
  return { rule: m.ruleId!, message: m.message, text: words.slice(0, TEXT_LIMIT), context, around };
}

const hash = (s: string) => hashHex('sha1', s.replace(/\s+/g, ' ').trim()).slice(0, 12);

/** Where a line's text ends (before its line break). Positions come from the line index: no scanning. */
function lineEndOf(text: string, lines: LineIndex, line: number): number {
  if (line >= lines.count) return text.length;
  let end = lines.offset(line + 1, 1) - 1;
  if (text[end - 1] === '\r') end--;
  return end;
}

/**
 * The nearest line above (step -1) or below (step 1) that holds words, at most 60 characters of it (its
 * end above, its start below); '' when there is none within a few lines.
 */
function nearestLine(text: string, lines: LineIndex, line: number, step: -1 | 1): string {
  for (let l = line + step, tries = 0; l >= 1 && l <= lines.count && tries < 20; l += step, tries++) {
    const start = lines.offset(l, 1);
    const end = lineEndOf(text, lines, l);
    const part = step < 0 ? text.slice(Math.max(start, end - LINE_LIMIT), end) : text.slice(start, Math.min(end, start + LINE_LIMIT));
    if (/\S/.test(part)) return part;
  }
  return '';
}

function entriesOf(r: LintResult, textOf: TextOf): BaselineEntry[] {
  const findings = r.messages.filter(baselinable);
  if (!findings.length) return [];
  const text = textOf(r);
  const lines = text === undefined ? undefined : new LineIndex(text);
  return findings.map((m) => entryOf(m, lines, text));
}

/** Today's findings per file. Fatal errors and messages without a rule are never baselined. */
export function createBaseline(results: LintResult[], cwd: string, textOf: TextOf): Baseline {
  const files: Baseline['files'] = {};
  for (const r of results) {
    if (r.filePath.startsWith('<')) continue;
    const entries = entriesOf(r, textOf);
    if (entries.length) files[relPath(r.filePath, cwd)] = entries.sort(compareEntries);
  }
  return { format: BASELINE_FORMAT, files: sortKeys(files) };
}

/** Which of a file's findings the recorded ones account for (indexes into `findings`), each recorded one used once. */
function match(findings: BaselineEntry[], recorded: ReadonlyArray<BaselineEntry | BaselineCount>): { known: Set<number> } {
  const known = new Set<number>();
  const used = new Set<number>();
  const passes: Array<(e: BaselineEntry) => string> = [
    (e) => `${e.rule}\u0000${e.message}\u0000${e.text}\u0000${e.context}\u0000${e.around}`,
    (e) => `${e.rule}\u0000${e.message}\u0000${e.text}\u0000${e.context}`,
    (e) => `${e.rule}\u0000${e.message}\u0000${e.text}`,
    (e) => `${e.rule}\u0000${e.text}`,
  ];
  for (const key of passes) {
    const open = new Map<string, number[]>();
    recorded.forEach((e, j) => {
      if (used.has(j) || isCount(e)) return;
      const k = key(e);
      if (!open.has(k)) open.set(k, []);
      open.get(k)!.push(j);
    });
    findings.forEach((f, i) => {
      if (known.has(i)) return;
      const j = open.get(key(f))?.shift();
      if (j === undefined) return;
      known.add(i);
      used.add(j);
    });
  }
  // Format 1 counts: the first unmatched findings of the rule, in file order.
  recorded.forEach((e) => {
    if (!isCount(e)) return;
    let left = e.count;
    findings.forEach((f, i) => {
      if (left > 0 && !known.has(i) && f.rule === e.rule) { known.add(i); left--; }
    });
  });
  return { known };
}

/** Drops the findings the baseline accounts for; recounts each result and notes how many it dropped. */
export function applyBaseline(results: LintResult[], baseline: Baseline, cwd: string, textOf: TextOf): number {
  let dropped = 0;
  for (const r of results) {
    r.suppressedByBaseline = 0;
    const recorded = baseline.files[relPath(r.filePath, cwd)];
    if (!recorded?.length) continue;
    const findings = entriesOf(r, textOf);
    const { known } = match(findings, recorded);
    if (!known.size) continue;
    let i = 0;
    r.messages = r.messages.filter((m) => !(baselinable(m) && known.has(i++)));
    r.suppressedByBaseline = known.size;
    dropped += known.size;
    countMessages(r);
  }
  return dropped;
}

/**
 * The baseline without what no longer occurs: for files linted in this run, only the recorded findings
 * still found are kept (a fixed finding cannot come back unnoticed); files that no longer exist are
 * dropped; files this run did not lint (a shard, a subset) or could not read or parse are kept as they are.
 */
export function pruneBaseline(baseline: Baseline, results: LintResult[], cwd: string, textOf: TextOf): { baseline: Baseline; removed: number } {
  const linted = new Map(results.map((r) => [relPath(r.filePath, cwd), r]));
  const files: Baseline['files'] = {};
  let removed = 0;
  for (const [file, recorded] of Object.entries(baseline.files)) {
    const r = linted.get(file);
    if (!r || r.messages.some((m) => m.fatal)) {
      if (r || existsSync(resolve(cwd, file))) files[file] = recorded;
      else removed += total(recorded);
      continue;
    }
    const findings = entriesOf(r, textOf);
    const { known } = match(findings, recorded);
    // What stays is today's matched findings, recorded afresh (format 1 counts become entries).
    const kept = findings.filter((_, i) => known.has(i));
    removed += Math.max(0, total(recorded) - kept.length);
    if (kept.length) files[file] = kept.sort(compareEntries);
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
  const b = data as { format?: unknown; files?: unknown };
  if (!b || typeof b !== 'object' || typeof b.files !== 'object' || b.files === null || Array.isArray(b.files)) {
    throw new BaselineError(`${path}: not a complaintlint baseline (expected { "format": 2, "files": { ... } })`);
  }
  const files: Baseline['files'] = {};
  for (const [file, value] of Object.entries(b.files as Record<string, unknown>)) {
    files[file] = Array.isArray(value) ? value.map((e) => checkEntry(e, path, file)) : countsOf(value, path, file);
  }
  return { format: BASELINE_FORMAT, files };
}

/** Format 1: { rule: count }. */
function countsOf(value: unknown, path: string, file: string): BaselineCount[] {
  if (!value || typeof value !== 'object' || Object.values(value).some((n) => !Number.isInteger(n) || (n as number) < 0)) {
    throw new BaselineError(`${path}: files["${file}"] must list recorded findings (or map rule IDs to counts)`);
  }
  return Object.entries(value as Record<string, number>).map(([rule, count]) => ({ rule, count }));
}

function checkEntry(e: unknown, path: string, file: string): BaselineEntry | BaselineCount {
  const x = e as Record<string, unknown>;
  if (x && typeof x === 'object' && typeof x.rule === 'string') {
    if (typeof x.message === 'string' && typeof x.text === 'string' && typeof x.context === 'string') {
      return { rule: x.rule, message: x.message, text: x.text, context: x.context, around: typeof x.around === 'string' ? x.around : '' };
    }
    if (Number.isInteger(x.count) && (x.count as number) >= 0) return { rule: x.rule, count: x.count as number };
  }
  throw new BaselineError(`${path}: files["${file}"] holds an entry that is not a recorded finding (rule, message, text, context)`);
}

export function serializeBaseline(baseline: Baseline): string {
  return JSON.stringify({ format: BASELINE_FORMAT, files: baseline.files }, null, 2) + '\n';
}

/** Findings a file's record stands for. */
export function total(recorded: ReadonlyArray<BaselineEntry | BaselineCount>): number {
  return recorded.reduce((n, e) => n + (isCount(e) ? e.count : 1), 0);
}

function compareEntries(a: BaselineEntry | BaselineCount, b: BaselineEntry | BaselineCount): number {
  const ka = JSON.stringify(a), kb = JSON.stringify(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k]!;
  return out;
}
