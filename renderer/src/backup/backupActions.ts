import { readBackup } from '@common/backup/backupFormat';
import type { NotebookDb } from '../db/database';
import { notebook } from '../platform/notebookApi';
import { backupJson, hasUserWork, replaceTables } from './notebookTables';

export { backupJson };

export function backupFileName(now = new Date()): string {
  return `Verbatim backup ${now.toISOString().slice(0, 16).replace('T', ' ').replace(':', 'h')}.json`;
}

export type RestorePlan = { ok: false; error: string } | { ok: true; needsConfirm: boolean; apply: () => Promise<string>; summary: string };

/**
 * Checks a backup completely before anything changes; returns what restoring would do. Applying it
 * first saves the current notebook as an automatic backup when it holds any work.
 */
export async function planRestore(db: NotebookDb, text: string): Promise<RestorePlan> {
  const checked = await readBackup(text);
  if (!checked.ok) return checked;
  const needsConfirm = await hasUserWork(db);
  const c = checked.counts;
  const summary = `${c.sources} sources, ${c.passages} passages, ${c.notes} notes, ${c.events} events, ${c.entities} actors (backed up ${checked.createdAt.slice(0, 16).replace('T', ' ')})`;
  return {
    ok: true,
    needsConfirm,
    summary,
    apply: async () => {
      let saved = '';
      if (needsConfirm) saved = (await notebook.writeAutoBackup({ json: await backupJson(db), reason: 'before-restore' })).name;
      await replaceTables(db, checked.tables);
      return saved;
    },
  };
}
