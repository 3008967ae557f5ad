import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../db/database';
import { notebook } from '../platform/notebookApi';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import type { ExportOptions } from './noteMarkdown';
import type { NoteRow } from '../db/schema';
import { flushOpenNotes } from '../notes/openNoteFlush';
import { i18n } from '../i18n/i18n';

// The Markdown writer, with Lexical's headless editor and citation.js for BibTeX: loaded at the first
// export, not before the first paint (the shortcut and the menu commands are bound from the start).
const loadMarkdown = () => import('./noteMarkdown');

/** Notes sent to main per call: the progress moves and Cancel is heard between two calls. */
export const NOTES_PER_SLICE = 50;

/** How far an export of several notes has gone. */
export interface ExportProgress {
  readonly done: number;
  readonly total: number;
}

export interface ExportActions {
  exportNote(): Promise<void>;
  exportAll(): Promise<void>;
  /** All notes into a folder, with the bibliography for pandoc and/or the cited sources' text. */
  exportFolder(options: ExportOptions): Promise<void>;
  /** The export of several notes under way, if any. */
  progress: ExportProgress | null;
  /** Stops that export after the notes being written now; those already written stay. */
  cancelExport(): void;
}

/**
 * Export note as Markdown (Ctrl/Cmd+Shift+E, the note's button, the File menu) and Export all notes.
 * Main writes the files; what happened, success or failure, is said on screen.
 */
export function useExport(onDone: (message: string) => void): ExportActions {
  const { noteId } = useWorkspace();
  const { reportError } = useUndo();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const running = useRef(false);
  const cancelled = useRef(false);

  /** Writes the notes into the chosen folder slice by slice; false when the user cancelled midway. */
  const writeInSlices = useCallback(async (folder: string, files: ReadonlyArray<{ title: string; markdown: string }>): Promise<{ written: number; complete: boolean }> => {
    let written = 0;
    setProgress({ done: 0, total: files.length });
    for (let i = 0; i < files.length; i += NOTES_PER_SLICE) {
      if (cancelled.current) return { written, complete: false };
      written += (await notebook.writeExportNotes({ folder, notes: files.slice(i, i + NOTES_PER_SLICE), done: i, total: files.length })).length;
      setProgress({ done: written, total: files.length });
    }
    return { written, complete: true };
  }, []);

  /** One export of several notes at a time: it reads the notes, asks for the folder, writes, says. */
  const exportMany = useCallback(
    async (kind: 'notes' | 'export', write: (folder: string, notes: NoteRow[]) => Promise<{ written: number; total: number; complete: boolean; extras: string }>) => {
      if (running.current) return;
      running.current = true;
      cancelled.current = false;
      try {
        await flushOpenNotes();
        const notes = (await db.notes.toArray()).filter((n) => n.deletedAt === '');
        if (notes.length === 0) throw new Error(i18n.t('errors.noNotesToExport'));
        const folder = await notebook.chooseExportFolder({ kind });
        if (!folder) return;
        // Shown (with Cancel) while the Markdown is made, before the first notes are written.
        setProgress({ done: 0, total: notes.length });
        const { written, total, complete, extras } = await write(folder, notes);
        if (!complete) onDone(i18n.t('notices.exportCancelled', { count: written, total, folder }));
        else onDone(extras ? i18n.t('notices.notesExportedWithTo', { count: written, extras, folder }) : i18n.t('notices.notesExportedTo', { count: written, folder }));
      } catch (error) {
        reportError(i18n.t('errors.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
      } finally {
        running.current = false;
        setProgress(null);
      }
    },
    [onDone, reportError],
  );

  const exportNote = useCallback(async () => {
    try {
      // What is on screen, not what the last timed save caught.
      await flushOpenNotes();
      const note = noteId ? await db.notes.get(noteId) : undefined;
      if (!note) throw new Error(i18n.t('errors.openANoteFirst'));
      const { notesToMarkdown } = await loadMarkdown();
      const [file] = await notesToMarkdown(db, [note]);
      const path = await notebook.saveMarkdown({ suggestedName: `${note.title}.md`, markdown: file!.markdown });
      if (path) onDone(i18n.t('notices.noteExportedTo', { title: note.title, path }));
    } catch (error) {
      reportError(i18n.t('errors.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }, [noteId, onDone, reportError]);

  const exportAll = useCallback(
    () =>
      exportMany('notes', async (folder, notes) => {
        const { notesToMarkdown } = await loadMarkdown();
        const files = await notesToMarkdown(db, notes);
        return { ...(await writeInSlices(folder, files)), total: files.length, extras: '' };
      }),
    [exportMany, writeInSlices],
  );

  const exportFolder = useCallback(
    (options: ExportOptions) =>
      exportMany('export', async (folder, notes) => {
        const [{ exportFolderContents }, { MANIFEST_NAME }] = await Promise.all([loadMarkdown(), import('@common/export/extractedTexts')]);
        const contents = await exportFolderContents(db, notes, options);
        const result = await writeInSlices(folder, contents.notes);
        // The companion files go with a whole set only: a cancelled export says it is incomplete.
        if (result.complete) await notebook.writeExportFiles({ folder, files: contents.files });
        // The extracted-texts manifest sits among the sources but is not one.
        const sources = contents.files.filter((f) => f.path.startsWith('sources/') && f.path !== `sources/${MANIFEST_NAME}`).length;
        const extras = [options.pandoc ? i18n.t('notices.bibliographyFiles') : '', options.withSources ? i18n.t('notices.sourceFiles', { count: sources }) : ''].filter(Boolean).join(', ');
        return { ...result, total: contents.notes.length, extras };
      }),
    [exportMany, writeInSlices],
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

  const cancelExport = useCallback(() => {
    cancelled.current = true;
  }, []);

  return { exportNote, exportAll, exportFolder, progress, cancelExport };
}
