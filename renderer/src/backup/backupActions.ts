import type { BackupCheck } from '@common/backup/backupFormat';
import type { NotebookDb } from '../db/database';
import { notebook } from '../platform/notebookApi';
import { writeBackup } from './backupFiles';
import { hasUserWork, replaceTables } from './notebookTables';
import { checkRestorable } from './restoreCheck';

export function backupFileName(now = new Date()): string {
  return `Verbatim backup ${now.toISOString().slice(0, 16).replace('T', ' ').replace(':', 'h')}.json`;
}

export type RestorePlan = { ok: false; error: string } | { ok: true; needsConfirm: boolean; apply: () => Promise<string>; summary: string };

/** The seeds' texts: a notebook holding only these has nothing a restore could lose. */
export async function seedHashes(): Promise<ReadonlySet<string>> {
  const seeds = await notebook.readSeeds();
  return new Set(seeds.sources.map((s) => s.hash));
}

/**
 * Checks a backup completely before anything changes; returns what restoring would do. Applying it
 * first saves the current notebook as an automatic backup when it holds any work, and writes nothing
 * if that save fails.
 */
export async function planRestore(db: NotebookDb, read: BackupCheck, seeds: ReadonlySet<string>, saveCurrent: () => Promise<string> = () => saveBeforeRestore(db)): Promise<RestorePlan> {
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

async function saveBeforeRestore(db: NotebookDb): Promise<string> {
  const written = await writeBackup(db, { to: 'auto', reason: 'before-restore' });
  return written!.name;
}
