import { useEffect } from 'react';
import { db } from '../db/database';
import { notebook } from '../platform/notebookApi';
import { useUndo } from '../app/undo';
import { backupJson } from './backupActions';
import { hasUserWork } from './notebookTables';

/** Ten minutes between automatic backups; one is made only when the notebook changed since the last. */
export const AUTO_BACKUP_EVERY_MS = 10 * 60 * 1000;

async function signature(): Promise<string> {
  const [p, n, e, en] = await Promise.all([db.passages.toArray(), db.notes.toArray(), db.events.toArray(), db.entities.count()]);
  const latest = [...p.map((x) => x.updatedAt), ...n.map((x) => x.updatedAt), ...e.map((x) => x.updatedAt)].sort().at(-1) ?? '';
  return `${p.length}|${n.length}|${e.length}|${en}|${latest}`;
}

/** Runs the automatic backup schedule while the window is open; a failure is shown, not swallowed. */
export function useAutoBackup(): void {
  const { reportError } = useUndo();
  useEffect(() => {
    let last = '';
    const tick = async () => {
      try {
        if (!(await hasUserWork(db))) return;
        const now = await signature();
        if (now === last) return;
        await notebook.writeAutoBackup({ json: await backupJson(db), reason: 'scheduled' });
        last = now;
      } catch (error) {
        reportError(`Automatic backup failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    const timer = setInterval(() => void tick(), AUTO_BACKUP_EVERY_MS);
    return () => clearInterval(timer);
  }, [reportError]);
}
