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

/**
 * True when the notebook holds anything a restore would lose. Imported sources count (the user may no
 * longer have the files), and so does a source whose title or date was corrected. `seedHashes` are the
 * texts of the seeds, which every start imports again: a notebook of the seeds alone holds no work.
 */
export async function hasUserWork(db: NotebookDb, seedHashes: ReadonlySet<string>): Promise<boolean> {
  const counts = await Promise.all([db.passages.count(), db.notes.count(), db.events.count(), db.entities.count(), db.tags.count()]);
  if (counts.some((n) => n > 0)) return true;
  // Keys only: the texts themselves may weigh hundreds of MB.
  if ((await db.versions.toCollection().primaryKeys()).some((hash) => !seedHashes.has(hash))) return true;
  return (await db.sources.filter((s) => s.updatedAt !== s.importedAt || s.meta !== undefined).count()) > 0;
}

/** The whole notebook as one backup string (tests and small notebooks; the app streams it). */
export async function backupJson(db: NotebookDb): Promise<string> {
  return buildBackup(await snapshotTables(db), new Date().toISOString(), db.verno);
}
