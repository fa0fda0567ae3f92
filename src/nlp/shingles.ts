// Near-duplicate fingerprints for replies: the text is normalized (case, punctuation, placeholders to one
// token), cut into overlapping 3-word shingles, and summarized by a 64-value MinHash signature. Two
// signatures agree in about J*64 places when the texts' shingle sets have Jaccard similarity J, and
// banding the signature (16 bands of 4) finds candidate pairs in time linear in the number of replies.

export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
export const ROWS = SIGNATURE_SIZE / BANDS;
const SHINGLE = 3;

// Fixed, arbitrary odd seeds: the same text gives the same signature in every process and version.
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x85ebca6b) >>> 0);

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The words of a text as duplicates are compared: lower-case letters and digits, placeholders as "§". */
export function normalizedWords(text: string, placeholders: ReadonlyArray<{ start: number; end: number }> = []): string[] {
  let s = '';
  let at = 0;
  for (const p of placeholders) {
    s += text.slice(at, p.start) + ' § ';
    at = p.end;
  }
  s += text.slice(at);
  return s.toLowerCase().normalize('NFKC').replace(/[’']/g, '').match(/[\p{L}\p{N}]+|§/gu) ?? [];
}

export interface Fingerprint {
  /** Hash of the whole normalized text (exact duplicates). */
  exact: number;
  /** MinHash signature over the 3-word shingles. */
  sig: number[];
  words: number;
}

export function fingerprint(words: readonly string[]): Fingerprint {
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  const count = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = fmix(h ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return { exact: fnv1a(words.join(' ')), sig, words: words.length };
}

/** Estimated Jaccard similarity of two signatures (share of equal positions). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** The signature's band keys (one string per band), for candidate lookup. */
export function bandKeys(sig: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).join(',')}`);
  return keys;
}
