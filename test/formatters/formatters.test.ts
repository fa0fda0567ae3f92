// The CI formatters (compact, github, junit, sarif) on results with the awkward cases, SARIF
// against the official 2.1.0 schema, our JSON through ESLint's own stylish formatter, custom
// formatters by path and package name, -o, and every formatter on standard input.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import compact from '../../src/formatters/compact.js';
import github, { escapeData, escapeProperty } from '../../src/formatters/github.js';
import junit, { escapeXml } from '../../src/formatters/junit.js';
import sarif, { informationUri } from '../../src/formatters/sarif.js';
import { BUILT_IN_FORMATTERS, loadFormatter } from '../../src/formatters/index.js';
import { ROOT, tempTree } from '../helpers/cli.js';
import { assertWellFormedXml, cliAsync, context, CWD, LIBRARY, META, SARIF_SCHEMA, sampleResults } from '../helpers/pipelines.js';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));

function expectValidSarif(text: string): any {
  const log = JSON.parse(text);
  const ok = validateSarif(log);
  expect(ok ? [] : validateSarif.errors).toEqual([]);
  return log;
}

const BAD_DRAFT = 'Hi Sam,\n\nThanks for your patience. Is there anything else wrong?\n';

describe('built-in formatter registry', () => {
  it('lists every pipeline formatter and loads each lazily by name', async () => {
    for (const name of ['stylish', 'json', 'sarif', 'github', 'compact', 'junit', 'html']) {
      expect(BUILT_IN_FORMATTERS).toContain(name);
      expect(typeof (await loadFormatter(name, ROOT))).toBe('function');
    }
  });
});

describe('compact', () => {
  it('prints file:line:col: severity message [rule], one finding a line, info only with --verbose', () => {
    const out = compact(sampleResults(), context()) as string;
    expect(out.split('\n')).toEqual([
      'macros/refunds, old:v2.txt:3:1: warning Say "under": 100% of it, a:b, <x> & more [corporate-stiff]',
      'macros/refunds, old:v2.txt:3:51: error This closing question invites more complaints. [negative-follow-up]',
      'macros/broken.json:4:2: error Unexpected token } in JSON at line 4',
      "macros/directive.md:2:1: warning Unused complaintlint-disable directive (no problems were reported from 'corporate-stiff').",
      '',
    ]);
    const verbose = compact(sampleResults(), context({ verbose: true })) as string;
    expect(verbose).toContain('macros/refunds, old:v2.txt:1:1: info No apology. Say sorry. [requires-apology]');
  });

  it('prints nothing for clean results', () => {
    expect(compact([sampleResults()[1]!], context())).toBe('');
  });
});

describe('github', () => {
  it('escapes workflow-command data (%, CR, LF) and properties (also : and ,)', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a, b:c%\n')).toBe('a%2C b%3Ac%25%0A');
  });

  it('writes one annotation per finding with file, line, col, endLine, endColumn and the rule as title', () => {
    const lines = (github(sampleResults(), context()) as string).trimEnd().split('\n');
    expect(lines).toEqual([
      '::warning file=macros/refunds%2C old%3Av2.txt,line=3,col=1,endLine=3,endColumn=7,title=corporate-stiff::Say "under": 100%25 of it, a:b, <x> & more%0A→ Say "Under"',
      '::error file=macros/refunds%2C old%3Av2.txt,line=3,col=51,endLine=3,endColumn=80,title=negative-follow-up::This closing question invites more complaints.%0A→ Ask "How else can I help you today?"',
      '::error file=macros/broken.json,line=4,col=2,endLine=4,endColumn=2,title=complaintlint::Unexpected token } in JSON at line 4',
      "::warning file=macros/directive.md,line=2,col=1,endLine=2,endColumn=40,title=complaintlint::Unused complaintlint-disable directive (no problems were reported from 'corporate-stiff').",
    ]);
  });

  it('uses notice for info messages, shown with --verbose', () => {
    const out = github(sampleResults(), context({ verbose: true })) as string;
    expect(out).toContain('::notice file=macros/refunds%2C old%3Av2.txt,line=1,col=1,endLine=1,endColumn=8,title=requires-apology::No apology.%0ASay sorry.\n');
  });
});

describe('junit', () => {
  it('is well-formed XML: a testsuite per file, a testcase per finding, a passing case for clean files', () => {
    const xml = junit(sampleResults(), context()) as string;
    assertWellFormedXml(xml);
    expect(xml.match(/<testsuite /g)).toHaveLength(4);
    expect(xml).toContain('<testsuites name="complaintlint" tests="5" failures="4" errors="0" time="0">');
    expect(xml).toContain('<testsuite name="macros/refunds, old:v2.txt" tests="2" failures="2"');
    expect(xml).toContain('<testcase name="complaintlint" classname="macros/clean.txt" time="0"/>');
    expect(xml).toContain('message="Say &quot;under&quot;: 100% of it, a:b, &lt;x&gt; &amp; more" type="warning"');
    expect(xml).toContain('Suggestion: Ask &quot;How else can I help you today?&quot;');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('<a href="x">Tom & Jerry\'s</a>\u0001\u0008')).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    const results = sampleResults();
    results[0]!.messages[0]!.message = 'bell \u0007 and ]]> and \uD800 lone surrogate';
    assertWellFormedXml(junit(results, context()) as string);
  });

  it('reports info messages with --verbose as output, not failures', () => {
    const xml = junit(sampleResults(), context({ verbose: true })) as string;
    assertWellFormedXml(xml);
    expect(xml).toContain('<system-out>macros/refunds, old:v2.txt:1:1: info No apology.\nSay sorry. [requires-apology]</system-out>');
    expect(xml).toContain('tests="6" failures="4"');
  });
});

describe('sarif', () => {
  const log = () => expectValidSarif(sarif(sampleResults(), context()) as string);

  it('validates against the official SARIF 2.1.0 schema', () => {
    const l = log();
    expect(l.version).toBe('2.1.0');
    expect(l.runs).toHaveLength(1);
  });

  it('describes the tool and a deduplicated rules table with help text, help links and default levels', () => {
    const driver = log().runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'complaintlint', version: '9.9.9' });
    const home = informationUri();
    if (home) expect(driver.informationUri).toBe(home);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(['corporate-stiff', 'requires-apology', 'negative-follow-up', 'unused-directive']);
    const stiff = driver.rules[0];
    expect(stiff).toMatchObject({
      shortDescription: { text: 'Stiff corporate phrasing' },
      fullDescription: { text: 'Form-letter phrases sound cold.' },
      helpUri: 'https://example.test/rules/corporate-stiff',
      defaultConfiguration: { level: 'warning' },
    });
    expect(stiff.help.text).toContain('Instead of: "As per"');
    expect(stiff.help.markdown).toContain('**Better**');
    expect(driver.rules[2].defaultConfiguration.level).toBe('error');
  });

  it('gives each result its rule, rule index, level, message and region, relative to the working directory', () => {
    const run = log().runs[0];
    expect(run.results.map((r: any) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['corporate-stiff', 0, 'warning'], ['requires-apology', 1, 'note'], ['negative-follow-up', 2, 'error'], ['unused-directive', 3, 'warning'],
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const loc = run.results[2].locations[0].physicalLocation;
    expect(loc.artifactLocation).toEqual({ uri: 'macros/refunds%2C%20old%3Av2.txt', uriBaseId: '%SRCROOT%' });
    expect(loc.region).toEqual({ startLine: 3, startColumn: 51, endLine: 3, endColumn: 80 });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${CWD}/`);
  });

  it('carries fixes, with line and column when the file text is at hand', () => {
    const run = log().runs[0];
    const fix = run.results[2].fixes[0];
    expect(fix.description.text).toBe('Ask "How else can I help you today?"');
    expect(fix.artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 3, startColumn: 51, endLine: 3, endColumn: 80, charOffset: 59, charLength: 29 },
      insertedContent: { text: 'How else can I help you today?' },
    });
    const noSource = sampleResults();
    delete noSource[0]!.source;
    const plain = expectValidSarif(sarif(noSource, context()) as string).runs[0].results[2].fixes[0];
    expect(plain.artifactChanges[0].replacements[0].deletedRegion).toEqual({ charOffset: 59, charLength: 29 });
  });

  it('reports files that could not be linted as failed tool execution, not as results', () => {
    const inv = log().runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toEqual([{
      level: 'error', message: { text: 'Unexpected token } in JSON at line 4' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'macros/broken.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 2, endLine: 4, endColumn: 2 } } }],
    }]);
  });

  it('handles files outside the working directory and standard input', () => {
    const results = sampleResults().slice(0, 2);
    results[0]!.filePath = '/elsewhere/a b.txt';
    results[1]!.filePath = '<stdin>';
    const l = expectValidSarif(sarif(results, context()) as string);
    expect(l.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/a%20b.txt' });
  });

  it('validates end to end on the fixture library', async () => {
    const r = await cliAsync(['-f', 'sarif', LIBRARY]);
    expect(r.status).toBe(1);
    const l = expectValidSarif(r.stdout);
    expect(l.runs[0].results.length).toBeGreaterThan(20);
    expect(l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^fixtures\/pipelines\/library\//);
    const ids = l.runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('ESLint compatibility', () => {
  it("ESLint's own stylish formatter renders our --format json results", async () => {
    const r = await cliAsync(['-f', 'json', LIBRARY]);
    const results = JSON.parse(r.stdout);
    const { ESLint } = await import('eslint');
    const formatter = await new ESLint({ cwd: ROOT }).loadFormatter('stylish');
    const text = await formatter.format(results, { cwd: ROOT, rulesMeta: {} });
    expect(text).toContain('fixtures/pipelines/library/macros.json');
    expect(text).toMatch(/\d+:\d+\s+error\s+This closing question invites more complaints/);
    expect(text).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/);
  });
});

describe('custom formatters', () => {
  const formatterSource = (tag: string) =>
    `export default function (results, ctx) { return '${tag} ' + results.length + ' files, ' + results.reduce((n, r) => n + r.messages.length, 0) + ' messages, rules known: ' + ('negative-follow-up' in ctx.rulesMeta) + '\\n'; }\n`;

  it('loads a formatter from a module path and from an npm package name', async () => {
    const dir = tempTree({
      'a.txt': BAD_DRAFT,
      'fmt/mine.mjs': formatterSource('PATH'),
      'node_modules/complaintlint-formatter-shout/package.json': JSON.stringify({ name: 'complaintlint-formatter-shout', type: 'module', main: 'index.js' }),
      'node_modules/complaintlint-formatter-shout/index.js': formatterSource('PKG'),
    });
    const [byPath, byShortName, byFullName] = await Promise.all([
      cliAsync(['-f', './fmt/mine.mjs', 'a.txt'], { cwd: dir }),
      cliAsync(['-f', 'shout', 'a.txt'], { cwd: dir }),
      cliAsync(['-f', 'complaintlint-formatter-shout', 'a.txt'], { cwd: dir }),
    ]);
    expect(byPath.stdout).toBe('PATH 1 files, 1 messages, rules known: true\n');
    expect(byShortName.stdout).toBe('PKG 1 files, 1 messages, rules known: true\n');
    expect(byFullName.stdout).toBe(byShortName.stdout);
    expect(byPath.status).toBe(1);
  });

  it('names an unknown formatter before linting anything (exit 2)', async () => {
    const r = await cliAsync(['-f', 'nope', 'a.txt'], { cwd: tempTree({ 'a.txt': BAD_DRAFT }) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^complaintlint: unknown formatter "nope" \(built-in: stylish, json, sarif, github, compact, junit, html, markdown;/);
  });
});

describe('--output-file', () => {
  it('writes the report atomically, creating its directory, and leaves no temporary files', async () => {
    const dir = tempTree({ 'a.txt': BAD_DRAFT, 'reports/old/keep.txt': 'x' });
    writeFileSync(join(dir, 'reports/old/out.xml'), 'stale');
    const [toStdout, toFile, toNewDir] = await Promise.all([
      cliAsync(['-f', 'junit', 'a.txt'], { cwd: dir }),
      cliAsync(['-f', 'junit', '-o', 'reports/old/out.xml', 'a.txt'], { cwd: dir }),
      cliAsync(['-f', 'compact', '--output-file', 'new/deeper/out.txt', 'a.txt'], { cwd: dir }),
    ]);
    expect(toFile.status).toBe(1);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(join(dir, 'reports/old/out.xml'), 'utf8')).toBe(toStdout.stdout);
    expect(readFileSync(join(dir, 'new/deeper/out.txt'), 'utf8')).toBe('a.txt:3:27: error This closing question invites more complaints. Offer further help instead. [negative-follow-up]\n');
    expect(toNewDir.status).toBe(1);
    expect(readdirSync(join(dir, 'reports/old')).sort()).toEqual(['keep.txt', 'out.xml']);
  });

  it('is a clear error (exit 2) when the report cannot be written', async () => {
    const dir = tempTree({ 'a.txt': BAD_DRAFT, 'blocker': 'a file, not a directory' });
    const r = await cliAsync(['-f', 'json', '-o', 'blocker/out.json', 'a.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^complaintlint: blocker\/out\.json: cannot create its directory: /);
    expect(existsSync(join(dir, 'blocker'))).toBe(true);
  });
});

describe('standard input with every formatter', () => {
  it.each(['stylish', 'json', 'sarif', 'github', 'compact', 'junit', 'html'])('%s: with --stdin-filename and "-"', async (format) => {
    const dir = tempTree({ 'drafts/.keep': '' });
    mkdirSync(join(dir, 'drafts'), { recursive: true });
    const [named, anonymous] = await Promise.all([
      cliAsync(['-f', format, '--stdin-filename', 'drafts/refund.txt', '-'], { cwd: dir, input: BAD_DRAFT }),
      cliAsync(['-f', format], { cwd: dir, input: BAD_DRAFT }),
    ]);
    expect(named.stderr).toBe('');
    expect(named.status).toBe(1);
    expect(anonymous.status).toBe(1);
    expect(named.stdout).toContain(format === 'sarif' ? '"uri": "drafts/refund.txt"' : 'drafts/refund.txt');
    expect(named.stdout).toMatch(/closing question invites more complaints/);
    if (format === 'sarif') { expectValidSarif(named.stdout); expectValidSarif(anonymous.stdout); }
    if (format === 'junit') { assertWellFormedXml(named.stdout); assertWellFormedXml(anonymous.stdout); }
    if (format === 'json') expect(JSON.parse(anonymous.stdout)[0].filePath).toBe('<stdin>');
    if (format === 'html') expect(named.stdout).toContain('Is there anything else wrong?');
  });
});

describe('rule metadata for formatters', () => {
  it('includes plugin and phrase rules from the config, so SARIF describes them', async () => {
    const dir = tempTree({
      '.complaintlintrc.json': JSON.stringify({ phrases: [{ id: 'acme/no-ticket', match: 'ticket number', message: 'Say "reference".', severity: 'warn' }] }),
      'a.txt': 'Hello,\n\nPlease send your ticket number so we can refund you.\n',
    });
    const r = await cliAsync(['-f', 'sarif', 'a.txt'], { cwd: dir });
    const l = expectValidSarif(r.stdout);
    const rule = l.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'acme/no-ticket');
    expect(rule).toBeDefined();
    expect(rule.shortDescription.text).not.toBe('acme/no-ticket');
  });
});

void META;
