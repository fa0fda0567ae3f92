// .csv macro exports: the header row names the columns; each cell of a configured text column is a
// reply, titled by the row's title/name/subject column. A cell holding Zendesk actions JSON (as
// macro importers write them) is read as JSON, so its comment_value strings are the replies.
import type { Directive } from './directives.js';
import { compose, toReply, type MappedText } from './mapped.js';
import { compileFields, DISABLE_KEY, isHtmlField, matchesField, noRepliesNotice } from './field-match.js';
import { escapeHtml, looksLikeHtml } from './html-hint.js';
import { csvEscape, readCsv, type CsvCell } from './csv-cells.js';
import type { HtmlModule } from './string-reply.js';
import type { ExtractedReply, Extraction, ExtractOptions } from './types.js';
import { detectFromHeader, detectFromTree } from '../platforms/detect.js';
import type { PlatformName } from '../platforms/types.js';
import { scanJson } from './json-tree.js';
import { fieldCandidates } from './platform-fields.js';

const TITLE_COLUMNS = ['title', 'name', 'subject', 'id'];

interface RowInfo {
  title?: string;
  disabledRules?: string[];
  macro?: number;
}

export async function extractCsv(text: string, options: ExtractOptions): Promise<Extraction> {
  const { rows, delimiter } = readCsv(text);
  // "Comment Value" and "comment-value" name the comment_value field too.
  const header = (rows[0] ?? []).map((c) => c.value.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const detected = options.platform ? undefined : detectFromHeader(header) ?? detectFromCells(rows);
  const candidates = fieldCandidates(options, options.platform ?? detected);
  let extraction: Extraction = { replies: [], directives: [] };
  for (const fields of candidates) {
    extraction = await extractRows(rows, header, delimiter, fields);
    if (extraction.replies.length) break;
  }
  if (extraction.replies.length === 0) extraction.notices = [noRepliesNotice(options.fields, 'columns')];
  if (detected) extraction.platform = detected;
  return extraction;
}

/** The platform of the first JSON-looking cell of the first rows (Zendesk actions written by importers). */
function detectFromCells(rows: CsvCell[][]): PlatformName | undefined {
  for (const row of rows.slice(1, 21)) {
    for (const cell of row) {
      if (!isJsonLike(cell.value)) continue;
      try {
        JSON.parse(cell.value);
        return detectFromTree(scanJson(cell.value));
      } catch {
        continue;
      }
    }
  }
  return undefined;
}

async function extractRows(rows: CsvCell[][], header: string[], delimiter: string, fields: readonly string[]): Promise<Extraction> {
  const matchers = compileFields(fields);
  const textColumns = new Set(header.flatMap((h, i) => (h && matchesField([h], matchers) ? [i] : [])));
  const titleColumn = TITLE_COLUMNS.map((t) => header.indexOf(t)).find((i) => i >= 0);
  const disableColumn = header.indexOf(DISABLE_KEY.replace(/-/g, '_'));

  // First pass: which cells are replies, and which hold JSON; parsers load only when needed.
  const textCells: Array<{ cell: CsvCell; html: boolean; row: RowInfo }> = [];
  const jsonCells: Array<{ cell: CsvCell; row: RowInfo }> = [];
  for (const [r, row] of rows.slice(1).entries()) {
    const info: RowInfo = { macro: r };
    const title = titleColumn !== undefined ? row[titleColumn]?.value.replace(/\s+/g, ' ').trim() : '';
    if (title) info.title = title;
    const disabled = disableColumn >= 0 ? (row[disableColumn]?.value.trim() ?? '') : '';
    if (/^true$/i.test(disabled)) continue;
    if (disabled) info.disabledRules = disabled.split(/[\s,]+/).filter(Boolean);
    row.forEach((cell, col) => {
      if (textColumns.has(col)) {
        if (cell.value.trim()) textCells.push({ cell, html: isHtmlField(header[col] ?? '') || looksLikeHtml(cell.value), row: info });
      } else if (col !== titleColumn && col !== disableColumn && isJsonLike(cell.value)) {
        jsonCells.push({ cell, row: info });
      }
    });
  }

  const replies: ExtractedReply[] = [];
  const directives: Directive[] = [];
  const htmlMod = textCells.some((c) => c.html) ? await import('./html-text.js') : undefined;
  for (const { cell, html, row } of textCells) replies.push(cellReply(cell, delimiter, html ? htmlMod : undefined, row));
  if (jsonCells.length) {
    const embedded = await import('./csv-json.js');
    for (const { cell, row } of jsonCells) {
      for (const r of await embedded.jsonCellReplies(cell, fields)) {
        const mapped: MappedText = compose(cell.mapped, r.mapped);
        const rules = [...(row.disabledRules ?? []), ...(r.disabledRules ?? [])];
        replies.push(withRow(toReply(mapped, {
          encode: (t, s, e) => {
            if (!mapped.exact) return null;
            const inner = r.encode(t, s, e);
            return inner === null ? null : csvEscape(inner, cell, delimiter);
          },
        }), { title: r.title ?? row.title, disabledRules: rules.length ? [...new Set(rules)] : undefined, macro: row.macro }));
      }
    }
  }
  replies.sort((a, b) => a.base - b.base);
  return { replies, directives };
}

function isJsonLike(value: string): boolean {
  const first = value.trimStart()[0];
  return first === '[' || first === '{';
}

function cellReply(cell: CsvCell, delimiter: string, htmlMod: HtmlModule | undefined, row: RowInfo): ExtractedReply {
  if (!htmlMod) {
    return withRow(toReply(cell.mapped, { encode: (t) => (cell.mapped.exact ? csvEscape(t, cell, delimiter) : null) }), row);
  }
  const html = htmlMod.htmlToText(cell.value, 'fragment');
  const mapped = compose(cell.mapped, html.mapped);
  return withRow(toReply(mapped, {
    encode: (t, s, e) => (!mapped.exact || html.crossesMarkup(s, e) ? null : csvEscape(escapeHtml(t), cell, delimiter)),
    quoted: html.quoted.length ? html.quoted : undefined,
  }), row);
}

function withRow(reply: ExtractedReply, row: RowInfo): ExtractedReply {
  if (row.title) reply.title = row.title;
  if (row.macro !== undefined) reply.macro = row.macro;
  if (row.disabledRules?.length) reply.disabledRules = row.disabledRules;
  return reply;
}
