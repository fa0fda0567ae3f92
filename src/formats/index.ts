// Picks the extractor for a file by its extension. Parsers for the structured formats are loaded
// only when a file of that format is linted.
import { extname } from 'node:path';
import type { Extraction, ExtractOptions } from './types.js';
import { extractText } from './text.js';

export type FormatName = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'yaml' | 'csv';

const BY_EXTENSION: Record<string, FormatName> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown', '.mdx': 'markdown',
  '.html': 'html', '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
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
      // A text file written as a conversation (front matter with the customer's message, or
      // "## Customer" / "## Reply" sections) is read the way a Markdown one is.
      if (isThreadText(text)) return (await import('./markdown.js')).extractMarkdown(text, options);
      return extractText(text);
    default: {
      const mod = await loadExtractor(format);
      return mod(text, options);
    }
  }
}

/** Front matter with a `customer:` key, or "## Customer" and "## Reply" heading lines. */
export function isThreadText(text: string): boolean {
  if (/^(?:\uFEFF)?---[ \t]*\r?\n/.test(text)) {
    const close = text.search(/\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
    if (close > 0 && /^customer[ \t]*:/im.test(text.slice(0, close))) return true;
  }
  return /^#{1,3}[ \t]+(?:the[ \t]+)?customer\b/im.test(text) && /^#{1,3}[ \t]+(?:our[ \t]+)?(?:reply|response|answer|draft|agent)\b/im.test(text);
}

async function loadExtractor(format: Exclude<FormatName, 'text'>): Promise<(text: string, o: ExtractOptions) => Extraction | Promise<Extraction>> {
  switch (format) {
    case 'markdown': return (await import('./markdown.js')).extractMarkdown;
    case 'html': return (await import('./html.js')).extractHtml;
    case 'json': return (await import('./json.js')).extractJson;
    case 'jsonl': {
      const { extractJson } = await import('./json.js');
      return (text, o) => extractJson(text, o, true);
    }
    case 'yaml': return (await import('./yaml.js')).extractYaml;
    case 'csv': return (await import('./csv.js')).extractCsv;
  }
}
