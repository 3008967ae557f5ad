import type { NotebookDb } from './database';

/**
 * The ids of the sources in the Trash, from the `deletedAt` index alone (version 8): only trashed
 * sources have an entry, so this reads as many keys as the Trash holds, whatever the library's size.
 * `above('')`: an empty `deletedAt` (a row written by an older client) means not in the Trash.
 */
export async function trashedSourceIds(db: NotebookDb): Promise<string[]> {
  return db.sources.where('deletedAt').above('').primaryKeys();
}
