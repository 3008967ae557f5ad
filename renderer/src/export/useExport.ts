import { MANIFEST_NAME } from '@common/export/extractedTexts';
import { useCallback, useEffect } from 'react';
import { db } from '../db/database';
import { notebook } from '../platform/notebookApi';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import { exportFolderContents, notesToMarkdown, type ExportOptions } from './noteMarkdown';
import { flushOpenNotes } from '../notes/openNoteFlush';
import { i18n } from '../i18n/i18n';

/** The folder the first written file is in. */
const folderOf = (paths: readonly string[]) => paths[0]?.replace(/[/\\][^/\\]*$/, '') ?? '';

/**
 * Export note as Markdown (Ctrl/Cmd+Shift+E, the note's button, the File menu) and Export all notes.
 * Main writes the files; what happened, success or failure, is said on screen.
 */
export function useExport(onDone: (message: string) => void): { exportNote: () => Promise<void>; exportAll: () => Promise<void>; exportFolder: (options: ExportOptions) => Promise<void> } {
  const { noteId } = useWorkspace();
  const { reportError } = useUndo();

  const exportNote = useCallback(async () => {
    try {
      // What is on screen, not what the last timed save caught.
      await flushOpenNotes();
      const note = noteId ? await db.notes.get(noteId) : undefined;
      if (!note) throw new Error(i18n.t('errors.openANoteFirst'));
      const [file] = await notesToMarkdown(db, [note]);
      const path = await notebook.saveMarkdown({ suggestedName: `${note.title}.md`, markdown: file!.markdown });
      if (path) onDone(i18n.t('notices.noteExportedTo', { title: note.title, path }));
    } catch (error) {
      reportError(i18n.t('errors.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }, [noteId, onDone, reportError]);

  const exportAll = useCallback(async () => {
    try {
      await flushOpenNotes();
      const notes = (await db.notes.toArray()).filter((n) => n.deletedAt === '');
      if (notes.length === 0) throw new Error(i18n.t('errors.noNotesToExport'));
      const paths = await notebook.saveNotesFolder({ notes: await notesToMarkdown(db, notes) });
      if (paths) onDone(i18n.t('notices.notesExportedTo', { count: paths.length, folder: folderOf(paths) }));
    } catch (error) {
      reportError(i18n.t('errors.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }, [onDone, reportError]);

  const exportFolder = useCallback(
    async (options: ExportOptions) => {
      try {
        await flushOpenNotes();
        const notes = (await db.notes.toArray()).filter((n) => n.deletedAt === '');
        if (notes.length === 0) throw new Error(i18n.t('errors.noNotesToExport'));
        const contents = await exportFolderContents(db, notes, options);
        const paths = await notebook.saveExportFolder(contents);
        if (!paths) return;
        // The extracted-texts manifest sits among the sources but is not one.
        const sources = contents.files.filter((f) => f.path.startsWith('sources/') && f.path !== `sources/${MANIFEST_NAME}`).length;
        const extras = [options.pandoc ? i18n.t('notices.bibliographyFiles') : '', options.withSources ? i18n.t('notices.sourceFiles', { count: sources }) : ''].filter(Boolean).join(', ');
        const folder = folderOf(paths);
        onDone(extras ? i18n.t('notices.notesExportedWithTo', { count: paths.length, extras, folder }) : i18n.t('notices.notesExportedTo', { count: paths.length, folder }));
      } catch (error) {
        reportError(i18n.t('errors.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
      }
    },
    [onDone, reportError],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'e') {
        event.preventDefault();
        void exportNote();
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = notebook.onMenuCommand((command) => {
      if (command === 'export-note') void exportNote();
      if (command === 'export-all-notes') void exportAll();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [exportNote, exportAll]);

  return { exportNote, exportAll, exportFolder };
}
