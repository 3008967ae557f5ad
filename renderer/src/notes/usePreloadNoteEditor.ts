import { useEffect } from 'react';
import { whenLibraryShown } from '../app/libraryShown';
import { NoteEditor } from '../editor/lazyNoteEditor';

/**
 * Loads the note editor's code once the library is shown, when the window is idle: the first note
 * opened or created then shows its editor at once, and keys typed into it are not held behind a
 * « Loading… ». A failed load is tried again when a note opens.
 */
export function usePreloadNoteEditor(): void {
  useEffect(() => whenLibraryShown(() => void NoteEditor.preload().catch(() => undefined)), []);
}
