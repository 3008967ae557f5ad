import type Dexie from 'dexie';

/**
 * Version 8: sources indexed by `deletedAt`, so the library, its counts and the chips tell the
 * sources in the Trash from the index alone. Without it every start walked every source row just to
 * find the few in the Trash (20,000 rows read before the library could paint). Sources in the
 * library have no `deletedAt` and so no entry: the index holds only the Trash.
 */
export function migration008(db: Dexie): void {
  db.version(8).stores({ sources: 'id, fileName, hash, path, deletedAt' });
}
