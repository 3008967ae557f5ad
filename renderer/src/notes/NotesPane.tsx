import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../db/database';
import { createNote, deleteNoteForever, duplicateNote, restoreNote, trashNote } from '../db/notes';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import { useExportActions } from '../export/ExportProvider';

type SortOrder = 'edited' | 'title';

/** The notes list beside the library: new, duplicate, trash (restorable), sorted by title or last edit. */
export function NotesPane() {
  const { noteId, openNote, closeNote } = useWorkspace();
  const { push, reportError } = useUndo();
  const { exportAll, exportFolder } = useExportActions();
  const [sort, setSort] = useState<SortOrder>('edited');
  const [showTrash, setShowTrash] = useState(false);
  const notes = useLiveQuery(() => db.notes.toArray(), []);
  const live = (notes ?? []).filter((n) => n.deletedAt === '');
  const trashed = (notes ?? []).filter((n) => n.deletedAt !== '');
  live.sort((a, b) => (sort === 'title' ? a.title.localeCompare(b.title) : b.updatedAt.localeCompare(a.updatedAt)));

  const guard = (what: string, work: () => Promise<void>) => void work().catch((e: Error) => reportError(`${what} failed: ${e.message}`));

  return (
    <section className="notes-pane" aria-label="Notes">
      <div className="pane-heading">
        <h2 className="pane-title">
          Notes <span className="count">({live.length})</span>
        </h2>
        <button type="button" onClick={() => guard('Creating a note', async () => openNote((await createNote(db)).id, { focusTitle: true }))}>
          New note
        </button>
      </div>
      <label className="sort">
        <span>Sort</span>
        <select aria-label="Sort notes" value={sort} onChange={(e) => setSort(e.target.value as SortOrder)}>
          <option value="edited">Last edited</option>
          <option value="title">Title</option>
        </select>
      </label>
      <ul className="note-list" aria-label="Note list">
        {live.map((note) => (
          <li key={note.id} className={note.id === noteId ? 'note-item selected' : 'note-item'}>
            <button type="button" className="note-open" aria-current={note.id === noteId} onClick={() => openNote(note.id)}>
              <span className="note-title">{note.title}</span>
              <span className="source-meta">{new Date(note.updatedAt).toLocaleString()}</span>
            </button>
            <button type="button" aria-label={`Duplicate ${note.title}`} title="Duplicate" onClick={() => guard('Duplicating', async () => openNote((await duplicateNote(db, note.id)).id))}>
              Duplicate
            </button>
            <button
              type="button"
              aria-label={`Move ${note.title} to trash`}
              title="Move to trash"
              onClick={() =>
                guard('Moving to trash', async () => {
                  await trashNote(db, note.id);
                  if (note.id === noteId) closeNote();
                  push(`“${note.title}” moved to trash.`, () => restoreNote(db, note.id));
                })
              }
            >
              Trash
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => void exportAll()}>
        Export all notes…
      </button>
      <button type="button" className="link-button" onClick={() => void exportFolder({ withSources: true })}>
        Export all notes with sources…
      </button>
      <button type="button" className="link-button" onClick={() => void exportFolder({ pandoc: true, withSources: true })}>
        Export for pandoc…
      </button>
      <button type="button" className="link-button" aria-expanded={showTrash} onClick={() => setShowTrash((s) => !s)}>
        Trash ({trashed.length})
      </button>
      {showTrash ? (
        <ul className="note-list trash" aria-label="Trash">
          {trashed.map((note) => (
            <li key={note.id} className="note-item">
              <span className="note-title">{note.title}</span>
              <button type="button" aria-label={`Restore ${note.title}`} onClick={() => guard('Restoring', () => restoreNote(db, note.id))}>
                Restore
              </button>
              <button type="button" aria-label={`Delete ${note.title} forever`} onClick={() => guard('Deleting', () => deleteNoteForever(db, note.id))}>
                Delete forever
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
