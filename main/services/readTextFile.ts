import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_BACKUP_BYTES } from '@common/backup/backupFormat';
import { mainText } from './mainText';

/** Reads a file the user chose, refusing anything larger than a backup can be, before reading it. */
export async function readTextFileLimited(path: string): Promise<{ name: string; text: string }> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(mainText('notAFile', { name: basename(path) }));
  if (info.size > MAX_BACKUP_BYTES) throw new Error(mainText('tooLarge', { name: basename(path), size: info.size }));
  return { name: basename(path), text: await readFile(path, 'utf8') };
}

/** Reads a binary file the user chose as base64, refusing one over `limit` bytes before reading it. */
export async function readBinaryFileLimited(path: string, limit: number): Promise<{ name: string; base64: string }> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(mainText('notAFile', { name: basename(path) }));
  if (info.size > limit) throw new Error(mainText('tooLargeWithLimit', { name: basename(path), size: info.size, limit }));
  return { name: basename(path), base64: (await readFile(path)).toString('base64') };
}
