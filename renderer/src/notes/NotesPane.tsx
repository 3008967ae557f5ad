import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../db/database';
import { holdTypeAhead } from '../app/typeAhead';
import { createNote, deleteNoteForever, duplicateNote, restoreNote, trashNote } from '../db/notes';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import { useExportActions } from '../export/ExportProvider';
import { useFormat } from '../i18n/useFormat';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@common/i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { VirtualList } from '../layout/VirtualList';

// A note's row: its title and date on two lines (styles.css), measured once drawn.
const NOTE_ROW_HEIGHT = 46;

type SortOrder = 'edited' | 'title';

/** The notes list beside the library: new, duplicate, trash (restorable), sorted by title or last edit. */
export function NotesPane() {
  const { t } = useTranslation();
  const { noteId, openNote, closeNote } = useWorkspace();
  const { push, reportError } = useUndo();
  const { exportAll, exportFolder, progress, cancelExport } = useExportActions();
  const format = useFormat();
  const [sort, setSort] = useState<SortOrder>('edited');
  const [showTrash, setShowTrash] = useState(false);
  const notes = useLiveQuery(() => db.notes.toArray(), []);
  const live = (notes ?? []).filter((n) => n.deletedAt === '');
  const trashed = (notes ?? []).filter((n) => n.deletedAt !== '');
  live.sort((a, b) => (sort === 'title' ? a.title.localeCompare(b.title) : b.updatedAt.localeCompare(a.updatedAt)));

  const guard = (what: string, work: () => Promise<void>) => void work().catch((e: Error) => reportError(t('errors.failed', { what: t(`actions.${what}`, { defaultValue: what }), message: e.message })));

  return (
    <section className="notes-pane" aria-label={t('notesPane.notes')}>
      <div className="pane-heading">
        <h2 className="pane-title">
          {t('notesPane.notes')}{' '}<span className="count">({live.length})</span>
        </h2>
        <button
          type="button"
          onClick={() => {
            const hold = holdTypeAhead('note-title');
            guard('Creating a note', async () => {
              try {
                openNote((await createNote(db)).id, { focusTitle: true });
              } catch (error) {
                hold.release();
                throw error;
              }
            });
          }}
        >
          {t('notesPane.newNote')}
        </button>
      </div>
      <label className="sort">
        <span>{t('notesPane.sort')}</span>
        <select aria-label={t('notesPane.sortNotes')} value={sort} onChange={(e) => setSort(e.target.value as SortOrder)}>
          <option value="edited">{t('notesPane.lastEdited')}</option>
          <option value="title">{t('notesPane.title')}</option>
        </select>
      </label>
      <VirtualList
        items={live}
        itemKey={(note) => note.id}
        label={t('notesPane.noteList')}
        className="note-list"
        estimateSize={NOTE_ROW_HEIGHT}
        activeIndex={live.findIndex((note) => note.id === noteId)}
        itemClassName={(note) => (note.id === noteId ? 'note-item selected' : 'note-item')}
        renderItem={(note) => (
          <>
              <button type="button" className="note-open" aria-current={note.id === noteId} onClick={() => openNote(note.id)}>
                <span className="note-title">{note.title}</span>
                <span className="source-meta">{formatDateTime(note.updatedAt, currentLanguage())}</span>
              </button>
              <button type="button" aria-label={t('notesPane.duplicate2', { title: note.title })} title={t('notesPane.duplicate')} onClick={() => guard('Duplicating', async () => openNote((await duplicateNote(db, note.id)).id))}>
                {t('notesPane.duplicate')}
              </button>
              <button
                type="button"
                aria-label={t('notesPane.moveToTrash', { title: note.title })}
                title={t('notesPane.moveToTrash2')}
                onClick={() =>
                  guard('Moving to trash', async () => {
                    await trashNote(db, note.id);
                    if (note.id === noteId) closeNote();
                    push(t('deleteSourceDialog.movedToTrash', { title: note.title }), () => restoreNote(db, note.id));
                  })
                }
              >
                {t('notesPane.trash')}
              </button>
          </>
        )}
      />
      {progress ? (
        <p className="export-progress" role="status" aria-label={t('notesPane.exportProgress')}>
          <span>{t('notesPane.exportingNotes', { done: format.number(progress.done), total: format.number(progress.total) })}</span>{' '}
          <progress max={progress.total || 1} value={progress.done} aria-label={t('notesPane.notesWritten')} />{' '}
          <button type="button" onClick={cancelExport}>
            {t('notesPane.cancelExport')}
          </button>
        </p>
      ) : null}
      <button type="button" className="link-button" onClick={() => void exportAll()}>
        {t('notesPane.exportAllNotes')}
      </button>
      <button type="button" className="link-button" onClick={() => void exportFolder({ withSources: true })}>
        {t('notesPane.exportAllNotesWithSources')}
      </button>
      <button type="button" className="link-button" onClick={() => void exportFolder({ pandoc: true, withSources: true })}>
        {t('notesPane.exportForPandoc')}
      </button>
      <button type="button" className="link-button" aria-expanded={showTrash} onClick={() => setShowTrash((s) => !s)}>
        {t('notesPane.trash2', { length: trashed.length })}
      </button>
      {showTrash ? (
        <ul className="note-list trash" aria-label={t('notesPane.trash')}>
          {trashed.map((note) => (
            <li key={note.id} className="note-item">
              <span className="note-title">{note.title}</span>
              <button type="button" aria-label={t('notesPane.restore2', { title: note.title })} onClick={() => guard('Restoring', () => restoreNote(db, note.id))}>
                {t('notesPane.restore')}
              </button>
              <button type="button" aria-label={t('notesPane.deleteForever2', { title: note.title })} onClick={() => guard('Deleting', () => deleteNoteForever(db, note.id))}>
                {t('notesPane.deleteForever')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
