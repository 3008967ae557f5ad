import { collectNoteLinks } from '@common/editor/noteLinks';
import type { NotebookDb } from './database';
import type { NoteRow } from './schema';

const now = () => new Date().toISOString();

export type SaveResult = { ok: true; revision: number; updatedAt: string } | { ok: false; conflict: NoteRow };

/**
 * Keeps the note's links as its content says, writing only what changed: a save of a note of 500
 * quotes that adds a word rewrites no link (deleting and putting them all was most of its write).
 */
async function writeLinks(db: NotebookDb, noteId: string, content: string): Promise<void> {
  const links = content ? collectNoteLinks(content) : [];
  const stored = await db.noteLinks.where('noteId').equals(noteId).toArray();
  const wanted = new Map(links.map((l) => [l.targetId, l.kind]));
  const gone = stored.filter((l) => wanted.get(l.targetId) !== l.kind).map((l): [string, string] => [noteId, l.targetId]);
  const have = new Map(stored.map((l) => [l.targetId, l.kind]));
  const added = links.filter((l) => have.get(l.targetId) !== l.kind).map((l) => ({ noteId, targetId: l.targetId, kind: l.kind }));
  if (gone.length > 0) await db.noteLinks.bulkDelete(gone);
  if (added.length > 0) await db.noteLinks.bulkPut(added);
}

export async function createNote(db: NotebookDb, title = 'Untitled note', content = ''): Promise<NoteRow> {
  const at = now();
  const note: NoteRow = { id: crypto.randomUUID(), title, content, revision: 1, createdAt: at, updatedAt: at, deletedAt: '' };
  await db.transaction('rw', db.notes, db.noteLinks, async () => {
    await db.notes.add(note);
    await writeLinks(db, note.id, content);
  });
  return note;
}

/** Which window wrote a content, and when it took it from the editor: lets draft recovery tell our own later save. */
export interface SaveOrigin {
  windowId: string;
  capturedAt: number;
}

/**
 * Saves a note's content if nobody saved over the revision it was based on; otherwise returns the
 * newer note so the user can choose (reload theirs or keep mine).
 */
export async function saveNoteContent(db: NotebookDb, noteId: string, content: string, baseRevision: number, origin?: SaveOrigin): Promise<SaveResult> {
  return db.transaction('rw', db.notes, db.noteLinks, async () => {
    const current = await db.notes.get(noteId);
    if (!current) throw new Error('This note no longer exists.');
    if (current.revision !== baseRevision) return { ok: false, conflict: current };
    const revision = current.revision + 1;
    const updatedAt = now();
    await db.notes.update(noteId, { content, revision, updatedAt, savedBy: origin?.windowId ?? '', capturedAt: origin?.capturedAt ?? 0 });
    await writeLinks(db, noteId, content);
    return { ok: true, revision, updatedAt };
  });
}

export async function renameNote(db: NotebookDb, noteId: string, title: string): Promise<void> {
  const clean = title.trim() || 'Untitled note';
  await db.notes.update(noteId, { title: clean, updatedAt: now() });
}

export async function duplicateNote(db: NotebookDb, noteId: string): Promise<NoteRow> {
  const note = await db.notes.get(noteId);
  if (!note) throw new Error('This note no longer exists.');
  return createNote(db, `${note.title} (copy)`, note.content);
}

/** To the trash: the note and its links stay, so restoring brings back its backlinks too. */
export async function trashNote(db: NotebookDb, noteId: string): Promise<void> {
  await db.notes.update(noteId, { deletedAt: now() });
}

export async function restoreNote(db: NotebookDb, noteId: string): Promise<void> {
  await db.notes.update(noteId, { deletedAt: '' });
}

export async function deleteNoteForever(db: NotebookDb, noteId: string): Promise<void> {
  await db.transaction('rw', db.notes, db.noteLinks, async () => {
    await db.notes.delete(noteId);
    await db.noteLinks.where('noteId').equals(noteId).delete();
  });
}

/** Live notes citing a passage or an event (trashed notes are not backlinks). */
export async function notesCiting(db: NotebookDb, targetIds: readonly string[]): Promise<NoteRow[]> {
  if (targetIds.length === 0) return [];
  const links = await db.noteLinks.where('targetId').anyOf([...targetIds]).toArray();
  const notes = await db.notes.bulkGet([...new Set(links.map((l) => l.noteId))]);
  return notes.filter((n): n is NoteRow => !!n && n.deletedAt === '').sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * Saves the content of a shared note as its collaborative editor now shows it. No revision check:
 * the note's Yjs document already merged everyone's typing, so there is nothing to choose between;
 * the stored content is the copy search, export and backlinks read.
 */
export async function saveSharedNoteContent(db: NotebookDb, noteId: string, content: string): Promise<void> {
  await db.transaction('rw', db.notes, db.noteLinks, async () => {
    const current = await db.notes.get(noteId);
    if (!current || current.content === content) return;
    await db.notes.update(noteId, { content, revision: current.revision + 1, updatedAt: now() });
    await writeLinks(db, noteId, content);
  });
}
