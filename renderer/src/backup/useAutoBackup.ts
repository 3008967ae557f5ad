import { useEffect } from 'react';
import { db } from '../db/database';
import { useUndo } from '../app/undo';
import { changeSignature } from './changeSignature';
import { useUiSettings } from '../settings/uiSettings';
import { i18n } from '../i18n/i18n';

/**
 * Runs the automatic backup schedule chosen in Settings while the window is open (none when off);
 * one is made only when the notebook changed since the last. A failure is shown, not swallowed.
 */
export function useAutoBackup(): void {
  const { reportError } = useUndo();
  const minutes = useUiSettings().settings.backupMinutes;
  useEffect(() => {
    if (minutes === 0) return;
    let last = '';
    const tick = async () => {
      try {
        // The backup code (its schemas) is loaded at the first tick, not before the first paint.
        const [{ backupWorkRunning, seedHashes, writeBackup }, { hasUserWork }] = await Promise.all([import('./backupFiles'), import('./notebookTables')]);
        // A backup or a restore is under way: writing another copy now would only slow it down.
        if (backupWorkRunning()) return;
        if (!(await hasUserWork(db, await seedHashes()))) return;
        const now = await changeSignature(db);
        if (now === last) return;
        await writeBackup(db, { to: 'auto', reason: 'scheduled' });
        last = now;
      } catch (error) {
        reportError(i18n.t('errors.autoBackupFailed', { message: error instanceof Error ? error.message : String(error) }));
      }
    };
    const timer = setInterval(() => void tick(), minutes * 60 * 1000);
    return () => clearInterval(timer);
  }, [reportError, minutes]);
}
