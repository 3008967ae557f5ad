import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOSPC') return 'the disk is full';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'ENOENT') return 'the folder does not exist';
  if (e?.code === 'EISDIR') return 'a folder is in the way';
  if (e?.code === 'EROFS') return 'the disk is read-only';
  return e instanceof Error ? e.message : String(error);
}

/**
 * Writes a file atomically: a temporary file beside it, flushed to disk, then renamed over the target.
 * A failure at any step leaves an existing file untouched and throws a message that says why.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new Error(`Could not write ${path}: ${reason(error)}. Nothing was changed.`);
  }
}
