import type { SearchIndex } from '@common/search/searchIndex';
import type { NotebookDb } from '../db/database';
import { WHOLE_TABLE, type SearchChangeRow } from '../db/searchChangeLog';
import { entityDoc, eventDoc, noteDoc, passageDoc, sourceDoc, sourceVersion } from './searchDocs';

/**
 * Applies logged changes to the index: each changed row is read again and re-indexed, or removed
 * when it is gone. False when a change names no row (a cleared table): the caller reads everything.
 */
export async function applySearchChanges(db: NotebookDb, index: SearchIndex, changes: readonly SearchChangeRow[]): Promise<boolean> {
  const byTable = new Map<string, Set<string>>();
  for (const c of changes) {
    if (c.key === WHOLE_TABLE) return false;
    const keys = byTable.get(c.table) ?? new Set<string>();
    keys.add(c.key);
    byTable.set(c.table, keys);
  }
  for (const [table, keySet] of byTable) {
    const keys = [...keySet];
    if (table === 'sources') {
      // A source in the Trash leaves the index as a deleted one does.
      const rows = (await db.sources.bulkGet(keys)).map((s) => (s?.deletedAt ? undefined : s));
      const changed = rows.filter((s) => s && !index.has('source', s.id, sourceVersion(s)));
      const texts = await db.versions.bulkGet(changed.map((s) => s!.hash));
      changed.forEach((s, i) => index.upsert(sourceDoc(s!, texts[i]?.text ?? '')));
      keys.forEach((k, i) => rows[i] === undefined && index.remove('source', k));
    } else if (table === 'passages') {
      const rows = await db.passages.bulkGet(keys);
      rows.forEach((p, i) => (p ? index.upsert(passageDoc(p)) : index.remove('passage', keys[i]!)));
    } else if (table === 'notes') {
      const rows = await db.notes.bulkGet(keys);
      rows.forEach((n, i) => {
        const doc = n ? noteDoc(n) : null;
        if (doc) index.upsert(doc);
        else index.remove('note', keys[i]!);
      });
    } else if (table === 'events') {
      const rows = await db.events.bulkGet(keys);
      rows.forEach((e, i) => (e ? index.upsert(eventDoc(e)) : index.remove('event', keys[i]!)));
    } else if (table === 'entities') {
      const rows = await db.entities.bulkGet(keys);
      rows.forEach((e, i) => (e ? index.upsert(entityDoc(e)) : index.remove('entity', keys[i]!)));
    }
  }
  return true;
}
