import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { db } from '../db/database';
import { saveSharedNoteContent } from '../db/notes';
import { registerNoteFlush } from '../notes/openNoteFlush';
import { SAVE_DELAY_MS } from '../editor/AutoSavePlugin';

/**
 * Saving for a shared note: the note's Yjs document (kept in IndexedDB at every change by
 * y-indexeddb) is what survives a crash; the stored note follows it 300 ms after any change, ours or
 * a collaborator's, so search, export and backlinks read the merged text. No conflict bar: Yjs merged.
 */
export function SharedNoteSavePlugin({ noteId, reportError }: { noteId: string; reportError: (message: string) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const save = async () => {
      timer = null;
      // An editor not yet bound to its document has no blocks at all: never store that over the note.
      if (editor.getEditorState().read(() => $getRoot().getChildrenSize() === 0)) return;
      try {
        await saveSharedNoteContent(db, noteId, JSON.stringify(editor.getEditorState().toJSON()));
      } catch (error) {
        reportError(`The shared note could not be stored: ${error instanceof Error ? error.message : String(error)}. It is kept in its shared document.`);
      }
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    });
    const unregisterFlush = registerNoteFlush(async () => {
      if (timer) {
        clearTimeout(timer);
        await save();
      }
    });
    return () => {
      unregister();
      unregisterFlush();
      if (timer) {
        clearTimeout(timer);
        void save();
      }
    };
  }, [editor, noteId, reportError]);
  return null;
}
