// Writing fixed files safely: a temp file in the target's own directory, fsync, then rename over the
// target, so a crash or a full disk leaves either the old file or the new one, never half of each.
// The file's mode (and owner, when we may set it) is kept; symbolic links are written through to
// their target, but not to a target outside the project unless the caller allows it.
import { chmod, chown, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describeFsError } from './read.js';

export class WriteError extends Error {}

export interface WriteOptions {
  /** The project root; a symlink pointing outside it is not written through unless allowOutside. */
  root?: string;
  allowOutside?: boolean;
}

/** Writes text to path atomically. Throws WriteError with a one-line reason (the caller names the file). */
export async function writeAtomic(path: string, text: string, opts: WriteOptions = {}): Promise<void> {
  const target = await resolveTarget(resolve(path), opts);
  let existing: Stats | undefined;
  try {
    existing = await stat(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteError(`could not write: ${describeFsError(err)}`);
  }
  if (existing && !existing.isFile()) throw new WriteError('could not write: not a regular file');
  // rename() would replace a read-only file (and root may write anything): respect the owner's intent.
  if (existing && (existing.mode & 0o222) === 0) throw new WriteError('could not write: the file is read-only');
  const mode = existing ? existing.mode & 0o7777 : 0o644;
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${tmpSuffix()}.tmp`);
  let handle;
  try {
    handle = await open(tmp, 'wx', mode);
  } catch (err) {
    throw new WriteError(`could not write: ${describeFsError(err)} (creating a temporary file in ${dirname(target)})`);
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    // open() applies the umask; set the exact mode (and owner, when running as root) afterwards.
    await chmod(tmp, mode);
    if (existing && process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) {
      await chown(tmp, existing.uid, existing.gid).catch(() => undefined);
    }
    await rename(tmp, target);
  } catch (err) {
    await handle.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw new WriteError(`could not write: ${describeFsError(err)}`);
  }
}

/** The real file to replace: the path itself, or what its symlinks point to (checked against the root). */
async function resolveTarget(abs: string, opts: WriteOptions): Promise<string> {
  let isLink = false;
  try {
    isLink = (await lstat(abs)).isSymbolicLink();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return abs; // a new file (e.g. --output-file)
    throw new WriteError(`could not write: ${describeFsError(err)}`);
  }
  let real: string;
  try {
    real = await realpath(abs);
  } catch (err) {
    throw new WriteError(isLink ? `could not write: the symbolic link is broken (${describeFsError(err)})` : `could not write: ${describeFsError(err)}`);
  }
  if (real === abs || !opts.root || opts.allowOutside) return real;
  const root = await realpath(opts.root).catch(() => resolve(opts.root!));
  const givenInside = isInside(resolve(opts.root), abs) || isInside(root, abs);
  // A link (the file itself or a directory on its path) that leads out of the project.
  if ((isLink || givenInside) && !isInside(root, real)) {
    throw new WriteError(`refusing to write through a symbolic link to ${real}, outside the project (use --allow-symlink-writes to allow it)`);
  }
  return real;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel));
}

let tmpCounter = 0;
/** Unique within this process (pid in the name covers others); crypto would cost ~5 ms of start-up to load. */
function tmpSuffix(): string {
  tmpCounter++;
  return `${Date.now().toString(36)}${tmpCounter.toString(36)}${Math.floor(Math.random() * 0xffffff).toString(36)}`;
}
