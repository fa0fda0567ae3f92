// Writing fixed files safely: a temp file in the target's own directory, fsync, then rename over the
// target, so a crash or a full disk leaves either the old file or the new one, never half of each.
// The file's mode (and owner, when we may set it) is kept; symbolic links are written through to
// their target, but not to a target outside the project unless the caller allows it. A file with
// other hard links is written in place once the temp file is complete (a rename would cut the link).
// A file whose text is no longer what was linted is left alone. Temp files go on SIGINT/SIGTERM/SIGHUP.
import { unlinkSync } from 'node:fs';
import { textHash } from '../core/hash.js';
import { chmod, chown, lstat, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describeFsError } from './read.js';

export class WriteError extends Error {}

export interface WriteOptions {
  /** The project root; a symlink pointing outside it is not written through unless allowOutside. */
  root?: string;
  allowOutside?: boolean;
  /** sha256 (hex) of the text the new one was made from: when the file no longer holds it, nothing is written. */
  expectedHash?: string;
}

// Temp files being written, removed if a signal ends the process first.
const pending = new Set<string>();
let signalsHooked = false;

function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const tmp of pending) try { unlinkSync(tmp); } catch { /* gone already */ }
      pending.clear();
      // Die of the same signal, as without the handler (exit status 128 + n), unless someone else handles it.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
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
  hookSignals();
  let handle;
  try {
    handle = await open(tmp, 'wx', mode);
    pending.add(tmp);
  } catch (err) {
    throw new WriteError(`could not write: ${describeFsError(err)} (creating a temporary file in ${dirname(target)})`);
  }
  let inPlace = false;
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    // open() applies the umask; set the exact mode (and owner, when running as root) afterwards.
    await chmod(tmp, mode);
    if (existing && process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) {
      await chown(tmp, existing.uid, existing.gid).catch(() => undefined);
    }
    // Last check before replacing: an editor (or another run) may have saved the file meanwhile.
    if (opts.expectedHash !== undefined && existing) {
      const now = await readFile(target).catch(() => undefined);
      if (!now || textHash(now) !== opts.expectedHash) throw new WriteError('not fixed: the file changed after it was linted (run again to fix the new text)');
    }
    if (existing && existing.nlink > 1) {
      inPlace = true;
      await writeInPlace(target, text);
      await unlink(tmp).catch(() => undefined);
    } else {
      await rename(tmp, target);
    }
    pending.delete(tmp);
  } catch (err) {
    await handle.close().catch(() => undefined);
    pending.delete(tmp);
    if (inPlace) throw new WriteError(`could not write in place (the file has other hard links): ${describeFsError(err)}; the fixed text is in ${tmp}`);
    await unlink(tmp).catch(() => undefined);
    if (err instanceof WriteError) throw err;
    throw new WriteError(`could not write: ${describeFsError(err)}`);
  }
}

export { textHash };

/** Rewrites a file's bytes through its inode, so every hard link to it sees the new text. */
async function writeInPlace(target: string, text: string): Promise<void> {
  const h = await open(target, 'r+');
  try {
    const bytes = Buffer.from(text, 'utf8');
    await h.write(bytes, 0, bytes.length, 0);
    await h.truncate(bytes.length);
    await h.sync();
  } finally {
    await h.close();
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
