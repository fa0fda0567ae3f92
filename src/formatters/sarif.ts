// sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run; a deduplicated
// rules table with descriptions, help text and help links; results with levels, regions and fixes.
// Files that could not be linted become tool execution notifications, not results.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintMessage, LintResult, RuleMeta, Severity } from '../types.js';
import type { Formatter, FormatterContext } from './types.js';
import { LineIndex, stripBom } from '../core/text.js';
import { jsonSafe } from './escape.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const UNUSED_DIRECTIVE = 'unused-directive';

type Level = 'error' | 'warning' | 'note' | 'none';
const LEVEL_OF_SEVERITY: Record<Severity, Level> = { error: 'error', warn: 'warning', info: 'note', off: 'none' };

interface SarifRegion { startLine: number; startColumn: number; endLine: number; endColumn: number }

/** package.json's homepage (or repository URL): where SARIF viewers link the tool and its rules. */
export function informationUri(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      homepage?: string; repository?: string | { url?: string };
    };
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const uri = [pkg.homepage, repo?.replace(/^git\+/, '').replace(/\.git$/, '')].find((u) => u && /^https?:\/\//.test(u));
    return uri;
  } catch {
    return undefined;
  }
}

/** A URI reference for a file: relative to cwd (resolved against %SRCROOT%) or an absolute file URL. */
export function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (filePath.startsWith('<')) return { uri: encodeURIComponent(filePath) };
  const rel = relative(cwd, filePath);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(filePath).href };
}

function region(m: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): SarifRegion {
  const startLine = Math.max(1, m.line);
  const startColumn = Math.max(1, m.column);
  let endLine = Math.max(startLine, m.endLine ?? startLine);
  let endColumn = Math.max(1, m.endColumn ?? startColumn);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  if (endLine < startLine) endLine = startLine;
  return { startLine, startColumn, endLine, endColumn };
}

function levelOf(m: LintMessage): Level {
  return m.severity === 2 || m.fatal ? 'error' : m.severity === 1 ? 'warning' : 'note';
}

function helpText(meta: RuleMeta): { text: string; markdown: string } {
  const bad = meta.examples?.bad?.slice(0, 3) ?? [];
  const good = meta.examples?.good?.slice(0, 3) ?? [];
  const seeds = meta.docs?.seeds?.length ? `Source: ${meta.docs.seeds.join('; ')}.` : '';
  const text = [meta.docs?.why ?? meta.description,
    bad.length ? `Instead of: ${bad.map((s) => `"${s}"`).join(' / ')}` : '',
    good.length ? `Better: ${good.map((s) => `"${s}"`).join(' / ')}` : '',
    seeds].filter(Boolean).join('\n\n');
  const md = [meta.docs?.why ?? meta.description,
    bad.length ? `**Instead of**\n\n${bad.map((s) => `- ${s}`).join('\n')}` : '',
    good.length ? `**Better**\n\n${good.map((s) => `- ${s}`).join('\n')}` : '',
    seeds ? `_${seeds}_` : ''].filter(Boolean).join('\n\n');
  return { text, markdown: md };
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined, infoUri: string | undefined): Record<string, unknown> {
  const link = (uri: string | undefined) => (uri ? { helpUri: uri } : {});
  if (id === UNUSED_DIRECTIVE) {
    return {
      id,
      shortDescription: { text: 'An inline complaintlint-disable directive that suppresses nothing' },
      fullDescription: { text: 'The directive names rules that reported no problem where it applies; remove it so real findings are not hidden later.' },
      ...link(infoUri),
      defaultConfiguration: { level: 'warning' },
    };
  }
  if (!meta) {
    return { id, shortDescription: { text: id }, ...link(infoUri), defaultConfiguration: { level: 'warning' } };
  }
  const help = helpText(meta);
  return {
    id,
    name: id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.docs?.why ?? meta.description },
    help,
    ...link(meta.docs?.url ?? infoUri),
    defaultConfiguration: { level: LEVEL_OF_SEVERITY[meta.defaultSeverity] ?? 'warning' },
    properties: {
      tags: [meta.family, ...(meta.fixable ? ['fixable'] : []), ...(meta.checklist ? [`checklist:${meta.checklist}`] : [])],
      ...(meta.docs?.seeds?.length ? { seeds: meta.docs.seeds } : {}),
    },
  };
}

function fixesOf(m: LintMessage, location: Record<string, unknown>, lines: (() => LineIndex) | undefined): unknown[] {
  const fixes: unknown[] = [];
  const seen = new Set<string>();
  const add = (description: string, fix: { range: [number, number]; text: string }) => {
    const key = `${fix.range[0]}:${fix.range[1]}:${fix.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    const [start, end] = fix.range;
    const deletedRegion = lines ? offsetRegion(lines(), start, end) : { charOffset: start, charLength: Math.max(0, end - start) };
    fixes.push({
      description: { text: description },
      artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion, insertedContent: { text: fix.text } }] }],
    });
  };
  if (m.fix) add(m.suggestions?.find((s) => s.fix && sameFix(s.fix, m.fix!))?.desc ?? `Replace with "${m.fix.text}"`, m.fix);
  for (const s of m.suggestions ?? []) if (s.fix) add(s.desc, s.fix);
  return fixes;
}

const sameFix = (a: { range: [number, number]; text: string }, b: { range: [number, number]; text: string }) =>
  a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;

/** A region from fix offsets (into the text without its BOM), with line/column when the text is at hand. */
function offsetRegion(lines: LineIndex, start: number, end: number): Record<string, number> {
  const a = lines.position(start);
  const b = lines.position(Math.max(start, end));
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: start, charLength: Math.max(0, end - start) };
}

const sarif: Formatter = (results: LintResult[], ctx: FormatterContext) => {
  const infoUri = informationUri();
  const ruleIds: string[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (id: string) => {
    let i = ruleIndex.get(id);
    if (i === undefined) {
      i = ruleIds.length;
      ruleIds.push(id);
      ruleIndex.set(id, i);
    }
    return i;
  };
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];

  for (const result of results) {
    const artifactLocation = artifactUri(result.filePath, ctx.cwd);
    const source = result.source;
    let index: LineIndex | undefined;
    const lines = source === undefined ? undefined : () => (index ??= new LineIndex(stripBom(source)));
    for (const m of result.messages) {
      const physicalLocation = { artifactLocation, region: region(m) };
      if (m.fatal) {
        notifications.push({ level: 'error', message: { text: m.message }, locations: [{ physicalLocation }] });
        continue;
      }
      const id = m.ruleId ?? UNUSED_DIRECTIVE;
      const entry: Record<string, unknown> = {
        ruleId: id,
        ruleIndex: indexOf(id),
        level: levelOf(m),
        message: { text: m.message },
        locations: [{ physicalLocation }],
      };
      const fixes = fixesOf(m, artifactLocation, lines);
      if (fixes.length) entry.fixes = fixes;
      sarifResults.push(entry);
    }
  }

  const rules = ruleIds.map((id) => ruleDescriptor(id, ctx.rulesMeta[id], infoUri));
  const run: Record<string, unknown> = {
    tool: { driver: { name: 'complaintlint', version: ctx.version, semanticVersion: ctx.version, ...(infoUri ? { informationUri: infoUri } : {}), rules } },
    invocations: [{ executionSuccessful: notifications.length === 0, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/') } },
    results: sarifResults,
    columnKind: 'utf16CodeUnits',
  };
  return jsonSafe(JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs: [run] }, null, 2)) + '\n';
};
export default sarif;
