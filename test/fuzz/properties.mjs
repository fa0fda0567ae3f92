// The reliability properties, shared by the property tests (vitest, on src/) and the fuzz script
// (test/fuzz/run.mjs, on the built dist/). Each property is { name, arbitrary, check }: `check` gets one
// generated value and throws a PropertyFailure (with a message saying what broke) when the engine
// misbehaves. Generated inputs: replies mixing real rule triggers with hostile Unicode (emoji, ZWJ
// sequences, RTL, combining marks), very long words, punctuation runs, nested placeholders, every
// line ending; macro libraries (JSON/YAML/CSV) holding such replies; random mutations of the fixtures.
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as yamlParse, stringify as stringifyYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { allShapes, makeShape } from '../../bench/lib/hostile-shapes.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..', '..');
export const PROBE_PLUGIN = join(HERE, 'probe-plugin.mjs');

export class PropertyFailure extends Error {}
/** YAML.parse that throws on errors and stays quiet about warnings. */
const parseYaml = (text) => yamlParse(text, { logLevel: 'error' });
const fail = (what, detail) => {
  throw new PropertyFailure(detail === undefined ? what : `${what}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
};

// ---------------------------------------------------------------------------------------------
// Context: the API under test (src/ or dist/) and config loaders for each kind/channel.

const KINDS = ['complaint', 'general'];
const CHANNELS = ['email', 'chat', 'social', 'phone'];

/**
 * api: { lintText, ConfigLoader, builtinRules, applyFixes (engine/fixes), snapSpan }.
 * Returns the context every check needs.
 */
export function createContext(api) {
  const ruleIds = api.builtinRules.map((r) => r.meta.id);
  const loaders = new Map();
  const loader = (kind, channel, probes) => {
    const key = `${kind}|${channel}|${probes}`;
    let l = loaders.get(key);
    if (!l) {
      const rules = Object.fromEntries(ruleIds.map((id) => [id, 'warn']));
      if (probes) Object.assign(rules, { 'probe/words': 'warn', 'probe/wild': 'warn' });
      l = new api.ConfigLoader({
        cwd: ROOT,
        config: { kind, channel, minWords: kind === 'complaint' ? 0 : 25, rules, plugins: probes ? [PROBE_PLUGIN] : [] },
      });
      loaders.set(key, l);
    }
    return l;
  };
  const examples = api.builtinRules.flatMap((r) => [...(r.meta.examples?.bad ?? []), ...(r.meta.examples?.good ?? [])]);
  return { api, loader, examples, fixtures: loadFixtures() };
}

function loadFixtures() {
  const out = [];
  const walk = (dir) => {
    let entries;
    try { entries = readdirSync(dir); } catch { return; }
    for (const name of entries.sort()) {
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) { if (name !== 'bad-input') walk(path); continue; }
      if (!['.txt', '.md', '.html', '.htm', '.json', '.yaml', '.yml', '.csv'].includes(extname(name).toLowerCase())) continue;
      if (st.size > 200_000) continue;
      const text = readFileSync(path, 'utf8');
      out.push({ name: path.slice(ROOT.length + 1), ext: extname(name).toLowerCase(), text });
    }
  };
  walk(join(ROOT, 'fixtures'));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Generators.

const VOCAB = [
  'Hi', 'Hello', 'Dear', 'customer', 'Thanks', 'for', 'your', 'order', 'refund', 'sorry', "I'm", 'we', 'you', 'the',
  'delivery', 'was', 'late', 'and', 'I', 'have', 'sent', 'a', 'replacement', 'today', 'it', 'will', 'arrive', 'by',
  'Friday', 'please', 'let', 'me', 'know', 'if', 'anything', 'else', 'wrong', 'policy', 'unfortunately', 'however',
  'apologise', 'apologize', 'inconvenience', 'caused', 'kindly', 'advised', 'escalated', 'team', 'Regards', 'Best',
  // Names of Object.prototype members: a table keyed by words must not answer them from the prototype.
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype',
];
const EMOJI = ['😀', '👍🏽', '👩‍💻', '👨‍👩‍👧‍👦', '🇬🇧', '🏳️‍🌈', '❤️', '🙏', '😡', '✅', '🤷‍♀️', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '𠜎', '🧑🏿‍🦱'];
const RTL = ['مرحبا بك', 'شكرا لك على صبرك', 'שלום', 'תודה רבה', '\u200f', '\u200e', '\u202b', '\u202c', '\u2067', '\u2069'];
const JOINERS = ['\u200d', '\u200c', '\u2060', '\ufeff', '\u00ad', '\u034f'];
const COMBINING = ['e\u0301', 'a\u0308\u0323', 'n\u0303', 'Z\u0351\u0352\u0357\u0358\u0359', '\u0301', 'ק\u05b8'];
const PLACEHOLDERS = [
  '{{ticket.requester.first_name}}', '{{a{{b}}}}', '{{', '}}', '{{}}', '[x[y]]', '[Customer Name]', '[[Agent]]', '[ORDER_ID]',
  '{% if ticket.priority %}', '{% endif %}', '%{ticket.id}', '{#comment#}', '{{ {{ }} }}', '[', ']', '{%', '%}',
  '{{ticket.requester.first_name}}{{ticket.id}}', '[Customer [Name]]',
];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u00a0', '\u2028', '\u3000', '\u202f'];
const PUNCT = [...'.!?…,;:"\'()[]{}-—–*#_~`<>/\\|&%$@^=+“”‘’«»¿¡'];
const MARKUP = [
  '<b>', '</b>', '<p>', '</p>', '<br>', '<br/>', '<div>', '</div>', '<strong>anything</strong>', '<a href="x">', '</a>', '<li>', '<ul>',
  '&amp;', '&nbsp;', '&lt;', '&gt;', '&quot;', '&#8230;', '&#x1F600;', '&rsquo;', '&bogus;', '&', '<', '>', '<!-- note -->',
  '```', '```\ncode\n```', '`code`', '---', '> ', '* ', '- ', '1. ', '# ', '[link](http://example.com)', '**bold**', '_it_', '\\',
  '<script>x</script>', '<style>p{}</style>', '<pre>  a  </pre>', '<img alt="x">',
];
const DIRECTIVES = [
  'complaintlint-disable negative-follow-up', 'complaintlint-enable', 'complaintlint-disable-next-line',
  '<!-- complaintlint-disable -->', '# complaintlint-disable-next-line negative-follow-up -- reason', 'complaintlint-disable nonexistent-rule',
];

// Any code point but a lone surrogate half (files are UTF-8), controls included. Built from integers:
// fast-check's full-Unicode string units rebuild a million-entry map on every sample.
const CODE_POINT = fc.oneof(
  fc.integer({ min: 1, max: 0x2fff }),
  fc.integer({ min: 1, max: 0x10ffff }),
).filter((c) => c < 0xd800 || c > 0xdfff);

/** One piece of a reply. */
function fragmentArb(ctx) {
  const example = ctx.examples.length ? fc.constantFrom(...ctx.examples) : fc.constant('Is there anything else wrong?');
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...VOCAB) },
    { weight: 5, arbitrary: example },
    { weight: 5, arbitrary: fc.constantFrom(...SPACES) },
    { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
    { weight: 2, arbitrary: fc.constantFrom(...RTL) },
    { weight: 1, arbitrary: fc.constantFrom(...JOINERS) },
    { weight: 2, arbitrary: fc.constantFrom(...COMBINING) },
    { weight: 2, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...PUNCT), minLength: 1, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'x', 'é', '😀', 'ab'), fc.integer({ min: 20, max: 3000 })).map(([c, n]) => c.repeat(n)) },
    { weight: 2, arbitrary: fc.array(CODE_POINT, { minLength: 1, maxLength: 8 }).map((cs) => String.fromCodePoint(...cs)) },
    { weight: 1, arbitrary: fc.constantFrom(...DIRECTIVES) },
    { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  );
}

/** A whole reply: fragments glued with spaces or nothing (so triggers also meet emoji and punctuation). */
export function replyArb(ctx, maxFragments = 30) {
  return fc.array(fc.tuple(fragmentArb(ctx), fc.constantFrom(' ', ' ', '', '\n', '\r\n')), { maxLength: maxFragments })
    .map((parts) => parts.map(([f, sep]) => f + sep).join(''));
}

const kindChannel = fc.record({ kind: fc.constantFrom(...KINDS), channel: fc.constantFrom(...CHANNELS) });

// ---------------------------------------------------------------------------------------------
// Checks of a lint result against the text it was linted on.

/** Line starts and the length of each line without its line break (\r\n, \r or \n). */
function lineTable(text) {
  const starts = [0];
  const lengths = [];
  const re = /\r\n|\r|\n/g;
  let m;
  let last = 0;
  while ((m = re.exec(text))) {
    lengths.push(m.index - last);
    last = m.index + m[0].length;
    starts.push(last);
  }
  lengths.push(text.length - last);
  return { starts, lengths };
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (text, o) => o > 0 && o < text.length && isLow(text.charCodeAt(o)) && isHigh(text.charCodeAt(o - 1));
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A 1-based line/column as an offset into text; fails when the position does not exist. */
function offsetOf(table, text, line, column, what) {
  if (!Number.isInteger(line) || !Number.isInteger(column)) fail(`${what}: line/column not whole numbers`, { line, column });
  if (line < 1 || line > table.starts.length) fail(`${what}: line ${line} outside 1..${table.starts.length}`);
  if (column < 1 || column - 1 > table.lengths[line - 1]) fail(`${what}: column ${column} outside line ${line} (length ${table.lengths[line - 1]})`);
  const offset = table.starts[line - 1] + column - 1;
  if (splitsPair(text, offset)) fail(`${what}: position ${line}:${column} splits a surrogate pair`);
  return offset;
}

function checkRange(text, range, what) {
  if (!Array.isArray(range) || range.length !== 2) fail(`${what}: malformed range`, range);
  const [s, e] = range;
  if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e < s || e > text.length) fail(`${what}: range outside the text (length ${text.length})`, range);
  if (splitsPair(text, s) || splitsPair(text, e)) fail(`${what}: range splits a surrogate pair`, range);
}

function checkFix(text, fix, what) {
  checkRange(text, fix.range, what);
  if (typeof fix.text !== 'string') fail(`${what}: fix text is not a string`);
  if (LONE.test(fix.text)) fail(`${what}: fix text holds a lone surrogate`);
}

/**
 * Every message and reply position of a result is a real position in text (the file text without its
 * BOM, which is what positions count); fixes are valid ranges. opts.allowFatal: a fatal message for a
 * malformed file is fine (a crashing rule never is). opts.slices: 'exact' (plain text) or 'json' checks
 * probe/words spans against the file text.
 */
export function checkResult(fileText, result, opts = {}) {
  const text = fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText;
  const table = lineTable(text);
  const all = [...result.messages, ...(result.suppressedMessages ?? [])];
  for (const m of all) {
    const what = `message ${JSON.stringify(m.message).slice(0, 80)} (${m.ruleId})`;
    if (typeof m.message !== 'string' || !m.message) fail(`${what}: empty message`);
    if (m.fatal) {
      if (m.ruleId !== null || /^Rule ".*" failed/.test(m.message)) fail(`a rule crashed: ${m.message}`);
      if (!opts.allowFatal) fail(`unexpected fatal message: ${m.message}`);
    }
    if (![0, 1, 2].includes(m.severity)) fail(`${what}: bad severity ${m.severity}`);
    const start = offsetOf(table, text, m.line, m.column, `${what} start`);
    const end = offsetOf(table, text, m.endLine, m.endColumn, `${what} end`);
    if (end < start) fail(`${what}: ends before it starts`, { start, end });
    if (m.fix) checkFix(text, m.fix, `${what} fix`);
    for (const s of m.suggestions ?? []) {
      if (typeof s.desc !== 'string') fail(`${what}: suggestion without desc`);
      if (s.fix) checkFix(text, s.fix, `${what} suggestion`);
    }
    if (m.ruleId === 'probe/words' && opts.slices) {
      const expected = JSON.parse(m.message);
      const got = text.slice(start, end);
      const decoded = opts.slices === 'json' ? decodeJsonFragment(got) : got;
      if (decoded !== expected) fail(`${what}: line/column point at ${JSON.stringify(got)}, not at the reported word`);
    }
  }
  for (const [i, r] of (result.replies ?? []).entries()) {
    const s = offsetOf(table, text, r.line, r.column, `reply ${i} start`);
    const e = offsetOf(table, text, r.endLine, r.endColumn, `reply ${i} end`);
    if (e < s) fail(`reply ${i} ends before it starts`);
  }
  for (const k of ['errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount']) {
    if (!Number.isInteger(result[k]) || result[k] < 0) fail(`bad ${k}`, result[k]);
  }
}

function decodeJsonFragment(s) {
  try { return JSON.parse(`"${s}"`); } catch { return undefined; }
}

const hasFatal = (result) => result.messages.some((m) => m.fatal);

async function lint(ctx, text, filePath, { kind, channel }, { fix = false, probes = false } = {}) {
  const loader = ctx.loader(kind, channel, probes);
  const [result] = await ctx.api.lintText(text, { loader, filePath, fix });
  return result;
}

/**
 * Lints text with --fix and the probe rules, then lints the fixed text again: positions of both runs
 * are checked (checkResult), fix(fix(x)) == fix(x), and the fixed text raises no fixable message. When
 * the fix changed the text, the original is linted once more without fixing, so positions are always
 * checked on the text as given. Returns the fixed text and whether the file was rejected (fatal).
 */
async function lintAndFix(ctx, text, filePath, settings, opts = {}) {
  const first = await lint(ctx, text, filePath, settings, { fix: true, probes: true });
  const fixed = first.output ?? text;
  if (first.output !== undefined && first.output === text) fail('--fix produced output identical to the input (it would rewrite an unchanged file)');
  checkResult(fixed, first, opts);
  if (first.output !== undefined) checkResult(text, await lint(ctx, text, filePath, settings, { probes: true }), opts);
  if (hasFatal(first)) return { fixed, fatal: true };
  const second = await lint(ctx, fixed, filePath, settings, { fix: true, probes: true });
  checkResult(fixed, second, opts);
  if (second.output !== undefined && second.output !== fixed) {
    fail('fix is not idempotent: a second --fix changed the text again', { fixed: clip(fixed), again: clip(second.output) });
  }
  const fixable = second.messages.filter((m) => m.fix);
  if (fixable.length) fail('the fixed text still raises fixable messages', fixable.map((m) => `${m.ruleId} ${m.line}:${m.column}`));
  return { fixed, fatal: false };
}

const clip = (s) => (s.length > 400 ? `${s.slice(0, 400)}…(${s.length} chars)` : s);

// ---------------------------------------------------------------------------------------------
// Properties.

const TEXT_FORMATS = ['draft.txt', 'draft.txt', 'draft.txt', 'draft.md', 'draft.html'];

function textProperty(ctx) {
  return {
    name: 'replies: valid positions, snapped probe ranges, safe fixes',
    arbitrary: fc.record({ text: replyArb(ctx), file: fc.constantFrom(...TEXT_FORMATS), settings: kindChannel, bom: fc.boolean() }),
    async check({ text, file, settings, bom }) {
      const input = (bom ? '\uFEFF' : '') + text;
      // HTML that ends inside a comment or tag is rejected (one positioned message); text and Markdown never are.
      const { fixed } = await lintAndFix(ctx, input, file, settings, { slices: file.endsWith('.txt') ? 'exact' : undefined, allowFatal: file.endsWith('.html') });
      if (bom && !fixed.startsWith('\uFEFF')) fail('the BOM was lost by --fix');
      if (!bom && fixed.startsWith('\uFEFF') && !input.startsWith('\uFEFF')) fail('--fix added a BOM');
      checkLineEndingsKept(input, fixed);
    },
  };
}

/** A file written with one line-ending style keeps it after --fix. */
function checkLineEndingsKept(input, output) {
  const style = (s) => ({ crlf: (s.match(/\r\n/g) ?? []).length, lf: (s.match(/(?<!\r)\n/g) ?? []).length, cr: (s.match(/\r(?!\n)/g) ?? []).length });
  const a = style(input);
  const b = style(output);
  for (const k of ['crlf', 'lf', 'cr']) if (a[k] === 0 && b[k] > 0) fail(`--fix introduced ${k.toUpperCase()} line endings into a file that had none`);
}

function libraryArb(ctx) {
  const entry = fc.record({
    title: fc.oneof(fc.constantFrom('Late delivery', 'Refund', 'Broken item', 'Wrong size'), fc.string({ maxLength: 10 })),
    body: replyArb(ctx, 20),
    field: fc.constantFrom('comment_value', 'body', 'text', 'comment_value_html', 'html_body'),
  });
  return fc.record({
    format: fc.constantFrom('json', 'json', 'yaml', 'yaml', 'csv'),
    entries: fc.array(entry, { minLength: 1, maxLength: 4 }),
    settings: kindChannel,
    crlf: fc.boolean(),
  });
}

function buildLibrary({ format, entries, crlf }) {
  let text;
  if (format === 'json') {
    text = JSON.stringify({ macros: entries.map((e, id) => ({ id, title: e.title, [e.field]: e.body, active: true })) }, null, 2) + '\n';
  } else if (format === 'yaml') {
    const doc = { macros: entries.map((e, id) => ({ id, title: e.title, [e.field]: e.body, active: true })) };
    text = stringifyYaml(doc);
    // yaml 2.x writes some whitespace-only values as a block scalar its own parser rejects ("|+" whose first
    // line is more indented, with no indentation indicator): such a library is not valid YAML, and rejecting
    // it is right. Those values are written double-quoted instead.
    if (!roundTrips(text, doc)) text = stringifyYaml(doc, { blockQuote: false });
  } else {
    const q = (s) => `"${String(s).replace(/"/g, '""')}"`;
    text = ['id,title,body', ...entries.map((e, id) => [id, q(e.title), q(e.body)].join(','))].join('\n') + '\n';
  }
  // CRLF in the file's own line breaks (JSON/CSV structure), not inside quoted values.
  if (crlf && format !== 'yaml') text = format === 'json' ? text.replace(/\n/g, '\r\n') : text.replace(/\n(?=\d+,|$)/g, '\r\n');
  return text;
}

function roundTrips(text, doc) {
  try {
    return JSON.stringify(parseYaml(text)) === JSON.stringify(doc);
  } catch {
    return false;
  }
}

/** The parsed library with reply fields blanked: what --fix must never change. */
function skeleton(format, text) {
  if (format === 'json') return strip(JSON.parse(text));
  if (format === 'yaml') return strip(parseYaml(text));
  const rows = parseCsv(text, { relax_column_count: false, bom: true });
  return rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 2 ? '' : c))));
}

const REPLY_FIELDS = ['comment_value', 'body', 'text', 'comment_value_html', 'html_body'];

function strip(v) {
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, REPLY_FIELDS.includes(k) ? '' : strip(x)]));
  return v;
}

function libraryProperty(ctx) {
  return {
    name: 'macro libraries: positions inside JSON/YAML/CSV, files stay valid after --fix',
    arbitrary: libraryArb(ctx),
    async check(value) {
      const text = buildLibrary(value);
      const file = `macros.${value.format}`;
      // JSON spans decode to the reported word, unless the value is HTML (then its visible text is linted).
      let fixed;
      try {
        ({ fixed } = await lintAndFix(ctx, text, file, value.settings, { slices: value.format === 'json' && !value.entries.some((e) => /html/.test(e.field) || /[<&]/.test(e.body)) ? 'json' : undefined }));
      } catch (err) {
        if (/unexpected fatal/.test(err.message)) fail(`a valid ${value.format} library was rejected`, err.message);
        throw err;
      }
      let after;
      try {
        after = skeleton(value.format, fixed);
      } catch (err) {
        fail(`--fix made the ${value.format} file invalid: ${String(err.message).split('\n')[0]}`, clip(fixed));
      }
      if (JSON.stringify(after) !== JSON.stringify(skeleton(value.format, text))) fail(`--fix changed the structure of the ${value.format} file`, clip(fixed));
    },
  };
}

const MUTATION = fc.record({
  op: fc.constantFrom('insert', 'insert', 'delete', 'duplicate', 'crlf', 'cr', 'bom', 'truncate'),
  at: fc.nat(),
  len: fc.nat({ max: 200 }),
});

function mutationProperty(ctx) {
  const fixtures = ctx.fixtures.length ? ctx.fixtures : [{ name: 'inline.txt', ext: '.txt', text: 'Hi,\n\nIs there anything else wrong?\n' }];
  const groups = new Map();
  fixtures.forEach((f, i) => groups.set(f.ext, [...(groups.get(f.ext) ?? []), i]));
  const byFormat = [...groups.values()];
  return {
    name: 'fixture mutations: never crash, valid positions, fix stable',
    arbitrary: fc.record({
      fixture: fc.constantFrom(...byFormat).chain((indexes) => fc.constantFrom(...indexes)),
      mutations: fc.array(fc.tuple(MUTATION, fragmentArb(ctx)), { minLength: 1, maxLength: 6 }),
      settings: kindChannel,
    }),
    async check({ fixture, mutations, settings }) {
      const f = fixtures[fixture];
      const text = mutate(f.text, mutations);
      const file = `mutated${f.ext}`;
      const structured = ['.json', '.yaml', '.yml', '.csv', '.html', '.htm'].includes(f.ext);
      const { fixed, fatal } = await lintAndFix(ctx, text, file, settings, { allowFatal: structured, slices: f.ext === '.txt' ? 'exact' : undefined });
      if (fatal) return; // a malformed library: one positioned message, nothing fixed
      const parser = f.ext === '.json' ? JSON.parse : f.ext === '.yaml' || f.ext === '.yml' ? parseYaml : undefined;
      if (parser && parses(parser, text)) {
        const why = whyInvalid(parser, fixed);
        if (why) fail(`--fix made a valid ${f.ext.slice(1).toUpperCase()} file invalid: ${why}`, clip(fixed));
      }
    },
  };
}

const withoutBom = (t) => (t.charCodeAt(0) === 0xfeff ? t.slice(1) : t);
function whyInvalid(parser, text) {
  try { parser(withoutBom(text)); return undefined; } catch (err) { return String(err?.message ?? err).split('\n')[0]; }
}
const parses = (parser, text) => whyInvalid(parser, text) === undefined;

/** Applies mutations at code point boundaries (files on disk are valid UTF-8: no lone surrogates). */
export function mutate(text, mutations) {
  let t = text;
  for (const [m, fragment] of mutations) {
    const at = boundary(t, t.length ? m.at % (t.length + 1) : 0);
    const end = boundary(t, Math.min(t.length, at + m.len));
    switch (m.op) {
      case 'insert': t = t.slice(0, at) + fragment + t.slice(at); break;
      case 'delete': t = t.slice(0, at) + t.slice(end); break;
      case 'duplicate': t = t.slice(0, end) + t.slice(at, end) + t.slice(end); break;
      case 'crlf': t = t.replace(/\r?\n/g, '\r\n'); break;
      case 'cr': t = t.replace(/\r?\n/g, '\r'); break;
      case 'bom': t = t.startsWith('\uFEFF') ? t.slice(1) : '\uFEFF' + t; break;
      case 'truncate': t = t.slice(0, at); break;
    }
  }
  return t.replace(LONE_G, '\uFFFD');
}
const LONE_G = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const boundary = (t, o) => (splitsPair(t, o) ? o - 1 : o);

function fixesUnitProperty(ctx) {
  const { applyFixes, snapSpan } = ctx.api;
  return {
    name: 'applyFixes/snapSpan: deterministic, non-overlapping, ranges on code point boundaries',
    arbitrary: fc.record({
      text: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '😀', 'é', '\r\n'), maxLength: 40 }),
      fixes: fc.array(fc.record({ a: fc.nat({ max: 60 }), b: fc.nat({ max: 60 }), text: fc.constantFrom('', 'x', 'yy', '😀') }), { maxLength: 8 }),
      raw: fc.array(fc.oneof(fc.integer({ min: -5, max: 70 }), fc.constantFrom(NaN, Infinity, -Infinity, 1.5, undefined, '4')), { minLength: 2, maxLength: 2 }),
    }),
    async check({ text, fixes, raw }) {
      const list = fixes.map((f) => ({ range: [Math.min(f.a, f.b), Math.max(f.a, f.b)], text: f.text }));
      const once = applyFixes(text, list);
      const reversed = applyFixes(text, [...list].reverse());
      if (once.output !== reversed.output) fail('applyFixes depends on the order fixes are given in');
      const applied = [...once.applied].sort((x, y) => x.range[0] - y.range[0]);
      for (let i = 1; i < applied.length; i++) {
        if (applied[i].range[0] <= applied[i - 1].range[1]) fail('applyFixes applied overlapping or touching fixes', applied.map((f) => f.range));
      }
      let rebuilt = '';
      let at = 0;
      for (const f of applied) { rebuilt += text.slice(at, f.range[0]) + f.text; at = f.range[1]; }
      rebuilt += text.slice(at);
      if (rebuilt !== once.output) fail('applyFixes output differs from its applied fixes');
      for (const f of applied) checkFix(text, f, 'applied fix');
      if (applyFixes(text, []).output !== text) fail('no fixes changed the text');
      const [s, e] = snapSpan(text, raw[0], raw[1]);
      if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e < s || e > text.length) fail('snapSpan out of range', { raw: String(raw), s, e });
      if (splitsPair(text, s) || splitsPair(text, e)) fail('snapSpan splits a surrogate pair', { s, e });
    },
  };
}

// Hostile shapes (issue 15): the bench's generator of run-on sentences, capitals, huge tokens, whitespace runs,
// deep nesting and many findings, at sizes that cross the sentence cut (1,000 characters) and sometimes the
// 50,000-character part split, with generated reply text around them.
const HOSTILE = allShapes().map((s) => s.name);
const HOSTILE_SIZE = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 2500 }) }, { weight: 1, arbitrary: fc.integer({ min: 2500, max: 60_000 }) });

function hostileProperty(ctx) {
  return {
    name: 'hostile shapes: valid positions, safe fixes, malformed deep files rejected with one message',
    arbitrary: fc.record({ shape: fc.constantFrom(...HOSTILE), size: HOSTILE_SIZE, seed: fc.integer({ min: 1, max: 1e6 }), before: replyArb(ctx, 4), after: replyArb(ctx, 4), settings: kindChannel }),
    async check({ shape, size, seed, before, after, settings }) {
      const { file, text } = makeShape(shape, size, seed);
      // Reply text around a text shape; structured files stay as generated (their syntax must hold).
      const input = file.endsWith('.txt') ? `${before}${text}${after}` : text;
      // Nesting past the parsers' limits is a fatal message for the file (one, positioned), never a crash.
      const { fatal } = await lintAndFix(ctx, input, file, settings, { slices: file.endsWith('.txt') ? 'exact' : undefined, allowFatal: !file.endsWith('.txt') });
      if (fatal && !/-deep$/.test(shape)) fail(`a ${shape} file was rejected`);
    },
  };
}

/**
 * All properties: `id` (for --only), how many cases each gets inside `npm test` (testRuns), and its
 * share of the cases in the fuzz script (fuzzWeight).
 */
export function properties(ctx) {
  return [
    { id: 'replies', ...textProperty(ctx), testRuns: 400, fuzzWeight: 4 },
    { id: 'libraries', ...libraryProperty(ctx), testRuns: 60, fuzzWeight: 2 },
    { id: 'mutations', ...mutationProperty(ctx), testRuns: 80, fuzzWeight: 2 },
    { id: 'fixes', ...fixesUnitProperty(ctx), testRuns: 1500, fuzzWeight: 2 },
    { id: 'hostile', ...hostileProperty(ctx), testRuns: 10, fuzzWeight: 1 },
  ];
}
