// A content hash for "has this text changed?" checks (the cache, --fix's changed-meanwhile guard).
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

/** sha256 of a text's UTF-8 bytes (node:crypto loads on first use: runs without --fix never pay for it). */
export function textHash(text: string | Uint8Array): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(text).digest('hex');
}
