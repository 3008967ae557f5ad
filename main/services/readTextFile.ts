import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_BACKUP_BYTES } from '@common/backup/backupFormat';

/** Reads a file the user chose, refusing anything larger than a backup can be, before reading it. */
export async function readTextFileLimited(path: string): Promise<{ name: string; text: string }> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${basename(path)} is not a file.`);
  if (info.size > MAX_BACKUP_BYTES) throw new Error(`${basename(path)} is too large (${info.size} bytes).`);
  return { name: basename(path), text: await readFile(path, 'utf8') };
}

/** Reads a binary file the user chose as base64, refusing one over `limit` bytes before reading it. */
export async function readBinaryFileLimited(path: string, limit: number): Promise<{ name: string; base64: string }> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${basename(path)} is not a file.`);
  if (info.size > limit) throw new Error(`${basename(path)} is too large (${info.size} bytes; the limit is ${limit}).`);
  return { name: basename(path), base64: (await readFile(path)).toString('base64') };
}
