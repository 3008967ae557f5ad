import { useEffect } from 'react';
import { db } from '../db/database';
import { notebook } from '../platform/notebookApi';
import { useUndo } from '../app/undo';
import { i18n } from '../i18n/i18n';

/**
 * Back up notebook… from anywhere (Ctrl/Cmd+Shift+S, the File menu), the caret staying where it is:
 * a user backs up the moment a thought is written down, without leaving the note. The backup holds
 * the words typed a moment ago because writeBackup saves the open notes first.
 */
export function useBackUpNow(): void {
  const { reportError, notify } = useUndo();
  useEffect(() => {
    // The backup code (its schemas) is loaded at the first backup, not before the first paint.
    const backUp = () =>
      void Promise.all([import('./backupFiles'), import('./backupActions')])
        .then(([{ writeBackup }, { backupFileName }]) => writeBackup(db, { to: 'file', title: 'Back up notebook', suggestedName: backupFileName() }))
        .then((written) => written && notify(i18n.t('notices.backedUpTo', { path: written.path })))
        .catch((e: Error) => reportError(i18n.t('errors.failed', { what: i18n.t('actions.Backup', { defaultValue: 'Backup' }), message: e.message })));
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        backUp();
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = notebook.onMenuCommand((command) => command === 'back-up-notebook' && backUp());
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [reportError, notify]);
}
