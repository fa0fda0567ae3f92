// JSON inside a CSV cell (a Zendesk actions array, a macro object): its reply strings, with offsets
// into the cell's decoded text. Loaded only for CSV files that have such cells.
import type { CsvCell } from './csv-cells.js';
import { scanJson } from './json-tree.js';
import { findReplyStrings } from './macro-tree.js';
import type { MappedText } from './mapped.js';
import { jsonStyleOf } from './scalars.js';
import { htmlModuleFor, stringReply } from './string-reply.js';

export interface EmbeddedReply {
  /** Offsets into the cell's value. */
  mapped: MappedText;
  encode(text: string, start: number, end: number): string | null;
  title?: string;
  disabledRules?: string[];
}

export async function jsonCellReplies(cell: CsvCell, fields: readonly string[]): Promise<EmbeddedReply[]> {
  const value = cell.value;
  try {
    JSON.parse(value);
  } catch {
    return [];
  }
  const scan = findReplyStrings(scanJson(value), fields);
  const html = await htmlModuleFor(scan.found);
  const style = jsonStyleOf(value);
  const out: EmbeddedReply[] = [];
  for (const found of scan.found) {
    const r = stringReply(value, found, html, style);
    if (!r) continue;
    const reply: EmbeddedReply = { mapped: r.mapped, encode: r.encode };
    if (found.title) reply.title = found.title;
    if (found.disabledRules) reply.disabledRules = found.disabledRules;
    out.push(reply);
  }
  return out;
}
