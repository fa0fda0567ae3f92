// The one place where text from linted content (file names, macro titles, messages quoting a draft,
// parse-error snippets, config values) is made safe for where it is printed. complaintlint runs in CI on
// attacker-written pull requests, and its output is read by terminals and by the GitHub runner, which
// treats any output line starting with `::` or `##[` as a workflow command. Every formatter and every
// notice on stderr goes through these functions; none keeps its own copy.
//
// - A terminal: control characters (escape sequences, bells, carriage returns, C1 controls, line and
//   paragraph separators, bidi overrides) are shown as text: \n \r \t like C and git, others as \u{1b}.
// - A line start: a file name is where a human format's line begins; one that would read as a
//   workflow command gets "./" in front (the same file, but no longer a command).
// - The GitHub runner: workflow-command data escapes % CR LF, properties also : and , (the rules of
//   actions/toolkit's command.ts), after control characters are made visible.
// - JSON on a terminal: the characters JSON.stringify leaves raw (DEL, C1, bidi, U+2028/9) as \u escapes.

const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const shown = (c: string) => NAMED[c] ?? `\\u{${c.charCodeAt(0).toString(16)}}`;

/** Every control character of `text` shown as text: `\n`, `\r`, `\t`, else `\u{1b}`. */
export function visible(text: string): string {
  return text.replace(CONTROLS, shown);
}

/** One line: line breaks (with the spaces around them) and tabs become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/\t/g, ' ');
}

/** Text from a file (a message, a title, a snippet) on one terminal line: breaks become spaces, other controls visible. */
export function printable(text: string): string {
  return visible(oneLine(text));
}

/** Whether a line would be read by the GitHub runner as a workflow command (`::cmd::` or the older `##[cmd]`). */
export function startsCommand(line: string): boolean {
  const t = line.trimStart();
  return t.startsWith('::') || t.startsWith('##[');
}

/** A file name on a terminal or at the start of a line, the way git quotes paths: controls visible; "./" before a name that would start a command. */
export function printablePath(path: string): string {
  const v = visible(path);
  return startsCommand(v) || /^\s/.test(v) ? `./${v}` : v;
}

/** Workflow-command data (the message after `::`): %, CR and LF escaped (actions/toolkit escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow-command property value: as data, plus the `:` and `,` that separate properties (escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command line, `::name key=value,...::data`, every value from content escaped: control
 * characters other than line feeds shown as text (the runner prints them to its log), then GitHub's escaping.
 */
export function workflowCommand(name: string, properties: Record<string, string | number | undefined>, data: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v).replace(CONTROLS_BUT_LF, shown))}`);
  return `::${name}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(data.replace(/\t/g, ' ').replace(CONTROLS_BUT_LF, shown))}`;
}

const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** JSON text that is safe on a terminal and means the same: characters JSON.stringify leaves raw become \u escapes. */
export function jsonSafe(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for a Markdown table cell (a file name, a rule ID): Markdown and HTML characters escaped, controls visible (one line). */
export function escapeMarkdown(text: string): string {
  return visible(text)
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** Text whose line breaks and tabs are kept (markup text, multi-line drafts): other control characters visible. */
export function visibleKeepingBreaks(text: string): string {
  return text.replace(CONTROLS_BUT_LF, (c) => (c === '\t' ? c : shown(c)));
}

const MARKUP_RAW = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** For XML and HTML already escaped: characters a terminal acts on as character references (the same document). */
export function markupSafe(markup: string): string {
  return markup.replace(MARKUP_RAW, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}

/**
 * The last guard before a report is printed (every built-in format but github, whose lines are commands
 * on purpose): a line that the runner would read as a workflow command gets its first character written
 * as \u{3a} (or &#58; in markup), whatever field put it there. Linear: each line start is looked at once.
 */
export function guardLineStarts(report: string, markup = false): string {
  return report.replace(/^([^\S\r\n]*)([:#])(?=:|#\[)/gm, (_m, space: string, ch: string) =>
    `${space}${markup ? `&#${ch.charCodeAt(0)};` : `\\u{${ch.charCodeAt(0).toString(16)}}`}`);
}

/** A notice for stderr, `complaintlint: TEXT`, on one line whatever the text holds (file names, config values, snippets). */
export function noticeLine(text: string): string {
  return `complaintlint: ${visible(text.replace(/\n+$/, ''))}\n`;
}
