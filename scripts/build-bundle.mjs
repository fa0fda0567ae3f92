#!/usr/bin/env node
// Builds dist/bundle (run by `npm run build`, after tsc): the CLI as one CommonJS script plus V8's code
// cache for it, which bin/complaintlint.js loads through bin/bundle.js instead of ~100 ES modules.
//   1. esbuild bundles dist/src/cli/main.js with its dependencies. Rewrites keep behaviour the same:
//      import.meta.url becomes each file's own URL (so paths next to it resolve as before), and import()
//      of anything outside the bundle (plugins, config files, formatters by path, the MCP SDK) goes
//      through the loader bin/bundle.js provides, since a vm script has no import() of its own.
//   2. A warm-up run in a fresh process lints sample replies in the common formats and outputs, then
//      saves the code cache, so functions compiled during such a run come precompiled.
//   3. A stamp of our compiled inputs (size, mtime, sha1): a later `tsc` makes the bundle stale, and the
//      CLI then runs from dist/src as if it did not exist.
// Without esbuild (a production install) it does nothing; any failure leaves no bundle (exit 0).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUNDLE, BUNDLE_DIR, CODE_CACHE, ROOT, STAMP, bundleEncoding, compileBundle, fileHash, fileKey, runBundle } from '../bin/bundle.js';
import { esbuildOrSkip } from './esbuild-or-skip.mjs';

const log = (s) => process.stderr.write(`build-bundle: ${s}\n`);

function giveUp(message) {
  for (const f of [BUNDLE, CODE_CACHE, STAMP]) rmSync(f, { force: true });
  log(`${message}\nbuild-bundle: no bundle; the CLI loads dist/src module by module (~0.08 s slower start)`);
  process.exit(process.argv.includes('--strict') ? 1 : 0);
}

if (process.argv.includes('--warm-up')) {
  await warmUp();
  process.exit(0);
}

const esbuild = await esbuildOrSkip(log);
if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) giveUp('dist/ is missing: run tsc first');

const started = Date.now();
mkdirSync(BUNDLE_DIR, { recursive: true });
for (const f of [BUNDLE, CODE_CACHE, STAMP]) rmSync(f, { force: true });
const distDir = join(ROOT, 'dist');
// Imported at run time, never bundled: the TypeScript config loader (only for .ts configs).
const EXTERNAL = ['typescript'];

const rewrite = {
  name: 'complaintlint-bundle',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
      const ours = args.path.startsWith(distDir + '/');
      const cosmiconfigLoader = /[/\\]cosmiconfig[/\\]dist[/\\]loaders\.js$/.test(args.path);
      const commander = /[/\\]commander[/\\]lib[/\\]command\.js$/.test(args.path);
      const cosmiconfigSearch = /[/\\]cosmiconfig[/\\]dist[/\\](?:Explorer|util)\.js$/.test(args.path);
      let code = readFileSync(args.path, 'utf8');
      // Built-ins only these rare paths use (TypeScript configs, executable subcommands) load when used:
      // each costs ~10 ms of every start otherwise. The build fails if the line it replaces is gone.
      if (cosmiconfigLoader) code = lazyBuiltin(code, 'const crypto_1 = require("crypto");', 'crypto_1', 'crypto', ['randomUUID']);
      if (commander) code = lazyBuiltin(code, "const childProcess = require('node:child_process');", 'childProcess', 'node:child_process', ['spawn']);
      // The config search probes every search place of every directory up to the root (~12 per directory) one
      // file at a time: through the thread pool each probe waits a round trip (~10 ms of idle per run), read
      // synchronously each costs one system call. Same results and errors, as settled promises.
      if (cosmiconfigSearch) code = syncSearchProbes(code, args.path);
      if (!ours && !cosmiconfigLoader && !commander && !cosmiconfigSearch && !code.includes('import.meta.url')) return { contents: code, loader: 'js' };
      code = code.replace(/\bimport\.meta\.url\b/g, `__clFileUrl(${JSON.stringify(relative(ROOT, args.path))})`);
      // import(expression), import('node:...') and import('<external package>'): through the run-time loader.
      code = code.replace(/\bimport\((?!\s*['"`])/g, '__clImport(');
      code = code.replace(new RegExp(String.raw`\bimport\((?=\s*['"](?:node:|(?:${EXTERNAL.map((e) => e.replace(/[/.]/g, '\\$&')).join('|')})[/'"]))`, 'g'), '__clImport(');
      return { contents: code, loader: 'js' };
    });
  },
};

/** cosmiconfig's search probes (Explorer.js: readFile, stat; util.js: stat) made synchronous, still async functions. */
function syncSearchProbes(code, path) {
  const edits = /Explorer\.js$/.test(path)
    ? [['const promises_1 = __importDefault(require("fs/promises"));',
      'const promises_1 = { default: { readFile: async (p, o) => require("fs").readFileSync(p, o), stat: async (p) => require("fs").statSync(p) } };']]
    : [['const stat = await fs_1.promises.stat(path);', 'const stat = fs_1.statSync(path);']];
  for (const [line, replacement] of edits) {
    if (!code.includes(line)) throw new Error(`expected \`${line}\` in cosmiconfig (did it change?)`);
    code = code.replace(line, replacement);
  }
  // Anything else of fs/promises in those files would still go through the thread pool: fail the build instead.
  if (/promises_1\.default\.(?!readFile\b|stat\b)\w+|fs_1\.promises\./.test(code)) throw new Error(`cosmiconfig ${path}: another fs/promises call (did it change?)`);
  return code;
}

/** Replaces `const name = require(id)` with an object whose methods require the module on first call. */
function lazyBuiltin(code, line, name, id, methods) {
  if (!code.includes(line)) throw new Error(`expected \`${line}\` in a dependency (did it change?)`);
  const body = methods.map((m) => `${m}: (...a) => require(${JSON.stringify(id)}).${m}(...a)`).join(', ');
  return code.replace(line, `const ${name} = { ${body} };`);
}

const banner = [
  "var __clFileUrl = (rel) => require('node:url').pathToFileURL(require('node:path').join(globalThis.__complaintlintRoot, rel)).href;",
  'var __clImport = (specifier) => globalThis.__complaintlintImport(specifier);',
].join('\n');

let result;
try {
  result = await esbuild.build({
    entryPoints: [join(distDir, 'src', 'cli', 'bundle-entry.js')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: banner },
    external: EXTERNAL.flatMap((e) => [e, `${e}/*`]),
    plugins: [rewrite],
    logLevel: 'silent',
    metafile: true,
    // No comments or indentation, and short local names: a fifth less to read, decode and deserialize at every
    // start (~8 ms of a one-reply run). Property names, exports and messages are untouched; stack traces and
    // profiles read better from dist/src (COMPLAINTLINT_BUNDLE=0).
    minifyWhitespace: true,
    minifyIdentifiers: true,
  });
} catch (err) {
  giveUp(`bundling failed: ${err.message}`);
}
for (const w of result.warnings) log(`esbuild: ${w.text} (${w.location?.file ?? ''})`);
// An ASCII-only script stays a one-byte string in V8: bin/bundle.js reads it as latin1 (no UTF-8 decoding)
// and V8 hashes and compiles half the bytes. esbuild leaves non-ASCII characters in regex literals,
// String.raw templates and comments; asciiOnly() escapes them without changing any value.
let encoding = 'utf8';
{
  const ascii = await asciiOnly(readFileSync(BUNDLE, 'utf8'));
  if (ascii.text !== undefined) {
    writeFileSync(BUNDLE, ascii.text);
    encoding = 'latin1';
  } else log(`the bundle keeps non-ASCII characters (${ascii.why}): it loads as UTF-8`);
}
// A vm script has no import(): one left in the bundle would throw at run time, on whatever path reaches it.
const stray = readFileSync(BUNDLE, 'utf8').match(/.{0,60}(?<![\w$.])import\(.{0,40}/);
if (stray) giveUp(`the bundle still has an import() the rewrites missed: ${stray[0]}`);

// The stamp covers our bundled files (dependencies are copied into the bundle) and package.json (the version).
const inputs = [...Object.keys(result.metafile.inputs).map((p) => relative(ROOT, join(ROOT, p))).filter((p) => p.startsWith('dist/')), 'package.json'].sort();
const before = Object.fromEntries(inputs.map((rel) => [rel, { stat: fileKey(rel), sha: fileHash(rel) }]));

const warm = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-bundle.mjs'), '--warm-up'], { encoding: 'utf8', cwd: ROOT });
if (warm.status !== 0 || !existsSync(CODE_CACHE)) giveUp(`the warm-up run failed (exit ${warm.status}):\n${(warm.stderr || warm.stdout).slice(0, 2000)}`);
if (inputs.some((rel) => fileKey(rel) !== before[rel].stat)) giveUp('dist/ changed while the bundle was being built; run the build again');
writeFileSync(`${STAMP}.tmp`, `${JSON.stringify({ encoding, files: before }, null, 1)}\n`);
renameSync(`${STAMP}.tmp`, STAMP);
log(`wrote ${relative(ROOT, BUNDLE)} (${inputs.length} inputs, code cache ${Math.round(readFileSync(CODE_CACHE).length / 1024)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/**
 * The bundle with every non-ASCII character escaped: in regex and string literals as \\uXXXX, in untagged
 * and String.raw templates as a ${"\\uXXXX"} substitution (the same value, raw or cooked), in comments
 * as "?". Returns { why } instead when a character sits anywhere else or a template has another tag.
 */
async function asciiOnly(code) {
  if (!/[^\x00-\x7f]/.test(code)) return { text: code };
  const ts = (await import('typescript')).default;
  const K = ts.SyntaxKind;
  const parse = (text) => ts.createSourceFile('cli.cjs', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  // Per UTF-16 unit: an emoji becomes its surrogate pair, which reads back as the same character.
  const escape = (run) => Array.from({ length: run.length }, (_, i) => `\\u${run.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
  const NON_ASCII = /[^\x00-\x7f]+/g;
  const edits = [];
  let why;
  const visit = (node) => {
    const kind = node.kind;
    const literal = kind === K.RegularExpressionLiteral || kind === K.StringLiteral;
    const template = kind === K.NoSubstitutionTemplateLiteral || kind === K.TemplateHead || kind === K.TemplateMiddle || kind === K.TemplateTail;
    if (literal || template) {
      const start = node.getStart();
      const text = code.slice(start, node.end);
      if (/[^\x00-\x7f]/.test(text)) {
        if (/\\[^\x00-\x7f]/.test(text)) why ??= 'an escaped non-ASCII character';
        if (template) {
          let outer = node;
          while (outer && outer.kind !== K.TaggedTemplateExpression && outer.kind !== K.TemplateExpression && outer.kind !== K.NoSubstitutionTemplateLiteral) outer = outer.parent;
          if (outer?.kind === K.TemplateExpression || outer?.kind === K.NoSubstitutionTemplateLiteral) outer = outer.parent?.kind === K.TaggedTemplateExpression ? outer.parent : undefined;
          if (outer && outer.tag.getText() !== 'String.raw') why ??= `a template tagged ${outer.tag.getText()}`;
        }
        edits.push([start, node.end, text.replace(NON_ASCII, (run) => (template ? `\${"${escape(run)}"}` : escape(run)))]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(code));
  if (why) return { why };
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + text;
    at = end;
  }
  out += code.slice(at);
  // What is left can only be in comments: replaced, then checked by parsing again (a character in an
  // identifier or anywhere else would now be a syntax error).
  out = out.replace(NON_ASCII, (run) => '?'.repeat(run.length));
  if (parse(out).parseDiagnostics.length > 0) return { why: 'a character outside literals and comments' };
  return { text: out };
}

/**
 * --warm-up: runs the bundle the way bin/complaintlint.js does (same V8 flags, or V8 rejects the cache) on
 * sample replies (text, Markdown, JSON; stylish and JSON output; both presets), then writes the code cache.
 */
async function warmUp() {
  const { setFlagsFromString } = await import('node:v8');
  const { bootProcess } = await import('../dist/src/core/boot.js');
  bootProcess();
  const script = compileBundle(undefined, bundleEncoding());
  const { main } = runBundle(script);
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'complaintlint-warm-'));
  const draft = "Dear Customer,\n\nWe're sorry you feel that way. Please be advised that we NEVER lose parcels!!\nI'll pass this on to the relevant team, I promise it will never happen again.\n\nIs there anything else wrong?\n";
  const files = {
    'a.txt': draft,
    'b.md': `---\nkind: complaint\n---\n# Reply\n\n${draft}`,
    'c.json': JSON.stringify({ macros: [{ title: 'Late', actions: [{ field: 'comment_value', value: draft }] }] }),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // Only what most runs use goes into the cache: V8 loads every cached function at each start, so code for
  // YAML, HTML, CSV, SARIF or --fix would slow every plain-text run to save a few ms on its own first use.
  const common = ['a.txt', 'b.md', 'c.json'].map((f) => join(dir, f));
  // Output goes nowhere: only the compiled code matters.
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try {
    for (const args of [[...common], ['--preset', 'complaint', ...common], ['-f', 'json', ...common]]) await main(args);
  } finally {
    process.stdout.write = write;
    rmSync(dir, { recursive: true, force: true });
  }
  // The CLI turns regexp optimization off for small runs (src/core/boot.ts); the cache must carry
  // the flags a run starts with.
  setFlagsFromString('--regexp-optimization');
  writeFileSync(`${CODE_CACHE}.tmp`, script.createCachedData());
  renameSync(`${CODE_CACHE}.tmp`, CODE_CACHE);
}
