import { useEffect } from 'react';
import { NoteEditor } from '../editor/lazyNoteEditor';

/**
 * Loads the note editor's code once the start is over (`startOver`: the library has its sources),
 * when the window is idle: the first note opened or created then shows its editor at once, and
 * keys typed into it are not held behind a « Loading… ». A failed load is tried again when a note
 * opens.
 */
export function usePreloadNoteEditor(startOver: boolean): void {
  useEffect(() => {
    if (!startOver) return;
    const idle = requestIdleCallback(() => void NoteEditor.preload().catch(() => undefined), { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, [startOver]);
}
