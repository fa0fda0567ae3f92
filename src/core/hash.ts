// A content hash for "has this text changed?" checks (the cache, --fix's changed-meanwhile guard).
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

/** sha256 of a text's UTF-8 bytes (node:crypto loads on first use: runs without --fix never pay for it). */
export function textHash(text: string | Uint8Array): string {
  return hashHex('sha256', text);
}

/** A hex digest with node:crypto loaded on first use (~5 ms of start-up that most runs never need). */
export function hashHex(algorithm: 'sha1' | 'sha256', text: string | Uint8Array): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash(algorithm).update(text).digest('hex');
}
