import type { NotebookDb } from '../db/database';

/**
 * A short fingerprint of everything a backup holds: any change to any table (an imported or edited
 * source, a tag, a passage, a note, an event, its evidence, an actor) changes it. Rows without an
 * `updatedAt` are fingerprinted whole, so an edit that touches no timestamp is still seen.
 */
export async function changeSignature(db: NotebookDb): Promise<string> {
  return db.transaction('r', [db.sources, db.versions, db.tags, db.passages, db.notes, db.noteLinks, db.events, db.evidence, db.entities], async () => {
    const latest = (rows: Array<{ updatedAt: string }>) => rows.reduce((max, r) => (r.updatedAt > max ? r.updatedAt : max), '');
    const [sources, passages, notes, events] = await Promise.all([db.sources.toArray(), db.passages.toArray(), db.notes.toArray(), db.events.toArray()]);
    const [versions, noteLinks] = await Promise.all([db.versions.toCollection().primaryKeys(), db.noteLinks.count()]);
    const [tags, evidence, entities] = await Promise.all([db.tags.toArray(), db.evidence.toArray(), db.entities.toArray()]);
    return JSON.stringify([
      [sources.length, latest(sources), hashOf(JSON.stringify(sources.map((s) => [s.id, s.title, s.date, s.meta ?? null])))],
      versions.length,
      [passages.length, latest(passages)],
      [notes.length, latest(notes), noteLinks],
      [events.length, latest(events)],
      hashOf(JSON.stringify([tags, evidence, entities])),
    ]);
  });
}

/** FNV-1a, 32 bits: enough to notice a change, not a checksum anyone relies on. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}
