// decodeText: what is text (UTF-8, BOM kept) and the one-line reason for what is not; readTextFile: whole files.
import { afterAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, describeFsError, readTextFile, SourceError } from '../../src/sources/read.js';
import { readStdin } from '../../src/sources/stdin.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const reason = (b: Uint8Array) => {
  try {
    decodeText(b);
  } catch (err) {
    expect(err).toBeInstanceOf(SourceError);
    return (err as Error).message;
  }
  throw new Error('decoded');
};

describe('decodeText', () => {
  it('keeps a UTF-8 BOM and every character', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69))).toBe('\uFEFFhi');
    expect(decodeText(new TextEncoder().encode('é 😀 \r\n ש'))).toBe('é 😀 \r\n ש');
    expect(decodeText(bytes())).toBe('');
  });

  it.each([
    ['a Latin-1 byte', bytes(0x43, 0x61, 0x66, 0xe9, 0x20), 'file is not valid UTF-8 (first bad byte 0xE9 at offset 3); save it as UTF-8'],
    ['an overlong NUL', bytes(0x61, 0xc0, 0x80), 'file is not valid UTF-8 (first bad byte 0xC0 at offset 1); save it as UTF-8'],
    ['an encoded surrogate', bytes(0x61, 0x62, 0xed, 0xa0, 0x80), 'file is not valid UTF-8 (first bad byte 0xED at offset 2); save it as UTF-8'],
    ['a sequence cut off at the end', bytes(0x61, 0xf0, 0x9f, 0x98), 'file is not valid UTF-8 (first bad byte 0xF0 at offset 1); save it as UTF-8'],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 'file is not valid UTF-8 (first bad byte 0xF4 at offset 0); save it as UTF-8'],
    ['UTF-16 LE with BOM', bytes(0xff, 0xfe, 0x68, 0, 0x69, 0), 'file is UTF-16 encoded; save it as UTF-8'],
    ['UTF-16 BE with BOM', bytes(0xfe, 0xff, 0, 0x68, 0, 0x69), 'file is UTF-16 encoded; save it as UTF-8'],
    ['UTF-32 LE with BOM', bytes(0xff, 0xfe, 0, 0, 0x68, 0, 0, 0), 'file is UTF-32 encoded; save it as UTF-8'],
    ['UTF-16 BE without BOM', Uint8Array.from(Buffer.from('Hello there', 'utf16le').swap16()), 'file is UTF-16 (without a byte order mark) encoded; save it as UTF-8'],
    ['a PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), 'file looks binary (contains NUL bytes); skipped'],
  ])('refuses %s', (_what, input, message) => {
    expect(reason(input)).toBe(message);
  });

  it('describes fs errors in one line, without a stack or the raw errno text', () => {
    const err = (code: string, message = `${code}: something, open '/x'`) => Object.assign(new Error(message), { code });
    expect(describeFsError(err('ENOENT'))).toBe('no such file or directory');
    expect(describeFsError(err('EACCES'))).toBe('permission denied');
    expect(describeFsError(err('ELOOP'))).toBe('too many levels of symbolic links');
    expect(describeFsError(err('EWEIRD', 'EWEIRD: strange thing happened\n    at x (y.js:1:1)'))).toBe('strange thing happened');
  });
});

describe('readStdin', () => {
  const from = (...chunks: Array<string | Buffer>) => Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));

  it('reads every chunk, keeping multi-byte characters split across chunks', async () => {
    const emoji = Buffer.from('😀');
    expect(await readStdin(from('Hi ', emoji.subarray(0, 2), emoji.subarray(2), '!'))).toBe('Hi 😀!');
  });

  it('refuses empty, binary, and too much input, naming <stdin>', async () => {
    await expect(readStdin(from())).rejects.toThrow(/^<stdin>: no input: standard input was closed before any text arrived/);
    await expect(readStdin(from(Buffer.from([0x50, 0x4b, 3, 4, 0])))).rejects.toThrow('<stdin>: input looks binary (contains NUL bytes); skipped');
    await expect(readStdin(from('x'.repeat(600), 'y'.repeat(600)), 1024)).rejects.toThrow('<stdin>: input is too large to lint (over 0 MiB)');
  });
});

describe('readTextFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cl-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads whole files of every size in one read past the end (the size fstat gave, plus one byte)', async () => {
    for (const text of ['', 'a', 'Hi Ann,\n\nYour refund is on its way. 😀\n', 'x'.repeat(65_536), 'é'.repeat(100_001)]) {
      const file = join(dir, `f${text.length}.txt`);
      writeFileSync(file, text);
      expect(await readTextFile(file)).toBe(text);
    }
  });

  it.skipIf(!existsSync('/proc/self/status'))('reads a file whose size is reported as 0 to its end (Linux /proc)', async () => {
    expect(statSync('/proc/self/status').size).toBe(0);
    expect(await readTextFile('/proc/self/status')).toMatch(/^Name:\t/);
  });
});
