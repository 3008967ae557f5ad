import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { noteTempFile } from './interruptedWrites';

/** Why a write failed, with the system's code when there is one (EEXIST for an exclusive write). */
export class WriteFileError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'WriteFileError';
  }
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOENT: 'the folder does not exist',
    ENOTDIR: 'part of the path is a file, not a folder',
    EISDIR: 'a folder is in the way',
    EROFS: 'the disk is read-only',
    EEXIST: 'a file of that name already exists',
    EBUSY: 'the file is in use by another program',
  };
  const text = e instanceof Error ? e.message : String(error);
  return e?.code && why[e.code] ? `${why[e.code]} (${text})` : text;
}

export interface WriteFileAtomicOptions {
  /** Refuse to replace a file already at `path` (fails with code EEXIST) instead of replacing it. */
  readonly exclusive?: boolean;
}

/** Puts the finished temporary file at `path` without ever replacing a file there. */
async function placeExclusive(temp: string, path: string): Promise<void> {
  try {
    // A hard link is created whole or not at all, and fails if the name exists.
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOENT') throw error;
    // File systems without hard links (FAT, exFAT, some network shares): an exclusive copy still
    // never replaces a file, though a crash mid-copy could leave this new file partly written.
    await copyFile(temp, path, constants.COPYFILE_EXCL);
  }
}

/** Hidden and random, so it cannot clash with another write or show up as a note in the folder. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a file atomically: a temporary file beside it (same folder, so same disk), flushed to disk,
 * then renamed over the target. Readers see the old file or the new one, never half of one. A failure
 * at any step leaves an existing file untouched, removes the temporary file and throws an error whose
 * message names the path and the cause. A crash mid-write leaves the temporary file, which the next
 * start removes (see interruptedWrites).
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteFileAtomicOptions = {}): Promise<void> {
  const temp = tempPathFor(path);
  let forget: () => Promise<void> = async () => undefined;
  try {
    forget = await noteTempFile(temp);
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.exclusive) {
      await placeExclusive(temp, path);
      await rm(temp, { force: true });
    } else {
      await rename(temp, path);
    }
    await forget().catch(() => undefined);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    await forget().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new WriteFileError(`Could not write ${path}: ${reason(error)}. Nothing was changed.`, code, { cause: error });
  }
}
