// CSV cells with their source spans. csv-parse decides what the file means (and rejects malformed
// files); this walk over the same text records where each cell's characters came from, and is
// checked against csv-parse's values cell by cell.
import { parse } from 'csv-parse/sync';
import { lineMap, MapBuilder, type MappedText } from './mapped.js';
import { FormatError } from './types.js';

export interface CsvCell {
  value: string;
  /** The cell's source span, quotes included. */
  start: number;
  end: number;
  quoted: boolean;
  mapped: MappedText;
}

export function readCsv(text: string): { rows: CsvCell[][]; delimiter: string } {
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as string[][];
  } catch (err) {
    const e = err as Error & { lines?: number };
    const why = e.message.split('\n')[0]!.replace(/^[A-Za-z ]+: /, '').replace(/ at line \d+/, '');
    throw new FormatError(`invalid CSV: ${why}${e.lines ? ` (line ${e.lines})` : ''}`, e.lines);
  }
  const rows = scanCells(text, delimiter);
  // Trust csv-parse's values; a cell our walk reads differently keeps approximate positions only.
  for (let r = 0; r < records.length; r++) {
    const row = rows[r] ?? (rows[r] = []);
    records[r]!.forEach((value, c) => {
      const cell = row[c];
      if (cell && cell.value === value) return;
      const start = cell?.start ?? row[row.length - 1]?.end ?? 0;
      const end = cell?.end ?? start;
      row[c] = { value, start, end, quoted: false, mapped: lineMap(value, text, start, end) };
    });
  }
  rows.length = records.length;
  return { rows, delimiter };
}

function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d]! > counts[best]!) best = d;
  return best;
}

function scanCells(text: string, delimiter: string): CsvCell[][] {
  const rows: CsvCell[][] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Empty lines are skipped, as csv-parse does with skip_empty_lines.
    if (text[i] === '\n') { i++; continue; }
    if (text[i] === '\r') { i += text[i + 1] === '\n' ? 2 : 1; continue; }
    const row: CsvCell[] = [];
    for (;;) {
      const cell = text[i] === '"' ? quotedCell(text, i) : plainCell(text, i, delimiter);
      row.push(cell);
      i = cell.end;
      if (i < n && text[i] === delimiter) { i++; if (i >= n) { row.push(emptyCell(i)); break; } continue; }
      break;
    }
    rows.push(row);
    if (text[i] === '\r') i += text[i + 1] === '\n' ? 2 : 1;
    else if (text[i] === '\n') i++;
    else if (i < n) i++; // stray character after a closing quote: csv-parse has already rejected the file
  }
  return rows;
}

function quotedCell(text: string, start: number): CsvCell {
  const b = new MapBuilder();
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') { b.push('"', i, i + 2); i += 2; continue; }
      i++;
      break;
    }
    b.push(text[i]!, i, i + 1);
    i++;
  }
  const mapped = b.finish(true, start + 1);
  return { value: mapped.text, start, end: i, quoted: true, mapped };
}

function plainCell(text: string, start: number, delimiter: string): CsvCell {
  let i = start;
  while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
  const b = new MapBuilder();
  b.push(text.slice(start, i), start, i);
  const mapped = b.finish(true, start);
  return { value: mapped.text, start, end: i, quoted: false, mapped };
}

function emptyCell(at: number): CsvCell {
  return { value: '', start: at, end: at, quoted: false, mapped: new MapBuilder().finish(true, at) };
}

/** Writes replacement text into a cell: doubled quotes in a quoted cell; null when a bare cell can't hold it. */
export function csvEscape(text: string, cell: CsvCell, delimiter: string): string | null {
  if (cell.quoted) return text.replace(/"/g, '""');
  return /["\r\n]/.test(text) || text.includes(delimiter) ? null : text;
}
