// .html / .htm: the visible text is one reply; <!-- --> comments carry directives.
import { parseDirective, type Directive } from './directives.js';
import { escapeHtml, htmlToText, type HtmlComment } from './html-text.js';
import { toReply } from './mapped.js';
import { FormatError, type Extraction, type ExtractOptions } from './types.js';
import { LineIndex } from '../core/text.js';

export function extractHtml(text: string, _options?: ExtractOptions): Extraction {
  const html = htmlToText(text, 'document');
  // Browsers recover from any markup, but a file that ends inside a comment, tag or <script> hides the
  // rest of its text: linting what is left would silently pass the hidden part.
  if (html.unclosed) {
    const { line, column } = new LineIndex(text).position(html.unclosed.offset);
    throw new FormatError(`malformed HTML: the ${html.unclosed.what} opened at line ${line}, column ${column} is never closed, so the text after it cannot be linted`, line, column);
  }
  const { mapped } = html;
  const reply = toReply(mapped, {
    encode: (replacement, start, end) => (!mapped.exact || html.crossesMarkup(start, end) ? null : escapeHtml(replacement)),
  });
  if (html.title) reply.title = html.title;
  if (html.quoted.length) reply.quoted = html.quoted;
  return { replies: [reply], directives: commentDirectives(html.comments) };
}

export function commentDirectives(comments: readonly HtmlComment[], toFile: (offset: number) => number = (o) => o): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    if (!c.text.includes('complaintlint-')) continue;
    const d = parseDirective(c.text, toFile(c.start), toFile(c.end));
    if (d) out.push(d);
  }
  return out;
}

