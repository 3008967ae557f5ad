import type { SearchIndex } from '@common/search/searchIndex';
import type { NotebookDb } from '../db/database';
import type { IndexProgress } from './searchProtocol';
import { entityDoc, eventDoc, noteDoc, passageDoc, sourceDoc, sourceVersion } from './searchDocs';

/** Sources whose text is read and indexed between two progress reports. */
const SOURCE_BATCH = 250;

/**
 * Brings the index up to date with the whole notebook: every kind is diffed by a content version,
 * so only what changed is re-indexed, and a source's text is read only when its version changed.
 * Used to build an index and after a change the log cannot describe (a table cleared by a restore).
 */
export async function syncSearchIndex(db: NotebookDb, index: SearchIndex, onProgress: (p: IndexProgress) => void = () => undefined): Promise<void> {
  const [allSources, passages, notes, events, entities] = await Promise.all([db.sources.toArray(), db.passages.toArray(), db.notes.toArray(), db.events.toArray(), db.entities.toArray()]);
  // A source in the Trash is not searched (it is removed from the index like a deleted one).
  const sources = allSources.filter((s) => !s.deletedAt);

  const keep: string[] = [];
  const changed = sources.filter((s) => {
    const unchanged = index.has('source', s.id, sourceVersion(s));
    if (unchanged) keep.push(s.id);
    return !unchanged;
  });
  index.removeOtherThan('source', [...keep, ...changed.map((s) => s.id)]);
  for (let at = 0; at < changed.length; at += SOURCE_BATCH) {
    if (changed.length > SOURCE_BATCH) onProgress({ what: 'sources', done: at, total: changed.length });
    const batch = changed.slice(at, at + SOURCE_BATCH);
    const texts = await db.versions.bulkGet(batch.map((s) => s.hash));
    batch.forEach((s, i) => index.upsert(sourceDoc(s, texts[i]?.text ?? '')));
  }
  index.sync('passage', passages.map(passageDoc));
  index.sync('note', notes.flatMap((n) => noteDoc(n) ?? []));
  index.sync('event', events.map(eventDoc));
  index.sync('entity', entities.map(entityDoc));
}
