// Read-ahead for a batch: the next files are read while the current one is linted.
import { readTextFile } from '../sources/read.js';

/**
 * Reads the next few files while the current one is linted: reading one file at a time leaves the
 * thread idle on each read, which costs as much as linting on large runs of small files.
 */
export class ReadAhead {
  private readonly reads = new Map<number, Promise<string>>();
  constructor(private readonly files: string[], private readonly window = 16) {}

  take(k: number): Promise<string> {
    for (let j = k; j < Math.min(this.files.length, k + this.window); j++) {
      if (this.reads.has(j)) continue;
      const p = readTextFile(this.files[j]!);
      p.catch(() => undefined); // handled where it is taken
      this.reads.set(j, p);
    }
    const p = this.reads.get(k)!;
    this.reads.delete(k);
    return p;
  }
}
