// Reading a file's bytes into text, refusing what is not text (binary, invalid UTF-8, UTF-16/32).
// Every refusal is a SourceError with a one-line reason; the caller adds the file name.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

export class SourceError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes as UTF-8 text, with a one-line reason when they aren't. A UTF-8 BOM is kept. */
export function decodeText(bytes: Uint8Array): string {
  const wide = wideEncoding(bytes);
  if (wide) throw new SourceError(`file is ${wide} encoded; save it as UTF-8`);
  // Binary formats (images, archives, executables) have NUL bytes early; text never does.
  const probe = bytes.subarray(0, 8000);
  if (probe.includes(0)) throw new SourceError('file looks binary (contains NUL bytes); skipped');
  try {
    // ignoreBOM keeps a UTF-8 BOM in the text, so fixes write it back byte for byte
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new SourceError(`file is not valid UTF-8 (first bad byte 0x${hex(bytes[at])} at offset ${at}); save it as UTF-8`);
  }
}

/** Bigger files are refused: memory grows with the file, and no reply library is this large. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Reads a file as UTF-8 text; fs errors, non-files, huge files and undecodable bytes become a SourceError. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    // Synchronous on purpose: for thousands of small files the promise API's per-call cost (a FileHandle,
    // four thread-pool round trips) was a third of a --cache re-run; a CLI has nothing to do meanwhile.
    // Opened non-blocking and checked through the descriptor: opening a FIFO does not wait for a writer,
    // /dev/zero is refused before it is read, and one path lookup serves the check and the read.
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) throw new SourceError(info.isDirectory() ? 'is a directory' : NOT_A_FILE);
      if (info.size > MAX_FILE_BYTES) {
        throw new SourceError(`file is too large to lint (${Math.round(info.size / 1024 / 1024)} MiB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MiB)`);
      }
      bytes = readAll(fd, info.size);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError(describeFsError(err));
  }
  return decodeText(bytes);
}

const NOT_A_FILE = 'not a regular file (a pipe, device or socket); skipped';

/**
 * The bytes of an open file whose size fstat gave: one read of size + 1 bytes finds the end of a file that
 * did not change (readFileSync(fd) would fstat again first: one system call more per file, ~10% of reading
 * 20,000 small files here). A file that reports no size (some virtual files) or grew meanwhile is read on
 * to its end.
 */
function readAll(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd);
  const buffer = Buffer.allocUnsafe(size + 1);
  // A read of a regular file comes back short only at its end (readFileSync trusts the size the same way).
  const n = readSync(fd, buffer, 0, buffer.length, null);
  if (n < buffer.length) return buffer.subarray(0, n);
  return Buffer.concat([buffer, readFileSync(fd)]);
}

/** A one-line, stack-free description of a file-system error. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'ERR_FS_FILE_TOO_LARGE': return 'file is too large to read (over 2 GiB)';
    case 'EIO': return 'input/output error';
    case 'ENXIO': return NOT_A_FILE; // a socket cannot be opened
    default: return String(e?.message ?? err).split('\n')[0]!.replace(/^\w+: /, '');
  }
}

/** UTF-16/UTF-32 by their BOM, or UTF-16 without one (a NUL in every other byte of ASCII-ish text). */
function wideEncoding(b: Uint8Array): string | undefined {
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32';
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return 'UTF-16';
  const n = Math.min(b.length, 512) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if ((oddNul > pairs * 0.9 && evenNul === 0) || (evenNul > pairs * 0.9 && oddNul === 0)) return 'UTF-16 (without a byte order mark)';
  return undefined;
}

function hex(b: number | undefined): string {
  return (b ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    if (i + need >= bytes.length) return i; // truncated sequence at the end
    // Overlong 3/4-byte forms, UTF-16 surrogates and code points above U+10FFFF.
    const b1 = bytes[i + 1]!;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need;
  }
  return bytes.length;
}
