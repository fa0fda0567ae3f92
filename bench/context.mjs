#!/usr/bin/env node
// node bench/context.mjs [--rounds N]
// Cold start of one draft with a 150-word customer message (--context) against the same draft without
// it, as whole processes, in alternating order (A B, B A, ...) so a busy machine slows both alike.
// Prints the medians and their ratio (target: <= 1.2x). Build first (npm run build): this times dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureData, OUT } from './lib/data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 20;
const bin = join(root, 'bin', 'complaintlint.js');
const log = (s) => process.stderr.write(`${s}\n`);

const data = ensureData(['one'], log);
// A customer's complaint of 150 words: a question, an order number, a repeated contact, a sign-off.
const CUSTOMER = [
  'Hello,',
  '',
  'I am writing for the third time about order 48213, which was meant to arrive last Tuesday. The tracking',
  'page has said "out for delivery" for six days now and nobody has called me back, even though I was',
  'promised a call within 24 hours when I phoned on Friday. I took a morning off work to wait for the',
  'courier and nothing came. The parcel holds a birthday present for my daughter, so the date matters.',
  '',
  'Can you tell me where the parcel actually is, and whether it will arrive before Saturday? If it cannot,',
  'I would like a full refund, including the express delivery charge I paid. I have been a customer for',
  'years and I do not want to move to another shop, but this is not good enough. Please reply by email',
  'rather than phone, as I am in meetings most of tomorrow and cannot take calls at my desk.',
  '',
  'Thanks,',
  'Helen Carter',
].join('\n');
mkdirSync(join(OUT, 'context'), { recursive: true });
const customerFile = join(OUT, 'context', 'customer.txt');
writeFileSync(customerFile, CUSTOMER);
const words = CUSTOMER.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu).length;

const cases = {
  without: [bin, data.one],
  with: [bin, '--context', customerFile, data.one],
};
const times = { without: [], with: [] };
const cpu = { without: [], with: [] };
// CPU time (user + sys) from GNU time when it is there: on a shared machine it moves less than wall time.
const gnuTime = existsSync('/usr/bin/time');
const once = (argv, name) => {
  const t0 = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', process.execPath, ...argv], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    : spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`complaintlint exited ${r.status}: ${r.stderr}`);
  const c = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (name && c) cpu[name].push((Number(c[1]) + Number(c[2])) * 1000);
  return ms;
};
// Warm the file cache and the code cache once each.
once(cases.without);
once(cases.with);
const load0 = loadavg()[0];
for (let i = 0; i < rounds; i++) {
  const order = i % 2 === 0 ? ['without', 'with'] : ['with', 'without'];
  for (const name of order) times[name].push(once(cases[name], name));
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const a = median(times.without);
const b = median(times.with);
const fmt = (ms) => `${(ms / 1000).toFixed(3)} s`;
const range = (xs) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;
process.stdout.write([
  `| draft (${data.one.split('/').slice(-2).join('/')}), cold start | median | range | n |`,
  '| --- | --- | --- | --- |',
  `| without context | ${fmt(a)} | ${range(times.without)} | ${rounds} |`,
  `| with --context (${words}-word customer message) | ${fmt(b)} | ${range(times.with)} | ${rounds} |`,
  '',
  `with / without: ${(b / a).toFixed(2)}x wall time (target <= 1.2x); load average (1 min) ${load0.toFixed(2)} -> ${loadavg()[0].toFixed(2)}`,
  cpu.with.length ? `CPU time (user+sys) medians: without ${fmt(median(cpu.without))}, with ${fmt(median(cpu.with))}: ${(median(cpu.with) / median(cpu.without)).toFixed(2)}x` : '',
  '',
].join('\n'));
