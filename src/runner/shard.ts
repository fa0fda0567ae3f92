// --shard I/N: a deterministic split of the file list for a CI matrix. Files are ordered by their
// path relative to the working directory (the same on every machine with the same checkout) and
// dealt out round-robin, so shards are balanced and together hold every file exactly once.
import { relative, sep } from 'node:path';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function shardFiles(files: string[], shard: Shard, cwd: string): string[] {
  if (shard.count <= 1) return files;
  const keyed = files.map((file) => ({ file, key: relative(cwd, file).split(sep).join('/') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const mine = new Set(keyed.filter((_, k) => k % shard.count === shard.index - 1).map((x) => x.file));
  return files.filter((f) => mine.has(f));
}
