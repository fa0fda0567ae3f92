// What an extractor turns a file into: the replies inside it, each with a map back to file offsets.
import type { Channel, QuotedSpan, ReplyKind, ThreadInput } from '../types.js';
import type { PlatformName } from '../platforms/types.js';
import type { Directive } from './directives.js';
import type { OffsetTable } from './mapped.js';

export interface ExtractedReply {
  /** The reply text as a rule should read it (escapes decoded, tags removed). */
  text: string;
  /**
   * File offset of each reply offset (length text.length + 1). Absent when the reply is a plain
   * slice of the file starting at `base`.
   */
  offsets?: OffsetTable;
  /**
   * File offset where the reply text before each reply offset ends (length text.length + 1), for the
   * end of a span. Differs from `offsets` where markup sits between two characters ("kindly</b> note"):
   * a span ending after "kindly" must stop before the tag. Defaults to `offsets`.
   */
  ends?: OffsetTable;
  base: number;
  /**
   * Re-encodes replacement text for the host format (JSON escaping, HTML entities ...) for the span
   * [start, end) of the reply text. null: not fixable here (e.g. the span crosses a tag).
   */
  encode?: (text: string, start: number, end: number) => string | null;
  /** The macro's title or heading, shown in output so a reviewer knows which reply it is. */
  title?: string;
  kind?: ReplyKind;
  channel?: Channel;
  /** Rules disabled for this whole reply (e.g. a macro's "complaintlint-disable" key). */
  disabledRules?: string[];
  /** Which macro of the file the reply belongs to (replies of one macro share it: body and body_html). */
  macro?: number;
  /** Quoted text the extractor found (Markdown and HTML blockquotes), in reply offsets. */
  quoted?: QuotedSpan[];
  /** The conversation the reply answers, from a thread file (JSON/YAML turns, Markdown sections). */
  context?: ThreadInput;
}

export interface Extraction {
  replies: ExtractedReply[];
  /** Inline directive comments found in the file, with file offsets. */
  directives: Directive[];
  /** Informational notes about the file (e.g. "no reply fields found"). */
  notices?: string[];
  /** Front matter or file-level settings. */
  kind?: ReplyKind;
  channel?: Channel;
  /** The platform the export's shape says wrote it (only when no platform was configured). */
  platform?: PlatformName;
}

export interface ExtractOptions {
  /** Text fields that hold replies in JSON/YAML/CSV libraries (key names or dotted paths). */
  fields: readonly string[];
  /** `fields` came from config: platform field presets do not apply. */
  fieldsSet?: boolean;
  /** The configured platform; undefined: detect it from the export's shape. */
  platform?: PlatformName;
}

export type Extractor = (text: string, options: ExtractOptions) => Extraction | Promise<Extraction>;

/** Raised by an extractor for malformed input; the message names the problem (the caller adds the file). */
export class FormatError extends Error {
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
  }
}

/** Maps the end of a span (a reply offset) to a file offset. */
export function toFileEndOffset(reply: ExtractedReply, offset: number): number {
  if (!reply.ends) return toFileOffset(reply, offset);
  const i = Math.max(0, Math.min(offset, reply.ends.length - 1));
  return reply.ends.at(i)!;
}

/** Maps a reply offset to a file offset. */
export function toFileOffset(reply: ExtractedReply, offset: number): number {
  if (!reply.offsets) return reply.base + offset;
  const i = Math.max(0, Math.min(offset, reply.offsets.length - 1));
  return reply.offsets.at(i)!;
}
