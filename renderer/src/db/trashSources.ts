import { setPassageDetachedInContent } from '@common/editor/detachPassage';
import type { NotebookDb } from './database';
import type { SourceRow } from './schema';

/** What cites a source, named, so deleting it says what it touches before anything happens. */
export interface SourceCitations {
  readonly passages: number;
  /** Notes (not in the notes' trash) quoting or citing one of its passages, by title. */
  readonly notes: ReadonlyArray<{ id: string; title: string }>;
  /** Events with one of its passages as evidence, by title. */
  readonly events: ReadonlyArray<{ id: string; title: string }>;
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

/** Counts and names what cites a source (reads only). */
export async function sourceCitations(db: NotebookDb, sourceId: string): Promise<SourceCitations> {
  return db.transaction('r', db.passages, db.noteLinks, db.notes, db.evidence, db.events, async () => {
    const passageIds = await db.passages.where('sourceId').equals(sourceId).primaryKeys();
    if (passageIds.length === 0) return { passages: 0, notes: [], events: [] };
    const links = await db.noteLinks.where('targetId').anyOf(passageIds).toArray();
    const notes = (await db.notes.bulkGet([...new Set(links.map((l) => l.noteId))])).filter((n) => n !== undefined && n.deletedAt === '');
    const evidence = await db.evidence.where('passageId').anyOf(passageIds).toArray();
    const events = (await db.events.bulkGet([...new Set(evidence.map((e) => e.eventId))])).filter((e) => e !== undefined);
    return {
      passages: passageIds.length,
      notes: notes.map((n) => ({ id: n!.id, title: n!.title })).sort(byTitle),
      events: events.map((e) => ({ id: e!.id, title: e!.title })).sort(byTitle),
    };
  });
}

/**
 * Moves a source to the Trash. Nothing else is written: its versions, passages, evidence and the
 * notes' quotes stay as they are, and the app shows its passages as detached while it is there
 * (read live from `deletedAt`), so a restore has nothing to undo but this one field.
 */
export async function trashSource(db: NotebookDb, sourceId: string, now = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.sources, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error('This source is no longer in the notebook.');
    if (!source.deletedAt) await db.sources.update(sourceId, { deletedAt: now });
  });
}

/** Brings a source back from the Trash: its passages are attached again at once. */
export async function restoreSource(db: NotebookDb, sourceId: string): Promise<void> {
  await db.transaction('rw', db.sources, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error('This source is no longer in the Trash.');
    // Dexie's update removes a key set to undefined.
    await db.sources.update(sourceId, { deletedAt: undefined });
  });
}

/** Sources in the Trash, the most recently deleted first. */
export async function trashedSources(db: NotebookDb): Promise<SourceRow[]> {
  return (await db.sources.filter((s) => Boolean(s.deletedAt)).toArray()).sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '') || a.title.localeCompare(b.title));
}

/** Sources in the library (not in the Trash), by file name. */
export async function librarySources(db: NotebookDb): Promise<SourceRow[]> {
  return (await db.sources.orderBy('fileName').toArray()).filter((s) => !s.deletedAt);
}

/**
 * Deletes a source in the Trash for good: its versions, its passages and the evidence they gave.
 * The notes keep every quote and citation of it, text included, marked detached in their stored
 * content (the revision bump makes an open editor reload). A source outside the Trash is refused:
 * deleting forever is always the second step.
 */
export async function deleteSourceForever(db: NotebookDb, sourceId: string): Promise<{ passages: number; notes: number; evidence: number }> {
  return db.transaction('rw', [db.sources, db.versions, db.passages, db.evidence, db.notes, db.noteLinks], async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error('This source is no longer in the Trash.');
    if (!source.deletedAt) throw new Error(`“${source.title}” is not in the Trash: move it there first.`);
    const passageIds = await db.passages.where('sourceId').equals(sourceId).primaryKeys();
    const links = passageIds.length ? await db.noteLinks.where('targetId').anyOf(passageIds).toArray() : [];
    const noteIds = [...new Set(links.map((l) => l.noteId))];
    const at = new Date().toISOString();
    for (const note of await db.notes.bulkGet(noteIds)) {
      if (!note) continue;
      let content = note.content;
      for (const id of passageIds) content = setPassageDetachedInContent(content, id, true);
      if (content !== note.content) await db.notes.update(note.id, { content, revision: note.revision + 1, updatedAt: at });
    }
    const evidence = passageIds.length ? await db.evidence.where('passageId').anyOf(passageIds).primaryKeys() : [];
    await db.evidence.bulkDelete(evidence);
    await db.passages.bulkDelete(passageIds);
    await db.versions.where('sourceId').equals(sourceId).delete();
    await db.sources.delete(sourceId);
    return { passages: passageIds.length, notes: noteIds.length, evidence: evidence.length };
  });
}
