import type Dexie from 'dexie';

/** Version 2: passages (exact spans of a source version) and the tags that code them. */
export function migration002(db: Dexie): void {
  db.version(2).stores({
    passages: 'id, sourceId, status, *tags, createdAt',
    tags: 'name',
  });
}
