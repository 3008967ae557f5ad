import { BACKUP_PARTS, buildBackup, type BackupTables } from '@common/backup/backupFormat';
import type { NotebookDb } from '../db/database';

/** Every table of the notebook, read in one transaction (a consistent snapshot). */
export async function snapshotTables(db: NotebookDb): Promise<BackupTables> {
  return db.transaction('r', BACKUP_PARTS.map((name) => db.table(name)), async () => {
    const tables = {} as BackupTables;
    for (const name of BACKUP_PARTS) tables[name] = await db.table(name).toArray();
    return tables;
  });
}

/** Replaces the whole notebook with checked tables, in one transaction: all of it, or nothing. */
export async function replaceTables(db: NotebookDb, tables: BackupTables): Promise<void> {
  await db.transaction('rw', BACKUP_PARTS.map((name) => db.table(name)), async () => {
    for (const name of BACKUP_PARTS) await db.table(name).clear();
    for (const name of BACKUP_PARTS) await db.table(name).bulkPut(tables[name]);
  });
}

/** True when the notebook holds work of the user's (beyond the imported sources). */
export async function hasUserWork(db: NotebookDb): Promise<boolean> {
  const counts = await Promise.all([db.passages.count(), db.notes.count(), db.events.count(), db.entities.count()]);
  return counts.some((n) => n > 0);
}

/** The whole notebook as a backup file's text. */
export async function backupJson(db: NotebookDb): Promise<string> {
  return buildBackup(await snapshotTables(db), new Date().toISOString(), db.verno);
}
