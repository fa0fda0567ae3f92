#!/usr/bin/env node
// npm run bench -- --only hostile [--quick] [--sizes 10k,100k,1m,10m] [--shapes plain,capitals,...] [--rounds N]
// Issue 15, linear time on hostile input: lints every shape of bench/lib/hostile-shapes.mjs at sizes from
// 10 KB to 10 MB in-process (dist/, after a warm-up, so start-up is not counted) and prints seconds per MB
// of input next to plain text. A stage that is linear keeps its s/MB as the size grows; the target is each
// shape within 2x of plain text at 100 KB and at 10 MB. Also times the stages after linting on a
// many-findings library: the html, json and stylish formatters and the MCP lint_reply tool.
// One child process per size (a fresh heap); shapes alternate within a size, best of N rounds.
// Writes bench/HOSTILE.md. --quick: 10 KB to 1 MB.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allShapes, makeShape } from './lib/hostile-shapes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (s) => process.stderr.write(`${s}\n`);
const arg = (args, name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const parseSize = (s) => Math.round(Number.parseFloat(s) * ({ k: 1e3, m: 1e6 }[s.slice(-1).toLowerCase()] ?? 1));
const label = (n) => (n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`);

/** Rows beyond the text shapes: a shape linted with --kind complaint, and the stages after linting. */
const COMPLAINT = ['plain', 'no-punctuation', 'run-on-findings', 'capitals', 'json-run-on-replies', 'json-replies'];
const STAGES = ['format json', 'format stylish', 'format html', 'mcp lint_reply'];

export async function main(args) {
  if (!existsSync(join(root, 'dist', 'src', 'api.js'))) {
    log('bench: dist/ is missing; run `npm run build` first.');
    process.exit(2);
  }
  const sizes = (arg(args, '--sizes') ?? (args.includes('--quick') ? '10k,100k,1m' : '10k,100k,1m,10m')).split(',').map(parseSize);
  const shapes = arg(args, '--shapes')?.split(',') ?? allShapes().map((s) => s.name);
  if (!shapes.includes('plain')) shapes.unshift('plain');
  const load = [loadavg()[0]];
  const columns = [];
  for (const size of sizes) {
    const rounds = Number(arg(args, '--rounds') ?? (size <= 10_000 ? 15 : size <= 100_000 ? 5 : size <= 1_000_000 ? 2 : 1));
    log(`== hostile ${label(size)}: ${rounds} round(s) of ${shapes.length} shapes, ${COMPLAINT.length} complaint rows, ${STAGES.length} stages`);
    const child = spawnSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', String(size), '--rounds', String(rounds), '--shapes', shapes.join(',')], {
      cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26,
    });
    if (child.status !== 0) { log(`bench: the ${label(size)} run failed (exit ${child.status})`); process.exit(1); }
    columns.push({ size, rows: JSON.parse(child.stdout) });
  }
  load.push(loadavg()[0]);
  const report = render(columns, load);
  process.stdout.write(report);
  writeFileSync(join(root, 'bench', 'HOSTILE.md'), report);
  log('\nwritten to bench/HOSTILE.md');
}

/** One size in a fresh process: every shape, best of `rounds`, shapes alternating. Prints JSON rows. */
async function child(args) {
  const size = Number(arg(args, '--child'));
  const rounds = Number(arg(args, '--rounds'));
  const shapes = arg(args, '--shapes').split(',');
  const load = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
  const [{ lintText }, { ConfigLoader }, { loadFormatter }, { createTools }] = await Promise.all([
    load('src/api.js'), load('src/config/load.js'), load('src/formatters/index.js'), load('src/mcp/tools.js'),
  ]);
  const cwd = join(root, 'bench', 'out');
  const loader = new ConfigLoader({ cwd });
  const lintReply = createTools({ cwd }).find((t) => t.name === 'lint_reply');
  const fmtContext = { cwd, rulesMeta: {}, verbose: false, color: false, ascii: false, version: 'bench', width: 100 };
  // CPU time of this process (user + system), not wall time: the machine is shared, and waiting for a core is not work.
  const timed = async (fn) => { const t0 = process.cpuUsage(); const out = await fn(); const d = process.cpuUsage(t0); return [(d.user + d.system) / 1e6, out]; };

  const cases = [];
  for (const name of shapes) {
    const { file, text } = makeShape(name, size);
    cases.push({ key: name, bytes: Buffer.byteLength(text), run: () => lintText(text, { loader, filePath: join(cwd, file) }) });
  }
  for (const name of COMPLAINT.filter((n) => shapes.includes(n))) {
    const { file, text } = makeShape(name, size);
    cases.push({ key: `${name} (complaint)`, bytes: Buffer.byteLength(text), run: () => lintText(text, { loader, filePath: join(cwd, file), kind: 'complaint' }) });
  }
  // The stages after linting, on a macro library where every reply has findings.
  const library = makeShape('json-many-findings', size);
  const [libResult] = await lintText(library.text, { loader, filePath: join(cwd, library.file), keepSource: true });
  const libBytes = Buffer.byteLength(library.text);
  for (const name of ['json', 'stylish', 'html']) {
    const formatter = await loadFormatter(name, cwd);
    cases.push({ key: `format ${name}`, bytes: libBytes, run: () => formatter([libResult], fmtContext) });
  }
  const findings = makeShape('many-findings', size).text;
  cases.push({ key: 'mcp lint_reply', bytes: Buffer.byteLength(findings), run: () => lintReply.run({ text: findings }) });

  // Warm-up: every case once on a small input of its kind is what a long run has done already.
  for (const name of shapes) { const w = makeShape(name, 5000, 7); await lintText(w.text, { loader, filePath: join(cwd, w.file) }); }
  const best = new Map();
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      const [s] = await timed(c.run);
      if (!(best.get(c.key)?.s <= s)) best.set(c.key, { s, bytes: c.bytes });
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');
  process.stdout.write(JSON.stringify(Object.fromEntries(best)));
}

function render(columns, load) {
  const perMb = (x) => x.s / (x.bytes / 1e6);
  const keys = Object.keys(columns[0].rows);
  const fmt = (v) => (v >= 10 ? v.toFixed(1) : v.toFixed(2));
  const lines = [
    '# complaintlint: hostile input (issue 15)',
    '',
    'CPU seconds (user + system) per MB of input, best of the rounds, in-process on dist/ after a warm-up; in brackets: times plain text at the same size.',
    'Shapes from `bench/lib/hostile-shapes.mjs`; text shapes lint as `reply.txt` with the default preset, "(complaint)" rows with',
    '`--kind complaint`; the format and MCP rows time only that stage (formatters on the lint result of the json-many-findings library).',
    'Target: every shape within 2x of plain text at 100 KB and at 10 MB, and no row growing with size.',
    '',
    `Load average (1 min) at start / end: ${load.map((l) => l.toFixed(2)).join(' / ')} on ${process.platform}, Node ${process.version}.`,
    '',
    `| shape | ${columns.map((c) => label(c.size)).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
  ];
  for (const key of keys) {
    const cells = columns.map((c) => {
      const x = c.rows[key];
      if (!x) return '';
      const base = key.endsWith('(complaint)') ? c.rows['plain (complaint)'] : c.rows.plain;
      const ratio = base && key !== 'plain' && key !== 'plain (complaint)' && !key.startsWith('format') && !key.startsWith('mcp') ? ` (${(perMb(x) / perMb(base)).toFixed(1)}x)` : '';
      return `${fmt(perMb(x))}${ratio}`;
    });
    lines.push(`| ${key} | ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  await (args.includes('--child') ? child(args) : main(args));
}
