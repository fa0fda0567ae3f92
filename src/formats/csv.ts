// TEMPORARY until the formats work lands (issue 4): replaced in this session.
import { FormatError, type Extraction, type ExtractOptions } from './types.js';
export function extractCsv(_text: string, _o: ExtractOptions): Extraction {
  throw new FormatError('csv files are not supported yet');
}
