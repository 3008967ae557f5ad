import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { displayFileName } from '@common/source/displayFileName';
import { formatOfFileName, MAX_BYTES, refuseSize } from '@common/source/sourceFormat';
import type { ImportBatch, ImportFailure, ParsedSource } from '@common/source/types';
import { parseSourceBytes } from './extract/parseSourceBytes';
import { fileReason, sayMessage } from './mainText';

/**
 * The largest text file we accept as one source. 16 MiB is hundreds of times a long article and
 * keeps a stray video or database dump from being read whole into memory (other formats: MAX_BYTES).
 */
export const MAX_SOURCE_BYTES = MAX_BYTES.text;

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return fileReason('gone');
  if (code === 'EACCES' || code === 'EPERM') return fileReason('permissionDenied');
  if (code === 'EISDIR') return fileReason('isAFolder');
  return fileReason('couldNotBeRead', { message: error instanceof Error ? error.message : String(error) });
}

/** Reads one file and turns it into a source, or says why it cannot be one. */
export async function readSourceFile(path: string, identityPath: string = path): Promise<ParsedSource | ImportFailure> {
  const fileName = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { fileName: displayFileName(fileName), reason: fileReason('notARegularFile') };
    // Judged from the size on disk: a file over the limit is never read at all.
    const tooLarge = refuseSize(formatOfFileName(fileName), info.size);
    if (tooLarge) return { fileName: displayFileName(fileName), reason: sayMessage(tooLarge) };
    return await parseSourceBytes(await readFile(path), fileName, identityPath);
  } catch (error) {
    return { fileName: displayFileName(fileName), reason: describeFsError(error) };
  }
}

/**
 * A file dropped on the window: the page read its bytes, since it has no path to give. Its identity
 * path names the drop and its place in what was dropped, so a file of a later drop with the same name
 * is treated as a file from another folder (the same text is still recognised by its hash).
 */
export async function readDroppedFile(dropId: string, relativePath: string, bytes: Uint8Array): Promise<ImportBatch> {
  const name = relativePath.split('/').pop() ?? relativePath;
  try {
    const result = await parseSourceBytes(bytes, name, `dropped ${dropId}/${relativePath}`);
    return isFailure(result) ? { origin: 'files', sources: [], failures: [result] } : { origin: 'files', sources: [result], failures: [] };
  } catch (error) {
    return { origin: 'files', sources: [], failures: [{ fileName: displayFileName(name), reason: describeFsError(error) }] };
  }
}

/** The identity path of a seed file: stable across installs, unlike the folder the app runs from. */
export function seedPath(fileName: string): string {
  return `seeds/${fileName}`;
}

export function isFailure(result: ParsedSource | ImportFailure): result is ImportFailure {
  return 'reason' in result;
}

/** Reads files one by one: a broken file is reported and the rest still imports. */
export async function readSourceFiles(paths: readonly string[], origin: ImportBatch['origin']): Promise<ImportBatch> {
  const sources: ParsedSource[] = [];
  const failures: ImportFailure[] = [];
  for (const path of paths) {
    // A seed is the same seed wherever the app is installed: its identity is its name in the seeds folder.
    const result = await readSourceFile(path, origin === 'seeds' ? seedPath(basename(path)) : path);
    if (isFailure(result)) failures.push(result);
    else sources.push(result);
  }
  return { origin, sources, failures };
}

/** Every visible file of a folder, sorted by name (hidden files such as .DS_Store are skipped). */
export async function readSourceFolder(dir: string): Promise<ImportBatch> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    return { origin: 'seeds', sources: [], failures: [{ fileName: dir, reason: fileReason('seedsFolder', { reason: describeFsError(error) }) }] };
  }
  return readSourceFiles(names.map((name) => join(dir, name)), 'seeds');
}
