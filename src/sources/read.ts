// Reading a file's bytes into text, refusing what is not text (binary, invalid UTF-8, UTF-16).
import { readFile } from 'node:fs/promises';

export class SourceError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 text, with a one-line reason when they aren't. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new SourceError('file is UTF-16 encoded; save it as UTF-8');
  }
  const probe = bytes.subarray(0, 8000);
  if (probe.includes(0)) throw new SourceError('file looks binary (contains NUL bytes); skipped');
  try {
    // fatal decoding keeps the BOM (ignoreBOM false strips it), so add it back for byte-faithful fixes
    const text = decoder.decode(bytes);
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' + text : text;
  } catch {
    throw new SourceError(`file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
}

export async function readTextFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new SourceError(describeFsError(err));
  }
  return decodeText(bytes);
}

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'EMFILE': return 'too many open files';
    default: return e.message?.split('\n')[0] ?? String(err);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need;
  }
  return bytes.length;
}
