// junit: JUnit XML for CI dashboards. One <testsuite> per file, one <testcase> per finding (a
// <failure>); a file without findings is one passing testcase, so dashboards count it.
import type { LintMessage } from '../types.js';
import type { Formatter } from './types.js';
import { isShown, relativePath, severityWord, suggestionText } from './shared.js';
import { markupSafe } from './escape.js';

/** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold. */
export function escapeXml(s: string): string {
  return markupSafe(s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;'));
}

/** Text content keeps its line breaks readable (only attributes need them encoded). */
function escapeText(s: string): string {
  return escapeXml(s).replace(/&#10;/g, '\n').replace(/&#13;/g, '');
}

const junit: Formatter = (results, ctx) => {
  const suites: string[] = [];
  let tests = 0, failures = 0;
  for (const result of results) {
    const file = relativePath(result.filePath, ctx.cwd);
    const shown = result.messages.filter((m) => isShown(m, ctx.verbose));
    const cases = shown.length ? shown.map((m) => testcase(file, m)) : [`    <testcase name="complaintlint" classname="${escapeXml(file)}" time="0"/>`];
    const failed = shown.filter((m) => m.severity > 0 || m.fatal).length;
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="complaintlint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
export default junit;

function testcase(file: string, m: LintMessage): string {
  const word = severityWord(m);
  const name = `${m.ruleId ?? 'complaintlint'} at ${m.line}:${m.column}`;
  const hint = suggestionText(m);
  const detail = `${file}:${m.line}:${m.column}: ${word} ${m.message}${m.ruleId ? ` [${m.ruleId}]` : ''}${hint ? `\nSuggestion: ${hint}` : ''}`;
  const open = `    <testcase name="${escapeXml(name)}" classname="${escapeXml(file)}" time="0">`;
  // Info messages (shown with --verbose) are notes, not failures.
  const body = m.severity > 0 || m.fatal
    ? `      <failure message="${escapeXml(m.message)}" type="${word}">${escapeText(detail)}</failure>`
    : `      <system-out>${escapeText(detail)}</system-out>`;
  return `${open}\n${body}\n    </testcase>`;
}
