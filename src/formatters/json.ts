// json: the ESLint results array, plus each file's replies and checklists.
import type { Formatter } from './types.js';

const json: Formatter = (results) => JSON.stringify(results.map(({ source: _source, ...rest }) => rest));
export default json;
