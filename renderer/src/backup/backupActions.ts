import type { BackupCheck } from '@common/backup/backupFormat';
import type { NotebookDb } from '../db/database';
import { hasUserWork, replaceTables } from './notebookTables';
import { checkRestorable } from './restoreCheck';

export function backupFileName(now = new Date()): string {
  return `Verbatim backup ${now.toISOString().slice(0, 16).replace('T', ' ').replace(':', 'h')}.json`;
}

export type RestorePlan = { ok: false; error: string } | { ok: true; needsConfirm: boolean; apply: () => Promise<string>; summary: string };

/**
 * Checks a backup completely before anything changes; returns what restoring would do. Applying it
 * first saves the current notebook (`saveCurrent`, which returns the name it is kept as) when it holds
 * any work, and writes nothing if that save fails.
 */
export async function planRestore(db: NotebookDb, read: BackupCheck, seeds: ReadonlySet<string>, saveCurrent: () => Promise<string>): Promise<RestorePlan> {
  const checked = await checkRestorable(read);
  if (!checked.ok) return checked;
  const needsConfirm = await hasUserWork(db, seeds);
  const c = checked.counts;
  const summary = `${c.sources} sources, ${c.passages} passages, ${c.notes} notes, ${c.events} events, ${c.entities} actors (backed up ${checked.createdAt.slice(0, 16).replace('T', ' ')})`;
  return {
    ok: true,
    needsConfirm,
    summary,
    apply: async () => {
      const saved = needsConfirm ? await saveCurrent() : '';
      await replaceTables(db, checked.tables);
      return saved;
    },
  };
}
