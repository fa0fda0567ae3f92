// json: the ESLint results array, plus each file's replies and checklists.
import type { Formatter } from './types.js';
import { jsonSafe } from './escape.js';

const json: Formatter = (results) => jsonSafe(JSON.stringify(results.map(({ source: _source, ...rest }) => rest)));
export default json;
