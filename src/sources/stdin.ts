// Reading piped standard input completely. Input that is not UTF-8 text, and a stdin closed before
// any byte arrived (a CI job that forgot its paths, an empty clipboard), are SourceErrors naming <stdin>:
// linting nothing and passing would hide the mistake.
import { decodeText, MAX_FILE_BYTES, SourceError } from './read.js';

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin, maxBytes = MAX_FILE_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > maxBytes) throw new SourceError(`<stdin>: input is too large to lint (over ${Math.round(maxBytes / 1024 / 1024)} MiB)`);
      chunks.push(buf);
    }
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError(`<stdin>: could not read standard input: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) {
    throw new SourceError('<stdin>: no input: standard input was closed before any text arrived (pass files, directories or globs, or pipe a draft)');
  }
  try {
    return decodeText(bytes);
  } catch (err) {
    if (err instanceof SourceError) throw new SourceError(`<stdin>: ${err.message.replace(/^file /, 'input ')}`);
    throw err;
  }
}
