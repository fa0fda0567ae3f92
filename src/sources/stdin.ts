// Reading piped standard input completely (a closed or empty stdin is an empty reply).
import { decodeText } from './read.js';

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeText(Buffer.concat(chunks));
}
