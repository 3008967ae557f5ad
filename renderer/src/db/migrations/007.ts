import type Dexie from 'dexie';

/**
 * Version 7: the search index persisted (`searchIndex`: the serialized index with the last change it
 * covers) and the change log it is updated from (`searchChanges`: which row of which table was
 * written, filled by the searchChangeLog middleware), so a start neither rebuilds the index nor
 * re-reads every table before each search. (Version 6 belongs to another change; Dexie allows gaps.)
 */
export function migration007(db: Dexie): void {
  db.version(7).stores({ searchIndex: 'id', searchChanges: '++seq' });
}
