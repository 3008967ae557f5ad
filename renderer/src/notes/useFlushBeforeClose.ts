import { useEffect } from 'react';
import { notebook } from '../platform/notebookApi';
import { flushOpenNotes } from './openNoteFlush';

/**
 * Electron holds the window's close until the open notes are stored (main/electron/
 * holdCloseUntilFlushed.ts), then the page closes the window itself. No-op in a browser.
 */
export function useFlushBeforeClose(): void {
  useEffect(
    () =>
      notebook.onMenuCommand((command) => {
        if (command !== 'flush-before-close') return;
        void flushOpenNotes().finally(() => window.close());
      }),
    [],
  );
}
