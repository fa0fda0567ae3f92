// A line scanner for the Markdown block structure a reply file needs: front matter, fenced and
// indented code, HTML comments, ATX and setext headings, and separator lines (`---`, `---- TITLE`).
// It doesn't build a document tree; it classifies lines and records what must be masked.

export interface Line {
  start: number;
  /** Before the line break. */
  end: number;
  /** After the line break. */
  next: number;
}

export type BlockType =
  | 'blank' | 'text' | 'heading' | 'underline' | 'separator' | 'fence-open' | 'fence-close' | 'code' | 'comment' | 'front-matter' | 'link-def';

export interface Block {
  line: Line;
  type: BlockType;
  /** Headings: 1-6. */
  level?: number;
  /** Headings and titled separators: the title text. */
  title?: string;
  /** Headings: where the title text sits in the line (for masking the markers only). */
  titleStart?: number;
  titleEnd?: number;
  /** Fences: the info string ("", "text", "js" ...); code lines: the index of their fence's opening block. */
  info?: string;
  fenceOpen?: number;
}

export interface Comment {
  start: number;
  end: number;
  /** The comment's text without <!-- and -->. */
  body: string;
}

export interface FrontMatter {
  start: number;
  end: number;
  values: Record<string, string>;
}

export interface ScannedMarkdown {
  lines: Line[];
  blocks: Block[];
  comments: Comment[];
  frontMatter?: FrontMatter;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let i = 0;
  while (i <= text.length) {
    let j = i;
    while (j < text.length && text[j] !== '\n' && text[j] !== '\r') j++;
    const next = j >= text.length ? j : text[j] === '\r' && text[j + 1] === '\n' ? j + 2 : j + 1;
    lines.push({ start: i, end: j, next });
    if (j >= text.length) break;
    i = next;
  }
  return lines;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})([^\r\n]*)$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const TITLED_SEPARATOR = /^ {0,3}(?:-{3,}|={3,})[ \t]+([^\s=-][^\r\n]*?)[ \t]*[-=]*[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const LINK_DEF = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;

export function scanMarkdown(text: string): ScannedMarkdown {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  const comments: Comment[] = [];
  let first = 0;
  const frontMatter = readFrontMatter(text, lines);
  if (frontMatter) {
    while (first < lines.length && lines[first]!.start < frontMatter.end) {
      blocks.push({ line: lines[first]!, type: 'front-matter' });
      first++;
    }
  }
  let fence: { char: string; length: number; open: number } | undefined;
  let inComment = -1; // start offset of an unclosed <!-- comment
  let indentedCode = false;
  let inList = false;
  for (let n = first; n < lines.length; n++) {
    const line = lines[n]!;
    if (fence) {
      const raw = text.slice(line.start, line.end);
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(raw);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) {
        blocks.push({ line, type: 'fence-close', fenceOpen: fence.open });
        fence = undefined;
      } else blocks.push({ line, type: 'code', fenceOpen: fence.open });
      continue;
    }
    // HTML comments: blank them out of the line before reading its structure.
    const stripped = stripComments(text, line, text.slice(line.start, line.end), inComment, comments);
    const raw = stripped.raw;
    inComment = stripped.inComment;
    if (!raw.trim()) {
      blocks.push({ line, type: stripped.had ? 'comment' : 'blank' });
      continue;
    }
    // Indentation is read from the line as written (a comment blanked at its start is not indentation).
    const written = text.slice(line.start, line.end);
    const prev = previousContent(blocks);
    const prevBlank = blocks.length === 0 || blocks[blocks.length - 1]!.type === 'blank' || blocks[blocks.length - 1]!.type === 'front-matter';
    if (indentedCode && /^(?: {4}|\t)/.test(written)) {
      blocks.push({ line, type: 'code' });
      continue;
    }
    indentedCode = false;
    if (prevBlank && !inList && /^(?: {4}|\t)/.test(written)) {
      indentedCode = true;
      blocks.push({ line, type: 'code' });
      continue;
    }
    const f = FENCE.exec(raw);
    if (f && !(f[2]![0] === '`' && f[3]!.includes('`'))) {
      fence = { char: f[2]![0]!, length: f[2]!.length, open: blocks.length };
      blocks.push({ line, type: 'fence-open', info: f[3]!.trim().split(/\s+/)[0] ?? '' });
      inList = false;
      continue;
    }
    const atx = ATX.exec(raw);
    if (atx) {
      blocks.push(headingBlock(text, line, raw, atx[1]!.length, atx[0].length));
      inList = false;
      continue;
    }
    const setext = SETEXT.exec(raw);
    if (setext && prev && prev.type === 'text' && !prevBlank && isSetext(blocks, prev, setext[1]!, text)) {
      const level = setext[1]![0] === '=' ? 1 : 2;
      const t = text.slice(prev.line.start, prev.line.end);
      const lead = t.length - t.trimStart().length;
      Object.assign(prev, { type: 'heading', level, title: t.trim(), titleStart: prev.line.start + lead, titleEnd: prev.line.start + t.trimEnd().length });
      blocks.push({ line, type: 'underline' });
      continue;
    }
    if (THEMATIC.test(raw)) {
      blocks.push({ line, type: 'separator' });
      inList = false;
      continue;
    }
    const titled = TITLED_SEPARATOR.exec(raw);
    if (titled) {
      blocks.push({ line, type: 'separator', title: titled[1]!.trim() });
      inList = false;
      continue;
    }
    if (LINK_DEF.test(raw)) {
      blocks.push({ line, type: 'link-def' });
      continue;
    }
    if (LIST_ITEM.test(raw)) inList = true;
    else if (prevBlank && !/^[ \t]/.test(written)) inList = false;
    blocks.push({ line, type: 'text' });
  }
  if (inComment >= 0) comments.push(commentAt(text, inComment, text.length));
  return { lines, blocks, comments, frontMatter };
}

function previousContent(blocks: Block[]): Block | undefined {
  return blocks[blocks.length - 1];
}

/** A `---` under a one-line paragraph is a setext heading only when it underlines it (not a short rule). */
function isSetext(blocks: Block[], prev: Block, underline: string, text: string): boolean {
  if (underline[0] === '=') return true;
  const before = blocks[blocks.length - 2];
  const startsParagraph = !before || before.type !== 'text';
  const len = text.slice(prev.line.start, prev.line.end).trim().length;
  return startsParagraph && underline.length >= Math.max(3, Math.ceil(len * 0.6));
}

function headingBlock(text: string, line: Line, raw: string, level: number, markerLength: number): Block {
  let body = raw.slice(markerLength);
  // A closing run of #s (after a space) is not part of the title.
  body = body.replace(/(?:^|[ \t]+)#+[ \t]*$/, '');
  const trimmed = body.trim();
  const titleStart = line.start + markerLength + (body.length - body.trimStart().length);
  return { line, type: 'heading', level, title: trimmed, titleStart, titleEnd: titleStart + trimmed.length };
}

function commentAt(text: string, start: number, end: number): Comment {
  const close = text.startsWith('-->', end - 3) ? end - 3 : end;
  return { start, end, body: text.slice(start + 4, close) };
}

/** Blanks the HTML comment parts of a line (same length); records finished comments. */
function stripComments(text: string, line: Line, raw: string, inComment: number, comments: Comment[]): { raw: string; inComment: number; had: boolean } {
  let out = raw;
  let from = 0;
  const had = inComment >= 0 || raw.includes('<!--');
  for (;;) {
    if (inComment >= 0) {
      const close = raw.indexOf('-->', from);
      if (close < 0) return { raw: ' '.repeat(raw.length), inComment, had };
      out = ' '.repeat(close + 3) + out.slice(close + 3);
      comments.push(commentAt(text, inComment, line.start + close + 3));
      inComment = -1;
      from = close + 3;
      continue;
    }
    const open = raw.indexOf('<!--', from);
    if (open < 0) return { raw: out, inComment, had };
    const close = raw.indexOf('-->', open + 4);
    if (close < 0) {
      out = out.slice(0, open) + ' '.repeat(raw.length - open);
      return { raw: out, inComment: line.start + open, had };
    }
    out = out.slice(0, open) + ' '.repeat(close + 3 - open) + out.slice(close + 3);
    comments.push(commentAt(text, line.start + open, line.start + close + 3));
    from = close + 3;
  }
}

/** YAML (---) or TOML (+++) front matter at the very top; only flat `key: value` pairs are read. */
function readFrontMatter(text: string, lines: Line[]): FrontMatter | undefined {
  const first = lines[0];
  if (!first) return undefined;
  const opener = text.slice(first.start, first.end).trimEnd();
  if (opener !== '---' && opener !== '+++') return undefined;
  const closer = opener === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
  for (let n = 1; n < lines.length; n++) {
    const l = lines[n]!;
    if (!closer.test(text.slice(l.start, l.end))) continue;
    const values: Record<string, string> = {};
    for (let k = 1; k < n; k++) {
      const m = /^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$/.exec(text.slice(lines[k]!.start, lines[k]!.end));
      if (!m) continue;
      const key = m[1]!.toLowerCase();
      // A YAML block scalar ("customer: |" and indented lines under it) holds a multi-line value.
      const block = /^([|>])[+-]?$/.exec(m[2]!);
      if (block) {
        const body: string[] = [];
        while (k + 1 < n && /^(?:[ \t]+\S|[ \t]*$)/.test(text.slice(lines[k + 1]!.start, lines[k + 1]!.end))) {
          k++;
          body.push(text.slice(lines[k]!.start, lines[k]!.end));
        }
        const indent = Math.min(...body.filter((b) => b.trim()).map((b) => b.length - b.trimStart().length));
        const unindented = body.map((b) => b.slice(Math.min(indent, b.length - b.trimStart().length)));
        values[key] = (block[1] === '|' ? unindented.join('\n') : unindented.join('\n').replace(/([^\n])\n(?=[^\n])/g, '$1 ')).trim();
        continue;
      }
      const quoted = /^(["'])(.*)\1$/.exec(m[2]!);
      values[key] = quoted ? quoted[2]! : m[2]!.replace(/[ \t]+#.*$/, '');
    }
    return { start: 0, end: l.next, values };
  }
  return undefined;
}
