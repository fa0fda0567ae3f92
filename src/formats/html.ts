// .html / .htm: the visible text is one reply; <!-- --> comments carry directives.
import { parseDirective, type Directive } from '../engine/directives.js';
import { escapeHtml, htmlToText, type HtmlComment } from './html-text.js';
import { toReply } from './mapped.js';
import type { Extraction, ExtractOptions } from './types.js';

export function extractHtml(text: string, _options?: ExtractOptions): Extraction {
  const html = htmlToText(text, 'document');
  const { mapped } = html;
  const reply = toReply(mapped, {
    encode: (replacement, start, end) => (!mapped.exact || html.crossesMarkup(start, end) ? null : escapeHtml(replacement)),
  });
  if (html.title) reply.title = html.title;
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
