import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { noteTempFile } from './interruptedWrites';
import { mainText } from './mainText';

/** Why a write failed, with the system's code when there is one (EEXIST for an exclusive write). */
export class WriteFileError extends Error {
  /** What failed and why, without « Nothing was changed. » (not true of an export as a whole). */
  readonly what: string;
  constructor(
    message: string,
    readonly code: string | undefined,
    options: { cause: unknown; what?: string },
  ) {
    super(message, { cause: options.cause });
    this.name = 'WriteFileError';
    this.what = options.what ?? message;
  }
}

// The system's codes a person can act on, as `mainText.*` keys; the system's own text follows in brackets.
const WHY: Readonly<Record<string, string>> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'quotaUsedUp',
  EACCES: 'permissionDenied',
  EPERM: 'permissionDenied',
  ENOENT: 'folderMissing',
  ENOTDIR: 'pathPartIsAFile',
  EISDIR: 'folderInTheWay',
  EROFS: 'readOnlyDisk',
  EEXIST: 'nameTaken',
  EBUSY: 'fileBusy',
};

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const text = e instanceof Error ? e.message : String(error);
  const why = e?.code ? WHY[e.code] : undefined;
  return why ? `${mainText(why)} (${text})` : text;
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
    const what = mainText('couldNotWrite', { path, reason: reason(error) });
    throw new WriteFileError(`${what} ${mainText('nothingChanged')}`, code, { cause: error, what });
  }
}
