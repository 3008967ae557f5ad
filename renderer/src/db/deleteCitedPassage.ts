import { setPassageDetachedInContent } from '@common/editor/detachPassage';
import type { NotebookDb } from './database';
import type { PassageRow } from './schema';

/**
 * Deletes a passage and marks its quotes and citations in notes as detached (the notes keep the
 * quote text). Returns what undo needs to put everything back.
 */
export async function deletePassageAndDetach(db: NotebookDb, passageId: string): Promise<{ passage: PassageRow; noteIds: string[] } | null> {
  return db.transaction('rw', db.passages, db.notes, db.noteLinks, async () => {
    const passage = await db.passages.get(passageId);
    if (!passage) return null;
    const noteIds = (await db.noteLinks.where('targetId').equals(passageId).toArray()).map((l) => l.noteId);
    await setDetached(db, noteIds, passageId, true);
    await db.passages.delete(passageId);
    return { passage, noteIds };
  });
}

export async function undoDeletePassage(db: NotebookDb, passage: PassageRow, noteIds: string[]): Promise<void> {
  await db.transaction('rw', db.passages, db.notes, async () => {
    await db.passages.put(passage);
    await setDetached(db, noteIds, passage.id, false);
  });
}

/** Rewrites the notes' stored content; a revision bump makes open editors reload it. */
async function setDetached(db: NotebookDb, noteIds: string[], passageId: string, detached: boolean): Promise<void> {
  for (const note of await db.notes.bulkGet(noteIds)) {
    if (!note) continue;
    const content = setPassageDetachedInContent(note.content, passageId, detached);
    if (content !== note.content) await db.notes.update(note.id, { content, revision: note.revision + 1, updatedAt: new Date().toISOString() });
  }
}
