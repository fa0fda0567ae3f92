// Writing fixed files safely: a temp file in the same directory, then rename, keeping permissions.
import { chmod, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { randomBytes } from 'node:crypto';

export class WriteError extends Error {}

export interface WriteOptions {
  /** The project root; a symlink pointing outside it is not written through unless allowOutside. */
  root?: string;
  allowOutside?: boolean;
}

export async function writeAtomic(path: string, text: string, opts: WriteOptions = {}): Promise<void> {
  let target = path;
  try {
    const l = await lstat(path);
    if (l.isSymbolicLink()) {
      target = await realpath(path);
      if (opts.root && !opts.allowOutside) {
        const rel = relative(await realpath(opts.root), target);
        if (rel.startsWith('..') || isAbsolute(rel)) {
          throw new WriteError(`refusing to write through a symbolic link to ${target}, outside the project`);
        }
      }
    }
  } catch (err) {
    if (err instanceof WriteError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteError((err as Error).message);
  }
  let mode: number | undefined;
  try {
    mode = (await stat(target)).mode & 0o7777;
  } catch { /* new file */ }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', mode ?? 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw new WriteError(`could not write: ${(err as Error).message}`);
  }
  await handle.close();
  try {
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw new WriteError(`could not replace the file: ${(err as Error).message}`);
  }
}
