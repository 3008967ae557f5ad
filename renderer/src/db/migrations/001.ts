import type Dexie from 'dexie';

/** Version 1: sources and their versions. */
export function migration001(db: Dexie): void {
  db.version(1).stores({
    sources: 'id, &fileName, hash',
    versions: 'hash, sourceId',
  });
}
