import { BACKUP_PARTS, type BackupCheck, type BackupPart, type BackupTables } from '@common/backup/backupFormat';
import { checkPartRows, checkReferences } from '@common/backup/backupRows';
import { MIGRATIONS } from '../db/migrations';
import { migrateBackupTables } from './migrateBackupTables';

export type CheckedRestore = { ok: true; tables: BackupTables; createdAt: string; counts: Record<BackupPart, number> } | { ok: false; error: string };

/**
 * Everything a restore checks beyond the file being intact, before anything is written: a schema this
 * app knows (an older one is brought up to date by the real upgrade steps), every row one the app can
 * show, and every link between tables one the app can follow.
 */
export async function checkRestorable(read: BackupCheck): Promise<CheckedRestore> {
  if (!read.ok) return read;
  const current = MIGRATIONS.length;
  if (read.schemaVersion > current) {
    return { ok: false, error: `This backup was made by a newer Verbatim (notebook version ${read.schemaVersion}; this one knows up to ${current}). Update Verbatim to restore it.` };
  }
  const migrated = await migrateBackupTables(read.tables, read.schemaVersion);
  if (!migrated.ok) return migrated;
  for (const part of BACKUP_PARTS) {
    const error = checkPartRows(part, migrated.tables[part]);
    if (error) return { ok: false, error };
  }
  const error = checkReferences(migrated.tables);
  if (error) return { ok: false, error };
  return { ok: true, tables: migrated.tables, createdAt: read.createdAt, counts: read.counts };
}
