// Picks the extractor for a file by its extension. Parsers for the structured formats are loaded
// only when a file of that format is linted.
import { extname } from 'node:path';
import type { Extraction, ExtractOptions } from './types.js';
import { extractText } from './text.js';

export type FormatName = 'text' | 'markdown' | 'html' | 'json' | 'yaml' | 'csv';

const BY_EXTENSION: Record<string, FormatName> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown', '.mdx': 'markdown',
  '.html': 'html', '.htm': 'html',
  '.json': 'json',
  '.yaml': 'yaml', '.yml': 'yaml',
  '.csv': 'csv',
};

/** Extensions a directory walk picks up. */
export const LINTABLE_EXTENSIONS = Object.keys(BY_EXTENSION);

export function formatOf(filePath: string): FormatName {
  return BY_EXTENSION[extname(filePath).toLowerCase()] ?? 'text';
}

export async function extract(format: FormatName, text: string, options: ExtractOptions): Promise<Extraction> {
  switch (format) {
    case 'text':
      return extractText(text);
    default: {
      const mod = await loadExtractor(format);
      return mod(text, options);
    }
  }
}

async function loadExtractor(format: Exclude<FormatName, 'text'>): Promise<(text: string, o: ExtractOptions) => Extraction | Promise<Extraction>> {
  switch (format) {
    case 'markdown': return (await import('./markdown.js')).extractMarkdown;
    case 'html': return (await import('./html.js')).extractHtml;
    case 'json': return (await import('./json.js')).extractJson;
    case 'yaml': return (await import('./yaml.js')).extractYaml;
    case 'csv': return (await import('./csv.js')).extractCsv;
  }
}
