import type { FileKeys, StoredKeys } from '@common/source/unrelatedFiles';
import type { NotebookDb } from './database';

/**
 * Past this many files, every key of the four indexes is read at once rather than the batch's keys
 * looked up: `anyOf` sorts and walks thousands of keys in the page (0.7 s for 10,000 files), where
 * reading whole indexes is four native calls.
 */
const LOOK_UP_AT_MOST = 50;

/**
 * Which of the batch's hashes, paths and file names the notebook already holds, read from the
 * indexes alone (no texts loaded): four queries for the whole batch instead of four per file.
 */
export async function storedKeysOf(db: NotebookDb, files: readonly FileKeys[]): Promise<StoredKeys> {
  if (files.length === 0) return { hashes: new Set(), paths: new Set(), fileNames: new Set() };
  const hashes = [...new Set(files.map((f) => f.hash))];
  const paths = [...new Set(files.map((f) => f.path))];
  const names = [...new Set(files.map((f) => f.fileName))];
  const few = files.length <= LOOK_UP_AT_MOST;
  const [storedHashes, versionPaths, sourcePaths, storedNames] = await Promise.all([
    few ? db.versions.where('hash').anyOf(hashes).primaryKeys() : db.versions.toCollection().primaryKeys(),
    few ? db.versions.where('path').anyOf(paths).keys() : db.versions.orderBy('path').keys(),
    few ? db.sources.where('path').anyOf(paths).keys() : db.sources.orderBy('path').keys(),
    few ? db.sources.where('fileName').anyOf(names).keys() : db.sources.orderBy('fileName').keys(),
  ]);
  return {
    hashes: new Set(storedHashes.map(String)),
    paths: new Set([...versionPaths, ...sourcePaths].map(String)),
    fileNames: new Set(storedNames.map(String)),
  };
}
