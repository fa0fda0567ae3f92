// One reply string of a JSON/YAML library: decode the scalar, strip HTML if it holds HTML, and
// build the encoder that writes a fix back in the scalar's own style.
import { parseDirective, type Directive } from './directives.js';
import { escapeHtml, looksLikeHtml } from './html-hint.js';
import type { FoundString } from './macro-tree.js';
import { compactMapped, compose, type MappedText } from './mapped.js';
import { decodeScalar, encodeScalar, type JsonStyle } from './scalars.js';
import type { QuotedSpan } from '../types.js';

export type HtmlModule = typeof import('./html-text.js');

export interface StringReply {
  /** Offsets are into `source` (the file, or a CSV cell's text). */
  mapped: MappedText;
  /** Encodes replacement text for reply span [start, end) in `source` terms; null when unsafe. */
  encode(text: string, start: number, end: number): string | null;
  /** Directives from HTML comments inside the string, in `source` offsets. */
  directives: Directive[];
  /** <blockquote> text of an HTML string (the customer's quoted message), in reply offsets. */
  quoted?: QuotedSpan[];
}

/** Whether a found string is read as HTML (its field says so, or it looks like HTML). */
export function isHtmlString(found: FoundString): boolean {
  return found.html || looksLikeHtml(String(found.node.value));
}

/** The HTML parser, loaded only when some string holds HTML. */
export async function htmlModuleFor(found: readonly FoundString[]): Promise<HtmlModule | undefined> {
  return found.some(isHtmlString) ? import('./html-text.js') : undefined;
}

export function stringReply(source: string, found: FoundString, htmlMod: HtmlModule | undefined, json?: JsonStyle): StringReply | undefined {
  const decoded = decodeScalar(source, found.node);
  if (!decoded) return undefined;
  // The encoder lives as long as the file's results: it keeps compact maps (mapped.ts RunTable).
  const ctx = { source, decoded: { ...decoded, mapped: compactMapped(decoded.mapped) }, flow: found.flow, json };
  if (!htmlMod || !isHtmlString(found)) {
    const mapped = ctx.decoded.mapped;
    return {
      mapped,
      encode: (text, s, e) => encodeScalar(text, mapped.starts.at(s)!, e > s ? mapped.ends.at(e)! : mapped.starts.at(s)!, ctx),
      directives: [],
    };
  }
  const html = htmlMod.htmlToText(decoded.mapped.text, 'fragment');
  const mapped = compactMapped(compose(decoded.mapped, html.mapped));
  const directives: Directive[] = [];
  for (const c of html.comments) {
    const d = c.text.includes('complaintlint-') ? parseDirective(c.text, decoded.mapped.starts.at(c.start)!, decoded.mapped.ends.at(c.end)!) : undefined;
    if (d) directives.push(d);
  }
  return {
    mapped,
    encode: (text, s, e) => {
      if (!mapped.exact || html.crossesMarkup(s, e)) return null;
      return encodeScalar(escapeHtml(text), mapped.starts.at(s)!, e > s ? mapped.ends.at(e)! : mapped.starts.at(s)!, ctx);
    },
    directives,
    quoted: html.quoted.length ? html.quoted : undefined,
  };
}
